"""Time: dates and times are not quantities, and each sentence's period
("im Jahr 2024", "FY2025", "2025-Q2") is the time scope of its claims."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from factcheck.extraction.patterns import phrase_trie, trie_pattern
from factcheck.lexicon import by_language, load_table, words

YEAR = re.compile(r"(?=[12])(?<![\d.,'’])((?:19|20)\d{2})(?![\d])(?![.,]\d)")
SHORT_FY = re.compile(r"(?<![\w])FY[ ]?'?(\d{2}|(?:19|20)\d{2})(?!\d)", re.IGNORECASE)


def _month_names() -> list[str]:
    table = load_table("months")
    return [
        name for row in table.values() for lang in ("en", "de", "nl") for name in words(row, lang)
    ]


@cache
def date_pattern() -> re.Pattern[str]:
    """Dates and clock times in any of the four languages: their digits are no claims.

    Each branch opens with a cheap guard (a digit, a word start, a Han month
    numeral) so the scan rejects most positions on their first character.
    """
    month = trie_pattern(_month_names())
    digit_led = [
        r"\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?",
        r"\d{1,2}:\d{2}(?::\d{2})?(?!\d)",
        r"\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?!\d)",
        r"(?:19|20)\d{2}-(?:0[1-9]|1[0-2])(?!\d)",
        r"(?:\d{2,4}[ \t]*年[ \t]*)?\d{1,2}[ \t]*月(?:[ \t]*\d{1,2}[ \t]*[日号號])?",
        r"\d{4}[ \t]*年(?![代度])",
        rf"\d{{1,2}}\.?[ \t]+(?:{month})(?![^\W_])\.?(?:[ \t]+\d{{4}})?",
        r"(?:19|20)\d{2}[ \t]*[-–/][ \t]*(?:19|20)?\d{2}(?!\d)(?![.,]\d)",
        r"\d{1,2}(?:[.:]\d{2})?[ \t]*(?:a\.m\.|p\.m\.|am|pm|uur|Uhr)(?![\w])",
    ]
    day_year = r"\d{1,2}(?:st|nd|rd|th)?(?:,?[ \t]+\d{4})?"
    word_led = rf"(?:{month})(?![^\W_])\.?[ \t]+(?:{day_year}|\d{{4}})(?!\d)"
    han_month = (
        r"(?<![一二三四五六七八九十两])(?:十[一二]|[一二三四五六七八九十])月(?:[初中底末]|份)?"
    )
    return re.compile(  # the cheap lookahead first: most positions fail on it
        rf"(?=\d)(?<![\d.,])(?:{'|'.join(digit_led)})"
        rf"|(?=[^\W\d_])(?<![^\W_])(?:{word_led})"
        rf"|(?=[一二三四五六七八九十])(?:{han_month})",
        re.IGNORECASE,
    )


@cache
def period_patterns(lang: str) -> tuple[re.Pattern[str], list[tuple[re.Pattern[str], str]]]:
    """The fiscal-year cue and the quarter/half phrases of a language."""
    table = load_table("time")
    fiscal_words = by_language(table["fiscal"], lang)
    fiscal = re.compile(rf"({phrase_trie(fiscal_words, ignore_case=True)})", re.IGNORECASE)
    periods = []
    for key, tag in (("quarters", "Q"), ("halves", "H")):
        for row in table[key]:
            phrase = re.compile(phrase_trie(words(row, lang), ignore_case=True), re.IGNORECASE)
            periods.append((phrase, f"{tag}{row['value']}"))
    return fiscal, periods


@cache
def period_spans_pattern(lang: str) -> re.Pattern[str]:
    """Quarter and half-year phrases ("2. Quartal", "Q3", "第三季度"): their numbers are
    time. Word edges as everywhere: none around Chinese, which has no spaces."""
    table = load_table("time")
    phrases = [w for key in ("quarters", "halves") for row in table[key] for w in words(row, lang)]
    return re.compile(phrase_trie(phrases, ignore_case=True), re.IGNORECASE)


def time_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of dates, clock times and named periods, in text order."""
    spans = [m.span() for m in date_pattern().finditer(text)]
    spans += [m.span() for m in period_spans_pattern(lang).finditer(text)]
    return sorted(spans)


def time_scope(
    sentence: str, lang: str, is_quantity: Callable[[str, int], bool] | None = None
) -> str | None:
    """The period a sentence states: 2025-Q2, FY2025, 2024-H1 or 2024.

    `is_quantity(sentence, end)` tells a year-like figure that is a quantity
    ("2000 GPUs") from a year, so it is never taken as the period.
    """
    short = SHORT_FY.search(sentence)
    if short:
        year = short.group(1)
        return f"FY{year if len(year) == 4 else '20' + year}"
    year_match = next(
        (
            m
            for m in YEAR.finditer(sentence)
            if not (is_quantity and is_quantity(sentence, m.end()))
        ),
        None,
    )
    if year_match is None:
        return None
    year = year_match.group(1)
    fiscal, periods = period_patterns(lang)
    for phrase, tag in periods:
        if phrase.search(sentence):
            return f"{year}-{tag}"
    if fiscal.search(sentence):
        return f"FY{year}"
    return year
