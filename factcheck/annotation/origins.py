"""Whose counted people are: their nationality inside the figure ("41 jordanische
Pilger" are Jordan's dead), and where the people of another figure come from, which is
no place of this one ("26 foreigners …, including five from China")."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from factcheck.annotation.roles import Mention
from factcheck.models import Claim


def people_of(claim: Claim, mentions: Sequence[Mention], starts: Sequence[int]) -> str | None:
    """ "mindestens 60 Jordanier", "41 jordanische Pilger": the counted people's
    nationality, inside the claim, says whose they are (`starts`: the mentions')."""
    if claim.unit != "person":
        return None
    first = bisect_left(starts, claim.start + 1)
    for mention in mentions[first:]:
        if mention.start >= claim.end:
            break
        if mention.kind == "place" and mention.end <= claim.end:
            return mention.entity
    return None


def anothers_origin(claim: Claim, mention: Mention, claim_starts: Sequence[int]) -> bool:
    """Where the people of a figure nearer to it come from: "26 foreigners …, including
    five from China" (China is the five's, not the 26's). `claim_starts`: sorted."""
    if not mention.origin or mention.start < claim.end:
        return False
    at = bisect_left(claim_starts, claim.end)
    return at < len(claim_starts) and claim_starts[at] < mention.start
