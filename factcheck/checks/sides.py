"""The two sides of a disagreement: which claims stand on each, who reports them, and
what makes a side unsure.

A bucket's figures are clustered by agreement; two clusters that disagree are the
sides of a finding. A cluster is anchored on its first exact figure (a bound or a
hedge only widens it). One reporter's figures in one sentence are a list, a range or
a revision, never two sides; two reporters (the organisers, the police) are.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, NamedTuple

from factcheck.checks.compare import Comparison, bound_side
from factcheck.extraction.periods import ended_before
from factcheck.extraction.units import unit_category
from factcheck.models import ReportClaim

if TYPE_CHECKING:
    from factcheck.checks.context import CheckContext
    from factcheck.ruleset import Rule

Cluster = list[ReportClaim]


class Sides(NamedTuple):
    """Two disagreeing clusters of one time bucket. `several`: every source on one side
    gives other figures for the same fact in that bucket too (a version, a region, an
    update), so the disagreement is not sure; one source that gives only this figure
    makes its side sure ("6.7" in one report against a "6.2" that others give alone),
    and so does a reporter an article names for this figure alone (AFAD's 7.4 in an
    article that gives the USGS's 7.8 too).
    `listing`: a reporter on either side gives several figures in the bucket, or an
    article on both sides gives three or more (it lists the organisers' and the
    police's counts of several marches, the tolls of several regions)."""

    left: Cluster
    right: Cluster
    result: Comparison
    several: bool = False
    listing: bool = False


CONSENSUS = 3  # outlets that carry one figure of an estimated measure
TRANSPOSED_DIGITS = 4  # significant digits that rarely come out reordered by chance


def reporters_apart(sides: Sides) -> tuple[Cluster, Cluster] | None:
    """Each side names who reports it and no one reports both, in all its claims or in
    one article on both sides (die Zeit: the organisers' million, the police's
    240,000, whatever other outlets add to either side); and no one gives other
    figures of the fact besides (then the article lists several events). The claims
    that show it, or None."""
    if sides.listing:
        return None
    found = articles_apart(sides)
    if found:
        return found[0]
    if named_apart(sides.left, sides.right):
        return sides.left, sides.right
    return None


def articles_apart(sides: Sides) -> list[tuple[Cluster, Cluster]]:
    """Per article that gives both sides from two reporters, its claims of each side."""
    left, right = _by_file(sides.left), _by_file(sides.right)
    shared = sorted(left.keys() & right.keys(), key=str)
    return [(left[f], right[f]) for f in shared if named_apart(left[f], right[f])]


def in_one_article(apart: tuple[Cluster, Cluster] | None) -> bool:
    """Whether the two reporters' figures stand in one article (HLN: "officieel al 20
    dodelijke slachtoffers. Media berichten echter over zeker 23"): they are of one
    moment, whatever other outlets add to either side."""
    return apart is not None and len({c.file for c in (*apart[0], *apart[1])}) == 1


def reported_apart(sides: Sides) -> bool:
    """Each side gives a reporter for one of its figures and no reporter is on both
    (the police's 338,000 against the organisers' two million, whatever headline
    restates either): the sources report a disagreement rather than make a slip."""
    named = [{c.reported_by for c in side} - {None} for side in (sides.left, sides.right)]
    return all(named) and not named[0] & named[1]


def _by_file(cluster: Cluster) -> dict[str | None, Cluster]:
    found: dict[str | None, Cluster] = {}
    for claim in cluster:
        found.setdefault(claim.file, []).append(claim)
    return found


def named_apart(left: Cluster, right: Cluster) -> bool:
    """Both sides' figures ("Hunderttausende" in words aside) have reporters, and
    no reporter is on both."""
    reporters = [{c.reported_by for c in figures(side)} for side in (left, right)]
    return None not in reporters[0] | reporters[1] and not reporters[0] & reporters[1]


def vague(cluster: Cluster) -> bool:
    """ "thousands of protesters", "Tausende", "数十": a quantity in words alone, no
    figure of its own to hold against one."""
    return all(in_words_alone(c) for c in cluster)


def figures(cluster: Cluster) -> Cluster:
    return [c for c in cluster if not in_words_alone(c)] or cluster


def in_words_alone(claim: ReportClaim) -> bool:
    return claim.is_range and claim.approx and not any(ch.isdigit() for ch in claim.text)


def same_bounds(a: ReportClaim, b: ReportClaim) -> bool:
    """Two bounds the same way round ("at least 284", "at least 912"): a running count
    passed on at two moments (a scale factor apart, they are one figure misread)."""
    side = bound_side(a)
    return side is not None and side == bound_side(b)


def spread_over(
    clusters: list[Cluster], source: Callable[[ReportClaim], Hashable], times: int = 2
) -> set[Hashable]:
    """Sources (files, or a file's reporters) with figures in `times` clusters or more
    of a bucket: they give several values for the fact themselves (drafts are
    checked, not weighed; "hundreds of thousands" in words is no figure of its own)."""
    seen: dict[Hashable, set[int]] = {}
    for index, cluster in enumerate(clusters):
        for claim in cluster:
            if claim.role != "draft" and not in_words_alone(claim):
                seen.setdefault(source(claim), set()).add(index)
    return {key for key, indexes in seen.items() if len(indexes) >= times}


def gives_one_figure(claim: ReportClaim, spread: set[Hashable], listed: set[Hashable]) -> bool:
    """Whether the claim's article gives no other figure of the fact (`spread`: files
    spread over clusters), or the reporter it names for the claim gives none in it
    (`listed`: a file's reporters spread over clusters)."""
    if claim.file not in spread:
        return True
    return claim.reported_by is not None and (claim.file, claim.reported_by) not in listed


def anchor_of(cluster: Cluster) -> ReportClaim:
    """The cluster's first exact figure (no bound, no hedge), else its first claim."""
    return next((c for c in cluster if is_exact(c)), cluster[0])


def is_exact(claim: ReportClaim) -> bool:
    return claim.value is not None and not (claim.bound or claim.approx)


def exact(cluster: Cluster) -> Cluster:
    return [c for c in cluster if is_exact(c)]


def anchored(cluster: Cluster) -> Cluster:
    """The cluster led by its anchor: the figure its messages quote and measure by."""
    first = anchor_of(cluster)
    return [first, *(c for c in cluster if c is not first)]


def held_apart(left: Cluster, right: Cluster) -> tuple[Cluster, Cluster] | None:
    """The two sides without the claims whose sentence gives a figure on the other side
    from the same reporter: a list, a range, a move or a revision ("标准版售价21.59万元,
    Pro版售价25.49万元", "die USGS gab die Stärke zunächst mit 6,0 und später mit 5,9
    an"). None when a side is left empty or all that is left shares one sentence. Two
    reporters in one sentence ("organisers said a million, police 240,000") stay."""
    shared = {c.file for c in left} & {c.file for c in right}
    if not shared:  # no sentence on both sides: the common case, in one pass each
        return left, right
    said = [{_said(c) for c in side if c.file in shared} for side in (left, right)]
    kept_left = [c for c in left if c.file not in shared or _said(c) not in said[1]]
    kept_right = [c for c in right if c.file not in shared or _said(c) not in said[0]]
    if not (kept_left and kept_right and apart(kept_left, kept_right)):
        return None
    return kept_left, kept_right


def _said(claim: ReportClaim) -> tuple[str | None, tuple[int, int], str | None]:
    return claim.file, claim.sentence, claim.reported_by


def apart(left: Cluster, right: Cluster) -> bool:
    """Two claims from different documents, from different sentences of one, or from
    two reporters named in one sentence."""
    files = {c.file for c in left}
    if any(c.file not in files for c in right) or len(files) > 1:
        return True
    said = {c.sentence: set() for c in left}
    for claim in left:
        said[claim.sentence].add(claim.reported_by)
    return any(
        c.sentence not in said or (c.reported_by and None not in said[c.sentence]) for c in right
    )


def transposed(sides: Sides) -> bool:
    """Whether the two sides' exact figures write the same digits in another order
    (the WHO's "3,985" dead and the UN's "3,958" in one article; "4,850 injured" and
    "4508人受傷" of one update): a typing slip, not another count or another hour's, so
    no running count, list or agency excuses it. Four significant digits at least. A
    draft is held against the sources as they stand (`runs.slips` has its own)."""
    if any(c.role == "draft" for c in (*sides.left, *sides.right)):
        return False
    a, b = anchor_of(sides.left), anchor_of(sides.right)
    if not (is_exact(a) and is_exact(b)) or a.value == b.value:
        return False
    first, second = _whole_digits(a.value or 0.0), _whole_digits(b.value or 0.0)
    return (
        len(first) == len(second)
        and len(first.rstrip("0")) >= TRANSPOSED_DIGITS
        and len(second.rstrip("0")) >= TRANSPOSED_DIGITS
        and sorted(first) == sorted(second)
    )


def _whole_digits(value: float) -> str:
    """A whole number's digits ("4850"); empty for a fraction, whose digits carry no
    fixed places."""
    return str(int(value)) if value > 0 and value == int(value) else ""


def far_apart(rule: Rule, ratio: float, within: bool, two: bool) -> bool:
    """Orders apart (more likely two measures than one misreported), or within one
    article a figure well below another (more likely a part of it), unless the article
    gives the two from two reporters (the organisers' million, the police's 240,000)."""
    if ratio > rule.param("sure_ratio"):
        return True
    return within and ratio > rule.param("part_ratio") and not two


def converted(claims: Cluster) -> bool:
    """Whether a figure is an outlet's conversion into another currency ("934
    Milliarden Taiwan-Dollar (31,8 Milliarden US-Dollar)"): the rate is the outlet's
    choice, so its gap to a figure stated in that currency is information. A draft's
    figure is held against the sources as they stand."""
    drafted = any(c.role == "draft" for c in claims)
    return not drafted and any(c.conversion and unit_category(c.unit) == "currency" for c in claims)


def revised_plan(rule: Rule, context: CheckContext, sides: Sides) -> bool:
    """A plan for a period (`planned`: capital spending, a forecast) is revised until
    the period ends, so two figures of it up to `revision_ratio` apart may both be
    right, unless both were published after the period ended ("Alphabet spent $52.5
    billion in 2024", said in 2025). A draft's plan is held against the sources' as
    they stand. Asked of value disagreements only: a scale slip is no revision."""
    claims = [*sides.left, *sides.right]
    planned = context.is_planned(claims[0]) or _spent_ahead(claims)
    if not planned or any(c.role == "draft" for c in claims):
        return False
    if sides.result.ratio > rule.param("revision_ratio"):
        return False
    return not all(c.time and c.as_of and ended_before(c.time, c.as_of) for c in claims)


def _spent_ahead(claims: Cluster) -> bool:
    """Money to go somewhere in a period not yet over when each figure appeared ("Meta
    investeert dit jaar 60 tot 65 miljard dollar" in January, 66 to 72 billion in July):
    a budget, revised as a plan is."""
    return all(
        c.topic is not None and c.time and c.as_of and not ended_before(c.time, c.as_of)
        for c in claims
    )


def estimated(context: CheckContext, sides: Sides, within: bool) -> bool:
    """A measure agencies estimate and revise within hours (a quake's magnitude: 8.0,
    then 8.7, then 8.8; GFZ's 7.8): two articles may give two agencies' or two hours'
    figures. One agency credited on both sides revised its figure (the USGS's 10 km,
    then 28). An article that gives both sides otherwise is sure of a disagreement (and
    with it the finding that lists what other outlets add to either side); a draft is
    held against what the sources say."""
    claims = [*sides.left, *sides.right]
    if any(c.role == "draft" for c in claims) or not context.is_estimated(claims[0]):
        return False
    agencies = [{c.reported_by for c in side} - {None} for side in (sides.left, sides.right)]
    if agencies[0] & agencies[1]:
        return True
    left, right = _by_file(sides.left), _by_file(sides.right)
    if within or left.keys() & right.keys():
        return False
    return not (_lone_against_many(sides.left, right) or _lone_against_many(sides.right, left))


def _lone_against_many(lone: Cluster, others: dict[str | None, Cluster]) -> bool:
    """One article's figure, credited to no agency, against what most outlets carry
    (Presse Augsburg's 6.7 against the 6.2 of CENC in five others): no agency's
    estimate and no hour's, but a slip."""
    files = {c.file for c in lone}
    return len(files) == 1 and not any(c.reported_by for c in lone) and len(others) >= CONSENSUS


THOUSANDFOLD = 1e3


def beyond_revision(result: Comparison) -> bool:
    """A thousandfold between two counts is a scale word written wrong, never a count
    revised over hours or days ("more than 2.1 billion people" relocated, where the
    sources count 2,165,230)."""
    return result.verdict == "scale" and (result.factor or 0) >= THOUSANDFOLD


def coarse_moments(context: CheckContext, claims: Cluster) -> bool:
    """Whether a market price is dated only by a period here; a block's claims share
    their measure, so one test rules out the others."""
    return context.moves(claims[0]) and any(context.coarse_moment(c) for c in claims)


def intraday(rule: Rule, context: CheckContext, claims: Cluster, ratio: float) -> bool:
    """A market price of one day moves within it: figures `intraday_ratio` apart or
    less may be the open and the close, or before and after the news. A draft is held
    against what the sources say."""
    drafted = any(c.role == "draft" for c in claims)
    return not drafted and context.moves(claims[0]) and ratio <= rule.param("intraday_ratio")


def revised(context: CheckContext, sides: Sides, within: bool, two: bool) -> bool:
    """A running count (a toll) of one day: outlets may have counted at different
    hours, and one article may give the updates of one reporter. Only one article's
    figures from two reporters (dpa's 64 dead, AFP's 577) are a sure disagreement. A
    draft, not yet published, has no day of its own: its toll is sure to disagree
    only with counts of the period it states."""
    claims = [*sides.left, *sides.right]
    if not context.is_running(claims[0]):
        return False
    if any(c.role == "draft" for c in claims):
        return len({c.time for c in claims}) > 1 or claims[0].time is None
    return not (within and two)  # `within`: one article gives both sides
