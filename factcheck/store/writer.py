"""`factcheck index`: extract and annotate sources once, incrementally, into a store.

A run walks the given paths and hashes each file: a file whose content hash is
the stored one is left alone; a new or changed one is read, extracted and
annotated (on `jobs` processes) and replaces its old rows; a stored file under
the given paths that is gone is removed. Results are written one transaction
per batch of files, so a run that is killed loses at most its current batch and
the store stays as the last batch left it. Once everything is written, the
unknown names are unified over the whole store (see `factcheck.store.schema`).

The rows depend on the entity and attribute tables, the lexicon, factcheck's
version and `--lang`; when any of them differs from what the store was built
with, the store is emptied and rebuilt, and the summary says so.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from factcheck.annotation.located import LocatedFile, located_file
from factcheck.checks.candidates import encode_key, lookup_keys
from factcheck.errors import ConfigError
from factcheck.extraction.batch import (
    Paths,
    as_path_list,
    extract_loaded,
    walk_inputs,
)
from factcheck.knowledge import Knowledge
from factcheck.load import InputItem, os_reason
from factcheck.load.documents import Reading, load_bytes
from factcheck.load.manifest import Manifest
from factcheck.models import Skipped
from factcheck.parallel import checked_engine, ordered_map, resolve_jobs
from factcheck.progress import Progress
from factcheck.store.schema import (
    INSERT_CLAIM,
    Store,
    claim_row,
    knowledge_fingerprint,
    spelling_of,
)
from factcheck.version import __version__

BATCH_FILES = 200  # files per transaction: one commit per a few seconds of extraction

Written = tuple[LocatedFile, str | None]  # a processed file and its content hash


@dataclass
class IndexSummary:
    """What one `factcheck index` run did, and what the store holds afterwards."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    skipped: int = 0
    files: int = 0
    claims: int = 0
    rebuilt: bool = False

    def line(self, db: str) -> str:
        rebuilt = "rebuilt (rules tables, lexicon, version or --lang changed); " * self.rebuilt
        return (
            f"{db}: {rebuilt}{self.added:,} added, {self.updated:,} updated, "
            f"{self.unchanged:,} unchanged, {self.removed:,} removed, {self.skipped:,} skipped; "
            f"{self.files:,} files, {self.claims:,} claims"
        )


def store_fingerprint(knowledge: Knowledge) -> str:
    return knowledge_fingerprint(knowledge.entities.fingerprint, knowledge.attributes.fingerprint)


def index_paths(
    db: str | os.PathLike[str],
    paths: Paths,
    knowledge: Knowledge,
    *,
    lang: str | None = None,
    jobs: int | str | None = 1,
    progress: Progress | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    batch_files: int = BATCH_FILES,
    manifest: Manifest | None = None,
) -> tuple[IndexSummary, list[Skipped]]:
    """Bring the store at `db` (created if missing) up to date with `paths`; the
    `manifest` dates the files it lists (a changed entry re-reads its file)."""
    reading = Reading.of(lang, manifest)
    lang = reading.lang
    roots = [str(p) for p in as_path_list(paths)]
    items = walk_inputs(roots)  # a missing path fails here, before the store is touched
    workers = resolve_jobs(jobs)
    if checked_engine(engine) and manifest is not None:
        raise ConfigError("--manifest does not combine with --engine dask")
    progress = progress or Progress()
    store = Store.open(db, create=True)
    try:
        summary = IndexSummary(rebuilt=_start(store, knowledge, lang))
        run = _Run(store, store.file_hashes(), summary, progress)
        if engine == "dask":
            results = run.changed(_dask_results(roots, knowledge, lang, scheduler))
        else:
            work = run.to_process(items)
            results = ordered_map(_index_input, work, (knowledge, reading), workers)
        skipped = run.write(results, batch_files)
        run.finish(roots, knowledge.entities.matching.unknown_name_threshold)
    finally:
        store.close()
    return summary, skipped


def _start(store: Store, knowledge: Knowledge, lang: str | None) -> bool:
    """Record what the rows will be made with; empty the store if it was made otherwise."""
    wanted = {
        "fingerprint": store_fingerprint(knowledge),
        "lang": lang or "",
        "factcheck": __version__,
    }
    built = store.meta("fingerprint") is not None
    rebuild = built and any(store.meta(k) != v for k, v in wanted.items() if k != "factcheck")
    with store.transaction():
        if rebuild:
            store.clear()
        for key, value in wanted.items():
            store.set_meta(key, value)
    return rebuild


@dataclass(frozen=True)
class Unchanged:
    """A file whose content hash is the stored one: nothing to extract or write."""

    path: str


IndexWork = tuple[InputItem, str | None]  # an input and its stored content hash, if any


def _index_input(context: tuple[Knowledge, Reading], work: IndexWork) -> Written | Unchanged:
    """One source read once, hashed, and unless its content (and its manifest entry)
    is stored already, extracted and annotated (in a worker when jobs > 1)."""
    knowledge, reading = context
    item, stored = work
    if isinstance(item, Skipped):
        return located_file(item, knowledge), None
    path, display = item
    try:
        data = path.read_bytes()
    except OSError as exc:
        return located_file(Skipped(path=display, reason=os_reason(exc)), knowledge), None
    entry = reading.manifest.entry_for(path) if reading.manifest else None
    listed = entry.model_dump_json().encode() if entry else b""
    digest = hashlib.sha256(data + listed).hexdigest()  # a new date re-reads the file
    if digest == stored:
        return Unchanged(display)
    document = load_bytes(data, path.suffix, display, reading, entry)
    return located_file(extract_loaded(document, False), knowledge), digest


def _dask_results(
    roots: list[str], knowledge: Knowledge, lang: str | None, scheduler: str | None
) -> Iterator[Written]:
    try:
        from factcheck.scale.engine import hashed_files  # type: ignore[import-not-found]
    except ImportError:
        raise ConfigError(
            "--engine dask needs the dask extra: pip install 'factcheck[dask]'"
        ) from None
    return hashed_files(roots, knowledge, lang, scheduler)


class _Run:
    """The bookkeeping of one run: which files were seen, what changed, the batches."""

    def __init__(
        self,
        store: Store,
        known: dict[str, tuple[str | None, str]],
        summary: IndexSummary,
        progress: Progress,
    ) -> None:
        self.store, self.known, self.summary, self.progress = store, known, summary, progress
        self.seen: set[str] = set()
        self.unlisted: list[str] = []  # folders that could not be listed: keep what they held
        self._key_ids: dict[str, int] = {}

    def _unchanged(self, display: str, digest: str | None) -> bool:
        return digest is not None and self.known.get(display) == (digest, "ok")

    def to_process(self, items: Iterable[InputItem]) -> Iterator[IndexWork]:
        """Every input with the content hash stored for it (a worker hashes the file
        as it reads it and skips the rest when the two are equal)."""
        for item in items:
            if isinstance(item, Skipped):
                self.unlisted.append(item.path)
                yield item, None
                continue
            self.seen.add(item[1])
            stored = self.known.get(item[1])
            yield item, stored[0] if stored and stored[1] == "ok" else None

    def changed(self, results: Iterable[Written]) -> Iterator[Written]:
        """For engines that process every file: drop those whose content is stored."""
        for located, digest in results:
            self.seen.add(located[0].file)
            if self._unchanged(located[0].file, digest):
                self.summary.unchanged += 1
                self.progress.file_done(0)
                continue
            yield located, digest

    def write(self, results: Iterable[Written | Unchanged], batch_files: int) -> list[Skipped]:
        """Write the processed files, `batch_files` per transaction."""
        skipped: list[Skipped] = []
        batch: list[Written] = []
        for result in results:
            if isinstance(result, Unchanged):
                self.summary.unchanged += 1
                self.progress.file_done(0)
                continue
            located, digest = result
            self.progress.file_done(len(located[1]))
            status = located[0]
            if status.status == "skipped":
                skipped.append(Skipped(path=status.file, reason=status.reason or ""))
            batch.append((located, digest))
            if len(batch) >= batch_files:
                self._commit(batch)
                batch = []
        if batch:
            self._commit(batch)
        return skipped

    def _commit(self, batch: list[Written]) -> None:
        with self.store.transaction():
            for located, digest in batch:
                self._count(located[0].file, located[0].status)
                self._write_file(located, digest)
            self.store.set_meta("names", "stale")

    def _count(self, path: str, status: str) -> None:
        if status == "skipped":
            self.summary.skipped += 1
        elif path in self.known:
            self.summary.updated += 1
        else:
            self.summary.added += 1

    def _write_file(self, located: LocatedFile, digest: str | None) -> None:
        status, entries = located
        db = self.store.db
        self.store.remove_file(status.file)
        db.execute(
            "INSERT INTO files (path, sha256, status, lang, date, claims, reason) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (status.file, digest, status.status, status.lang, status.date, status.claims,
             status.reason),
        )  # fmt: skip
        first = self.store.next_claim_id()
        rows, keys, names = [], [], Counter[str]()
        for order, (claim, position, sentence) in enumerate(entries):
            rows.append(claim_row(first + order, order, claim, position, sentence))
            if claim.subject:
                names[str(claim.subject)] += 1
            if claim.compared:
                keys += [(self._key_id(encode_key(k)), first + order) for k in lookup_keys(claim)]
        db.executemany(INSERT_CLAIM, rows)
        db.executemany("INSERT OR IGNORE INTO claim_keys (key, claim) VALUES (?, ?)", keys)
        db.executemany(
            "INSERT INTO names (name, claims) VALUES (?, ?) "
            "ON CONFLICT (name) DO UPDATE SET claims = claims + excluded.claims",
            sorted(names.items()),
        )

    def _key_id(self, key: str) -> int:
        found = self._key_ids.get(key)
        if found is None:
            db = self.store.db
            row = db.execute("SELECT id FROM lookup WHERE key = ?", (key,)).fetchone()
            found = (
                row[0]
                if row
                else db.execute("INSERT INTO lookup (key) VALUES (?)", (key,)).lastrowid
            )
            self._key_ids[key] = found
        return found

    def finish(self, roots: list[str], threshold: float) -> None:
        """Remove the files gone from under `roots`, unify the names, count what is stored."""
        gone = [p for p in self.known if p not in self.seen and self._was_walked(p, roots)]
        with self.store.transaction():
            for path in sorted(gone):
                self.store.remove_file(path)
            refresh_unified(self.store, threshold)
        self.summary.removed = len(gone)
        files, claims = self.store.db.execute(
            "SELECT count(*), coalesce(sum(claims), 0) FROM files"
        ).fetchone()
        self.summary.files, self.summary.claims = files, claims

    def _was_walked(self, path: str, roots: list[str]) -> bool:
        """A stored path this run would have seen, were it still there."""
        if any(path == u or _inside(path, u) for u in self.unlisted):
            return False
        return any(path == root or _inside(path, root) for root in roots)


def _inside(path: str, root: str) -> bool:
    """`path` is under the folder `root` as the walk spells it (`Path` drops './' and '/')."""
    folder = str(Path(root))
    if folder == ".":
        return not os.path.isabs(path) and not path.startswith("..")
    return path.startswith(folder.rstrip(os.sep) + os.sep)


def refresh_unified(store: Store, threshold: float) -> None:
    """One spelling per unknown name over every stored name (inside a transaction)."""
    mapping = spelling_of(store.names(), threshold)
    store.db.execute("DELETE FROM unified")
    store.db.executemany(
        "INSERT INTO unified (name, canonical) VALUES (?, ?)", sorted(mapping.items())
    )
    store.set_meta("names", "current")
