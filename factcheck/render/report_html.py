"""The cross-source report as one self-contained HTML review page.

The page shows the sources side by side with every claim highlighted in place,
so a reader can see a disputed figure in its context, and a findings list that
filters by severity, rule, file and language. Each highlighted claim links to its
findings and each finding to its claims.

Articles are untrusted input: the template escapes everything (Jinja2
autoescape), highlighting is done by slicing the text at the claim offsets into
plain-string segments that the template escapes one by one, and no markup is
ever built from source text in Python. The page loads nothing. Its only style
and script are the package's own report.css and report.js, inlined verbatim, and
its Content-Security-Policy names exactly their sha256 hashes, so even markup
that slipped through could neither run nor restyle the page.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING, NamedTuple

from factcheck.models import DocumentStatus, Finding, Group, ReportClaim
from factcheck.render.view import (
    ReportView,
    figure,
    figure_with_unit,
    group_title,
    one_line,
    severity_rank,
    summary_lines,
    ungrouped_reason,
)

if TYPE_CHECKING:
    from jinja2 import Environment

    from factcheck.models import ReportData

TEMPLATE = "report.html.j2"
STYLE = "report.css"
SCRIPT = "report.js"
# Text that would end the inline element early (or, in a script, change how the
# parser reads it); the assets are ours, this only guards against a careless edit.
_CLOSERS = {STYLE: ("</style",), SCRIPT: ("</script", "<!--", "<script")}


@dataclass(frozen=True)
class Segment:
    """A piece of a document's text; `claim` is set when it is (part of) a claim."""

    text: str
    claim: str | None = None
    title: str = ""
    severity: str | None = None
    findings: tuple[str, ...] = ()  # anchors of the findings the claim is part of


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
    """A finding with its number on the page and what the filters match it by: the
    anchors of its documents and their languages, as space-separated tokens."""

    finding: Finding
    number: int
    claims: tuple[ClaimLine, ...]
    docs: str
    langs: str

    @property
    def anchor(self) -> str:
        return f"f{self.number}"


class Filters(NamedTuple):
    """The choices the filter bar offers: only values some finding has."""

    severities: list[tuple[str, int]]
    rules: list[str]
    files: list[tuple[str, str]]  # (anchor, file)
    langs: list[str]


@dataclass(frozen=True)
class GroupView:
    group: Group
    title: str
    claims: tuple[ClaimLine, ...]
    rules: tuple[str, ...]


def claim_title(claim: ReportClaim) -> str:
    """The tooltip of a highlighted claim: "≈500,000 GPU, Microsoft / gpu_purchases"."""
    return f"{figure_with_unit(claim)}, {claim.subject or '?'} / {claim.attribute or '?'}"


def segments(
    text: str,
    claims: list[ReportClaim],
    severity: Mapping[str, str],
    findings: Mapping[str, tuple[str, ...]] | None = None,
) -> list[Segment]:
    """The text cut at the claim offsets. A claim overlapping an earlier one keeps only
    its part after it (or an empty mark), so every claim still has its anchor."""
    findings = findings or {}
    result: list[Segment] = []
    position = 0
    for claim in sorted(claims, key=lambda c: (c.start, -c.end, c.id)):
        if claim.start > position:
            result.append(Segment(text[position : claim.start]))
        start = max(claim.start, position)
        end = max(claim.end, start)
        result.append(
            Segment(
                text[start:end],
                claim.id,
                claim_title(claim),
                severity.get(claim.id),
                findings.get(claim.id, ()),
            )
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


def claim_findings(view: ReportView) -> dict[str, tuple[str, ...]]:
    """Each claim's findings as page anchors ("f1", "f3"), in the findings' order."""
    result: dict[str, list[str]] = {}
    for number, finding in enumerate(view.findings, 1):
        for claim_id in dict.fromkeys(finding.claim_ids):
            result.setdefault(claim_id, []).append(f"f{number}")
    return {claim_id: tuple(anchors) for claim_id, anchors in result.items()}


def _source(
    view: ReportView, index: int, status: DocumentStatus, findings: dict[str, tuple[str, ...]]
) -> SourceView:
    claims = [c for c in view.ordered_claims if c.file == status.file]
    text = view.data.texts.get(status.file)
    severity = view.claim_severity
    if text is not None:
        inside = [c for c in claims if located(c, text)]
        outside = [c for c in claims if not located(c, text)]
        cut = tuple(segments(text, inside, severity, findings))
    else:
        outside, cut = claims, ()
    listed = tuple(
        Segment(one_line(c.text), c.id, claim_title(c), severity.get(c.id), findings.get(c.id, ()))
        for c in outside
    )
    return SourceView(f"doc{index}", status, cut, listed)


def token(value: str) -> str:
    """A value as one space-free token, so the script can split a list of them."""
    return "_".join(value.split()) or "?"


def _finding(
    view: ReportView, number: int, finding: Finding, sources: Mapping[str, SourceView]
) -> FindingView:
    claims = view.claims_of(finding.claim_ids)
    shown = [sources[c.file] for c in claims if c.file in sources]
    docs = dict.fromkeys(s.anchor for s in shown)
    langs = dict.fromkeys(token(s.status.lang or "?") for s in shown)
    return FindingView(
        finding=finding,
        number=number,
        claims=tuple(_claim_line(view, c) for c in claims),
        docs=" ".join(docs),
        langs=" ".join(sorted(langs)),
    )


def _filters(findings: list[FindingView], sources: list[SourceView]) -> Filters:
    counts: dict[str, int] = {}
    for item in findings:
        counts[item.finding.severity] = counts.get(item.finding.severity, 0) + 1
    used_docs = {anchor for item in findings for anchor in item.docs.split()}
    return Filters(
        severities=sorted(counts.items(), key=lambda pair: (-severity_rank(pair[0]), pair[0])),
        rules=sorted({item.finding.rule for item in findings}),
        files=[(s.anchor, s.status.file) for s in sources if s.anchor in used_docs],
        langs=sorted({lang for item in findings for lang in item.langs.split()}),
    )


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


def csp_hash(content: str) -> str:
    """A CSP source expression that allows exactly this inline element's content."""
    digest = hashlib.sha256(content.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


@cache
def asset(name: str) -> str:
    """One of the page's inline assets, read from the package like the template."""
    text = (files("factcheck.render") / "templates" / name).read_text(encoding="utf-8")
    for closer in _CLOSERS.get(name, ()):
        if closer in text.lower():
            raise ValueError(f"{name} must not contain {closer!r}: it would end the element")
    return text


def content_security_policy(style: str, script: str) -> str:
    """Nothing loads, nothing but the page's own style and script applies or runs, and
    the (script-only) filter form can submit nowhere."""
    return (
        f"default-src 'none'; style-src {csp_hash(style)}; script-src {csp_hash(script)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )


def render_report(data: ReportData, title: str = "factcheck report") -> str:
    """The page as a string; the same data always gives the same bytes."""
    from markupsafe import Markup

    view = ReportView(data)
    anchors = claim_findings(view)
    sources = [_source(view, i, d, anchors) for i, d in enumerate(view.processed, 1)]
    by_file = {s.status.file: s for s in sources}
    findings = [_finding(view, n, f, by_file) for n, f in enumerate(view.findings, 1)]
    style, script = asset(STYLE), asset(SCRIPT)
    context = {
        "title": title,
        "csp": content_security_policy(style, script),
        # package files checked above, not data: inlined verbatim so the hashes match
        "style": Markup(style),
        "script": Markup(script),
        "summary": summary_lines(view),
        "findings": findings,
        "filters": _filters(findings, sources),
        "sources": sources,
        "groups": [_group(view, g) for g in view.data.groups],
        "ungrouped": [(_claim_line(view, c), ungrouped_reason(c)) for c in view.ungrouped],
        "skipped": view.skipped,
    }
    return environment().get_template(TEMPLATE).render(context)
