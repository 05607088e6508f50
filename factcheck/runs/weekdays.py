"""A draft's running count put on one day that the sources give on another.

A toll is a different figure each day. "Am Donnerstag zählten die Behörden dann
bereits 205 Tote" agrees with the sources' 205, but the source that dates the 205
says "Rescuers on Friday raised the death toll … to 205": the draft has the day
wrong, and a reader learns a count a day early. When the sources that give the
draft's very figure and name a day before it in their sentence all name another
day, and none the draft's, the figure is misdated: a warning, as a weekday names a
day only within one week of news.

A day is a weekday or a day of the month ("临时政府8日发布的最新统计"). A draft's
weekday is also a day of the month when the draft dates one weekday in full ("on
Saturday, 7 October": its Monday is the 9th), so "On Monday the ministry put the toll
at 2,053" meets the source that gave 2,053 on the 8th.

Counts of a named day also say when a draft may be right: a draft's undated count
above every count the sources give, all of one day their sentences name ("截至8日下
午,野火擴散面積已達1000英畝"), may be a later day's (`above_days`), no figure beyond
the tally (`runs.tallies`).

Only a sentence that names one day of each kind, before the figure, is read, and
only a day that dates no event next to it: "the quake that struck on Friday killed
2,862" and "205 died in the floods that began on Tuesday" date the event, not the
count, and "rose to 2,862 from Sunday's 2,122" names two moments.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any, NamedTuple

from factcheck.checks.agreement import interval
from factcheck.checks.wording import amount
from factcheck.extraction.daydates import month_days_in
from factcheck.extraction.weekdays import dates_an_event, weekday_name, weekdays_in
from factcheck.models import ReportClaim
from factcheck.runs.source_index import Sources

ANCHOR_GAP = 15  # characters between a weekday and its date: "Saturday, 7 October"
Found = list[tuple[int, int, int]]  # (start, end, day) as a sentence names them


class Day(NamedTuple):
    """A day as a sentence names it: a weekday (1 Monday … 7 Sunday), a day of the
    month, or both."""

    weekday: int | None
    of_month: int | None

    def differs(self, other: Day) -> bool | None:
        """Whether two days differ; None when they name no day of the same kind."""
        if self.weekday is not None and other.weekday is not None:
            return self.weekday != other.weekday
        if self.of_month is not None and other.of_month is not None:
            return self.of_month != other.of_month
        return None

    def text(self) -> str:
        if self.weekday is not None:
            return weekday_name(self.weekday)
        return f"day {self.of_month} of the month"


class OtherDay(NamedTuple):
    """The draft's day, and the sources that give its figure on another one."""

    day: Day
    sources: list[tuple[ReportClaim, Day]]


class Weekdays:
    """The days the draft's and the sources' running counts are given on."""

    def __init__(
        self,
        draft_text: str,
        drafted: Iterable[ReportClaim],
        sources: Sources,
        running: frozenset[str],
    ) -> None:
        self.text, self.sources, self.running = draft_text, sources, running
        self.drafted = [c for c in drafted if self._running(c)]
        self._anchors: dict[str, tuple[int, int] | None] = {}

    def given_on_another_day(
        self, claim: ReportClaim, agreeing: Iterable[ReportClaim]
    ) -> OtherDay | None:
        """The sources that give the draft claim's figure, of its subject, on a day
        other than the draft's, when none names the draft's own anywhere in the sentence
        ("has risen to 137, authorities said on Sunday"); None otherwise."""
        if claim.subject is None or not self._running(claim) or claim.bound or claim.approx:
            return None
        day = self._draft_day(claim)
        if day is None:
            return None
        days = self._draft_days(claim)
        dated = []
        for source in agreeing:
            if source.subject != claim.subject or not self._running(source):
                continue
            if not _gives(source, claim):
                continue
            sentence = self.sources.evidence(source.id).sentence
            if _names(sentence, source.lang, day):
                return None
            at = sentence.find(source.text)
            given = _day_before(sentence, at, source.lang) if at >= 0 else None
            if given is None:
                continue
            if any(d.differs(given) is False for d in days):
                return None  # a toll that stayed: the draft gives it on that day too
            if day.differs(given):
                dated.append((source, given))
        return OtherDay(day, dated) if dated else None

    def above_days(
        self, claim: ReportClaim, counts: list[ReportClaim], options: dict[str, Any]
    ) -> bool:
        """Whether the draft's count lies above counts all of one day their sentences
        name ("截至8日下午 … 约4平方公里"): an undated draft may give a later day's count.
        Counts of two named days show the tally over days, and a draft beyond it is
        beyond every count (`runs.tallies`)."""
        low = interval(claim, options)[0]
        days = {self._named_day(c) for c in counts}
        return (
            len(days) == 1
            and None not in days
            and all(interval(c, options)[1] < low for c in counts)
        )

    def _named_day(self, source: ReportClaim) -> Day | None:
        sentence = self.sources.evidence(source.id).sentence
        at = sentence.find(source.text)
        return _day_before(sentence, at, source.lang) if at >= 0 else None

    def _draft_day(self, claim: ReportClaim) -> Day | None:
        lo, hi = claim.sentence
        day = _day_before(self.text[lo:hi], claim.start - lo, claim.lang)
        if day is None or day.weekday is None or day.of_month is not None:
            return day
        anchor = self._anchor(claim.lang)
        if anchor is None:
            return day
        weekday, of_month = anchor
        return day._replace(of_month=of_month + (day.weekday - weekday) % 7)

    def _draft_days(self, claim: ReportClaim) -> list[Day]:
        """Every day the draft gives the claim's figure of its count on ("截至12月19日 …
        113人死亡" and "截至12月20日 … 仍为113人": a toll that stayed)."""
        same = (
            c
            for c in self.drafted
            if c.attribute == claim.attribute and c.subject == claim.subject and _gives(c, claim)
        )
        return [d for c in same if (d := self._draft_day(c)) is not None]

    def _anchor(self, lang: str) -> tuple[int, int] | None:
        """The first weekday the draft dates in full ("on Saturday, 7 October"), with
        its day of the month: the days of the week after it are the days after it."""
        if lang not in self._anchors:
            self._anchors[lang] = _first_anchor(self.text, lang)
        return self._anchors[lang]

    def _running(self, claim: ReportClaim) -> bool:
        measure = claim.attribute
        return (
            measure is not None
            and measure.name in self.running
            and claim.value is not None
            and not (claim.change or claim.origin)
        )


def _gives(source: ReportClaim, claim: ReportClaim) -> bool:
    """The source gives the draft's very figure ("mindestens 2.862" gives 2,862)."""
    return source.value == claim.value and source.bound in (None, "ge")


def _day_before(sentence: str, at: int, lang: str) -> Day | None:
    """The day the sentence names before offset `at`: its one weekday and its one day of
    the month, each when it stands before `at` and dates no event next to it."""
    weekdays, of_month = _days_named(sentence, lang)
    weekday = _only_before(sentence, at, lang, weekdays)
    day = _only_before(sentence, at, lang, of_month)
    if weekday is None and day is None:
        return None
    return Day(weekday, day)


def _only_before(sentence: str, at: int, lang: str, found: Found) -> int | None:
    if len(found) != 1:
        return None
    start, end, value = found[0]
    if start >= at or dates_an_event(sentence, start, end, lang):
        return None
    return value


def _names(sentence: str, lang: str, day: Day) -> bool:
    """Whether the sentence names the day anywhere (the day it was said on)."""
    weekdays, of_month = _days_named(sentence, lang)
    return day.weekday in {d for *_, d in weekdays} or day.of_month in {d for *_, d in of_month}


@lru_cache(maxsize=1024)
def _days_named(sentence: str, lang: str) -> tuple[Found, Found]:
    """The weekdays and the days of the month a sentence names, found once per sentence
    (a source sentence is read for each draft figure it gives)."""
    return weekdays_in(sentence, 0, len(sentence), lang), month_days_in(sentence, 0, len(sentence))


def _first_anchor(text: str, lang: str) -> tuple[int, int] | None:
    for start, end, weekday in weekdays_in(text, 0, len(text), lang):
        near = month_days_in(text, max(0, start - ANCHOR_GAP), end + ANCHOR_GAP)
        if len(near) == 1:
            return weekday, near[0][2]
    return None


def other_day_message(claim: ReportClaim, other: OtherDay, about: str) -> str:
    """ "Spain / death toll: the draft gives 205 people on Thursday; the sources give
    that figure on another day: gulfnews.txt on Friday"."""
    cited = ", ".join(f"{source.file} on {day.text()}" for source, day in other.sources[:3])
    more = f" and {len(other.sources) - 3} more" if len(other.sources) > 3 else ""
    return (
        f"{about}: the draft gives {amount(claim)} on {other.day.text()}; "
        f"the sources give that figure on another day: {cited}{more}"
    )
