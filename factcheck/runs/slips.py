"""Draft figures that the sources write with the same digits but another scale, unit
or period.

The rules compare a figure within its subject and measure. A draft figure they could
not place (no subject found, or only unsure disagreements) is still a slip when the
sources write its very digits otherwise and never as the draft does: "251,5 miljoen
yuan" where the sources have 251.5 billion yuan (a scale word), "870亿美元" where they
have 870亿元 (a currency), "491 Zentimeter" where they have 491 mm (a unit), a 2022
revenue of 6368亿元 that they give for 2021 only (a period). The digits must be too
rare to meet by chance: three significant digits, or two when both sides name the
same measure ("bis zu 2,5 Millionen Vermissten" against "bis zu 2.500 Vermissten";
a period slip always needs three and the measure); and nothing else stated on either
side may set the two apart (`Confirmations.undivided`).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Container, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Literal, NamedTuple

from factcheck.align import dimension_of
from factcheck.checks.agreement import DEFAULT_FACTORS
from factcheck.checks.attribution import significant_digits
from factcheck.checks.digit_slips import digits_key
from factcheck.checks.wording import amount, ratio_text
from factcheck.extraction.periods import share_no_day
from factcheck.extraction.units import unit_category
from factcheck.models import ReportClaim
from factcheck.runs.confirming import Confirmations

if TYPE_CHECKING:
    from factcheck.knowledge import Knowledge

SlipKind = Literal["scale-error", "unit-mismatch", "time-conflict", "value-conflict"]

# The currencies a draft's amount is looked up in besides its own: an amount written
# in the wrong one ("870亿美元" for 870亿元) is found only where the sources give it.
LOOKED_UP_CURRENCIES = ("USD", "EUR", "CNY", "GBP", "JPY", "CHF", "HKD", "TWD", "KRW", "INR")
# Scale slips are of amounts and counts, where a scale word is written ("million").
SCALED_CATEGORIES = frozenset({"currency", "counted", "number"})
# Units that one number in two of is a unit written wrong ("491 Zentimeter" for 491 mm,
# "45 Grad Fahrenheit" for 45 °C); not a duration: a few hours or days meet by chance.
SLIPPED_UNITS = frozenset({"dimension", "temperature"})
# Two currencies meet only for an amount of a million or more: a round price ("$999",
# "999 euros") may be set in each. An amount paid per share is declared in one
# currency, so its digits in another are a slip at any size ("2,50 dollar" per share
# where the sources give 2,50 euro).
MIN_CURRENCY_SLIP = 1e6
MIN_DIGITS = 3
MIN_DIGITS_SAME_MEASURE = 2
# A zero dropped or added ("120 doden" in Nangarhar, where the sources count 12): a
# slip only within one named measure, where a figure ten times another is no chance.
TENFOLD = 10.0
# A hundredfold or more is no change from one period to the next: such digits slip
# whatever period each side names ("€1.6 trillion" for a year the draft misdated,
# where the sources give 1.6 billion for the next).
TIMELESS_FACTOR = 100.0 * (1 - 1e-9)
RELATIVE_TOLERANCE = 1e-9


class Slip(NamedTuple):
    """The sources that write a draft figure's digits otherwise, and how."""

    kind: SlipKind
    source_ids: list[str]
    ratio: float


def currency_views(claims: Iterable[ReportClaim]) -> list[ReportClaim]:
    """Views of the draft's large amounts with no sure subject in the other currencies,
    so that the sources' lookup finds the same number in another currency."""
    return [
        claim.model_copy(update={"unit": currency, "attribute": None})
        for claim in claims
        if unit_category(claim.unit) == "currency"
        and not claim.subject_sure
        and claim.value is not None
        and abs(claim.value) >= MIN_CURRENCY_SLIP
        and significant_digits(claim.value) >= MIN_DIGITS_SAME_MEASURE
        for currency in LOOKED_UP_CURRENCIES
        if currency != claim.unit
    ]


def swapped_values(value: float) -> list[float]:
    """The value with two neighbouring significant digits swapped, at its own scale:
    114,000 gives 141,000 (and 114,000 again is left out); fewer than three digits give
    none, as such swaps meet other figures by chance."""
    digits = digits_key(abs(value))
    if len(digits) < MIN_DIGITS:
        return []
    exponent = math.floor(math.log10(abs(value))) - (len(digits) - 1)
    swaps = {
        digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :]
        for i in range(len(digits) - 1)
        if digits[i] != digits[i + 1] and (i or digits[1] != "0")
    }
    return [math.copysign(float(f"{swap}e{exponent}"), value) for swap in sorted(swaps)]


def transposed_views(claims: Iterable[ReportClaim]) -> list[ReportClaim]:
    """Views of the draft's figures of a named measure with no sure subject, at each
    value two swapped digits give: the sources' lookup finds the figure the draft may
    have transposed ("14.1万名" researchers where the sources have 11.4万)."""
    return [
        claim.model_copy(update={"value": value, "low": value, "high": value, "attribute": None})
        for claim in claims
        if claim.value is not None
        and not claim.subject_sure
        and claim.attribute is not None
        and not claim.attribute.generic
        for value in swapped_values(claim.value)
    ]


class Slips:
    """The sources of one draft check, by the digits they write."""

    def __init__(
        self,
        confirmations: Confirmations,
        factors: Sequence[float],
        running: frozenset[str],
        paid_per_share: frozenset[str] = frozenset(),
        variants: Mapping[str, tuple[str, bool]] | None = None,
    ) -> None:
        self.confirmations, self.factors, self.running = confirmations, tuple(factors), running
        self.paid_per_share = paid_per_share  # dividends, earnings per share: not prices
        self.variants = variants or {}  # adjusted profit -> (profit, False)
        self.by_digits: dict[str, list[str]] = defaultdict(list)
        for claim in confirmations.claims.values():
            if claim.role == "source" and claim.value is not None and _written(claim):
                self.by_digits[digits_key(abs(claim.value))].append(claim.id)

    @classmethod
    def for_knowledge(cls, confirmations: Confirmations, knowledge: Knowledge) -> Slips:
        """The slips of one draft check, with the attribute table's running counts,
        amounts paid per share and other accountings of a measure."""
        definitions = knowledge.attributes.attributes.values()
        running = frozenset(a.id for a in definitions if a.running)
        paid = frozenset(a.id for a in definitions if a.per_share and not a.moves)
        variants = knowledge.attributes.variants
        return cls(confirmations, DEFAULT_FACTORS, running, paid, variants)

    def of(self, claim: ReportClaim, story: Container[str | None]) -> Slip | None:
        """The slip the sources of the draft's `story` (the files that confirm one of its
        figures) show in the draft's figure, if they show one."""
        if claim.value is None:
            return None
        everywhere = self._with_digits(claim.value)
        written = [s for s in everywhere if _same_figure(claim, s)]
        if any(not _periods_apart(claim, s) for s in written):
            return None  # some source writes the figure as the draft does
        if written:
            return self._misdated(claim, [s for s in written if s.file in story])
        same_digits = [s for s in everywhere if s.file in story]
        found: dict[SlipKind, list[str]] = defaultdict(list)
        ratios: dict[SlipKind, float] = {}
        for source in same_digits:
            relation = self._relation(claim, source)
            if relation is None or not self._rare(claim, source):
                continue
            timeless = relation[0] == "scale-error" and relation[1] >= TIMELESS_FACTOR
            measured = self._as_measured(claim, source)
            if self.confirmations.undivided(claim, measured, any_unit=True, any_time=timeless):
                found[relation[0]].append(source.id)
                ratios[relation[0]] = relation[1]
        if not found:
            return self._transposed(claim, story)
        kind = max(found, key=lambda k: len(found[k]))
        return Slip(kind, found[kind], ratios[kind])

    def _transposed(self, claim: ReportClaim, story: Container[str | None]) -> Slip | None:
        """The sources' figure of the draft's named measure, in its unit, that the draft's
        gives with two neighbouring digits swapped ("14.1万名" for 11.4万). Not for a
        running count: a toll that grows from 123 to 132 swaps digits by itself."""
        measure = claim.attribute
        if measure is None or measure.generic or measure.name in self.running:
            return None
        found = [
            source.id
            for value in swapped_values(claim.value or 0.0)
            for source in self._with_digits(value)
            if source.file in story
            and (source.value, source.unit, source.attribute, source.change)
            == (value, claim.unit, measure, claim.change)
            and self.confirmations.undivided(claim, source)
        ]
        return Slip("value-conflict", found, 1.0) if found else None

    def _with_digits(self, value: float) -> list[ReportClaim]:
        claims = self.confirmations.claims
        return [claims[i] for i in self.by_digits.get(digits_key(abs(value)), [])]

    def _misdated(self, claim: ReportClaim, written: list[ReportClaim]) -> Slip | None:
        """The draft's distinctive figure of a named measure, which the sources give only
        for periods apart from the draft's ("In 2021 bedroeg de omzet nog 642,3 miljard
        yuan", where the sources give 642.3 billion for 2022)."""
        measure = claim.attribute
        if measure is None or measure.generic or significant_digits(claim.value or 0) < MIN_DIGITS:
            return None
        dated = [
            s.id
            for s in written
            if s.attribute == measure
            and self.confirmations.undivided(claim, s, any_unit=True, any_time=True)
        ]
        return Slip("time-conflict", dated, 1.0) if dated else None

    def _relation(self, claim: ReportClaim, source: ReportClaim) -> tuple[SlipKind, float] | None:
        if claim.change != source.change or source.value is None or claim.value is None:
            return None
        ratio = max(abs(claim.value), abs(source.value)) / min(abs(claim.value), abs(source.value))
        category = unit_category(claim.unit)
        if claim.unit == source.unit:
            factors = (*self.factors, *((TENFOLD,) if self._one_measure(claim, source) else ()))
            factor = any(abs(ratio / f - 1) < RELATIVE_TOLERANCE for f in factors)
            return ("scale-error", ratio) if factor and category in SCALED_CATEGORIES else None
        if abs(ratio - 1) > RELATIVE_TOLERANCE:
            return None
        if category == "currency" == unit_category(source.unit):
            large = abs(claim.value) >= MIN_CURRENCY_SLIP
            return ("unit-mismatch", 1.0) if large or self._paid_alike(claim, source) else None
        same_kind = dimension_of(claim.unit) == dimension_of(source.unit)
        physical = category in SLIPPED_UNITS  # "45 Grad Fahrenheit" for 45 °C
        return ("unit-mismatch", 1.0) if physical and same_kind else None

    def _paid_alike(self, claim: ReportClaim, source: ReportClaim) -> bool:
        """Both figures are one amount paid per share (a dividend), of the same measure."""
        measure = claim.attribute
        return (
            measure is not None
            and measure == source.attribute
            and (measure.name in self.paid_per_share)
        )

    def _as_measured(self, claim: ReportClaim, source: ReportClaim) -> ReportClaim:
        """The source figure, of the draft's measure when it is another accounting of it."""
        if claim.attribute == source.attribute or not self._one_measure(claim, source):
            return source
        return source.model_copy(update={"attribute": claim.attribute})

    def _rare(self, claim: ReportClaim, source: ReportClaim) -> bool:
        digits = significant_digits(claim.value or 0)
        if digits >= MIN_DIGITS:
            return True
        return digits >= MIN_DIGITS_SAME_MEASURE and self._one_measure(claim, source)

    def _one_measure(self, claim: ReportClaim, source: ReportClaim) -> bool:
        """Both name one measure, counting another accounting of it as it ("bereinigtes
        operatives Ergebnis" for the draft's "bedrijfsresultaat": outlets call the
        adjusted result plain)."""
        ours, theirs = claim.attribute, source.attribute
        if ours is None or theirs is None or ours.name is None or theirs.name is None:
            return False
        return self._base(ours.name) == self._base(theirs.name)

    def _base(self, name: str) -> tuple[str, bool]:
        return self.variants.get(name, (name, False))


def _same_figure(claim: ReportClaim, source: ReportClaim) -> bool:
    return (claim.low, claim.high, claim.unit) == (source.low, source.high, source.unit)


def _periods_apart(claim: ReportClaim, source: ReportClaim) -> bool:
    """Both figures name a period, and the two share no day ("2021" and "2022"; not
    "2022" and its fourth quarter)."""
    return bool(claim.time and source.time and share_no_day(claim.time, source.time))


def _written(claim: ReportClaim) -> bool:
    """A figure the source states, current or earlier ("zuvor … bis zu 2.500"): not
    page furniture nor a label."""
    return not (claim.boilerplate or claim.label)


def slip_message(claim: ReportClaim, slip: Slip, cited: str) -> str:
    """Why the draft's figure looks written wrong, from what the sources write."""
    if slip.kind == "value-conflict":
        return (
            f"{amount(claim)}: no source gives this figure, but {cited} give it with two "
            "digits the other way round; a transposed figure?"
        )
    if slip.kind == "time-conflict":
        return (
            f"{amount(claim)}: the draft dates this figure to {claim.time}, but {cited} "
            "give it for another period; the wrong period?"
        )
    if slip.kind == "scale-error":
        return (
            f"{amount(claim)}: no source gives this figure, but {cited} write its digits "
            f"at another scale ({ratio_text(slip.ratio)} apart); a scale word wrong?"
        )
    return (
        f"{amount(claim)}: no source gives this figure, but {cited} write the same "
        "number in another unit; a unit or currency wrong?"
    )
