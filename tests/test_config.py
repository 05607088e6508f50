"""Configuration: discovery, validation, path confinement, overrides and `factcheck config`."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.config import configured_knowledge, discover, load_configuration
from factcheck.errors import ConfigError

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_discovery_walks_up_and_prefers_factcheck_toml(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.factcheck]\nfail-on = 'warning'\n")
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    assert discover(nested) == tmp_path / "pyproject.toml"
    write(tmp_path / "a" / "factcheck.toml", "fail-on = 'info'\n")
    assert discover(nested) == tmp_path / "a" / "factcheck.toml"


def test_a_pyproject_without_the_section_is_passed_over(tmp_path: Path) -> None:
    write(tmp_path / "factcheck.toml", "fail-on = 'info'\n")
    write(tmp_path / "sub" / "pyproject.toml", "[project]\nname = 'x'\n")
    assert discover(tmp_path / "sub") == tmp_path / "factcheck.toml"


def test_paths_are_relative_to_the_file_and_origins_are_recorded(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    file = write(tmp_path / "factcheck.toml", "sources = ['sources']\ndisable = ['FC104']\n")
    config = load_configuration(file)
    assert config.settings.sources == (str(tmp_path / "sources"),)
    assert config.origins["sources"] == str(file)
    assert config.origins["fail_on"] == "default"
    override = config.override(fail_on="never")
    assert override.settings.fail_on == "never" and override.origins["fail_on"] == "command line"
    rules = {r.id: r for r in configured_knowledge(config).rules}
    assert not rules["FC104"].enabled and rules["FC101"].enabled


@pytest.mark.parametrize(
    "line", ["sources = ['../elsewhere']", "db = '/etc/claims.db'", "baseline = '../b.json'"]
)
def test_paths_may_not_leave_the_configuration_folder(tmp_path: Path, line: str) -> None:
    """Relative paths stay in the project; only `sources` may name an absolute archive."""
    file = write(tmp_path / "project" / "factcheck.toml", f"{line}\n")
    with pytest.raises(ConfigError, match="outside the configuration's folder"):
        load_configuration(file)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("fail-on = 'fatal'\n", "fail-on: input should be 'error', 'warning', 'info' or 'never'"),
        ("colour = true\n", "colour: unknown key"),
        ("lang = 'klingon'\n", "unsupported language 'klingon'"),
        ("sources = [\n", "invalid TOML"),
    ],
)
def test_bad_values_name_the_file_and_key(tmp_path: Path, text: str, message: str) -> None:
    file = write(tmp_path / "factcheck.toml", text)
    with pytest.raises(ConfigError) as error:
        load_configuration(file)
    assert str(error.value).startswith(str(file))
    assert message in str(error.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("disable = ['FC999']\n", "disable: unknown rule FC999"),
        ("[severity]\nFC101 = 'fatal'\n", "severity.FC101"),
        ("[params.FC101]\ntolerancee = 0.1\n", "unknown param 'tolerancee'"),
        ("[params.FC101]\ntolerance = 'wide'\n", "expected a number"),
    ],
)
def test_bad_rule_choices_fail(tmp_path: Path, text: str, message: str) -> None:
    file = write(tmp_path / "factcheck.toml", text)
    with pytest.raises(ConfigError, match=message.replace(".", r"\.")):
        configured_knowledge(load_configuration(file))


def test_severity_and_params_apply_to_the_rules(tmp_path: Path) -> None:
    file = write(
        tmp_path / "factcheck.toml",
        "[severity]\nFC100 = 'warning'\n[params.FC101]\ntolerance = 0.5\n",
    )
    rules = {r.id: r for r in configured_knowledge(load_configuration(file)).rules}
    assert rules["FC100"].severity == "warning"
    assert rules["FC101"].param("tolerance") == 0.5


def test_check_takes_sources_and_fail_on_from_the_configuration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "newsroom"
    write(project / "sources" / "seed.txt", (SEEDS / "000_0a7c5cf6c14c2c78.txt").read_text("utf-8"))
    write(
        project / "pyproject.toml", "[tool.factcheck]\nsources = ['sources']\nfail-on = 'never'\n"
    )
    draft = write(project / "draft.md", "Nvidia's market value hit $4 billion.\n")
    monkeypatch.chdir(project)
    assert main(["check", str(draft)]) == 0
    assert "error [FC102] scale-error" in capsys.readouterr().out
    assert main(["check", str(draft), "--fail-on", "error"]) == 1


def test_config_command_prints_values_and_origins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "factcheck.toml", "fail-on = 'warning'\n[severity]\nFC104 = 'error'\n")
    monkeypatch.chdir(tmp_path)
    assert main(["config"]) == 0
    out = capsys.readouterr().out
    assert f'fail-on = "warning"  # {tmp_path / "factcheck.toml"}' in out
    assert 'severity = {FC104 = "error"}' in out
    assert 'format = "text"  # default' in out


def test_a_bad_configuration_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "factcheck.toml", "fail-on = 'fatal'\n")
    monkeypatch.chdir(tmp_path)
    assert main(["config"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("factcheck: error: ")
