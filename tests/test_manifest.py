"""`--manifest`: the publication dates (and languages) a newsroom keeps for its sources.

A listed file takes the manifest's date as its `as_of`, and its language; a bad row is
an error naming the line (exit 2); a listed file that is not an input is one warning.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.errors import InputError
from factcheck.load.manifest import read_manifest
from factcheck.runs.reporting import build_report


def _sources(tmp_path: Path) -> Path:
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "a.txt").write_text("Nvidia's market value rose to $4 trillion.\n", "utf-8")
    (folder / "b.txt").write_text("Der Börsenwert von Nvidia liegt bei 3 Billionen Dollar.\n")
    return folder


def _report(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict, str]:
    code = main(["report", *argv, "--format", "json"])
    captured = capsys.readouterr()
    return code, json.loads(captured.out) if captured.out else {}, captured.err


def test_the_manifest_dates_and_the_dates_decide_the_finding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _sources(tmp_path)
    manifest = folder / "manifest.csv"
    manifest.write_text("path,date,outlet\na.txt,2025-07-10,A\nb.txt,2025-07-10,B\n", "utf-8")
    code, report, _ = _report(capsys, str(folder / "a.txt"), str(folder / "b.txt"),
                              "--manifest", str(manifest))  # fmt: skip
    assert [d["date"] for d in report["documents"]] == ["2025-07-10", "2025-07-10"]
    assert [(f["rule"], f["severity"]) for f in report["findings"]] == [("FC101", "error")]
    assert code == 1
    # a market value of another day may well be right: no finding at all
    manifest.write_text("path,date\na.txt,2025-07-10\nb.txt,2025-09-01\n", "utf-8")
    code, report, _ = _report(capsys, str(folder / "a.txt"), str(folder / "b.txt"),
                              "--manifest", str(manifest))  # fmt: skip
    assert report["findings"] == [] and code == 0


def test_without_dates_the_same_disagreement_is_information(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _sources(tmp_path)
    code, report, _ = _report(capsys, str(folder / "a.txt"), str(folder / "b.txt"))
    assert [(f["rule"], f["severity"]) for f in report["findings"]] == [("FC101", "info")]
    assert code == 0


def test_a_bad_row_is_an_error_naming_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _sources(tmp_path)
    manifest = folder / "manifest.csv"
    manifest.write_text("path,date\na.txt,2025-07-10\nb.txt,10 July 2025\n", "utf-8")
    assert main(["report", str(folder / "a.txt"), "--manifest", str(manifest)]) == 2
    err = capsys.readouterr().err
    assert f"{manifest}:3: date '10 July 2025' is not YYYY, YYYY-MM or YYYY-MM-DD" in err
    assert "Traceback" not in err


def test_a_listed_file_that_is_no_input_is_one_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _sources(tmp_path)
    manifest = folder / "manifest.jsonl"
    manifest.write_text(
        '{"path": "a.txt", "date": "2025-07-10"}\n{"path": "gone.txt", "date": "2025"}\n'
        '{"path": "other.txt", "date": "2025-01"}\n',
        "utf-8",
    )
    _report(capsys, str(folder / "a.txt"), "--manifest", str(manifest))
    main(["report", str(folder / "a.txt"), "--manifest", str(manifest), "-q"])
    err = capsys.readouterr().err
    assert err.count("warning") == 1
    assert "gone.txt and 1 more listed but not among the inputs" in err


def test_the_manifest_gives_the_language(tmp_path: Path) -> None:
    folder = _sources(tmp_path)
    (folder / "m.csv").write_text("path,date,lang\nb.txt,2025-07-10,nl\n", "utf-8")
    report = build_report([folder / "b.txt"], manifest=read_manifest(folder / "m.csv"))
    assert [(d.lang, d.date) for d in report.documents] == [("nl", "2025-07-10")]


def test_an_empty_date_is_not_known_and_the_files_own_date_stands(tmp_path: Path) -> None:
    """A page that gives no date: its row still gives outlet and language, and a date
    the file states itself (front matter here) is kept, not blanked."""
    (tmp_path / "a.md").write_text("---\ndate: 2024-05-07\n---\nBYD sold 3 million cars.", "utf-8")
    (tmp_path / "b.txt").write_text("Tesla sold 1.8 million cars in 2023.", "utf-8")
    (tmp_path / "m.csv").write_text("path,date,outlet,lang\na.md,,A,en\nb.txt,,B,en\n", "utf-8")
    manifest = read_manifest(tmp_path / "m.csv")
    assert [manifest.entry_for(tmp_path / f).date for f in ("a.md", "b.txt")] == [None, None]
    report = build_report([tmp_path], manifest=manifest)
    assert [(d.file.split("/")[-1], d.date) for d in report.documents] == [
        ("a.md", "2024-05-07"),
        ("b.txt", None),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("date\n2025\n", "1: no 'path' column"),
        ("path,outlet\na.txt,A\n", "1: no 'date' column"),
        ("path,date\n,2025\n", "2: no path"),
        ("path,date\na.txt,5 May 2024\n", "2: date '5 May 2024' is not YYYY"),
        ("path,date,colour\na.txt,2025,red\n", "1: unknown column 'colour'"),
        ("path,date\na.txt,2025\na.txt,2024\n", "3: a.txt is listed twice"),
        ("path,date,lang\na.txt,2025,klingon\n", "2: language 'klingon' is not one of"),
        ('{"path": "a.txt", "date": 2025}\n', "1: each line must be an object of strings"),
    ],
)
def test_malformed_manifests(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / ("m.jsonl" if text.startswith("{") else "m.csv")
    path.write_text(text, "utf-8")
    with pytest.raises(InputError) as raised:
        read_manifest(path)
    assert f"{path}:{message}" in str(raised.value)
