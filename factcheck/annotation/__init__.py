"""Annotation: what each claim is about.

Entities (`entities`: the alias table and rapidfuzz matching), subjects
(`subjects`: who a number is about), attributes and topics (`attributes`: what it
measures and what money goes to), one spelling per unknown name (`names`), and the
per-file unit of work that reports, checks and the claims store share (`located`).
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.annotation.attributes import AttributeTable, named_attribute, unit_attribute
from factcheck.annotation.companions import with_companions
from factcheck.annotation.converted import converted_alike
from factcheck.annotation.entities import EntityTable
from factcheck.annotation.milestones import milestones
from factcheck.annotation.respectively import distributed, measured_in_turn, summed
from factcheck.annotation.restated import restated_periods
from factcheck.annotation.subjects import Annotation, DocumentAnnotator
from factcheck.annotation.superseded import superseded
from factcheck.annotation.totals import of_wholes
from factcheck.extraction.base_years import FOUR_DIGITS, month_names
from factcheck.extraction.daydates import names_day
from factcheck.extraction.patterns import alternation
from factcheck.extraction.periods import ended_before, holds, not_yet_begun, still_running
from factcheck.extraction.quarter_ends import period_ending, without_year_ending
from factcheck.extraction.relative_time import names_relative_year
from factcheck.load.ruby import glossed
from factcheck.models import Attribute, Claim, Document, ReportClaim

CALENDAR_QUARTER = re.compile(r"\d{4}-Q[1-4]")
SHORT_QUARTER_LABEL = re.compile(r"(?<![A-Za-z])Q[1-4][ /-]?(?:FY)?(?:20)?\d\d(?!\d)")  # "Q3 2025"
EXPECTED = frozenset({"expected"})  # the modifier of what someone expects (rules/attributes.yaml)


def annotate_claims(
    document: Document, claims: list[Claim], entities: EntityTable, attributes: AttributeTable
) -> list[ReportClaim]:
    """Claims with subject, attribute and topic; ids are given once all files are in."""
    spans = [(claim.start, claim.end) for claim in claims]
    units = {(claim.start, claim.end): claim.unit for claim in claims}
    annotator = DocumentAnnotator(document.text, document.lang, entities, attributes, spans, units)
    trusted = not glossed(document.text)  # a page copied with pinyin glosses: guesses
    result = []
    for claim in claims:
        about = _sized(annotator.annotate(claim), claim, attributes)
        carried = claim.time is None and claim.carried_time is not None
        if carried and attributes.of_period(about.attribute):
            claim = claim.model_copy(update={"time": claim.carried_time})
        daily = _daily(attributes, about.attribute)
        planned = about.attribute is not None and about.attribute.name in attributes.planned
        fiscal = _fiscal(claim, about, document, entities, planned, as_said=carried)
        period = entities.calendar_period(about.subject, fiscal)
        if period and _so_far(period, claim, document, about.attribute, attributes):
            period = None
        unit = about.unit or claim.unit
        about = about._replace(
            attribute=_forecast_of_running(period, document, about, unit, attributes)
        )
        result.append(
            ReportClaim(
                **claim.model_dump(exclude={"subject", "attribute", "time", "unit"}),
                unit=about.unit or claim.unit,
                time=None if daily and _on_its_day(claim, document) else period,
                id="",
                subject=about.subject,
                subject_sure=about.subject_sure and trusted,
                attribute=about.attribute,
                topic=about.topic,
                reported_by=about.reported_by,
            )
        )
    text, lang = document.text, document.lang
    result = measured_in_turn(result, annotator.keywords, attributes)
    marked = milestones(
        summed(distributed(converted_alike(result), text, lang), text, lang),
        text,
        lang,
        lambda claim: _daily(attributes, claim.attribute),
        lambda claim: _moving(attributes, claim.attribute),
    )
    restated = restated_periods(
        of_wholes(with_companions(marked, text, lang), text, lang), attributes
    )
    return superseded(restated, text, lang, attributes)


# No share trades or pays this much: "het aandeel schoot omhoog nadat … contracten ter
# waarde van 317 miljard dollar" is no share price (Berkshire's A share: under $1 million).
MAX_PER_SHARE = 1e7


def _sized(about: Annotation, claim: Claim, attributes: AttributeTable) -> Annotation:
    """The annotation, a per-share measure taken off an amount no share comes near."""
    definition = attributes.definition(about.attribute) if about.attribute else None
    amount = max(abs(claim.low or 0.0), abs(claim.high or 0.0))
    if definition is None or not definition.per_share or amount < MAX_PER_SHARE:
        return about
    return about._replace(attribute=unit_attribute(claim.unit))


def _daily(attributes: AttributeTable, attribute: Attribute | None) -> bool:
    """Whether the attribute measures a day's figure (a market value)."""
    return attribute is not None and attributes.granularity(attribute) == "day"


def _moving(attributes: AttributeTable, attribute: Attribute | None) -> bool:
    """Whether the attribute is a market price, which moves from day to day."""
    definition = attributes.definition(attribute) if attribute is not None else None
    return definition is not None and definition.moves


def _fiscal(
    claim: Claim,
    about: Annotation,
    document: Document,
    entities: EntityTable,
    planned: bool,
    as_said: bool = False,
) -> str | None:
    """The claim's period; a fiscal year its sentence names relative to the publication
    date ("in its current fiscal year") is the subject's fiscal year of that date, and
    so is the year of a forecast named so ("Das Betriebsergebnis im laufenden Jahr
    erwartet Toyota bei 3,8 Billionen Yen": companies forecast their fiscal years); a
    quarter not yet begun when the article appeared is the fiscal quarter of a company
    whose year ends in another month ("Microsoft setzt im 2. Quartal 2025 … 69,6 Mrd.
    USD", published in March 2025, is its October to December 2024); a result of a
    quarter not yet begun is, unless `as_said` (a period carried from the sentence
    before), that of the quarter a year before (`_quarter_reported`)."""
    day, (lo, hi) = document.date, claim.sentence
    sentence = document.text[lo:hi]
    if day is not None and _fiscal_quarter_said_plainly(
        claim.time, day, about, entities, planned, sentence
    ):
        return f"FY{claim.time}"
    quarter_words = without_year_ending(sentence, document.lang)
    quarter = (
        _fiscal_quarter_near(claim.time, day, about, entities, quarter_words, planned)
        if day
        else None
    )
    if quarter is not None:
        return quarter
    if day is not None and not (planned or as_said) and _reported_ahead(claim.time, day):
        return _quarter_reported(claim.time or "", day, sentence)
    relative = planned and names_relative_year(sentence, document.lang)
    if day is not None and relative and _of_a_fiscal_year(claim.time, about, entities):
        return entities.fiscal_year_on(about.subject, f"FY{claim.time}", day)
    if day is None or not (claim.time or "").startswith("FY"):
        return claim.time
    if not names_relative_year(sentence, document.lang):
        return claim.time
    if period_ending(sentence, document.lang, day) is not None:
        return claim.time  # "the year ending March next year" names its end already
    return entities.fiscal_year_on(about.subject, claim.time, day)


def _of_a_fiscal_year(time: str | None, about: Annotation, entities: EntityTable) -> bool:
    """Whether a year is named of a subject whose fiscal year ends before December."""
    if time is None or not time.isdigit() or about.subject is None:
        return False
    ends = {entities.fiscal_year_end(entities.family_of(name)) for name in about.subject}
    return len(ends) == 1 and (ends.pop() or 12) < 12


@cache
def _year_or_month() -> re.Pattern[str]:
    """A year, or a month by name ("the January–March quarter", "1-3月")."""
    months = alternation(month_names())
    return re.compile(rf"{FOUR_DIGITS.pattern}|{months}|[\d一二三四五六七八九十]{{1,2}}月")


def _fiscal_quarter_near(
    time: str | None,
    day: str,
    about: Annotation,
    entities: EntityTable,
    sentence: str,
    planned: bool,
) -> str | None:
    """A quarter named without a year ("Q1 Cloud Application (SaaS) Revenue $3.8
    billion") of a company whose year ends in another month than December: its latest
    fiscal quarter of that number ended by the publication day (Oracle's first, in
    September 2025, is June to August: FY2026-Q1), or for a forecast the next one to
    end ("英飛凌預估本季 (第一季) 營收為 32 億歐元", November 2024: October to
    December 2024)."""
    if time is None or not CALENDAR_QUARTER.fullmatch(time) or len(day) < 7:
        return None
    if _year_or_month().search(sentence):
        return None  # "in the first quarter of 2025", "the January–March quarter"
    ends = {entities.fiscal_year_end(entities.family_of(n)) for n in about.subject or ()}
    end = ends.pop() if len(ends) == 1 else None
    if end in (None, 12):
        return None
    quarter = int(time[-1])
    last_month = (end + 3 * quarter - 1) % 12 + 1  # the quarter's last month
    year, month = int(day[:4]), int(day[5:7])
    if planned:
        ended = year if last_month >= month else year + 1  # to end from the publication month
    else:
        ended = year if last_month < month else year - 1  # ended by the publication month
    return f"FY{ended + (last_month > end)}-Q{quarter}"


def _reported_ahead(time: str | None, day: str) -> bool:
    """Whether a result is dated to a calendar quarter not yet begun when the article
    appeared: "TSMC Reports Fourth Quarter EPS of NT$14.45" on 16 January 2025 (one
    still running is what is expected of it: `_forecast_of_running`)."""
    quarter = time is not None and CALENDAR_QUARTER.fullmatch(time) is not None
    return quarter and not_yet_begun(time or "", day)


def _quarter_reported(time: str, day: str, sentence: str) -> str:
    """The quarter a result dated ahead of its article is of: the same quarter a year
    before where the sentence names that year or no other ("… for the fourth quarter
    ended December 31, 2024", beside the dateline's 2025); a quarter whose year is
    written alone is as said (a forecast: "Volkswagen will im 2. Quartal 2025 …")."""
    year = int(time[:4])
    named = {int(y) for y in FOUR_DIGITS.findall(sentence)}
    before = f"{year - 1}{time[4:]}"
    if (year in named and year - 1 not in named) or not ended_before(before, day):
        return time
    return before


def _fiscal_quarter_said_plainly(
    time: str | None,
    day: str,
    about: Annotation,
    entities: EntityTable,
    planned: bool,
    sentence: str,
) -> bool:
    """Whether a calendar quarter the article could not yet report on is said of a
    company whose fiscal year ends in another month: news and the company itself often
    write its fiscal quarters plainly ("im 2. Quartal 2025", Siemens's "Orders in Q3
    2025 rose 28 percent" of 7 August 2025: April to June). A quarter still running is
    a fiscal one only for a result whose fiscal quarter had ended (no one forecasts it),
    and only in the company's own short label ("Q3 2025"): "the fourth quarter of 2025"
    may be the calendar's, in an article about it while it runs."""
    if time is None or not CALENDAR_QUARTER.fullmatch(time):
        return False
    ends = {entities.fiscal_year_end(entities.family_of(n)) for n in about.subject or ()}
    if len(ends) != 1 or ends.pop() in (None, 12):
        return False
    if not_yet_begun(time, day):
        return True
    fiscal = entities.calendar_period(about.subject, f"FY{time}")
    labelled = SHORT_QUARTER_LABEL.search(sentence) is not None
    return labelled and not planned and still_running(time, day) and ended_before(fiscal or "", day)


def _forecast_of_running(
    period: str | None, document: Document, about: Annotation, unit: str, attributes: AttributeTable
) -> Attribute | None:
    """A result of a quarter still running when the article appeared is what someone
    expects of it ("英飛凌稱,本季度(2025財年第一季度)營收約爲 32 億歐元", 12 November
    2024): its figure is never held against the quarter's result."""
    attribute = about.attribute
    if period is None or document.date is None or not CALENDAR_QUARTER.fullmatch(period):
        return attribute
    if attribute is None or not attributes.of_period(attribute) or attributes.is_topical(attribute):
        return attribute
    if attributes.base_of(attribute) != attribute.name or attribute.name in attributes.planned:
        return attribute
    if not still_running(period, document.date):
        return attribute
    expected = attributes.resolve(attribute.name or "", unit, EXPECTED)
    return named_attribute(expected) if expected and expected != attribute.name else attribute


def _so_far(
    period: str, claim: Claim, document: Document, attribute: Attribute, attributes: AttributeTable
) -> bool:
    """A result its sentence dates "this year" while the year was still running when
    the article appeared ("Porsche sales fell by 7 percent in the first six month of
    this year", July 2024) is the year's so far, no figure of the whole. A plan for it
    is its own measure, and money put into something this year is the year's budget
    ("Tesla will im laufenden Geschäftsjahr 80 Milliarden Dollar investieren")."""
    if document.date is None or not attributes.of_period(attribute):
        return False
    if attributes.is_topical(attribute):
        return False
    if attribute.name in attributes.planned or not still_running(period, document.date):
        return False
    lo, hi = claim.sentence
    return names_relative_year(document.text[lo:hi], document.lang)


def _on_its_day(claim: Claim, document: Document) -> bool:
    """A day's figure (a toll, a crowd) whose sentence names its day ("am 6. Februar
    2023 meldete die AFAD 5.400 Tote") speaks for that day, not for the year the date
    holds: it meets the other figures of that day."""
    day = claim.as_of
    if claim.time is None or day is None or len(day) != 10 or not holds(claim.time, day):
        return False
    return names_day(document.text, claim.sentence, day, document.date)
