"""What a draft check says of a draft figure, in words: who and what it is about, the
sources that say otherwise, and why they disagree."""

from __future__ import annotations

import math

from factcheck.checks.wording import amount, ratio_text, unit_text
from factcheck.models import Finding, ReportClaim


def about(claim: ReportClaim, labels: dict[str, str]) -> str:
    """ "MAI-1 / model parameters (2024)": who and what, in words."""
    subject = claim.subject.readable() if claim.subject else "?"
    attribute = claim.attribute
    if attribute is None or attribute.generic:
        what = f"{attribute.category} figures" if attribute else "figures"
    else:
        what = labels.get(attribute.name or "", attribute.name or "")
    return f"{subject} / {what}" + (f" ({claim.time})" if claim.time else "")


def sources_text(claims: list[ReportClaim]) -> str:
    shown = [f"{amount(c)} in {c.file}" for c in claims[:3]]
    more = f" and {len(claims) - 3} more" if len(claims) > 3 else ""
    return ", ".join(shown) + more


def problem_message(
    claim: ReportClaim, finding: Finding, sources: list[ReportClaim], labels: dict[str, str]
) -> str:
    said, draft, what = sources_text(sources), amount(claim), about(claim, labels)
    if finding.kind == "value-conflict":
        ratio = f" ({ratio_text(finding.ratio)} apart)" if finding.ratio else ""
        return f"{what}: the draft says {draft}, the sources say {said}{ratio}"
    if finding.kind == "scale-error":
        ratio = finding.ratio or math.nan
        factor = 10 ** round(math.log10(ratio)) if math.isfinite(ratio) and ratio > 0 else ratio
        return (
            f"{what}: the draft says {draft}, the sources say {said}: "
            f"{ratio_text(ratio)} apart, close to {factor:,g}; a scale word read wrong?"
        )
    if finding.kind == "unit-mismatch":
        units = ", ".join(dict.fromkeys(unit_text(s.unit) for s in sources))
        has = unit_text(claim.unit)
        return f"{what}: the draft has {has} ({draft}), the sources {units} ({said})"
    if finding.kind == "attribution-conflict":
        owners = ", ".join(
            dict.fromkeys(s.subject.readable() if s.subject else "?" for s in sources)
        )
        subject = claim.subject.readable() if claim.subject else "?"
        return f"{draft} is said of {subject} here, but the sources say it of {owners} ({said})"
    if finding.kind == "time-conflict":
        times = ", ".join(dict.fromkeys(s.time or s.as_of or "no period" for s in sources))
        return f"{what}: the draft dates {draft} to {claim.time}, the sources to {times} ({said})"
    return finding.message


def misreported_message(
    claim: ReportClaim,
    agreeing: list[ReportClaim],
    own: list[ReportClaim],
    labels: dict[str, str],
) -> str:
    """ "the draft gives 430,000 people to police, the sources to organisers (…);
    police says 138,000 people in …": the figure right, its reporter wrong."""
    theirs = ", ".join(sorted({c.reported_by or "" for c in agreeing}))
    return (
        f"{about(claim, labels)}: the draft gives {amount(claim)} to {claim.reported_by}, "
        f"the sources to {theirs} ({sources_text(agreeing)}); {claim.reported_by} says "
        f"{sources_text(own)}"
    )


def reported_later_message(
    claim: ReportClaim, sources: list[ReportClaim], labels: dict[str, str]
) -> str:
    """No source dates the draft's period; those published right after it, naming no
    period, give another figure: the message says which and that the period is read."""
    return (
        f"{about(claim, labels)}: the draft says {amount(claim)}; no source dates a figure "
        f"for {claim.time}, and those published soon after it without a period say "
        f"{sources_text(sources)}"
    )
