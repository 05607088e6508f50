"""Rendering rich objects to a string: one console setup for every terminal renderer.

Colour only when asked (the CLI decides on a TTY and NO_COLOR); markup, emoji and
highlighting are off, so text from articles is printed exactly as written.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import Any

DEFAULT_WIDTH = 120


def to_text(renderables: Iterable[Any], color: bool, width: int | None) -> str:
    from rich.console import Console

    out = io.StringIO()
    console = Console(
        file=out,
        force_terminal=color,
        color_system="standard" if color else None,
        width=width or DEFAULT_WIDTH,
        highlight=False,
        emoji=False,
        markup=False,
        legacy_windows=False,
    )
    for renderable in renderables:
        console.print(renderable)
    return out.getvalue()
