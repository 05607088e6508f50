"""Paths in, claims out: the library layer the command line and the public API call.

Inputs are processed one file at a time so a large folder never sits in memory:
`iter_documents` and `iter_claims` stream, `extract_paths` collects for callers
that want everything at once. With `jobs` > 1 the files are read and extracted
on a process pool (`factcheck.parallel`); the results come back in the same
order and are the same as with one job. Mistakes in the call itself (a missing path, an
unknown language) raise before any result is produced, so a command fails
before it writes anything; a file that cannot be read becomes a `Skipped`
entry and the others go on.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ConfigDict

from factcheck.extraction.scanner import extract_document, extract_text
from factcheck.load import InputItem, Reading, failed, iter_inputs, load_input
from factcheck.models import Claim, Document, DocumentStatus, Skipped
from factcheck.parallel import ordered_map, resolve_jobs
from factcheck.progress import Progress

PathLike = str | os.PathLike[str]
Paths = PathLike | Iterable[PathLike]
DocumentClaims = tuple[Document, list[Claim]]

T = TypeVar("T")
R = TypeVar("R")
C = TypeVar("C")


class ExtractionResult(BaseModel):
    """Every claim of a run, in file order then text order, with per-file outcomes."""

    model_config = ConfigDict(frozen=True)

    claims: list[Claim]
    documents: list[DocumentStatus]
    skipped: list[Skipped]

    @property
    def ok(self) -> bool:
        """True when every input was read: the CLI's exit code hangs on this."""
        return not self.skipped


def iter_documents(
    paths: Paths,
    lang: str | None = None,
    include_boilerplate: bool = False,
    jobs: int | str | None = 1,
    progress: Progress | None = None,
) -> Iterator[DocumentClaims | Skipped]:
    """Stream (document, its claims) per input file, or `Skipped` for unreadable ones.

    Not a generator itself: the first input is found at call time, so a missing
    top-level path (`InputError`), a bad `lang` or a bad `jobs` (`ConfigError`)
    raises here, before the caller has written any output. `jobs` is a number of
    processes (0 or "auto": one per CPU); `progress` hears of every finished file.
    """
    options = (Reading.of(lang), include_boilerplate)
    return map_inputs(extract_input, paths, options, jobs, progress)


def map_inputs(
    work: Callable[[C, InputItem], R],
    paths: Paths,
    context: C,
    jobs: int | str | None = 1,
    progress: Progress | None = None,
) -> Iterator[R]:
    """`work(context, input)` for every input file under `paths`, in path order,
    on `jobs` processes: the one loop that extract, report (and any later command
    that reads a corpus) share. `work` is a module-level function; its result is
    reported to `progress` (see `claims_in`)."""
    workers = resolve_jobs(jobs)
    inputs = walk_inputs(paths)
    if workers > 1:
        warm_up_grammars()
    results = ordered_map(work, inputs, context, workers)
    return results if progress is None else _reported(results, progress)


WARM_UP = {
    "en": "About 1.5 million GPUs, up 39% in 2024.",
    "de": "Rund 1,5 Millionen GPUs, 39 Prozent mehr.",
    "nl": "Zo'n 1,5 miljoen GPU's, 39 procent meer.",
    "zh": "约 1.5 万颗 GPU，增长 39%。",
}


def warm_up_grammars() -> None:
    """Compile every language's grammar here, before a pool forks: the workers
    inherit them instead of each compiling its own (seconds of CPU per worker).
    Only pure-Python state is warmed: the language detector, a native library,
    is left for each worker to load after the fork."""
    for lang, text in WARM_UP.items():
        extract_text(text, lang)


def claims_in(result: object) -> int:
    """How many claims a per-file result holds, for the progress line: a
    (document, claims) pair, a `Skipped`, or anything with a `claims` list."""
    if isinstance(result, tuple) and len(result) == 2 and isinstance(result[1], list):
        return len(result[1])
    found = getattr(result, "claims", None)
    return len(found) if isinstance(found, list) else 0


def _reported(results: Iterator[R], progress: Progress) -> Iterator[R]:
    for result in results:
        progress.file_done(claims_in(result))
        yield result


def iter_claims(
    paths: Paths,
    lang: str | None = None,
    include_boilerplate: bool = False,
    jobs: int | str | None = 1,
    progress: Progress | None = None,
) -> Iterator[Claim | Skipped]:
    """Stream the claims of every input file, and a `Skipped` for each unreadable one.

    Each claim's `file` is the display path (as the user typed it, see
    `iter_input_files`). Boilerplate claims (page furniture, view counters) are
    dropped unless `include_boilerplate`. Errors in the call raise immediately,
    as in `iter_documents`.
    """
    results = iter_documents(paths, lang, include_boilerplate, jobs, progress)
    return chain.from_iterable([item] if isinstance(item, Skipped) else item[1] for item in results)


def extract_paths(
    paths: Paths,
    lang: str | None = None,
    include_boilerplate: bool = False,
    jobs: int | str | None = 1,
) -> ExtractionResult:
    """Extract every input and collect the claims, per-document summaries and skips."""
    claims: list[Claim] = []
    documents: list[DocumentStatus] = []
    skipped: list[Skipped] = []
    for item in iter_documents(paths, lang, include_boilerplate, jobs):
        if isinstance(item, Skipped):
            skipped.append(item)
            documents.append(DocumentStatus(file=item.path, status="skipped", reason=item.reason))
            continue
        document, found = item
        claims.extend(found)
        documents.append(DocumentStatus.read(document, len(found)))
    return ExtractionResult(claims=claims, documents=documents, skipped=skipped)


def extract_input(options: tuple[Reading, bool], item: InputItem) -> DocumentClaims | Skipped:
    """Read and extract one input (runs in a worker process when jobs > 1)."""
    reading, include_boilerplate = options
    return extract_loaded(load_input(item, reading), include_boilerplate)


def extract_loaded(item: Document | Skipped, include_boilerplate: bool) -> DocumentClaims | Skipped:
    """Claims of one document in offset order, boilerplate filtered as asked."""
    if isinstance(item, Skipped):
        return item
    try:
        claims = extract_document(item)
    except Exception as exc:  # a bug must cost one file, not the run
        return failed(item.path, exc)
    if not include_boilerplate:
        claims = [claim for claim in claims if not (claim.boilerplate or claim.label)]
    claims.sort(key=lambda claim: (claim.start, claim.end))
    return item, claims


def walk_inputs(paths: Paths) -> Iterator[InputItem]:
    """Every input under `paths` in path order; a missing path raises now, not later."""
    return _started(iter_inputs(as_path_list(paths)))


def as_path_list(paths: Paths) -> list[PathLike]:
    """Accept one path as well as many: iterating a str would walk its characters."""
    if isinstance(paths, str | Path | os.PathLike):
        return [paths]
    return list(paths)


def _started(items: Iterator[T]) -> Iterator[T]:
    """Advance a generator to its first item now, so its argument checks raise now."""
    try:
        first = next(items)
    except StopIteration:
        return iter(())
    return chain([first], items)
