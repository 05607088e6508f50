"""Bringing together the claims of different documents that speak of the same
subject, attribute, topic and period.

Claims are blocked by a hash key (subject, attribute, topic, unit dimension), so
the cost grows with the number of claims, not with their pairs; the checks then
compare claims only inside a block.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cache

from factcheck.extraction.units import dimension_key, unit_category
from factcheck.models import Attribute, Group, ReportClaim, Subject

BlockKey = tuple[Subject, Attribute, str, str]


@cache
def dimension_of(unit: str) -> str:
    """Category and pint dimensionality: counts and percentages never share a block."""
    dimension = dimension_key(unit)
    return f"{unit_category(unit)}:{unit if dimension is None else dimension}"


UNKNOWN_COUNT = Attribute(category="number", unit="count")


def block_key(claim: ReportClaim) -> BlockKey | None:
    """None for a claim that cannot be compared: no subject, no attribute, or a bare
    number of nothing known ("one of the largest", "drie van de vijf")."""
    if claim.subject is None or claim.attribute in (None, UNKNOWN_COUNT):
        return None
    return (claim.subject, claim.attribute, claim.topic or "", dimension_of(claim.unit))


def block_order(key: BlockKey) -> tuple[str, str, str, str]:
    """Blocks sorted by their written form: subject, attribute, topic, dimension."""
    return (str(key[0]), str(key[1]), key[2], key[3])


def blocks(claims: Iterable[ReportClaim]) -> dict[BlockKey, list[ReportClaim]]:
    """Claims by block key, each list in a stable order (file, offset)."""
    result: dict[BlockKey, list[ReportClaim]] = defaultdict(list)
    for claim in claims:
        key = block_key(claim)
        if key is not None and claim.compared:
            result[key].append(claim)
    return result


def align_claims(
    claims: Iterable[ReportClaim], static: frozenset[str] = frozenset()
) -> list[Group]:
    """Groups of claims about the same subject, attribute, topic and period, in a
    deterministic order: those that two or more documents speak of first. A `static`
    attribute's figures hold for all time (a car's range): one group whatever period
    their sentences name, as the checks compare them."""
    by_period: dict[tuple[BlockKey, str], list[ReportClaim]] = defaultdict(list)
    for key, members in blocks(claims).items():
        timeless = key[1].name in static
        for claim in members:
            by_period[(key, "" if timeless else claim.time or "")].append(claim)
    keyed = [(key, time, members) for (key, time), members in by_period.items()]
    keyed.sort(key=lambda item: (-len({c.file for c in item[2]}), block_order(item[0]), item[1]))
    return [
        Group(
            id=f"g{index}",
            subject=key[0],
            attribute=key[1],
            topic=key[2] or None,
            time=time or None,
            dimension=key[3],
            claim_ids=tuple(c.id for c in members),
            documents=len({c.file for c in members}),
        )
        for index, (key, time, members) in enumerate(keyed, 1)
    ]
