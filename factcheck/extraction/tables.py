"""Tables whose header states the scale and unit of their figures.

A press release's results table says once, in its header, that its figures are
"in millions of euros"; the rows then hold bare numbers ("Net sales 6,673 7,237").
Read alone those are counts of nothing; read as the table means them they are
amounts. A header line is found by its cue words (lexicon/tables.yaml) and the scale
and currency words on it; the table runs over the lines of figures below it, up to
the first line of prose. A row whose label names another unit ("Gross margin (%)",
"EPS (in euros)", "systems sold (units)") keeps its own reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from factcheck.extraction.grammar import grammar
from factcheck.extraction.patterns import alternation, phrase_trie
from factcheck.extraction.units import unit_category, unit_words
from factcheck.lexicon import load_table, words

if TYPE_CHECKING:
    from factcheck.extraction.growth import Quantity

SPACED_CELLS = re.compile(r"(\d{1,3})(?:[ \t]\d{3})+")
NUMBER = re.compile(r"\d[\d.,]*")
MAX_HEADER_WORDS = 16
PROSE_END = re.compile(r"[.!?。！？]\s*$")


@dataclass(frozen=True, slots=True)
class ScaledTable:
    """A table's header line, its rows [start, end) and what their bare figures are."""

    header: tuple[int, int]
    start: int
    end: int
    factor: float
    unit: str | None


@dataclass(frozen=True, slots=True)
class TableCues:
    header: re.Pattern[str]
    percent: re.Pattern[str]
    count: re.Pattern[str]
    per_unit: re.Pattern[str]


@cache
def table_cues(lang: str) -> TableCues:
    table = load_table("tables")
    rows = table["row_units"]

    def listed(items: list[str]) -> re.Pattern[str]:
        return re.compile(alternation(items, word_edges=False), re.IGNORECASE)

    header = words(table["header"], lang)
    # case variants spelled out: a case-sensitive trie rejects most positions at once
    variants = sorted({form for w in header for form in (w, w.lower(), w.capitalize(), w.upper())})
    trie = phrase_trie(variants, word_edges=False)
    bounded = rf"(?:{trie})(?![\w.])" if header else "(?!)"
    return TableCues(
        header=re.compile(bounded),
        percent=listed(rows["percent"]),
        count=listed(rows["count"]),
        per_unit=listed(rows["per_unit"]),
    )


def scaled_tables(work: str, lang: str) -> list[ScaledTable]:
    """Every table with a scale header in the text (usually none: one search)."""
    cues = table_cues(lang)
    found = []
    for match in cues.header.finditer(work):
        line_start = work.rfind("\n", 0, match.start()) + 1
        line_end = _line_end(work, match.end())
        line = work[line_start:line_end]
        if len(line.split()) > MAX_HEADER_WORDS:
            continue  # "thousands of small deals": prose, not a table header
        factor, unit = _scale_and_unit(line, lang)
        end = _table_end(work, line_end)
        if factor > 1 and _has_rows(work[line_end:end]):
            found.append(ScaledTable((line_start, line_end), line_end, end, factor, unit))
    return found


def apply_table_scale(tables: list[ScaledTable], work: str, quantity: Quantity, lang: str) -> None:
    """A bare figure in a scaled table's row becomes the amount the header says; the
    header's own words ("in millions") are no figure, and a row's figures separated by
    spaces are separate cells ("105 113 317 421"), not one number grouped by spaces."""
    if any(t.header[0] <= quantity.start < t.header[1] for t in tables):
        quantity.label = True
        return
    table = next((t for t in tables if t.start <= quantity.start < t.end), None)
    if table is None or quantity.scale or quantity.is_range:
        return
    cells = SPACED_CELLS.fullmatch(work, quantity.start, quantity.end)
    if cells:
        quantity.end = quantity.start + len(cells.group(1))
        quantity.low = quantity.high = float(cells.group(1).replace(",", "").replace(".", ""))
    if quantity.unit not in (None, "count"):
        return
    label = work[work.rfind("\n", 0, quantity.start) + 1 : quantity.start]
    cues = table_cues(lang)
    if cues.percent.search(label):
        quantity.unit = "percent"
    elif cues.per_unit.search(label):
        quantity.unit = table.unit or quantity.unit
    elif not cues.count.search(label):
        quantity.low, quantity.high = quantity.low * table.factor, quantity.high * table.factor
        quantity.unit = table.unit or quantity.unit


def _scale_and_unit(line: str, lang: str) -> tuple[float, str | None]:
    g, uw = grammar(lang), unit_words(lang)
    factor = 1.0
    for match in re.finditer(r"[^\W\d_][\w.]*|[€$£¥]", line):
        word = match.group().lower().rstrip(",;:)")
        value = g.scale_value(word) or g.scale_value(word.rstrip("."))
        if value:
            factor = max(factor, value)
        vague = g.vague_values.get(word)
        if vague:
            factor = max(factor, vague.power)
    unit = None
    for candidate in re.findall(r"[^\W\d_][\w.'-]*|[€$£¥]", line):
        resolved = uw.resolve(candidate) or uw.prefixes.get(candidate)
        if resolved and unit_category(resolved) == "currency":
            unit = resolved
            break
    return factor, unit


def _has_rows(block: str) -> bool:
    """A table has rows of figures: lines with two numbers or more."""
    return any(len(NUMBER.findall(line)) >= 2 for line in block.splitlines())


def _line_end(work: str, pos: int) -> int:
    end = work.find("\n", pos)
    return len(work) if end < 0 else end


def _table_end(work: str, pos: int) -> int:
    """The end of the last row of figures below a header: the table stops at the
    first line of prose (a sentence) or a note."""
    end = pos
    while end < len(work):
        line_end = _line_end(work, end + 1)
        line = work[end + 1 : line_end].strip()
        if line and ((PROSE_END.search(line) and len(line.split()) >= 6) or line.startswith("(")):
            break
        end = line_end
    return end
