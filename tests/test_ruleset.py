"""Rule files: strict validation with `path:line: [id] reason` errors, safe YAML only."""

from __future__ import annotations

from pathlib import Path
from typing import get_args, get_origin

import pytest

from factcheck.checks.registry import CHECKS
from factcheck.errors import ConfigError, RuleFileError
from factcheck.lexicon.yamlfile import load_yaml
from factcheck.models import CheckKind
from factcheck.ruleset import (
    Rule,
    default_rules_dir,
    explain,
    load_rule_file,
    load_rules,
    param_defaults,
    param_types,
    rules_markdown,
)

VALID = """\
id: FC101
name: gpu-count-conflict
description: Two sources give different GPU counts for the same cluster.
severity: error
check: value-conflict
selector:
  units: [GPU]
examples:
  must_flag:
    - name: different counts
      sources:
        - text: Microsoft trained MAI-1 on 15,000 H100 GPUs.
          lang: en
        - Microsoft hat MAI-1 auf 20.000 H100-GPUs trainiert.
  must_pass:
    - name: same count
      sources:
        - Microsoft trained MAI-1 on 15,000 H100 GPUs.
        - Microsoft trainierte MAI-1 mit 15.000 GPUs.
      note: rounding is not a conflict
"""


def write(folder: Path, text: str, name: str = "rule.yaml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def replace_line(old: str, new: str) -> str:
    assert old in VALID
    return VALID.replace(old, new)


def error_of(path: Path) -> str:
    with pytest.raises(RuleFileError) as info:
        load_rule_file(path)
    return str(info.value)


def test_valid_rule_loads_with_defaults(tmp_path: Path) -> None:
    path = write(tmp_path, VALID)
    rule = load_rule_file(path)
    assert rule.id == "FC101"
    assert rule.path == str(path)
    assert rule.enabled
    assert rule.selector.units == ("GPU",)
    assert rule.selector.attributes == ()
    assert rule.params == {}
    assert rule.param("tolerance") == 0.02
    assert rule.param("approx_tolerance") == 0.05
    assert rule.examples.must_flag[0].sources[0].lang == "en"
    assert "path" not in rule.model_dump()


def test_str_source_is_accepted(tmp_path: Path) -> None:
    rule = load_rule_file(write(tmp_path, VALID))
    source = rule.examples.must_flag[0].sources[1]
    assert source.text == "Microsoft hat MAI-1 auf 20.000 H100-GPUs trainiert."
    assert source.lang is None


def test_given_params_override_defaults(tmp_path: Path) -> None:
    text = replace_line(
        "check: value-conflict\n", "check: scale-error\nparams:\n  factors: [1e3, 1000000]\n"
    )
    rule = load_rule_file(write(tmp_path, text))
    assert rule.param("factors") == [1000.0, 1000000.0]
    assert rule.param("factor_tolerance") == 0.05


def test_yaml_syntax_error_reports_path_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, replace_line("severity: error\n", "severity: [error\n"))
    message = error_of(path)
    assert message.startswith(f"{path}:")
    assert "YAML syntax error:" in message


def test_yaml_syntax_error_line_exact(tmp_path: Path) -> None:
    path = write(tmp_path, "id: FC101\nname: x\n  bad: indent\n")
    assert error_of(path) == f"{path}:3: YAML syntax error: mapping values are not allowed here"


def test_unknown_key_reports_its_line_and_name(tmp_path: Path) -> None:
    path = write(
        tmp_path, replace_line("check: value-conflict\n", "check: value-conflict\ntolerence: 1\n")
    )
    assert error_of(path) == f"{path}:6: [FC101] unknown key 'tolerence'"


def test_nested_unknown_key_reports_dotted_path(tmp_path: Path) -> None:
    path = write(tmp_path, replace_line("  units: [GPU]\n", "  unit: [GPU]\n"))
    assert error_of(path) == f"{path}:7: [FC101] unknown key 'selector.unit'"


def test_missing_key(tmp_path: Path) -> None:
    path = write(tmp_path, replace_line("severity: error\n", ""))
    assert error_of(path) == f"{path}:1: [FC101] missing key 'severity'"


def test_bad_severity(tmp_path: Path) -> None:
    path = write(tmp_path, replace_line("severity: error\n", "severity: fatal\n"))
    assert error_of(path) == (
        f"{path}:4: [FC101] severity: input should be 'error', 'warning' or 'info'"
    )


def test_unknown_check_type(tmp_path: Path) -> None:
    path = write(tmp_path, replace_line("check: value-conflict\n", "check: value-clash\n"))
    assert error_of(path) == (
        f"{path}:5: [FC101] check: input should be 'value-conflict', 'scale-error', "
        "'unit-mismatch', 'attribution-conflict', 'time-conflict', 'unsupported', "
        "'implausible' or 'conversion-rate'"
    )


def test_unknown_param_for_check(tmp_path: Path) -> None:
    text = replace_line(
        "check: value-conflict\n", "check: value-conflict\nparams:\n  factors: [10]\n"
    )
    path = write(tmp_path, text)
    assert error_of(path) == (
        f"{path}:7: [FC101] params.factors: unknown param 'factors' for check value-conflict "
        "(allowed: approx_tolerance, bound_reach, intraday_ratio, part_ratio, revision_ratio, "
        "stated_precision, sure_ratio, tolerance)"
    )


def test_wrong_param_type(tmp_path: Path) -> None:
    text = replace_line(
        "check: value-conflict\n",
        "check: value-conflict\nparams:\n  tolerance: 0.1\n  approx_tolerance: lots\n",
    )
    path = write(tmp_path, text)
    assert (
        error_of(path)
        == f"{path}:8: [FC101] params.approx_tolerance: expected a number, got 'lots'"
    )


def test_bool_is_not_a_number_param(tmp_path: Path) -> None:
    text = replace_line(
        "check: value-conflict\n", "check: value-conflict\nparams:\n  tolerance: yes\n"
    )
    path = write(tmp_path, text)
    assert error_of(path) == f"{path}:7: [FC101] params.tolerance: expected a number, got True"


def test_bad_id_pattern(tmp_path: Path) -> None:
    path = write(tmp_path, replace_line("id: FC101\n", "id: fc-1\n"))
    assert (
        error_of(path) == f"{path}:1: [fc-1] id: string should match pattern '^[A-Z]{{2}}\\d{{3}}$'"
    )


def test_too_few_sources_points_at_the_example(tmp_path: Path) -> None:
    text = replace_line("        - Microsoft trainierte MAI-1 mit 15.000 GPUs.\n", "")
    path = write(tmp_path, text)
    assert error_of(path) == (
        f"{path}:17: [FC101] examples.must_pass.0.sources: "
        "a report example needs at least two sources"
    )


def test_path_key_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path, VALID + "path: elsewhere.yaml\n")
    assert error_of(path) == f"{path}:21: [FC101] unknown key 'path'"


def test_duplicate_key_reports_second_line(tmp_path: Path) -> None:
    path = write(tmp_path, replace_line("severity: error\n", "severity: error\nseverity: info\n"))
    assert error_of(path) == f"{path}:5: duplicate key 'severity'"


def test_empty_file(tmp_path: Path) -> None:
    path = write(tmp_path, "# nothing here\n")
    assert error_of(path) == f"{path}: empty file"


def test_not_a_mapping(tmp_path: Path) -> None:
    path = write(tmp_path, "- id: FC101\n")
    assert error_of(path) == f"{path}:1: a rule file must be a mapping, not a list"


def test_python_tags_are_rejected_not_executed(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    text = VALID.replace(
        "description: Two",
        f"description: !!python/object/apply:os.system ['touch {marker}']\nx: Two",
    )
    path = write(tmp_path, text)
    assert error_of(path) == f"{path}:3: unsupported YAML tag !!python/object/apply:os.system"
    assert not marker.exists()


def test_custom_tag_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path, "id: !env FC101\n")
    assert error_of(path) == f"{path}:1: unsupported YAML tag !env"


def test_recursive_alias_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path, "a: &x\n  b: *x\n")
    assert error_of(path) == f"{path}:2: recursive YAML alias"


def test_line_map_falls_back_to_parent(tmp_path: Path) -> None:
    _, lines = load_yaml(write(tmp_path, VALID))
    assert lines.line_of(("examples", "must_flag", 0, "sources", 1)) == 14
    assert lines.line_of(("examples", "must_flag", 0, "nope", "deeper")) == 10
    assert lines.line_of(("selector", "function-before[...]", "units")) == 7
    assert lines.line_of(()) == 1


def test_duplicate_id_across_files_names_second_file(tmp_path: Path) -> None:
    checks = tmp_path / "rules" / "checks"
    first = write(checks, VALID, "a.yaml")
    second = write(checks, "# copy\n" + VALID.replace("gpu-count", "gpu-number"), "b.yml")
    with pytest.raises(RuleFileError) as info:
        load_rules([tmp_path / "rules"])
    assert str(info.value) == (
        f"{second}:2: [FC101] duplicate rule id FC101 (already defined in {first})"
    )


def test_load_rules_sorted_and_ignores_data_files(tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    write(folder, "entities: []\n", "entities.yaml")
    write(folder / "checks", VALID.replace("FC101", "FC200"), "z.yaml")
    write(folder / "checks", VALID, "y.yaml")
    write(folder / "checks", "not yaml at all: [", "notes.txt")
    assert [rule.id for rule in load_rules([folder])] == ["FC101", "FC200"]


def test_missing_rules_folder(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"^rules folder not found: .*nowhere$"):
        load_rules([tmp_path / "nowhere"])


def test_explain_contains_examples_and_defaults(tmp_path: Path) -> None:
    text = explain(load_rule_file(write(tmp_path, VALID)))
    assert text.startswith("FC101 gpu-count-conflict\n")
    assert "severity: error" in text
    assert "units: GPU" in text
    assert "tolerance=0.02 (default)" in text
    assert "Must flag:\n  - different counts\n" in text
    assert "      [en] Microsoft trained MAI-1 on 15,000 H100 GPUs.\n" in text
    assert "      Microsoft hat MAI-1 auf 20.000 H100-GPUs trainiert.\n" in text
    assert "Must pass:\n  - same count\n" in text
    assert "note: rounding is not a conflict" in text


def test_rules_markdown_has_a_section_per_rule(tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    write(folder / "checks", VALID, "fc101.yaml")
    write(folder / "checks", VALID.replace("FC101", "FC102"), "fc102.yaml")
    markdown = rules_markdown(load_rules([folder]))
    assert markdown.startswith("# Rules\n")
    assert "## FC101 gpu-count-conflict" in markdown
    assert "## FC102 gpu-count-conflict" in markdown
    assert "- File: `checks/fc101.yaml`" in markdown
    assert str(tmp_path) not in markdown


def test_every_check_kind_declares_its_params() -> None:
    """Each check module declares its params once; defaults have the declared types."""
    assert set(CHECKS) == set(get_args(CheckKind))
    for check in CHECKS:
        for name, value in param_defaults(check).items():
            expected = param_types(check)[name]
            plain = get_origin(expected) or expected  # list[float], list[Limit]: a list
            assert isinstance(value, plain), (check, name)


def test_unknown_param_name_in_code_is_a_key_error(tmp_path: Path) -> None:
    rule = load_rule_file(write(tmp_path, VALID))
    with pytest.raises(KeyError):
        rule.param("factors")
    assert isinstance(rule, Rule)


def test_default_rules_dir_is_the_checkout_rules_folder() -> None:
    assert default_rules_dir().name in ("rules", "_rules")
