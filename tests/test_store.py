"""The claims store (`factcheck index`, `check --db`, `report --db`): incremental
updates with exact counts, the same output as reading the sources, crash safety
under SIGKILL, and one-line errors for stores that cannot be used."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.corpus import generate
from factcheck.cli import main
from factcheck.knowledge import Knowledge
from factcheck.models import ReportClaim
from factcheck.store import schema as store_module
from factcheck.store.reader import StoredSources
from factcheck.store.schema import STORED_CLAIM_COLUMNS, Store
from factcheck.store.writer import IndexSummary, index_paths

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = ROOT / "tests" / "fixtures" / "check"
DRAFTS = ("en.md", "de.txt", "nl.html", "zh.txt")


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    return Knowledge.from_dirs()


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    folder = tmp_path / "sources"
    shutil.copytree(SEEDS, folder)
    return folder


def _index(db: Path, paths: list[Path], knowledge: Knowledge, **options: object) -> IndexSummary:
    summary, skipped = index_paths(db, paths, knowledge, **options)  # type: ignore[arg-type]
    assert skipped == []
    return summary


def _counts(summary: IndexSummary) -> tuple[int, ...]:
    s = summary
    return (s.added, s.updated, s.unchanged, s.removed, s.skipped, s.files, s.claims)


def _stored_paths(db: Path) -> list[str]:
    with sqlite3.connect(db) as connection:
        return [p for (p,) in connection.execute("SELECT path FROM files ORDER BY path")]


# --------------------------------------------------------------------------- incremental


def test_unchanged_files_are_skipped(sources: Path, tmp_path: Path, knowledge: Knowledge) -> None:
    db = tmp_path / "claims.db"
    assert _counts(_index(db, [sources], knowledge)) == (5, 0, 0, 0, 0, 5, 26)
    assert _counts(_index(db, [sources], knowledge)) == (0, 0, 5, 0, 0, 5, 26)


def test_changed_replaced_deleted_removed_new_added(
    sources: Path, tmp_path: Path, knowledge: Knowledge
) -> None:
    db = tmp_path / "claims.db"
    _index(db, [sources], knowledge)
    changed = sources / "003_9f6b652eb6ae4b4e.txt"
    changed.write_text("Microsoft kaufte 2024 fast 500.000 GPUs.\n", encoding="utf-8")
    (sources / "000_0a7c5cf6c14c2c78.txt").unlink()
    (sources / "new.txt").write_text("Nvidia sold 3.76 million GPUs in 2023.\n", encoding="utf-8")
    summary = _index(db, [sources], knowledge)
    assert _counts(summary)[:5] == (1, 1, 3, 1, 0)
    assert _stored_paths(db) == sorted(
        str(p) for p in sources.iterdir() if p.name != "000_0a7c5cf6c14c2c78.txt"
    )
    with sqlite3.connect(db) as connection:
        texts = [
            t
            for (t,) in connection.execute(
                "SELECT text FROM claims WHERE file = ?", (str(changed),)
            )
        ]
    assert texts == ["fast 500.000 GPUs"]
    assert summary.claims == _fresh_claims(sources, tmp_path, knowledge)


def _fresh_claims(sources: Path, tmp_path: Path, knowledge: Knowledge) -> int:
    return _index(tmp_path / "fresh.db", [sources], knowledge).claims


def test_only_files_under_the_given_paths_are_removed(
    sources: Path, tmp_path: Path, knowledge: Knowledge
) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "a.txt").write_text("Meta bought 350,000 H100 GPUs in 2024.\n", encoding="utf-8")
    db = tmp_path / "claims.db"
    _index(db, [sources, other], knowledge)
    assert _counts(_index(db, [sources], knowledge))[:5] == (0, 0, 5, 0, 0)
    assert str(other / "a.txt") in _stored_paths(db)
    (other / "a.txt").unlink()
    assert _counts(_index(db, [other], knowledge))[:5] == (0, 0, 0, 1, 0)


def test_a_file_given_by_name_is_removed_when_gone(
    sources: Path, tmp_path: Path, knowledge: Knowledge
) -> None:
    db = tmp_path / "claims.db"
    one = sorted(sources.iterdir())[0]
    _index(db, [one], knowledge)
    one.unlink()
    one.parent.joinpath("x.txt").write_text("nothing\n", encoding="utf-8")
    summary = _index(db, [sources], knowledge)
    assert (summary.removed, summary.files) == (1, 5)


def test_other_entity_tables_rebuild_the_store(
    sources: Path, tmp_path: Path, knowledge: Knowledge
) -> None:
    db = tmp_path / "claims.db"
    _index(db, [sources], knowledge)
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    entities = rules / "entities.yaml"
    entities.write_text(entities.read_text("utf-8") + "\n", encoding="utf-8")
    assert not _index(db, [sources], Knowledge.from_dirs([rules])).rebuilt  # same table
    text = entities.read_text("utf-8").replace(
        "unknown_name_threshold: 92", "unknown_name_threshold: 91"
    )
    assert text != entities.read_text("utf-8")
    entities.write_text(text, encoding="utf-8")
    other = Knowledge.from_dirs([rules])
    summary = _index(db, [sources], other)
    assert summary.rebuilt and _counts(summary)[:3] == (5, 0, 0)
    with pytest.raises(Exception, match="run `factcheck index` again"):
        StoredSources.open(db, knowledge)


def test_another_reading_library_rebuilds_the_store(
    sources: Path, tmp_path: Path, knowledge: Knowledge, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new trafilatura may keep other lines of an HTML page, so the claims stored
    under the old one are refused until `factcheck index` reads the files again."""
    db = tmp_path / "claims.db"
    _index(db, [sources], knowledge)
    assert "trafilatura " in store_module.reading_versions()
    monkeypatch.setattr(store_module, "reading_versions", lambda: "trafilatura 99.0")
    with pytest.raises(Exception, match="run `factcheck index` again"):
        StoredSources.open(db, knowledge)
    summary = _index(db, [sources], knowledge)
    assert summary.rebuilt and _counts(summary)[:3] == (5, 0, 0)
    StoredSources.open(db, knowledge).close()


def test_a_code_change_changes_the_fingerprint(tmp_path: Path) -> None:
    """A store made by other code is refused even when the version did not change;
    compiled caches are not the code."""
    digest = store_module.package_digest.__wrapped__  # uncached: the files change here
    package = tmp_path / "factcheck"
    shutil.copytree(store_module.PACKAGE_ROOT, package)
    original = digest(package)
    reader = package / "extraction" / "reading.py"
    reader.write_text(reader.read_text("utf-8") + "\n# a local fix\n", encoding="utf-8")
    changed = digest(package)
    assert changed != original
    (package / "extraction" / "__pycache__").mkdir(exist_ok=True)
    (package / "extraction" / "__pycache__" / "reading.cpython-311.pyc").write_bytes(b"compiled")
    assert digest(package) == changed
    hedges = package / "lexicon" / "hedges.yaml"
    hedges.write_text(hedges.read_text("utf-8") + "\n", encoding="utf-8")
    assert digest(package) != changed


# --------------------------------------------------------------------------- same output


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Seeds plus 120 generated articles (every kind of planted problem), indexed."""
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copytree(SEEDS, folder / "seeds")
    generate(folder / "generated", 120, seed=2)
    (folder / "generated" / "manifest.json").unlink()
    return folder


@pytest.fixture(scope="module")
def corpus_db(corpus: Path, knowledge: Knowledge) -> Path:
    db = corpus.parent / f"{corpus.name}.db"
    _index(db, [corpus], knowledge, jobs=2)
    return db


@pytest.mark.parametrize("draft", DRAFTS)
def test_check_db_gives_the_same_json_as_against(
    draft: str, corpus: Path, corpus_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    common = ["check", str(FIXTURES / draft), "--format", "json", "--show-supported"]
    against = _run([*common, "--against", str(corpus)], capsys)
    stored = _run([*common, "--db", str(corpus_db)], capsys)
    assert stored == against
    assert '"kind": "scale-error"' in against[1] or draft != "en.md"


def test_check_db_with_generated_drafts(
    corpus: Path, corpus_db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Articles of another seed as drafts (subjects unknown to the sources, other
    figures) and copies of source articles."""
    drafts = tmp_path / "drafts"
    generate(drafts, 12, seed=5)
    (drafts / "manifest.json").unlink()
    for article in sorted((corpus / "generated").rglob("*.*"))[:6]:
        shutil.copy(article, drafts / f"again-{article.name}")  # restatements: supported
    common = ["check", str(drafts), "--format", "json", "--show-supported"]
    against = _run([*common, "--against", str(corpus)], capsys)
    stored = _run([*common, "--db", str(corpus_db)], capsys)
    assert stored == against
    assert '"kind": "supported"' in against[1]


@pytest.mark.parametrize("fmt", ["terminal", "json", "markdown", "html"])
def test_report_db_is_report_of_the_same_files(
    fmt: str, corpus: Path, corpus_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    direct = _run(["report", str(corpus), "--format", fmt], capsys)
    stored = _run(["report", "--db", str(corpus_db), "--format", fmt], capsys)
    assert stored == direct
    assert direct[0] == 1  # the planted problems include errors


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=st.lists(st.sets(st.integers(0, 4), min_size=1), min_size=1, max_size=3))
def test_incremental_runs_end_where_a_fresh_index_does(
    steps: list[set[int]], tmp_path_factory: pytest.TempPathFactory, knowledge: Knowledge
) -> None:
    """Whatever subsets of the sources were indexed before (names unified over other
    sets each time), the final store reports what a fresh store of the same files does."""
    tmp = tmp_path_factory.mktemp("steps")
    seeds = sorted(SEEDS.iterdir())
    folder = tmp / "sources"
    db = tmp / "incremental.db"
    for step in [*steps, set(range(5))]:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        for number in step:
            shutil.copy(seeds[number], folder / seeds[number].name)
        _index(db, [folder], knowledge)
    _index(tmp / "fresh.db", [folder], knowledge)
    from factcheck.store.reader import report_from_store

    incremental = report_from_store(db, knowledge)
    fresh = report_from_store(tmp / "fresh.db", knowledge)
    assert incremental.model_dump() == fresh.model_dump()


def test_stored_columns_cover_every_claim_field() -> None:
    stored = {c.name for c in STORED_CLAIM_COLUMNS} - {"sentence_start", "sentence_end"}
    assert stored | {"sentence", "id"} == {
        n for n, f in ReportClaim.model_fields.items() if not f.exclude
    }


# --------------------------------------------------------------------------- crash safety


def _consistent(db: Path) -> tuple[int, int]:
    """Check the store's invariants; (files, claims)."""
    with sqlite3.connect(db) as connection:
        run = connection.execute
        assert run("PRAGMA integrity_check").fetchone()[0] == "ok"
        files, claims = run("SELECT count(*), coalesce(sum(claims), 0) FROM files").fetchone()
        assert run("SELECT count(*) FROM claims").fetchone()[0] == claims
        orphans = "SELECT count(*) FROM claims WHERE file NOT IN (SELECT path FROM files)"
        assert run(orphans).fetchone()[0] == 0
        loose = "SELECT count(*) FROM claim_keys WHERE claim NOT IN (SELECT id FROM claims)"
        assert run(loose).fetchone()[0] == 0
        names = "SELECT subject, count(*) FROM claims WHERE subject IS NOT NULL GROUP BY subject"
        assert dict(run(names).fetchall()) == dict(run("SELECT name, claims FROM names"))
    return files, claims


def test_a_killed_run_leaves_a_usable_store(
    tmp_path: Path, knowledge: Knowledge, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    generate(corpus, 700, seed=3)
    (corpus / "manifest.json").unlink()
    db = tmp_path / "claims.db"
    command = [sys.executable, "-m", "factcheck", "index", str(corpus), "--db", str(db), "-q"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        committed = _wait_for_files(db, process)
        assert process.poll() is None, "the run ended before it could be killed"
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL
    files, _ = _consistent(db)
    assert 200 <= files < 700 and files >= committed
    code, _, err = _run(["check", str(FIXTURES / "en.md"), "--db", str(db)], capsys)
    assert code in (0, 1) and err == ""
    summary = _index(db, [corpus], knowledge)
    assert (summary.added, summary.unchanged, summary.files) == (700 - files, files, 700)
    assert _consistent(db)[0] == 700


def _wait_for_files(db: Path, process: subprocess.Popen[bytes], timeout: float = 240) -> int:
    """Poll until a first batch is committed; its number of files."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        if db.exists():
            try:
                with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
                    count = connection.execute("SELECT count(*) FROM files").fetchone()[0]
            except sqlite3.OperationalError:  # the schema is being created
                count = 0
            if count:
                return count
        time.sleep(0.05)
    raise AssertionError(f"no batch committed: {process.stderr.read() if process.stderr else ''}")


# --------------------------------------------------------------------------- errors


def _error(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    code, out, err = _run(args, capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("factcheck: error: "), err
    return err


def test_unwritable_db_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")
    err = _error(["index", str(SEEDS), "--db", str(blocker / "claims.db")], capsys)
    assert str(blocker / "claims.db") in err and "unable to open" in err


@pytest.mark.parametrize("command", ["check", "report", "index"])
def test_a_file_that_is_not_a_store(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "notes.db"
    text.write_text("not a database, just notes\n" * 100, encoding="utf-8")
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
    args = {
        "check": ["check", str(FIXTURES / "en.md")],
        "report": ["report"],
        "index": ["index", str(SEEDS)],
    }
    for db in (text, other):
        err = _error([*args[command], "--db", str(db)], capsys)
        assert str(db) in err and "claims store" in err
    assert text.read_text("utf-8").startswith("not a database")


def test_missing_store_and_exclusive_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.db"
    err = _error(["check", str(FIXTURES / "en.md"), "--db", str(missing)], capsys)
    assert "no such claims store" in err and not missing.exists()
    code, _, err = _run(
        ["check", str(FIXTURES / "en.md"), "--db", str(missing), "--against", str(SEEDS)], capsys
    )
    assert code == 2 and "not allowed with argument" in err


def test_dask_engine_needs_its_extra(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    try:
        import factcheck.scale.engine  # noqa: F401
    except ImportError:
        err = _error(
            ["index", str(SEEDS), "--db", str(tmp_path / "c.db"), "--engine", "dask"], capsys
        )
        assert "pip install 'factcheck[dask]'" in err
    else:
        pytest.skip("the dask engine is installed")


def test_db_from_configuration(
    sources: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (tmp_path / "factcheck.toml").write_text('sources = ["sources"]\ndb = "claims.db"\n', "utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, _ = _run(["index"], capsys)
    assert code == 0 and out.endswith(
        "5 added, 0 updated, 0 unchanged, 0 removed, 0 skipped; 5 files, 26 claims\n"
    )
    assert (tmp_path / "claims.db").is_file()
    draft = str(FIXTURES / "en.md")
    configured = _run(["check", draft, "--format", "json"], capsys)
    against = _run(["check", draft, "--format", "json", "--against", str(SEEDS)], capsys)
    assert configured[0] == 1 and configured[1].replace(str(sources), "seeds") == against[
        1
    ].replace(str(SEEDS), "seeds")
    (tmp_path / "factcheck.toml").write_text('db = "../claims.db"\n', "utf-8")
    err = _error(["check", draft], capsys)
    assert "outside the configuration's folder" in err


def test_store_opens_read_only_for_checks(corpus_db: Path) -> None:
    store = Store.open(corpus_db)
    try:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store.db.execute("DELETE FROM files")
    finally:
        store.close()
    assert os.path.getsize(corpus_db) > 0


def test_source_lang_with_a_store_says_it_is_ignored(
    corpus_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    common = ["check", str(FIXTURES / "en.md"), "--db", str(corpus_db), "--format", "json"]
    plain = _run(common, capsys)
    main([*common, "--source-lang", "de"])
    told = capsys.readouterr()
    assert told.out == plain[1]
    assert told.err.splitlines()[0] == (
        "factcheck: --source-lang is ignored with a claims store: its sources were read in "
        "the languages they were indexed with"
    )
