"""Who gives a figure: a source the sentence names ("according to AFP", "Xinhua
said"), an agency wherever it stands, or a reporter it names without a name ("the
police", "die Veranstalter", "警方"). One article's two counts of a toll or a crowd
from two reporters disagree; from one reporter, the later is an update.

The unnamed reporters are language data (`factcheck/lexicon/subjects.yaml`,
`reporters`), compiled once per language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

from factcheck.annotation.roles import Mention, Roles
from factcheck.extraction.patterns import WORD_CHARS, alternation
from factcheck.lexicon import load_table, words


class Reporter(NamedTuple):
    start: int
    end: int
    name: str


@cache
def _reporter_words(lang: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """One language's unnamed reporters: a pattern and each word's reporter id."""
    ids = {
        word.lower(): str(row["id"])
        for row in load_table("subjects").get("reporters", [])
        for word in words(row, lang)
    }
    if not ids:
        return re.compile("(?!)"), {}
    if lang == "zh":
        return re.compile(alternation(ids)), ids
    edges = rf"(?<![{WORD_CHARS}])(?:{alternation(ids)})(?![{WORD_CHARS}])"
    return re.compile(edges, re.IGNORECASE), ids


def reporters_in(
    text: str, lang: str, span: tuple[int, int], mentions: Iterable[Mention], roles: Roles
) -> list[Reporter]:
    """The reporters of text[lo:hi]: named sources, agencies, names followed by a
    reporting verb (an organisation that says a figure may also be its subject: "民陣指
    有103萬人參加"), and unnamed reporters."""
    lo, hi = span
    found = [
        Reporter(m.start, m.end, m.entity)
        for m in mentions
        if m.source or m.kind == "agency" or roles.sources_after.match(text, m.end, hi)
    ]
    pattern, ids = _reporter_words(lang)
    found += [
        Reporter(m.start(), m.end(), ids[m.group().lower()]) for m in pattern.finditer(text, lo, hi)
    ]
    return sorted(found)


def reporter_of(reporters: list[Reporter], start: int, end: int) -> str | None:
    """The reporter nearest before the claim ("警方則指…有24萬人"), else nearest after."""
    before = [r for r in reporters if r.end <= start]
    if before:
        return before[-1].name
    after = [r for r in reporters if r.start >= end]
    return after[0].name if after else None
