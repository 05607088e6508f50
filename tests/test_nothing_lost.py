"""Issue 6, point 3: nothing is lost. Every input is in the output, read or skipped with
its reason; the JSON counts add up per file; a file that breaks factcheck itself costs
that file only; the exit code and the summary count what was skipped."""

from __future__ import annotations

import importlib
import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import factcheck.extraction.batch
import factcheck.load.documents
from factcheck.cli import main
from factcheck.extraction.batch import extract_paths
from factcheck.models import Document

FILES = {
    "a-en.txt": b"Microsoft bought 485,000 Nvidia GPUs in 2024.\n",
    "b-de.txt": b"Microsoft kaufte im Jahr 2024 rund 50.000 GPUs von Nvidia.\n",
    "c-empty.txt": b"",
    "d-page.html": b"<p>Meta bought 224,000 chips.</p>",
    "e-image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "f-post.md": b"# 1. Notes\n\nxAI ordered about 100,000 GPUs. See `v=2`.\n",
}
NAMES = sorted(FILES)
ANNOTATING_MODULE = importlib.import_module("factcheck.annotation.located")
SKIP_REASON = "cannot decode: not a text file (contains NUL bytes)"


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Six inputs of every kind, one of them not text; display paths are "corpus/..."."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpus").mkdir()
    for name, data in FILES.items():
        (tmp_path / "corpus" / name).write_bytes(data)
    return "corpus"


def report(corpus: str, fmt: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["report", corpus, "--format", fmt])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "json", "html"])
def test_every_input_appears_in_every_report_format(
    corpus: str, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = report(corpus, fmt, capsys)
    assert code == 2
    for name in NAMES:
        assert f"corpus/{name}" in out
    assert SKIP_REASON in out
    assert err.splitlines() == [f"factcheck: skipped corpus/e-image.txt: {SKIP_REASON}"]


def test_every_input_is_a_document_of_the_extraction(corpus: str) -> None:
    result = extract_paths([corpus])
    assert [(d.file, d.status, d.claims) for d in result.documents] == [
        ("corpus/a-en.txt", "ok", 1),
        ("corpus/b-de.txt", "ok", 1),
        ("corpus/c-empty.txt", "ok", 0),
        ("corpus/d-page.html", "ok", 1),
        ("corpus/e-image.txt", "skipped", 0),
        ("corpus/f-post.md", "ok", 1),
    ]
    assert result.documents[4].reason == SKIP_REASON


def test_extract_names_each_skipped_file_and_counts_them_all(
    corpus: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", corpus, "--format", "jsonl"]) == 2
    out, err = capsys.readouterr()
    files = Counter(json.loads(line)["file"] for line in out.splitlines())
    assert files == {
        "corpus/a-en.txt": 1,
        "corpus/b-de.txt": 1,
        "corpus/d-page.html": 1,
        "corpus/f-post.md": 1,
    }
    assert err.splitlines() == [
        f"factcheck: skipped corpus/e-image.txt: {SKIP_REASON}",
        "factcheck: 1 of 6 files skipped; 5 read, 4 claims",
    ]


def test_json_claim_counts_add_up_per_file(corpus: str, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = report(corpus, "json", capsys)
    data = json.loads(out)
    per_file = Counter(claim["file"] for claim in data["claims"])
    assert {d["file"]: d["claims"] for d in data["documents"]} == {
        f"corpus/{name}": per_file.get(f"corpus/{name}", 0) for name in NAMES
    }
    summary = data["summary"]
    assert summary["claims"] == len(data["claims"]) == sum(d["claims"] for d in data["documents"])
    assert summary["documents"] == len(NAMES)
    assert (summary["documents_processed"], summary["documents_skipped"]) == (5, 1)
    group_claims = [claim_id for group in data["groups"] for claim_id in group["claim_ids"]]
    assert sorted(group_claims) == sorted(c["id"] for c in data["claims"])


def test_the_exit_code_and_the_summary_count_the_skipped(
    corpus: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = report(corpus, "markdown", capsys)
    assert code == 2
    assert "- Documents: 5 processed, 1 skipped" in out
    assert "## Skipped documents (1)" in out


def test_without_skips_the_exit_code_is_the_findings_one(
    corpus: str, capsys: pytest.CaptureFixture[str]
) -> None:
    Path(corpus, "e-image.txt").unlink()
    code, out, err = report(corpus, "markdown", capsys)
    assert (code, err) == (1, "")  # FC101 between a-en and b-de is an error
    assert "- Documents: 5 processed, 0 skipped" in out


def broken_on(name: str, real: Callable[..., Any]) -> Callable[..., Any]:
    """`real`, except that it raises for the document named `name`."""

    def call(document: Document, *args: Any, **kwargs: Any) -> Any:
        if document.path.endswith(name):
            raise RuntimeError("boom\nsecond line")
        return real(document, *args, **kwargs)

    return call


def test_a_file_that_breaks_extraction_never_stops_the_others(
    corpus: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = factcheck.extraction.batch.extract_document
    monkeypatch.setattr(factcheck.extraction.batch, "extract_document", broken_on("b-de.txt", real))
    assert main(["extract", corpus, "--format", "jsonl"]) == 2
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 3
    assert err.splitlines() == [
        "factcheck: skipped corpus/b-de.txt: internal error: RuntimeError: boom second line",
        f"factcheck: skipped corpus/e-image.txt: {SKIP_REASON}",
        "factcheck: 2 of 6 files skipped; 4 read, 3 claims",
    ]


def test_debug_shows_the_traceback_of_a_broken_file(
    corpus: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = factcheck.extraction.batch.extract_document
    monkeypatch.setattr(factcheck.extraction.batch, "extract_document", broken_on("b-de.txt", real))
    assert main(["--debug", "extract", corpus, "--format", "jsonl"]) == 2
    err = capsys.readouterr().err
    assert "factcheck: debug: failed on corpus/b-de.txt\nTraceback" in err
    assert "RuntimeError: boom" in err


def test_a_file_that_breaks_reading_never_stops_the_others(
    corpus: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(source: str) -> tuple[str, tuple]:
        raise ValueError("bad page")

    monkeypatch.setattr(factcheck.load.documents, "html_to_text", broken)
    result = extract_paths([corpus])
    assert [(d.file, d.status) for d in result.documents if d.status == "skipped"] == [
        ("corpus/d-page.html", "skipped"),
        ("corpus/e-image.txt", "skipped"),
    ]
    assert result.documents[3].reason == "internal error: ValueError: bad page"
    assert len(result.claims) == 3


def test_a_file_that_breaks_the_report_never_stops_the_others(
    corpus: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = ANNOTATING_MODULE.annotate_claims
    monkeypatch.setattr(ANNOTATING_MODULE, "annotate_claims", broken_on("a-en.txt", real))
    code, out, err = report(corpus, "json", capsys)
    data = json.loads(out)
    assert code == 2
    assert {d["file"]: d["status"] for d in data["documents"]} == {
        f"corpus/{name}": "skipped" if name in ("a-en.txt", "e-image.txt") else "ok"
        for name in NAMES
    }
    assert sorted({c["file"] for c in data["claims"]}) == [
        "corpus/b-de.txt",
        "corpus/d-page.html",
        "corpus/f-post.md",
    ]
    assert err.splitlines()[0] == (
        "factcheck: skipped corpus/a-en.txt: internal error: RuntimeError: boom second line"
    )
