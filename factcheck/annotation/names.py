"""One spelling per name: names not in the entity table ("Trainium", "Trainium2",
"OpenAI's") are matched across documents with rapidfuzz, so a report, a check and
the claims store each spell an unknown name one way. This module is the one place
where that happens.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz, process

DIGITS = re.compile(r"\d+")


def name_similarity(a: str, b: str, **_: object) -> float:
    """rapidfuzz's token-sort ratio, but names with different numbers never match:
    H100 is not H200, MAI-1 is not MAI-2, Trainium is not Trainium2."""
    if DIGITS.findall(a) != DIGITS.findall(b):
        return 0.0
    return fuzz.token_sort_ratio(a, b)


class NameResolver:
    """Matches unknown names across documents: the first spelling seen becomes the
    canonical one, and later names within the threshold map onto it."""

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self.canonical: list[str] = []
        self._cache: dict[str, str] = {}

    def resolve(self, name: str) -> str:
        if name in self._cache:
            return self._cache[name]
        best = process.extractOne(
            name, self.canonical, scorer=name_similarity, score_cutoff=self.threshold
        )
        result = best[0] if best else name
        if best is None:
            self.canonical.append(name)
        self._cache[name] = result
        return result


def unify_names(subjects: Iterable[str | None], threshold: float) -> dict[str, str]:
    """Map every spelling of an unknown name to one canonical spelling.

    Names are clustered in sorted order, so the mapping does not depend on the
    order the documents came in; joint subjects ("A + B") are mapped part by part.
    """
    parts = sorted({p for s in subjects if s for p in s.split(" + ")})
    resolver = NameResolver(threshold)
    canonical = {part: resolver.resolve(part) for part in parts}
    return {
        s: " + ".join(dict.fromkeys(canonical[p] for p in s.split(" + ")))
        for s in {s for s in subjects if s}
    }
