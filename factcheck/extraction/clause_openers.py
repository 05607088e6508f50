"""What opens a clause with a time of its own inside a sentence: a report ("announced
that", "maakte bekend dat", "inzwischen": a time before it dates the report, not the
figures after it) and a comparison's base ("compared to €6.7 billion at the
beginning of 2022": the year is the base's). Word lists in `lexicon/time.yaml`."""

from __future__ import annotations

import re
from functools import cache

from factcheck.extraction.patterns import NEVER, YEAR_DIGITS, alternation, initials_guard
from factcheck.lexicon import by_language, load_table

# A figure next, a currency before its digits at most: what a comparison opener needs
# after it, and what makes a comparative's "than" a bound instead ("more than 9,000").
FIGURE_NEXT = r"\s*(?:US\$|HK\$|NT\$|[$€£¥]|EUR |USD )?\d"


@cache
def reported_that(lang: str) -> re.Pattern[str]:
    """What opens a reported clause ("announced that", "maakte bekend dat") or one with
    a time of its own ("and later became", "inzwischen", "后来")."""
    table = load_table("time")
    listed = [*by_language(table.get("reported_that", {}), lang)]
    listed += by_language(table.get("time_shifts", {}), lang)
    if not listed:
        return re.compile("(?!)")
    guard = initials_guard(listed)
    if lang == "zh":
        return re.compile(rf"{guard}(?:{alternation(listed, word_edges=False)})")
    return re.compile(rf"{guard}(?<![\w])(?:{alternation(listed)})(?![\w])", re.IGNORECASE)


def base_ends(text: str, start: int, end: int, lang: str) -> list[int]:
    """Where the base openers of text[start:end] begin (`base_openers`: "from"): they
    end the clause of a figure before them, not the one of a figure after them."""
    return [
        match.start()
        for match in comparison_openers(lang, "base_openers").finditer(text, start, end)
    ]


@cache
def comparison_openers(lang: str, key: str = "comparison_openers") -> re.Pattern[str]:
    """A comparison opener right before its base figure ("compared to €6.7 billion",
    "nach 6,7 Milliarden", "tegen 6,7 miljard", "而2022年初为67亿"), or with an article
    between ("ten opzichte van de 17 zetels")."""
    table = load_table("time")
    listed = by_language(table.get(key, {}), lang)
    if not listed:
        return NEVER
    articles = by_language(table.get("comparison_articles", {}), lang)
    article = rf"(?:\s+(?:{alternation(articles)}))?" if articles else ""
    of = by_language(table.get("comparison_measure_of", {}), lang)
    measure = rf"(?:(?:\s+[^\W\d][\w-]*){{1,4}}\s+(?:{alternation(of)}))?" if of else ""
    figure = rf"{measure}{article}(?={FIGURE_NEXT})"
    guard = initials_guard(listed)  # the scan tries a phrase only where one can start
    if lang == "zh":
        return re.compile(rf"{guard}(?:{alternation(listed, word_edges=False)}){figure}")
    return re.compile(rf"{guard}(?<![\w])(?:{alternation(listed)}){figure}", re.IGNORECASE)


def compared_ends(text: str, start: int, end: int, lang: str) -> list[int]:
    """Where the comparison openers of text[start:end] begin (`comparison_openers`)."""
    return [match.start() for match in comparison_openers(lang).finditer(text, start, end)]


def reported_ends(text: str, start: int, end: int, lang: str) -> list[int]:
    """Where the reported clauses of text[start:end] open ("…announced that| …"): a
    time before one dates the report, not the figures after it."""
    return [match.end() for match in reported_that(lang).finditer(text, start, end)]


def comparative_ends(text: str, start: int, end: int, lang: str) -> list[int]:
    """Where a comparative's "than" before anything but a figure begins in
    text[start:end] (`comparative_than`): "minder dan de omzet van … over 2023"."""
    return [match.start() for match in comparative_than(lang).finditer(text, start, end)]


@cache
def comparative_than(lang: str) -> re.Pattern[str]:
    words = _listed("time", "comparative_than", lang)
    return re.compile(rf"{words}(?!{FIGURE_NEXT})", re.IGNORECASE) if words else NEVER


# A move's target word and its figure: one lower-case adverb may stand between ("auf
# nun 91 Sitze", "naar nu 91 zetels").
ADVERB_GAP = re.compile(r"[ \t]*(?:[a-zäöüß]{2,12}[ \t]+)?")


def move_target_start(text: str, lo: int, figure: int, lang: str) -> tuple[int, int] | None:
    """Where a move's old level begins and its new level's side begins, when
    text[lo:figure] holds the old level's words and a time of theirs ("ging | von 2319
    im Vorjahr | auf 862"): the last move target word right before the figure (or an
    adverb before it), after a move's "from" and its figure."""
    target = next(reversed(list(move_target(lang).finditer(text, lo, figure))), None)
    if target is None or not ADVERB_GAP.fullmatch(text, target.end(), figure):
        return None
    origin = move_origin(lang).search(text, lo, target.start())
    return None if origin is None else (origin.start(), target.start())


@cache
def move_target(lang: str) -> re.Pattern[str]:
    words = _listed("time", "move_targets", lang)
    return re.compile(words) if words else NEVER


@cache
def move_origin(lang: str) -> re.Pattern[str]:
    words = _listed("ranges", "from", lang)
    not_a_year = rf"(?!(?:{YEAR_DIGITS})(?!\d))"  # "van 2024 steeg": the move's year
    return re.compile(rf"{words}\s*{not_a_year}\d") if words else NEVER


def _listed(table: str, key: str, lang: str) -> str:
    """A table row's words for the language as one group, whole words outside Chinese;
    '' for none."""
    listed = by_language(load_table(table).get(key, {}), lang)
    return f"(?:{alternation(listed, word_edges=lang != 'zh')})" if listed else ""
