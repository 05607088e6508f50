"""When two figures agree, as value-conflict and scale-error (and a check's "supported")
judge it: intervals widened by hedges and bounds, a tolerance applied once to the
relative gap, and the precision the figures are stated to. The settings come from
the rules (`options`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from pydantic import Field

from factcheck.checks.compare import (
    PERCENTAGES,
    bound_reach,
    digit_place,
    ends,
    hedged,
    last_digit,
    within_rounding,
)
from factcheck.checks.params import CheckParams
from factcheck.checks.sides import in_words_alone
from factcheck.checks.unit_mismatch import one_kind
from factcheck.extraction.unit_kinds import exact_units
from factcheck.extraction.units import unit_category
from factcheck.models import Claim, ReportClaim

if TYPE_CHECKING:
    from factcheck.ruleset import Rule


class ValueConflictParams(CheckParams):
    tolerance: float = 0.02
    approx_tolerance: float = 0.05
    bound_reach: float = 1.0
    sure_ratio: float = Field(100.0, gt=1.0)
    part_ratio: float = Field(1.5, gt=1.0)
    revision_ratio: float = Field(1.5, ge=1.0)
    intraday_ratio: float = Field(1.1, ge=1.0)
    stated_precision: bool = True


class ScaleErrorParams(CheckParams):
    factors: list[float] = Field(default_factory=lambda: [1e2, 1e3, 1e4, 1e6, 1e8, 1e9, 1e12])
    factor_tolerance: float = 0.05


DEFAULT_FACTORS = tuple(ScaleErrorParams().factors)
TRAILING_ZERO = re.compile(r"\d[.,]\d*0(?!\d)")  # "6,0", "1.50": precision written out


def interval(claim: Claim, options: dict[str, Any]) -> tuple[float, float]:
    """The values a claim admits: a range's ends, a hedge widened (by the approximate
    tolerance, at most one step of its last stated digit: "etwa 7,1 Milliarden" is
    7.0-7.2 billion, not 7.4), a bound up to its reach ("more than 100" reaches 200 with
    the default reach of 1, "more than 150" 225: `bound_reach`); in base units."""
    low, high = ends(claim)
    if claim.bound is not None:
        reach = 1 + bound_reach(claim, options["bound_reach"])
        if claim.bound in ("gt", "ge"):
            high = high * reach if high > 0 else high / reach
        else:
            low = low / reach if low > 0 else low * reach
    return hedged(claim, low, high, options["approx_tolerance"])


def agree(options: dict[str, Any], a: Claim, b: Claim) -> bool:
    """The intervals meet, or the relative gap between them is within the tolerance;
    two ranges only when one holds the other (`_nested`). Two exact figures agree only
    as far as the coarser of them is precise: 2.8 and 2.78 seconds agree, 17,975 and
    17,795 polling stations (1 % apart) do not."""
    a_low, a_high = interval(a, options)
    b_low, b_high = interval(b, options)
    if a.is_range and b.is_range and not a.bound and not b.bound:
        return _nested((a_low, a_high), (b_low, b_high), options["tolerance"])
    gap = max(b_low - a_high, a_low - b_high)
    if gap <= 0:
        return True
    nearer = (a_high, b_low) if b_low > a_high else (b_high, a_low)
    scale = max(abs(nearer[0]), abs(nearer[1]))
    if not (scale > 0 and gap / scale <= options["tolerance"]):
        near = gap / scale <= options["approx_tolerance"] or _of_percentages(a, b)
        return scale > 0 and near and _rounded(a, b)
    if not options.get("stated_precision"):
        return True
    places = (_stated_place(a), _stated_place(b))
    return None in places or gap < max(places) * (1 - 1e-9)  # type: ignore[type-var]


def _stated_place(claim: Claim) -> float | None:
    """The last digit an exact figure states; a count never rounded (`exact_units`:
    seats) states its units, trailing zeros too: 170 seats is no rounding of 172."""
    place = last_digit(claim)
    exact = (
        place is not None and claim.unit in exact_units() and float(claim.value or 0).is_integer()
    )
    return 1.0 if exact else place


def _nested(a: tuple[float, float], b: tuple[float, float], tolerance: float) -> bool:
    """Two ranges agree when one holds the other, within the tolerance ("1% to 3%"
    and "between 1 and 3 percent"; a band narrowed, "14 to 15%" in "14 to 16%"); two
    that only touch or overlap are two bands ("3 to 5 percent" is no "1% to 3%")."""

    def holds(outer: tuple[float, float], inner: tuple[float, float]) -> bool:
        low, high = outer
        return low - abs(low) * tolerance <= inner[0] and inner[1] <= high + abs(high) * tolerance

    return holds(a, b) or holds(b, a)


def _of_percentages(a: Claim, b: Claim) -> bool:
    """Percentages are rounded to whole points as a rule, however small: "revenue fell
    4%" rounds the 4.46% another outlet writes "4.5%"."""
    return a.unit == b.unit and a.unit in PERCENTAGES


def _rounded(a: Claim, b: Claim) -> bool:
    """One figure is the other rounded at its last digit: a headline's "EPS growth of
    8%" over its article's 8.3%, "1,3 miljard euro" over "1,337 Milliarden" (within
    the approximate tolerance but for percentages: "2 million" is no rounding of 2.4
    million). A figure whose decimals end in a written zero ("6,0", "1.50") states
    that precision and rounds nothing, nor does a count of things never rounded ("30
    seats" against 29: `exact_units`)."""
    if a.unit in exact_units() or b.unit in exact_units():
        return False
    for coarse, fine in ((a, b), (b, a)):
        step, finer = last_digit(coarse), digit_place(fine)  # the finer may be hedged
        if step is None or finer is None or TRAILING_ZERO.search(coarse.text):
            continue
        if finer < step and within_rounding(ends(coarse)[0] - ends(fine)[0], step):
            return True
    return False


def comparison_options(rule: Rule | None, scale_rule: Rule | None = None) -> dict[str, Any]:
    """The comparison settings: value-conflict sets the tolerances, the scale-error rule
    that runs beside it the factors (none when it does not run: then every pair is a
    plain conflict), so the two classify each pair the same way. No rule: defaults."""
    check = rule.check if rule is not None else None
    params = rule.params if rule is not None and check == "value-conflict" else {}
    values = ValueConflictParams(**params)
    scale = rule if check == "scale-error" else scale_rule
    factors = ScaleErrorParams(**scale.params) if scale else ScaleErrorParams(factors=[])
    return {
        "tolerance": values.tolerance,
        "approx_tolerance": values.approx_tolerance,
        "bound_reach": values.bound_reach,
        "stated_precision": values.stated_precision,
        "factors": tuple(factors.factors),
        "factor_tolerance": factors.factor_tolerance,
    }


# How far a bound reaches when it confirms a figure: "more than 7,000" is no source
# for "at least 9,057", though it does not contradict it either.
CONFIRMING_REACH = 0.25


def agreeing(rule: Rule | None, a: ReportClaim, b: ReportClaim) -> bool:
    """Whether value-conflict, as `rule` configures it (its defaults without a rule),
    finds the draft's figure `a` in agreement with the source's `b`: what a draft
    check calls "supported". A bound confirms only figures near it; a quantity in words
    alone ("上萬人", "tens of thousands") confirms no figure, having none of its own."""
    if in_words_alone(b) and not in_words_alone(a):
        return False
    if written_in_another_unit(a, b):
        return False
    settings = comparison_options(rule)  # tolerances only
    settings["bound_reach"] = min(settings["bound_reach"], CONFIRMING_REACH)
    return agree(settings, a, b)


def written_in_another_unit(a: ReportClaim, b: ReportClaim) -> bool:
    """The same number in two units of one kind ("über 45 Grad Fahrenheit" against
    "boven de 45 graden" Celsius, "315 acres" against "315 hectares"): a unit written
    wrong, never a confirmation, though two bounds the same way round would meet."""
    if a.value is None or a.value != b.value or a.unit == b.unit:
        return False
    temperatures = unit_category(a.unit) == unit_category(b.unit) == "temperature"
    return temperatures or one_kind(a, b)
