"""time-conflict: the same figure for the same subject and attribute placed in
different periods by different sources (2024 in one, 2023 in another). Only exact
figures count: "more than 100,000" is no figure of its own, and a range ("between 10%
and 15%", a forecast's band) is the same figure only as the same range, never as a
figure that falls in it (a quarter's 12%)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.align import BlockKey
from factcheck.checks.compare import compare, representative
from factcheck.checks.context import CheckContext
from factcheck.checks.params import CheckParams
from factcheck.checks.wording import side_text
from factcheck.models import Finding, ReportClaim

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
            (c for c in members if c.time and c.bound is None),
            key=lambda c: (representative(c), c.text, c.start, c.file or ""),
        )
        for shape in (False, True):  # single figures, then ranges
            same_shape = [c for c in dated if c.is_range is shape]
            for cluster in _clusters(same_shape, tolerance):
                for left, right in _periods_apart(cluster):
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
    """Two single figures, or one range written twice."""
    return not a.is_range or (a.low, a.high) == (b.low, b.high)


def _periods_apart(cluster: list[ReportClaim]) -> list[tuple[Cluster, Cluster]]:
    """Every two periods the figure is dated to, from different documents, with all
    the claims that date it to each (a.txt's 2025, b.txt's FY2025, c.txt's 2028 make
    three pairs): each pair of documents that disagree is reported."""
    by_period: dict[str, Cluster] = {}
    for claim in cluster:
        by_period.setdefault(claim.time or "", []).append(claim)
    periods = list(by_period.values())
    return [
        (left, right)
        for i, left in enumerate(periods)
        for right in periods[i + 1 :]
        if len({c.file for c in (*left, *right)}) > 1
    ]


def _finding(
    rule: Rule, context: CheckContext, key: BlockKey, left: Cluster, right: Cluster
) -> Finding:
    confidence = context.sides_confidence(left, right)
    return Finding(
        rule=rule.id,
        kind=rule.check,
        severity=context.severity(rule, confidence, within=False, claims=(*left, *right)),
        message=(
            f"{context.about(key)}: {side_text(left)} is dated {left[0].time}, "
            f"{side_text(right)} {right[0].time}: the same figure in two different periods"
        ),
        claim_ids=tuple(c.id for c in (*left, *right)),
        confidence=confidence,
        first_side=len(left),
    )
