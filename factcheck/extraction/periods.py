"""Periods as spans of days: "2023", "2023-Q4", "2023-H2", "2023-9M" (January to
September), "2023-12" (the forms `timescope` writes; fiscal years have no calendar
span without the company's)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

_PERIOD = re.compile(r"(\d{4})(?:-(?:Q([1-4])|H([12])|(1[01]|[2-9])M|(\d{2})))?")
_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


# Named periods of a year (lexicon/time.yaml), and the tag of each in a time key
# ("2023-Q4", "2023-H1", "2023-9M": January to September).
REPORTING_SEASON = timedelta(days=92)  # how long after a period its figures are reported
PERIOD_KEYS = (("quarters", "Q"), ("halves", "H"), ("months_to_date", "M"))


def period_tag(tag: str, value: int) -> str:
    return f"{value}M" if tag == "M" else f"{tag}{value}"


def latest_begun(tag: str, published: str) -> str:
    """A quarter or half named without its year ("in the fourth quarter") is the latest
    one begun by the publication date: Q4 in an article of 2 January 2024 is 2023's.
    The months from January to one are the latest that reached it ("the first nine
    months" in February 2024 are 2023's)."""
    year, month = int(published[:4]), int(published[5:7])
    return f"{year if _month_reached(tag) <= month else year - 1}-{tag}"


def _month_reached(tag: str) -> int:
    if tag.endswith("M"):
        return int(tag[:-1])
    return 3 * int(tag[1]) - 2 if tag[0] == "Q" else 6 * int(tag[1]) - 5


def period_days(period: str) -> tuple[date, date] | None:
    """The first and last day of a calendar period, None for any other form."""
    match = _PERIOD.fullmatch(period)
    if match is None:
        return None
    year, quarter, half, to_date, month = match.groups()
    first, months = (1, 12)
    if quarter:
        first, months = 3 * int(quarter) - 2, 3
    elif half:
        first, months = 6 * int(half) - 5, 6
    elif to_date:
        first, months = 1, int(to_date)
    elif month:
        if not 1 <= int(month) <= 12:
            return None
        first, months = int(month), 1
    start = date(int(year), first, 1)
    after = first + months
    end = date(int(year) + (after > 12), (after - 1) % 12 + 1, 1) - timedelta(days=1)
    return start, end


@cache  # a check asks of the same few periods again and again
def share_no_day(first: str, second: str) -> bool | None:
    """Whether two periods or days ("2021" and "2022"; not "2022" and its fourth
    quarter, nor 2024 and 23 February 2024) share no day; None when either is
    neither (a fiscal year, which is the company's)."""
    spans = _span(first), _span(second)
    if spans[0] is None or spans[1] is None:
        return None
    (start, end), (other_start, other_end) = spans
    return end < other_start or other_end < start


def _span(when: str) -> tuple[date, date] | None:
    """A period's first and last day, or a day's own."""
    match = _ISO.fullmatch(when)
    if match is not None and match.group(3):
        day = first_day(when)
        return (day, day) if day else None
    return period_days(when)


def first_day(iso: str) -> date | None:
    """The first day an ISO date as precise as known ("2024", "2024-01", "2024-01-24")
    can mean."""
    match = _ISO.fullmatch(iso)
    if match is None:
        return None
    year, month, day = match.groups()
    try:
        return date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None


def not_yet_begun(period: str, iso: str) -> bool:
    """Whether the period begins after every day an ISO date can mean: "Q2 2025" in an
    article of March 2025 cannot have reported results."""
    days, latest = period_days(period), _last_day(iso)
    return days is not None and latest is not None and _tuple(days[0]) > latest


def still_running(period: str, iso: str) -> bool:
    """Whether the period had begun but not ended on every day an ISO date can mean:
    sales "this year" in an article of July 2024 are the year's so far, not 2024's (a
    period not yet begun is a plan, or a date written wrong; a date known only as a
    year may be after the year's end)."""
    days, first, latest = period_days(period), first_day(iso), _last_day(iso)
    if days is None or first is None or latest is None or len(iso) < len("2024-07"):
        return False
    return days[0] <= first and _tuple(days[1]) > latest


def _last_day(iso: str) -> tuple[int, int, int] | None:
    """The last day an ISO date as precise as known can mean, as (year, month, day)
    (31 for any month: only the order matters)."""
    match = _ISO.fullmatch(iso)
    if match is None:
        return None
    year, month, day = match.groups()
    return int(year), int(month or 12), int(day or 31)


def _tuple(day: date) -> tuple[int, int, int]:
    return day.year, day.month, day.day


def ended_before(period: str, iso: str) -> bool:
    """Whether the period was over on every day an ISO date can mean: capital spending
    "in 2024" published in February 2025 is what was spent, not a plan."""
    days, day = period_days(period), first_day(iso)
    return days is not None and day is not None and days[1] < day


def holds(period: str, iso: str) -> bool:
    """Whether the period holds the day (or month) an ISO date names."""
    days, day = period_days(period), first_day(iso)
    return days is not None and day is not None and days[0] <= day <= days[1]


def reported_after(
    period: str, iso: str | None, within: bool = True, season: timedelta | None = None
) -> bool:
    """Whether a figure published on `iso` without a period of its own may speak for
    `period`: published within it (unless not `within`) or within as long again after
    it ("1.57 million cars", published on 2 January 2024, for 2023), and within the
    `season` after it when one is given (`REPORTING_SEASON`: a year's results come out
    by March; by May a figure without a period may be the first quarter's)."""
    days, day = period_days(period), first_day(iso) if iso else None
    if days is None or day is None:
        return False
    start, end = days
    reach = end - start if season is None else min(end - start, season)
    return (start if within else end) <= day <= end + reach


def months_within(period: str) -> list[str]:
    """The months ("2025-07") of a calendar period: when a day's figure published
    without a period of its own is one of that period."""
    days = period_days(period)
    if days is None:
        return []
    start, end = days
    first, last = start.year * 12 + start.month - 1, end.year * 12 + end.month - 1
    return [f"{m // 12:04d}-{m % 12 + 1:02d}" for m in range(first, last + 1)]


def months_after(period: str) -> list[str]:
    """The months ("2024-01") of as long again after a calendar period: when a figure
    published without a period of its own may speak for it (`reported_after`)."""
    days = period_days(period)
    if days is None:
        return []
    start, end = days
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    first = end.year * 12 + end.month  # the month after `end`, counted from year 0
    return [f"{(first + i) // 12:04d}-{(first + i) % 12 + 1:02d}" for i in range(months)]


def closed_half(period: str | None) -> str | None:
    """The half year a second or fourth quarter closes ("2025-Q2": "2025-H1"), a half
    itself, else None: a first quarter closes no half."""
    if period is None or period[-2:] in ("Q1", "Q3"):
        return None
    if period[-2] == "H":
        return period
    return f"{period[:-2]}H{1 if period.endswith('Q2') else 2}"
