"""Compiled regular expressions kept between runs of the command line.

The language tables become a few hundred regular expressions, some of them tries of
thousands of phrases; Python's `re` parses and compiles them on every start, about
0.4 s of a one-page `factcheck check`. The compiled form (`re`'s code list) of every
pattern a run used is kept in a file and handed straight to the engine the next
time (about 0.02 s for all of them); a pattern not in the file is compiled as usual,
and a file from another Python, or one that fails to load, is ignored.

Only the command line uses it (`kept_patterns` around a run): the library compiles
as `re` always does. The file lives in `$FACTCHECK_CACHE_DIR`, else
`$XDG_CACHE_HOME/factcheck`, else `~/.cache/factcheck`; an empty
`FACTCHECK_CACHE_DIR` switches the cache off. A pattern string is its own key, so a
changed table simply misses; the file holds what recent runs used, at most
`MAX_PATTERNS`.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

try:  # CPython's engine and compiler (3.11+): the cache is off without them
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other Pythons
    _sre = _compiler = _parser = None

CACHE_ENV = "FACTCHECK_CACHE_DIR"
MAX_PATTERNS = 4000
MIN_NEW = 8  # fewer new patterns (a stray one of the standard library) are not worth a write
Parts = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def cache_folder() -> Path | None:
    """Where the compiled patterns are kept; None when the cache is off."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "factcheck"


@contextmanager
def kept_patterns(folder: Path | None = None) -> Iterator[None]:
    """Within the block, `re` takes compiled patterns from the cache file and notes
    the ones it compiles; they are written back when the block ends."""
    folder = folder if folder is not None else cache_folder()
    if folder is None or not _usable():
        yield
        return
    path = folder / _file_name()
    known = _load(path)
    used: dict[tuple[str, int], Parts] = {}
    original: Callable[..., Any] = _compiler.compile
    _compiler.compile = _cached(original, known, used)
    try:
        yield
    finally:
        _compiler.compile = original
        if len(set(used) - set(known)) >= MIN_NEW:
            kept = {**known, **used} if len(known) + len(used) <= MAX_PATTERNS else used
            _save(path, kept)


def _cached(
    original: Callable[..., Any], known: dict[tuple[str, int], Parts], used: dict
) -> Callable[..., Any]:
    def compile_pattern(pattern: Any, flags: int = 0) -> Any:
        if not isinstance(pattern, str) or flags & re.DEBUG:
            return original(pattern, flags)
        key = (pattern, int(flags))
        parts = known.get(key)
        if parts is not None:
            with suppress(Exception):  # a stale or damaged entry: compile afresh
                compiled = _sre.compile(pattern, *parts)
                used[key] = parts
                return compiled
        parts = compiled_parts(pattern, int(flags))
        used[key] = parts
        return _sre.compile(pattern, *parts)

    return compile_pattern


def compiled_parts(pattern: str, flags: int) -> Parts:
    """What `re._compiler.compile` hands the engine for a pattern string."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groups = parsed.state.groups
    indexgroup: list[str | None] = [None] * groups
    for name, index in parsed.state.groupdict.items():
        indexgroup[index] = name
    groupdict = {name: int(index) for name, index in parsed.state.groupdict.items()}
    opcodes = [int(word) for word in code]  # plain ints: the opcodes are int subclasses
    return int(flags | parsed.state.flags), opcodes, groups - 1, groupdict, tuple(indexgroup)


def _usable() -> bool:
    """Whether this Python's `re` is built the way the cache expects."""
    if _sre is None or not hasattr(_compiler, "_code"):
        return False
    try:
        return _sre.compile("a(?P<b>c)", *compiled_parts("a(?P<b>c)", 0)).match("ac") is not None
    except Exception:
        return False


def _file_name() -> str:
    tag = sys.implementation.cache_tag or "python"
    return f"patterns-{tag}-{_sre.MAGIC}-{_sre.CODESIZE}.json"


def _load(path: Path) -> dict[tuple[str, int], Parts]:
    """The kept patterns; plain JSON (no object is ever unpickled), and the engine
    checks each code list again when it is handed over."""
    try:
        rows = json.loads(path.read_bytes())
        return {
            (pattern, flags): (code_flags, code, groups, groupdict, tuple(indexgroup))
            for pattern, flags, code_flags, code, groups, groupdict, indexgroup in rows
        }
    except (OSError, ValueError, TypeError):
        return {}


def _save(path: Path, patterns: dict[tuple[str, int], Parts]) -> None:
    """Written whole to a temporary file and renamed: a reader never sees half of it,
    and two runs at once leave one of their files. A folder that cannot be written
    leaves the cache off, silently: it only saves time."""
    with suppress(OSError, ValueError):
        rows = [[pattern, flags, *parts] for (pattern, flags), parts in patterns.items()]
        data = json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode()
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".patterns-")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
            os.replace(temporary, path)
        finally:
            with suppress(OSError):
                os.unlink(temporary)
