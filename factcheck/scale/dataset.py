"""Located claims as Arrow tables and a Parquet dataset: one schema on disk and in a shuffle.

A corpus extracted once (locally or on a Dask cluster) is kept as two tables: the
claims, one row per claim (the `ReportClaim` fields, its position in the file and
its sentence), and the files, one row per input (`DocumentStatus`, with its rank
in path order). Reading the dataset back gives the same `LocatedFile`s that
`factcheck.runs.source_index.located_file` made, field for field, so `report --parquet` and
the claims store work from it as from the files themselves. The Dask engine ships
claims between workers as data frames of the same columns.

The layout is `DIR/claims/*.parquet`, `DIR/files/*.parquet` and a marker
`DIR/factcheck-claims.json` written last: a write that died half way leaves no
marker, and reading it fails with one clear line instead of returning half a corpus.
Needs pyarrow (the `dask` extra).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

import pandas as pd

from factcheck.errors import InputError, MissingExtraError

try:
    import pyarrow as pa
    import pyarrow.parquet as pq
except ImportError as exc:  # pragma: no cover - depends on the installed extras
    raise MissingExtraError("a claims dataset (Parquet)", "dask", exc.name or "pyarrow") from None
from factcheck import frames
from factcheck.annotation.located import AnnotatedFile, LocatedFile, located_input
from factcheck.checks.runner import assemble_report
from factcheck.extraction.batch import Paths, map_inputs
from factcheck.frames import REPORT_CLAIM_COLUMNS
from factcheck.knowledge import Knowledge
from factcheck.load.documents import Reading
from factcheck.load.positions import Position
from factcheck.models import DocumentStatus, ReportClaim, ReportData
from factcheck.progress import Progress

Entry = tuple[ReportClaim, Position, str]
Record = dict[str, Any]

FORMAT = 1
MARKER = "factcheck-claims.json"
CLAIMS, FILES = "claims", "files"
WRITE_BATCH = 512  # files per row group of the local writer

# The claim's fields in Parquet terms, from the one table of claim columns.
CLAIM_FIELDS = pa.schema(frames.arrow_fields(REPORT_CLAIM_COLUMNS))
# Where the claim is in its file (`Position`): file offsets, not text offsets.
POSITION_FIELDS = pa.schema(
    [
        ("file_start", pa.int64()),
        ("file_end", pa.int64()),
        ("line", pa.int64()),
        ("column", pa.int64()),
        ("end_line", pa.int64()),
        ("end_column", pa.int64()),
    ]
)
# `document` is the input the row belongs to, `seq` the claim's place in it.
CLAIMS_SCHEMA = pa.schema(
    [
        ("document", pa.string()),
        ("seq", pa.int64()),
        *CLAIM_FIELDS,
        *POSITION_FIELDS,
        ("sentence_text", pa.string()),
    ]
)
FILES_SCHEMA = pa.schema(
    [
        ("rank", pa.int64()),
        ("file", pa.string()),
        ("lang", pa.string()),
        ("date", pa.string()),
        ("claims", pa.int64()),
        ("status", pa.string()),
        ("reason", pa.string()),
    ]
)


# --------------------------------------------------------------------------- rows


def claim_record(claim: ReportClaim) -> Record:
    """A claim as one row of `CLAIM_FIELDS`."""
    return frames.claim_row(claim, REPORT_CLAIM_COLUMNS)


def claim_of(record: Record) -> ReportClaim:
    """The claim back from a row (extra columns are ignored)."""
    return frames.claim_from_row(record)


def claim_records(files: Iterable[LocatedFile]) -> Iterator[Record]:
    """One row of `CLAIMS_SCHEMA` per claim, files in the order given."""
    for status, entries in files:
        for seq, (claim, position, sentence) in enumerate(entries):
            record = {"document": status.file, "seq": seq, **claim_record(claim)}
            record.update(zip(POSITION_FIELDS.names, position, strict=True))
            record["sentence_text"] = sentence
            yield record


def entry_of(record: Record) -> Entry:
    position = Position(*(record[name] for name in POSITION_FIELDS.names))
    return claim_of(record), position, record["sentence_text"]


def file_records(statuses: Iterable[DocumentStatus], first_rank: int = 0) -> list[Record]:
    return [{"rank": rank, **s.model_dump()} for rank, s in enumerate(statuses, first_rank)]


def status_of(record: Record) -> DocumentStatus:
    return DocumentStatus.model_validate({k: v for k, v in record.items() if k != "rank"})


def claims_table(files: Iterable[LocatedFile]) -> pa.Table:
    return pa.Table.from_pylist(list(claim_records(files)), schema=CLAIMS_SCHEMA)


def files_table(statuses: Iterable[DocumentStatus], first_rank: int = 0) -> pa.Table:
    return pa.Table.from_pylist(file_records(statuses, first_rank), schema=FILES_SCHEMA)


def pandas_frame(records: list[Record], schema: pa.Schema) -> pd.DataFrame:
    """Rows as a pandas frame backed by Arrow (what the Dask engine ships and
    shuffles): nulls stay nulls, integers stay integers."""
    return pa.Table.from_pylist(records, schema=schema).to_pandas(types_mapper=pd.ArrowDtype)


def frame_records(frame: pd.DataFrame, schema: pa.Schema) -> list[Record]:
    """The rows of a frame made by `pandas_frame`, as plain Python values."""
    table = pa.Table.from_pandas(frame[schema.names], schema=schema, preserve_index=False)
    return table.to_pylist()


def located_from_tables(files: pa.Table, claims: pa.Table) -> list[LocatedFile]:
    """`LocatedFile`s in rank order, each file's claims in `seq` order."""
    entries: dict[str, list[tuple[int, Entry]]] = {}
    for record in claims.to_pylist():
        entries.setdefault(record["document"], []).append((record["seq"], entry_of(record)))
    result = []
    for record in sorted(files.to_pylist(), key=lambda r: r["rank"]):
        found = sorted(entries.pop(record["file"], []), key=lambda pair: pair[0])
        result.append((status_of(record), [entry for _, entry in found]))
    return result


# --------------------------------------------------------------------------- the dataset


@dataclass(frozen=True)
class DatasetSummary:
    """What a write put in a dataset; the skipped inputs are listed for the user."""

    files: int
    claims: int
    skipped: list[DocumentStatus]


def write_parquet(files: Iterable[LocatedFile], out_dir: str | Path) -> DatasetSummary:
    """Write a claims dataset of `files` (ranked in the order given), streaming:
    a batch of files at a time is held, whatever the size of the corpus."""
    folder = prepare_dataset(out_dir)
    counted, claims, skipped = 0, 0, []
    with (
        pq.ParquetWriter(folder / CLAIMS / "part.0.parquet", CLAIMS_SCHEMA) as claim_writer,
        pq.ParquetWriter(folder / FILES / "part.0.parquet", FILES_SCHEMA) as file_writer,
    ):
        for batch in _batches(iter(files), WRITE_BATCH):
            table = claims_table(batch)
            claim_writer.write_table(table)
            file_writer.write_table(files_table((s for s, _ in batch), counted))
            counted, claims = counted + len(batch), claims + table.num_rows
            skipped += [status for status, _ in batch if status.status == "skipped"]
    finish_dataset(folder, counted, claims)
    return DatasetSummary(counted, claims, skipped)


def write_paths(
    paths: Paths,
    out_dir: str | Path,
    knowledge: Knowledge,
    lang: str | None = None,
    jobs: int | str | None = 1,
    progress: Progress | None = None,
) -> DatasetSummary:
    """Read, extract and annotate every input on `jobs` processes into a dataset."""
    context = (knowledge, Reading.of(lang))
    located = map_inputs(located_input, paths, context, jobs, progress)  # raises before writing
    return write_parquet(located, out_dir)


def read_parquet(out_dir: str | Path) -> list[LocatedFile]:
    """The `LocatedFile`s of a dataset written by `write_parquet` or the Dask engine."""
    folder = dataset_folder(out_dir)
    files = pq.read_table(folder / FILES, schema=FILES_SCHEMA)
    claims = pq.read_table(folder / CLAIMS, schema=CLAIMS_SCHEMA)
    return located_from_tables(files, claims)


def report_parquet(out_dir: str | Path, knowledge: Knowledge) -> ReportData:
    """The report of a dataset: its annotations as written, aligned and checked now.
    No document texts are kept, so excerpts show the claims' own words."""
    files = read_parquet(out_dir)
    return assemble_report(
        (AnnotatedFile(status, [claim for claim, _, _ in entries]) for status, entries in files),
        knowledge,
    )


def prepare_dataset(out_dir: str | Path) -> Path:
    """An empty dataset folder: new, empty, or an earlier dataset (replaced). Any
    other non-empty folder is refused, so a typo never deletes someone's files."""
    folder = Path(out_dir)
    if folder.exists() and any(folder.iterdir()):
        if not (folder / MARKER).exists():
            raise InputError(str(folder), "exists and is not a factcheck claims dataset")
        (folder / MARKER).unlink()
        for part in (CLAIMS, FILES):
            shutil.rmtree(folder / part, ignore_errors=True)
    for part in (CLAIMS, FILES):
        (folder / part).mkdir(parents=True, exist_ok=True)
    return folder


def finish_dataset(folder: Path, files: int, claims: int) -> None:
    """The marker, last: only a complete dataset has one."""
    marker = {"format": FORMAT, "files": files, "claims": claims}
    (folder / MARKER).write_text(json.dumps(marker) + "\n", encoding="utf-8")


def _batches(items: Iterator[LocatedFile], size: int) -> Iterator[list[LocatedFile]]:
    while batch := list(islice(items, size)):
        yield batch


def dataset_folder(out_dir: str | Path) -> Path:
    """The folder of a complete dataset of a format this version reads, or InputError."""
    folder = Path(out_dir)
    try:
        marker = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(str(folder), "not a factcheck claims dataset (no marker)") from None
    except (OSError, ValueError) as exc:
        raise InputError(str(folder), f"unreadable claims dataset marker: {exc}") from None
    if marker.get("format") != FORMAT:
        raise InputError(str(folder), f"claims dataset format {marker.get('format')!r}")
    return folder
