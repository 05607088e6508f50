"""Weekdays by name ("Thursday", "Donnerstagnachmittag", "zondagavond", "星期日"), and
the day of the week each is (1 Monday … 7 Sunday): `weekdays` in lexicon/time.yaml.

A weekday is no name of anyone, and a running count said of one is that day's; the
names are read where those two need them (`annotation.names`, `runs.weekdays`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from factcheck.extraction.daydates import Day
from factcheck.extraction.patterns import NEVER, alternation, normalise_phrase
from factcheck.lexicon import by_language, load_table, words

# Where an event's word around a day dates the event, in characters before and after
# (Chinese writes a word in two or three): "the quake that struck on Friday", "周五发生的".
EVENT_REACH = {"zh": (6, 4)}
EVENT_REACH_WORDS = (30, 20)


@cache
def weekday_numbers(lang: str) -> dict[str, int]:
    """Lower-cased weekday names of a language -> day of the week (1 Monday … 7 Sunday)."""
    rows = load_table("time").get("weekdays", [])
    return {name.lower(): int(row["value"]) for row in rows for name in words(row, lang)}


@cache
def weekday_name(day: int) -> str:
    """The English name of a day of the week (1 Monday … 7 Sunday), as messages say it."""
    rows = load_table("time").get("weekdays", [])
    return next(words(row, "en")[0] for row in rows if int(row["value"]) == day)


@cache
def weekday_pattern(lang: str) -> re.Pattern[str]:
    """A weekday's name, also opening a compound ("bis Donnerstagnachmittag")."""
    names = list(weekday_numbers(lang))
    return re.compile(alternation(names, word_edges=False), re.I) if names else NEVER


def weekdays_in(text: str, lo: int, hi: int, lang: str) -> list[tuple[int, int, int]]:
    """The weekdays text[lo:hi] names, each as (start, end, day of the week), in text
    order."""
    numbers = weekday_numbers(lang)
    return [
        (m.start(), m.end(), numbers[normalise_phrase(m.group())])
        for m in weekday_pattern(lang).finditer(text, lo, hi)
    ]


@cache
def _event_words(lang: str) -> re.Pattern[str]:
    listed = by_language(load_table("time").get("weekday_events"), lang)
    return re.compile(alternation(listed, word_edges=lang != "zh"), re.I) if listed else NEVER


def dates_an_event(text: str, at: int, end: int, lang: str) -> bool:
    """Whether the day at text[at:end] dates an event next to it ("the quake that
    struck on Friday", "Friday's earthquake", "周五发生的地震"), not a count."""
    before, after = EVENT_REACH.get(lang, EVENT_REACH_WORDS)
    lo, hi = max(0, at - before), min(len(text), end + after)
    return _event_words(lang).search(text, lo, hi) is not None


def weekday_days(text: str, lo: int, hi: int, lang: str, published: str | None) -> list[Day]:
    """The weekdays text[lo:hi] names that date a count, not an event, each the latest
    such weekday on or before the publication day ("On Saturday it had reached winds
    of 257 km/h" in a Sunday's article is Saturday's); none without a publication day."""
    if published is None or len(published) != len("YYYY-MM-DD"):
        return []
    day = date.fromisoformat(published)
    found = []
    for start, end, weekday in weekdays_in(text, lo, hi, lang):
        if not dates_an_event(text, start, end, lang):
            back = (day.isoweekday() - weekday) % 7
            found.append(Day(start, end, (day - timedelta(days=back)).isoformat()))
    return found
