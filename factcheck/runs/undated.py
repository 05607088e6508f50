"""The period a draft figure that names none speaks of.

value-conflict holds such a figure against the sources of every period
(`checks.time_buckets.time_buckets`), so "ASML reported net sales of 27.6 billion
euros" meets the year's 27.6 billion, the year before's 21.2 billion and each
quarter's 7 billion. It speaks of one of them: the period a source agrees with it
in, else the period whose figures are nearest to it. Only that period's
disagreements are a verdict; the other periods' figures are of other times, no
dispute. With no source in agreement the period is a guess, so its disagreement is a
warning, not an error. A source tells the draft's period only when it states the
figure precisely enough: a table's "40%" of 2017 is no restatement of the draft's
"38,7 procent" that the year's 33.7% disputes.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable

from factcheck.checks.attribution import significant_digits
from factcheck.checks.sides import in_words_alone
from factcheck.models import Finding, ReportClaim

COMPARED = frozenset({"value-conflict", "scale-error"})
SAME_RATIO = 0.02  # two periods' figures this close are one figure
PRECISE_DIGITS = 2  # a source's figure with fewer restates no undated draft figure


def period_of(claim: ReportClaim) -> str:
    """The period a source figure is of: its stated one, else its publication date."""
    return claim.time or f"as of {claim.as_of or ''}"


def in_nearest_period(
    claim: ReportClaim,
    findings: list[Finding],
    agreeing: list[str],
    anywhere: list[str],
    claims: dict[str, ReportClaim],
    static: Collection[str],
) -> tuple[list[Finding], list[str]]:
    """The findings on a draft figure without those against sources of other periods
    than the one it speaks of (all of them when it names its period), and the sources
    that agree with it: those of its own group, those of its block in `anywhere`
    (any period), those on its side of a finding."""
    timeless = claim.attribute is not None and claim.attribute.name in static
    compared = [f for f in findings if f.kind in COMPARED]
    if claim.time or claim.as_of or timeless:
        return findings, agreeing
    together = dict.fromkeys([*agreeing, *anywhere])
    agreeing = [i for i in together if _as_precise(claims[i], claim)]
    if not compared:
        return findings, agreeing

    def periods(ids: Iterable[str]) -> set[str]:
        return {period_of(claims[i]) for i in ids if claims[i].role == "source"}

    beside = [
        i
        for f in compared
        for i in _own_side(f, claim.id)
        if claims[i].role == "source"
        and _confirms(claims[i], claim)
        and _as_precise(claims[i], claim)
    ]
    spoken = periods([*agreeing, *beside])
    guessed = not spoken
    if guessed:
        spoken = periods(i for f in _nearest(compared) for i in f.opposite(claim.id))
    kept = [f for f in compared if periods(f.opposite(claim.id)) & spoken]
    if guessed and _periods_differ(compared):
        kept = [_as_warning(f) for f in kept]
    agreeing = list(dict.fromkeys([*agreeing, *beside]))
    return [f for f in findings if f.kind not in COMPARED] + kept, agreeing


def _nearest(compared: list[Finding]) -> list[Finding]:
    """The findings against the figure nearest the draft's: a slip of the same digits
    names its figure, whatever its period; else the smallest ratio, and every period
    that gives that same figure (one source dated January, another February)."""
    slips = [f for f in compared if f.kind == "scale-error"]
    candidates = slips or compared
    best = min(f.ratio or math.inf for f in candidates)
    return [f for f in candidates if (f.ratio or math.inf) <= best * (1 + SAME_RATIO)]


def _periods_differ(compared: list[Finding]) -> bool:
    """Whether the periods' figures differ (each a different distance from the draft's):
    then the period guessed decides the verdict; when they are one figure it does not."""
    ratios = [f.ratio for f in compared if f.ratio]
    return bool(ratios) and max(ratios) > min(ratios) * (1 + SAME_RATIO)


def _as_warning(finding: Finding) -> Finding:
    """A plain disagreement with a guessed period's figures is a warning; a scale slip
    of the same digits is an error whatever the period."""
    if finding.severity != "error" or finding.kind == "scale-error":
        return finding
    return finding.model_copy(update={"severity": "warning"})


def _confirms(source: ReportClaim, claim: ReportClaim) -> bool:
    """A source beside the draft's figure confirms it, unless it is a quantity in words
    alone ("honderden gewonden") and the draft's is a figure (392): it has none."""
    return not in_words_alone(source) or in_words_alone(claim)


def _own_side(finding: Finding, claim_id: str) -> tuple[str, ...]:
    """The claims on the draft figure's side of a two-sided finding."""
    if not finding.first_side:
        return ()
    ids = finding.claim_ids
    first = ids[: finding.first_side]
    return first if claim_id in first else ids[finding.first_side :]


def _as_precise(source: ReportClaim, claim: ReportClaim) -> bool:
    """Whether the source states its figure precisely enough to restate the draft's:
    with its significant digits, or two at least ("4,97 %" restates 4.972%, "40%" is
    no restatement of 38.7%)."""
    if source.value is None or claim.value is None:
        return True
    wanted = min(significant_digits(claim.value), PRECISE_DIGITS)
    return significant_digits(source.value) >= wanted
