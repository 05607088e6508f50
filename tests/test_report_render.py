"""The cross-source report: its four formats, the `report`, `rules` and `explain`
commands, the public `factcheck.report` and the generated rule docs.

The seeds report is built once per module; tests on it assert only facts that
stay true while the extractor improves (the FC104 finding, the GPU counts).
"""

from __future__ import annotations

import importlib
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from rich.cells import cell_len

import factcheck
from factcheck.cli import main
from factcheck.models import DocumentStatus, Finding, Group, ReportClaim, ReportData
from factcheck.render import report_html, report_json, report_markdown, report_text
from factcheck.render.docs import rules_doc
from factcheck.runs.reporting import build_report

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = "<script>alert(1)</script>"
CONFLICT_EN = "Microsoft bought 485,000 Nvidia GPUs in 2024.\n"
CONFLICT_DE = "Microsoft kaufte im Jahr 2024 rund 50.000 GPUs von Nvidia.\n"
RENDERERS = {
    "terminal": report_text.render_report,
    "markdown": report_markdown.render_report,
    "json": report_json.render_report,
    "html": report_html.render_report,
}


@pytest.fixture(scope="module")
def seeds() -> ReportData:
    """The seeds report with display paths "seeds/...", as the CLI shows them."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        return build_report(["seeds"], keep_texts=True)


@pytest.fixture(scope="module")
def conflict_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two articles that disagree on Microsoft's 2024 GPU purchases (FC101, an error)."""
    folder = tmp_path_factory.mktemp("conflict")
    (folder / "a.txt").write_text(CONFLICT_EN, encoding="utf-8")
    (folder / "b.txt").write_text(CONFLICT_DE, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def conflict(conflict_dir: Path) -> ReportData:
    return build_report([conflict_dir], keep_texts=True)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> ReportData:
    """An article full of markup next to a clean one that agrees with it."""
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "a.txt").write_text(
        f'{SCRIPT} Microsoft bought 485,000 Nvidia GPUs in 2024 & "more" <b>[bold]x[/bold]|y.\n',
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(CONFLICT_DE, encoding="utf-8")
    return build_report([folder], keep_texts=True)


def rows_with(markdown: str, *needles: str) -> list[str]:
    return [line for line in markdown.splitlines() if all(n in line for n in needles)]


# --------------------------------------------------------------------------- markdown


def test_markdown_has_the_finding_and_the_gpu_counts(seeds: ReportData) -> None:
    text = report_markdown.render_report(seeds)
    assert "`FC104` `attribution-conflict`" in text
    assert "6 到 10 倍" in text and "sechs- bis zehnmal" in text
    assert rows_with(text, "`cluster_gpus`", "| 10,000 | GPU |")
    assert rows_with(text, "`training_gpus`", "| ≈15,000 | GPU |")
    assert rows_with(text, "`gpu_purchases`", "| ≈500,000 | GPU |")
    assert rows_with(text, "`market_value`", "| ≈4,000,000,000,000 | USD |")
    assert "## Skipped documents (0)" in text


def test_markdown_tables_are_well_formed(seeds: ReportData, hostile: ReportData) -> None:
    for data in (seeds, hostile):
        lines = report_markdown.render_report(data).splitlines()
        for index, line in enumerate(lines):
            if line.startswith("| ---"):
                width = line.count("|")
                header, body = lines[index - 1], lines[index + 1 :]
                rows = [header, *(row for row in body[: body.index("")])]
                assert all(len(re.findall(r"(?<!\\)\|", row)) == width for row in rows)


def test_markdown_escapes_source_text() -> None:
    assert report_markdown.escape("a|b\nc <i>*x*</i>") == r"a\|b c \<i\>\*x\*\</i\>"
    assert report_markdown.code("a|b") == r"`a\|b`"


def test_markdown_group_shows_each_source(conflict: ReportData) -> None:
    text = report_markdown.render_report(conflict)
    assert "## Figures reported by 2+ sources (1)" in text
    assert "Microsoft kaufte im Jahr 2024 **rund 50.000 GPUs** von Nvidia." in text
    assert "| 485,000 | GPU |" in text and "| ≈50,000 | GPU |" in text
    assert "### 1. error: `FC101` `value-conflict`" in text


# --------------------------------------------------------------------------- json


def test_json_shape_and_references(seeds: ReportData) -> None:
    document = json.loads(report_json.render_report(seeds))
    assert list(document) == [
        "schema",
        "summary",
        "documents",
        "claims",
        "groups",
        "findings",
        "rules",
    ]
    assert document["schema"] == "factcheck-report/1"
    assert "texts" not in document
    for key, model in (
        ("documents", DocumentStatus),
        ("claims", ReportClaim),
        ("groups", Group),
        ("findings", Finding),
    ):
        fields = [n for n, f in model.model_fields.items() if not f.exclude]
        assert all(list(item) == fields for item in document[key])
    ids = [c["id"] for c in document["claims"]]
    assert len(ids) == len(set(ids))
    group_ids = {g["id"] for g in document["groups"]}
    for group in document["groups"]:
        assert set(group["claim_ids"]) <= set(ids)
    for finding in document["findings"]:
        assert set(finding["claim_ids"]) <= set(ids)
        assert finding["group_id"] is None or finding["group_id"] in group_ids
    assert [f["rule"] for f in document["findings"]] == ["FC104"]


def test_json_summary_counts(seeds: ReportData) -> None:
    summary = json.loads(report_json.render_report(seeds))["summary"]
    assert summary["documents"] == summary["documents_processed"] == 5
    assert summary["documents_skipped"] == 0
    assert summary["claims"] == len(seeds.claims)
    assert summary["groups"] == len(seeds.groups)
    assert summary["findings_by_severity"] == {"error": 0, "warning": 0, "info": 1}


def test_schema_doc_names_every_field(seeds: ReportData) -> None:
    document = json.loads(report_json.render_report(seeds))
    documented = set(
        re.findall(
            r"^\| `([a-z_]+)` \|",
            (ROOT / "docs/report-schema.md").read_text(encoding="utf-8"),
            flags=re.MULTILINE,
        )
    )
    keys = set(document) | set(document["summary"])
    for name in ("documents", "claims", "groups", "findings"):
        keys |= {key for item in document[name] for key in item}
    assert keys <= documented, keys - documented


# --------------------------------------------------------------------------- html


def test_html_escapes_the_source(hostile: ReportData) -> None:
    page = report_html.render_report(hostile)
    # the one script is the page's own (issue 15: filters), none comes from a source
    assert page.lower().count("<script") == 1
    assert f"<script>{report_html.asset(report_html.SCRIPT)}</script>" in page
    assert "&lt;script&gt;alert(" in page
    assert "&lt;b&gt;[bold]x[/bold]|y." in page
    assert "&amp; &#34;more&#34;" in page
    assert "http://" not in page and "https://" not in page  # self-contained


def test_html_marks_every_claim_at_its_offsets(hostile: ReportData) -> None:
    page = report_html.render_report(hostile)
    for claim in hostile.claims:
        assert re.search(rf'<mark id="{claim.id}"[^>]*>', page)
    # the text between the tags is the document, unchanged apart from escaping
    text = hostile.texts[hostile.claims[0].file or ""]
    pieces = report_html.segments(
        text, [c for c in hostile.claims if c.file == hostile.claims[0].file], {}
    )
    assert "".join(p.text for p in pieces) == text


def test_html_overlapping_claims_keep_their_anchors(hostile: ReportData) -> None:
    claim = next(c for c in hostile.claims if "485,000" in c.text)
    inner = claim.model_copy(update={"id": "c99", "start": claim.start + 1})
    text = hostile.texts[claim.file or ""]
    pieces = report_html.segments(text, [claim, inner], {claim.id: "error"})
    assert "".join(p.text for p in pieces) == text
    assert [p.claim for p in pieces if p.claim] == [claim.id, "c99"]
    assert pieces[1].severity == "error"


def test_html_links_finding_claims_to_their_marks(seeds: ReportData, conflict: ReportData) -> None:
    for data in (seeds, conflict):
        page = report_html.render_report(data)
        for finding in data.findings:
            for claim_id in finding.claim_ids:
                assert f'href="#{claim_id}"' in page
                mark = re.search(rf'<mark id="{claim_id}" class="(\w+)"', page)
                assert mark and mark.group(1) == finding.severity


def test_html_without_texts_lists_the_claims(conflict: ReportData) -> None:
    page = report_html.render_report(conflict.model_copy(update={"texts": {}}))
    assert "The text was not kept" in page
    assert all(f'<mark id="{c.id}"' in page for c in conflict.claims)


# --------------------------------------------------------------------------- terminal


def test_terminal_plain_and_colour(seeds: ReportData) -> None:
    plain = report_text.render_report(seeds, width=100)
    assert "\x1b[" not in plain
    assert "FC104" in plain and "≈4,000,000,000,000" in plain
    assert max(cell_len(line) for line in plain.splitlines()) <= 100
    assert "\x1b[" in report_text.render_report(seeds, color=True, width=100)


def test_terminal_keeps_markup_literal(hostile: ReportData) -> None:
    assert "[bold]x[/bold]" in report_text.render_report(hostile, width=200)


# --------------------------------------------------------------------------- determinism


def test_every_format_is_repeatable(conflict_dir: Path, conflict: ReportData) -> None:
    again = build_report([conflict_dir], keep_texts=True)
    for name, render in RENDERERS.items():
        assert render(conflict) == render(again), name


HASH_SCRIPT = """
import hashlib, sys
from factcheck.runs.reporting import build_report
from factcheck.render import report_html, report_json, report_markdown, report_text
data = build_report(["seeds"], keep_texts=True)
for module in (report_text, report_markdown, report_json, report_html):
    print(hashlib.sha256(module.render_report(data).encode()).hexdigest())
"""


def test_formats_do_not_depend_on_hash_seed() -> None:
    """Two interpreters with different string hashing, run side by side to save time."""
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", HASH_SCRIPT],
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for seed in ("0", "1")
    ]
    outputs = []
    for run in runs:
        out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
        outputs.append(out)
    assert outputs[0] == outputs[1]
    assert len(outputs[0].split()) == 4


# --------------------------------------------------------------------------- cli


@pytest.fixture
def in_root(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.chdir(ROOT)
    yield ROOT


def test_cli_seeds_exit_0_with_a_warning(
    in_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "report.md"
    assert main(["report", "seeds", "--format", "markdown", "-o", str(target)]) == 0
    assert capsys.readouterr() == ("", "")
    assert "FC104" in target.read_text(encoding="utf-8")


def test_cli_error_finding_exit_1(conflict_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(conflict_dir), "--format", "json"]) == 1
    out = capsys.readouterr().out
    assert json.loads(out)["summary"]["findings_by_severity"]["error"] == 1


def test_cli_missing_path_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.html"
    code = main(["report", str(tmp_path / "nope.txt"), "--format", "html", "-o", str(target)])
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("factcheck: error: ") and err.count("\n") == 1
    assert not target.exists()


def test_cli_skipped_input_exit_2_and_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02binary\x00\xff\xfe\x00" * 64)
    (tmp_path / "good.txt").write_text(CONFLICT_EN, encoding="utf-8")
    assert main(["report", str(tmp_path), "--format", "markdown"]) == 2
    captured = capsys.readouterr()
    assert "## Skipped documents (1)" in captured.out
    assert "bad.txt" in captured.out
    assert captured.err.startswith("factcheck: skipped ") and captured.err.count("\n") == 1


def test_cli_custom_rules_folder(
    conflict_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "checks").mkdir()
    assert main(["report", str(conflict_dir), "--rules", str(tmp_path), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["rules"] == []
    assert main(["report", str(conflict_dir), "--rules", str(tmp_path / "nope")]) == 2


def test_cli_explain(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "FC101"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("FC101 value-conflict")
    assert "Must flag:" in out and "GPU purchases ten times apart" in out
    assert "Must pass:" in out


def test_cli_explain_unknown_rule(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "XX999"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("factcheck: error: unknown rule 'XX999'")
    assert captured.err.count("\n") == 1


def test_cli_rules_lists_every_rule(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:4] == ["rule", "severity", "check", "name"]
    assert [line.split()[0] for line in lines[1:]] == [
        "FC100",
        "FC101",
        "FC102",
        "FC103",
        "FC104",
        "FC105",
        "FC106",
        "FC107",
    ]
    assert "FC100  info" in lines[1] and "FC101  error" in lines[2]
    assert lines[2].endswith(".")


# --------------------------------------------------------------------------- api and docs


def test_public_report_function(conflict_dir: Path) -> None:
    importlib.import_module("factcheck.runs.reporting")  # loading the submodule must not shadow it
    assert callable(factcheck.report) and "report" in factcheck.__all__
    result = factcheck.report(conflict_dir)
    assert isinstance(result, factcheck.Report)
    assert result.exit_code == 1
    assert list(result.findings["rule"]) == ["FC101"]
    assert result.data.texts  # kept, so renderers can quote sentences


def test_rules_doc_is_up_to_date() -> None:
    current = (ROOT / "docs/rules.md").read_text(encoding="utf-8")
    assert current == rules_doc(), "run: python -m factcheck.render.docs"
