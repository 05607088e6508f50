"""unsupported (FC100): a draft figure no source gives. It is a verdict of the draft
check (`runs.verdicts`), not a comparison of claims, so its run finds nothing in a
report; this module declares its parameters and what counts as a bare count."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.checks.context import CheckContext
from factcheck.checks.params import CheckParams
from factcheck.models import Finding, ReportClaim

if TYPE_CHECKING:
    from factcheck.ruleset import Rule


class UnsupportedParams(CheckParams):
    min_bare_count: float = 2.0


def run(rule: Rule, context: CheckContext) -> list[Finding]:
    return []


def is_bare_count(claim: ReportClaim, generic: str, below: float) -> bool:
    """'One analyst said', 'one of the largest': a count that names nothing counted and
    matches no attribute (`generic`), below the rule's threshold, is prose, not a figure
    to source."""
    high = claim.high if claim.high is not None else claim.value
    return (
        claim.unit == "count"
        and claim.attribute == generic
        and high is not None
        and abs(high) < below
    )
