"""From text to claims: one pass of the numeral pattern over the text, and for
each numeral the words around it (range partner, unit, hedge, bound, rank).

The text is scanned once; sentences, dates and page furniture are found with
one regex pass each, and looked up by bisection for every claim.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from factcheck.extraction.agreement import agreed_claims
from factcheck.extraction.claim_times import ClaimTimes
from factcheck.extraction.conversions import restates
from factcheck.extraction.currencies import in_named_currency, in_the_currency_named_after
from factcheck.extraction.digits import HAN_CHARS, fold_width, writes_decimal_comma
from factcheck.extraction.furniture import SpanSet, counter_after, furniture_spans, non_prose_spans
from factcheck.extraction.grammar import Grammar, grammar
from factcheck.extraction.growth import Quantity, grow, resolved_unit
from factcheck.extraction.notclaims import level_of_a_count, sprint_spans
from factcheck.extraction.nouns import CountedNouns
from factcheck.extraction.numeral import OverLong
from factcheck.extraction.quantity import clause_bounds
from factcheck.extraction.reading import read_numeral
from factcheck.extraction.rows import column_period
from factcheck.extraction.sentences import PARAGRAPH_BREAK, SentenceIndex, sentence_spans
from factcheck.extraction.tables import ScaledTable, apply_table_scale, scaled_tables
from factcheck.extraction.timescope import (
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
LIST_ITEMS = re.compile(r"(?:\s*[,、]\s*\d[\d.,]*)*\s*[,、]\s*")  # ", 4.7, 6.3, "
REACH_CHARS = 1200  # farther back than this, no figure or noun is carried to a bare number
# "billion2", "2,6022": one digit glued to a claim's last letter is a footnote marker
FOOTNOTE_GLUED = re.compile(r"(?<=[^\W\d_])\d(?![\w.,]\d|\w)")


class Seen(NamedTuple):
    """A claim already read, as the bare numbers after it look back at it."""

    sentence: int
    start: int
    end: int
    unit: str


class When(NamedTuple):
    """When a claim holds: its own period, the day it is as of, and the period the
    sentences before it carry to it when it names none."""

    period: str | None
    as_of: str | None
    carried: str | None


@dataclass(slots=True, kw_only=True)
class Scan(ClaimTimes):
    """One text being scanned, with everything looked up per claim (and, from
    `ClaimTimes`, the period and day of each)."""

    text: str
    g: Grammar
    units: UnitWords
    times: SpanSet
    furniture: SpanSet
    tables: list[ScaledTable]
    captions: dict[int, str | None] = field(default_factory=dict)  # per row: what it counts
    columns: dict[int, tuple[str, ...] | None] = field(default_factory=dict)  # per row: periods
    cells: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # per line: figures
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
    decimal_comma: bool | None = None  # the text's own decimal mark, if not its language's
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

    def when(self, quantity: Quantity, index: int) -> When:
        """The claim's period and the day it is as of, from its clause, found once, and
        the period the sentences before carry to it when it names none; a figure of a
        relative base period ("去年同期") has none: it is of no day near the publication
        date."""
        start, end = self.sentences.spans[index]
        start = self.reported_start(index, quantity.start)
        clause = clause_bounds(self.work, start, end, quantity.start, quantity.end)
        period = column_period(self, quantity) or self.time_of(quantity, (start, end), clause)
        if quantity.start in self.based:
            return When(None, None, None)  # "去年同期则盈利15.58亿欧元": before publication
        carried = None if period else self.carried_period(index)
        return When(period, self.day_of(index, start, clause), carried)


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
            numeral = read_numeral(scan.work, at, scan.g, scan.decimal_comma)
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
        decimal_comma=writes_decimal_comma(work, lang),
    )


# --- growing a numeral into a quantity -------------------------------------


def _claim(scan: Scan, q: Quantity, file: str | None) -> Claim:
    index = scan.sentences.index_of(q.start)
    sentence = scan.sentences.spans[index] if scan.sentences.spans else (q.start, q.end)
    sentence = (sentence[0], max(sentence[1], q.end))  # a claim across a cut long sentence
    boilerplate = scan.furniture.covers(q.start) or bool(counter_after().match(scan.work, q.end))
    value = None if q.is_range else q.low
    when = scan.when(q, index) if scan.sentences.spans else When(None, scan.published, None)
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
        time=when.period,
        as_of=when.as_of,
        carried_time=when.carried,
        boilerplate=boilerplate,
        label=q.label,
        conversion=scan.converts(q),
        origin=q.origin and not _dated_here(scan.work, q.start, q.end, when.period),
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
