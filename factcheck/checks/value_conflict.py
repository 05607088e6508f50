"""value-conflict and scale-error: figures of one block that do not agree.

Claims of a block are sorted and clustered (a claim joins a cluster when it
agrees with the cluster's first member), then neighbouring clusters are
compared once: linear in the block, not quadratic. A pair whose ratio is close to
10^3, 10^4, 10^6, 10^8 or 10^9 is a scale error, not a plain conflict.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator
from math import inf
from typing import TYPE_CHECKING, Any

from pydantic import Field

from factcheck.align import BlockKey
from factcheck.checks.compare import Comparison, disagreement, representative, widened
from factcheck.checks.context import CheckContext, ratio_text
from factcheck.checks.params import CheckParams
from factcheck.models import Finding, ReportClaim

if TYPE_CHECKING:
    from factcheck.ruleset import Rule


class ValueConflictParams(CheckParams):
    tolerance: float = 0.02
    approx_tolerance: float = 0.05


class ScaleErrorParams(CheckParams):
    factors: list[float] = Field(default_factory=lambda: [1e3, 1e4, 1e6, 1e8, 1e9, 1e12])
    factor_tolerance: float = 0.05


DEFAULT_FACTORS = tuple(ScaleErrorParams().factors)


def run_value_conflict(rule: Rule, context: CheckContext) -> list[Finding]:
    return list(_findings(rule, context, "conflict"))


def run_scale_error(rule: Rule, context: CheckContext) -> list[Finding]:
    return list(_findings(rule, context, "scale"))


Pair = tuple[ReportClaim, ReportClaim, Comparison]
# (block key, the pairs of one verdict)
Classified = tuple[BlockKey, list[Pair]]
VERDICTS = ("conflict", "scale")


def _findings(rule: Rule, context: CheckContext, wanted: str) -> Iterator[Finding]:
    seen: set[tuple[str, str]] = set()
    for key, pairs in _classified(rule, context, wanted):
        for a, b, result in pairs:
            pair = (a.id, b.id)
            if pair in seen:
                continue
            seen.add(pair)
            yield _finding(rule, context, key, a, b, result)


def _classified(rule: Rule, context: CheckContext, wanted: str) -> Iterator[Classified]:
    """The pairs of every block with the `wanted` verdict, block by block.

    value-conflict and scale-error classify the same pairs when their options and
    selectors agree, so one pass sorts them by verdict: the wanted ones stream out,
    the others wait in the context's memo for the other rule (taken out when used).
    """
    options = _options(rule)
    memo_key = ("value-pairs", tuple(sorted(options.items())), rule.selector)
    found = context.memo.pop((memo_key, wanted), None)
    if found is not None:
        yield from found
        return
    others: dict[str, list[Classified]] = {v: [] for v in VERDICTS if v != wanted}
    for key, members in context.selected_blocks(rule):
        spans = _Spans(options)
        # Sorting the block once sorts every bucket: buckets keep the block's order,
        # and a stable sort breaks ties by that same order.
        for bucket in _time_buckets(sorted(members, key=_order)):
            split: dict[str, list[Pair]] = {verdict: [] for verdict in VERDICTS}
            for pair in _neighbour_pairs(options, bucket, spans):
                split[pair[2].verdict].append(pair)
            for verdict, pairs in split.items():
                if pairs and verdict == wanted:
                    yield key, pairs
                elif pairs:
                    others[verdict].append((key, pairs))
    for verdict, classified in others.items():
        context.memo[(memo_key, verdict)] = classified


def _time_buckets(members: list[ReportClaim]) -> Iterator[list[ReportClaim]]:
    """One bucket per stated period, each with the undated claims (in block order);
    all claims in one bucket when none is dated."""
    undated: list[int] = []
    by_time: dict[str, list[int]] = {}
    for index, claim in enumerate(members):
        if claim.time is None:
            undated.append(index)
        elif claim.time:
            by_time.setdefault(claim.time, []).append(index)
    if not by_time:
        yield members
    for time in sorted(by_time):
        yield [members[i] for i in sorted(undated + by_time[time])]


class _Spans:
    """Each claim's interval widened by the rule's tolerances, computed once per block
    (undated claims sit in every period's bucket)."""

    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options
        self._spans: dict[str, tuple[float, float]] = {}

    def agree(self, a: ReportClaim, b: ReportClaim) -> bool:
        """The verdict of `compare` is "agree" exactly when this holds."""
        a_low, a_high = self.span(a)
        b_low, b_high = self.span(b)
        return a_low <= b_high and b_low <= a_high

    def span(self, claim: ReportClaim) -> tuple[float, float]:
        span = self._spans.get(claim.id)
        if span is None:
            span = widened(claim, self.options["approx_tolerance"], self.options["tolerance"])
            self._spans[claim.id] = span
        return span


def _neighbour_pairs(
    options: dict[str, Any], claims: list[ReportClaim], spans: _Spans
) -> Iterator[Pair]:
    """Cluster the exact figures and compare neighbouring clusters once, and clusters
    further apart when their values are a scale factor apart (5 billion and 5 trillion
    with 7 billion between them); then hold each bound ("more than 450,000") against
    the clusters it excludes. A bound agrees with everything on its side, so it never
    anchors a cluster (it would hide a conflict). Only pairs that do not agree are
    yielded. `claims` come sorted by `_order`."""
    clusters: list[list[ReportClaim]] = []
    for claim in claims:
        if claim.bound is not None:
            continue
        if clusters and spans.agree(clusters[-1][0], claim):
            clusters[-1].append(claim)
        else:
            clusters.append([claim])
    for left, right in itertools.pairwise(clusters):
        pair = _pick_pair(left, right)
        if pair is not None and not spans.agree(*pair):
            yield pair[0], pair[1], _verdict(options, *pair)
    heads = _Heads(clusters, spans)
    for low, high in heads.scale_slips(options):
        pair = _pick_pair(clusters[low], clusters[high])
        if pair is not None and not spans.agree(*pair):
            result = _verdict(options, *pair)
            if result.verdict == "scale":
                yield pair[0], pair[1], result
    for bounded in (c for c in claims if c.bound is not None):
        for other in heads.excluded_by(bounded, options):
            yield bounded, other, _verdict(options, bounded, other)


def _verdict(options: dict[str, Any], a: ReportClaim, b: ReportClaim) -> Comparison:
    """`compare(a, b)` for a pair known not to agree."""
    return disagreement(a, b, options["factors"], options["factor_tolerance"])


class _Heads:
    """The clusters of a bucket, sorted by value, searched by bisection.

    A bound is held against the nearest cluster it excludes on each side (anything
    further out is excluded too and adds nothing) and against every cluster that
    differs from it by a scale factor; two clusters that are not neighbours are
    compared when their values are a scale factor apart (a scale error must not hide
    behind a nearer plain conflict). Each search costs log(clusters), not clusters: a
    big block in a big archive has many clusters and many bounds.
    """

    def __init__(self, clusters: list[list[ReportClaim]], spans: _Spans) -> None:
        self.clusters = clusters
        self.spans = spans
        self.values = [representative(cluster[0]) for cluster in clusters]
        self._seconds: dict[int, ReportClaim | None] = {}

    def excluded_by(self, bounded: ReportClaim, options: dict[str, Any]) -> Iterator[ReportClaim]:
        """The cluster members `bounded` is compared with, nearest first, each once."""
        low, high = self.spans.span(bounded)
        seen: set[int] = set()
        value = representative(bounded)
        below = range(bisect.bisect_left(self.values, value) - 1, -1, -1) if low > -inf else ()
        above = range(bisect.bisect_right(self.values, value), len(self.values))
        above = above if high < inf else ()
        for side in (below, above):
            for index in side:
                other = self._other(index, bounded)
                if other is not None and not self.spans.agree(bounded, other):
                    seen.add(index)
                    yield other
                    break
        for index in self._scale_candidates(bounded, options):
            other = self._other(index, bounded)
            if index in seen or other is None or self.spans.agree(bounded, other):
                continue
            if _verdict(options, bounded, other).verdict == "scale":
                seen.add(index)
                yield other

    def scale_slips(self, options: dict[str, Any]) -> Iterator[tuple[int, int]]:
        """(lower, higher) indices of clusters that are not neighbours and whose values
        are about a scale factor apart, each pair found once from its smaller value."""
        for index, value in enumerate(self.values):
            for other in self._near_multiples(abs(value), options, larger_only=True):
                if abs(other - index) > 1:
                    yield min(index, other), max(index, other)

    def _scale_candidates(self, bounded: ReportClaim, options: dict[str, Any]) -> list[int]:
        return self._near_multiples(abs(representative(bounded)), options, larger_only=False)

    def _near_multiples(
        self, value: float, options: dict[str, Any], *, larger_only: bool
    ) -> list[int]:
        """Clusters whose value is near `value` times or over a scale factor (a margin
        wider than the tolerance: the cluster's member from another file may stand in
        for its first). Ratios are of magnitudes, so negatives are searched too."""
        margin = options["factor_tolerance"] + 2 * options["tolerance"]
        signs = (1.0, -1.0) if self.values and self.values[0] < 0 else (1.0,)
        found: set[int] = set()
        for factor in options["factors"]:
            targets = (value * factor,) if larger_only else (value * factor, value / factor)
            for target in targets:
                for sign in signs:
                    low, high = target * (1 - margin), target * (1 + margin)
                    if sign < 0:
                        low, high = -high, -low
                    start = bisect.bisect_left(self.values, low)
                    end = bisect.bisect_right(self.values, high, lo=start)
                    found.update(range(start, end))
        return sorted(found) if found else []

    def _other(self, index: int, bounded: ReportClaim) -> ReportClaim | None:
        """The cluster's first claim, or its first from another file than the bound's."""
        first = self.clusters[index][0]
        if first.file != bounded.file:
            return first
        if index not in self._seconds:
            cluster = self.clusters[index]
            self._seconds[index] = next((c for c in cluster if c.file != first.file), None)
        return self._seconds[index]


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
    tolerances, factors = ValueConflictParams(), ScaleErrorParams()
    return {
        "tolerance": float(rule.param("tolerance")) if conflict else tolerances.tolerance,
        "approx_tolerance": float(rule.param("approx_tolerance"))
        if conflict
        else tolerances.approx_tolerance,
        "factors": tuple(float(f) for f in (rule.param("factors") if scale else DEFAULT_FACTORS)),
        "factor_tolerance": float(rule.param("factor_tolerance"))
        if scale
        else factors.factor_tolerance,
    }


def agreeing(rule: Rule | None, a: ReportClaim, b: ReportClaim) -> bool:
    """Whether value-conflict, as `rule` configures it (its defaults without a rule),
    finds the two figures in agreement: what a draft check calls "supported"."""
    options = _options(rule) if rule is not None else _options_default()
    return _Spans(options).agree(a, b)


def _options_default() -> dict[str, Any]:
    tolerances = ValueConflictParams()
    return {"tolerance": tolerances.tolerance, "approx_tolerance": tolerances.approx_tolerance}


def _finding(
    rule: Rule,
    context: CheckContext,
    key: tuple[str, str, str, str],
    a: ReportClaim,
    b: ReportClaim,
    result: Comparison,
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
    dated = (a.time is None) == (b.time is None)  # both state a period, or neither does
    severity = rule.severity if dated or rule.severity != "error" else "warning"
    undated = "" if dated else "; one source states no period"
    return Finding(
        rule=rule.id,
        kind=rule.check,
        severity=severity,
        message=f"{about}{when}: {context.describe(a)} vs {context.describe(b)}: {why}{undated}",
        claim_ids=(a.id, b.id),
        group_id=context.group_of.get(a.id),
        ratio=result.ratio,
    )
