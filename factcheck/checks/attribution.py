"""attribution-conflict: the same distinctive figure of the same attribute attached to
different subjects.

"6 to 10 times" said of Microsoft's new clusters in one article and of Google's,
Meta's and xAI's clusters in another is one figure with two owners. Figures are
indexed by (unit dimension, value or range), so the check is one pass.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, NamedTuple

from factcheck.align import dimension_of
from factcheck.checks.compare import round_figure
from factcheck.checks.context import CheckContext, describe
from factcheck.checks.params import CheckParams
from factcheck.models import Finding, ReportClaim, Subject

if TYPE_CHECKING:
    from factcheck.ruleset import Rule


class AttributionParams(CheckParams):
    min_significant_digits: int = 2
    min_value: float = 100.0


def run(rule: Rule, context: CheckContext) -> list[Finding]:
    index: dict[tuple, list[ReportClaim]] = defaultdict(list)
    for claim in context.selected(rule, context.claims.values()):
        specific = claim.attribute is not None and not claim.attribute.generic
        if claim.subject and claim.compared and specific and _distinctive(rule, claim, context):
            index[(_figure(claim), claim.attribute)].append(claim)
    findings = []
    for members in index.values():
        owners = _unrelated(context, _outermost(_first_claim_per_subject(members)))
        if len(owners) >= 2 and len({c.file for c in owners}) >= 2:
            findings.append(_finding(rule, context, owners))
    return findings


class Figure(NamedTuple):
    """A claim's number as written, whatever it is said of."""

    dimension: str
    low: float | None
    high: float | None
    is_range: bool


def figure(claim: ReportClaim) -> Figure:
    """What the sources' lookup and the Dask shuffle key figures by (a superset of
    `_figure`)."""
    return Figure(
        dimension_of(claim.unit),
        round_figure(claim.low),
        round_figure(claim.high),
        claim.value is None,
    )


def _figure(claim: ReportClaim) -> tuple:
    """The figure as stated: "more than 7.5 billion" is not the figure "7.5 billion"."""
    return (*figure(claim), claim.bound)


def _distinctive(rule: Rule, claim: ReportClaim, context: CheckContext) -> bool:
    """Ranges are distinctive; single figures when large and not a round 1, 2, 10, or
    when a cap of one goes to a named party: "up to $100 billion in OpenAI" is one
    deal's ("$10 billion in OpenAI" was two investors', "more than $10 billion" is
    said of many)."""
    if claim.value is None:
        return True
    if abs(claim.value) < float(rule.param("min_value")):
        return False
    if significant_digits(claim.value) >= int(rule.param("min_significant_digits")):
        return True
    return claim.bound == "le" and context.names_recipient(claim)


def _first_claim_per_subject(members: list[ReportClaim]) -> list[ReportClaim]:
    first: dict[Subject | None, ReportClaim] = {}
    ordered = sorted(members, key=lambda c: (str(c.subject or ""), c.text, c.start, c.file or ""))
    for claim in ordered:
        first.setdefault(claim.subject, claim)
    return list(first.values())


def _unrelated(context: CheckContext, owners: list[ReportClaim]) -> list[ReportClaim]:
    """Owners of which none is related to another: "Xiaomi sold 88,898 cars" and "the
    SU7 sold 88,898" say one thing (a company and its product, a model and its
    version)."""
    kept: list[ReportClaim] = []
    for claim in owners:
        names = set(claim.subject or ())
        if not any(
            context.are_related(a, b) for other in kept for a in names for b in other.subject or ()
        ):
            kept.append(claim)
    return kept


def _outermost(owners: list[ReportClaim]) -> list[ReportClaim]:
    """'Google' is not a different owner from 'Google + Meta': drop subjects that a
    joint subject of the same figure contains (linear: joint subjects are rare)."""
    joint_parts = [set(c.subject) for c in owners if c.subject and c.subject.joint]
    kept = []
    for claim in owners:
        parts = set(claim.subject or ())
        if not any(parts < joint for joint in joint_parts):
            kept.append(claim)
    return kept


def _finding(rule: Rule, context: CheckContext, owners: list[ReportClaim]) -> Finding:
    parts = "; ".join(
        f"{c.subject.readable() if c.subject else '?'}: {describe(c)}" for c in owners
    )
    label = context.labels.get(str(owners[0].attribute), str(owners[0].attribute))
    confidence = context.confidence(owners)
    if len({context.is_place(c.subject) for c in owners}) > 1 or context.named_apart(owners):
        confidence = "low"  # a company's figure at a place; a party in two languages
    return Finding(
        rule=rule.id,
        kind=rule.check,
        severity=context.severity(rule, confidence, within=False, claims=owners),
        message=f"the same {label} figure is said of {len(owners)} different subjects: {parts}",
        claim_ids=tuple(c.id for c in owners),
        confidence=confidence,
    )


def significant_digits(value: float) -> int:
    """Digits of the mantissa, up to six: 4e9 has 1, 485,000 has 3, 1.5e4 has 2."""
    mantissa = f"{abs(value):.5e}".split("e")[0]
    return len(mantissa.replace(".", "").rstrip("0")) or 1
