"""One subject's distinctive digits at two scales, whatever the measure: "227 million
square metres" of production floor in a draft, "227,000 square metres" of floor area
in the sources. Three significant digits or more in one unit rarely recur by chance a
thousand or a million times apart, so the pair is a scale word written wrong even when
the two sentences name the measure differently (and so sit in different blocks, out
of reach of value-conflict's scale verdict).

Claims are keyed by unit and digits in one pass; only claims sharing a key are paired.
Such digits rarely recur by chance, so one side sure of its subject makes the finding
sure (the draft's "It stands on a site of 227 million square metres", after "Tesla's
factory").
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from factcheck.checks.context import CheckContext, describe
from factcheck.checks.wording import ratio_text
from factcheck.extraction.units import unit_category
from factcheck.models import Finding, ReportClaim

if TYPE_CHECKING:
    from factcheck.ruleset import Rule

MIN_DIGITS = 3
BARE = "count"  # the unit of a number written without one


def digit_slips(
    rule: Rule, context: CheckContext, factors: Iterable[float], tolerance: float
) -> list[Finding]:
    """A finding for each pair of related subjects' claims whose digits agree and whose
    values are a scale factor apart, from different files; not an amount per share
    ("2,25 Euro je Aktie" against "2.25亿欧元" of profit: its digits are chance)."""
    by_digits: dict[tuple[str, str], list[ReportClaim]] = defaultdict(list)
    for claim in context.selected(rule, context.claims.values()):
        if _candidate(claim) and not context.is_per_share(claim):
            digits = digits_key(claim.value or 0.0)
            if len(digits) >= MIN_DIGITS:
                by_digits[(claim.unit, digits)].append(claim)
    scales = sorted(factors)
    found: list[Finding] = []
    for members in by_digits.values():
        sides = _per_value(members)
        for i, left in enumerate(sides):
            for right in sides[i + 1 :]:
                a, b = left[0], right[0]
                ratio = _ratio(a, b)
                if a.file == b.file or not _scaled(ratio, scales, tolerance):
                    continue
                if context.one_subject(a, b):
                    found.append(_finding(rule, context, left, right, ratio))
    return found


def _candidate(claim: ReportClaim) -> bool:
    value = claim.value
    return (
        value is not None
        and value > 0
        and claim.subject is not None
        and claim.compared
        and not claim.change
        and claim.unit != BARE  # "mit 8, 70 oder 405": no unit to share
        and not _small_unscaled_sum(claim)
    )


SMALL_AMOUNT = 1000.0


def _small_unscaled_sum(claim: ReportClaim) -> bool:
    """A sum of money under a thousand with no scale word ("$12.9" in a table column
    headed "Revenue ($B)", a share price): its digits meet a result's ("12,9 Mrd.
    Dollar") by chance, never as a scale word dropped."""
    value = claim.value or 0.0
    return unit_category(claim.unit) == "currency" and not claim.scale and value < SMALL_AMOUNT


def digits_key(value: float) -> str:
    """The significant digits, up to six as `significant_digits` counts them ("227" for
    227,000 and for 227 million)."""
    mantissa = f"{value:.5e}"[:7]
    return mantissa.replace(".", "").rstrip("0")


def _per_value(members: list[ReportClaim]) -> list[list[ReportClaim]]:
    """The claims of each value and role, a sure subject first, in a stable order: a
    draft's figure is paired itself, whatever its file's name sorts beside, and a
    finding lists every source that writes each side's figure (the Dutch "1.411.75
    miljard" against each of the six pages that give 1,411.75 million)."""
    by_value: dict[tuple[float, str], list[ReportClaim]] = {}
    ordered = sorted(members, key=lambda c: (not c.subject_sure, c.file or "", c.start))
    for claim in ordered:
        by_value.setdefault((claim.value or 0.0, claim.role), []).append(claim)
    return [by_value[key] for key in sorted(by_value)]


def _ratio(a: ReportClaim, b: ReportClaim) -> float:
    low, high = sorted((a.value or 0.0, b.value or 0.0))
    return high / low


def _scaled(ratio: float, scales: list[float], tolerance: float) -> bool:
    return any(math.isclose(ratio, factor, rel_tol=tolerance) for factor in scales)


def _finding(
    rule: Rule,
    context: CheckContext,
    left: list[ReportClaim],
    right: list[ReportClaim],
    ratio: float,
) -> Finding:
    a, b = left[0], right[0]
    confidence = "high" if a.subject_sure or b.subject_sure else "low"
    subject = a.subject.readable() if a.subject else ""
    return Finding(
        rule=rule.id,
        kind=rule.check,
        severity=context.severity(rule, confidence, within=False, claims=(a, b)),
        message=(
            f"{subject}: {describe(a)} vs {describe(b)}: the same digits "
            f"{ratio_text(ratio)} apart; a scale word written wrong?"
        ),
        claim_ids=tuple(c.id for c in (*left, *right)),
        first_side=len(left),
        ratio=ratio,
        confidence=confidence,
    )
