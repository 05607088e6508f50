"""Compiled regular expressions kept between runs of the command line.

The language tables become a few hundred regular expressions, some of them tries of
thousands of phrases; Python's `re` parses and compiles them on every start, about
0.4 s of a one-page `factcheck check`. The compiled form (`re`'s code list) of every
pattern a run used is kept in a file and handed straight to the engine the next
time (about 0.02 s for all of them); a pattern not in the file is compiled as usual,
and a file from another Python, or one that fails to load, is ignored. The file is
a JSON line of the patterns and their code lists as one array of code words: reading
an array is a copy where a JSON list of half a million numbers took 0.05 s to parse.

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
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from factcheck.lexicon.keptbuilds import write_whole

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
    return f"patterns-{tag}-{_sre.MAGIC}-{_sre.CODESIZE}-{sys.byteorder}.bin"


def _code_words() -> array[int]:
    """An array of the engine's code words (CODESIZE bytes each, this machine's order)."""
    for typecode in ("I", "L", "H"):
        if array(typecode).itemsize == _sre.CODESIZE:
            return array(typecode)
    raise ValueError("no array type has the engine's code size")


def _load(path: Path) -> dict[tuple[str, int], Parts]:
    """The kept patterns: a JSON line of the patterns, then their code lists as one
    array of code words (reading them is a copy, not a parse). No object is ever
    unpickled, and the engine checks each code list again when it is handed over."""
    try:
        raw = path.read_bytes()
        split = raw.index(b"\n")
        rows = json.loads(raw[:split])
        words = _code_words()
        words.frombytes(raw[split + 1 :])
        return {
            (pattern, flags): (flags_used, words[at : at + size].tolist(), groups, names, tuple(ix))
            for pattern, flags, flags_used, at, size, groups, names, ix in rows
        }
    except (OSError, ValueError, TypeError):
        return {}


def _save(path: Path, patterns: dict[tuple[str, int], Parts]) -> None:
    rows, words = [], _code_words()
    for (pattern, flags), (code_flags, code, groups, names, index) in patterns.items():
        rows.append([pattern, flags, code_flags, len(words), len(code), groups, names, index])
        words.extend(code)
    head = json.dumps(rows, ensure_ascii=True, separators=(",", ":")).encode()
    write_whole(path, head + b"\n" + words.tobytes())
