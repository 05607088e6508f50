"""Adjectives of nationality as mentions of their country: "the German economy",
"die deutsche Wirtschaft", "de Duitse economie" speak of Germany as "Germany's
economy" does.

An adjective is a possessor of the noun it qualifies: the subject of a figure whose
sentence names no one else ("Die deutsche Wirtschaft ist um 0,3 Prozent geschrumpft"),
the place of a toll ("In der südkoreanischen Millionenmetropole Seoul starben 151
Menschen"), and the article's country only when the article names no place
(`article.main_place`): "Chinese investors" in a story on Tesla's Berlin plant do not
make it a story on China. The forms are language data (`lexicon/demonyms.yaml`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from factcheck.annotation.roles import Mention
from factcheck.extraction.patterns import COMPOUND_LANGS, alternation
from factcheck.lexicon import by_language, load_table, words


@dataclass(frozen=True)
class Demonyms:
    """One language's adjectives of nationality and the country each names."""

    pattern: re.Pattern[str]
    countries: dict[str, str]  # lower-cased form -> the country's id in the tables
    head_after: re.Pattern[str]  # " economy", " capital", " Millionenmetropole"

    def mentions(
        self,
        text: str,
        span: tuple[int, int],
        taken: Sequence[Mention],
        entity_of: Callable[[str], str | None],
    ) -> list[Mention]:
        """The adjectives in text[start:end] outside the names already found, as
        possessive mentions of the place `entity_of` resolves their country to."""
        found = []
        for match in self.pattern.finditer(text, *span):
            lo, hi = match.span()
            if any(m.start < hi and lo < m.end for m in taken):
                continue
            if not self.head_after.match(text, hi):
                continue  # "the first Japanese company": the company's, not Japan's
            entity = entity_of(self.countries[match.group().lower()])
            if entity is not None:
                found.append(Mention(lo, hi, entity, "place", possessive=True, adjective=True))
        return found


@cache
def demonyms_for(lang: str) -> Demonyms:
    """The compiled adjectives of a language (built once per process)."""
    table = load_table("demonyms")
    endings = by_language(table["endings"], lang) or [""]
    countries = {
        f"{form}{ending}".lower(): row["id"]
        for row in table["demonyms"]
        for form in words(row, lang)
        for ending in endings
    }
    heads = _heads_after(by_language(table["heads"], lang), compounds=lang in COMPOUND_LANGS)
    if lang in table["endings"]:  # German adjectives open sentences capitalised
        return Demonyms(re.compile(alternation(countries), re.IGNORECASE), countries, heads)
    listed = [form for row in table["demonyms"] for form in words(row, lang)]
    return Demonyms(re.compile(alternation(listed)), countries, heads)


def _heads_after(heads: list[str], compounds: bool) -> re.Pattern[str]:
    """A head noun after the adjective, one word between at most; in German and Dutch
    the head may end a compound ("Millionenmetropole")."""
    if not heads:
        return re.compile("(?!)")
    start = r"[^\W\d_]*" if compounds else ""
    between = r"(?:[^\W\d_]+[ \t\u00a0]+)?"
    return re.compile(
        rf"[ \t\u00a0]+{between}{start}(?:{alternation(heads, word_edges=False)})(?![\w])",
        re.IGNORECASE,
    )
