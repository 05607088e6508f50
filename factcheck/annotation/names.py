"""One spelling per name: names not in the entity table ("Trainium", "Trainium2",
"OpenAI's") are matched across documents with rapidfuzz, so a report, a check and
the claims store each spell an unknown name one way. This module is the one place
where that happens.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from rapidfuzz import fuzz, process

from factcheck.models import Subject

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


def unify_names(subjects: Iterable[Subject | None], threshold: float) -> dict[Subject, Subject]:
    """Map every spelling of an unknown name to one canonical spelling, for each subject.

    Names are clustered in sorted order, so the mapping does not depend on the
    order the documents came in; joint subjects are mapped member by member.
    """
    distinct = {s for s in subjects if s}
    resolver = NameResolver(threshold)
    canonical = {name: resolver.resolve(name) for name in sorted({n for s in distinct for n in s})}
    return {s: respelled(s, canonical) for s in distinct}


def respelled(subject: Subject, spelling: Mapping[str, str] | NameResolver) -> Subject:
    """The subject with each member spelled canonically (members that become one
    name are kept once)."""
    spell = spelling.resolve if isinstance(spelling, NameResolver) else spelling.__getitem__
    return Subject(dict.fromkeys(spell(name) for name in subject))


def names_of(subjects: Iterable[Subject]) -> tuple[str, ...]:
    """The distinct member names of some subjects, sorted."""
    return tuple(sorted({name for subject in subjects for name in subject}))
