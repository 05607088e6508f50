"""The moment a running count is as of: its day, and the hour its sentence gives
("截至20日上午9时", "as of 6 p.m.", "Stand 18 Uhr", "om 18.00 uur").

A toll is revised through the day, so two outlets' counts of one day may both be
right. Two counts said to be as of the same hour of the same day are not: a draft's
"536 injured as of 9 a.m. on 20 December" against a source's 782 of that hour is a
disagreement, and the 536 a source gave the day before confirms nothing. The clock
words are language data (`clock_after`, `afternoon` in `lexicon/time.yaml`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from factcheck.extraction.patterns import alternation
from factcheck.lexicon import load_table, words
from factcheck.models import Document, Finding, ReportClaim, Severity
from factcheck.runs.source_index import Sources


class Moment(NamedTuple):
    """A day (ISO) and an hour of it (0-23)."""

    day: str
    hour: int


@cache
def _clock(lang: str) -> tuple[re.Pattern[str], frozenset[str]]:
    """A clock time ("上午9时", "6 p.m.", "18.00 uur") and the marks past noon."""
    table = load_table("time")
    marks = list(words(table.get("clock_after", {}), lang))
    later = list(words(table.get("afternoon", {}), lang))
    if not marks:
        return re.compile("(?!)"), frozenset()
    before = rf"(?:(?P<pm>{alternation(later, word_edges=False)})\s*)?" if later else ""
    pattern = (
        rf"{before}(?<![\d.:])(?P<h>[0-2]?\d)(?:[.:][0-5]\d)?\s*"
        rf"(?P<mark>{alternation(marks, word_edges=lang != 'zh', left_edge=False)})"
    )
    return re.compile(pattern, re.IGNORECASE), frozenset(w.lower() for w in later)


def hour_before(text: str, at: int, lang: str) -> int | None:
    """The hour of the last clock time in text[:at] (0-23), or None."""
    pattern, later = _clock(lang)
    found = list(pattern.finditer(text, 0, at))
    if not found:
        return None
    last = found[-1]
    hour = int(last["h"])
    if (last.groupdict().get("pm") or last["mark"].lower() in later) and hour < 12:
        hour += 12
    return hour if hour < 24 else None


def moment_of(sentence: str, figure: str, day: str | None, lang: str) -> Moment | None:
    """The day and hour a figure of this sentence is as of, when both are known."""
    if day is None or len(day) != 10:
        return None
    at = sentence.find(figure)
    hour = hour_before(sentence, at if at >= 0 else len(sentence), lang)
    return Moment(day, hour) if hour is not None else None


class Moments:
    """The moments of one draft check's running counts, found once per claim."""

    def __init__(
        self,
        draft: Document,
        sources: Sources,
        claims: dict[str, ReportClaim],
        running: frozenset[str],
        severities: dict[str, Severity],
    ) -> None:
        self.text, self.lang = draft.text, draft.lang
        self.sources, self.claims = sources, claims
        self.running, self.severities = running, severities

    def held_at(
        self, claim: ReportClaim, findings: list[Finding], agreeing: list[str]
    ) -> tuple[list[Finding], list[str]]:
        """The draft claim's findings and confirming sources once its moment is weighed:
        a disagreement with a source of the same hour is sure (the rule's severity), and
        then sources of other days confirm nothing."""
        moment = self._draft_moment(claim)
        if moment is None:
            return findings, agreeing
        sure = {id(f) for f in findings if self._at(f, claim, moment)}
        if not sure:
            return findings, agreeing
        held = [
            f.model_copy(update={"severity": self.severities[f.rule], "confidence": "high"})
            if id(f) in sure
            else f
            for f in findings
        ]
        return held, [i for i in agreeing if self.claims[i].as_of == moment.day]

    def _draft_moment(self, claim: ReportClaim) -> Moment | None:
        if claim.attribute is None or claim.attribute.name not in self.running:
            return None
        lo, hi = claim.sentence
        sentence = self.text[lo:hi]
        return moment_of(sentence, claim.text, claim.as_of, self.lang)

    def _at(self, finding: Finding, claim: ReportClaim, moment: Moment) -> bool:
        if finding.kind != "value-conflict" or finding.severity != "info":
            return False
        others = [self.claims[i] for i in finding.opposite(claim.id)]
        return any(
            source.role == "source" and self._source_moment(source) == moment for source in others
        )

    def _source_moment(self, source: ReportClaim) -> Moment | None:
        sentence = self.sources.evidence(source.id).sentence
        return moment_of(sentence, source.text, source.as_of, source.lang)
