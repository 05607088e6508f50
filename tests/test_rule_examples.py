"""Every shipped rule carries its own examples; each must-flag example must make the
rule fire and each must-pass example must not (sqlfluff-style rule fixtures)."""

from __future__ import annotations

import pytest

from factcheck.knowledge import Knowledge
from factcheck.ruleset import Example, Rule, default_rules_dir, load_rules
from factcheck.runs.checking import check_texts
from factcheck.runs.reporting import report_texts

RULES = load_rules([default_rules_dir()])
BASE = Knowledge.from_dirs()


def _cases(kind: str) -> list:
    return [
        pytest.param(rule, example, id=f"{rule.id}-{example.name}")
        for rule in RULES
        for example in getattr(rule.examples, kind)
    ]


def _fired(rule: Rule, example: Example) -> list:
    """The rule's findings: in a report of the sources, or against the draft when there is one."""
    knowledge = Knowledge(BASE.entities, BASE.attributes, [rule])
    texts = [(f"source{i}.txt", s.text, s.lang) for i, s in enumerate(example.sources, 1)]
    if example.draft is not None:
        draft = ("draft.txt", example.draft.text, example.draft.lang)
        return [f for f in check_texts(draft, texts, knowledge).findings if f.rule == rule.id]
    return [f for f in report_texts(texts, knowledge).findings if f.rule == rule.id]


def test_every_check_type_has_a_rule() -> None:
    assert {r.check for r in RULES} == {
        "value-conflict",
        "scale-error",
        "unit-mismatch",
        "attribution-conflict",
        "time-conflict",
        "unsupported",
        "implausible",
        "conversion-rate",
    }


@pytest.mark.parametrize(("rule", "example"), _cases("must_flag"))
def test_must_flag(rule: Rule, example: Example) -> None:
    findings = _fired(rule, example)
    assert findings, f"{rule.id} did not flag {example.name!r}"
    assert all(f.kind == rule.check for f in findings)
    for finding in findings:  # a must-flag example is sure of subject and period: an alarm
        assert getattr(finding, "confidence", "high") == "high", example.name
        assert finding.severity == (example.severity or rule.severity)


@pytest.mark.parametrize(("rule", "example"), _cases("must_pass"))
def test_must_pass(rule: Rule, example: Example) -> None:
    assert _fired(rule, example) == [], f"{rule.id} flagged {example.name!r}"
