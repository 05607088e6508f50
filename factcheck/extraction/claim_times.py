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

from factcheck.extraction.base_years import compared_phrase
from factcheck.extraction.clause_openers import compared_ends, reported_ends
from factcheck.extraction.daydates import Day, days_in, one_day
from factcheck.extraction.quarter_ends import quarter_cues, quarter_ending
from factcheck.extraction.relative_time import (
    anaphoric_cue,
    dated_relatively,
    names_relative_quarter,
    time_phrases,
)
from factcheck.extraction.sentences import SentenceIndex
from factcheck.extraction.timescope import (
    only_bases,
    own_year,
    stated_years,
    time_scope,
)

if TYPE_CHECKING:
    from factcheck.extraction.growth import Quantity

PART_OF_YEAR = re.compile(r"\d{4}-(?:Q[1-4]|H[12])")  # a calendar quarter or half
PART_MARKS = (";", "；")  # what separates the parts of a year-by-year list
FOUR_DIGIT_YEAR = re.compile(r"\d{4}")


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
    quarter_cues: list[int] | None = None  # where a quarter's end may be named
    endings: dict[tuple[int, int], str | None] = field(default_factory=dict)  # per sentence
    years: dict[tuple[int, int], int] = field(default_factory=dict)  # per span: how many
    based: set[int] = field(default_factory=set)  # figures of a relative base period, by start

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
        if self._relative_base(clause, scope):
            self.based.add(quantity.start)
            return None  # "…, up from $24.2 billion in the prior quarter", "去年同期"
        if scope is None and not self.published and dated_relatively(self.work, self.lang, *clause):
            return None  # "…, en dit jaar verdwijnen 24.000 banen": no Q1's, but undated
        if scope is None and self._points_back(clause):
            return self.running_period  # "De omzet steeg in dat kwartaal tot 9,6 miljard"
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
        scope = self._scope(span := (start, clause[1]))
        if self._relative_base(span, scope):
            self.based.add(quantity.start)
            return None
        return scope

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

    def _years(self, span: tuple[int, int]) -> int:
        """How many years the span states, counted once for all the claims of a sentence."""
        if span not in self.years:
            self.years[span] = len(stated_years(self.work[slice(*span)], self.quantity_in(span[0])))
        return self.years[span]

    def day_of(self, index: int, start: int, clause: tuple[int, int]) -> str | None:
        """The day the figure is as of: one its clause names, else the one the sentence
        names before it ("On 9 June, 1.03 million marched"; `daydates`), else the
        publication date. A sentence's days are found once."""
        if index not in self.days:
            self.days[index] = days_in(self.work, *self.sentences.spans[index], self.published)
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
        text = self.work[clause[0] : clause[1]]
        lo, hi = quantity.start - clause[0], quantity.end - clause[0]
        is_quantity = self.quantity_in(clause[0])
        year = own_year(text, lo, hi, self.lang, is_quantity)
        return year and time_scope(text, self.lang, is_quantity, self.published, year)

    def _scope(self, span: tuple[int, int]) -> str | None:
        if span not in self.scopes:
            text = self.work[span[0] : span[1]]
            is_quantity = self.quantity_in(span[0])
            anchor = self._anchor(span) if anaphoric_cue(text, self.lang) else None
            scope = time_scope(
                text, self.lang, is_quantity, self.published, None, self.running_year, anchor
            )
            if scope is not None and (written := FOUR_DIGIT_YEAR.search(scope)):
                self.focus_year = written.group() if self._years(span) else self.focus_year
            if scope is not None and PART_OF_YEAR.fullmatch(scope):
                self.running_year = scope[:4]
                if not names_relative_quarter(self.work, self.lang, *span):
                    self.running_period = scope  # not "In the previous quarter (Q3)"
            self.scopes[span] = scope
        return self.scopes[span]

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

    def _points_back(self, span: tuple[int, int]) -> bool:
        """Whether the span names the quarter or half last named ("in that quarter", "im
        Quartal", "in dat kwartaal", "该季度") and names no period of its own."""
        return self.running_period is not None and time_phrases(
            "period_anaphora", self.lang
        ).in_text(self.work, *span)
