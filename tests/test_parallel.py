"""--jobs (a process pool over files) and the progress bar.

The output of `--jobs 2` must be the output of `--jobs 1`, byte for byte, for
extract and report alike, including unreadable files; the progress bar must
appear only on a terminal and never with --quiet.
"""

from __future__ import annotations

import os
import pty
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from factcheck.errors import ConfigError
from factcheck.extraction.batch import iter_documents
from factcheck.parallel import ordered_map, resolve_jobs
from factcheck.progress import Progress, progress_bar, wants_progress

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "report"
BINARY = b"\x00\x01\x02binary\x00\xff\xfe\x00" * 64


def _square_plus(offset: int, item: int) -> int:
    return item * item + offset


@pytest.mark.parametrize(
    ("given", "wanted"),
    [(None, 1), (1, 1), ("1", 1), (3, 3), (" 4 ", 4), (0, os.cpu_count() or 1),
     ("0", os.cpu_count() or 1), ("auto", os.cpu_count() or 1), ("AUTO", os.cpu_count() or 1)],
)  # fmt: skip
def test_resolve_jobs(given: int | str | None, wanted: int) -> None:
    assert resolve_jobs(given) == wanted


@pytest.mark.parametrize("bad", [-1, "-2", "many", "1.5", ""])
def test_resolve_jobs_rejects(bad: int | str) -> None:
    with pytest.raises(ConfigError, match="--jobs"):
        resolve_jobs(bad)


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_ordered_map_keeps_input_order(jobs: int) -> None:
    items = list(range(101))  # not a multiple of the batch size
    assert list(ordered_map(_square_plus, items, 7, jobs)) == [i * i + 7 for i in items]


def test_ordered_map_stops_early_without_hanging() -> None:
    results = ordered_map(_square_plus, iter(range(10_000)), 0, 2)
    assert [next(results) for _ in range(3)] == [0, 1, 4]
    results.close()  # type: ignore[attr-defined]


def test_iter_documents_in_parallel_equals_serial() -> None:
    serial = list(iter_documents([FIXTURES], jobs=1))
    parallel = list(iter_documents([FIXTURES], jobs=2))
    assert len(serial) > 30
    assert parallel == serial


class Counting(Progress):
    def __init__(self) -> None:
        self.files = self.claims = 0
        self.stages: list[str] = []

    def file_done(self, claims: int) -> None:
        self.files += 1
        self.claims += claims

    def stage(self, text: str) -> None:
        self.stages.append(text)


def test_progress_hears_every_file() -> None:
    counting = Counting()
    results = list(iter_documents(["seeds"], jobs=2, progress=counting))
    assert counting.files == len(results) == 5
    assert counting.claims == sum(len(claims) for _, claims in results)  # type: ignore[misc]


# --------------------------------------------------------------------------- CLI


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The report fixtures and the seeds, plus one unreadable file."""
    folder = tmp_path_factory.mktemp("jobs")
    for source in sorted([*FIXTURES.rglob("*.txt"), *(ROOT / "seeds").glob("*.txt")]):
        target = folder / source.parent.name / source.name
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(source.read_bytes())
    (folder / "broken.txt").write_bytes(BINARY)
    return folder


def _run(*args: str, stderr: int | None = subprocess.PIPE) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=stderr,
        timeout=300,
    )


@pytest.mark.parametrize(
    "command",
    [["extract", "--format", "jsonl"], ["report", "--format", "json"]],
    ids=["extract-jsonl", "report-json"],
)  # fmt: skip
def test_jobs_output_is_byte_identical(corpus: Path, command: list[str]) -> None:
    one = _run(*command, str(corpus), "--jobs", "1")
    two = _run(*command, str(corpus), "--jobs", "2")
    assert one.returncode == two.returncode == 2  # the binary file is skipped
    assert len(one.stdout) > 1000
    assert two.stdout == one.stdout
    assert two.stderr == one.stderr
    assert b"skipped" in one.stderr and b"broken.txt" in one.stderr


def test_bad_jobs_is_a_one_line_error() -> None:
    done = _run("extract", "seeds", "--jobs", "lots")
    assert done.returncode == 2
    assert done.stdout == b""
    assert done.stderr.decode().splitlines() == [
        "factcheck: error: --jobs must be a number or 'auto', not 'lots'"
    ]


def test_no_progress_when_stderr_is_not_a_terminal() -> None:
    done = _run("extract", "seeds", "--format", "csv", "--jobs", "2")
    assert done.returncode == 0
    assert done.stderr == b""


def _stderr_on_a_terminal(*args: str) -> bytes:
    """Run the CLI with stderr on a pseudo-terminal and return what it wrote there."""
    controller, terminal = pty.openpty()
    chunks: list[bytes] = []

    def drain() -> None:
        while True:
            try:
                chunk = os.read(controller, 4096)
            except OSError:  # EIO: the child closed the terminal
                return
            if not chunk:
                return
            chunks.append(chunk)

    reader = threading.Thread(target=drain)
    reader.start()
    try:
        done = _run(*args, stderr=terminal)
    finally:
        os.close(terminal)
        reader.join(timeout=30)
        os.close(controller)
    assert done.returncode in (0, 1)
    return b"".join(chunks)


@pytest.mark.parametrize("command", [["report", "--format", "json"], ["extract", "--jobs", "2"]])
def test_progress_bar_on_a_terminal(command: list[str]) -> None:
    shown = _stderr_on_a_terminal(command[0], str(FIXTURES), *command[1:])
    assert b"files" in shown and b"claims" in shown


def test_quiet_silences_the_bar_on_a_terminal() -> None:
    assert _stderr_on_a_terminal("report", str(FIXTURES), "--format", "json", "--quiet") == b""


def test_wants_progress() -> None:
    class Tty:
        def isatty(self) -> bool:
            return True

    assert wants_progress(False, Tty())  # type: ignore[arg-type]
    assert not wants_progress(True, Tty())  # type: ignore[arg-type]
    assert not wants_progress(False, open(os.devnull, "w"))  # noqa: SIM115


def test_disabled_bar_writes_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    with progress_bar(False) as progress:
        progress.file_done(3)
        progress.stage("checking")
    assert capsys.readouterr().err == ""


def test_api_jobs_give_the_same_frames() -> None:
    import factcheck

    serial = factcheck.extract_frame([FIXTURES])
    parallel = factcheck.extract_frame([FIXTURES], jobs=2)
    assert len(serial) > 50
    assert parallel.equals(serial)
    report = factcheck.report([FIXTURES], jobs="auto")
    assert report.findings.equals(factcheck.report([FIXTURES]).findings)
