"""Rows of figures and their captions: a table flattened into text ("Q1 Q2 Q3 Totaal /
Tesla 422.875 466.114 435.059") gives bare numbers whose counted thing stands once,
in the caption or column header above the rows ("EV-verkopen 2023", "| Company | GPUs |").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck.extraction.quantity import Quantity
    from factcheck.extraction.scanner import Scan

CAPTION_REACH = 4  # non-blank lines above a row of figures that its caption may be on
MIN_ROW_FIGURES = 3  # figures on a line that make it a row of a table
MAX_ROW_CHARS = 400  # a longer line is prose or hostile text, never a row
FIGURE = re.compile(r"(?<![\w.,])\d[\d.,]*")
RULE_LINE = re.compile(r"[\s|:+-]*")
WORD = re.compile(r"[^\W\d_]{2,}")
PROSE_END = re.compile(r"[.!?。！？]\s*$")


def counted_in_caption(scan: Scan, quantity: Quantity) -> str | None:
    """A figure in a row of figures counts what the lines above the rows name: the
    caption "EV-verkopen 2023" above a header "Q1 Q2 Q3", or the column header
    "| Company | GPUs |". Looked up once per line; a line longer than a row never is one."""
    row = _line_at(scan.work, quantity.start)
    if row is None:
        return None
    if row[0] not in scan.captions:
        scan.captions[row[0]] = _caption_unit(scan, *row)
    return scan.captions[row[0]]


def _caption_unit(scan: Scan, start: int, end: int) -> str | None:
    work = scan.work
    if not _figure_row(work[start:end]):
        return None
    for lo, hi in _lines_above(work, start):
        line = work[lo:hi]
        if RULE_LINE.fullmatch(line) or (FIGURE.search(line) and _figure_row(line)):
            continue  # "|---|---|", or another row of figures
        before, _ = scan.counted_nouns(lo, hi, hi, hi)
        if before is not None:
            return scan.units.resolve(before.group())
        if PROSE_END.search(line):
            return None  # the rows follow prose, not a caption
    return None


def _line_at(work: str, offset: int) -> tuple[int, int] | None:
    """The span of the line around `offset`; None when it is longer than MAX_ROW_CHARS."""
    lo = max(0, offset - MAX_ROW_CHARS)
    start = work.rfind("\n", lo, offset) + 1
    if start == 0 and lo > 0:
        return None
    end = work.find("\n", offset, start + MAX_ROW_CHARS)
    if end < 0:
        if start + MAX_ROW_CHARS < len(work):
            return None
        end = len(work)
    return start, end


def _figure_row(line: str) -> bool:
    """A Markdown table row, or a line of more figures than words ("Tesla 422.875
    466.114 435.059"), not prose that gives several figures."""
    if line.lstrip().startswith("|"):
        return True
    figures = len(FIGURE.findall(line))
    return figures >= MIN_ROW_FIGURES and len(WORD.findall(line)) <= figures


def _lines_above(work: str, start: int) -> Iterator[tuple[int, int]]:
    """The spans of the non-blank lines above `start`, nearest first: CAPTION_REACH
    lines at most, each no longer than a row."""
    end, seen = start - 1, 0
    while end > 0 and seen < CAPTION_REACH:
        line = _line_at(work, end)
        if line is None:
            return
        if work[line[0] : end].strip():
            seen += 1
            yield line[0], end
        end = line[0] - 1
