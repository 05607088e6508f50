"""Finding inputs: the files under the paths a user names, in a stable order, one
folder listing at a time; a missing path fails before any work."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from factcheck.errors import InputError
from factcheck.models import Skipped

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})


HTML_SUFFIXES = frozenset({".html", ".htm"})


MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})


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


InputItem = tuple[Path, str] | Skipped


def iter_inputs(paths: Iterable[str | Path]) -> Iterator[InputItem]:
    """(filesystem path, display path) per input file, or `Skipped` for a folder that
    cannot be listed; the unit of work a process pool hands out (see `parallel`).
    A missing top-level path raises `InputError` on the first `next()`."""
    return _walk_inputs(paths)
