"""The unit tables pint writes, so that a run need not build pint's registry (about
half a second at every start, most of a one-draft check): each canonical unit's
dimension (`lexicon/dimensions.yaml`) and its factor and offset to its dimension's
base unit (`lexicon/base_units.yaml`). Units outside the tables still go to pint.

    python -m factcheck.extraction.unit_tables   # rewrite both after units.txt changes

Tests keep both equal to what pint computes.
"""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path

from factcheck.extraction.units import DIMENSIONS_PATH, known_units, pint_dimension, quantity
from factcheck.lexicon import load_table

BASE_UNITS_FILE = "base_units.yaml"
BASE_UNITS_PATH = Path(__file__).resolve().parents[1] / "lexicon" / BASE_UNITS_FILE
HEADER = (
    "# Written by `python -m factcheck.extraction.unit_tables` from pint and lexicon/units.txt:"
)


def dimensions_text() -> str:
    """`lexicon/dimensions.yaml` as pint computes it for every unit of the tables."""
    lines = [
        HEADER,
        "# the dimension of every canonical unit, so a run need not build the registry.",
    ]
    for unit in sorted(known_units()):
        dimension = pint_dimension(unit)
        if dimension is not None:
            lines.append(f"{json.dumps(unit)}: {json.dumps(dimension)}")
    return "\n".join(lines) + "\n"


def base_units_text() -> str:
    """`lexicon/base_units.yaml`: [factor, offset] to the base unit, per known unit."""
    lines = [
        HEADER,
        "# [factor, offset] taking a value to its dimension's base unit (°C: [1.0, 273.15]).",
    ]
    for unit in sorted(known_units()):
        found = pint_base(unit)
        if found is not None:
            factor, offset = (_yaml_float(x) for x in found)
            lines.append(f"{json.dumps(unit)}: [{factor}, {offset}]")
    return "\n".join(lines) + "\n"


def pint_base(unit: str) -> tuple[float, float] | None:
    """(factor, offset) as pint computes them; None for a unit pint does not know."""
    try:
        zero = quantity(0.0, unit).to_base_units().magnitude
        one = quantity(1.0, unit).to_base_units().magnitude
    except Exception:  # an unknown or offset-only unit
        return None
    return float(one - zero), float(zero)


@cache
def written_base() -> dict[str, tuple[float, float]]:
    """The table as written: what `compare.to_base` reads before asking pint."""
    table = load_table(BASE_UNITS_FILE.removesuffix(".yaml")) or {}
    return {unit: (float(factor), float(offset)) for unit, (factor, offset) in table.items()}


def _yaml_float(value: float) -> str:
    """A float as YAML 1.1 reads it back exactly: "1e-06" would be a string there."""
    text = repr(value)
    mantissa, exponent, power = text.partition("e")
    if exponent and "." not in mantissa:
        text = f"{mantissa}.0e{power}"
    return text


if __name__ == "__main__":
    for target, text in (
        (DIMENSIONS_PATH, dimensions_text()),
        (BASE_UNITS_PATH, base_units_text()),
    ):
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target}", file=sys.stderr)
