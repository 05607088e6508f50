"""Figures as an editor reads them in messages: "50 billion parameters", "≈500,000
GPUs", "6–10×", "30%", "magnitude 6.2", and ratios as "10×".

How each unit is written is data (`factcheck/lexicon/unit_display.yaml`), so a new
unit gets its symbol without code.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from factcheck.extraction.unit_names import unit_display, unit_name
from factcheck.models import Claim, ReportClaim

BOUND_SIGNS = {"gt": ">", "ge": "≥", "lt": "<", "le": "≤"}
SCALE_WORDS = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def amount(claim: Claim) -> str:
    """'≈500,000 GPUs', '>1 million USD', '6–10×', '50 billion parameters'."""
    if claim.value is None:
        number = f"{number_text(claim.low)}–{number_text(claim.high)}"
        many = True
    else:
        number = number_text(claim.value)
        many = claim.value != 1
    prefix = BOUND_SIGNS.get(claim.bound or "", "") + ("≈" if claim.approx else "")
    return prefix + with_unit(number, claim.unit, many)


def with_unit(number: str, unit: str, many: bool = True) -> str:
    shown = unit_display().get(unit, {})
    if "before" in shown:
        return f"{shown['before']} {number}"
    if "after" in shown:
        symbol = shown["after"]
        return f"{number}{symbol}" if shown.get("glued") or not symbol else f"{number} {symbol}"
    return f"{number} {unit_name(unit, many)}"


def unit_text(unit: str) -> str:
    """A unit as messages write it alone: "km²", "ha", "USD", "miles", "GPUs"."""
    shown = unit_display().get(unit, {})
    symbol = shown.get("after") or shown.get("before")
    return str(symbol) if symbol else unit_name(unit, many=True)


def number_text(value: float | None) -> str:
    """50 billion, 27.559 billion, 484,507, 6.2: a scale word for round large figures."""
    if value is None or math.isinf(value):
        return "?"
    for scale, word in SCALE_WORDS:
        scaled = value / scale
        if abs(value) >= scale and round(scaled, 3) == round(scaled, 9):
            return f"{scaled:,.3f}".rstrip("0").rstrip(".") + f" {word}"
    if value == int(value) and abs(value) < 1e16:
        return f"{int(value):,}"
    return f"{value:,.6g}"


def ratio_text(ratio: float) -> str:
    """ "10×", "1.21×", "100,000×", "1.0012×": how far apart two figures are, to two
    digits of their gap when they are close (868.46 against 869.5 is no "1×")."""
    if math.isinf(ratio):
        return "∞"
    gap = ratio - 1
    if 0 < gap < 0.01:
        return f"{ratio:.{1 - math.floor(math.log10(gap))}f}×"
    return f"{ratio:,.0f}×" if ratio >= 100 else f"{ratio:.3g}×"


def side_text(cluster: Sequence[ReportClaim]) -> str:
    """ "485,000 GPU in a.txt, b.txt and 2 more": one side of a disagreement, with who
    reports it when all its claims name the same reporter ("according to police")."""
    files = list(dict.fromkeys(c.file or "?" for c in cluster))
    shown = ", ".join(files[:3]) + (f" and {len(files) - 3} more" if len(files) > 3 else "")
    reporters = {c.reported_by for c in cluster}
    first = cluster[0]
    if len(reporters) == 1 and None not in reporters:
        return f"{amount(first)} ('{first.text}') according to {first.reported_by} in {shown}"
    said = f", according to {first.reported_by}" if first.reported_by else ""
    return f"{amount(first)} ('{first.text}'{said}) in {shown}"
