"""The closed set of check kinds: for each, the function that runs it and the model
of its parameters. Rule files name a kind in `check:` and tune its parameters."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from factcheck.checks import (
    agreement,
    attribution,
    conversion_rate,
    implausible,
    time_conflict,
    unit_mismatch,
    unsupported,
    value_conflict,
)
from factcheck.checks.context import CheckContext
from factcheck.checks.params import CheckParams
from factcheck.models import Finding

if TYPE_CHECKING:
    from factcheck.ruleset import Rule

Check = Callable[["Rule", CheckContext], list[Finding]]

CHECKS: dict[str, tuple[Check, type[CheckParams]]] = {
    "value-conflict": (value_conflict.run_value_conflict, agreement.ValueConflictParams),
    "scale-error": (value_conflict.run_scale_error, agreement.ScaleErrorParams),
    "unit-mismatch": (unit_mismatch.run, unit_mismatch.UnitMismatchParams),
    "attribution-conflict": (attribution.run, attribution.AttributionParams),
    "time-conflict": (time_conflict.run, time_conflict.TimeConflictParams),
    "unsupported": (unsupported.run, unsupported.UnsupportedParams),
    "implausible": (implausible.run, implausible.ImplausibleParams),
    "conversion-rate": (conversion_rate.run, conversion_rate.ConversionRateParams),
}


def params_model(check: str) -> type[CheckParams]:
    """The parameter model a check kind declares."""
    return CHECKS[check][1]
