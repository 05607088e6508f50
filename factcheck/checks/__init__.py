"""The closed set of check types; the rules in `rules/checks/` configure them.

Each check is a function `(rule, context) -> list[Finding]` in a module of its
own. The context holds the claims of a report, blocked for comparison.
"""

from __future__ import annotations

from collections.abc import Callable

from factcheck.checks import attribution, time_conflict, unit_mismatch, value_conflict
from factcheck.checks.context import CheckContext
from factcheck.models import Finding
from factcheck.ruleset import Rule

Check = Callable[[Rule, CheckContext], list[Finding]]

CHECKS: dict[str, Check] = {
    "value-conflict": value_conflict.run_value_conflict,
    "scale-error": value_conflict.run_scale_error,
    "unit-mismatch": unit_mismatch.run,
    "attribution-conflict": attribution.run,
    "time-conflict": time_conflict.run,
    "unsupported": lambda rule, context: [],  # a verdict of `factcheck check`, see check.py
}


def run_rules(rules: list[Rule], context: CheckContext) -> list[Finding]:
    """Every enabled rule over the context, findings in a stable order."""
    findings: list[Finding] = []
    for rule in rules:
        if rule.enabled:
            findings.extend(CHECKS[rule.check](rule, context))
    return sorted(findings, key=lambda f: (f.rule, f.claim_ids, f.message))
