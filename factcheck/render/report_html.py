"""The cross-source report as one self-contained HTML page.

The page shows the sources side by side with every claim highlighted in place,
so a reader can see a disputed figure in its context. Articles are untrusted
input: the template escapes everything (Jinja2 autoescape), highlighting is done
by slicing the text at the claim offsets into plain-string segments that the
template escapes one by one, and no markup is ever built from source text in
Python. The page loads nothing (no scripts, no external URLs) and says so in a
Content-Security-Policy.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from factcheck.models import DocumentStatus, Finding, Group, ReportClaim
from factcheck.render.view import (
    ReportView,
    figure,
    figure_with_unit,
    group_title,
    one_line,
    summary_lines,
    ungrouped_reason,
)

if TYPE_CHECKING:
    from jinja2 import Environment

    from factcheck.models import ReportData

TEMPLATE = "report.html.j2"


@dataclass(frozen=True)
class Segment:
    """A piece of a document's text; `claim` is set when it is (part of) a claim."""

    text: str
    claim: str | None = None
    title: str = ""
    severity: str | None = None


@dataclass(frozen=True)
class SourceView:
    """One document column: its text cut into segments, or only its claims when the
    report kept no text (then `segments` is empty and `claims` lists them)."""

    anchor: str
    status: DocumentStatus
    segments: tuple[Segment, ...]
    claims: tuple[Segment, ...]


@dataclass(frozen=True)
class ClaimLine:
    """A claim as listed under a finding or a group, with its sentence."""

    id: str
    file: str
    text: str
    figure: str
    unit: str
    before: str
    after: str
    severity: str | None


@dataclass(frozen=True)
class FindingView:
    finding: Finding
    claims: tuple[ClaimLine, ...]


@dataclass(frozen=True)
class GroupView:
    group: Group
    title: str
    claims: tuple[ClaimLine, ...]
    rules: tuple[str, ...]


def claim_title(claim: ReportClaim) -> str:
    """The tooltip of a highlighted claim: "≈500,000 GPU, Microsoft / gpu_purchases"."""
    return f"{figure_with_unit(claim)}, {claim.subject or '?'} / {claim.attribute or '?'}"


def segments(text: str, claims: list[ReportClaim], severity: dict[str, str]) -> list[Segment]:
    """The text cut at the claim offsets. A claim overlapping an earlier one keeps only
    its part after it (or an empty mark), so every claim still has its anchor."""
    result: list[Segment] = []
    position = 0
    for claim in sorted(claims, key=lambda c: (c.start, -c.end, c.id)):
        if claim.start > position:
            result.append(Segment(text[position : claim.start]))
        start = max(claim.start, position)
        end = max(claim.end, start)
        result.append(
            Segment(text[start:end], claim.id, claim_title(claim), severity.get(claim.id))
        )
        position = max(position, end)
    if position < len(text):
        result.append(Segment(text[position:]))
    return result


def located(claim: ReportClaim, text: str) -> bool:
    """Offsets are trusted only where they still point at the claim's words."""
    return (
        0 <= claim.start <= claim.end <= len(text) and text[claim.start : claim.end] == claim.text
    )


def _source(view: ReportView, index: int, status: DocumentStatus) -> SourceView:
    claims = [c for c in view.ordered_claims if c.file == status.file]
    text = view.data.texts.get(status.file)
    severity = view.claim_severity
    if text is not None:
        inside = [c for c in claims if located(c, text)]
        outside = [c for c in claims if not located(c, text)]
        cut = tuple(segments(text, inside, severity))
    else:
        outside, cut = claims, ()
    listed = tuple(
        Segment(one_line(c.text), c.id, claim_title(c), severity.get(c.id)) for c in outside
    )
    return SourceView(f"doc{index}", status, cut, listed)


def _claim_line(view: ReportView, claim: ReportClaim) -> ClaimLine:
    part = view.excerpt(claim)
    return ClaimLine(
        id=claim.id,
        file=claim.file or "",
        text=one_line(claim.text),
        figure=figure(claim),
        unit=claim.unit,
        before=part.before,
        after=part.after,
        severity=view.claim_severity.get(claim.id),
    )


def _group(view: ReportView, group: Group) -> GroupView:
    return GroupView(
        group=group,
        title=group_title(group),
        claims=tuple(_claim_line(view, c) for c in view.claims_of(group.claim_ids)),
        rules=tuple(sorted({f.rule for f in view.findings_of(group)})),
    )


@lru_cache(maxsize=1)
def environment() -> Environment:
    """Autoescape on for every template whatever its name ("*.html.j2" would not match
    `select_autoescape`), undefined names are errors, not empty strings."""
    from jinja2 import Environment, PackageLoader, StrictUndefined

    return Environment(
        loader=PackageLoader("factcheck.render", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_report(data: ReportData, title: str = "factcheck report") -> str:
    """The page as a string; the same data always gives the same bytes."""
    view = ReportView(data)
    context = {
        "title": title,
        "summary": summary_lines(view),
        "findings": [
            FindingView(f, tuple(_claim_line(view, c) for c in view.claims_of(f.claim_ids)))
            for f in view.findings
        ],
        "sources": [_source(view, i, d) for i, d in enumerate(view.processed, 1)],
        "groups": [_group(view, g) for g in view.data.groups],
        "ungrouped": [(_claim_line(view, c), ungrouped_reason(c)) for c in view.ungrouped],
        "skipped": view.skipped,
    }
    return environment().get_template(TEMPLATE).render(context)
