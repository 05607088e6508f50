"""time-conflict: the same figure for the same subject and attribute placed in
different periods by different sources (2024 in one, 2023 in another). Only exact
figures count: "more than 100,000" is no figure of its own ("more than 2,400" is,
against the same bound), and a range ("between 10% and 15%", a forecast's band) is
the same figure only as the same range, never as a figure that falls in it (a
quarter's 12%). A market price takes one value on many days, so only a milestone's
("$2 trillion for the first time") dates are held apart: its period, else the day it
was published on. Only dates that cannot overlap differ ("2023" and 23 February 2024;
not 2024 and 23 February 2024, nor 2022 and its second quarter)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcheck.align import BlockKey
from factcheck.checks.attribution import significant_digits
from factcheck.checks.compare import compare, digit_place, representative, within_rounding
from factcheck.checks.context import CheckContext
from factcheck.checks.params import CheckParams
from factcheck.checks.wording import side_text
from factcheck.extraction.periods import share_no_day
from factcheck.models import Confidence, Finding, ReportClaim

if TYPE_CHECKING:
    from factcheck.ruleset import Rule

Cluster = list[ReportClaim]


class TimeConflictParams(CheckParams):
    tolerance: float = 0.0


def run(rule: Rule, context: CheckContext) -> list[Finding]:
    findings = []
    tolerance = float(rule.param("tolerance"))
    for key, members in context.selected_blocks(rule):
        dated = sorted(
            (c for c in members if _date(context, c) and _exact_enough(c)),
            key=lambda c: (representative(c), c.bound or "", c.text, c.start, c.file or ""),
        )
        two_ways = context.names_fiscal_years_two_ways(key[0])
        finer = _finer_figures(context, members)
        for shape in (False, True):  # single figures, then ranges
            same_shape = [c for c in dated if c.is_range is shape]
            for cluster in _clusters(same_shape, tolerance):
                for left, right in _periods_apart(context, cluster, two_ways):
                    if not _rounded_from_two(context, left, right, finer):
                        findings.append(_finding(rule, context, key, left, right))
    return findings


def _clusters(claims: list[ReportClaim], tolerance: float) -> list[list[ReportClaim]]:
    clusters: list[list[ReportClaim]] = []
    for claim in claims:
        first = clusters[-1][0] if clusters else None
        same = (
            first is not None
            and _one_shape(first, claim)
            and compare(first, claim, tolerance=tolerance, approx_tolerance=0.05).verdict == "agree"
        )
        if same:
            clusters[-1].append(claim)
        else:
            clusters.append([claim])
    return clusters


def _one_shape(a: ReportClaim, b: ReportClaim) -> bool:
    """Two single figures, or one range written twice; a bound only as the same bound."""
    return (not a.is_range or (a.low, a.high) == (b.low, b.high)) and a.bound == b.bound


# A bound is a figure of its own only when its number is telling: "more than 2,400
# dead" in 1999 and in 2009 is one figure misdated; "more than 100" is said of many.
MIN_BOUND_DIGITS = 2


# A rate recurs from period to period: Meta's revenue grew 22 % in the second quarter
# of 2024 and of 2025. Only a rate written to three digits ("22.3%") tells its period.
MIN_RATE_DIGITS = 3
RATES = frozenset({"percent", "percentage_point"})


def _exact_enough(claim: ReportClaim) -> bool:
    digits = significant_digits(claim.value) if claim.value is not None else 0
    if claim.unit in RATES and claim.value is not None and digits < MIN_RATE_DIGITS:
        return False
    if claim.bound is None:
        return True
    return claim.value is not None and digits >= MIN_BOUND_DIGITS


def _date(context: CheckContext, claim: ReportClaim) -> str | None:
    """The period a figure is dated to; a market price's only when it is a milestone,
    then its period or else the day it was published on."""
    if not context.moves(claim):
        return claim.time
    return (claim.time or claim.as_of) if claim.milestone else None


def _periods_apart(
    context: CheckContext, cluster: Cluster, two_ways: bool
) -> list[tuple[Cluster, Cluster]]:
    """Every two dates the figure is given, from different documents, with all the
    claims that give each (a.txt's 2025, b.txt's FY2025, c.txt's 2028 make three
    pairs): each pair of documents that disagree is reported. `two_ways`: the subject's
    fiscal years are named by their start or their end (`_fiscal_apart`)."""
    by_date: dict[str, Cluster] = {}
    for claim in cluster:
        by_date.setdefault(_date(context, claim) or "", []).append(claim)
    dates = list(by_date.items())
    return [
        (left, right)
        for i, (first, left) in enumerate(dates)
        for second, right in dates[i + 1 :]
        if len({c.file for c in (*left, *right)}) > 1
        and _apart(first, second, two_ways)
        and _most_precise_agree(left, right)
    ]


def _most_precise_agree(left: Cluster, right: Cluster) -> bool:
    """Whether each period's most precise figure is the other's, a hedged one within the
    rounding of its last digit: a hedged figure ("约400亿欧元" in 2024) joins a cluster
    through its hedge, but when its own period states the figure exactly (400.8亿 in
    2024, 40.53 billion in 2023) the two periods hold two figures, not one misdated;
    nor is "bijna 4 procent" the 3% of another year ("nearly 4.3 million" is 4.27
    million)."""
    a, b = _most_precise(left), _most_precise(right)
    if a.is_range or a.value == b.value:
        return True
    hedged = [c for c in (a, b) if c.approx or c.bound]
    places = [digit_place(c) for c in hedged]
    if not places or None in places or a.value is None or b.value is None:
        return False
    return within_rounding(a.value - b.value, max(p for p in places if p is not None))


def _finer_figures(context: CheckContext, members: Cluster) -> dict[str, Cluster]:
    """Each period's single figures of the block, dated as the rule dates them."""
    periods: dict[str, Cluster] = {}
    for claim in members:
        date = _date(context, claim)
        if date and claim.value is not None:
            periods.setdefault(date, []).append(claim)
    return periods


def _rounded_from_two(
    context: CheckContext, left: Cluster, right: Cluster, finer: dict[str, Cluster]
) -> bool:
    """Whether the two periods' figures round two different finer ones their periods
    state elsewhere: ASML's third-quarter sales of 2025 were "7.5 billion euros" in
    one outlet and €7.52 billion in another, those of 2024 "EUR 7.50B": one number
    written alike for two periods, not one misdated."""
    sides = [_most_precise(side) for side in (left, right)]
    periods = [finer.get(_date(context, side[0]) or "", []) for side in (left, right)]
    finest = [_finest(claim, period) for claim, period in zip(sides, periods, strict=True)]
    if finest == sides:
        return False  # no period states a finer figure: nothing tells the two apart
    places = [digit_place(c) for c in finest]
    if None in places:
        return False
    gap = representative(finest[0]) - representative(finest[1])
    return not within_rounding(gap, min(p for p in places if p is not None))


def _finest(best: ReportClaim, period: Cluster) -> ReportClaim:
    """The figure, or the finest one of its period that it rounds."""
    place = digit_place(best)
    if best.is_range or place is None:
        return best
    for claim in period:
        finer_place = digit_place(claim)
        rounds = within_rounding(representative(claim) - representative(best), place)
        if rounds and finer_place is not None and finer_place < place:
            best, place = claim, finer_place
    return best


def _most_precise(side: Cluster) -> ReportClaim:
    return max(side, key=lambda c: (not c.approx, significant_digits(representative(c))))


def _apart(first: str, second: str, two_ways: bool) -> bool:
    """Two periods that cannot overlap: a year holds its quarter ("2022" for a
    figure another source dates to its second quarter is coarse, not wrong). Two
    milestones' dates likewise, the day they were published on included. `two_ways`:
    fiscal years named by their start or their end (`_fiscal_apart`)."""
    fiscal = _fiscal_apart(first, second) if two_ways else None
    if fiscal is not None:
        return fiscal
    return share_no_day(first, second) is not False


FISCAL = re.compile(r"FY(\d{4})(.*)")


def _fiscal_apart(first: str, second: str) -> bool | None:
    """Whether two fiscal periods of a company whose year ends in its first months are
    surely not one, None unless both are fiscal. Such a year is named by the year it
    ends in or, by the company and many outlets, the one it starts in (Toyota's "fiscal
    2024" ended in March 2025): FY2025 may be what another source calls FY2024 or
    FY2026. Only years further apart, or two parts of one fiscal year, are surely other
    periods; Microsoft's FY2024 is never its FY2025, and a calendar year against a
    fiscal one is a misdating ("$80 billion in 2025" for its fiscal 2025)."""
    fiscal = [FISCAL.fullmatch(p) for p in (first, second)]
    if fiscal[0] is None or fiscal[1] is None:
        return None
    if fiscal[0].group(1) == fiscal[1].group(1):
        return fiscal[0].group(2) != fiscal[1].group(2)
    return abs(int(fiscal[0].group(1)) - int(fiscal[1].group(1))) > 1


def _finding(
    rule: Rule, context: CheckContext, key: BlockKey, left: Cluster, right: Cluster
) -> Finding:
    confidence = _confidence(context, left, right)
    return Finding(
        rule=rule.id,
        kind=rule.check,
        severity=context.severity(rule, confidence, within=False, claims=(*left, *right)),
        message=(
            f"{context.about(key)}: {side_text(left)} is dated {_date(context, left[0])}, "
            f"{side_text(right)} {_date(context, right[0])}: the same figure in two "
            "different periods"
        ),
        claim_ids=tuple(c.id for c in (*left, *right)),
        confidence=confidence,
        first_side=len(left),
    )


def _confidence(context: CheckContext, left: Cluster, right: Cluster) -> Confidence:
    """Sure when a claim of each side is sure of its subject and period, and the two
    are from different documents (one article's two dates are no source's slip)."""
    drafted = any(c.role == "draft" for c in (*left, *right))
    sure = [[c for c in side if context.is_sure(c, drafted)] for side in (left, right)]
    return "high" if any(a.file != b.file for a in sure[0] for b in sure[1]) else "low"
