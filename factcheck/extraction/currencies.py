"""A figure of money named before the text names its currency ("Das Milliardenprojekt
…", then "… 5 Milliarden Euro") is in the first currency the text names after it; one
named after a currency is in the last before it (`growth._about_money`)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from factcheck.models import Claim


def in_the_currency_named_after(
    claims: list[Claim], waiting: Sequence[int], currencies: Sequence[tuple[int, str]]
) -> list[Claim]:
    """`claims` with each amount starting at a `waiting` offset in the first of the
    `currencies` (offset, unit; in text order) named after it."""
    if not (waiting and currencies):
        return claims
    pending = set(waiting)
    starts = [start for start, _ in currencies]
    result = []
    for claim in claims:
        at = bisect_right(starts, claim.start)
        if claim.start in pending and at < len(starts):
            claim = claim.model_copy(update={"unit": currencies[at][1]})
        result.append(claim)
    return result
