"""Kinds of units the checks treat apart (lexicon/units.yaml): units whose figures are
exact, and units that stand for a family of others."""

from __future__ import annotations

from functools import cache

from factcheck.lexicon import load_table


@cache
def exact_units() -> frozenset[str]:
    """Units whose figures are never rounded (`exact_units`: a parliament's seats)."""
    return frozenset(load_table("units").get("exact_units") or ())


@cache
def unit_families() -> dict[str, frozenset[str]]:
    """A unit that may stand for any of its members ("chip": a GPU, a CPU or a TPU)."""
    table = load_table("units").get("unit_families") or {}
    return {family: frozenset(members) for family, members in table.items()}
