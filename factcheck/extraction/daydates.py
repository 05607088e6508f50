"""The day a claim's own clause names ("on 9 June, 1.03 million marched", "6月9日遊行
有103萬人參加", "am 19. Dezember"): a crowd, a toll or a price of that day.

Only a day with its month counts, with or without its year; a year alone is a period
(`timescope`), an ISO stamp ("2024-01-24") is a dateline, and a clause naming two
days ("14. und 15. Juli") names none. A day without its year takes the publication
year, or the year before when the day would come after the publication date.
Month names come from `lexicon/months.yaml`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from typing import NamedTuple

from factcheck.extraction.patterns import initials_guard
from factcheck.lexicon import load_table, words

_YEAR = r"(?P<y>(?:19|20)\d{2})"
SPAN_OF_DAYS = re.compile(r"\d\.?[ \t]*(?:[-–/&]|and|to|und|bis|en|tot|t/m|至|到)[ \t]*$")
_DAY = r"(?P<d>[0-3]?\d)"
# `(?<![\w.])[0-3]?\d` written digit first: the engine then jumps from digit to digit
_DAY_OPENING = r"(?P<d>\d(?<![\w.]\d)(?:(?<=[0-3])\d)?)"


SHORT_MONTHS = frozenset({"may", "mai", "mei"})  # whole names of three letters


@cache
def month_numbers() -> dict[str, int]:
    """Lower-cased en/de/nl month names and abbreviations -> month number."""
    table = load_table("months")
    return {
        name.lower(): int(number)
        for number, row in table.items()
        for lang in ("en", "de", "nl")
        for name in words(row, lang)
    }


@cache
def _months() -> dict[str, int]:
    """`month_numbers` without three-letter abbreviations: "Jan", "Mar" and "jun" are
    names and words as often as months, unless a phrase around them says otherwise."""
    return {
        name: number
        for name, number in month_numbers().items()
        if len(name) > 3 or name in SHORT_MONTHS
    }


@cache
def _month_pattern() -> re.Pattern[str]:
    """A month and its year: "June 2025", "im Juni 2025", "juni 2025", "2025年6月"."""
    names = "|".join(re.escape(name) for name in sorted(_months(), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w])(?P<mon>{names})\.?[ \t]+{_YEAR}(?!\d)"
        r"|(?P<zy>(?:19|20)\d{2})年[ \t]*(?P<zm>1[0-2]|0?[1-9])[ \t]*月",
        re.IGNORECASE,
    )


def one_month(text: str, lo: int, hi: int, year: str) -> str | None:
    """The one month of `year` text[lo:hi] names ("June 2025": "2025-06"); None for none
    or several."""
    found = set()
    for match in _month_pattern().finditer(text, lo, hi):
        if match.group("mon"):
            month, named = _months()[match.group("mon").lower()], match.group("y")
        else:
            month, named = int(match.group("zm")), match.group("zy")
        if named == year:
            found.add(f"{year}-{month:02d}")
    return found.pop() if len(found) == 1 else None


@cache
def _day_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The day patterns, each with the characters one of which every match holds
    ("" for none): a sentence without 月 is not scanned for "6月9日"."""
    names = "|".join(re.escape(name) for name in sorted(_months(), key=len, reverse=True))
    month = rf"(?P<mon>{names})"
    guard = initials_guard(list(_months()))
    return (
        (
            re.compile(
                rf"{_DAY_OPENING}(?:\.|st|nd|rd|th|e|ste|de)?[ \t]+{month}(?![\w])"
                rf"(?:,?[ \t]+{_YEAR}(?!\d))?",
                re.IGNORECASE,
            ),
            "",
        ),
        (
            re.compile(
                rf"{guard}(?<![\w]){month}\.?[ \t]+{_DAY}(?:st|nd|rd|th)?(?![\w.:])"
                rf"(?:,?[ \t]+{_YEAR}(?!\d))?",
                re.IGNORECASE,
            ),
            "",
        ),
        (
            re.compile(
                rf"(?:{_YEAR}[ \t]*年[ \t]*)?(?P<m>1[0-2]|0?[1-9])[ \t]*月"
                rf"[ \t]*{_DAY}[ \t]*[日号號]"
            ),
            "月",
        ),
        (_day_only(), "日号號"),
    )


def _day_only() -> re.Pattern[str]:
    """ "截至20日上午9时", "(19日)": a day of the month of publication (`lexicon/time.yaml`)."""
    table = load_table("time")
    before = "|".join(f"(?<={re.escape(w)})" for w in table["day_only_before"]["zh"])
    after = "|".join(map(re.escape, table["day_only_after"]["zh"]))
    hours = "".join(map(re.escape, table["clock_after"]["zh"]))
    return re.compile(
        rf"(?:{before})[ \t]*{_DAY}[ \t]*[日号號](?=[ \t]*(?:{after}|[0-2]?\d[{hours}]))"
    )


class Day(NamedTuple):
    start: int
    end: int
    iso: str | None  # None: one of several days ("14 en 15 juli")


def days_in(text: str, lo: int, hi: int, published: str | None) -> list[Day]:
    """The days text[lo:hi] names, in text order (one pass per sentence)."""
    days = []
    for pattern, needs in _day_patterns():
        if needs and _needed(needs).search(text, lo, hi) is None:
            continue
        for match in pattern.finditer(text, lo, hi):
            ranged = SPAN_OF_DAYS.search(text, max(lo, match.start() - 12), match.start())
            iso = None if ranged else _iso(match, published)
            if iso is not None or ranged:
                days.append(Day(match.start(), match.end(), iso))
    return sorted(days)


def month_days_in(text: str, lo: int, hi: int) -> list[tuple[int, int, int]]:
    """The days of the month text[lo:hi] names, with or without their month and year,
    as (start, end, day), in text order: "on 7 October", "am 8. Oktober", "7日（星期六）",
    "临时政府8日发布" (a day before a word of reporting, `day_reported_after`)."""
    found = []
    for pattern, needs in (*_day_patterns(), (_day_reported(), "日号號")):
        if needs and _needed(needs).search(text, lo, hi) is None:
            continue
        for match in pattern.finditer(text, lo, hi):
            if not SPAN_OF_DAYS.search(text, max(lo, match.start() - 12), match.start()):
                found.append((match.start(), match.end(), int(match.group("d"))))
    return sorted(set(found))


@cache
def _day_reported() -> re.Pattern[str]:
    """ "临时政府8日发布的最新统计": a day of the month, then a word of reporting."""
    after = "|".join(map(re.escape, load_table("time")["day_reported_after"]["zh"]))
    return re.compile(rf"(?<![\d月.]){_DAY}[ \t]*[日号號](?=[ \t]*(?:{after}))")


@cache
def _needed(characters: str) -> re.Pattern[str]:
    """One of the characters a day pattern needs, found in one search."""
    return re.compile(f"[{re.escape(characters)}]")


def one_day(days: list[Day], lo: int, hi: int) -> str | None:
    """The one day of `days` inside [lo, hi), as "YYYY-MM-DD"; None for none or several."""
    found = None
    for day in days[bisect_left(days, (lo,)) :]:
        if day.start >= hi:
            break
        if day.end > hi:
            continue
        if day.iso is None or (found is not None and day.iso != found):
            return None
        found = day.iso
    return found


# A day up to this many days after the date a text is known by is still of its year:
# the date may be the first the text names (an undated draft), not its publication.
AHEAD_DAYS = 7


def _iso(match: re.Match[str], published: str | None) -> str | None:
    groups = match.groupdict()
    day = int(match.group("d"))
    if groups.get("m"):
        month = int(groups["m"])
    elif groups.get("mon"):
        month = _months().get(groups["mon"].lower(), 0)
    else:
        month = _month_of(day, published)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    year = groups.get("y")
    if year is None:
        if not published or len(published) < 7:
            return None
        year = published[:4]
        known = (int(published[5:7]), int(published[8:10] or 31))
        if (month, day) > known and not (month == known[0] and day <= known[1] + AHEAD_DAYS):
            year = str(int(year) - 1)
    return f"{year}-{month:02d}-{day:02d}"


def _month_of(day: int, published: str | None) -> int:
    """A day named without its month is of the month of publication, or of the month
    before when it would come well after the publication day."""
    if not published or len(published) < 10:
        return 0
    month = int(published[5:7])
    return month if day <= int(published[8:10]) + AHEAD_DAYS else (month - 2) % 12 + 1


def names_day(text: str, sentence: tuple[int, int], day: str, published: str | None) -> bool:
    """Whether the sentence names `day` itself ("am 6. Februar 2023"), rather than the
    day being the publication date."""
    lo, hi = sentence
    return one_day(days_in(text, lo, hi, published), lo, hi) == day
