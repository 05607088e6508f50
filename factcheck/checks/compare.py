"""Comparing two claims as intervals: do they agree, conflict, or differ by a
scale factor (billion read for trillion, 万 for 亿)?

A claim is an interval: a value is [v, v], a range its two ends, "more than v"
[v, inf). Hedging widens it ("nearly 500,000" agrees with 485,000), a relative
tolerance widens both; two claims agree when their intervals meet.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache
from typing import Literal

from factcheck.extraction.unit_tables import pint_base, written_base
from factcheck.models import Claim

PERCENTAGES = frozenset({"percent", "percentage_point"})
ONE_POINT = {"percent": 0.01, "percentage_point": 1.0}  # in each one's base unit

Verdict = Literal["agree", "conflict", "scale"]


@dataclass(frozen=True, slots=True)
class Comparison:
    verdict: Verdict
    ratio: float
    factor: float | None = None


def ends(claim: Claim) -> tuple[float, float]:
    """The claim's value or range in the base unit of its dimension: "320 miles" and
    "514 km" are compared as metres, "-10 °C" and "14 °F" as kelvin. A fall is held
    by its size: "Minus 0,3 Prozent" is the "下降0.3%" of another outlet, whose word
    of direction leaves the figure unsigned."""
    low = claim.low if claim.low is not None else claim.value
    high = claim.high if claim.high is not None else claim.value
    assert low is not None and high is not None
    if claim.change and high < 0:
        low, high = -high, -low
    factor, offset = to_base(claim.unit)
    return low * factor + offset, high * factor + offset


@cache
def to_base(unit: str) -> tuple[float, float]:
    """(factor, offset) taking a value in `unit` to its dimension's base unit; (1, 0)
    for units pint does not know. The tables' units are read from what pint wrote
    (`unit_tables`): building its registry would cost most of a one-draft check."""
    found = written_base().get(unit) or pint_base(unit)
    return found if found is not None else (1.0, 0.0)  # compared as written


def interval(claim: Claim, approx_tolerance: float) -> tuple[float, float]:
    """The values a claim admits: a bound open on its side, a hedge widened by the
    approximate tolerance but at most one step of its last stated digit ("约788亿" is
    78.7-78.9 billion, never the 76.2 billion of another quarter)."""
    low, high = ends(claim)
    if claim.bound in ("gt", "ge"):
        high = math.inf
    elif claim.bound in ("lt", "le"):
        low = -math.inf
    return hedged(claim, low, high, approx_tolerance)


def hedged(claim: Claim, low: float, high: float, tolerance: float) -> tuple[float, float]:
    """[low, high] widened for a hedged claim by the relative `tolerance`, but at most
    one step of its last stated digit ("etwa 7,1 Milliarden" is 7.0-7.2 billion, not
    7.4); a hedged percentage by a point at least ("almost 10%" meets 9.3 %, "etwa 7,1
    Prozent" is still 7.0-7.2 %); unchanged for an exact one. Every check widens hedges
    this way."""
    if not claim.approx or not tolerance:  # an open end times 0 is nan, which meets nothing
        return low, high
    place = digit_place(claim) or math.inf
    floor = ONE_POINT.get(claim.unit, 0.0)
    below, above = (max(abs(end) * tolerance, floor) for end in (low, high))
    return low - min(below, place), high + min(above, place)


def bound_side(claim: Claim) -> Literal["lower", "upper"] | None:
    """Which way a bound reaches: "more than", "at least" are lower bounds."""
    if claim.bound in ("gt", "ge"):
        return "lower"
    if claim.bound in ("lt", "le"):
        return "upper"
    return None


def last_digit(claim: Claim) -> float | None:
    """The place of an exact figure's last significant digit, in the base unit:
    "17,975" 1, "€27.6 billion" 100 million, "485,000" 1,000 (a trailing zero may be
    rounding). None for a hedge, a bound or a range: they state no precision."""
    if claim.approx or claim.bound:
        return None
    return digit_place(claim)


def within_rounding(gap: float, place: float) -> bool:
    """Whether two figures `gap` apart round to one at a last digit of `place` (half a
    place either way, with a float's slack)."""
    return abs(gap) <= place / 2 * (1 + 1e-9)


def digit_place(claim: Claim) -> float | None:
    """The place of a single figure's last significant digit, in the base unit, hedged
    or not ("etwa 7,1 Milliarden": 100 million); None for a range or zero."""
    if claim.value is None or claim.value == 0:
        return None
    factor, _ = to_base(claim.unit)
    return _place(abs(claim.value)) * abs(factor)


@lru_cache(maxsize=1 << 18)
def _place(value: float) -> float:
    """The place of a positive number's last significant digit (rounding may have
    left trailing zeros, which count as rounding): kept, as every comparison asks.
    Read from twelve significant digits: "2.566 lakh" computes to 256599.99999999997,
    whose last digit is no figure's."""
    return float(Decimal(1).scaleb(_written(value).normalize().as_tuple().exponent))


def _written(value: float) -> Decimal:
    """The figure as written, without the float's last-bit noise (formatting to
    twelve digits only the floats that carry it: `repr` is the cheaper)."""
    text = repr(value)
    return Decimal(f"{value:.12g}" if len(text) > 15 else text)


def bound_reach(claim: Claim, reach: float) -> float:
    """How far beyond its figure a bound reaches: a round one ("more than 1 trillion",
    "over 1,000") the full `reach`, a precise one ("逾15.5万", "mehr als 5.400") half
    of it, as it is written just short of the figure it bounds."""
    if claim.value is None or claim.value == 0:
        return reach
    return reach if _digit_count(abs(claim.value)) <= 1 else reach / 2


@lru_cache(maxsize=1 << 16)
def _digit_count(value: float) -> int:
    """Significant digits of a figure as written (a corpus repeats its figures)."""
    return len(_written(value).normalize().as_tuple().digits)


def round_figure(value: float | None) -> float | None:
    """Six significant digits: restatements of one figure ("1.5 Milliarden", "15 亿")
    compute to floats that differ in the last bits; keys must not."""
    return None if value is None else float(f"{value:.6g}")


def representative(claim: Claim) -> float:
    """One number for sorting and ratios, in the base unit: the value, or the middle
    of a range."""
    low, high = ends(claim)
    return low if claim.value is not None else (low + high) / 2


def compare(
    a: Claim,
    b: Claim,
    *,
    tolerance: float,
    approx_tolerance: float,
    factors: tuple[float, ...] = (),
    factor_tolerance: float = 0.05,
) -> Comparison:
    """Symmetric: compare(a, b) and compare(b, a) give the same verdict and ratio."""
    a_low, a_high = widened(a, approx_tolerance, tolerance)
    b_low, b_high = widened(b, approx_tolerance, tolerance)
    if a_low <= b_high and b_low <= a_high:
        return Comparison("agree", _ratio(representative(a), representative(b)))
    return disagreement(a, b, factors, factor_tolerance)


def disagreement(
    a: Claim, b: Claim, factors: tuple[float, ...] = (), factor_tolerance: float = 0.05
) -> Comparison:
    """The verdict on two claims whose intervals do not meet: a scale error when their
    ratio is near one of `factors`, else a conflict. Callers that already know the
    intervals apart (value-conflict) skip recomputing them."""
    ratio = _ratio(representative(a), representative(b))
    for factor in factors:
        if abs(ratio / factor - 1) <= factor_tolerance:
            return Comparison("scale", ratio, factor)
    return Comparison("conflict", ratio)


def widened(claim: Claim, approx_tolerance: float, tolerance: float) -> tuple[float, float]:
    """The interval two claims agree within: hedges widened, then the tolerance."""
    return _widen(*interval(claim, approx_tolerance), tolerance)


def _widen(low: float, high: float, relative: float) -> tuple[float, float]:
    if not relative:  # an open end times 0 is nan, which meets nothing
        return low, high
    return low - abs(low) * relative, high + abs(high) * relative


def _ratio(x: float, y: float) -> float:
    small, large = sorted((abs(x), abs(y)))
    if small == 0:
        return math.inf if large else 1.0
    return large / small
