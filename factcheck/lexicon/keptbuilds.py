"""What the command line builds from the language and rule tables at every start,
kept between runs.

Beside compiling its patterns (kept by `regexcache`), a start spends about 0.14 s
building what the patterns are made of: parsing some thirty YAML tables (libyaml,
about 0.08 s) and factoring their phrase lists into tries (about 0.06 s). Both are pure
functions of their input, so within `kept_builds` their results are looked up in a
JSON file by a hash of that input (a table's text; a trie's phrases and options) and
reading them back takes a few milliseconds. A changed table has another hash and is
built afresh; a result that JSON cannot carry unchanged is never kept; the library
outside the command line builds as always. The file sits beside the kept patterns
and shares their switch (`FACTCHECK_CACHE_DIR`, empty for off).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
MAX_ENTRIES = 3000  # beyond this, the file keeps only what the last run used


class _Kept:
    """The results read from the file, and those this run looked up or built."""

    def __init__(self, known: dict[str, Any]) -> None:
        self.known = known
        self.used: dict[str, Any] = {}


_active: _Kept | None = None


@contextmanager
def kept_builds(folder: Path | None) -> Iterator[None]:
    """Within the block, `remembered` results come from and go to the folder's file."""
    global _active
    if folder is None or _active is not None:
        yield
        return
    path = folder / f"builds-{sys.implementation.cache_tag or 'python'}.json"
    kept = _active = _Kept(_load(path))
    try:
        yield
    finally:
        _active = None
        if set(kept.used) - set(kept.known):
            too_many = len(kept.known) + len(kept.used) > MAX_ENTRIES
            _save(path, kept.used if too_many else {**kept.known, **kept.used})


def remembered(
    kind: str,
    source: str,
    build: Callable[[], T],
    encode: Callable[[T], Any] = lambda value: value,
    decode: Callable[[Any], T] = lambda value: value,
) -> T:
    """`build()`, or its result kept for the same `kind` and `source` text. `encode`
    turns the result into JSON data and `decode` back; a result that does not come
    back equal is not kept."""
    kept = _active
    if kept is None:
        return build()
    digest = hashlib.blake2b(source.encode("utf-8", "surrogatepass"), digest_size=16)
    key = f"{kind}:{digest.hexdigest()}"
    if key in kept.known:
        with suppress(Exception):  # a damaged entry: build afresh
            value = decode(kept.known[key])
            kept.used[key] = kept.known[key]
            return value
    value = build()
    with suppress(TypeError, ValueError):
        data = json.loads(json.dumps(encode(value), ensure_ascii=False))
        if decode(data) == value:
            kept.used[key] = data
    return value


PAIRS = "\x00pairs"  # a mapping whose keys are not all strings, kept as its pairs


def plain(data: Any) -> Any:
    """Parsed YAML as JSON can carry it: a mapping with other keys than strings (the
    month numbers of `months.yaml`) becomes its list of pairs."""
    if isinstance(data, dict):
        if all(isinstance(key, str) for key in data):
            return {key: plain(value) for key, value in data.items()}
        return {PAIRS: [[key, plain(value)] for key, value in data.items()]}
    if isinstance(data, list):
        return [plain(item) for item in data]
    return data


def unplain(data: Any) -> Any:
    """What `plain` made, back as parsed."""
    if isinstance(data, dict):
        if set(data) == {PAIRS}:
            return {key: unplain(value) for key, value in data[PAIRS]}
        return {key: unplain(value) for key, value in data.items()}
    if isinstance(data, list):
        return [unplain(item) for item in data]
    return data


def _load(path: Path) -> dict[str, Any]:
    """The kept results; plain JSON, so nothing is ever unpickled."""
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _save(path: Path, entries: dict[str, Any]) -> None:
    with suppress(UnicodeEncodeError):  # a lone surrogate: not worth keeping
        write_whole(path, json.dumps(entries, ensure_ascii=False, separators=(",", ":")).encode())


def write_whole(path: Path, data: bytes) -> None:
    """Written to a temporary file and renamed: a reader never sees half of it, and
    two runs at once leave one of their files. A folder that cannot be written leaves
    the cache off, silently: it only saves time."""
    with suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
            os.replace(temporary, path)
        finally:
            with suppress(OSError):
                os.unlink(temporary)
