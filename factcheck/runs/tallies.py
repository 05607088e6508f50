"""A draft's running count that no hour of the tally ever read.

A toll is revised through the day, so a draft's count that names no moment is held
against the sources' counts of every day only as information (`checks.sides.revised`):
any of them may be the hour the draft means. A count outside all of them, below the
lowest or above the highest by more than a hedge, matches no hour: Senegal's "dertien"
dead where every source gives three, "98 Menschen vermisst" where they give 78 to 93.
That is a warning, when the draft is sure of its subject and a source sure of its own,
and the draft states a count, not a bound.
"""

from __future__ import annotations

import math
from typing import Any

from factcheck.checks.agreement import interval
from factcheck.checks.context import DAY
from factcheck.models import Finding, ReportClaim, Severity


def beyond_every_count(
    claim: ReportClaim,
    findings: list[Finding],
    claims: dict[str, ReportClaim],
    running: frozenset[str],
    options: dict[str, Any],
    severity: Severity = "warning",
) -> list[Finding]:
    """The draft claim's findings; when its count lies outside every count the sources
    hold against it, one finding of `severity` (value-conflict's, at most a warning)
    with all of them on the other side."""
    measure = claim.attribute
    if measure is None or measure.name not in running or claim.time:
        return findings
    if claim.as_of and not DAY.fullmatch(claim.as_of):
        return findings
    if not claim.subject_sure or claim.bound or not findings:
        return findings  # a bound says less: "mehr als 50.000" may be two countries' toll
    if any(f.kind != "value-conflict" or f.severity != "info" for f in findings):
        return findings
    others = [claims[i] for f in findings for i in f.opposite(claim.id)]
    sources = [o for o in others if o.role == "source"]
    if not any(o.subject_sure for o in sources):
        return findings
    low, high = interval(claim, options)
    earlier, later = _around(claim, sources)
    tolerance = options["tolerance"]
    below = bool(earlier) and high < min(interval(s, options)[0] for s in earlier) * (1 - tolerance)
    above = bool(later) and low > max(interval(s, options)[1] for s in later) * (1 + tolerance)
    if not (below or above):
        return findings
    nearest = min(findings, key=lambda f: f.ratio or math.inf)
    ids = (claim.id, *dict.fromkeys(s.id for s in sources))
    update = {"severity": severity, "claim_ids": ids, "first_side": 1}
    return [nearest.model_copy(update=update)]  # one verdict, every count on its side


def _around(
    claim: ReportClaim, sources: list[ReportClaim]
) -> tuple[list[ReportClaim], list[ReportClaim]]:
    """The counts a draft's count may lie below (read on its day or before) and above
    (on its day or after). A count of a day it names ("am Sonntag, dem 29. Oktober, …
    84 Tote") is held against the sources' counts of days they name or were published
    on; a toll only grows, so 84 above every count of that day and the days after is
    no hour's, nor 35 below every count of that day and the days before. Counts of a
    month only say no day. A count that names none is held against them all."""
    if not claim.as_of:
        return sources, sources
    dated = [s for s in sources if s.as_of and DAY.fullmatch(s.as_of)]
    earlier = [s for s in dated if s.as_of <= claim.as_of]  # type: ignore[operator]
    later = [s for s in dated if s.as_of >= claim.as_of]  # type: ignore[operator]
    return earlier, later
