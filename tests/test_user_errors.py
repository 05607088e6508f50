"""Issue 6, point 4: user errors. Each is exit code 2 and exactly one line on stderr,
naming the file (and line) to fix, without a traceback; `--debug` shows the traceback.

Rule, entity and attribute files are the configuration tested here; the
configuration file of `factcheck check` (factcheck.toml) is tested with that command.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcheck.cli import main

ARTICLE = "Microsoft bought 485,000 Nvidia GPUs in 2024.\n"
RULE = """\
id: FC101
name: gpu-count-conflict
description: Two sources give different GPU counts for the same cluster.
severity: error
check: value-conflict
selector:
  units: [GPU]
params:
  tolerance: 0.02
examples:
  must_flag:
    - name: different counts
      sources:
        - Microsoft trained MAI-1 on 15,000 H100 GPUs.
        - Microsoft hat MAI-1 auf 20.000 H100-GPUs trainiert.
  must_pass:
    - name: same count
      sources:
        - Microsoft trained MAI-1 on 15,000 H100 GPUs.
        - Microsoft trainierte MAI-1 mit 15.000 GPUs.
"""
ENTITIES = """\
matching:
  alias_threshold: 92
entities:
  - id: Microsoft
    kind: organization
    aliases:
      en: [Microsoft, MSFT]
  - id: Nvidia
    kind: organization
    aliases:
      en: [Nvidia, NVIDIA]
"""
ATTRIBUTES = """\
window: 80
attributes:
  - id: gpu_purchases
    label: GPUs bought
    units: [counted]
    keywords:
      en: [bought]
"""


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An article and a valid rules folder; tests break one thing each."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "rules" / "checks").mkdir(parents=True)
    (tmp_path / "rules" / "checks" / "FC101.yaml").write_text(RULE, encoding="utf-8")
    (tmp_path / "rules" / "entities.yaml").write_text(ENTITIES, encoding="utf-8")
    (tmp_path / "rules" / "attributes.yaml").write_text(ATTRIBUTES, encoding="utf-8")
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(code: int, err: str) -> str:
    """The single stderr line of a user error, checked for the rules every error keeps."""
    assert code == 2
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("factcheck: error: ")
    return lines[0].removeprefix("factcheck: error: ")


def test_the_shipped_rules_folder_copy_is_valid(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "report", "news", "--rules", "rules", "--format", "json")
    assert (code, err) == (0, "")
    assert '"rules": [\n    "FC101"\n  ]' in out


# --------------------------------------------------------------------------- inputs


@pytest.mark.parametrize("command", ["extract", "report"])
def test_a_missing_path(workspace: Path, capsys: pytest.CaptureFixture[str], command: str) -> None:
    code, out, err = run(capsys, command, "news", "no-such-file.txt")
    assert one_error_line(code, err) == "no-such-file.txt: no such file or directory"
    assert out == ""


def test_a_missing_rules_folder(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "report", "news", "--rules", "no-rules")
    assert one_error_line(code, err) == "rules folder not found: no-rules"
    assert out == ""


def test_a_bad_language(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "extract", "news", "--lang", "klingon")
    assert one_error_line(code, err) == (
        "unsupported language 'klingon'; expected one of en, de, nl, zh"
    )


def unreadable(path: Path) -> Path:
    """`path` made unreadable, or the test skipped where permissions do not apply (root)."""
    path.chmod(0)
    try:
        with path.open("rb"):
            pass
    except PermissionError:
        return path
    path.chmod(0o644)
    pytest.skip("file permissions do not apply to this user (root)")


@pytest.mark.parametrize("command", ["extract", "report"])
def test_an_unreadable_file(
    workspace: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    locked = unreadable(workspace / "news" / "a.txt")
    try:
        code, _, err = run(capsys, command, "news/a.txt")
    finally:
        locked.chmod(0o644)
    assert code == 2
    assert err.splitlines() == ["factcheck: skipped news/a.txt: permission denied"]


def test_an_unreadable_file_without_permissions_at_hand(
    workspace: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same, simulated, so that it also runs as root."""
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "a.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    code, _, err = run(capsys, "extract", "news/a.txt")
    assert code == 2
    assert err.splitlines() == ["factcheck: skipped news/a.txt: permission denied"]


def test_an_unreadable_rule_file(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rule = unreadable(workspace / "rules" / "checks" / "FC101.yaml")
    try:
        code, _, err = run(capsys, "report", "news", "--rules", "rules")
    finally:
        rule.chmod(0o644)
    assert one_error_line(code, err) == ("rules/checks/FC101.yaml: cannot read: Permission denied")


# --------------------------------------------------------------------------- rule files

BROKEN = [
    (
        "yaml syntax error",
        "checks/FC101.yaml",
        RULE.replace("  units: [GPU]", "  units: [GPU"),
        "rules/checks/FC101.yaml:8: YAML syntax error: expected ',' or ']', but got ':'",
    ),
    (
        "unknown key",
        "checks/FC101.yaml",
        RULE.replace("severity: error", "severity: error\ncolour: red"),
        "rules/checks/FC101.yaml:5: [FC101] unknown key 'colour'",
    ),
    (
        "unknown unit",
        "checks/FC101.yaml",
        RULE.replace("units: [GPU]", "units: [GPUs]"),
        "rules/checks/FC101.yaml:7: [FC101] selector.units.0: unknown unit 'GPUs' "
        "(did you mean 'GPU'?)",
    ),
    (
        "unknown unit of an attribute",
        "attributes.yaml",
        ATTRIBUTES.replace("units: [counted]", "units: [counted, widgets]"),
        "rules/attributes.yaml:5: attributes.0.units.1: unknown unit 'widgets' (units are "
        "those of lexicon/units.yaml, categories currency, counted, percent, number, rank, "
        "dimension, temperature, duration)",
    ),
    (
        "duplicate rule id",
        "checks/FC101-copy.yaml",
        RULE,
        "rules/checks/FC101.yaml:1: [FC101] duplicate rule id FC101 "
        "(already defined in rules/checks/FC101-copy.yaml)",
    ),
    (
        "alias claimed by two entities",
        "entities.yaml",
        ENTITIES.replace("[Nvidia, NVIDIA]", "[Nvidia, NVIDIA, MSFT]"),
        "rules/entities.yaml:11: alias 'MSFT' is claimed by 'Microsoft' and 'Nvidia'",
    ),
    (
        "a home name without the country it is at home in",
        "entities.yaml",
        ENTITIES.replace(
            "[Nvidia, NVIDIA]", "[Nvidia, NVIDIA]\n    home_names:\n      en: [Greens]"
        ),
        "rules/entities.yaml:13: home name 'Greens' of 'Nvidia' needs `serves`",
    ),
    (
        "a home name that is also an alias",
        "entities.yaml",
        ENTITIES.replace(
            "[Nvidia, NVIDIA]",
            "[Nvidia, NVIDIA]\n    serves: Germany\n    home_names:\n      en: [MSFT]",
        ),
        "rules/entities.yaml:14: home name 'MSFT' of 'Nvidia' is also an alias",
    ),
    (
        "a home name of two entities of one country",
        "entities.yaml",
        ENTITIES.replace(
            "[Microsoft, MSFT]",
            "[Microsoft, MSFT]\n    serves: France\n    home_names:\n      en: [RN]",
        ).replace(
            "[Nvidia, NVIDIA]",
            "[Nvidia, NVIDIA]\n    serves: France\n    home_names:\n      en: [RN]",
        ),
        "rules/entities.yaml:17: home name 'RN' names 'Microsoft' and 'Nvidia' alike",
    ),
    (
        "a threshold out of range",
        "entities.yaml",
        ENTITIES.replace("alias_threshold: 92", "alias_threshold: 150"),
        "rules/entities.yaml:2: matching.alias_threshold: "
        "input should be less than or equal to 100",
    ),
    (
        "a negative window",
        "attributes.yaml",
        ATTRIBUTES.replace("window: 80", "window: -5"),
        "rules/attributes.yaml:1: window: input should be greater than or equal to 0",
    ),
    (
        "a param of the wrong type",
        "checks/FC101.yaml",
        RULE.replace("tolerance: 0.02", "tolerance: lots"),
        "rules/checks/FC101.yaml:9: [FC101] params.tolerance: expected a number, got 'lots'",
    ),
    (
        "an unknown severity",
        "checks/FC101.yaml",
        RULE.replace("severity: error", "severity: fatal"),
        "rules/checks/FC101.yaml:4: [FC101] severity: input should be 'error', 'warning' or 'info'",
    ),
]


@pytest.mark.parametrize(
    ("name", "file", "content", "expected"), BROKEN, ids=[case[0] for case in BROKEN]
)
def test_a_broken_rules_folder_is_one_line_naming_file_and_line(
    workspace: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    file: str,
    content: str,
    expected: str,
) -> None:
    (workspace / "rules" / file).write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "report", "news", "--rules", "rules")
    assert one_error_line(code, err) == expected
    assert out == ""


@pytest.mark.parametrize("command", ["rules", "explain FC101"])
def test_rules_and_explain_report_a_broken_rule_file_the_same_way(
    workspace: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    (workspace / "rules" / "checks" / "FC101.yaml").write_text(
        RULE.replace("units: [GPU]", "units: [GPUs]"), encoding="utf-8"
    )
    code, _, err = run(capsys, *command.split(), "--rules", "rules")
    assert one_error_line(code, err).startswith("rules/checks/FC101.yaml:7: [FC101] ")


@pytest.mark.parametrize(
    ("name", "file", "content", "expected"), BROKEN[:3], ids=[case[0] for case in BROKEN[:3]]
)
def test_debug_shows_the_traceback(
    workspace: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    file: str,
    content: str,
    expected: str,
) -> None:
    (workspace / "rules" / file).write_text(content, encoding="utf-8")
    code, _, err = run(capsys, "--debug", "report", "news", "--rules", "rules")
    assert code == 2
    assert err.startswith("Traceback (most recent call last):")
    assert err.splitlines()[-1] == f"factcheck: error: {expected}"


def test_no_error_is_a_traceback_in_a_real_process(workspace: Path) -> None:
    """The console script itself, as a user runs it: one line, exit 2."""
    import subprocess
    import sys

    (workspace / "rules" / "entities.yaml").write_text(
        ENTITIES.replace("alias_threshold: 92", "alias_threshold: 150"), encoding="utf-8"
    )
    result = subprocess.run(
        [sys.executable, "-m", "factcheck", "report", "news", "--rules", "rules"],
        capture_output=True,
        text=True,
        cwd=workspace,
        env={**os.environ, "NO_COLOR": "1"},
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr == (
        "factcheck: error: rules/entities.yaml:2: matching.alias_threshold: "
        "input should be less than or equal to 100\n"
    )
