"""Renderers: results in, text out, with no I/O, so the CLI and tests share them."""

from factcheck.render.claims import (
    CLAIM_COLUMNS,
    claim_record,
    claim_row,
    claims_csv,
    claims_jsonl,
    claims_table,
    csv_lines,
    format_number,
    jsonl_lines,
)

__all__ = [
    "CLAIM_COLUMNS",
    "claim_record",
    "claim_row",
    "claims_csv",
    "claims_jsonl",
    "claims_table",
    "csv_lines",
    "format_number",
    "jsonl_lines",
]
