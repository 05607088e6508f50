"""What every check sees: the report's claims, blocked, plus how to describe them."""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from factcheck.align import BlockKey, block_order, blocks
from factcheck.extraction.units import unit_category
from factcheck.models import Claim, ReportClaim

if TYPE_CHECKING:
    from factcheck.ruleset import Rule

BOUND_SIGNS = {"gt": ">", "ge": "≥", "lt": "<", "le": "≤"}


@dataclass
class CheckContext:
    claims: dict[str, ReportClaim]
    group_of: dict[str, str] = field(default_factory=dict)
    related: Iterable[tuple[str, str]] = ()

    def __post_init__(self) -> None:
        self.blocks: dict[BlockKey, list[ReportClaim]] = dict(
            sorted(blocks(self.claims.values()).items(), key=lambda kv: block_order(kv[0]))
        )
        self._related = {frozenset(pair) for pair in self.related}
        # Results one check computes and another with the same settings reuses
        # (value-conflict and scale-error classify the same pairs).
        self.memo: dict[Hashable, Any] = {}
        self._described: dict[str, str] = {}

    def describe(self, claim: ReportClaim) -> str:
        """`describe(claim)`, once per claim: a claim can sit in thousands of findings."""
        text = self._described.get(claim.id)
        if text is None:
            text = self._described[claim.id] = describe(claim)
        return text

    def selected(self, rule: Rule, claims: Iterable[ReportClaim]) -> list[ReportClaim]:
        selector = rule.selector
        if not (selector.attributes or selector.units or selector.subjects):
            return list(claims)  # the shipped rules select everything
        return [c for c in claims if selects(rule, c)]

    def selected_blocks(self, rule: Rule) -> Iterator[tuple[BlockKey, list[ReportClaim]]]:
        for key, members in self.blocks.items():
            chosen = self.selected(rule, members)
            if len({c.file for c in chosen}) >= 2:
                yield key, chosen

    def are_related(self, a: str, b: str) -> bool:
        return frozenset((a, b)) in self._related


def selects(rule: Rule, claim: ReportClaim) -> bool:
    """A rule's selector: empty lists admit everything."""
    selector = rule.selector
    if selector.attributes and str(claim.attribute) not in selector.attributes:
        return False
    if selector.units and not (
        claim.unit in selector.units or unit_category(claim.unit) in selector.units
    ):
        return False
    return not selector.subjects or str(claim.subject) in selector.subjects


def describe(claim: ReportClaim) -> str:
    """ "≈500,000 GPU ('fast 500.000 Einheiten', seeds/004…)" for messages."""
    return f"{amount(claim)} ('{claim.text}', {claim.file})"


def amount(claim: Claim) -> str:
    """'≈500,000 GPU', '>1,000,000 USD', '6–10 multiplier': the normalised figure."""
    if claim.value is None:
        number = f"{_number(claim.low)}–{_number(claim.high)}"
    else:
        number = _number(claim.value)
    prefix = BOUND_SIGNS.get(claim.bound or "", "") + ("≈" if claim.approx else "")
    return f"{prefix}{number} {claim.unit}"


def _number(value: float | None) -> str:
    if value is None or math.isinf(value):
        return "?"
    if value == int(value) and abs(value) < 1e16:
        return f"{int(value):,}"
    return f"{value:,.6g}"


def ratio_text(ratio: float) -> str:
    return "∞" if math.isinf(ratio) else f"{ratio:.3g}"
