"""Digits glued to letters: a name's ("X365", "MAI-1", "GPT-4"), unless a unit's
prefix stands there ("US$5", "M7.8") and the figure fits it ("M365" is a product)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcheck.extraction.numeral import is_letter

if TYPE_CHECKING:
    from factcheck.extraction.grammar import Grammar
    from factcheck.extraction.patterns import Hit

LEADING_INTEGER = re.compile(r"\d+")


def hyphenated_name(text: str, pos: int) -> bool:
    """MAI-1, GPT-4, COVID-19: digits after letters and a hyphen are a name
    (but not in '5k-20k', where the letters are a number's suffix)."""
    if pos < 2 or text[pos - 1] != "-" or not is_letter(text[pos - 2]):
        return False
    start = pos - 2
    while start > 0 and is_letter(text[start - 1]):
        start -= 1
    return not (start > 0 and text[start - 1].isdigit())


def beyond_its_prefix(text: str, start: int, digits: str, g: Grammar) -> bool:
    """ "M365": digits glued to a unit's prefix that they are too large for
    (`prefix_below`) are a name's, not that unit's figure ("M7.8")."""
    from factcheck.extraction.units import unit_words

    units = unit_words(g.lang)
    prefix = units.prefix_before.search(text, max(0, start - 6), start)
    unit = units.prefixes.get(prefix.group(1).strip()) if prefix else None
    bound = units.prefix_below.get(unit or "")
    whole = LEADING_INTEGER.match(digits)
    return bound is not None and whole is not None and int(whole.group()) >= bound


def money_before(text: str, start: int, g: Grammar) -> Hit | None:
    """A unit's prefix right before the digits at `start` ("US$5", "EUR5", "€163")."""
    from factcheck.extraction.units import unit_words

    return unit_words(g.lang).prefix_before.search(text, max(0, start - 6), start)


HAN_SCALED = re.compile(r"\d+(?:[.,]\d+)?[万萬亿億]")


def han_scaled(text: str, start: int) -> bool:
    """Digits glued to a Latin word but scaled by a Chinese scale character: a figure,
    not a model's name ("(vs Con448亿美元)": the analysts' consensus; "H100芯片" is a
    name)."""
    return HAN_SCALED.match(text, start) is not None
