"""`factcheck check` for people and for CI logs: the text and GitHub formats.

Text is the linters' `path:line:col: severity [rule] message`, one finding per
line in file order, with the source evidence indented under it, so editors and
terminals turn the location into a link. GitHub's format is one workflow
command per finding (`::error file=...,line=...,col=...::message`), which
Actions shows as annotations on the changed lines.
"""

from __future__ import annotations

from collections.abc import Iterable

from factcheck.checks.wording import amount
from factcheck.models import CheckFinding, CheckResult, Evidence

COLORS = {"error": "31", "warning": "33", "info": "34", "supported": "32"}
GITHUB_LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def render_text(result: CheckResult, *, show_supported: bool = False, color: bool = False) -> str:
    """Findings (and, if asked, supported claims) in file order, then a summary line."""
    shown = list(result.findings)
    if show_supported:
        shown = sorted([*shown, *result.supported], key=lambda f: (f.file, f.start, f.end))
    lines: list[str] = []
    for finding in shown:
        lines.append(_headline(finding, color))
        lines.extend(_evidence_lines(finding.evidence))
    for status in (*result.drafts, *result.sources):
        if status.status == "skipped":
            lines.append(f"{status.file}: skipped: {status.reason}")
        elif status.note:
            lines.append(f"{status.file}: note: {status.note}")
    lines.append(summary_line(result))
    return "\n".join(lines) + "\n"


def _headline(finding: CheckFinding, color: bool) -> str:
    where = f"{finding.file}:{finding.line}:{finding.column}:"
    label = finding.severity or "supported"
    if color:
        where = f"\x1b[1m{where}\x1b[0m"
        label = f"\x1b[{COLORS[label]}m{label}\x1b[0m"
    rule = f" [{finding.rule}]" if finding.rule else ""
    kind = f" {finding.kind}" if finding.kind != label else ""  # not "supported supported"
    return f"{where} {label}{rule}{kind}: '{one_line(finding.text)}': {finding.message}"


def _evidence_lines(evidence: Iterable[Evidence]) -> list[str]:
    lines = []
    for item in evidence:
        surface = one_line(item.text)
        lines.append(f"    {item.file}:{item.line}:{item.column}: '{surface}' = {amount(item)}")
        if item.sentence:
            lines.append(f"        {item.sentence}")
    return lines


def one_line(text: str) -> str:
    """A surface that spans a line break, on one line."""
    return " ".join(text.split())


def summary_line(result: CheckResult) -> str:
    s = result.summary
    drafts = _plural(s.drafts, "draft")
    sources = _plural(s.sources, "source")
    counts = f"{_plural(s.errors, 'error')}, {_plural(s.warnings, 'warning')}, " + _plural(
        s.infos, "info"
    )
    extra = []
    if s.suppressed:
        extra.append(f"{s.suppressed} suppressed inline")
    if s.baselined:
        extra.append(f"{s.baselined} in the baseline")
    if s.skipped:
        extra.append(f"{_plural(s.skipped, 'file')} skipped")
    tail = f" ({'; '.join(extra)})" if extra else ""
    return (
        f"checked {_plural(s.claims, 'claim')} in {drafts} against {sources}: "
        f"{s.supported} supported; {counts}{tail}"
    )


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 or word == "info" else "s")


def render_github(result: CheckResult) -> str:
    """One workflow command per finding; evidence goes into the message (one line)."""
    lines = []
    for finding in result.findings:
        level = GITHUB_LEVELS[finding.severity or "info"]
        title = f"{finding.rule} {finding.kind}" if finding.rule else finding.kind
        sources = "; ".join(f"{e.file}:{e.line}: '{one_line(e.text)}'" for e in finding.evidence)
        message = finding.message + (f" [sources: {sources}]" if sources else "")
        props = (
            f"file={_property(finding.file)},line={finding.line},col={finding.column},"
            f"endLine={finding.end_line},endColumn={finding.end_column},title={_property(title)}"
        )
        lines.append(f"::{level} {props}::{_data(message)}")
    lines.append(summary_line(result))
    return "\n".join(lines) + "\n"


def _data(text: str) -> str:
    """GitHub's escaping of a workflow command's message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")
