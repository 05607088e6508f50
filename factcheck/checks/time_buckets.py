"""A block's claims by the time they speak for (`CheckContext.time_key`), for
value-conflict and scale-error: each bucket's figures are held against each other. A
draft's undated figure is held against every time, or only against the times whose
sources confirm it when some do; sources that state no period restate the periods
published just before them."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import Any

from factcheck.checks.agreement import agree
from factcheck.checks.compare import digit_place, representative, to_base
from factcheck.checks.context import UNDATED, CheckContext
from factcheck.checks.sides import in_words_alone
from factcheck.extraction.periods import first_day, period_days, reported_after
from factcheck.models import ReportClaim

MIN_SIGNIFICANT = 10  # a rounder figure confirms with two significant digits: 44 × 10,000


def claim_order(claim: ReportClaim) -> tuple:
    """Sort by content first, so renaming a file never changes which claim is cited."""
    return (representative(claim), claim.text, claim.lang, claim.start, claim.file or "")


def time_buckets(
    context: CheckContext, members: list[ReportClaim], options: dict[str, Any]
) -> Iterator[tuple[str, list[ReportClaim]]]:
    """Claims by the time they speak for, each bucket sorted by value. A draft's figure
    that states no period is held against the sources of every date: a draft is
    checked against whatever the sources say. One that the sources of some date
    confirm speaks of that date, and is held against no other ("Chega won 60 seats"
    is this election's count, not a wrong figure of the last one's 50)."""
    by_time: dict[str, list[ReportClaim]] = {}
    floating: list[ReportClaim] = []
    dated_drafts: set[str] = set()
    for claim in members:
        key = context.time_key(claim)
        if claim.role == "draft" and key == UNDATED:
            floating.append(claim)
        else:
            by_time.setdefault(key, []).append(claim)
            if claim.role == "draft" and claim.time == key:
                dated_drafts.add(key)
    if floating and not by_time:
        by_time[UNDATED] = []
    confirmed = _confirmed_times(options, by_time, floating)
    if dated_drafts:  # a report has none: nothing to add
        _with_reports_after(context, by_time, dated_drafts, members)
    for time in sorted(by_time):
        bucket = by_time[time] + [c for c in floating if time in confirmed.get(c.id, (time,))]
        if len(bucket) >= 2:
            yield time, sorted(bucket, key=claim_order)


def _confirmed_times(
    options: dict[str, Any], by_time: dict[str, list[ReportClaim]], floating: list[ReportClaim]
) -> dict[str, tuple[str, ...]]:
    """For each undated draft figure that some bucket's sources confirm, the times of
    those buckets."""
    confirmed: dict[str, tuple[str, ...]] = {}
    for claim in floating:
        times = tuple(
            time
            for time, bucket in by_time.items()
            if any(c.role == "source" and _confirms(options, claim, c) for c in bucket)
        )
        if times:
            confirmed[claim.id] = times
    return confirmed


def _confirms(options: dict[str, Any], draft: ReportClaim, source: ReportClaim) -> bool:
    """Whether a source's figure confirms a draft's: a quantity in words alone
    ("Dutzende Menschen") confirms no figure, having none of its own, and one of a
    single significant digit no more precise figure (40% of another election is no
    38.7%; 23.4% is 23.36%, and 440,000 people 440,400)."""
    if in_words_alone(source) or not agree(options, draft, source):
        return False
    draft_place, source_place = digit_place(draft), digit_place(source)
    if draft_place is None or source_place is None or source_place <= draft_place:
        return True
    factor, _ = to_base(source.unit)
    return abs((source.value or 0) * factor) >= MIN_SIGNIFICANT * source_place


def _with_reports_after(
    context: CheckContext,
    by_time: dict[str, list[ReportClaim]],
    periods: set[str],
    members: list[ReportClaim],
) -> None:
    """A draft's figure for a period no source states is held against the sources
    that state none but were published soon after it ("39 billion" in an order book
    reported on 24 January 2024, for the draft's end of 2023). One published within
    the period may speak of the one before (a population reported in January), unless
    it is a market price: a market value published in July is one of that year."""
    undated = [c for c in members if c.role == "source" and not c.time and c.as_of]
    for time in periods:
        bucket = by_time[time]
        if not any(c.role == "source" for c in bucket):
            bucket += [
                c for c in undated if reported_after(time, c.as_of or "", within=context.moves(c))
            ]


def restating_figures(
    context: CheckContext, members: list[ReportClaim]
) -> dict[str, list[ReportClaim]]:
    """Per stated period, the sources' figures that state none but were published
    soon after it, within as long again as the period ("27.6 billion euros" in February
    2024, beside the figures "for 2023"): they may restate that period's figures
    (`value_conflict._with_restatements`). Found by bisection over the publication days."""
    periods = {c.time for c in members if c.time and context.time_key(c) == c.time}
    if not periods:
        return {}
    undated = [
        (day, c)
        for c in members
        if c.role == "source"
        and not c.time
        and c.as_of
        and context.time_key(c).startswith("as of")
        and (day := first_day(c.as_of)) is not None
    ]
    undated.sort(key=lambda pair: pair[0])
    days = [day for day, _ in undated]
    found: dict[str, list[ReportClaim]] = {}
    for period in sorted(periods):
        span = period_days(period)
        if span is None:
            continue
        start, end = span
        lo, hi = bisect.bisect_left(days, end), bisect.bisect_right(days, end + (end - start))
        if lo < hi:
            found[period] = [c for _, c in undated[lo:hi]]
    return found


def from_elsewhere(bucket: list[ReportClaim], restating: list[ReportClaim]) -> list[ReportClaim]:
    """The restating figures of documents that do not speak of the period themselves;
    none against a draft, whose figures are held against the sources as they are
    (`_with_reports_after`)."""
    if any(c.role == "draft" for c in bucket):
        return []
    files = {c.file for c in bucket}
    return [c for c in restating if c.file not in files]
