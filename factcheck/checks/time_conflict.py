"""time-conflict: the same figure for the same subject and attribute placed in
different periods by different sources (2024 in one, 2023 in another). Only exact
figures count: "more than 100,000" is no figure of its own, and a range ("between 10%
and 15%", a forecast's band) is the same figure only as the same range, never as a
figure that falls in it (a quarter's 12%)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.align import BlockKey
from factcheck.checks.compare import compare, representative
from factcheck.checks.context import CheckContext, describe
from factcheck.checks.params import CheckParams
from factcheck.models import Finding, ReportClaim

if TYPE_CHECKING:
    from factcheck.ruleset import Rule


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
                pair = _different_periods(cluster)
                if pair is not None:
                    findings.append(_finding(rule, context, key, *pair))
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


def _different_periods(cluster: list[ReportClaim]) -> tuple[ReportClaim, ReportClaim] | None:
    for i, a in enumerate(cluster):
        for b in cluster[i + 1 :]:
            if a.file != b.file and a.time != b.time:
                return a, b
    return None


def _finding(
    rule: Rule, context: CheckContext, key: BlockKey, a: ReportClaim, b: ReportClaim
) -> Finding:
    confidence = context.confidence((a, b))
    return Finding(
        rule=rule.id,
        kind=rule.check,
        severity=context.severity(rule, confidence, within=False, claims=(a, b)),
        message=(
            f"{context.about(key)}: {describe(a)} is dated {a.time}, {describe(b)} {b.time}: "
            "the same figure in two different periods"
        ),
        claim_ids=(a.id, b.id),
        confidence=confidence,
    )
