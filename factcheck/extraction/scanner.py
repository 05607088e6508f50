"""From text to claims: one pass of the numeral pattern over the text, and for
each numeral the words around it (range partner, unit, hedge, bound, rank).

The text is scanned once; sentences, dates and page furniture are found with
one regex pass each, and looked up by bisection for every claim.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from factcheck.extraction.agreement import agreed_claims
from factcheck.extraction.base_years import compared_phrase
from factcheck.extraction.clause_openers import compared_ends, reported_ends
from factcheck.extraction.conversions import restates
from factcheck.extraction.currencies import in_named_currency, in_the_currency_named_after
from factcheck.extraction.daydates import Day, days_in, one_day
from factcheck.extraction.digits import HAN_CHARS, fold_width
from factcheck.extraction.furniture import SpanSet, counter_after, furniture_spans, non_prose_spans
from factcheck.extraction.grammar import Grammar, grammar
from factcheck.extraction.growth import Quantity, grow, resolved_unit
from factcheck.extraction.notclaims import level_of_a_count, sprint_spans
from factcheck.extraction.nouns import CountedNouns
from factcheck.extraction.numeral import OverLong
from factcheck.extraction.quantity import clause_bounds
from factcheck.extraction.quarter_ends import quarter_cues, quarter_ending
from factcheck.extraction.reading import read_numeral
from factcheck.extraction.rows import column_period
from factcheck.extraction.sentences import SentenceIndex, sentence_spans
from factcheck.extraction.tables import ScaledTable, apply_table_scale, scaled_tables
from factcheck.extraction.timescope import (
    dated_relatively,
    only_bases,
    own_year,
    stated_years,
    time_phrases,
    time_scope,
    time_spans,
)
from factcheck.extraction.units import UnitWords, unit_category, unit_words
from factcheck.load.language import detect_language
from factcheck.models import Claim, Document

SKIP_TOKEN = re.compile(  # a word's letters alone: "$A2" reads on at the 2
    rf"[A-Za-z\u00c0-\u024f\u0370-\u04ff]+(?=[0-9])|[0-9A-Za-z\u00c0-\u024f\u0370-\u04ff]+"
    rf"(?:[.,][0-9A-Za-z]+)*|[{HAN_CHARS}]+|.",
    re.DOTALL,
)

# Claims that words like "that figure" do not point back at: counts of nothing, ranks
# and durations ("een vijftiger" is an age, not the tally "de teller" continues).
UNNAMED_FIGURES = frozenset({"number", "rank", "duration"})
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
LIST_ITEMS = re.compile(r"(?:\s*[,、]\s*\d[\d.,]*)*\s*[,、]\s*")  # ", 4.7, 6.3, "
PART_MARKS = (";", "；")  # what separates the parts of a year-by-year list
REACH_CHARS = 1200  # farther back than this, no figure or noun is carried to a bare number
PART_OF_YEAR = re.compile(r"\d{4}-(?:Q[1-4]|H[12])")  # a calendar quarter or half
# "billion2", "2,6022": one digit glued to a claim's last letter is a footnote marker
FOOTNOTE_GLUED = re.compile(r"(?<=[^\W\d_])\d(?![\w.,]\d|\w)")


class Seen(NamedTuple):
    """A claim already read, as the bare numbers after it look back at it."""

    sentence: int
    start: int
    end: int
    unit: str


@dataclass(slots=True)
class Scan:
    """One text being scanned, with everything looked up per claim."""

    text: str
    work: str
    lang: str
    g: Grammar
    units: UnitWords
    sentences: SentenceIndex
    times: SpanSet
    furniture: SpanSet
    tables: list[ScaledTable]
    published: str | None = None  # the document's date: "last year" is read against it
    running_year: str | None = None  # of the last quarter or half named with its year
    scopes: dict[tuple[int, int], str | None] = field(default_factory=dict)
    days: dict[int, list[Day]] = field(default_factory=dict)  # per sentence
    captions: dict[int, str | None] = field(default_factory=dict)  # per row: what it counts
    columns: dict[int, tuple[str, ...] | None] = field(default_factory=dict)  # per row: periods
    cells: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # per line: figures
    reported: dict[int, list[int]] = field(default_factory=dict)  # per sentence
    openers: list[int] | None = None  # comparison openers of the whole text, found once
    quarter_cues: list[int] | None = None  # where a quarter's end may be named
    endings: dict[tuple[int, int], str | None] = field(default_factory=dict)  # per sentence
    years: dict[tuple[int, int], int] = field(default_factory=dict)  # per span: how many
    # The counted unit of the last claim and its sentence: "BYD sold 526,000 vehicles,
    # Tesla 484,500" counts vehicles twice. (Not money: "$4.25 and 32 is the quantity".)
    recent_unit: Seen | None = None
    recent_currency: str | None = None  # the currency the text last named
    currencies: list[tuple[int, str]] = field(default_factory=list)  # where each is named
    money_waiting: list[int] = field(default_factory=list)  # amounts named before any currency
    # A measured claim's end and unit: "6.77 births per 1,000 people, down from 7.52".
    recent_measure: Seen | None = None
    last_claim: Seen | None = None  # the claim before
    last_converted: bool = False  # whether it restates the one before it
    last_of_kind: dict[str, Seen] = field(default_factory=dict)  # per unit category
    last_figure: Seen | None = None  # the last claim "that figure" may point back at
    _counted: CountedNouns | None = None

    def counted_nouns(
        self, lo: int, at: int, until: int, hi: int
    ) -> tuple[re.Match[str] | None, re.Match[str] | None]:
        """The counted noun ending last in [lo, at) and the first starting in
        [until, hi) (`nouns.CountedNouns`: found where asked, on first use)."""
        if self._counted is None:
            self._counted = CountedNouns(self.work, self.units)
        return self._counted.around(lo, at, until, hi)

    def unit_before(self, offset: int, reach: int = 0) -> str | None:
        """The counted unit of an earlier claim of the same sentence, or of the `reach`
        sentences of its paragraph just before, for a bare number: "37 zetels. Dat zijn
        er twee meer"."""
        if self.recent_unit is None or not self.sentences.spans:
            return None
        seen = self.recent_unit
        back = self.sentences.index_of(offset) - seen.sentence
        if back == 0:
            return seen.unit
        return seen.unit if back <= reach and self.same_paragraph(seen.start, offset) else None

    def same_paragraph(self, start: int, end: int) -> bool:
        """Whether two offsets are near each other with no blank line between them."""
        return end - start <= REACH_CHARS and not PARAGRAPH_BREAK.search(self.work, start, end)

    def unit_carried_to(self, offset: int, scaled: bool) -> str | None:
        """The unit of a measured claim just before `offset` in its sentence, when a
        connector ("and", "down from", "en van", "waarvan") joins the two; a currency
        only to a scaled amount ("4 miljard euro schade, waarvan 2,5 miljard")."""
        if self.recent_measure is None:
            return None
        end, unit = self.recent_measure.end, self.recent_measure.unit
        if not scaled and unit_category(unit) == "currency":
            return None
        if offset - end > 48 or self.sentences.index_of(end - 1) != self.sentences.index_of(offset):
            return None
        if self.units.carrier.search(self.work, end, offset):
            return unit
        return unit if self._listed_after(end, offset) else None

    def _listed_after(self, end: int, offset: int) -> bool:
        """ "magnitudes of 5.5, 4.7, 6.3, 5.9 and 4.6": a bare number between the commas
        of a list that goes on to "and" and a last number, after the measured figure
        that opens it ("a magnitude of 6.3, 12 dead" is no list)."""
        return (
            LIST_ITEMS.fullmatch(self.work, end, offset) is not None
            and self.units.list_rest.match(self.work, offset) is not None
        )

    def unit_of_claim_at(self, start: int, end: int) -> str | None:
        """The unit of the claim just before when [start, end) lies in its span: the noun
        "inwoners" of "7,52 baby's per duizend inwoners" belongs to that rate."""
        if self.last_claim is None:
            return None
        claim = self.last_claim
        return claim.unit if claim.start <= start and end <= claim.end else None

    def names_elided(self, offset: int) -> bool:
        """'JA21 krijgt er 1', 'van wie er negen': the clause says the number counts a
        noun named before."""
        start, _ = self.sentences.span_of(offset)
        return bool(self.units.elided_before.search(self.work, max(start, offset - 48), offset))

    def unit_of_figure_named(self, offset: int, reach: int) -> str | None:
        """'Dat getal lag in 2021 op 7,18', 'the figure rose to 922': a bare number after
        words that point back at a figure is in the unit of the claim before."""
        if self.last_figure is None:
            return None
        start, _ = self.sentences.span_of(offset)
        start = max(start, offset - REACH_CHARS)
        if not self.units.figure_anaphora.search(self.work, start, offset):
            return None
        figure = self.last_figure
        back = self.sentences.index_of(offset) - figure.sentence
        if not 0 <= back <= reach or not self.same_paragraph(figure.start, offset):
            return None
        return figure.unit

    def converts(self, quantity: Quantity) -> bool:
        """'80 billion dollars (74 billion euros)': a figure right after one of the same
        kind in another unit may restate it (`conversions`)."""
        chained, self.last_converted = self.last_converted, False
        if quantity.unit in (None, "count"):
            return False
        last = self.last_of_kind.get(unit_category(quantity.unit))
        if last is None or last.unit == quantity.unit:
            return False
        end = last.end
        if self.sentences.index_of(quantity.start) - last.sentence > 1:
            return False
        self.last_converted = restates(self.work, end, quantity, self.units, chained)
        return self.last_converted

    def remember(self, quantity: Quantity) -> None:
        """Note the claim's unit for the bare numbers after it."""
        unit = quantity.unit or "count"
        category = unit_category(unit)
        seen = Seen(self.sentences.index_of(quantity.start), quantity.start, quantity.end, unit)
        self.last_claim = self.last_of_kind[category] = seen
        if category not in UNNAMED_FIGURES:
            self.last_figure = seen
        if category == "counted":
            self.recent_unit = seen
        elif unit not in ("count", "rank"):
            self.recent_measure = seen
        if category == "currency":
            self.recent_currency = unit
            self.currencies.append((quantity.start, unit))

    def is_quantity(self, text: str, end: int) -> bool:
        """A number followed by a unit, a multiplier or a scale word is a figure, not a
        year ("2000 thousand GPUs"; "2024年" is a year: 年 is the year's own word)."""
        unit = resolved_unit(self.units, self.units.after.match(text, end))
        return (unit is not None and unit != "year") or bool(
            self.g.multiplier_after.match(text, end) or self.g.scale_after.match(text, end)
        )

    def quantity_in(self, offset: int) -> Callable[[str, int], bool]:
        """`is_quantity` for a text that starts at `offset` of the work. A year-like
        number that a level word gives a count of ("die Zahl der Toten bei 2065") is a
        quantity too: it is the claim, never its own or its neighbours' period."""

        def is_quantity(text: str, end: int) -> bool:
            at = offset + end - 4
            return self.is_quantity(text, end) or level_of_a_count(self, at, offset + end)

        return is_quantity

    def when(self, quantity: Quantity, index: int) -> tuple[str | None, str | None]:
        """The claim's period and the day it is as of, from its clause, found once."""
        start, end = self.sentences.spans[index]
        start = self._reported_start(index, quantity.start)
        clause = clause_bounds(self.work, start, end, quantity.start, quantity.end)
        period = column_period(self, quantity) or self._time_of(quantity, (start, end), clause)
        return period, self._day_of(index, start, clause)

    def _time_of(
        self, quantity: Quantity, sentence: tuple[int, int], clause: tuple[int, int]
    ) -> str | None:
        """The period the claim's own clause states; else the one the sentence sets
        before it ("In 2022, it sold 1.8 million"), when the sentence names one year
        only, or the figure's part of a year-by-year list names ("2020年,…8914亿元;
        2021年,…6368亿元"). A year in a later clause is that clause's ("35 seats, twice
        the 17 of March 2021"), unless it is only a comparison's base: the period the
        comparison implies is the sentence's ("sales rose to 76.20 billion euros, a 22%
        increase over the first quarter of 2022"). The sentence starts after "announced
        that", if it says so."""
        start, end = sentence
        if phrase := compared_phrase(self.work, quantity.start, quantity.end, self.lang):
            lo, hi, year = phrase  # "compared with 1.39 billion people … census of 2010"
            return time_scope(self.work[lo:hi], self.lang, None, self.published, year)
        clause = self._own_side(sentence, clause, quantity)
        scope = self._scope(clause)
        if scope and PART_OF_YEAR.fullmatch(scope) and not self._years(clause):
            scope = (self._year_before(start, clause[0]) or scope[:4]) + scope[4:]
        ending = self._quarter_ending(sentence)
        if ending is not None and scope in (None, ending[:4]):
            return ending  # "in the quarter ended April 27, 2025 was …": the comma's clause
        if scope is not None and self._years(clause) > 1:
            return self._own_scope(clause, quantity) or scope
        if scope is None and self._relative_quarter(clause):
            return None  # "…, up from $24.2 billion in the prior quarter"
        if scope is None and not self.published and dated_relatively(self.work, self.lang, *clause):
            return None  # "…, en dit jaar verdwijnen 24.000 banen": no Q1's, but undated
        if scope is not None or clause == (start, end):
            return scope
        years = self._years((start, end))
        if years > 1:
            part = self._part(sentence, quantity)
            if part != sentence and self._years(part) == 1:
                return self._scope(part)
            return None
        if years and only_bases(self.work[start:end], self.lang, self.quantity_in(start)):
            return self._scope((start, end))  # "sales rose to X, a 22% increase over Q1 2022"
        return self._scope((start, clause[1]))

    def _year_before(self, start: int, end: int) -> str:
        """The year the sentence named before a quarter named without one ("in Q4 2023 it
        was 2.82 trillion won, in Q3 it was 2.4 trillion"); '' when it names none."""
        prior = (self._scope((start, end)) if self._years((start, end)) else None) or ""
        return prior[:4] if prior[:4].isdigit() else ""

    def _part(self, sentence: tuple[int, int], quantity: Quantity) -> tuple[int, int]:
        """The part of the sentence between semicolons that holds the figure: a
        year-by-year list ("2020年,华为销售收入为8914亿元;2021年,…为6368亿元", "in 2019,
        revenue was X; in 2020, Y") dates each part by its own year."""
        lo, hi = sentence
        before = max(self.work.rfind(mark, lo, quantity.start) for mark in PART_MARKS)
        after = [at for mark in PART_MARKS if (at := self.work.find(mark, quantity.end, hi)) >= 0]
        return (before + 1 if before >= 0 else lo, min(after, default=hi))

    def _own_side(
        self, sentence: tuple[int, int], clause: tuple[int, int], quantity: Quantity
    ) -> tuple[int, int]:
        """The part of the clause on the figure's side of a comparison ("€4.7 billion |
        compared to €6.7 billion at the beginning of 2022"): the base's time is not
        the figure's. Openers are found in one scan of the text."""
        if self.openers is None:
            self.openers = compared_ends(self.work, 0, len(self.work), self.lang)
        lo, hi = clause
        first = bisect_left(self.openers, lo + 1)
        for at in self.openers[first : bisect_left(self.openers, hi)]:
            if quantity.end <= at < hi:
                hi = at
            elif lo < at <= quantity.start:
                lo = at
        return lo, hi

    def _quarter_ending(self, sentence: tuple[int, int]) -> str | None:
        """The quarter the sentence names by its end month (`quarter_ends`): looked for
        only in a sentence holding a cue word, found in one scan of the text."""
        if not self._years(sentence):
            return None  # a quarter named by its end names its year
        if self.quarter_cues is None:
            self.quarter_cues = quarter_cues(self.work)
        lo, hi = sentence
        if bisect_left(self.quarter_cues, lo) == bisect_left(self.quarter_cues, hi):
            return None
        if sentence not in self.endings:
            self.endings[sentence] = quarter_ending(self.work[lo:hi], self.lang)
        return self.endings[sentence]

    def _relative_quarter(self, clause: tuple[int, int]) -> bool:
        """Whether the clause names a quarter relative to another ("the prior quarter"),
        searched only when its lower case holds letters every such phrase holds."""
        return time_phrases("relative_quarters", self.lang).in_text(self.work, *clause)

    def _years(self, span: tuple[int, int]) -> int:
        """How many years the span states, counted once for all the claims of a
        sentence."""
        if span not in self.years:
            self.years[span] = len(stated_years(self.work[slice(*span)], self.quantity_in(span[0])))
        return self.years[span]

    def _day_of(self, index: int, start: int, clause: tuple[int, int]) -> str | None:
        """The day the figure is as of: one its clause names, else the one the sentence
        names before it ("On 9 June, 1.03 million marched"; `daydates`), else the
        publication date. A sentence's days are found once."""
        if index not in self.days:
            self.days[index] = days_in(self.work, *self.sentences.spans[index], self.published)
        days = self.days[index]
        return one_day(days, *clause) or one_day(days, start, clause[1]) or self.published

    def _reported_start(self, index: int, at: int) -> int:
        """Where the reported clause holding `at` opens (`clause_openers.reported_ends`),
        from the sentence's openers found once."""
        if index not in self.reported:
            self.reported[index] = reported_ends(self.work, *self.sentences.spans[index], self.lang)
        ends = self.reported[index]
        before = bisect_left(ends, at + 1) - 1
        return ends[before] if before >= 0 else self.sentences.spans[index][0]

    def _own_scope(self, clause: tuple[int, int], quantity: Quantity) -> str | None:
        """The period of a figure in a clause naming several years: its own year."""
        text = self.work[clause[0] : clause[1]]
        lo, hi = quantity.start - clause[0], quantity.end - clause[0]
        is_quantity = self.quantity_in(clause[0])
        year = own_year(text, lo, hi, self.lang, is_quantity)
        return year and time_scope(text, self.lang, is_quantity, self.published, year)

    def _scope(self, span: tuple[int, int]) -> str | None:
        if span not in self.scopes:
            text = self.work[span[0] : span[1]]
            is_quantity = self.quantity_in(span[0])
            scope = time_scope(
                text, self.lang, is_quantity, self.published, running=self.running_year
            )
            if scope is not None and PART_OF_YEAR.fullmatch(scope):
                self.running_year = scope[:4]
            self.scopes[span] = scope
        return self.scopes[span]


def extract_text(
    text: str,
    lang: str | None = None,
    file: str | None = None,
    published: str | None = None,
    furniture: Sequence[tuple[int, int]] = (),
) -> list[Claim]:
    """Every numeric claim of `text`, in text order (language detected if not given);
    `published` (ISO date) resolves relative years and is each claim's `as_of`
    unless the claim's clause names its day;
    claims in the `furniture` spans (an HTML page's lines outside its main content)
    are page furniture."""
    lang = lang or detect_language(text)
    scan = _prepare(text, lang, furniture)
    scan.published = published
    claims: list[Claim] = []
    pos = 0
    while True:
        match = scan.g.start.search(scan.work, pos)
        if match is None:
            break
        at = match.start()
        if scan.times.covers(at):
            pos = SKIP_TOKEN.match(scan.work, at).end()  # type: ignore[union-attr]
            continue
        try:
            numeral = read_numeral(scan.work, at, scan.g)
        except OverLong as too_long:
            pos = too_long.end
            continue
        quantity = grow(scan, numeral) if numeral is not None else None
        if quantity is None:
            pos = max(at + 1, (SKIP_TOKEN.match(scan.work, at) or match).end())
            continue
        if scan.tables:
            apply_table_scale(scan.tables, scan.work, quantity, scan.lang)
        claims.append(_claim(scan, quantity, file))
        scan.remember(quantity)
        pos = quantity.next_pos or quantity.end
        footnote = FOOTNOTE_GLUED.match(scan.work, pos)
        pos = footnote.end() if footnote else pos
    claims = in_the_currency_named_after(claims, scan.money_waiting, scan.currencies)
    return in_named_currency(claims, scan.work, scan.sentences, scan.lang)


def extract_document(document: Document) -> list[Claim]:
    """Claims of a loaded document, each carrying the document's path; when its
    language is unsure, only the claims every candidate language reads alike."""
    text, path, date = document.text, document.path, document.date
    spans = document.furniture_spans
    if document.lang_candidates:
        langs = document.lang_candidates
        return agreed_claims([extract_text(text, lang, path, date, spans) for lang in langs])
    return extract_text(text, document.lang, path, date, spans)


def _prepare(text: str, lang: str, furniture: Sequence[tuple[int, int]] = ()) -> Scan:
    work = fold_width(text)
    return Scan(
        text=text,
        work=work,
        lang=lang,
        g=grammar(lang),
        units=unit_words(lang),
        sentences=SentenceIndex(sentence_spans(work, lang)),
        times=SpanSet(time_spans(work, lang) + non_prose_spans(work) + sprint_spans(work, lang)),
        furniture=SpanSet(furniture_spans(work) + list(furniture)),
        tables=scaled_tables(work, lang),
    )


# --- growing a numeral into a quantity -------------------------------------


def _claim(scan: Scan, q: Quantity, file: str | None) -> Claim:
    index = scan.sentences.index_of(q.start)
    sentence = scan.sentences.spans[index] if scan.sentences.spans else (q.start, q.end)
    sentence = (sentence[0], max(sentence[1], q.end))  # a claim across a cut long sentence
    boilerplate = scan.furniture.covers(q.start) or bool(counter_after().match(scan.work, q.end))
    value = None if q.is_range else q.low
    time, as_of = scan.when(q, index) if scan.sentences.spans else (None, scan.published)
    return Claim(
        file=file,
        start=q.start,
        end=q.end,
        text=scan.text[q.start : q.end],
        value=value,
        low=q.low,
        high=q.high,
        unit=q.unit or "count",
        scale=q.scale,
        approx=q.approx,
        hedge=q.hedge,
        bound=q.bound,  # type: ignore[arg-type]
        change=q.change,
        time=time,
        as_of=as_of,
        boilerplate=boilerplate,
        label=q.label,
        conversion=scan.converts(q),
        origin=q.origin and not _dated_here(scan.work, q.start, q.end, time),
        lang=scan.lang,
        sentence=sentence,
    )


def _dated_here(work: str, start: int, end: int, time: str | None) -> bool:
    """ "down from 74.9 percent in 2020", "2020年的74.9%": a level moved from that names
    its own year is that year's figure, compared as any other."""
    if not time:
        return False
    year = time[:4]
    return year in work[end : end + 16] or year in work[max(0, start - 8) : start]
