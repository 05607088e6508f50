"""Work over many files on a pool of processes, results in input order.

Extraction is pure Python and CPU-bound, so threads would share one core; a
process pool gives each worker its own. `ordered_map` is the one place that
knows about processes: the pipeline (`extract`), the report and any later
command (an index, a pre-publish check) hand it a module-level function, the
items (paths) and a context object every call needs (the rule tables), and get
the results back in the order of the items, so the output of `--jobs 4` is the
output of `--jobs 1`, byte for byte.

Memory stays bounded: items are sent in small batches and at most a few batches
per worker are in flight, so a folder of 100,000 articles is never held at once
and a slow consumer (a renderer) holds the workers back instead of letting
results pile up.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any, TypeVar

from factcheck.errors import ConfigError

if TYPE_CHECKING:
    import multiprocessing.context
    from concurrent.futures import Future

T = TypeVar("T")
R = TypeVar("R")
C = TypeVar("C")

AUTO = "auto"
BATCH_SIZE = 8  # files per task: a few tens of milliseconds, so IPC stays small
BATCHES_IN_FLIGHT = 4  # per worker: enough to hide the parent's own work

# The context of the current worker process, set once by `_initialise`.
_context: Any = None


def resolve_jobs(jobs: int | str | None) -> int:
    """The number of worker processes: None and 1 mean none (run inline),
    0 or "auto" one per CPU; anything else is a user error."""
    if jobs is None:
        return 1
    if isinstance(jobs, str):
        text = jobs.strip().lower()
        if text == AUTO:
            return os.cpu_count() or 1
        try:
            jobs = int(text)
        except ValueError:
            raise ConfigError(f"--jobs must be a number or 'auto', not {jobs!r}") from None
    if jobs < 0:
        raise ConfigError(f"--jobs must be 0 (auto) or more, not {jobs}")
    return jobs if jobs > 0 else os.cpu_count() or 1


def ordered_map(
    work: Callable[[C, T], R], items: Iterable[T], context: C, jobs: int = 1
) -> Iterator[R]:
    """`work(context, item)` for every item, yielded in the order of `items`.

    With `jobs` <= 1 everything runs in this process, lazily. Otherwise `work`
    must be a module-level function (it is pickled by reference); `context` is
    sent to each worker once, not with every item.
    """
    if jobs <= 1:
        return (work(context, item) for item in items)
    return _pooled(work, iter(items), context, jobs)


def _pooled(work: Callable[[C, T], R], items: Iterator[T], context: C, jobs: int) -> Iterator[R]:
    from concurrent.futures import ProcessPoolExecutor  # a one-process run never loads it

    window = jobs * BATCHES_IN_FLIGHT
    with ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=_start_method(),
        initializer=_initialise,
        initargs=(context,),
    ) as pool:
        pending: deque[Future[list[R]]] = deque()
        try:
            for batch in _batches(items, BATCH_SIZE):
                pending.append(pool.submit(_run_batch, work, batch))
                if len(pending) >= window:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:  # a consumer that stops early (or fails) must not wait for the rest
            for future in pending:
                future.cancel()


def _start_method() -> multiprocessing.context.BaseContext:
    """fork where there is one: workers inherit the imported modules and compiled
    tables instead of loading them again (seconds per worker). The callers start
    no threads before the pool, so forking is safe."""
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def _initialise(context: Any) -> None:
    global _context
    _context = context


def _run_batch(work: Callable[[Any, T], R], batch: list[T]) -> list[R]:
    return [work(_context, item) for item in batch]


def _batches(items: Iterator[T], size: int) -> Iterator[list[T]]:
    while batch := list(islice(items, size)):
        yield batch


ENGINES = ("local", "dask")


def checked_engine(engine: str, scheduler: str | None = None) -> bool:
    """Whether the work goes to a Dask cluster; an unknown engine, or a scheduler
    without the Dask engine, is a `ConfigError`."""
    if engine not in ENGINES:
        raise ConfigError(f"--engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    if scheduler and engine != "dask":
        raise ConfigError("--scheduler needs --engine dask")
    return engine == "dask"
