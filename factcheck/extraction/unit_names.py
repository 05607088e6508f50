"""How a normalised unit is written as a word in messages (English, as every message
is): "seats", "parties", "mile", "USD" (`factcheck/lexicon/unit_display.yaml` lists the
symbols and irregular plurals; currencies take no plural)."""

from __future__ import annotations

from functools import cache
from typing import Any

from factcheck.extraction.units import unit_category
from factcheck.lexicon import load_table

CURRENCY_CATEGORY = "currency"


@cache
def unit_display() -> dict[str, dict[str, Any]]:
    return dict(load_table("unit_display") or {})


def unit_name(unit: str, many: bool) -> str:
    """A unit written as a word: "seats", "mile", "USD" (currencies take no plural)."""
    name = unit.replace("_", " ")
    if many and unit_category(unit) != CURRENCY_CATEGORY:
        name = unit_display().get(unit, {}).get("plural") or _plural(name)
    return name


def _plural(name: str) -> str:
    if name.endswith("y") and name[-2:-1] not in "aeiou":
        return name[:-1] + "ies"
    return name + "s"
