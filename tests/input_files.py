"""Files the loading tests write: what tests/test_load.py and
tests/test_load_markup.py share."""

from __future__ import annotations

from pathlib import Path


def write(path: Path, data: bytes | str) -> Path:
    """Write `data` (text as UTF-8) to `path`, making its folders; returns the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path
