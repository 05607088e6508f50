"""The one table of claim columns: names, types and nullability.

A claim leaves the pipeline as a flat row in several places: the DataFrames of the
API (`extract_frame`, `Report.claims`), CSV output, the Parquet claims dataset and
the SQLite claims store. Each builds its own schema from `CLAIM_COLUMNS` (the
`Claim` fields, with the sentence span as two integer columns) or
`REPORT_CLAIM_COLUMNS` (with the report's claim id and topic), so a field added to
the model is added everywhere or a test fails.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from factcheck.models import Claim, ReportClaim


class ColumnType(StrEnum):
    TEXT = "text"
    INTEGER = "integer"
    REAL = "real"
    BOOLEAN = "boolean"


@dataclass(frozen=True)
class Column:
    name: str
    type: ColumnType
    nullable: bool = True


_T, _I, _R, _B = ColumnType.TEXT, ColumnType.INTEGER, ColumnType.REAL, ColumnType.BOOLEAN

CLAIM_COLUMNS: tuple[Column, ...] = (
    Column("file", _T),
    Column("start", _I, False),
    Column("end", _I, False),
    Column("text", _T, False),
    Column("value", _R),
    Column("low", _R),
    Column("high", _R),
    Column("unit", _T, False),
    Column("scale", _T),
    Column("approx", _B, False),
    Column("hedge", _T),
    Column("bound", _T),
    Column("time", _T),
    Column("boilerplate", _B, False),
    Column("lang", _T, False),
    Column("sentence_start", _I, False),
    Column("sentence_end", _I, False),
    Column("change", _B, False),
    Column("label", _B, False),
    Column("conversion", _B, False),
    Column("origin", _B, False),
    Column("as_of", _T),
    Column("subject", _T),
    Column("attribute", _T),
)
REPORT_CLAIM_COLUMNS: tuple[Column, ...] = (
    Column("id", _T, False),
    *CLAIM_COLUMNS,
    Column("topic", _T),
    Column("subject_sure", _B, False),
    Column("reported_by", _T),
    Column("summed", _B, False),
    Column("milestone", _B, False),
)
SENTENCE = ("sentence_start", "sentence_end")

ClaimT = TypeVar("ClaimT", bound=Claim)


def names(columns: Iterable[Column]) -> list[str]:
    return [column.name for column in columns]


def claim_row(claim: Claim, columns: tuple[Column, ...] = CLAIM_COLUMNS) -> dict[str, Any]:
    """One claim as a flat mapping over `columns`, in column order."""
    fields = claim.model_dump(mode="json")
    fields["sentence_start"], fields["sentence_end"] = fields.pop("sentence")
    return {column.name: fields[column.name] for column in columns}


def claim_from_row(row: Mapping[str, Any], model: type[ClaimT] = ReportClaim) -> ClaimT:  # type: ignore[assignment]
    """The claim back from a row with (at least) the model's columns; extras are ignored."""
    stored = (n for n, f in model.model_fields.items() if n != "sentence" and not f.exclude)
    fields = {name: row[name] for name in stored}
    fields["sentence"] = (row["sentence_start"], row["sentence_end"])
    return model.model_validate(fields)


PANDAS_DTYPES = {_I: "int64", _R: "float64", _B: "bool", _T: "object"}
SQL_TYPES = {_I: "INTEGER", _R: "REAL", _B: "INTEGER", _T: "TEXT"}


def pandas_dtypes(columns: Iterable[Column]) -> dict[str, str]:
    """Fixed dtypes, so an empty frame and a frame of None values have the same schema."""
    return {column.name: PANDAS_DTYPES[column.type] for column in columns}


def sql_columns(columns: Iterable[Column]) -> list[str]:
    """Column definitions for a SQLite table (names quoted: "end" is a keyword)."""
    return [
        f'"{c.name}" {SQL_TYPES[c.type]}' + ("" if c.nullable else " NOT NULL") for c in columns
    ]


def arrow_fields(columns: Iterable[Column]) -> list[Any]:
    """The columns as pyarrow fields (pyarrow comes with the `dask` extra)."""
    import pyarrow as pa

    types = {_I: pa.int64(), _R: pa.float64(), _B: pa.bool_(), _T: pa.string()}
    return [pa.field(column.name, types[column.type]) for column in columns]
