"""Claims as JSON Lines, CSV or a terminal table.

JSONL and CSV are for machines and must be byte-for-byte deterministic: fields
in model order, no timestamps, "\\n" line ends. The table is for people: compact
numbers, symbols for qualifiers, colour only when asked. The `*_lines` forms
stream, so the CLI can write a large folder's claims without collecting them.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Iterable, Iterator

from factcheck import frames
from factcheck.models import Claim
from factcheck.render.console import to_text

# Flat columns of CSV and DataFrames: the Claim fields in model order, the sentence span split.
CLAIM_COLUMNS: tuple[str, ...] = tuple(frames.names(frames.CLAIM_COLUMNS))

BOUND_SYMBOLS = {"gt": ">", "ge": "≥", "lt": "<", "le": "≤"}
APPROX_SYMBOL = "≈"
BOILERPLATE_FLAG = "bp"
RANGE_DASH = "–"
_LEGEND = f"{APPROX_SYMBOL} approximate · > ≥ < ≤ open bound · {BOILERPLATE_FLAG} boilerplate"
_SPACES = re.compile(r"\s+")


# --------------------------------------------------------------------------- rows


def claim_row(claim: Claim) -> dict[str, object]:
    """One claim as a flat mapping over `CLAIM_COLUMNS` (CSV and DataFrame rows)."""
    return frames.claim_row(claim)


def claim_record(claim: Claim) -> dict[str, object]:
    """One claim as a JSON object: model order, `sentence` kept as [start, end]."""
    return claim.model_dump(mode="json")


# --------------------------------------------------------------------------- JSONL / CSV


def jsonl_lines(claims: Iterable[Claim]) -> Iterator[str]:
    """Each claim as one JSON line (with its "\\n"); non-ASCII text kept readable."""
    for claim in claims:
        yield json.dumps(claim_record(claim), ensure_ascii=False) + "\n"


def claims_jsonl(claims: Iterable[Claim]) -> str:
    """All claims as JSON Lines, one object per line in the order given."""
    return "".join(jsonl_lines(claims))


def csv_lines(claims: Iterable[Claim], header: bool = True) -> Iterator[str]:
    """The CSV header (unless `header` is False), then one line per claim.

    Columns are `CLAIM_COLUMNS`, the same as `factcheck.extract_frame`; None is
    an empty cell. The csv module quotes text with commas, quotes or newlines.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")

    def take(row: Iterable[object]) -> str:
        writer.writerow(row)
        line = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return line

    if header:
        yield take(CLAIM_COLUMNS)
    for claim in claims:
        yield take(claim_row(claim).values())


def claims_csv(claims: Iterable[Claim]) -> str:
    """All claims as CSV with a header row (the header alone when there are none)."""
    return "".join(csv_lines(claims))


# --------------------------------------------------------------------------- table


def format_number(value: float) -> str:
    """A number as people read it: 5e11 -> "500,000,000,000", 0.25 -> "0.25".

    Thousands are grouped with commas in every language so the column reads the
    same for all inputs; very small or huge magnitudes fall back to exponents.
    """
    if not math.isfinite(value):
        return str(value)
    if value == 0:
        return "0"
    if value.is_integer() and abs(value) < 1e21:
        return f"{value:,.0f}"
    if 1e-4 <= abs(value) < 1e15:
        return f"{value:,.6f}".rstrip("0").rstrip(".")
    return f"{value:.6g}"


def value_cell(claim: Claim) -> str:
    """The claim's number, or "low–high" for a range."""
    if claim.is_range:
        return f"{_number_or_dash(claim.low)}{RANGE_DASH}{_number_or_dash(claim.high)}"
    return _number_or_dash(claim.value if claim.value is not None else claim.low)


def flags_cell(claim: Claim) -> str:
    """Qualifiers as symbols: ≈ approximate, > ≥ < ≤ open bound, bp boilerplate."""
    flags = []
    if claim.approx:
        flags.append(APPROX_SYMBOL)
    if claim.bound:
        flags.append(BOUND_SYMBOLS.get(claim.bound, claim.bound))
    if claim.boilerplate:
        flags.append(BOILERPLATE_FLAG)
    return " ".join(flags)


def _number_or_dash(value: float | None) -> str:
    return "-" if value is None else format_number(value)


_HEADERS: tuple[tuple[str, dict[str, object]], ...] = (
    ("file", {"overflow": "fold", "max_width": 20, "style": "dim"}),
    ("span", {"no_wrap": True}),
    ("text", {"overflow": "fold", "min_width": 16}),
    ("value", {"justify": "right", "overflow": "fold", "style": "bold cyan"}),
    ("unit", {"overflow": "fold", "max_width": 14}),
    ("flags", {"no_wrap": True, "style": "yellow"}),
    ("time", {"overflow": "fold"}),
    ("lang", {"no_wrap": True}),
)


def table_cells(claim: Claim) -> list[str]:
    """The cells of one table row, in the order of the table's columns."""
    return [
        claim.file or "",
        f"{claim.start}{RANGE_DASH}{claim.end}",
        _SPACES.sub(" ", claim.text).strip(),
        value_cell(claim),
        claim.unit,
        flags_cell(claim),
        claim.time or "",
        claim.lang,
    ]


def claims_table(claims: Iterable[Claim], color: bool = False, width: int | None = None) -> str:
    """All claims as a rich table, plain text unless `color` (the CLI decides on TTY/NO_COLOR).

    The file name is shown once per file with a rule between files: a long path
    folds over its file's first rows instead of repeating on every row. Cells are
    `Text` objects, never markup, so "[1]" in an article stays literal.
    """
    from rich.table import Table
    from rich.text import Text

    rows = [table_cells(claim) for claim in claims]
    table = Table(header_style="bold")
    for name, options in _HEADERS:
        table.add_column(name, **options)  # type: ignore[arg-type]
    files = [cells[0] for cells in rows]
    for index, cells in enumerate(rows):
        first = index == 0 or files[index - 1] != cells[0]
        last = index == len(rows) - 1 or files[index + 1] != cells[0]
        shown = [cells[0] if first else "", *cells[1:]]
        table.add_row(*(Text(cell) for cell in shown), end_section=last)
    if any(cells[5] for cells in rows):
        table.caption = _LEGEND
    return to_text([table], color, width)
