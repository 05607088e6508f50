"""value-conflict and scale-error: figures of one block that do not agree.

A block's claims are split by the time they speak for (`CheckContext.time_key`),
sorted and clustered: a claim joins a cluster when it agrees with the cluster's
first member. Every pair of clusters that disagree is one finding listing all the
claims on each side, so every pair of documents in conflict is reported and each
finding says who says what. A pair whose ratio is close to a scale factor (100,
1,000, 10,000, a million ...) is a scale error, not a plain conflict.

Two figures agree (`agreement`) when their intervals meet or the relative gap between them is
within the tolerance (applied once). A hedged figure widens its interval; a bound
reaches so far: "more than 450,000" agrees with 485,000, not with 4.85 million.
One reporter's claims of one sentence are never held against each other (ranges,
moves, lists and revisions are read there; `sides`); claims of one document are, as
warnings (a headline against its article).
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from factcheck.align import BlockKey
from factcheck.checks.agreement import (
    ScaleErrorParams,
    agree,
    comparison_options,
)
from factcheck.checks.compare import Comparison, last_digit, representative
from factcheck.checks.context import CheckContext
from factcheck.checks.digit_slips import digit_slips
from factcheck.checks.sides import (
    Cluster,
    Sides,
    anchor_of,
    anchored,
    articles_apart,
    beyond_revision,
    coarse_moments,
    converted,
    estimated,
    exact,
    far_apart,
    gives_one_figure,
    held_apart,
    in_one_article,
    intraday,
    is_exact,
    reported_apart,
    reporters_apart,
    revised,
    revised_plan,
    same_bounds,
    spread_over,
    transposed,
    vague,
)
from factcheck.checks.time_buckets import from_elsewhere, restating_figures, time_buckets
from factcheck.checks.unit_mismatch import one_kind
from factcheck.checks.wording import ratio_text, side_text
from factcheck.models import Confidence, Finding, ReportClaim

if TYPE_CHECKING:
    from factcheck.ruleset import Rule


ALL_PAIRS_UP_TO = 16  # clusters in a bucket compared pairwise; beyond, neighbours only
FINEST = 8  # a cluster's finest figures that may show two sides are one figure rounded
VERDICTS = ("conflict", "scale")


def run_value_conflict(rule: Rule, context: CheckContext) -> list[Finding]:
    return [
        _finding(rule, context, key, sides)
        for key, sides in _classified(rule, context, "conflict")
        if not _unit_slip(sides)
    ]


def _unit_slip(sides: Sides) -> bool:
    """ "315 acres" against "315 hectares": one number in two units is a unit written
    wrong (unit-mismatch says so), not two values of one measure."""
    a, b = sides.left[0], sides.right[0]
    if a.value != b.value or a.unit == b.unit or a.file == b.file or not one_kind(a, b):
        return False  # most disagreements: two values
    values = {c.value for c in (*sides.left, *sides.right)}
    return len(values) == 1 and not {c.unit for c in sides.left} & {c.unit for c in sides.right}


def run_scale_error(rule: Rule, context: CheckContext) -> list[Finding]:
    """Scale slips within a block, then between blocks: one subject's distinctive digits
    at two scales whatever the measure (`digit_slips`)."""
    found = [
        _finding(rule, context, key, sides) for key, sides in _classified(rule, context, "scale")
    ]
    params = ScaleErrorParams(**rule.params)
    paired: dict[str, list[frozenset[str]]] = {}
    for finding in found:
        ids = frozenset(finding.claim_ids)
        for claim_id in ids:
            paired.setdefault(claim_id, []).append(ids)
    slips = digit_slips(rule, context, params.factors, params.factor_tolerance)
    return found + [f for f in slips if not _within_one(f.claim_ids, paired)]


def _within_one(claim_ids: tuple[str, ...], paired: dict[str, list[frozenset[str]]]) -> bool:
    """Whether one of the `paired` findings (indexed by claim) holds all of `claim_ids`."""
    ids = frozenset(claim_ids)
    return any(ids <= p for p in paired.get(claim_ids[0], ()))


def _classified(rule: Rule, context: CheckContext, wanted: str) -> Iterator[tuple[BlockKey, Sides]]:
    """The disagreeing cluster pairs of every block with the `wanted` verdict.

    value-conflict and scale-error classify the same pairs when their options and
    selectors agree, so one pass sorts them by verdict: the wanted ones stream out,
    the others wait in the context's memo for the other rule (taken out when used).
    """
    options = comparison_options(rule, context.scale_rule)
    memo_key = ("value-pairs", tuple(sorted(options.items())), rule.selector)
    found = context.memo.pop((memo_key, wanted), None)
    if found is not None:
        yield from found
        return
    others: list[tuple[BlockKey, Sides]] = []
    for key, members in context.selected_blocks(rule):
        restating = restating_figures(context, members)
        for time, bucket in time_buckets(context, members, options):
            clusters = _clusters(options, bucket)
            restated = from_elsewhere(bucket, restating.get(time, []))
            for sides in _disagreeing(options, clusters, context.has_versions(key[0])):
                sides = _with_restatements(options, sides, restated)
                if sides.result.verdict == wanted:
                    yield key, sides
                else:
                    others.append((key, sides))
    other = next(v for v in VERDICTS if v != wanted)
    context.memo[(memo_key, other)] = others


def _with_restatements(
    options: dict[str, Any], sides: Sides, restating: list[ReportClaim]
) -> Sides:
    """A disagreement's sides, each with the undated figures published soon after the
    period that agree with its first figure: more sources for what it says. They are
    listed only: whether the finding is sure was weighed without them, and they never
    make a finding of their own."""
    if not restating:
        return sides
    left, right = (
        side + [c for c in restating if agree(options, anchor_of(side), c)]
        for side in (sides.left, sides.right)
    )
    return sides._replace(left=left, right=right)


def _clusters(options: dict[str, Any], claims: list[ReportClaim]) -> list[Cluster]:
    """Figures that agree with a cluster's first member and its first exact figure join
    it (claims come sorted): "more than 17,700" takes 17,795, and 17,975 is not 17,795."""
    clusters: list[Cluster] = []
    anchors: list[ReportClaim] = []
    for claim in claims:
        if (
            clusters
            and agree(options, clusters[-1][0], claim)
            and agree(options, anchors[-1], claim)
        ):
            clusters[-1].append(claim)
            if not is_exact(anchors[-1]) and is_exact(claim):
                anchors[-1] = claim
        else:
            clusters.append([claim])
            anchors.append(claim)
    return clusters


def _disagreeing(
    options: dict[str, Any], clusters: list[Cluster], versions: bool = False
) -> Iterator[Sides]:
    """Every pair of clusters that disagree and have claims from different sentences;
    with many clusters, neighbours and pairs a scale factor apart. Of a product sold
    in versions, sources that differ may each speak of another version: unsure, unless
    a draft is checked against them. So is a side whose every figure stands in a
    sentence that lists three values or more of the fact ("they were 5.5, 4.7, 6.3 and
    5.9 respectively"): the sentence is about several things the fact's words name."""
    if len(clusters) <= ALL_PAIRS_UP_TO:
        pairs: Iterator[tuple[int, int]] = itertools.combinations(range(len(clusters)), 2)
    else:
        pairs = _neighbours_and_slips(options, clusters)
    spread = spread_over(clusters, lambda c: c.file)
    listed = spread_over(clusters, lambda c: (c.file, c.reported_by))
    lists = spread_over(clusters, lambda c: c.file, times=3)
    in_lists = spread_over(clusters, lambda c: (c.file, c.sentence), times=3)
    finest = _finest_figures(clusters)
    for i, j in pairs:
        held = held_apart(clusters[i], clusters[j])
        if held is None or agree(options, anchor_of(held[0]), anchor_of(held[1])):
            continue
        left, right = (anchored(side) for side in held)
        if _one_figure_rounded_twice(options, left, right, (*finest(i), *finest(j))):
            continue
        drafted = any(c.role == "draft" for c in (*left, *right))
        several = (
            (versions and not drafted)
            or not all(
                any(gives_one_figure(c, spread, listed) for c in side) for side in (left, right)
            )
            or any(_listed(side, in_lists) for side in (left, right))
        )
        listing = any((c.file, c.reported_by) in listed for c in (*left, *right)) or any(
            c.file in lists for c in (*left, *right)
        )
        yield Sides(left, right, _verdict(options, left, right), several, listing)


def _one_figure_rounded_twice(
    options: dict[str, Any], left: Cluster, right: Cluster, finer: Iterable[ReportClaim]
) -> bool:
    """Two sides a finer exact figure (of `finer`, the clusters' finest) joins: it
    agrees with both sides' first figures, each stated coarser ("50.74" and "50.75
    billion yuan" of "507.45亿元", one cut and one rounded). Without the finer figure
    two neighbours of the last digit disagree (22.6 % and 22.7 %)."""
    ends = (anchor_of(left), anchor_of(right))
    steps = [last_digit(c) for c in ends]
    if None in steps:
        return False
    coarsest = min(steps)  # type: ignore[type-var]
    return any(
        (place := last_digit(c)) is not None
        and place < coarsest
        and all(agree(options, c, end) for end in ends)
        for c in finer
    )


def _finest_figures(clusters: list[Cluster]) -> Callable[[int], list[ReportClaim]]:
    """Each cluster's exact figures stated most finely (`FINEST` at most), found once
    per cluster and only for the clusters a disagreement asks about."""
    found: dict[int, list[ReportClaim]] = {}

    def finest(index: int) -> list[ReportClaim]:
        if index not in found:
            exact = [c for c in clusters[index] if is_exact(c) and last_digit(c) is not None]
            found[index] = sorted(exact, key=lambda c: last_digit(c) or 0.0)[:FINEST]
        return found[index]

    return finest


def _listed(side: Cluster, in_lists: set[Hashable]) -> bool:
    """Whether every exact figure of the side stands in a sentence of three values or
    more (a range beside them, "Stärke zwischen 4,6 und 6,3", lists nothing)."""
    exact = [c for c in side if is_exact(c)]
    return bool(exact) and all((c.file, c.sentence) in in_lists for c in exact)


def _neighbours_and_slips(
    options: dict[str, Any], clusters: list[Cluster]
) -> Iterator[tuple[int, int]]:
    values = [abs(representative(c[0])) for c in clusters]
    order = sorted(range(len(values)), key=values.__getitem__)
    ranked = [values[i] for i in order]
    seen: set[tuple[int, int]] = set()
    for i in range(len(clusters) - 1):
        seen.add((i, i + 1))
        yield i, i + 1
    margin = options["factor_tolerance"] + 2 * options["tolerance"]
    for index, value in enumerate(values):
        for factor in options["factors"]:
            lo = bisect.bisect_left(ranked, value * factor * (1 - margin))
            hi = bisect.bisect_right(ranked, value * factor * (1 + margin))
            for other in (order[k] for k in range(lo, hi)):
                pair = (min(index, other), max(index, other))
                if pair[0] != pair[1] and pair not in seen:
                    seen.add(pair)
                    yield pair


def _verdict(options: dict[str, Any], left: Cluster, right: Cluster) -> Comparison:
    """A scale slip when some figure of one side is a scale factor from some figure of
    the other ("2520 亿" against "2520 万", though "more than 20 million" leads its
    cluster), else a conflict measured between the sides' first figures."""
    others = _distinct_values(right)
    for a in _distinct_values(left):
        for b in others:
            ratio = _ratio(a, b)
            for factor in options["factors"]:
                if abs(ratio / factor - 1) <= options["factor_tolerance"]:
                    return Comparison("scale", ratio, factor)
    return Comparison("conflict", _ratio(representative(left[0]), representative(right[0])))


def _distinct_values(cluster: Cluster, most: int = 8, read: int = 64) -> list[float]:
    """The first `most` different figures of a cluster's first `read` claims: a
    cluster's figures agree with its first, so a thousand restatements add no figure
    a scale factor away that the first ones lack."""
    found: dict[float, None] = {}
    for claim in itertools.islice(cluster, read):
        found.setdefault(representative(claim))
        if len(found) == most:
            break
    return list(found)


def _ratio(x: float, y: float) -> float:
    small, large = sorted((abs(x), abs(y)))
    if small == 0:
        return math.inf if large else 1.0
    return large / small


def _finding(rule: Rule, context: CheckContext, key: BlockKey, sides: Sides) -> Finding:
    slip = sides.result.verdict == "conflict" and transposed(sides)
    if slip:  # the two writings alone: "about 4,000" is on neither side
        sides = sides._replace(left=exact(sides.left), right=exact(sides.right))
    left, right, result, several, _ = sides
    claims = [*left, *right]
    within = len({c.file for c in claims}) == 1
    apart = reporters_apart(sides)  # who reports each side, worked out once
    two = apart is not None
    one_article = within or in_one_article(apart)
    unsure = not slip and (
        (several and not within and not two)
        or (within and sides.listing)
        or vague(left) != vague(right)
        or (result.verdict == "conflict" and same_bounds(left[0], right[0]))
        or (result.verdict == "conflict" and far_apart(rule, result.ratio, within, two))
        or (not beyond_revision(result) and revised(context, sides, one_article, two))
        or estimated(context, sides, one_article)
        or (result.verdict == "conflict" and revised_plan(rule, context, sides))
        or (result.verdict == "conflict" and not within and converted(claims))
        or (result.verdict == "conflict" and coarse_moments(context, claims))
        or (result.verdict == "conflict" and intraday(rule, context, claims, result.ratio))
        or (result.verdict == "conflict" and _restated_later(context, sides))
    )
    if slip and {c.file for c in left} & {c.file for c in right}:  # one article's two
        confidence = context.sides_confidence(left, right, one_moment=True)  # writings
    else:
        confidence = "low" if unsure else _confidence(context, sides, apart)
    time = context.time_key(left[0])
    when = f" ({time})" if time else ""
    if result.verdict == "scale":
        factor = f"{result.factor:,g}"
        why = f"{ratio_text(result.ratio)} apart, close to {factor}: a scale word read wrong?"
    else:
        why = f"{ratio_text(result.ratio)} apart" + (": digits transposed?" if slip else "")
    where = "within one document: " if within else ""
    said = f"{where}{side_text(left)} vs {side_text(right)} ({why})"
    return Finding(
        rule=rule.id,
        kind=rule.check,
        # two reporters who disagree (police, organisers) are news, not a slip: a warning
        severity=context.severity(rule, confidence, within or two or reported_apart(sides), claims),
        message=f"{context.about(key)}{when}: {said}",
        claim_ids=tuple(c.id for c in claims),
        group_id=context.group_of.get(left[0].id),
        ratio=result.ratio,
        confidence=confidence,
        first_side=len(left),
    )


def _sure_across(context: CheckContext, sides: Sides) -> bool:
    """Whether a sure figure of each side stands in different articles, or all stand
    in one (a headline against its article): a figure sure of its subject only beside
    an unsure one of another article makes no sure disagreement between articles."""
    claims = [*sides.left, *sides.right]
    if len({c.file for c in claims}) == 1:
        return True
    drafted = any(c.role == "draft" for c in claims)
    sure = [{c.file for c in side if context.is_sure(c, drafted)} for side in sides[:2]]
    return any(a != b for a in sure[0] for b in sure[1])


def _restated_later(context: CheckContext, sides: Sides) -> bool:
    """Whether every figure of one side was published long after its period, beside a
    figure of the other side that was not: a later report's comparative may restate
    the period for a later scope ("2024: €20.1 billion" after a spin-off, against the
    39.7 billion reported for 2024 at the time), so the gap is no sure error."""
    late = [[context.reported_long_after(c) for c in side] for side in sides[:2]]
    return any(all(a) and not all(b) for a, b in (late, late[::-1]))


def _confidence(
    context: CheckContext, sides: Sides, apart: tuple[Cluster, Cluster] | None
) -> Confidence:
    """Sure when each side has a claim sure of its subject and period; or when one
    article gives the two sides from two reporters and names its subject: they speak
    of one moment, whatever its date."""
    confidence = context.sides_confidence(sides.left, sides.right)
    if confidence == "high" and not _sure_across(context, sides):
        return "low"  # sure only within one article, held against another's unsure figure
    if confidence == "low" and in_one_article(apart):
        witnesses = articles_apart(sides)
        sure = (context.sides_confidence(*w, one_moment=True) for w in witnesses)
        return "high" if "high" in sure else "low"
    return confidence
