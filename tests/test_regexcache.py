"""The cache of compiled patterns the command line keeps between runs (issue 15,
start-up): a second run takes its patterns from the file and says exactly what the
first said; a damaged or foreign file is ignored; an empty FACTCHECK_CACHE_DIR
switches it off; and a pattern from the cache matches as `re` compiles it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.cli import main
from factcheck.lexicon import regexcache
from factcheck.lexicon.regexcache import CACHE_ENV, compiled_parts, kept_patterns

ROOT = Path(__file__).resolve().parents[1]
DRAFT = "Microsoft kaufte 2024 fast 500.000 GPUs von Nvidia.\n"


def _check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    code = main(["check", str(draft), "--against", str(ROOT / "seeds"), "--format", "json"])
    return code, capsys.readouterr().out


def test_a_second_run_takes_its_patterns_from_the_file_and_says_the_same(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    monkeypatch.setattr(regexcache, "MIN_NEW", 1)  # in process, most tables are built
    re.purge()
    first = _check(tmp_path, capsys)
    (kept,) = folder.glob("patterns-*.bin")
    written = kept.stat().st_mtime_ns
    re.purge()
    assert _check(tmp_path, capsys) == first
    assert kept.stat().st_mtime_ns == written  # nothing new to keep


def test_a_damaged_file_is_ignored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    monkeypatch.setattr(regexcache, "MIN_NEW", 1)
    re.purge()
    expected = _check(tmp_path, capsys)
    (kept,) = folder.glob("patterns-*.bin")
    kept.write_bytes(b"\x00not json")
    re.purge()
    assert _check(tmp_path, capsys) == expected


def test_an_empty_cache_folder_setting_switches_the_cache_off(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    _check(tmp_path, capsys)
    assert not (tmp_path / "xdg").exists()


PATTERNS = [
    r"(?i)(?<![\w])(?:milliarden?|mrd\.?)(?![\w])",
    r"(?P<y>(?:19|20)\d{2})[ \t]*年[ \t]*(?P<m>1[0-2]|0?[1-9])[ \t]*月",
    r"\d{1,3}(?:[.,\u202f ]\d{3})+(?:[.,]\d+)?",
    r"(?:[-–]|to|bis|tot|至)\s*$",
]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(PATTERNS), st.text(alphabet="0123456789.,- 年月milardnMRDbistoz至\u202f"))
def test_a_cached_pattern_matches_as_re_compiles_it(pattern: str, text: str) -> None:
    import _sre

    fresh = re.compile(pattern)
    kept = _sre.compile(pattern, *compiled_parts(pattern, 0))
    assert kept.groupindex == fresh.groupindex and kept.flags == fresh.flags
    assert [m.span() for m in kept.finditer(text)] == [m.span() for m in fresh.finditer(text)]


def test_the_library_compiles_as_re_does_outside_a_run(tmp_path: Path) -> None:
    import re._compiler as compiler

    before = compiler.compile
    with kept_patterns(tmp_path):
        assert compiler.compile is not before
    assert compiler.compile is before


def test_two_processes_in_a_row_say_the_same_and_the_second_writes_nothing(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    command = [sys.executable, "-m", "factcheck", "check", str(draft), "--against", "seeds"]
    env = {**os.environ, CACHE_ENV: str(tmp_path / "cache")}
    runs = [subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)]
    (kept,) = (tmp_path / "cache").glob("patterns-*.bin")
    written = kept.stat().st_mtime_ns
    runs.append(subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True))
    assert runs[0].returncode == runs[1].returncode == 0  # the 500,000 GPUs are supported
    assert runs[0].stdout == runs[1].stdout and runs[1].stderr == ""
    assert kept.stat().st_mtime_ns == written
