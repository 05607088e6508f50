"""Files and folders in, `Document`s out: finding inputs and reading each one.

Every claim offset points into `Document.text`, so nothing here rewrites text:
decoding (`decode`) keeps newlines as they are, HTML extraction (`htmltext`)
records where each text character came from, and Markdown masking (`markdown`)
blanks syntax with spaces instead of deleting it. Inputs that cannot be read
become `Skipped` records so one bad file does not stop a batch, and the reason
is never dropped silently.

The helpers of the other modules are re-exported here: `factcheck.load` stays the
one import for callers that read documents.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from factcheck.errors import InputError
from factcheck.load.decode import decode_bytes
from factcheck.load.htmltext import SourceMap, html_to_text, map_offset
from factcheck.load.language import detect_language, normalise_language
from factcheck.load.markdown import mask_markdown
from factcheck.load.pubdate import find_publication_date
from factcheck.models import Document, Skipped

log = logging.getLogger("factcheck")

__all__ = [
    "HTML_SUFFIXES",
    "MARKDOWN_SUFFIXES",
    "TEXT_SUFFIXES",
    "SourceMap",
    "decode_bytes",
    "failed",
    "find_publication_date",
    "html_to_text",
    "iter_input_files",
    "load_documents",
    "map_offset",
    "mask_markdown",
    "os_reason",
    "read_document",
]

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})

# --------------------------------------------------------------------------- finding inputs


def iter_input_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str]]:
    """Yield (filesystem path, display path) for every input under `paths`.

    A file given by name is taken whatever its extension (the user asked for it);
    a folder contributes its text-like files only. Display paths keep the form the
    user typed so reports point at files the way the user thinks of them. Folders
    that cannot be listed are left out here; `load_documents` reports them.
    """
    for item in _walk_inputs(paths):
        if not isinstance(item, Skipped):
            yield item


def _walk_inputs(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str] | Skipped]:
    """Check every top-level path exists, then walk them in order."""
    given = list(paths)
    for entry in given:
        _require_exists(entry)
    for entry in given:
        root = Path(entry)
        if root.is_dir():
            yield from _walk_folder(root, root, set())
        else:
            yield root, str(entry)


def _require_exists(entry: str | Path) -> None:
    """Fail before any work when a named input is missing: a typo must not pass quietly."""
    try:
        os.stat(entry)
    except (FileNotFoundError, NotADirectoryError):
        raise InputError(str(entry), "no such file or directory") from None
    except OSError:
        pass  # exists but cannot be inspected: reading it reports the reason


def _walk_folder(
    folder: Path, shown: Path, seen: set[tuple[int, int]]
) -> Iterator[tuple[Path, str] | Skipped]:
    """Depth-first walk in the order of the relative paths as strings, one listing at a time.

    Sorting a folder's own entries with a separator appended to folder names gives
    exactly the string order of the full relative paths, so nothing beyond one
    listing is held. `seen` guards against symlink cycles.
    """
    try:
        info = folder.stat()
        with os.scandir(folder) as listing:
            entries = [
                (entry.name, entry.is_dir())
                for entry in listing
                if not entry.name.startswith(".") and (entry.is_dir() or entry.is_file())
            ]
    except OSError as exc:
        yield Skipped(path=str(shown), reason=os_reason(exc))
        return
    if (info.st_dev, info.st_ino) in seen:
        return
    seen.add((info.st_dev, info.st_ino))
    entries.sort(key=lambda entry: entry[0] + os.sep if entry[1] else entry[0])
    for name, is_dir in entries:
        if is_dir:
            yield from _walk_folder(folder / name, shown / name, seen)
        elif Path(name).suffix.lower() in TEXT_SUFFIXES:
            yield folder / name, str(shown / name)


def os_reason(exc: OSError) -> str:
    """An OS error in a few lower-case words ("permission denied"), without the path."""
    return (exc.strerror or type(exc).__name__).lower()


# --------------------------------------------------------------------------- documents


def read_document(path: Path, display: str, lang: str | None = None) -> Document:
    """Read, decode and prepare one file; `lang` (any spelling) overrides detection.

    HTML is reduced to its visible text with a map back to the file; Markdown is
    masked in place; anything else is taken as plain text.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(display, os_reason(exc)) from None
    raw, encoding = decode_bytes(data, display)
    suffix = path.suffix.lower()
    text, source_map = raw, ()
    if suffix in HTML_SUFFIXES:
        text, source_map = html_to_text(raw)
    elif suffix in MARKDOWN_SUFFIXES:
        text = mask_markdown(raw)
    return Document(
        path=display,
        lang=normalise_language(lang) if lang else detect_language(text),
        text=text,
        date=find_publication_date(raw if suffix in MARKDOWN_SUFFIXES else text),
        encoding=encoding,
        source_map=source_map,
    )


def load_documents(
    paths: Iterable[str | Path], lang: str | None = None
) -> Iterator[Document | Skipped]:
    """Stream Documents for every input; unreadable or binary files become `Skipped`.

    A missing top-level path raises `InputError` before anything is read: that is
    a mistake in the command, not a property of one file.
    """
    lang = normalise_language(lang) if lang else None
    for item in _walk_inputs(paths):
        yield load_input(item, lang)


InputItem = tuple[Path, str] | Skipped


def iter_inputs(paths: Iterable[str | Path]) -> Iterator[InputItem]:
    """(filesystem path, display path) per input file, or `Skipped` for a folder that
    cannot be listed; the unit of work a process pool hands out (see `parallel`).
    A missing top-level path raises `InputError` on the first `next()`."""
    return _walk_inputs(paths)


def load_input(item: InputItem, lang: str | None = None) -> Document | Skipped:
    """Read one walked input; a file that cannot be read becomes `Skipped`.
    `lang` must already be normalised (`normalise_language`)."""
    if isinstance(item, Skipped):
        return item
    path, display = item
    try:
        return read_document(path, display, lang)
    except InputError as exc:
        return Skipped(path=display, reason=exc.reason)
    except Exception as exc:  # a bug must cost one file, not the run
        return failed(display, exc)


def failed(display: str, exc: Exception) -> Skipped:
    """A file that broke factcheck itself: skipped with the error in one line.

    The traceback goes to the `factcheck` logger (the CLI shows it with --debug), so
    the other files are still read and the report says which one was lost and why.
    """
    log.debug("failed on %s", display, exc_info=exc)
    detail = " ".join(str(exc).split())[:200]
    return Skipped(path=display, reason=f"internal error: {type(exc).__name__}: {detail}")
