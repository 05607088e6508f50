"""Extraction, alignment and checks on a Dask cluster: the engine for archives that
outgrow one machine.

The unit of work is the same as the local process pool's (`factcheck.parallel`):
one input file read, extracted, annotated and located (`annotation.located.located_input`),
so a cluster's output is the local engine's output. Input paths are walked on the
driver and handed to the workers as a `dask.bag` of (rank, path) partitions;
the workers must see the same file system (a shared mount). The rule tables travel
once per worker as one task of the graph, not with every partition.

The report (`report_dask`) keeps the claims on the cluster as a data frame of
the claims table's columns (`factcheck.scale.dataset`) and hands the checks to
`factcheck.scale.checks`, which shuffles the claims by the keys the checks
compare on. Only the small things are decided on the driver: one spelling per
unknown name and the claim ids, both of which need every file.

`scheduler` is a scheduler's address (tcp://host:8786), "synchronous" (no
cluster: everything in this process, for debugging) or None: the client already
active in this process if there is one, else a `LocalCluster` of `jobs` worker
processes started for the call.

Imported only when asked for (`--engine dask`): Dask is the optional `dask` extra.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import chain
from pathlib import Path
from typing import Any, NamedTuple

from factcheck.errors import ConfigError, MissingExtraError

try:
    import dask
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd
    import pyarrow as pa
    import pyarrow.parquet as pq
    from dask.delayed import Delayed, delayed
    from distributed import Client, LocalCluster, default_client
except ImportError as exc:  # pragma: no cover - depends on the installed extras
    raise MissingExtraError("--engine dask", "dask", exc.name or "dask") from None

from factcheck.annotation.located import LocatedFile, located_file
from factcheck.extraction.batch import Paths, as_path_list, extract_input
from factcheck.knowledge import Knowledge
from factcheck.load import InputItem, Reading, iter_inputs
from factcheck.models import DocumentStatus, ReportData
from factcheck.parallel import resolve_jobs
from factcheck.progress import Progress
from factcheck.scale import dataset
from factcheck.scale.checks import checked_frame

SYNCHRONOUS = "synchronous"
PARTITIONS_PER_WORKER = 4  # enough to balance uneven files, few enough to keep tasks large
MIN_PARTITION_FILES = 16  # every partition is a task of each stage: tiny ones cost more
MAX_PARTITION_FILES = 64
WINDOW_PER_WORKER = 2  # partitions in flight per worker while streaming

Ranked = tuple[int, InputItem]


# What a worker sends back per file: its rank in path order, the located file, its text.
class Located(NamedTuple):
    """What a worker sends back per file: its rank in path order, the located file,
    its text (when kept) and the sha256 of its bytes (None when it was not read)."""

    rank: int
    file: LocatedFile
    text: str | None
    sha256: str | None


# --------------------------------------------------------------------------- the cluster


@contextmanager
def connected(scheduler: str | None, jobs: int | str | None = None) -> Iterator[Client | None]:
    """A client for `scheduler` (see the module's docstring), closed afterwards
    unless it was already there; None for the synchronous scheduler."""
    if scheduler == SYNCHRONOUS:
        with dask.config.set(scheduler=SYNCHRONOUS):
            yield None
        return
    if scheduler:
        with _client(scheduler) as client:
            yield client
        return
    try:
        yield default_client()
        return
    except ValueError:  # no client in this process: start a cluster of our own
        pass
    workers = resolve_jobs(jobs)
    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


@contextmanager
def _client(address: str) -> Iterator[Client]:
    try:
        client = Client(address, timeout="10s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise ConfigError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    with client:
        yield client


def worker_count(client: Client | None) -> int:
    """Threads across the cluster (1 for the synchronous scheduler)."""
    return max(1, sum(client.nthreads().values())) if client is not None else 1


# --------------------------------------------------------------------------- extraction


def located_files(
    paths: Paths,
    knowledge: Knowledge,
    lang: str | None = None,
    scheduler: str | None = None,
    jobs: int | str | None = None,
) -> Iterator[LocatedFile]:
    """Every input under `paths` read, extracted, annotated and located on the
    cluster, yielded in path order: what `map_inputs(located_input, ...)` yields
    locally. Not a generator itself: a missing path or a bad `lang` raises now."""
    return (located for located, _ in hashed_files(paths, knowledge, lang, scheduler, jobs))


def hashed_files(
    paths: Paths,
    knowledge: Knowledge,
    lang: str | None = None,
    scheduler: str | None = None,
    jobs: int | str | None = None,
) -> Iterator[tuple[LocatedFile, str | None]]:
    """`located_files` with the sha256 of each file's bytes, for the claims store."""
    items = walked(paths)
    context = (knowledge, Reading.of(lang), False)
    return _streamed(items, context, scheduler, jobs)


def _streamed(
    items: list[InputItem], context: tuple, scheduler: str | None, jobs: int | str | None
) -> Iterator[tuple[LocatedFile, str | None]]:
    with connected(scheduler, jobs) as client:
        parts = located_partitions(items, context, worker_count(client))
        for part in _in_order(parts, client):
            for entry in part:
                yield entry.file, entry.sha256


def walked(paths: Paths) -> list[InputItem]:
    """The inputs under `paths`, walked on the driver (a missing path raises here)."""
    return list(iter_inputs(as_path_list(paths)))


def located_partitions(items: list[InputItem], context: tuple, workers: int) -> list[Delayed]:
    """One delayed list of `Located` per partition of the ranked inputs, in order."""
    balanced = -(-len(items) // (workers * PARTITIONS_PER_WORKER))
    size = max(MIN_PARTITION_FILES, min(MAX_PARTITION_FILES, balanced))
    bag = db.from_sequence(list(enumerate(items)), partition_size=size)
    shared = delayed(context, traverse=False)
    return bag.map_partitions(_locate_partition, shared).to_delayed()


def _locate_partition(ranked: Iterable[Ranked], context: tuple) -> list[Located]:
    """Runs on a worker: the local engine's per-file work, text kept when asked."""
    knowledge, reading, keep_texts = context
    result = []
    for rank, item in ranked:
        extracted = extract_input((reading, False), item)
        read = isinstance(extracted, tuple)
        text = extracted[0].text if keep_texts and read else None
        digest = extracted[0].sha256 if read else None
        result.append(Located(rank, located_file(extracted, knowledge), text, digest))
    return result


def _in_order(parts: list[Delayed], client: Client | None) -> Iterator[list[Located]]:
    """Partition results in order, a bounded window of them computing at once."""
    if client is None:
        for part in parts:
            yield dask.compute(part)[0]
        return
    window = WINDOW_PER_WORKER * worker_count(client)
    pending: deque = deque()
    for part in parts:
        pending.append(client.compute(part))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


# --------------------------------------------------------------------------- frames


def _claims_part(part: list[Located]) -> pd.DataFrame:
    files = [entry.file for entry in part]
    return dataset.pandas_frame(list(dataset.claim_records(files)), dataset.CLAIMS_SCHEMA)


def _files_part(part: list[Located]) -> pd.DataFrame:
    records = [{"rank": e.rank, **e.file[0].model_dump()} for e in part]
    return dataset.pandas_frame(records, dataset.FILES_SCHEMA)


def _statuses_part(part: list[Located]) -> list[tuple[DocumentStatus, str | None]]:
    return [(entry.file[0], entry.text) for entry in part]


def claims_dataframe(parts: list[Delayed]) -> dd.DataFrame:
    """The claims of every partition as one Dask data frame (`CLAIMS_SCHEMA`)."""
    meta = dataset.pandas_frame([], dataset.CLAIMS_SCHEMA)
    frames = [delayed(_claims_part)(part) for part in parts]
    return dd.from_delayed(frames, meta=meta, verify_meta=False)


# --------------------------------------------------------------------------- Parquet


def write_parquet_dask(
    paths: Paths,
    out_dir: str | Path,
    knowledge: Knowledge,
    lang: str | None = None,
    scheduler: str | None = None,
    jobs: int | str | None = None,
) -> dataset.DatasetSummary:
    """Extract on the cluster and let the workers write the claims dataset themselves
    (`to_parquet`): only counts and skipped inputs come back to the driver. With a remote
    cluster `out_dir` must be on storage every worker and the driver share."""
    items = walked(paths)
    context = (knowledge, Reading.of(lang), False)
    folder = dataset.prepare_dataset(out_dir)
    with connected(scheduler, jobs) as client:
        parts = located_partitions(items, context, worker_count(client))
        meta = dataset.pandas_frame([], dataset.FILES_SCHEMA)
        files = dd.from_delayed([delayed(_files_part)(p) for p in parts], meta=meta)
        claims = claims_dataframe(parts)
        written = [
            claims.to_parquet(folder / dataset.CLAIMS, **_parquet(dataset.CLAIMS_SCHEMA)),
            files.to_parquet(folder / dataset.FILES, **_parquet(dataset.FILES_SCHEMA)),
        ]
        summaries = [delayed(_summary_part)(p) for p in parts]
        writes = [w.to_delayed() for w in written]
        _, _, *counted = dask.compute(*writes, *summaries)  # one graph: extracted once
    claims_count = sum(count for count, _ in counted)
    dataset.finish_dataset(folder, len(items), claims_count)
    skipped = [status for _, found in counted for status in found]
    return dataset.DatasetSummary(len(items), claims_count, skipped)


def _summary_part(part: list[Located]) -> tuple[int, list[DocumentStatus]]:
    skipped = [e.file[0] for e in part if e.file[0].status == "skipped"]
    return sum(len(e.file[1]) for e in part), skipped


def _parquet(schema: pa.Schema) -> dict[str, Any]:
    return {"schema": schema, "write_index": False, "compute": False}


def claims_dataset(out_dir: str | Path) -> tuple[list[DocumentStatus], dd.DataFrame]:
    """A dataset's files (read here: one row per input) and its claims as a Dask
    data frame read by the workers."""
    folder = dataset.dataset_folder(out_dir)
    files = pq.read_table(folder / dataset.FILES, schema=dataset.FILES_SCHEMA)
    records = sorted(files.to_pylist(), key=lambda r: r["rank"])
    claims = dd.read_parquet(
        str(folder / dataset.CLAIMS), schema=dataset.CLAIMS_SCHEMA, dtype_backend="pyarrow"
    )
    return [dataset.status_of(r) for r in records], claims


# --------------------------------------------------------------------------- the report


def report_dask(
    paths: Paths,
    knowledge: Knowledge | None = None,
    lang: str | None = None,
    keep_texts: bool = False,
    scheduler: str | None = None,
    jobs: int | str | None = None,
    progress: Progress | None = None,
) -> ReportData:
    """`build_report` on a cluster: the same `ReportData`, to the byte once rendered."""
    knowledge = knowledge or Knowledge.from_dirs()
    items = walked(paths)
    context = (knowledge, Reading.of(lang), keep_texts)
    with connected(scheduler, jobs) as client:
        parts = located_partitions(items, context, worker_count(client))
        parts = list(dask.persist(*parts))  # extracted once, kept on the workers
        summaries = [delayed(_statuses_part)(p) for p in parts]
        found = list(chain.from_iterable(dask.compute(*summaries)))
        if progress is not None:
            for status, _ in found:
                progress.file_done(status.claims)
            progress.stage(f"checking {sum(s.claims for s, _ in found):,} claims")
        statuses = [status for status, _ in found]
        texts = {status.file: text for status, text in found if text is not None}
        data = checked_frame(claims_dataframe(parts), statuses, knowledge)
    return data.model_copy(update={"texts": texts})


def report_dataset(
    out_dir: str | Path,
    knowledge: Knowledge | None = None,
    scheduler: str | None = None,
    jobs: int | str | None = None,
) -> ReportData:
    """The report of a claims dataset, aligned and checked on the cluster."""
    knowledge = knowledge or Knowledge.from_dirs()
    statuses, claims = claims_dataset(out_dir)
    with connected(scheduler, jobs):
        return checked_frame(claims, statuses, knowledge)


__all__ = [
    "claims_dataset",
    "connected",
    "located_files",
    "report_dask",
    "report_dataset",
    "write_parquet_dask",
]
