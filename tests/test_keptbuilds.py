"""What the command line builds from its tables (parsed YAML, phrase tries), kept
between runs (issue 15, start-up): a kept result is read back as it was built, a
changed input is built afresh, what JSON cannot carry is never kept, a damaged file or
entry is ignored, and two processes in a row say the same while the second writes
nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extraction.patterns import phrase_trie
from factcheck.lexicon import load_table
from factcheck.lexicon.keptbuilds import kept_builds, plain, remembered, unplain
from factcheck.lexicon.regexcache import CACHE_ENV

ROOT = Path(__file__).resolve().parents[1]
DRAFT = "Microsoft kaufte 2024 fast 500.000 GPUs von Nvidia.\n"


class Builder:
    """A build that counts its calls."""

    def __init__(self, value: object) -> None:
        self.value, self.calls = value, 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


def test_outside_a_run_every_call_builds(tmp_path: Path) -> None:
    build = Builder([1, 2])
    assert remembered("table", "a: 1", build) == [1, 2]
    assert remembered("table", "a: 1", build) == [1, 2]
    assert build.calls == 2 and not list(tmp_path.iterdir())


def test_a_kept_result_is_read_back_and_other_input_is_built_afresh(tmp_path: Path) -> None:
    with kept_builds(tmp_path):
        assert remembered("table", "a: 1", Builder({"a": 1})) == {"a": 1}
    (kept,) = tmp_path.glob("builds-*.json")
    again = Builder({"a": 2})
    with kept_builds(tmp_path):
        assert remembered("table", "a: 1", again) == {"a": 1}
        assert again.calls == 0
        assert remembered("table", "a: 2", again) == {"a": 2}  # another text: built
        assert remembered("trie", "a: 1", again) == {"a": 2}  # another kind: built
    assert again.calls == 2 and kept.exists()


def test_what_json_cannot_carry_unchanged_is_never_kept(tmp_path: Path) -> None:
    for value in ({1: "one"}, ("a", "b")):  # an int key comes back a string, a tuple a list
        with kept_builds(tmp_path):
            remembered("table", repr(value), Builder(value))
        build = Builder(value)
        with kept_builds(tmp_path):
            assert remembered("table", repr(value), build) == value
        assert build.calls == 1


def test_a_damaged_file_or_entry_is_built_afresh(tmp_path: Path) -> None:
    (tmp_path / f"builds-{sys.implementation.cache_tag}.json").write_bytes(b"\x00not json")
    build = Builder("(?:a|b)")
    with kept_builds(tmp_path):
        assert remembered("trie", "ab", build) == "(?:a|b)"
    assert build.calls == 1

    def refuse(data: object) -> str:
        raise ValueError("a damaged entry")

    with kept_builds(tmp_path):
        assert remembered("trie", "ab", build, decode=refuse) == "(?:a|b)"
    assert build.calls == 2


def test_a_kept_trie_is_the_trie(tmp_path: Path) -> None:
    phrases = ["Milliarden", "Millionen", "Mio.", "Mrd."]
    fresh = phrase_trie(phrases, ignore_case=True)
    for _ in range(2):
        with kept_builds(tmp_path):
            assert phrase_trie(phrases, ignore_case=True) == fresh
            assert phrase_trie(set(phrases), ignore_case=True) == fresh  # a set in any order


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


YAML_DATA = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.integers() | st.text() | st.booleans(), inner, max_size=4)
    ),
    max_leaves=12,
)


@settings(max_examples=200, deadline=None)
@given(YAML_DATA)
def test_parsed_yaml_comes_back_from_json_as_it_was_parsed(data: object) -> None:
    assert unplain(json.loads(json.dumps(plain(data)))) == data


def test_a_table_keyed_by_numbers_is_kept(tmp_path: Path) -> None:
    months = load_table.__wrapped__("months")
    assert 9 in months and months[9]["de"][0] == "September"
    with kept_builds(tmp_path):
        load_table.__wrapped__("months")
    (kept,) = tmp_path.glob("builds-*.json")
    assert '"\\u0000pairs"' in kept.read_text(encoding="utf-8")
    with kept_builds(tmp_path):
        assert load_table.__wrapped__("months") == months


@settings(max_examples=60, deadline=None)
@given(value=JSON, source=st.text())
def test_remembered_returns_what_the_build_returns(value: object, source: str) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        for _ in range(2):
            with kept_builds(Path(folder)):
                assert remembered("table", source, Builder(value)) == value


def test_two_processes_in_a_row_say_the_same_and_the_second_writes_nothing(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    command = [sys.executable, "-m", "factcheck", "check", str(draft), "--against", "seeds"]
    kept = {**os.environ, CACHE_ENV: str(tmp_path / "cache")}
    runs = [subprocess.run(command, cwd=ROOT, env=kept, capture_output=True, text=True)]
    (builds,) = (tmp_path / "cache").glob("builds-*.json")
    written = builds.stat().st_mtime_ns
    runs.append(subprocess.run(command, cwd=ROOT, env=kept, capture_output=True, text=True))
    off = {**os.environ, CACHE_ENV: ""}
    runs.append(subprocess.run(command, cwd=ROOT, env=off, capture_output=True, text=True))
    assert [run.returncode for run in runs] == [0, 0, 0]
    assert runs[0].stdout == runs[1].stdout == runs[2].stdout
    assert builds.stat().st_mtime_ns == written
