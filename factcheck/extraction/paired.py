"""Figures listed with one unit written after the last: "um 36 beziehungsweise 37
Prozent", "16.8 and 18.6 billion euros", "respectievelijk 25 en 17 procent". Read
alone, the first is a bare count ("36") and meets nothing; it is a share, or an amount
of money, as the last is. Joiners in `lexicon/ranges.yaml` (`paired`); a framed range
("between 36 and 37 percent") is read before, as one figure.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from factcheck.extraction.patterns import phrase_trie
from factcheck.extraction.quantity import Quantity, numeral_at, unit_at
from factcheck.lexicon import by_language, load_table

if TYPE_CHECKING:
    from factcheck.extraction.numeral import Numeral
    from factcheck.extraction.scanner import Scan

LONGEST_LIST = 6  # figures a list may hold before its unit
YEAR = re.compile(r"(?:1[89]|20)\d\d")


@cache
def _joiners(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The joiner words of a list, and the commas between its earlier members."""
    words = by_language(load_table("ranges").get("paired"), lang)
    space = r"[ \t\u00a0]"
    if lang == "zh":
        word = re.compile(rf"{space}*(?:{phrase_trie(words, word_edges=False)}){space}*")
        return word, re.compile(rf"{space}*[,，]{space}*")
    alt = phrase_trie(words, ignore_case=True)
    return re.compile(rf"{space}+(?:{alt}){space}+", re.IGNORECASE), re.compile(rf",{space}+")


def share_listed_unit(scan: Scan, first: Numeral, quantity: Quantity) -> None:
    """A bare figure listed before one with a unit takes that unit, and its scale word
    when it writes none ("39 und 40 Milliarden Euro", "5 and 6 million"). A figure that
    has a scale word of its own takes a unit only from a figure that has one too ("5
    Milliarden und 30 Prozent" lists two measures)."""
    if first.kind != "cardinal" or YEAR.fullmatch(scan.work, first.start, first.end):
        return
    word, comma = _joiners(scan.lang)
    pos = first.end
    for _ in range(LONGEST_LIST):
        joined = word.match(scan.work, pos)
        listed = joined or comma.match(scan.work, pos)
        following = numeral_at(scan, listed.end()) if listed else None
        if following is None or following.kind != "cardinal":
            return
        unit = unit_at(scan, following.end)
        if unit is None and following.scale is None:
            pos = following.end  # "35, 36 und 37 Prozent": on to the next
            continue
        if joined is None or (first.scale and not (following.scale and unit)):
            return  # "of the 300, 12 percent" is no list
        if first.scale is None and following.scale is not None:
            quantity.low = quantity.high = first.value * following.scale_value
            quantity.scale = following.scale
        quantity.unit = unit or quantity.unit
        return
