"""A sources manifest: what a newsroom knows about each file that the file may not say.

`--manifest FILE` gives each input its publication date, and optionally its URL,
outlet and language. The file is CSV with a header row, or JSON Lines (one object
per line), with the columns `path` and `date` and optionally `url`, `outlet` and
`lang`. Paths are relative to the manifest's folder (absolute paths are accepted);
dates are ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or empty when not known (a page that
gives none): the file's own date, if it states one, is used then. A malformed row is an
error that names the file and line; nothing is guessed.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from factcheck.errors import ConfigError, InputError
from factcheck.load.language import normalise_language
from factcheck.models import LANGUAGES

ISO_DATE = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?")
COLUMNS = ("path", "date", "url", "outlet", "lang")
HEADER = ("path", "date")  # the columns a CSV header must name
REQUIRED = ("path",)  # a date cell may be empty: not known


class ManifestEntry(BaseModel):
    """What the manifest says of one file."""

    model_config = ConfigDict(frozen=True)

    path: str
    date: str | None = None
    url: str | None = None
    outlet: str | None = None
    lang: str | None = None


class Manifest:
    """Manifest entries by the resolved path of their file."""

    def __init__(self, source: Path, entries: dict[Path, ManifestEntry]) -> None:
        self.source, self.entries = source, entries

    def entry_for(self, path: str | os.PathLike[str]) -> ManifestEntry | None:
        return self.entries.get(_resolved(Path(path)))

    def unlisted_inputs(self, roots: Iterable[str | os.PathLike[str]]) -> list[str]:
        """Listed paths that no run over `roots` (files or folders) reads: missing, or
        outside them (what a run warns about). Decided per entry, without walking the
        folders a second time: an archive's folders are walked once, by the run."""
        given = [_resolved(Path(p)) for p in roots]
        return sorted(
            e.path
            for p, e in self.entries.items()
            if not (p.is_file() and any(p == r or p.is_relative_to(r) for r in given))
        )


def read_manifest(path: str | os.PathLike[str]) -> Manifest:
    """The manifest at `path`; an unreadable file or a bad row raises `InputError`
    naming the file and line."""
    source = Path(path)
    try:
        text = source.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(str(source), (exc.strerror or type(exc).__name__).lower()) from None
    except UnicodeDecodeError:
        raise InputError(str(source), "not UTF-8 text") from None
    rows = _jsonl_rows(source, text) if _is_jsonl(source, text) else _csv_rows(source, text)
    entries: dict[Path, ManifestEntry] = {}
    for line, row in rows:
        entry = _entry(source, line, row)
        file = _resolved(
            Path(entry.path) if os.path.isabs(entry.path) else source.parent / entry.path
        )
        if file in entries:
            raise InputError(f"{source}:{line}", f"{entry.path} is listed twice")
        entries[file] = entry
    return Manifest(source, entries)


def _is_jsonl(source: Path, text: str) -> bool:
    return source.suffix.lower() in (".jsonl", ".ndjson") or text.lstrip().startswith("{")


def _csv_rows(source: Path, text: str) -> Iterator[tuple[int, dict[str, str]]]:
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    if header is None:
        raise InputError(str(source), "empty manifest: a header row (path,date,...) is needed")
    header = [name.strip().lower() for name in header]
    unknown = sorted(set(header) - set(COLUMNS))
    missing = [name for name in HEADER if name not in header]
    if unknown or missing:
        problem = f"unknown column {unknown[0]!r}" if unknown else f"no {missing[0]!r} column"
        raise InputError(f"{source}:1", f"{problem} (columns: {', '.join(COLUMNS)})")
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise InputError(
                f"{source}:{reader.line_num}", f"{len(row)} fields, the header has {len(header)}"
            )
        yield reader.line_num, dict(zip(header, (cell.strip() for cell in row), strict=True))


def _jsonl_rows(source: Path, text: str) -> Iterator[tuple[int, dict[str, str]]]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{source}:{number}", f"not JSON ({exc.msg})") from None
        if not isinstance(row, dict) or not all(
            isinstance(v, str | type(None)) for v in row.values()
        ):
            raise InputError(f"{source}:{number}", "each line must be an object of strings")
        unknown = sorted(set(row) - set(COLUMNS))
        if unknown:
            raise InputError(f"{source}:{number}", f"unknown key {unknown[0]!r}")
        yield number, {k: (v or "").strip() for k, v in row.items()}


def _entry(source: Path, line: int, row: dict[str, str]) -> ManifestEntry:
    where = f"{source}:{line}"
    for name in REQUIRED:
        if not row.get(name):
            raise InputError(where, f"no {name}")
    if row.get("date") and not ISO_DATE.fullmatch(row["date"]):
        raise InputError(where, f"date {row['date']!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    lang = row.get("lang") or None
    if lang is not None:
        try:
            lang = normalise_language(lang)
        except ConfigError:
            raise InputError(
                where, f"language {lang!r} is not one of {', '.join(LANGUAGES)}"
            ) from None
    return ManifestEntry(
        path=row["path"],
        date=row.get("date") or None,
        url=row.get("url") or None,
        outlet=row.get("outlet") or None,
        lang=lang,
    )


def _resolved(path: Path) -> Path:
    return Path(os.path.abspath(path))
