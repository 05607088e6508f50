"""The claims store: annotated source claims in one SQLite file (`factcheck index`).

Why SQLite (the standard library's `sqlite3`): no dependency to install; a
pre-publish check asks for the few claims under a few hundred lookup keys, which
B-tree indexes answer in milliseconds whatever the archive's size; and WAL
journaling with one transaction per batch of files means a run that is killed
leaves the database as the last committed batch left it. DuckDB answers scans
and aggregates over whole columns faster, but a check is row lookups by key,
and it would be a dependency of 30+ MB.

Tables:

- `meta`: schema version, factcheck version, fingerprint of the tables and of
  the package code and lexicon the claims were made with, the `--lang` of the
  run, whether the unified names are current;
- `files`: one row per source file (display path, content sha256, status, lang,
  date, claim count, reason when skipped);
- `claims`: the `ReportClaim` fields with the subject *as read in its file*, the
  claim's position in the file and its sentence; `ord` is the order in the file;
- `lookup` and `claim_keys`: every lookup key (`checks.candidates.lookup_keys`, written with
  the raw subject) and the claims under it;
- `names`: each raw subject with its number of claims, and `unified`: the
  spelling `annotation.names.unify_names` gives it over all stored names.

Unknown names are unified over the set of stored names, which is a function of
the files in the store and not of the order they came in, so an incremental
index gives the same spellings as a fresh one over the same files.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from importlib import metadata
from pathlib import Path

from factcheck import frames
from factcheck.annotation.names import unify_names
from factcheck.errors import FactcheckError
from factcheck.frames import REPORT_CLAIM_COLUMNS, names, sql_columns
from factcheck.load.positions import Position
from factcheck.models import FIGURE_FIELDS, DocumentStatus, ReportClaim, Subject
from factcheck.version import __version__

SCHEMA_VERSION = "6"
PACKAGE_ROOT = Path(__file__).resolve().parents[1]  # the factcheck package
APPLICATION_ID = 0x46434B31  # "FCK1" in the file header: this file is a claims store

# The claim's own columns (the report claim's, but its id: a stored claim gets its id
# when a check or report reads it), then its place in the file and its sentence.
STORED_CLAIM_COLUMNS = tuple(c for c in REPORT_CLAIM_COLUMNS if c.name != "id")
POSITION_COLUMNS = ("file_start", "file_end", "line", "column", "end_line", "end_column")
CLAIM_COLUMNS = (
    "id", "ord", *names(STORED_CLAIM_COLUMNS), *POSITION_COLUMNS, "sentence",
)  # fmt: skip

SCHEMA = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files (
    path TEXT PRIMARY KEY, sha256 TEXT, status TEXT NOT NULL, lang TEXT, date TEXT,
    claims INTEGER NOT NULL, reason TEXT
);
CREATE TABLE claims (
    id INTEGER PRIMARY KEY, ord INTEGER NOT NULL,
    {", ".join(sql_columns(STORED_CLAIM_COLUMNS))},
    {", ".join(f'"{c}" INTEGER NOT NULL' for c in POSITION_COLUMNS)},
    sentence TEXT NOT NULL
);
CREATE INDEX claims_by_file ON claims (file, ord);
CREATE TABLE lookup (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE);
CREATE TABLE claim_keys (
    key INTEGER NOT NULL, claim INTEGER NOT NULL, PRIMARY KEY (key, claim)
) WITHOUT ROWID;
CREATE INDEX claim_keys_by_claim ON claim_keys (claim);
CREATE TABLE names (name TEXT PRIMARY KEY, claims INTEGER NOT NULL);
CREATE TABLE unified (name TEXT PRIMARY KEY, canonical TEXT NOT NULL);
"""
FILE, ORD = CLAIM_COLUMNS.index("file"), CLAIM_COLUMNS.index("ord")
SELECT_CLAIMS = "SELECT " + ", ".join(f'claims."{c}"' for c in CLAIM_COLUMNS) + " FROM claims"

SELECT_FIGURES = (
    "SELECT claims.id, claims.file, claims.ord, "
    + ", ".join(f'claims."{c}"' for c in FIGURE_FIELDS)
    + " FROM claims"
)

StoredClaim = tuple[int, ReportClaim, Position, str]


class StoreError(FactcheckError):
    """The database cannot be opened, is not a claims store, or is out of date."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        super().__init__(f"{path}: {reason}")


# The libraries whose output becomes stored claims: an HTML page's text and date
# (trafilatura, htmldate), its decoding, the detected language and the units.
READING_LIBRARIES = (
    "trafilatura",
    "htmldate",
    "charset-normalizer",
    "lingua-language-detector",
    "pint",
)


def knowledge_fingerprint(entities: str, attributes: str) -> str:
    """What the stored annotations depend on besides the text: the entity and attribute
    tables, factcheck's version, the package itself (code and lexicon) and the versions
    of the libraries that read the files (a new trafilatura may keep other lines of a
    page)."""
    digest = hashlib.sha256(f"{__version__}\n{entities}\n{attributes}\n".encode())
    digest.update(package_digest(PACKAGE_ROOT).encode())
    digest.update(reading_versions().encode())
    return digest.hexdigest()


@cache
def reading_versions() -> str:
    """ "trafilatura 2.0.0, htmldate 1.9.3, …": the installed versions of
    `READING_LIBRARIES`."""
    return ", ".join(f"{name} {_installed(name)}" for name in READING_LIBRARIES)


def _installed(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "missing"


@cache
def package_digest(root: Path) -> str:
    """sha256 over the package's code and lexicon files, by relative path.

    A store made by other code may hold other claims for the same text, and a change
    that does not bump the version (a checkout, a local fix) must still send the user
    to `factcheck index`. Rebuilding too often costs minutes; a stale store costs
    wrong verdicts.
    """
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".yaml", ".txt") and "__pycache__" not in path.parts:
            name = path.relative_to(root).as_posix()
            digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


class Store:
    """One open claims store; every write happens inside `transaction()`."""

    def __init__(self, connection: sqlite3.Connection, path: str) -> None:
        self.db, self.path = connection, path

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(cls, path: str | os.PathLike[str], create: bool = False) -> Store:
        """Open (or with `create`, make) a store; anything else is a one-line `StoreError`."""
        file = Path(path)
        if not create and not file.is_file():
            raise StoreError(path, "no such claims store (build it with `factcheck index`)")
        try:
            if create:
                connection = sqlite3.connect(file, isolation_level=None, timeout=30)
            else:
                connection = sqlite3.connect(
                    f"{file.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None
                )
            store = cls(connection, str(path))
            store._prepare(create)
        except sqlite3.DatabaseError as exc:
            raise StoreError(path, f"cannot open as a claims store: {exc}") from None
        return store

    def _prepare(self, create: bool) -> None:
        application = self.db.execute("PRAGMA application_id").fetchone()[0]
        empty = not self.db.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone()
        if application != APPLICATION_ID and not (create and empty and application == 0):
            raise StoreError(self.path, "not a factcheck claims store")
        if create:
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            if application == 0:  # a new file: schema and identity in one transaction
                self.db.executescript(
                    f"BEGIN IMMEDIATE; {SCHEMA}; PRAGMA application_id={APPLICATION_ID}; "
                    f"INSERT INTO meta VALUES ('schema', '{SCHEMA_VERSION}'); COMMIT;"
                )
        schema = self.meta("schema")
        if schema != SCHEMA_VERSION:
            raise StoreError(
                self.path,
                f"claims store format {schema}, this factcheck reads {SCHEMA_VERSION}: "
                "delete it and run `factcheck index` again",
            )

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All or nothing: a run killed inside leaves the last committed state."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # ------------------------------------------------------------------ meta

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    # ------------------------------------------------------------------ files

    def file_hashes(self) -> dict[str, tuple[str | None, str]]:
        """Every stored file: path -> (content sha256, status)."""
        return {p: (h, s) for p, h, s in self.db.execute("SELECT path, sha256, status FROM files")}

    def documents(self) -> list[DocumentStatus]:
        """Every file's status, in path order (the order of `SourceIndex.documents`)."""
        rows = self.db.execute(
            "SELECT path, lang, date, claims, status, reason FROM files ORDER BY path"
        )
        return [
            DocumentStatus(file=f, lang=lang, date=d, claims=n, status=s, reason=r)
            for f, lang, d, n, s, r in rows
        ]

    def processed(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM files WHERE status = 'ok'").fetchone()[0])

    def statuses(self, cited: Iterable[str], chunk: int = 500) -> list[DocumentStatus]:
        """The skipped files and the `cited` ones, in path order."""
        query = "SELECT path, lang, date, claims, status, reason FROM files WHERE "
        rows = set(self.db.execute(query + "status != 'ok'"))
        wanted = sorted(set(cited))
        for at in range(0, len(wanted), chunk):
            part = wanted[at : at + chunk]
            rows.update(self.db.execute(query + f"path IN ({','.join('?' * len(part))})", part))
        return [
            DocumentStatus(file=f, lang=lang, date=d, claims=n, status=s, reason=r)
            for f, lang, d, n, s, r in sorted(rows)
        ]

    def clear(self) -> None:
        for table in ("files", "claims", "lookup", "claim_keys", "names", "unified"):
            self.db.execute(f"DELETE FROM {table}")

    def remove_file(self, path: str) -> None:
        """A file's row, claims, keys and name counts (inside a transaction)."""
        counts = self.db.execute(
            "SELECT subject, count(*) FROM claims WHERE file = ? AND subject IS NOT NULL "
            "GROUP BY subject",
            (path,),
        ).fetchall()
        self.db.executemany(
            "UPDATE names SET claims = claims - ? WHERE name = ?", [(n, s) for s, n in counts]
        )
        self.db.execute("DELETE FROM names WHERE claims <= 0")
        self.db.execute(
            "DELETE FROM claim_keys WHERE claim IN (SELECT id FROM claims WHERE file = ?)", (path,)
        )
        self.db.execute("DELETE FROM claims WHERE file = ?", (path,))
        self.db.execute("DELETE FROM files WHERE path = ?", (path,))

    def next_claim_id(self) -> int:
        return int(self.db.execute("SELECT coalesce(max(id), 0) + 1 FROM claims").fetchone()[0])

    # ------------------------------------------------------------------ claims

    def figures_under(self, keys: Iterable[str]) -> list[tuple]:
        """(id, file, ord, *FIGURE_FIELDS) of the claims stored under any of `keys`, in
        (file, order in the file) order: what choosing among them needs, cheaply."""
        query = (
            f"{SELECT_FIGURES} WHERE claims.id IN (SELECT claim_keys.claim "
            "FROM json_each(?) AS asked JOIN lookup ON lookup.key = asked.value "
            "JOIN claim_keys ON claim_keys.key = lookup.id)"
        )
        rows = self.db.execute(query, (json.dumps(sorted(set(keys)), ensure_ascii=False),))
        return sorted(rows, key=lambda row: (row[1], row[2]))

    def claims_by_id(self, ids: Iterable[int], chunk: int = 500) -> list[StoredClaim]:
        """The claims with these row ids, in (file, order in the file) order."""
        wanted, rows = list(ids), []
        for at in range(0, len(wanted), chunk):
            part = wanted[at : at + chunk]
            marks = ",".join("?" * len(part))
            rows.extend(self.db.execute(f"{SELECT_CLAIMS} WHERE claims.id IN ({marks})", part))
        rows.sort(key=lambda row: (row[FILE], row[ORD]))
        return [claim_from_row(row) for row in rows]

    def all_claims(self) -> Iterator[StoredClaim]:
        """Every claim in (file, order in the file) order, for reports."""
        for row in self.db.execute(f"{SELECT_CLAIMS} ORDER BY file, ord"):
            yield claim_from_row(row)

    def names(self) -> list[str]:
        return [name for (name,) in self.db.execute("SELECT name FROM names ORDER BY name")]

    def unified(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT name, canonical FROM unified"))


def claim_from_row(row: tuple) -> StoredClaim:
    """(row id, claim with its raw subject and no id yet, position, sentence)."""
    values = dict(zip(CLAIM_COLUMNS, row, strict=True))
    claim = frames.claim_from_row({**values, "id": ""})
    position = Position(*(values[c] for c in POSITION_COLUMNS))
    return values["id"], claim, position, values["sentence"]


def claim_row(claim_id: int, order: int, claim: ReportClaim, position: Position, sentence: str):
    """The `claims` row of one annotated claim (subject as read in its file)."""
    row = frames.claim_row(claim, STORED_CLAIM_COLUMNS)
    return (claim_id, order, *row.values(), *position, sentence)


INSERT_CLAIM = (
    "INSERT INTO claims ("
    + ", ".join(f'"{c}"' for c in CLAIM_COLUMNS)
    + ") VALUES ("
    + ", ".join("?" * len(CLAIM_COLUMNS))
    + ")"
)


def spelling_of(names: Iterable[str], threshold: float) -> dict[str, str]:
    """Each stored subject (as text) with its spelling over all of them (as text): the
    store keeps subjects as text; `annotation.names` unifies them as `Subject`s."""
    unified = unify_names((Subject.parse(name) for name in names), threshold)
    return {str(raw): str(spelled) for raw, spelled in unified.items()}
