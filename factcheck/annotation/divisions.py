"""A division named after its company: "Airbus Defence and Space", "Airbus
Helicopters", "Mercedes-Benz Cars". A listed company's name followed straight by
capitalised words is another name, the division's, unless the first of them is an
officer's title, a share, a legal form or a word of the company's own name
(`subjects.yaml` `not_divisions`, `legal_forms`): "Airbus CEO Guillaume Faury",
"Toyota Motor", "BMW Group" stay the company. A division's order intake is not the
group's. Only in English and Dutch, which capitalise names alone (German capitalises
every noun: "Airbus Chef Faury"), and never in a line written in title case ("Airbus
Reports Record Deliveries")."""

from __future__ import annotations

import re
from functools import cache

from factcheck.extraction.patterns import COMPOUND_LANGS, NEVER, alternation
from factcheck.lexicon import by_language, load_table

DIVISION_LANGS = frozenset({"en", "nl"})
# Capitalised words right after the name, joined by spaces or "and"/"&": up to four.
FOLLOWING = re.compile(r" ([A-Z][a-z]+(?:(?: and | & | en | )[A-Z][a-z]+){0,3})(?![\w-])")
WORD = re.compile(r"[^\W\d_][\w'’&.-]*")
TITLE_CASE_SHARE = 0.6  # a line this capitalised, of four words or more, is a headline
TITLE_CASE_WORDS = 4


def division_end(text: str, end: int, lang: str) -> int | None:
    """Where the division's name that a company's name ending at `end` begins ends,
    or None when the words after it name no division."""
    if lang not in DIVISION_LANGS:
        return None
    following = FOLLOWING.match(text, end)
    if following is None:
        return None
    first = following.group(1).split(" ")[0]
    if first.lower() in _not_divisions(lang) or _title_case_line(text, end):
        return None
    return following.end(1)


@cache
def _not_divisions(lang: str) -> frozenset[str]:
    table = load_table("subjects")
    words = [*by_language(table.get("not_divisions"), lang), *table["legal_forms"]]
    months = (m for row in load_table("months").values() for m in row.get(lang, []))
    return frozenset(w.lower() for w in (*words, *months))


def _title_case_line(text: str, at: int) -> bool:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    words = WORD.findall(text, start, len(text) if end < 0 else end)
    capitalised = sum(w[0].isupper() for w in words)
    return len(words) >= TITLE_CASE_WORDS and capitalised >= TITLE_CASE_SHARE * len(words)


def unit_words_pattern(listed: list[str], lang: str) -> re.Pattern[str]:
    """The business-unit words (`business_units`), in German and Dutch also closing a
    compound ("Rüstungssparte", "defensietak")."""
    if not listed:
        return NEVER
    edges = alternation(listed, word_edges=lang != "zh", left_edge=lang not in COMPOUND_LANGS)
    return re.compile(edges, re.IGNORECASE)
