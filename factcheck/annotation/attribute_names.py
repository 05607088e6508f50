"""Attribute values by name or by unit: one shared object per name, since a million
claims carry a few dozen attributes."""

from __future__ import annotations

from functools import cache

from factcheck.extraction.units import unit_category
from factcheck.models import Attribute

CHANGE_ID = "change"  # the modifier of a change (rules/attributes.yaml)
CHANGE = frozenset({CHANGE_ID})


@cache
def named_attribute(name: str) -> Attribute:
    """One object per attribute name: a million claims share a few dozen."""
    return Attribute(name=name)


@cache
def unit_attribute(unit: str) -> Attribute:
    """The attribute of a claim no keyword explains: built from its unit ("currency:USD")."""
    return Attribute(category=unit_category(unit), unit=unit)
