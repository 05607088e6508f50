"""When each claim holds: the period its clause (or sentence) states and the day it is
as of, mixed into `Scan`.

A claim's period comes from its own clause first; a sentence's year reaches the
clauses that name none, unless it is only a comparison's base, and a quarter named
relative to another ("the prior quarter", "去年同期") dates nothing. Each sentence's
years, days, openers and scopes are found once and kept here, so the claims of one
sentence share one scan.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factcheck.extraction.base_years import compared_phrase, is_base_figure
from factcheck.extraction.bracket_labels import (
    LabelledBracket,
    blanked,
    bracket_of,
    labelled_brackets,
    timed_asides,
)
from factcheck.extraction.clause_openers import (
    base_ends,
    comparative_ends,
    compared_ends,
    move_origin,
    move_target,
    move_target_start,
    reported_ends,
)
from factcheck.extraction.daydates import Day, days_in, one_day
from factcheck.extraction.periods import REPORTING_SEASON, closed_half, reported_after
from factcheck.extraction.quarter_ends import period_ending, quarter_cues, same_year
from factcheck.extraction.relative_time import (
    anaphoric_cue,
    dated_relatively,
    names_deadline,
    names_relative_quarter,
    names_relative_year,
    names_time,
    own_relative_year,
    quarter_stems,
    sentence_opener,
    time_phrases,
)
from factcheck.extraction.sentences import PARAGRAPH_BREAK, SentenceIndex
from factcheck.extraction.timescope import (
    only_bases,
    own_year,
    stated_years,
    time_scope,
)
from factcheck.extraction.weekdays import weekday_days

if TYPE_CHECKING:
    from factcheck.extraction.growth import Quantity

PART_OF_YEAR = re.compile(r"\d{4}-(?:Q[1-4]|H[12])")  # a calendar quarter or half
DIGIT = re.compile(r"\d")
PART_MARKS = (";", "；")  # what separates the parts of a year-by-year list
FOUR_DIGIT_YEAR = re.compile(r"\d{4}")
RELATIVE = ("relative_quarters", "same_period")  # the lists that name a quarter relatively
BRACKETED = re.compile(r"\([^()\n]*\)|（[^（）\n]*）")
CARRY_BACK = 2  # a sentence naming no time continues the period named this close before
WHOLE_YEAR = re.compile(r"(?:FY)?\d{4}")  # a period of a whole (fiscal) year


@dataclass(slots=True, kw_only=True)
class ClaimTimes:
    """The text's periods and days, found once per sentence or span."""

    work: str
    lang: str
    sentences: SentenceIndex
    published: str | None = None  # the document's date: "last year" is read against it
    running_year: str | None = None  # of the last quarter or half named with its year
    running_period: str | None = None  # that quarter or half ("in that quarter": it)
    focus_year: str | None = None  # of the last period written with its year
    scopes: dict[tuple[int, int], str | None] = field(default_factory=dict)
    days: dict[int, list[Day]] = field(default_factory=dict)  # per sentence
    reported: dict[int, list[int]] = field(default_factory=dict)  # per sentence
    openers: list[int] | None = None  # comparison openers of the whole text, found once
    base_openers: list[int] = field(default_factory=list)  # "from": found with them
    quarter_cues: list[int] | None = None  # where a quarter's end may be named
    endings: dict[tuple[int, int], str | None] = field(default_factory=dict)  # per sentence
    years: dict[tuple[int, int], int] = field(default_factory=dict)  # per span: how many
    based: set[int] = field(default_factory=set)  # figures of a relative base period, by start
    brackets: list[LabelledBracket] | None = None  # "(Vorjahr: 41 Mrd. Euro)", found once
    dating: str = ""  # the text with its labelled brackets blanked: what dates the rest
    carried: dict[int, str | None] = field(default_factory=dict)  # per sentence
    time_words: dict[tuple[int, int], bool] = field(default_factory=dict)  # per sentence

    def quantity_in(self, offset: int) -> Callable[[str, int], bool]:
        """`is_quantity` for a text that starts at `offset` (`Scan` knows the figures)."""
        raise NotImplementedError

    def time_of(
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
        if labelled := self._label_time(quantity, sentence):
            return labelled
        if is_base_figure(self.work, quantity.start, self.lang):
            self.based.add(quantity.start)
            return None  # "较同期的1524亿欧元": the same period a year before
        if phrase := compared_phrase(self.work, quantity.start, quantity.end, self.lang):
            lo, hi, year = phrase  # "compared with 1.39 billion people … census of 2010"
            return time_scope(self.work[lo:hi], self.lang, None, self.published, year)
        own = self._own_side(sentence, clause, quantity)
        scope = self._scope(own)
        if own[0] > clause[0] and scope and not self._years(sentence) and self._year_ago(own):
            self.based.add(quantity.start)
            return None  # "9 miljard euro, tegen 10,1 miljard euro een jaar geleden"
        if scope and scope.isdigit() and self._year_ago(own) and own[0] > start:
            shifted = self._part_a_year_before(start, own[0], scope)
            if shifted is not None:
                return shifted or None  # "in het derde kwartaal …, van 9 miljard een jaar eerder"
        clause = own
        if scope and PART_OF_YEAR.fullmatch(scope) and not self._years(clause):
            scope = (self._year_before(start, clause[0]) or scope[:4]) + scope[4:]
        ending = self._period_ending(sentence)
        if ending is not None and same_year(ending, scope):
            return ending  # "in the quarter ended April 27, 2025 was …": the comma's clause
        if scope is not None and self._years(clause) > 1:
            return self._own_scope(clause, quantity) or scope
        if self._relative_base(clause, scope):
            self.based.add(quantity.start)
            return None  # "…, up from $24.2 billion in the prior quarter", "去年同期"
        if scope is None and not self.published and dated_relatively(self.work, self.lang, *clause):
            return None  # "…, en dit jaar verdwijnen 24.000 banen": no Q1's, but undated
        if scope is None and self._points_back(clause):
            return self.running_period  # "De omzet steeg in dat kwartaal tot 9,6 miljard"
        if scope is None and self._points_to_half(sentence):
            return closed_half(self.running_period)  # "Im Halbjahr steht ein Plus von …"
        if scope is not None or clause == (start, end):
            return scope
        years = self._years((start, end))
        if years > 1:
            part = self._part(sentence, quantity)
            if part != sentence and self._years(part) == 1:
                return self._scope(part)
            return None
        if years and only_bases(self._dating()[start:end], self.lang, self.quantity_in(start)):
            return self._scope((start, end))  # "sales rose to X, a 22% increase over Q1 2022"
        scope = self._scope(span := (start, self._before_move(start, clause[1])))
        if self._relative_base(span, scope):
            self.based.add(quantity.start)
            return None
        return scope

    def _before_move(self, start: int, end: int) -> int:
        """Where the first move of text[start:end] begins ("ging | von 2319 im Vorjahr
        auf 862 zurück"), else `end`: the time of a move's old level dates neither
        its new level nor a later clause ("…, der Auftragsbestand lag zum Jahresende
        bei 8658")."""
        origin = move_origin(self.lang).search(self.work, start, end)
        if origin is None or move_target(self.lang).search(self.work, origin.end(), end) is None:
            return end
        return origin.start()

    def _dating(self) -> str:
        """The text with its labelled brackets and timed asides blanked, found once."""
        if self.brackets is None:
            self.brackets = labelled_brackets(self.work, self.lang)
            spans = [(b.start, b.end) for b in self.brackets]
            spans += timed_asides(self.work, self.lang)
            self.dating = blanked(self.work, sorted(spans))
        return self.dating

    def _label_time(self, quantity: Quantity, sentence: tuple[int, int]) -> str | None:
        """The time a bracket's label gives its figure ("(Vorjahr: 41 Mrd. Euro)",
        "(2023: 18 Prozent)"); a year named relative to another ("the previous year",
        "vorig jaar") counts from the sentence's own year, or in a sentence naming none
        from the year the text wrote last; without either, from the year of
        publication, except in the season the year before is reported (a March article's
        undated figure may be that year's, its "previous year" the one before): then it
        is the base of a figure whose period is not known, with none of its own."""
        self._dating()
        bracket = bracket_of(self.brackets or [], quantity.start, quantity.end)
        if bracket is None or self._change_after_base(quantity, bracket.label[1]):
            return None
        years = self._years(sentence)
        outer = self._scope(sentence) if years == 1 else None
        anchor = outer[:4] if outer and outer[:4].isdigit() else None
        anchor = anchor or (self.focus_year if years == 0 else None)
        label = self.work[slice(*bracket.label)]
        offset = own_relative_year(label, self.lang)
        if anchor and offset is not None:
            return str(int(anchor) + offset)  # "(vorig jaar: 41 miljard)" beside 2024: 2023
        if offset is not None and self._reporting_last_year():
            self.based.add(quantity.start)  # "(previous year: €1.7 billion)"
            return None
        return time_scope(label, self.lang, None, self.published, None, self.running_year, anchor)

    def _change_after_base(self, quantity: Quantity, label_end: int) -> bool:
        """ "(Q3 2023: €299 million, +62.8 percent)": a change after the labelled base
        is the move from it to the figure outside, of the sentence's own period."""
        return quantity.change and DIGIT.search(self.work, label_end, quantity.start) is not None

    def _reporting_last_year(self) -> bool:
        published = self.published
        year = published[:4] if published else ""
        last = str(int(year) - 1) if year.isdigit() else ""
        return bool(last) and reported_after(last, published, False, REPORTING_SEASON)

    def _part_a_year_before(self, start: int, end: int, year: str) -> str | None:
        """The part of a year the sentence names before the figure's clause ("in het
        derde kwartaal", "aan het eind van de eerste jaarhelft"), a year before it, for
        a figure dated only "a year earlier": the same quarter of the year before, not
        that whole year; '' when the part's year is not the one after `year`; None when
        the sentence names no part of a year before the figure."""
        before = self._scope((start, end))
        if before is None or not PART_OF_YEAR.fullmatch(before):
            return None
        return f"{year}{before[4:]}" if before[:4] == str(int(year) + 1) else ""

    def _year_ago(self, span: tuple[int, int]) -> bool:
        """Whether a comparison's base is dated only relative to the publication ("tegen
        10,1 miljard euro een jaar geleden"): it is the same period a year before the
        figure's, whichever that is, not the calendar year before publication."""
        text = self.work[slice(*span)]
        return not self._years(span) and names_relative_year(text, self.lang)

    def _relative_base(self, span: tuple[int, int], scope: str | None) -> bool:
        """Whether a relative quarter alone dates the span ("In the same period a year earlier")."""
        whole = scope is None or (scope.isdigit() and not self._years(span))
        return whole and names_relative_quarter(self.work, self.lang, *span)

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
        self._find_openers()
        openers = self.openers or []
        lo, hi = clause
        first = bisect_left(openers, lo + 1)
        for at in openers[first : bisect_left(openers, hi)]:
            if quantity.end <= at < hi:
                hi = at
            elif lo < at <= quantity.start:
                lo = at
        after = bisect_left(self.base_openers, quantity.end)
        if after < len(self.base_openers) and self.base_openers[after] < hi:
            hi = self.base_openers[after]  # "a 1.1% decrease | from €40.53 billion in 2023"
        moved = move_target_start(self.work, lo, quantity.start, self.lang)
        return (lo if moved is None else moved[1]), hi  # "von 2319 im Vorjahr | auf 862"

    def _period_ending(self, sentence: tuple[int, int]) -> str | None:
        """The quarter or year the sentence names by its end (`quarter_ends`): looked
        for only in a sentence holding a cue word, found in one scan of the text."""
        if self.quarter_cues is None:
            self.quarter_cues = quarter_cues(self.work)
        lo, hi = sentence
        if bisect_left(self.quarter_cues, lo) == bisect_left(self.quarter_cues, hi):
            return None
        if sentence not in self.endings:
            self.endings[sentence] = period_ending(self.work[lo:hi], self.lang, self.published)
        return self.endings[sentence]

    def _years(self, span: tuple[int, int]) -> int:
        """How many years the span states, counted once for all the claims of a sentence."""
        if span not in self.years:
            text = self._dating()[slice(*span)]
            self.years[span] = len(stated_years(text, self.quantity_in(span[0])))
        return self.years[span]

    def day_of(self, index: int, start: int, clause: tuple[int, int]) -> str | None:
        """The day the figure is as of: one its clause names, else the one the sentence
        names before it ("On 9 June, 1.03 million marched"; `daydates`; a weekday,
        `weekday_days`), else the publication date. A sentence's days are found once."""
        if index not in self.days:
            span = self.sentences.spans[index]
            named = days_in(self.work, *span, self.published)
            weekdays = weekday_days(self.work, *span, self.lang, self.published)
            self.days[index] = sorted([*named, *weekdays])
        days = self.days[index]
        return one_day(days, *clause) or one_day(days, start, clause[1]) or self.published

    def reported_start(self, index: int, at: int) -> int:
        """Where the reported clause holding `at` opens (`clause_openers.reported_ends`),
        from the sentence's openers found once."""
        if index not in self.reported:
            self.reported[index] = reported_ends(self.work, *self.sentences.spans[index], self.lang)
        ends = self.reported[index]
        before = bisect_left(ends, at + 1) - 1
        return ends[before] if before >= 0 else self.sentences.spans[index][0]

    def _own_scope(self, clause: tuple[int, int], quantity: Quantity) -> str | None:
        """The period of a figure in a clause naming several years: its own year."""
        text = self._dating()[clause[0] : clause[1]]
        lo, hi = quantity.start - clause[0], quantity.end - clause[0]
        is_quantity = self.quantity_in(clause[0])
        year = own_year(text, lo, hi, self.lang, is_quantity)
        return year and time_scope(text, self.lang, is_quantity, self.published, year)

    def _scope(self, span: tuple[int, int]) -> str | None:
        if span not in self.scopes:
            text = self._dating()[span[0] : span[1]]
            is_quantity = self.quantity_in(span[0])
            anchor = self._anchor(span) if anaphoric_cue(text, self.lang) else None
            scope = time_scope(
                text, self.lang, is_quantity, self.published, None, self.running_year, anchor
            )
            written = FOUR_DIGIT_YEAR.search(scope or "")
            if written and self._years(span) and not self._a_base_year(span):
                self.focus_year = written.group()
            if scope is not None and PART_OF_YEAR.fullmatch(scope):
                self.running_year = scope[:4]
                if self._own_quarter(span):
                    self.running_period = scope  # not "In the previous quarter (Q3)"
            self.scopes[span] = scope
        return self.scopes[span]

    def _a_base_year(self, span: tuple[int, int]) -> bool:
        """Whether the span's first year follows a comparison's opener in it ("from just
        €268 million in 2023"): a base's year is no year the text goes on about, so
        "the previous year's payout" in the next sentence does not count from it."""
        year = FOUR_DIGIT_YEAR.search(self._dating(), *span)
        if year is None:
            return False
        self._find_openers()
        openers = (*(self.openers or []), *self.base_openers)
        return any(span[0] <= at < year.start() for at in openers)

    def _anchor(self, span: tuple[int, int]) -> str | None:
        """The year "the previous year" counts from: the one year the sentence around a
        part of it names ("down to 5.9% in 2024, from some 7% the previous year"), or,
        in a sentence naming none, the year the text wrote last ("Umsatz 2024 … Im
        Vorjahr lag der Gewinn bei …"); None for a sentence naming several."""
        sentence = self.sentences.spans[self.sentences.index_of(span[0])]
        years = self._years(sentence)
        if years == 0:
            return self.focus_year
        if sentence == span or not span[0] >= sentence[0] or years != 1:
            return None
        year = FOUR_DIGIT_YEAR.search(self._scope(sentence) or "")  # "FY2024-Q1": 2024
        return year.group() if year else None

    def _own_quarter(self, span: tuple[int, int]) -> bool:
        """Whether the span's period is its own, not a quarter named relative to another
        ("In the previous quarter (Q3)"): it names no relative quarter, or a quarter of
        its own before one ("im zweiten Quartal gegenüber dem Vergleichszeitraum des
        Vorjahres")."""
        lo, hi = span
        if not names_relative_quarter(self.work, self.lang, lo, hi):
            return True
        found = (time_phrases(k, self.lang).pattern.search(self.work, lo, hi) for k in RELATIVE)
        first = min((match.start() for match in found if match), default=hi)
        return quarter_stems(self.lang).search(self.work, lo, first) is not None

    def _points_back(self, span: tuple[int, int]) -> bool:
        """Whether the span names the quarter or half last named ("in that quarter", "im
        Quartal", "in dat kwartaal", "该季度") and names no period of its own."""
        return self.running_period is not None and time_phrases(
            "period_anaphora", self.lang
        ).in_text(self.work, *span)

    def _points_to_half(self, span: tuple[int, int]) -> bool:
        """Whether the span names the half year the quarter last named closes ("im
        Halbjahr", "in the half"; `half_anaphora`)."""
        return self.running_period is not None and time_phrases("half_anaphora", self.lang).in_text(
            self.work, *span
        )

    def carried_period(self, index: int) -> str | None:
        """The period a sentence naming no time of its own continues: the one period
        the nearest sentence before it in its paragraph (`CARRY_BACK` at most) names
        ("Im dritten Quartal 2024 brach der Gewinn ein. Der Umsatz lag bei 78,5
        Milliarden Euro."); None when that sentence names several years, a quarter
        relative to another, or a deadline ("Bis 2029 sollen … abgebaut werden").
        Whether the figure's measure is of a period at all is the annotation's to say
        (a toll is of its day). Found once per sentence."""
        if index not in self.carried:
            self.carried[index] = self._carried(index)
        return self.carried[index]

    def _names_time(self, span: tuple[int, int]) -> bool:
        """Whether the span names a time of its own (`names_time`), found once."""
        if span not in self.time_words:
            self.time_words[span] = names_time(self.work[slice(*span)], self.lang)
        return self.time_words[span]

    def _carried(self, index: int) -> str | None:
        spans = self.sentences.spans
        if self._names_time(spans[index]):
            return None
        for back in range(index - 1, max(-1, index - CARRY_BACK - 1), -1):
            if self._new_paragraph(spans[back][1], spans[back + 1][0]):
                return None
            if not FOUR_DIGIT_YEAR.search(self.work, *spans[back]):
                if self._names_time(spans[back]):
                    return self._named_quarter(spans[back])  # or "im Quartal", "last year"
                continue
            if sentence_opener("aside_openers", self.lang).match(self.work, spans[back][0]):
                return None  # "Allerdings gab es im 2023 …": the aside's year
            span = self._before_comparison(spans[back])
            years = self._years(span)
            if years > 1 or names_relative_quarter(self.work, self.lang, *span):
                return None
            if years and names_deadline(self.work[slice(*span)], self.lang):
                return None
            if years == 1 and not self._year_outside_brackets(span):
                return None  # "(in 2023 was dit 5,3 miljard)": an aside's comparison
            if years == 1:
                scope, ending = self._scope(span), self._period_ending(spans[back])
                period = ending if ending is not None and same_year(ending, scope) else scope
                return None if self._quarter_of_a_year(period, span) else period
            return None  # its year is a comparison's base
        return None

    def _named_quarter(self, span: tuple[int, int]) -> str | None:
        """The quarter or half a sentence names without its year, in the year the text
        runs in ("Der Umsatz stieg im zweiten Quartal … Die Service-Umsätze stiegen
        ebenfalls"); None for any other time named so ("im Quartal", "last year"), a
        quarter a comparison's base or an aside names ("up from 3.43 billion in Q1",
        "(53.7% in Q2)"), or one set apart ("In the second quarter alone")."""
        span = self._before_comparison(span)
        aside = BRACKETED.sub(" ", self.work[slice(*span)])
        alone = time_phrases("quarter_alone", self.lang).in_text(self.work, *span)
        if alone or not quarter_stems(self.lang).search(aside):
            return None
        scope = self._scope(span)
        if scope is None or not PART_OF_YEAR.fullmatch(scope):
            return None
        return scope if self._own_quarter(span) and not self._points_back(span) else None

    def _quarter_of_a_year(self, period: str | None, span: tuple[int, int]) -> bool:
        """Whether the sentence dates a year and speaks of a quarter in it ("schließt sein
        Geschäftsjahr 2025 mit einem neuen Rekordquartal ab"): the next sentence's
        figure may be either's."""
        whole = period is not None and WHOLE_YEAR.fullmatch(period) is not None
        return whole and quarter_stems(self.lang).search(self.work, *span) is not None

    def _year_outside_brackets(self, span: tuple[int, int]) -> bool:
        text = BRACKETED.sub(" ", self._dating()[slice(*span)])
        return FOUR_DIGIT_YEAR.search(text) is not None

    def _new_paragraph(self, end: int, start: int) -> bool:
        """Whether a new paragraph opens between two sentences: a blank line, or a line
        break in pages whose paragraphs are lines, unless the line before introduces
        what follows ("FY2024 Financial Highlights:")."""
        gap = self.work[end:start]
        if "\n" not in gap and not PARAGRAPH_BREAK.search(self.work, end, start + 1):
            return False
        return not self.work[:end].rstrip().endswith((":", "："))

    def _before_comparison(self, span: tuple[int, int]) -> tuple[int, int]:
        """The part of a sentence before its first comparison or base opener ("35 zetels,
        … ten opzichte van de 17 zetels uit maart 2021", "a 1.1% decrease from €40.53
        billion in 2023") or comparative's "than" ("minder dan de omzet van 93,0 miljard
        frank over 2023"): a year after it is a base's."""
        self._find_openers()
        than = comparative_ends(self.work, *span, self.lang)
        cut = than[0] if than else span[1]
        for openers in (self.openers or [], self.base_openers):
            first = bisect_left(openers, span[0] + 1)
            cut = min(cut, openers[first] if first < len(openers) else cut)
        return span[0], cut

    def _find_openers(self) -> None:
        """The comparison and base openers of the whole text, found once."""
        if self.openers is None:
            self.openers = compared_ends(self.work, 0, len(self.work), self.lang)
            self.base_openers = base_ends(self.work, 0, len(self.work), self.lang)
