"""Years that are the base of a comparison or where a span starts, never a figure's
own period: "30 percent more than in 2022", "gegenüber 2022", "比2022年", "seit Juli
2017", "2021年以来", and a year inside the compared figure's own phrase ("compared with
1.39 billion people in line with the sixth national census of 2010, increased by 72.05
million")."""

from __future__ import annotations

import re
from functools import cache

from factcheck.extraction.patterns import alternation, phrase_trie
from factcheck.lexicon import by_language, load_table, words

BASE_REACH = 60  # characters before a year that may hold its comparison word
PHRASE_REACH = 100  # characters before a year that may hold a compared figure's phrase
YEAR_FIRST_REACH = 16  # "从 2022 年的 ": a base word and its year right before the figure
# The words of a compared figure's phrase: no clause break; a decimal point or comma
# between digits is none ("1.39 billion", "1,34 Milliarden").
PHRASE_BODY = r"(?:[^,;:!?()\n。，；：！？（）.]|[.,](?=\d))"
FOUR_DIGITS = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # a year's digits


def month_names() -> list[str]:
    """The month names of the Latin-script languages, for patterns a year may follow."""
    table = load_table("months")
    return [
        name for row in table.values() for lang in ("en", "de", "nl") for name in words(row, lang)
    ]


@cache
def base_year_after(lang: str) -> re.Pattern[str]:
    """A word after a year that makes it where a span starts ("2021年以来")."""
    listed = by_language(load_table("time").get("base_year_after", {}), lang)
    return re.compile(rf"\s*年?(?:{alternation(listed)})" if listed else "(?!)")


@cache
def base_year_pattern(lang: str) -> re.Pattern[str]:
    """A comparison word right before a year, or before "the same period of" (or a
    quarter: "a 22% increase over the first quarter of 2022") and a year, or before a
    fiscal year ("down 20.8 percent from fiscal 2024", "gegenüber dem Geschäftsjahr
    2023"), or a word that starts a span ("seit Juli 2017"): the year is what is
    compared against or counted from."""
    table = load_table("time")
    listed = by_language(table["base_year_before"], lang)
    if not listed:
        return re.compile("(?!)")
    edge = "" if lang == "zh" else r"(?<![\w])"
    articles = r"(?:\s+(?:the|dem|den|der|des|het|de))?"  # "gegenüber dem Vorjahr"
    periods = list(by_language(table.get("same_period", {}), lang))
    if periods:
        rows = (row for key in ("quarters", "halves") for row in table[key])
        periods += [w for row in rows for w in words(row, lang)]
    joiners = list(by_language(table.get("same_period_joiners", {}), lang))
    same = ""
    if periods:
        joined = rf"(?:\s+(?:{alternation(joiners)}))?" if joiners else ""
        same = rf"(?:\s+(?:{alternation(periods)}){joined})?"
    month = rf"(?:\s+(?:{alternation(month_names())}))?"  # "seit Juli 2017"
    fiscal_words = list(by_language(table.get("fiscal", {}), lang))  # "from fiscal 2024"
    fiscal = rf"(?:\s*(?:{alternation(fiscal_words)}))?" if fiscal_words else ""
    return re.compile(
        rf"{edge}(?:{alternation(listed)}){articles}{same}{fiscal}{month}\s*$", re.IGNORECASE
    )


def is_base_year(text: str, start: int, lang: str) -> bool:
    """Whether the year at `start` is a comparison's base or a span's start: a base word
    right before it, or a comparison word and the compared figure before it in the same
    clause ("compared with 1.39 billion people … of 2010")."""
    if base_year_pattern(lang).search(text, max(0, start - BASE_REACH), start):
        return True
    return bool(compared_figure(lang).search(text, max(0, start - PHRASE_REACH), start))


@cache
def compared_figure(lang: str) -> re.Pattern[str]:
    """A comparison word (`base_phrase_before`), then a figure and the words of its
    phrase up to the year, no clause break between."""
    listed = by_language(load_table("time").get("base_phrase_before", {}), lang)
    if not listed:
        return re.compile("(?!)")
    body = rf"{PHRASE_BODY}*?\d{PHRASE_BODY}*?"
    trie = phrase_trie(listed, ignore_case=True)
    return re.compile(rf"(?<![\w])(?:{trie})\s+{body}\s*$", re.IGNORECASE)


def compared_phrase(text: str, start: int, end: int, lang: str) -> tuple[int, int, str] | None:
    """The phrase of a compared figure at text[start:end] that ends in a year, as
    (start, end, year): "compared with 1.39 billion people … census of 2010" (2010 is
    that figure's), "compared with $4 billion in the first quarter of 2022"; or, in
    Chinese, that starts with one: "从2022年的212亿欧元" (a move's start)."""
    first = year_first_base(lang)
    found = first and first.search(text, max(0, start - YEAR_FIRST_REACH), start)
    if found:
        return found.start(), end, found.group("year")
    year = FOUR_DIGITS.search(text, end, end + PHRASE_REACH)
    if year is None:
        return None
    phrase = compared_figure(lang).search(text, max(0, year.start() - PHRASE_REACH), year.start())
    if phrase is None or phrase.start() > start:
        return None
    return phrase.start(), year.end(), year.group()


@cache
def year_first_base(lang: str) -> re.Pattern[str] | None:
    """A base word, its year and the words up to the figure right after ("从2022年的")."""
    listed = by_language(load_table("time").get("base_year_first", {}), lang)
    if not listed:
        return None
    return re.compile(rf"(?:{alternation(listed)})\s*(?P<year>(?:19|20)\d\d)\s*年?\s*的?\s*$")


@cache
def _base_figure_before(lang: str) -> re.Pattern[str]:
    words = by_language(load_table("time").get("base_figure_before"), lang)
    if not words:
        return re.compile("(?!)")
    edges = lang != "zh"
    return re.compile(rf"(?:{alternation(words, word_edges=edges)})\s*(?:\S{{0,4}})$")


def is_base_figure(text: str, start: int, lang: str) -> bool:
    """Whether the figure at `start` is the base of a comparison with the same period a
    year before (`base_figure_before` right before it, a currency sign between)."""
    return _base_figure_before(lang).search(text, max(0, start - 40), start) is not None
