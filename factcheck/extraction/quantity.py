"""A numeral grown into a quantity, and reading the numbers and units around one.

`Quantity` is the claim being built: its span, value or range and the words attached
to it so far. The helpers read what stands at a position of the scanned text (a
numeral, a unit word) for the stages that grow a quantity (growth, ranges).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.extraction.numeral import Numeral, OverLong
from factcheck.extraction.reading import read_numeral
from factcheck.extraction.units import UnitWords, unit_category

if TYPE_CHECKING:
    from factcheck.extraction.scanner import Scan

SPACES = re.compile(r"[ \t]*")


@dataclass(slots=True)
class Quantity:
    """A numeral grown into a claim: its span, bounds and qualifiers."""

    start: int
    end: int
    low: float
    high: float
    is_range: bool = False
    unit: str | None = None
    scale: str | None = None
    approx: bool = False
    hedge: str | None = None
    bound: str | None = None
    change: bool = False
    label: bool = False
    origin: bool = False
    next_pos: int | None = None


def numeral_at(scan: Scan, pos: int) -> Numeral | None:
    """The numeral starting at `pos` (a sign before digits included), if any."""
    if pos + 1 < len(scan.work) and scan.work[pos] in "-+" and scan.work[pos + 1].isdigit():
        pos += 1
    if scan.g.start.match(scan.work, pos) is None:
        return None
    try:
        return read_numeral(scan.work, pos, scan.g, scan.decimal_comma)
    except OverLong:
        return None


def unit_at(scan: Scan, pos: int) -> str | None:
    """The unit a unit word at `pos` names, if any."""
    match = scan.units.after.match(scan.work, pos)
    return resolved_unit(scan.units, match)


# A unit written after a bracket that dates or compares the amount before it, or after
# the bracket an amount closes: "mit 1,337 Milliarden (2023: 0,268 Millionen) Euro".
BRACKET_AFTER = re.compile(r"[ \t\u00a0]*\([^()\n]{1,60}\)")
BRACKET_CLOSES = re.compile(r"[ \t\u00a0]*\)")


def unit_past_bracket(scan: Scan, end: int) -> str | None:
    """The unit after the bracket that follows `end`, or that closes right at it: both
    amounts of "23,7 Milliarden (Vorjahr: 21,4 Milliarden) Euro" are in euros."""
    gap = BRACKET_AFTER.match(scan.work, end) or BRACKET_CLOSES.match(scan.work, end)
    return unit_at(scan, gap.end()) if gap else None


def resolved_unit(units: UnitWords, match: re.Match[str] | None) -> str | None:
    return units.resolve(match.group("word") or match.group("sym")) if match else None


def duration_after_adjective(scan: Scan, end: int) -> re.Match[str] | None:
    """A unit of time after one word that may stand before a counted noun ("the two
    busiest days", "die zwei heißesten Tage", "de twee drukste dagen"; `counted_gap` in
    lexicon/units.yaml), as `units.after` would match it there."""
    if scan.lang == "zh":
        return None  # a Chinese unit of time follows its number: "两天", "三年"
    adjective = scan.units.word_gap.match(scan.work, end)
    if adjective is None:
        return None
    match = scan.units.after.match(scan.work, adjective.end())
    unit = resolved_unit(scan.units, match)
    return match if unit is not None and unit_category(unit) == "duration" else None


CLAUSE_BREAK = re.compile(r"[,;:()，；：（）]|\s[-–—]\s")
# A bracket right after a figure that holds only another writing of it ("$23.7 billion
# (£19.1 billion) in 2024", "80 miljard dollar (74 miljard euro) in 2024"): no break,
# the clause goes on after it. No colon, semicolon or year inside: "(2023: €4 billion)"
# is a base, its own clause.
CONVERSION_BRACKET = re.compile(
    r"\s*[(（](?![^()（）]*(?:1[89]|20)\d\d(?!\d))[^()（）:：;；,，\d]{0,12}\d[^()（）:：;；]{0,24}[)）]"
)


CLAUSE_REACH = 240


def clause_bounds(work: str, start: int, end: int, at: int, until: int) -> tuple[int, int]:
    """The bounds of the clause around [at, until) within a sentence [start, end), at
    most CLAUSE_REACH characters either side, so a sentence without breaks (a table
    row, a hostile run of numbers) costs no more per number than a short one. A comma
    or colon between two digits is a number's ("Stärke 7,7", "18:30"), no break."""
    lo = max(start, at - CLAUSE_REACH)
    for match in CLAUSE_BREAK.finditer(work, lo, at):
        if not _in_a_number(work, match.start()):
            lo = match.end()
    hi = min(end, until + CLAUSE_REACH)
    bracket = CONVERSION_BRACKET.match(work, until, hi)
    for match in CLAUSE_BREAK.finditer(work, bracket.end() if bracket else until, hi):
        if not _in_a_number(work, match.start()):
            return lo, match.start()
    return lo, hi


def _in_a_number(work: str, at: int) -> bool:
    """A comma or colon with a digit on each side (the plain class above is the fast
    scan; this test runs on the few breaks it finds)."""
    return work[at] in ",:" and between_digits(work, at, at + 1)


def between_digits(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] has a digit on each side ("7,7", "18:30", "1,8 miljoen")."""
    return start > 0 and end < len(text) and text[start - 1].isdigit() and text[end].isdigit()
