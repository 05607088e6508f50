"""Names that are not in the entity table: finding them in a text, and spelling
each one one way across documents.

A capitalised word is a name only when it looks like one: a product code, a
CamelCase or all-caps name, a capitalised word inside an English or Dutch sentence,
or (in German, which capitalises every noun) a word before a legal form ("Siemens
Energy AG"). Function words, demonyms, headline words, months, weekdays, periods
("Q4") and tickers after an exchange ("NASDAQ: TSLA") are not; the lists are language
data (`factcheck/lexicon/subjects.yaml`). Names not in the table ("Trainium",
"Trainium2", "OpenAI's") are matched across documents with rapidfuzz, so a report, a
check and the claims store each spell an unknown name one way.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from functools import cache

from rapidfuzz import fuzz, process

from factcheck.extraction.notclaims import exchange_label, is_ticker
from factcheck.extraction.patterns import alternation
from factcheck.extraction.weekdays import weekday_numbers
from factcheck.lexicon import by_language, load_table, words
from factcheck.models import Subject

DIGITS = re.compile(r"\d+")
# The capital first, then the look back at the character before it: the scan skips
# to capitals instead of testing the look-behind at every position.
LATIN = r"0-9A-Za-z_\u00c0-\u024f"
UNKNOWN_NAME = re.compile(
    rf"[A-Z](?<![{LATIN}-][A-Z])[a-z]*[A-Z0-9][{LATIN}&]*(?:-[A-Z0-9][{LATIN}]*)*(?![{LATIN}-])"
)
LATIN_CAPITALISED = re.compile(  # a name may follow a dash written "--" ("(Jiji Press)--Toyota")
    rf"[A-Z](?:(?<![{LATIN}-][A-Z])|(?<=--[A-Z]))[a-z]{{2,}}(?:[ -][A-Z][a-z]+)*(?![{LATIN}-])"
)
GERMAN_CAPITALISED = r"[A-ZÄÖÜ][\w&.-]*"
OPENERS = frozenset(".!?:\n")


class NameFinder:
    """Finds one language's unknown names; built once per language and acronym list."""

    def __init__(self, lang: str, acronyms: frozenset[str]) -> None:
        table = load_table("subjects")
        months = (
            m for row in load_table("months").values() for m in words(row, lang) + words(row, "en")
        )
        listed = [*by_language(table["not_names"], lang), *weekday_numbers(lang)]
        listed += [*_unit_names(lang), *table["legal_forms"]]  # "Airbus SE": no "SE"
        self.lang = lang
        self.acronyms = acronyms
        self.not_names = frozenset(w.lower() for w in [*listed, *months])
        self.not_pattern = re.compile("|".join(table["not_name_patterns"]))
        self.exchange_label = re.compile(exchange_label())  # "(NASDAQ: AAPL)"
        legal = alternation(table["legal_forms"])
        self.legal = re.compile(
            rf"(?<![\w-])({GERMAN_CAPITALISED}(?: {GERMAN_CAPITALISED}){{0,2}}) {legal}"
        )

    def find(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """(start, end) of each unknown name in text[start:end], in no particular order."""
        found = [m.span() for m in UNKNOWN_NAME.finditer(text, start, end)]
        if self.lang in ("en", "nl"):
            runs = LATIN_CAPITALISED.finditer(text, start, end)
            found += [m.span() for m in runs if not _opens(text, m.start())]
        else:
            found += [m.span(1) for m in self.legal.finditer(text, start, end)]
        names = (self._trimmed(text, lo, hi) for lo, hi in found)
        return [span for span in names if span is not None]

    def _trimmed(self, text: str, lo: int, hi: int) -> tuple[int, int] | None:
        """The name without leading non-name words ("The Central Election Commission"),
        or None when nothing of it is a name."""
        while True:
            name = text[lo:hi]
            head, _, rest = name.partition(" ")
            if not rest or head.lower() not in self.not_names:
                break
            lo += len(head) + 1
        if self._not_a_name(text, lo, name):
            return None
        return lo, hi

    def _not_a_name(self, text: str, lo: int, name: str) -> bool:
        if name.lower() in self.not_names or self.not_pattern.fullmatch(name):
            return True
        if any(part in self.acronyms for part in name.split("-")):
            return True
        if self.exchange_label.match(text, lo) or text[lo - 1 : lo] == "$":
            return True
        return is_ticker(text, lo)


def _unit_names(lang: str) -> list[str]:
    """Physical units' symbols and words ("GW", "Gigawatts"): a capitalised unit
    is what a figure measures, never who it is about."""
    rows = load_table("units")["physical"]
    found = [
        str(word)
        for row in rows
        for word in (*row.get("symbols", []), *words(row, lang), *words(row, "en"))
    ]
    return [w for w in found if len(w) > 1] + [w + "s" for row in rows for w in words(row, lang)]


@cache
def name_finder(lang: str, acronyms: frozenset[str]) -> NameFinder:
    return NameFinder(lang, acronyms)


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


def _opens(text: str, start: int) -> bool:
    """Whether a capitalised word opens its sentence (then it is capitalised anyway)."""
    before = text[max(0, start - 3) : start].rstrip(" \t\"“‘'(")
    return not before or before[-1] in OPENERS


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
