"""How the unknown names found in one text are spelled: once for overlapping finds,
and a person's surname ("Jara") or a party's name without "Party" ("Progress") written
alone as the full name the text gave before ("帕斯" as "罗德里戈·帕斯")."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import replace

from factcheck.annotation.han_words import NAME_DOTS
from factcheck.annotation.names import party_short_name
from factcheck.annotation.roles import Mention

NAME_PARTS = re.compile(f"[ {''.join(sorted(NAME_DOTS))}]")  # "Jeannette Jara", "罗德里戈·帕斯"


def first_of_overlapping(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Unknown names found by two patterns once each: the longer of overlapping spans."""
    kept: list[tuple[int, int]] = []
    for lo, hi in sorted(spans, key=lambda s: (s[0], -s[1])):
        if not kept or kept[-1][1] <= lo:
            kept.append((lo, hi))
    return kept


def without_overlaps(
    spans: Iterable[tuple[int, int]], taken: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The spans that overlap none of `taken` (sorted, non-overlapping), found by bisection."""
    starts = [s for s, _ in taken]
    kept = []
    for lo, hi in spans:
        index = bisect_left(starts, hi)
        if index == 0 or taken[index - 1][1] <= lo:
            kept.append((lo, hi))
    return kept


def with_full_names(mentions: list[Mention]) -> list[Mention]:
    """Each unknown name's short form written alone as the full name the text gave
    before: a surname ("die linke Kandidatin Jeannette Jara … Jara kam auf 41,83
    Prozent"), a party without "Party" ("the Progress Party … Progress secured 48
    seats"). One name, one subject; a short form two full names share stays as it is."""
    full: dict[str, set[str]] = {}
    result = []
    for mention in mentions:
        entity = mention.entity
        parts = NAME_PARTS.split(entity)
        if mention.kind in ("person", "unknown") and len(parts) > 1:
            short = party_short_name(entity) or parts[-1]
            full.setdefault(short, set()).add(entity)
        named = full.get(entity, set()) if len(parts) == 1 else set()
        result.append(replace(mention, entity=next(iter(named))) if len(named) == 1 else mention)
    return result
