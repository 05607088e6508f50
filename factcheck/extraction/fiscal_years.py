"""Fiscal years as articles name them ("fiscal 2026", "FY26", "Geschäftsjahr 2025/26",
"2026财年") and their quarters ("fiscal first quarter", "第一财季"): the patterns
`timescope` dates a company's figures by."""

from __future__ import annotations

import re
from functools import cache

from factcheck.extraction.patterns import phrase_trie
from factcheck.lexicon import by_language, load_table, words

SHORT_FY = re.compile(r"(?<![\w])FY[ ]?'?(\d{2}|(?:19|20)\d{2})(?!\d)", re.IGNORECASE)


def full_year(year: str) -> str:
    """ "26" -> "2026": finance news' two-digit years are of 20xx."""
    return year if len(year) == 4 else "20" + year


def fiscal_year_named(sentence: str, lang: str) -> str | None:
    """The year of a fiscal year the text names: "fiscal 2026", "FY26", "Geschäftsjahr
    2025/26" or "2025-26" (the year it ends in), "boekjaar 2026", "2026财年"."""
    short = SHORT_FY.search(sentence)
    if short:
        return full_year(short.group(1))
    named = fiscal_year_pattern(lang).search(sentence)
    if named is None:
        return None
    end = named["end"] or named["end2"]
    if end:
        return named["y"][:2] + end if len(end) == 2 else end
    return named["y"]


@cache
def fiscal_year_pattern(lang: str) -> re.Pattern[str]:
    """A fiscal-year word with its year, in the language's order ("fiscal year 2026",
    "Geschäftsjahres 2025/26", "2026财年")."""
    fiscal = phrase_trie(by_language(load_table("time")["fiscal"], lang), ignore_case=True)
    year = r"(?P<y>(?:19|20)\d{2})(?:/(?P<end>(?:20)?\d{2})|[-–](?P<end2>\d{2}))?(?!\d)"
    if lang == "zh":
        return re.compile(rf"{year}\s*年?\s*(?:{fiscal})", re.IGNORECASE)
    return re.compile(rf"(?:{fiscal})(?:\s+(?:year|of))?\s*{year}", re.IGNORECASE)


@cache
def fiscal_quarter_patterns(lang: str) -> list[tuple[re.Pattern[str], int]]:
    """Each fiscal quarter's phrases ("fiscal first quarter", "第一财季") and its number."""
    return [
        (re.compile(phrase_trie(words(row, lang), ignore_case=True), re.IGNORECASE), row["value"])
        for row in load_table("time")["fiscal_quarters"]
        if words(row, lang)
    ]
