"""A draft's running count put on one weekday that the sources give on another.

A toll is a different figure each day. "Am Donnerstag zählten die Behörden dann
bereits 205 Tote" agrees with the sources' 205, but the source that dates the 205
says "Rescuers on Friday raised the death toll … to 205": the draft has the day
wrong, and a reader learns a count a day early. When the sources that give the
draft's very figure and name a weekday before it in their sentence all name another
day, and none the draft's, the figure is misdated: a warning, as a weekday names a
day only within one week of news.

Only a sentence that names one weekday, before the figure, is read, and only a
weekday that dates no event next to it: "the quake that struck on Friday killed
2,862" and "205 died in the floods that began on Tuesday" date the event, not the
count, and "rose to 2,862 from Sunday's 2,122" names two moments.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from factcheck.checks.wording import amount
from factcheck.extraction.weekdays import dates_an_event, weekdays_in
from factcheck.models import ReportClaim
from factcheck.runs.source_index import Sources


class OtherDay(NamedTuple):
    """The draft's weekday, and the sources that give its figure on another one."""

    day: int
    sources: list[tuple[ReportClaim, int]]


class Weekdays:
    """The weekdays the draft's and the sources' running counts are given on."""

    def __init__(self, draft_text: str, sources: Sources, running: frozenset[str]) -> None:
        self.text, self.sources, self.running = draft_text, sources, running

    def given_on_another_day(
        self, claim: ReportClaim, agreeing: Iterable[ReportClaim]
    ) -> OtherDay | None:
        """The sources that give the draft claim's figure, of its subject, on a weekday
        other than the draft's, when none names the draft's own anywhere in the sentence
        ("has risen to 137, authorities said on Sunday"); None otherwise."""
        if claim.subject is None or not self._running(claim) or claim.bound or claim.approx:
            return None
        lo, hi = claim.sentence
        day = _weekday_before(self.text[lo:hi], claim.start - lo, claim.lang)
        if day is None:
            return None
        dated = []
        for source in agreeing:
            if source.subject != claim.subject or not self._running(source):
                continue
            if not _gives(source, claim):
                continue
            sentence = self.sources.evidence(source.id).sentence
            if day in {d for _, _, d in weekdays_in(sentence, 0, len(sentence), source.lang)}:
                return None
            at = sentence.find(source.text)
            given = _weekday_before(sentence, at, source.lang) if at >= 0 else None
            if given is not None:
                dated.append((source, given))
        return OtherDay(day, dated) if dated else None

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


def _weekday_before(sentence: str, at: int, lang: str) -> int | None:
    """The one weekday the sentence names, when it stands before offset `at` and dates
    no event next to it."""
    found = weekdays_in(sentence, 0, len(sentence), lang)
    if len(found) != 1:
        return None
    start, end, day = found[0]
    if start >= at or dates_an_event(sentence, start, end, lang):
        return None
    return day


WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def other_day_message(claim: ReportClaim, other: OtherDay, about: str) -> str:
    """ "Spain / death toll: the draft gives 205 people on Thursday; gulfnews.txt gives
    that figure on Friday"."""
    cited = ", ".join(
        f"{source.file} on {WEEKDAY_NAMES[day - 1]}" for source, day in other.sources[:3]
    )
    more = f" and {len(other.sources) - 3} more" if len(other.sources) > 3 else ""
    return (
        f"{about}: the draft gives {amount(claim)} on {WEEKDAY_NAMES[other.day - 1]}; "
        f"the sources give that figure on another day: {cited}{more}"
    )
