"""A period named by the day it ends: a quarter ("the quarter ended September 30,
2025", "the three months to June 2025", "das Quartal bis Ende September 2025", "het
kwartaal tot eind september 2025", "截至2025年9月底的季度") or a year ("for the year
ended December 31, 2024", "in the 12 months ended Dec. 31", "截至2024年12月31日止年度").
Company reports name their periods so; read as the year alone, a quarter's figure met
the whole year's, and read as nothing, a year's figure met any quarter's.

A quarter is the calendar quarter of the three months' middle month: a quarter ending
in March is the first, one ending on 27 April (Nvidia's fiscal first quarter) mostly
February to April, also the first. A year ending in December is the calendar year,
any other the fiscal year it ends ("FY2024"); a year written without its year ("the
12 months ended Dec. 31") ends on the last such day before publication. The phrases
are `quarter_ending` and `year_ending` in `lexicon/time.yaml`; month names are
`daydates.month_numbers` (after "quarter ended", "Mar" is March).
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.extraction.daydates import month_numbers
from factcheck.extraction.patterns import alternation
from factcheck.extraction.relative_time import own_relative_year
from factcheck.lexicon import by_language, load_table

# One of these is in every phrase: one case-blind scan rules out most sentences.
CUES = re.compile(
    r"(?=[QqMmVvKkYyJjGgBb季个個年财財])"
    r"(?:quart|month|monat|vierteljahr|kwartaal|maanden|year|jahr|jaar|季|个月|個月|年度|财|財)",
    re.IGNORECASE,
)
YEAR = re.compile(r"(?:19|20)\d{2}")
RELATIVE_REACH = 20  # characters after a year end's month that may name its year ("next year")


def quarter_cues(text: str) -> list[int]:
    """Where the text holds a word every period-end phrase holds one of."""
    return [match.start() for match in CUES.finditer(text)]


def period_ending(sentence: str, lang: str, published: str | None = None) -> str | None:
    """ "2025-Q3" for a quarter the sentence names by its end month and year; "2024"
    or "FY2024" for a year named by its end."""
    if CUES.search(sentence) is None:
        return None
    found = _pattern(lang, "quarter_ending").search(sentence)
    if found is not None:
        month = _month(found)
        if not month:
            return None
        year, middle = int(found["y"]), month - 1
        if middle < 1:
            year, middle = year - 1, 12
        return f"{year}-Q{(middle - 1) // 3 + 1}"
    found = _pattern(lang, "year_ending").search(sentence)
    month = _month(found) if found is not None else None
    if found is None or not month:
        return None
    year = int(found["y"]) if found["y"] else _next_or_last(sentence, found, lang, published)
    if year is None:
        return None
    return str(year) if month == 12 else f"FY{year}"


def without_year_ending(sentence: str, lang: str) -> str:
    """The sentence with the phrases naming a year by its end month blanked out: "For
    the financial year ending in September, … fourth-quarter revenue", "Für das im
    September zu Ende gehende Geschäftsjahr verzeichnete Infineon im vierten Quartal"
    name the quarter by no month."""
    if CUES.search(sentence) is None:
        return sentence
    for pattern in (_pattern(lang, "year_ending"), _month_of_fiscal_year(lang)):
        sentence = pattern.sub(lambda found: " " * len(found.group()), sentence)
    return sentence


@cache
def _month_of_fiscal_year(lang: str) -> re.Pattern[str]:
    """A month within three words of a fiscal-year word, either side."""
    fiscal = by_language(load_table("time").get("fiscal", {}), lang)
    if not fiscal or lang == "zh":
        return re.compile("(?!)")
    months, fy = alternation(month_numbers()), alternation(fiscal)
    near = r"(?:[\W_]+\w+){0,3}?[\W_]+"
    return re.compile(
        rf"(?<!\w)(?:{months}){near}(?:{fy})|(?<!\w)(?:{fy}){near}(?:{months})(?!\w)",
        re.IGNORECASE,
    )


def same_year(ending: str, scope: str | None) -> bool:
    """Whether a period-end's year is the scope's, or the clause states none."""
    year = YEAR.search(ending)
    return scope is None or (year is not None and scope == year.group())


def _month(found: re.Match[str]) -> int | None:
    # each pattern has both groups, one left empty: a month's name, or its number (zh)
    month = month_numbers().get(found["mon"].lower()) if found["mon"] else int(found["m"])
    return month if month and 1 <= month <= 12 else None


def _next_or_last(
    sentence: str, found: re.Match[str], lang: str, published: str | None
) -> int | None:
    """The year of a year end written without one: the year a relative phrase right
    after the month names ("the year ending March next year", "het boekjaar tot en met
    maart volgend jaar": the publication's year and one), else the last end of that
    month before publication."""
    offset = own_relative_year(sentence, lang, found.end(), found.end() + RELATIVE_REACH)
    if offset is not None and published and YEAR.match(published):
        return int(published[:4]) + offset
    return _last_before(_month(found) or 0, published)


def _last_before(month: int, published: str | None) -> int | None:
    """The year of the last end of `month` before the publication date; with only the
    year published, the year before when the period ends in December (every day of
    the year comes after the last 31 December), else none (a June year end may be the
    publication year's or the one before)."""
    if not published or not YEAR.match(published):
        return None
    if len(published) < 7:
        return int(published[:4]) - 1 if month == 12 else None
    year, published_month = int(published[:4]), int(published[5:7])
    return year if month < published_month else year - 1


@cache
def _pattern(lang: str, table: str) -> re.Pattern[str]:
    listed = by_language(load_table("time").get(table, {}), lang)
    if not listed:
        return re.compile("(?!)")
    year = r"(?P<y>(?:19|20)\d{2})"
    if lang == "zh":
        after = alternation(listed, word_edges=False)
        return re.compile(
            rf"截至\s*{year}\s*年\s*(?P<m>\d{{1,2}})\s*月(?:底|末|\s*\d{{1,2}}\s*日)?"
            rf"(?:止)?\s*的?\s*(?:{after})(?P<mon>)"
        )
    months = alternation(month_numbers())
    day = r"(?:\d{1,2}\.?\s+)?"  # "30 september", "30. September"
    year_part = rf",?\s+{year}" if table == "quarter_ending" else rf"(?:,?\s+{year})?"
    return re.compile(
        rf"(?<![\w])(?:{alternation(listed)})\s+(?:the\s+|dem\s+|in\s+)?{day}(?P<mon>{months})\.?"
        rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?{year_part}(?!\d)(?P<m>)",
        re.IGNORECASE,
    )
