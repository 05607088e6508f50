"""value-conflict and scale-error: figures of one block that do not agree.

Claims of a block are sorted and clustered (a claim joins a cluster when it
agrees with the cluster's first member), then neighbouring clusters are
compared once: linear in the block, not quadratic. A pair whose ratio is close to
10^3, 10^4, 10^6, 10^8 or 10^9 is a scale error, not a plain conflict.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

from factcheck.checks.compare import Comparison, compare, representative
from factcheck.checks.context import CheckContext, describe, ratio_text
from factcheck.models import Finding, ReportClaim
from factcheck.ruleset import Rule

DEFAULT_FACTORS = (1e3, 1e4, 1e6, 1e8, 1e9, 1e12)


def run_value_conflict(rule: Rule, context: CheckContext) -> list[Finding]:
    return list(_findings(rule, context, "conflict"))


def run_scale_error(rule: Rule, context: CheckContext) -> list[Finding]:
    return list(_findings(rule, context, "scale"))


def _findings(rule: Rule, context: CheckContext, wanted: str) -> Iterator[Finding]:
    seen: set[tuple[str, str]] = set()
    options = _options(rule)
    for key, members in context.selected_blocks(rule):
        for bucket, dated in _time_buckets(members):
            for a, b, result in _neighbour_pairs(options, bucket):
                pair = (a.id, b.id)
                if result.verdict != wanted or pair in seen:
                    continue
                seen.add(pair)
                yield _finding(rule, context, key, a, b, result, dated)


def _time_buckets(members: list[ReportClaim]) -> Iterator[tuple[list[ReportClaim], bool]]:
    """One bucket per stated period, each with the undated claims; all when none is dated."""
    times = sorted({c.time for c in members if c.time})
    if not times:
        yield members, True
    for time in times:
        yield [c for c in members if c.time in (time, None)], all(c.time for c in members)


def _neighbour_pairs(
    options: dict[str, Any], claims: list[ReportClaim]
) -> Iterator[tuple[ReportClaim, ReportClaim, Comparison]]:
    """Cluster the exact figures, compare neighbouring clusters once, then hold each
    bound ("more than 450,000") against every cluster: a bound agrees with everything
    on its side, so it must never anchor a cluster and hide a conflict."""
    exact = [c for c in claims if c.bound is None]
    clusters: list[list[ReportClaim]] = []
    for claim in sorted(exact, key=_order):
        if clusters and compare(clusters[-1][0], claim, **options).verdict == "agree":
            clusters[-1].append(claim)
        else:
            clusters.append([claim])
    for left, right in itertools.pairwise(clusters):
        pair = _pick_pair(left, right)
        if pair is not None:
            yield pair[0], pair[1], compare(*pair, **options)
    for bounded in sorted((c for c in claims if c.bound is not None), key=_order):
        for cluster in clusters:
            other = next((c for c in cluster if c.file != bounded.file), None)
            if other is not None:
                result = compare(bounded, other, **options)
                if result.verdict != "agree":
                    yield bounded, other, result


def _order(claim: ReportClaim) -> tuple:
    """Sort by content first, so renaming a file never changes which claim is cited."""
    return (representative(claim), claim.text, claim.lang, claim.start, claim.file or "")


def _pick_pair(
    left: list[ReportClaim], right: list[ReportClaim]
) -> tuple[ReportClaim, ReportClaim] | None:
    """Representatives from two different documents (the same article may revise itself)."""
    for a in reversed(left):
        for b in right:
            if a.file != b.file:
                return a, b
    return None


def _options(rule: Rule) -> dict[str, Any]:
    """The comparison settings of a rule: value-conflict sets the tolerances, scale-error
    the factors; each uses the other's defaults so both classify a pair the same way."""
    conflict = rule.check == "value-conflict"
    scale = rule.check == "scale-error"
    return {
        "tolerance": float(rule.param("tolerance")) if conflict else 0.02,
        "approx_tolerance": float(rule.param("approx_tolerance")) if conflict else 0.05,
        "factors": tuple(float(f) for f in (rule.param("factors") if scale else DEFAULT_FACTORS)),
        "factor_tolerance": float(rule.param("factor_tolerance")) if scale else 0.05,
    }


def _finding(
    rule: Rule,
    context: CheckContext,
    key: tuple[str, str, str, str],
    a: ReportClaim,
    b: ReportClaim,
    result: Comparison,
    dated: bool,
) -> Finding:
    subject, attribute, topic, _ = key
    about = f"{subject} / {attribute}" + (f" / {topic}" if topic else "")
    period = a.time or b.time
    when = f" ({period})" if period else ""
    if result.verdict == "scale":
        why = (
            f"they differ by a factor of {ratio_text(result.ratio)}, close to {result.factor:g}:"
            " a scale word read wrong (billion/trillion, 万/亿)?"
        )
    else:
        why = f"ratio {ratio_text(result.ratio)}, beyond the tolerance for these figures"
    severity = rule.severity if dated or rule.severity != "error" else "warning"
    undated = "" if dated else "; one source states no period"
    return Finding(
        rule=rule.id,
        kind=rule.check,
        severity=severity,
        message=f"{about}{when}: {describe(a)} vs {describe(b)}: {why}{undated}",
        claim_ids=(a.id, b.id),
        group_id=context.group_of.get(a.id),
        ratio=result.ratio,
    )
