"""implausible: a figure no source is needed to doubt ("20 billion people", "2.5
billion votes" in a Dutch election, "956 million births" in a year): it is above a
limit the world sets, so a scale word is almost certainly wrong.

The limits are declarative (the rule file's `limits`): a unit ("person") or an
attribute ("births") and the highest figure it can reach, with the reason an editor
reads. The lowest reading of a claim is what counts: "2 to 9 billion people" passes,
"more than 9 billion people" does not. A unit limit is sure only when the claim writes
its unit: a bare "4万亿" that took its unit from the words around it ("销量" a line
before) may be of something else, so it is information, not an alarm.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field, model_validator

from factcheck.checks.context import CheckContext, describe
from factcheck.checks.params import CheckParams
from factcheck.checks.wording import number_text
from factcheck.extraction.counted import writes_a_word
from factcheck.models import Confidence, Finding, ReportClaim

if TYPE_CHECKING:
    from factcheck.ruleset import Rule


class Limit(BaseModel):
    """The highest figure a unit or an attribute can reach, and why."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    unit: str | None = None
    attribute: str | None = None
    max: float
    because: str

    @model_validator(mode="after")
    def _names_what(self) -> Limit:
        if (self.unit is None) == (self.attribute is None):
            raise ValueError("a limit names a unit or an attribute, not both")
        return self

    def applies(self, claim: ReportClaim) -> bool:
        if self.unit is not None:
            return claim.unit == self.unit
        return claim.attribute is not None and claim.attribute.name == self.attribute


class ImplausibleParams(CheckParams):
    limits: list[Limit] = Field(default_factory=list)


def run(rule: Rule, context: CheckContext) -> list[Finding]:
    limits = [Limit.model_validate(limit) for limit in rule.param("limits")]
    findings = []
    for claim in context.selected(rule, context.claims.values()):
        broken = _broken(limits, claim)
        if broken is not None:
            findings.append(_finding(rule, context, claim, broken))
    return findings


def _broken(limits: list[Limit], claim: ReportClaim) -> Limit | None:
    """The first limit the claim's lowest reading is above, if any."""
    if not claim.compared or claim.change or claim.bound in ("lt", "le"):
        return None
    low = claim.low if claim.low is not None else claim.value
    if low is None:
        return None
    return next((limit for limit in limits if limit.applies(claim) and low > limit.max), None)


def _finding(rule: Rule, context: CheckContext, claim: ReportClaim, limit: Limit) -> Finding:
    sure = limit.unit is None or writes_a_word(claim.text, claim.scale, claim.hedge, claim.lang)
    confidence: Confidence = "high" if sure else "low"
    return Finding(
        rule=rule.id,
        kind=rule.check,
        severity=context.severity(rule, confidence, within=False, claims=(claim,)),
        message=(
            f"{describe(claim)}: {limit.because} (at most {number_text(limit.max)}); "
            "a scale word read wrong?"
        ),
        claim_ids=(claim.id,),
        confidence=confidence,
    )
