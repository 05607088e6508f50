"""conversion-rate: a figure restated in another currency or unit at a rate that
cannot be ("64 bis 72 Milliarden Dollar (bis zu 633,08 Mrd. Euro)", "5926.4亿元新台币
(约合1887亿美元)"). A conversion (`Claim.conversion`) is the figure before it in
another unit, so the ratio of the two is an exchange rate or a unit's factor. Exchange
rates move, but within bands: the rule's `rates` give each currency's lowest and
highest worth in US dollars over the decades news still cites, and `slack` widens the
band for rounding. A rate outside it is no market's: one of the two figures carries a
wrong scale word (万 for 亿, Milliarden for Millionen) or a wrong currency.

Only money written with a scale word is held to a rate: a per-share figure and its
per-ADR restatement ("每股盈餘8.70元,每單位ADR盈餘1.38美元") are two prices, not a
conversion slip. A unit of measure converts by pint's exact factor, within the
rounding of the two figures' last digits ("205 km/h (120 mph)": 120 mph is 193 km/h,
and 205 km/h would be 127 mph). Both figures sit in one document: findings are
warnings at most.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field, model_validator

from factcheck.annotation.converted import restatements
from factcheck.checks.compare import digit_place, to_base
from factcheck.checks.context import CheckContext
from factcheck.checks.params import CheckParams
from factcheck.checks.wording import ratio_text, unit_text
from factcheck.extraction.currencies import possible_currencies
from factcheck.extraction.units import dimension_key, unit_category
from factcheck.models import Finding, ReportClaim

if TYPE_CHECKING:
    from factcheck.ruleset import Rule

CURRENCY = "currency"
MEASURED = frozenset({"dimension", "duration", "temperature"})  # units pint relates exactly


class Rate(BaseModel):
    """A currency's lowest and highest worth in US dollars."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    currency: str
    low: float = Field(gt=0)
    high: float = Field(gt=0)

    @model_validator(mode="after")
    def _ordered(self) -> Rate:
        if self.low > self.high:
            raise ValueError(f"{self.currency}: the lowest rate is above the highest")
        return self


class ConversionRateParams(CheckParams):
    rates: list[Rate] = Field(default_factory=list)
    slack: float = 1.5


FIVE = 5


def run(rule: Rule, context: CheckContext) -> list[Finding]:
    rates = {r.currency: r for r in (Rate.model_validate(x) for x in rule.param("rates"))}
    slack = float(rule.param("slack"))
    findings = []
    for found in restatements(context.selected(rule, context.claims.values())):
        source, conversion = found.source, found.conversion
        band = _band(source.unit, conversion.unit, rates)
        money = unit_category(source.unit) == CURRENCY
        if band is None or (money and not (source.scale or conversion.scale)):
            continue
        ratio = _ratio(source, conversion)
        if ratio is None or _fits(ratio, band, slack, source, conversion):
            continue
        if any(_converts(s, c, rates, slack) for s, c in _other_readings(source, conversion)):
            continue  # "¥3.57 trillion (US$22.8 billion)": the yen, not the yuan
        if not any(_converts(other, conversion, rates, slack) for other in found.near):
            findings.append(_finding(rule, context, source, conversion, ratio, band))
    return findings


def _fits(
    ratio: float,
    band: tuple[float, float],
    slack: float,
    source: ReportClaim,
    conversion: ReportClaim,
) -> bool:
    """Within the band widened by `slack`; a unit's exact factor, within the rounding
    of the two figures' last digits when both are single figures."""
    steps = [_half_step(c) for c in (source, conversion)]
    if band[0] == band[1] and None not in steps:
        return abs(ratio / band[0] - 1) <= sum(s for s in steps if s is not None)
    return band[0] / slack <= ratio <= band[1] * slack


def _half_step(claim: ReportClaim) -> float | None:
    """Half the place of the figure's last digit, as a share of the figure ("120": 5 of
    120, since a trailing zero may be rounding); a last digit 5 may round to fives, as
    wind speeds do ("295 km/h (185 mph)": 2.5 of 295); None for a range."""
    place = digit_place(claim)
    if place is None or not claim.value:
        return None
    amount = abs(claim.value * to_base(claim.unit)[0])
    if round(amount / place) % 10 == FIVE:
        place *= FIVE
    return place / 2 / amount


def _converts(
    figure: ReportClaim, conversion: ReportClaim, rates: dict[str, Rate], slack: float
) -> bool:
    """Whether `conversion` restates `figure` at a rate the band allows."""
    band = _band(figure.unit, conversion.unit, rates)
    ratio = _ratio(figure, conversion) if band is not None else None
    return band is not None and ratio is not None and _fits(ratio, band, slack, figure, conversion)


def _other_readings(
    source: ReportClaim, conversion: ReportClaim
) -> Iterator[tuple[ReportClaim, ReportClaim]]:
    """The two figures with each other currency a generic word or a shared symbol of
    theirs may stand for (`possible_currencies`)."""
    for have in possible_currencies(source) or (source.unit,):
        for want in possible_currencies(conversion) or (conversion.unit,):
            if (have, want) != (source.unit, conversion.unit):
                yield (
                    source.model_copy(update={"unit": have}),
                    conversion.model_copy(update={"unit": want}),
                )


def _band(unit: str, into: str, rates: dict[str, Rate]) -> tuple[float, float] | None:
    """The lowest and highest number of `into` one `unit` is worth; None when the two
    are not converted by a rate or a factor the check knows."""
    kind = unit_category(unit)
    if kind != unit_category(into):
        return None
    if kind == CURRENCY:
        have, want = rates.get(_currency(unit)), rates.get(_currency(into))
        if have is None or want is None:
            return None
        scale = to_base(unit)[0] / to_base(into)[0]  # cents
        return scale * have.low / want.high, scale * have.high / want.low
    if kind in MEASURED and dimension_key(unit) == dimension_key(into) is not None:
        return 1.0, 1.0  # compared in base units (`_ratio`)
    return None


def _currency(unit: str) -> str:
    """The currency a unit counts ("USD_cent": USD)."""
    return (dimension_key(unit) or unit).strip("[]").removeprefix("currency_")


def _ratio(source: ReportClaim, conversion: ReportClaim) -> float | None:
    """How many units of the conversion's one unit of the source's makes, as written
    (a bound restates a bound: "bis zu 633,08 Mrd. Euro" is 633.08 billion)."""
    have, want = _middle(source), _middle(conversion)
    if not have or want is None:
        return None
    if unit_category(source.unit) == CURRENCY:
        return want / have
    have_factor, have_offset = to_base(source.unit)
    want_factor, want_offset = to_base(conversion.unit)
    base = have * have_factor + have_offset
    return (want * want_factor + want_offset) / base if base else None


def _middle(claim: ReportClaim) -> float | None:
    if claim.value is not None:
        return claim.value
    if claim.low is None or claim.high is None:
        return None
    return (claim.low + claim.high) / 2


def _finding(
    rule: Rule,
    context: CheckContext,
    source: ReportClaim,
    conversion: ReportClaim,
    ratio: float,
    band: tuple[float, float],
) -> Finding:
    per = f"{unit_text(conversion.unit)} per {unit_text(source.unit)}"
    if band[0] == band[1]:
        expected = f"{ratio_text(ratio)} the amount, where a conversion keeps it"
        slip = "a figure or a unit written wrong?"
    else:
        expected = f"a rate of {ratio:.3g} {per}, where rates have been {band[0]:.3g}–{band[1]:.3g}"
        slip = "a scale word or currency written wrong?"
    return Finding(
        rule=rule.id,
        kind=rule.check,
        severity=context.severity(rule, "high", within=True, claims=(source, conversion)),
        message=(
            f"{context.describe(conversion)} restates {context.describe(source)} at "
            f"{expected}: {slip}"
        ),
        claim_ids=(conversion.id, source.id),
        ratio=ratio,
        confidence="high",
        first_side=1,
    )
