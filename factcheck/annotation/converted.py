"""A conversion (`extraction.conversions`) restates the figure before it in another
currency or unit ("NT$452.3 billion ($13.9 billion) in net income", "Umgerechnet
entspricht das rund 52,4 Milliarden Euro"): it measures what that figure measures. The
keyword often stands beside one of the two only, out of the other's reach, so the two
views of one figure share the measure either one names."""

from __future__ import annotations

from factcheck.extraction.units import unit_category
from factcheck.models import ReportClaim


def converted_alike(claims: list[ReportClaim]) -> list[ReportClaim]:
    """The claims, each conversion (or chain of them: "约合701亿新元,或约530亿欧元") and
    the figure it restates given the specific measure (and topic) only one names."""
    result = list(claims)
    sources: dict[str, int] = {}  # per unit category: the last figure restating none
    for at, conversion in enumerate(result):
        kind = unit_category(conversion.unit)
        if not conversion.conversion or kind not in sources:
            sources[kind] = at
            continue
        source = sources[kind]
        if _named(result[source]) and not _named(conversion):
            result[at] = _measuring(conversion, result[source])
        elif _named(conversion) and not _named(result[source]):
            result[source] = _measuring(result[source], conversion)
    return result


def _named(claim: ReportClaim) -> bool:
    return claim.attribute is not None and not claim.attribute.generic


def _measuring(claim: ReportClaim, like: ReportClaim) -> ReportClaim:
    return claim.model_copy(update={"attribute": like.attribute, "topic": like.topic})
