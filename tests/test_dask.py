"""The Dask engine equals the local engine, byte for byte.

A `LocalCluster` of two worker processes (one thread each) is started once for
the module; each test runs the same corpus through both engines and compares:
the located files (`SourceIndex`), the report rendered as JSON and as text, and
the Parquet dataset the workers write. Skipped when the `dask` extra is not
installed (CI installs it).
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("dask.dataframe")
pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

from distributed import LocalCluster

from benchmarks.corpus import generate
from factcheck.annotation.located import LocatedFile, located_input
from factcheck.checks.context import Setup
from factcheck.cli import main
from factcheck.extraction.batch import map_inputs
from factcheck.knowledge import Knowledge
from factcheck.models import DocumentStatus, ReportClaim, ReportData
from factcheck.render.report_json import render_report as render_json
from factcheck.render.report_text import render_report as render_text
from factcheck.runs.reporting import build_report
from factcheck.runs.source_index import SourceIndex
from factcheck.scale.checks import first_numbers, shuffle_keys
from factcheck.scale.dataset import read_parquet
from factcheck.scale.engine import (
    located_files,
    report_dask,
    report_dataset,
    write_parquet_dask,
)

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "seeds", ROOT / "tests" / "fixtures" / "report"]
BINARY = b"\x00\x01\x02binary\x00\xff\xfe\x00" * 64


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    return Knowledge.from_dirs()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """200 generated articles in four languages with planted problems, one unreadable file."""
    folder = tmp_path_factory.mktemp("dask") / "corpus"
    generate(folder, 200, 5, False)
    (folder / "broken.txt").write_bytes(BINARY)
    return folder


@pytest.fixture(scope="module")
def local_corpus_files(corpus: Path, knowledge: Knowledge) -> list[LocatedFile]:
    return list(map_inputs(located_input, [corpus], (knowledge, None), jobs=2))


@pytest.fixture(scope="module")
def local_corpus_report(corpus: Path, knowledge: Knowledge) -> ReportData:
    return build_report([corpus], knowledge=knowledge, keep_texts=True, jobs=2)


def test_report_on_the_sources_is_the_local_report(scheduler: str, knowledge: Knowledge) -> None:
    local = build_report(SOURCES, knowledge=knowledge, keep_texts=True)
    remote = report_dask(SOURCES, knowledge, keep_texts=True, scheduler=scheduler)
    assert render_json(remote) == render_json(local)
    assert render_text(remote) == render_text(local)
    assert remote.texts == local.texts
    assert [f.rule for f in remote.findings] == [
        *["FC101"] * 3,
        *["FC102"] * 3,
        "FC103",
        "FC104",
        "FC104",
        "FC105",
    ]
    assert any(f.group_id for f in remote.findings)  # renumbered groups, as locally


def test_one_figure_of_a_family_in_two_units_is_found_as_locally(
    scheduler: str, knowledge: Knowledge, tmp_path: Path
) -> None:
    """The SU7 Max's 800 miles against the SU7's 800 km: the two names are shuffled
    together (the top of their line), so the Dask engine finds the slip as well."""
    (tmp_path / "a.txt").write_text("The Xiaomi SU7 has a range of 800 km.", "utf-8")
    (tmp_path / "b.txt").write_text(
        "Der Xiaomi SU7 Max hat eine Reichweite von 800 Meilen.", "utf-8"
    )
    local = build_report([tmp_path], knowledge=knowledge)
    remote = report_dask([tmp_path], knowledge, scheduler=scheduler)
    assert [f.kind for f in local.findings] == ["unit-mismatch"]
    assert render_json(remote) == render_json(local)


def test_a_conversion_at_no_market_rate_is_found_as_locally(
    scheduler: str, knowledge: Knowledge, tmp_path: Path
) -> None:
    """A figure and its conversion are shuffled by their document, so the Dask engine
    reads them in text order as the local one does."""
    (tmp_path / "a.txt").write_text(
        "Meta will 64 bis 72 Milliarden Dollar (bis zu 633 Mrd. Euro) investieren.", "utf-8"
    )
    (tmp_path / "b.txt").write_text("Alibaba will invest 380 billion yuan ($52 billion).", "utf-8")
    local = build_report([tmp_path], knowledge=knowledge)
    remote = report_dask([tmp_path], knowledge, scheduler=scheduler)
    assert [f.kind for f in local.findings] == ["conversion-rate"]
    assert render_json(remote) == render_json(local)


def test_report_on_a_generated_corpus_is_the_local_report(
    scheduler: str, knowledge: Knowledge, corpus: Path, local_corpus_report: ReportData
) -> None:
    remote = report_dask([corpus], knowledge, keep_texts=True, scheduler=scheduler)
    assert render_json(remote) == render_json(local_corpus_report)
    assert render_text(remote) == render_text(local_corpus_report)
    kinds = {f.kind for f in remote.findings}
    # no unit-mismatch: the corpus plants none, and its one such finding was a bound
    # held against a count of the same value
    assert kinds == {"value-conflict", "scale-error", "attribution-conflict", "time-conflict"}
    assert len(remote.groups) > 100
    assert [d.status for d in remote.documents].count("skipped") == 1


def test_located_files_are_the_local_ones(
    scheduler: str, knowledge: Knowledge, corpus: Path, local_corpus_files: list[LocatedFile]
) -> None:
    paths = [*SOURCES, corpus]
    local = list(map_inputs(located_input, SOURCES, (knowledge, None))) + local_corpus_files
    remote = list(located_files(paths, knowledge, scheduler=scheduler))
    assert remote == local
    ours = SourceIndex.assemble(remote, knowledge)
    theirs = SourceIndex.from_paths(paths, knowledge, jobs=2)
    assert ours.documents == theirs.documents
    assert ours.claims == theirs.claims
    assert ours.positions == theirs.positions
    assert ours.sentences == theirs.sentences
    assert dict(ours.keys) == dict(theirs.keys)
    assert ours.names == theirs.names


def test_workers_write_the_dataset(
    scheduler: str,
    knowledge: Knowledge,
    corpus: Path,
    local_corpus_files: list[LocatedFile],
    local_corpus_report: ReportData,
    tmp_path: Path,
) -> None:
    summary = write_parquet_dask([corpus], tmp_path / "ds", knowledge, scheduler=scheduler)
    local = local_corpus_files
    assert read_parquet(tmp_path / "ds") == local
    assert (summary.files, summary.claims) == (201, sum(len(e) for _, e in local))
    assert [s.file for s in summary.skipped] == [str(corpus / "broken.txt")]
    assert len(list((tmp_path / "ds" / "claims").glob("*.parquet"))) > 1  # one per partition
    remote = report_dataset(tmp_path / "ds", knowledge, scheduler=scheduler)
    assert render_json(remote) == render_json(local_corpus_report)


def test_cli_engine_dask(scheduler: str, tmp_path: Path) -> None:
    out = {name: tmp_path / f"{name}.json" for name in ("local", "dask", "parquet")}
    common = ["report", *map(str, SOURCES), "--format", "json", "-q"]
    assert main([*common, "-o", str(out["local"])]) == 1  # FC105 is an error
    assert (
        main([*common, "-o", str(out["dask"]), "--engine", "dask", "--scheduler", scheduler]) == 1
    )
    dataset = str(tmp_path / "ds")
    assert main(["extract", *map(str, SOURCES), "--parquet-out", dataset, "-q",
                 "--engine", "dask", "--scheduler", scheduler]) == 0  # fmt: skip
    assert (
        main(["report", "--parquet", dataset, "--format", "json", "-o", str(out["parquet"])]) == 1
    )
    expected = out["local"].read_bytes()
    assert out["dask"].read_bytes() == expected
    assert out["parquet"].read_bytes() == expected


def test_without_the_extra_one_line_and_exit_2() -> None:
    code = (
        "import sys; sys.modules['dask'] = None\n"
        "from factcheck.cli import main\n"
        f"sys.exit(main(['report', {str(SOURCES[0])!r}, '--engine', 'dask']))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == (
        "factcheck: error: --engine dask needs the 'dask' extra (dask is not installed): "
        "pip install 'factcheck[dask]'\n"
    )


def test_cli_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report"]) == 2
    assert main(["report", "seeds", "--parquet", "x"]) == 2
    assert main(["report", "seeds", "--scheduler", "tcp://127.0.0.1:8786"]) == 2
    assert main(["extract", "seeds", "--engine", "dask"]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "factcheck: error: no sources: give PATH..., --db PATH (or `db` in factcheck.toml) "
        "or --parquet DIR",
        "factcheck: error: give PATH..., --db PATH or --parquet DIR, not several",
        "factcheck: error: --scheduler needs --engine dask",
        "factcheck: error: --engine dask needs --parquet-out DIR here (claims go to a dataset)",
    ]


def _claim(**fields: object) -> ReportClaim:
    base = {"id": "c1", "start": 0, "end": 4, "text": "5 GW", "value": 5.0, "low": 5.0,
            "high": 5.0, "unit": "GW", "lang": "en", "sentence": (0, 10), "file": "a.txt"}  # fmt: skip
    return ReportClaim.model_validate(base | fields)


def test_shuffle_keys() -> None:
    claim = _claim(subject="Acme", attribute="capacity", topic="solar")
    assert shuffle_keys(claim) == {
        "block": "('Acme', 'capacity', 'solar', 'dimension:[mass] * [length] ** 2 / [time] ** 3')",
        "owner": "Acme",
        "figure": "('dimension:[mass] * [length] ** 2 / [time] ** 3', 5.0, 5.0, False)",
        "claim": claim.id,
        "document": "a.txt",  # a figure and its conversion (conversion-rate)
    }
    assert shuffle_keys(_claim(subject="Acme"))["block"] is None  # no attribute: no block
    nameless = _claim(subject=None)  # only a check of the claim alone (implausible) sees it
    assert shuffle_keys(nameless) == {"block": None, "owner": None, "figure": None,
                                      "claim": nameless.id, "document": "a.txt"}  # fmt: skip
    assert set(shuffle_keys(_claim(subject="Acme", boilerplate=True)).values()) == {None}
    families = Setup.of(Knowledge.from_dirs()).families
    assert (families["SU7 Max"], families["Wallonia"]) == ("Xiaomi", "Belgium")
    owners = {
        shuffle_keys(_claim(subject=s), families)["owner"] for s in ("SU7 Max", "SU7", "Xiaomi")
    }
    assert owners == {"Xiaomi"}  # one partition holds a product, its versions and its maker


def test_first_numbers() -> None:
    statuses = [DocumentStatus(file="a", claims=3), DocumentStatus(file="b", status="skipped"),
                DocumentStatus(file="c", claims=2)]  # fmt: skip
    assert first_numbers(statuses) == {"a": 0, "b": 3, "c": 3}
