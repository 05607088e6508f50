"""The `factcheck` command line: output formats, exit codes and stderr lines.

Subprocess runs check what a user sees (no traceback, exit codes, broken pipes);
in-process runs of `main([...])` are faster for the output formats. Assertions
on extraction results use only seed facts that are stable while the extractor
improves.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.cli.common import terminal_style
from factcheck.models import Claim
from factcheck.render import CLAIM_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
BOILERPLATE_SEED = "seeds/002_d98eff3b39b329fb.txt"
GOOD_TEXT = "Microsoft kaufte fast 500.000 GPUs.\n"
BINARY = b"\x00\x01\x02binary\x00\xff\xfe\x00" * 64


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """`python -m factcheck ARGS` as a user would run it, with NO_COLOR unset."""
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


def parse_jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


@pytest.fixture
def in_root(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run in-process commands from the project root so display paths read "seeds/..."."""
    monkeypatch.chdir(ROOT)
    return ROOT


@pytest.fixture
def mixed_folder(tmp_path: Path) -> Path:
    """A folder with one binary file and one good German text."""
    (tmp_path / "bad.txt").write_bytes(BINARY)
    (tmp_path / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    return tmp_path


# --------------------------------------------------------------------------- formats


def test_jsonl_on_seeds() -> None:
    result = run_cli("extract", "seeds", "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    records = parse_jsonl(result.stdout)
    assert records
    for record in records:
        assert list(record) == [n for n, f in Claim.model_fields.items() if not f.exclude]
        assert record["file"].startswith("seeds/")
        assert record["boilerplate"] is False
    found = [r for r in records if r["text"] == "500 Milliarden Parametern"]
    assert len(found) == 1
    assert found[0]["value"] == 5e11
    assert found[0]["unit"] == "parameter"
    assert found[0]["sentence"][0] <= found[0]["start"] < found[0]["end"]


def test_jsonl_is_deterministic(in_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "seeds", "--format", "jsonl"]) == 0
    first = capsys.readouterr().out
    assert main(["extract", "seeds", "--format", "jsonl"]) == 0
    assert capsys.readouterr().out == first


def test_csv_has_header_and_rows(in_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "seeds", "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == ",".join(CLAIM_COLUMNS)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows
    assert any(r["text"] == "500 Milliarden Parametern" and float(r["value"]) == 5e11 for r in rows)


def test_table_shows_known_value(in_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "seeds/003_9f6b652eb6ae4b4e.txt"]) == 0
    out = capsys.readouterr().out
    assert "500,000,000,000" in out
    assert "parameter" in out
    assert "\x1b[" not in out  # not a terminal: no colour codes


def test_output_file(in_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "claims.jsonl"
    assert main(["extract", "seeds", "--format", "jsonl", "-o", str(target)]) == 0
    assert capsys.readouterr().out == ""
    records = parse_jsonl(target.read_text(encoding="utf-8"))
    assert any(r["text"] == "500 Milliarden Parametern" for r in records)


def test_colour_only_on_a_terminal_without_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert terminal_style(Terminal())[0] is True
    assert terminal_style(io.StringIO()) == (False, None)
    monkeypatch.setenv("NO_COLOR", "1")
    assert terminal_style(Terminal())[0] is False


# --------------------------------------------------------------------------- boilerplate


def test_include_boilerplate_adds_counter_claims(
    in_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", BOILERPLATE_SEED, "--format", "jsonl"]) == 0
    plain = parse_jsonl(capsys.readouterr().out)
    assert main(["extract", BOILERPLATE_SEED, "--format", "jsonl", "--include-boilerplate"]) == 0
    full = parse_jsonl(capsys.readouterr().out)
    assert not any(r["boilerplate"] for r in plain)
    assert any(r["boilerplate"] for r in full)
    assert [r for r in full if not r["boilerplate"]] == plain


# --------------------------------------------------------------------------- errors


def test_bad_language_is_one_line_exit_2() -> None:
    result = run_cli("extract", "seeds", "--lang", "klingon")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("factcheck: error: ")
    assert "klingon" in lines[0]


def test_debug_shows_the_traceback(in_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "seeds", "--lang", "klingon", "--debug"]) == 2
    assert "Traceback" in capsys.readouterr().err


def test_missing_path_exit_2_before_output(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    result = run_cli("extract", "seeds", "no-such-folder", "--format", "csv", "-o", str(target))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "factcheck: error: no-such-folder: no such file or directory"
    ]
    assert not target.exists()


def test_undecodable_file_is_skipped_and_others_go_on(mixed_folder: Path) -> None:
    result = run_cli("extract", str(mixed_folder), "--format", "jsonl")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    skips = [line for line in result.stderr.splitlines() if line.startswith("factcheck: skipped ")]
    assert len(skips) == 1
    assert str(mixed_folder / "bad.txt") in skips[0]
    records = parse_jsonl(result.stdout)
    assert [(r["value"], r["unit"]) for r in records] == [(500000.0, "GPU")]
    assert records[0]["file"] == str(mixed_folder / "good.txt")


def test_usage_error_returns_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "seeds", "--format", "xml"]) == 2
    assert "invalid choice" in capsys.readouterr().err
    assert main([]) == 2


def test_broken_pipe_is_quiet() -> None:
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "extract", "seeds", "--format", "jsonl"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before anything is written, like `| head -0`
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.wait(timeout=120)
    assert "Traceback" not in err
    assert "BrokenPipe" not in err


# --------------------------------------------------------------------------- other commands


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("factcheck ")


def test_evaluate_reuses_its_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", "--help"]) == 0
    out = capsys.readouterr().out
    assert "--cases" in out and "--by-model" in out


def test_evaluate_missing_cases_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", "--cases", str(tmp_path / "none")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("factcheck: error: ") and len(err.splitlines()) == 1
