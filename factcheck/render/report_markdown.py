"""The cross-source report as GitHub-flavoured Markdown, for pull requests and wikis.

Source text is untrusted: every piece of it is escaped so that it renders as the
words it is, never as a table border, emphasis, link or raw HTML. Identifiers
(rule ids, attributes, file paths) are shown as code spans.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from factcheck.models import Finding, Group, ReportClaim
from factcheck.render.view import ReportView, figure, one_line, summary_lines, ungrouped_reason

if TYPE_CHECKING:
    from factcheck.models import ReportData

# Characters that would start Markdown syntax or raw HTML; "|" ends a table cell.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~&])")
_TICKS = re.compile(r"`+")


def escape(text: str) -> str:
    """Source text as literal Markdown on one line: newlines would end a table row."""
    return _SPECIAL.sub(r"\\\1", one_line(text))


def code(text: str) -> str:
    """An identifier as a code span; a "|" must still be escaped inside a GFM table.

    The fence is one backtick longer than any run inside, so a file named
    "a``<img src=x onerror=...>" cannot close the span and leave raw HTML behind.
    """
    text = one_line(text).replace("|", "\\|")
    longest = max((len(run) for run in _TICKS.findall(text)), default=0)
    fence = "`" * (longest + 1)
    padding = " " if longest else ""
    return f"{fence}{padding}{text}{padding}{fence}"


def table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    """A GFM table; cells must already be escaped."""
    lines = ["| " + " | ".join(headers) + " |", "|" + " --- |" * len(headers)]
    lines += ["| " + " | ".join(cell or " " for cell in row) + " |" for row in rows]
    return [*lines, ""]


def render_report(data: ReportData) -> str:
    """The whole report; ends with exactly one newline."""
    view = ReportView(data)
    lines = ["# factcheck report", "", "## Summary", ""]
    lines += [f"- {escape(line)}" for line in summary_lines(view)]
    lines.append("")
    lines += _documents(view)
    lines += _findings(view)
    lines += _multi_source(view)
    lines += _single_source(view)
    lines += _ungrouped(view)
    lines += _skipped(view)
    return "\n".join(lines).rstrip("\n") + "\n"


def _sentence(view: ReportView, claim: ReportClaim) -> str:
    """The sentence with the claim's words in bold; the source's own spacing is kept, so
    "的**6 到 10 倍**。" stays as written."""
    part = view.excerpt(claim)
    return f"{_escape_raw(part.before)}**{escape(part.claim)}**{_escape_raw(part.after)}"


def _escape_raw(text: str) -> str:
    """Like `escape` but keeps the spaces at the edges, where the text meets the claim
    (excerpt pieces are already on one line)."""
    return _SPECIAL.sub(r"\\\1", text)


def _documents(view: ReportView) -> list[str]:
    rows = [
        (code(d.file), escape(d.lang or ""), escape(d.date or ""), str(d.claims))
        for d in view.processed
    ]
    notes = [f"- {code(d.file)}: {escape(d.note or '')}" for d in view.noted]
    return [
        "### Documents",
        "",
        *table(("File", "Lang", "Date", "Claims"), rows),
        *([*notes, ""] if notes else []),
    ]


def _findings(view: ReportView) -> list[str]:
    lines = [f"## Findings ({len(view.findings)})", ""]
    if not view.findings:
        lines += ["No rule found a problem.", ""]
    for number, finding in enumerate(view.findings, 1):
        lines += _finding(view, number, finding)
    return lines


def _finding(view: ReportView, number: int, finding: Finding) -> list[str]:
    title = f"### {number}. {finding.severity}: {code(finding.rule)} {code(finding.kind)}"
    details = []
    if finding.group_id:
        details.append(f"group {code(finding.group_id)}")
    if finding.ratio is not None:
        details.append(f"ratio {finding.ratio:g}")
    lines = [title, "", escape(finding.message), ""]
    if details:
        lines += ["*" + ", ".join(details) + "*", ""]
    rows = [
        (
            code(c.id),
            code(c.file or ""),
            escape(c.text),
            escape(figure(c)),
            escape(c.unit),
            _sentence(view, c),
        )
        for c in view.claims_of(finding.claim_ids)
    ]
    return lines + table(("Claim", "File", "Text", "Value", "Unit", "Sentence"), rows)


def _multi_source(view: ReportView) -> list[str]:
    groups = view.multi_source_groups
    lines = [f"## Figures reported by 2+ sources ({len(groups)})", ""]
    if not groups:
        lines += ["No subject and attribute is reported by two or more documents.", ""]
    for group in groups:
        lines += _group(view, group)
    return lines


def _group(view: ReportView, group: Group) -> list[str]:
    lines = [
        f"### {code(group.id)} {escape(str(group.subject))} / {code(str(group.attribute))}",
        "",
    ]
    facts = [f"topic {escape(group.topic)}"] if group.topic else []
    facts += [f"time {escape(group.time)}"] if group.time else []
    facts.append(f"{group.documents} documents")
    rules = sorted({f.rule for f in view.findings_of(group)})
    if rules:
        facts.append("findings: " + ", ".join(code(rule) for rule in rules))
    lines += ["- " + "; ".join(facts), ""]
    rows = [
        (code(c.id), code(c.file or ""), escape(figure(c)), escape(c.unit), _sentence(view, c))
        for c in view.claims_of(group.claim_ids)
    ]
    return lines + table(("Claim", "File", "Value", "Unit", "Sentence"), rows)


def _single_source(view: ReportView) -> list[str]:
    rows = [
        (
            code(row.group.id),
            escape(str(row.group.subject)),
            code(str(row.group.attribute)),
            escape(row.group.topic or ""),
            escape(row.group.time or ""),
            escape(figure(row.claim)),
            escape(row.claim.unit),
            code(row.claim.file or ""),
        )
        for row in view.single_rows
    ]
    lines = [f"## Single-source figures ({len(rows)})", ""]
    if not rows:
        return [*lines, "None.", ""]
    headers = ("Group", "Subject", "Attribute", "Topic", "Time", "Value", "Unit", "File")
    return lines + table(headers, rows)


def _ungrouped(view: ReportView) -> list[str]:
    """Only when some claim has no subject or attribute: then it says why."""
    if not view.ungrouped:
        return []
    rows = [
        (
            code(c.id),
            code(c.file or ""),
            escape(c.text),
            escape(figure(c)),
            escape(c.unit),
            escape(ungrouped_reason(c)),
        )
        for c in view.ungrouped
    ]
    lines = [f"## Claims outside any group ({len(rows)})", ""]
    return lines + table(("Claim", "File", "Text", "Value", "Unit", "Why"), rows)


def _skipped(view: ReportView) -> list[str]:
    lines = [f"## Skipped documents ({len(view.skipped)})", ""]
    if not view.skipped:
        return [*lines, "None: every input was read.", ""]
    rows = [(code(d.file), escape(d.reason or "")) for d in view.skipped]
    return lines + table(("File", "Reason"), rows)
