"""Comparing two claims as intervals: do they agree, conflict, or differ by a
scale factor (billion read for trillion, 万 for 亿)?

A claim is an interval: a value is [v, v], a range its two ends, "more than v"
[v, inf). Hedging widens it ("nearly 500,000" agrees with 485,000), a relative
tolerance widens both; two claims agree when their intervals meet.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from factcheck.models import Claim

Verdict = Literal["agree", "conflict", "scale"]


@dataclass(frozen=True, slots=True)
class Comparison:
    verdict: Verdict
    ratio: float
    factor: float | None = None


def interval(claim: Claim, approx_tolerance: float) -> tuple[float, float]:
    low = claim.low if claim.low is not None else claim.value
    high = claim.high if claim.high is not None else claim.value
    assert low is not None and high is not None
    if claim.bound in ("gt", "ge"):
        high = math.inf
    elif claim.bound in ("lt", "le"):
        low = -math.inf
    if claim.approx:
        low, high = _widen(low, high, approx_tolerance)
    return low, high


def representative(claim: Claim) -> float:
    """One number for sorting and ratios: the value, or the middle of a range."""
    if claim.value is not None:
        return claim.value
    assert claim.low is not None and claim.high is not None
    return (claim.low + claim.high) / 2


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
    a_low, a_high = _widen(*interval(a, approx_tolerance), tolerance)
    b_low, b_high = _widen(*interval(b, approx_tolerance), tolerance)
    ratio = _ratio(representative(a), representative(b))
    if a_low <= b_high and b_low <= a_high:
        return Comparison("agree", ratio)
    for factor in factors:
        if abs(ratio / factor - 1) <= factor_tolerance:
            return Comparison("scale", ratio, factor)
    return Comparison("conflict", ratio)


def _widen(low: float, high: float, relative: float) -> tuple[float, float]:
    return low - abs(low) * relative, high + abs(high) * relative


def _ratio(x: float, y: float) -> float:
    small, large = sorted((abs(x), abs(y)))
    if small == 0:
        return math.inf if large else 1.0
    return large / small
