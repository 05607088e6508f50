"""A progress line for long runs: files done, claims found, rate.

Shown on stderr only when stderr is a terminal and the user did not ask for
quiet, so pipes, files and CI logs stay clean. The library's long-running
functions take a `Progress` and report each finished file to it; the command
line decides whether that is a live bar (`progress_bar(True)`) or nothing.

The bar is redrawn by the caller's own thread (rich's auto-refresh thread is
off): a process pool may fork after the bar has started, and forking a process
that runs other threads is unsafe.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

REFRESH_SECONDS = 0.1


class Progress:
    """Receives progress events; this base class ignores them (quiet runs, the API)."""

    def file_done(self, claims: int) -> None:
        """One more input finished, with the number of claims it gave."""

    def stage(self, text: str) -> None:
        """A new phase of the run began (e.g. 'checking 120,000 claims')."""


class _Bar(Progress):
    """A rich progress line, redrawn at most every REFRESH_SECONDS."""

    def __init__(self, stream: TextIO) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        console = Console(file=stream, highlight=False, emoji=False, markup=False)
        self._rich = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(bar_width=20),
            TextColumn("{task.fields[counts]}"),
            TimeElapsedColumn(),
            console=console,
            auto_refresh=False,
            transient=True,
            redirect_stdout=False,  # stdout carries the command's output, untouched
            redirect_stderr=False,
        )
        self._task = self._rich.add_task("reading", total=None, counts="")
        self.files = self.claims = 0
        self._started = self._drawn = time.monotonic()

    def __enter__(self) -> _Bar:
        self._rich.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._draw(time.monotonic())  # the final counts, however short the run was
        self._rich.stop()

    def file_done(self, claims: int) -> None:
        self.files += 1
        self.claims += claims
        now = time.monotonic()
        if now - self._drawn >= REFRESH_SECONDS:
            self._draw(now)

    def stage(self, text: str) -> None:
        self._rich.update(self._task, description=text)
        self._draw(time.monotonic())

    def _draw(self, now: float) -> None:
        rate = self.files / max(now - self._started, 1e-9)
        counts = f"{self.files:,} files · {self.claims:,} claims · {rate:,.1f} files/s"
        self._rich.update(self._task, counts=counts)
        self._rich.refresh()
        self._drawn = now


def wants_progress(quiet: bool, stream: TextIO | None = None) -> bool:
    """A bar only for a person watching: stderr is a terminal and --quiet was not given."""
    stream = sys.stderr if stream is None else stream
    try:
        return not quiet and stream.isatty()
    except (AttributeError, ValueError):  # a closed or file-less stream
        return False


@contextmanager
def progress_bar(enabled: bool, stream: TextIO | None = None) -> Iterator[Progress]:
    """A live bar on `stream` (stderr) when enabled, else a `Progress` that ignores events."""
    if not enabled:
        yield Progress()
        return
    with _Bar(sys.stderr if stream is None else stream) as bar:
        yield bar
