"""The claims a text states whatever its language: what every candidate reading agrees on.

When detection cannot tell a text's language (a headline, a table row, a caption:
"Microsoft: 1.500 GPU"), reading it in the wrong language silently changes
numbers: "1.500" is 1.5 in English and 1500 in German, "50 billion" 5 x 10^10 or
5 x 10^13. Rather than bet on a guess, the text is read in each candidate
language and a claim is kept only when every reading finds it at the same place
with the same value(s) and unit; the rest is left out, and the document's status
says so (`DocumentStatus.note`).
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.models import Claim

ClaimKey = tuple[int, int, float | None, float | None, float | None, str]


def agreed_claims(readings: Sequence[list[Claim]]) -> list[Claim]:
    """The claims of the first reading (the best-guess language) that every other
    reading states alike, in the first reading's order. One reading is returned as is."""
    if not readings:
        return []
    first, others = readings[0], readings[1:]
    found_by_others = [{claim_key(claim) for claim in reading} for reading in others]
    return [c for c in first if all(claim_key(c) in found for found in found_by_others)]


def claim_key(claim: Claim) -> ClaimKey:
    """What two readings of one text must share to state the same figure: the span,
    the value or range, and the unit. The kept claim's other fields (hedge, bound,
    time scope) are those of the best-guess reading."""
    return (claim.start, claim.end, claim.value, claim.low, claim.high, claim.unit)
