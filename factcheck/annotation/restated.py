"""A figure restated in one article: "Tesla lieferte 494.989 Fahrzeuge aus" in the
lead and "im vierten Quartal 2023 494.989 Elektrofahrzeuge" further down are one
fact. The lead names no period, and read alone it would stand for the day the
article was published, so it would never meet the other outlets' fourth-quarter
figures. A figure of a period measure that names no period takes the period of the
same figure of the same subject and measure elsewhere in its article, when the
article gives that figure exactly one period. A rank ("the first company") or a
figure below ten says too little to be taken for the same fact.
"""

from __future__ import annotations

from collections import defaultdict

from factcheck.annotation.attributes import AttributeTable
from factcheck.models import Attribute, ReportClaim, Subject

LOOSE_UNITS = frozenset({"rank", "ordinal"})

# Subject, measure, unit and value (low, high): what makes two mentions one figure.
Figure = tuple[Subject | None, Attribute | None, str, float | None, float | None]


def _figure(claim: ReportClaim) -> Figure:
    return claim.subject, claim.attribute, claim.unit, claim.low, claim.high


def restated_periods(claims: list[ReportClaim], attributes: AttributeTable) -> list[ReportClaim]:
    """The claims, each undated restatement of a dated figure given that figure's period."""
    periods: dict[Figure, set[str]] = defaultdict(set)
    for claim in claims:
        if claim.time and _restatable(claim):
            periods[_figure(claim)].add(claim.time)
    if not periods:
        return claims
    result = []
    for claim in claims:
        named = periods.get(_figure(claim)) if claim.time is None else None
        if (
            named
            and len(named) == 1
            and attributes.of_period(claim.attribute)
            and _restatable(claim)
        ):
            claim = claim.model_copy(update={"time": next(iter(named))})
        result.append(claim)
    return result


def _restatable(claim: ReportClaim) -> bool:
    """A level of a specific measure, telling enough to be one fact wherever it is said."""
    attribute, low = claim.attribute, claim.low
    if attribute is None or attribute.generic or claim.change or claim.unit in LOOSE_UNITS:
        return False
    return low is not None and (abs(low) >= 10 or not low.is_integer())
