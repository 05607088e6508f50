"""Rows of figures and their captions: a table flattened into text ("Q1 Q2 Q3 Totaal /
Tesla 422.875 466.114 435.059") gives bare numbers whose counted thing stands once,
in the caption or column header above the rows ("EV-verkopen 2023", "| Company | GPUs |"),
and whose period is their column's ("Q3 2023 Q4 2023 FY 2022 FY 2023" over "Net sales
6,673 7,237 21,173 27,559").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from factcheck.extraction.timescope import time_scope

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
HEADER_REACH = 60  # lines above a row that its column header may be on
CELL = re.compile(r"[^\s|]+")
FIGURE_CELL = re.compile(r"[-−+(]?[$€£¥]?\d[\d.,]*[%)]?")
YEAR_CELL = re.compile(r"(?:FY|GJ)?(?:19|20)\d\d(?:年度?)?", re.IGNORECASE)
ROW_END = re.compile(r"[\d%)][\s|]*$")
PERIOD_WORDS = 3  # words before a year that name its column's period ("3. Quartal 2023")


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


def column_period(scan: Scan, quantity: Quantity) -> str | None:
    """The period of a figure's column, when it stands in a row of figures under a
    header of periods: the header's periods pair with the row's last figures, one each.
    A line's figures are found once, for all the claims on it."""
    row = _line_at(scan.work, quantity.start)
    if row is None:
        return None
    if row[0] not in scan.cells:  # prose: a line of a table ends with a figure
        ends = ROW_END.search(scan.work, row[0], row[1])
        scan.cells[row[0]] = _figure_cells(scan.work, *row) if ends else []
    cells = scan.cells[row[0]]
    if len(cells) < 2:
        return None
    if row[0] in scan.columns:  # a row seen before: its header is known
        periods = scan.columns[row[0]]
    elif _periods(scan.work[row[0] : row[1]], scan.lang) is not None:
        return None  # the header itself
    else:
        periods = _header_periods(scan, row[0])
    if periods is None or len(cells) < len(periods):
        return None
    cells = cells[len(cells) - len(periods) :]  # a label's own number or mark comes first
    column = next((i for i, (lo, hi) in enumerate(cells) if lo <= quantity.start < hi), None)
    return None if column is None else periods[column]


def _figure_cells(work: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the figures that end a line, in order ("6,673 7,237" of "Net sales
    6,673 7,237")."""
    cells = [m.span() for m in CELL.finditer(work, start, end)]
    first = len(cells)
    while first > 0 and FIGURE_CELL.fullmatch(work, *cells[first - 1]):
        first -= 1
    return cells[first:]


def _header_periods(scan: Scan, row_start: int) -> tuple[str, ...] | None:
    """The periods of the header over a row: the first line above it, past blank lines,
    rule lines and other rows, that names two periods or more and nothing after them.
    Found once for all the rows of a table."""
    work, chain = scan.work, [row_start]
    found: tuple[str, ...] | None = None
    end = row_start - 1
    for _ in range(HEADER_REACH):
        line = _line_at(work, end) if end > 0 else None
        if line is None:
            break
        lo = line[0]
        if lo in scan.columns:
            found = scan.columns[lo]
            break
        text = work[lo:end]
        if not text.strip() or RULE_LINE.fullmatch(text):
            end = lo - 1
            continue
        found = _periods(text, scan.lang)
        if found is not None or len(_figure_cells(work, lo, end)) < 2:
            break
        chain.append(lo)
        end = lo - 1
    for lo in chain:
        scan.columns[lo] = found
    return found


def _periods(line: str, lang: str) -> tuple[str, ...] | None:
    """The periods a header line ends with, one per year ("Q3 2023 Q4 2023 FY 2022 FY
    2023", "| 2022 | 2023 |"); None unless it names two or more and nothing after them."""
    cells = [m.group() for m in CELL.finditer(line)]
    years = [i for i, cell in enumerate(cells) if YEAR_CELL.fullmatch(cell)]
    if len(years) < 2 or years[-1] != len(cells) - 1:
        return None
    periods, previous = [], -1
    for index in years:
        first = max(previous + 1, index - PERIOD_WORDS)
        if previous >= 0 and first != previous + 1:
            return None  # words between two columns that name no period
        period = time_scope(" ".join(cells[first : index + 1]), lang)
        if period is None:
            return None
        periods.append(period)
        previous = index
    return tuple(periods)
