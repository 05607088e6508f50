"""The cross-source report for a terminal, and the pieces every report format shares.

`ReportView` turns a `ReportData` into what a reader needs, in a fixed order:
findings (errors first), figures that two or more sources report, single-source
figures, claims outside any group and skipped inputs. The Markdown and HTML
renderers use it too, so all formats say the same things in the same order.

Numbers are written out in full with comma grouping ("4,000,000,000,000 USD"),
the style of `factcheck extract`: one style for every language, exact, and
comparable digit by digit across sources. Qualifiers are symbols: "≈" hedged,
"> ≥ < ≤" open bounds, "–" between the ends of a range.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.models import ReportClaim
from factcheck.render.console import to_text
from factcheck.render.view import (
    ReportView,
    figure,
    group_title,
    one_line,
    summary_lines,
    ungrouped_reason,
)

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.table import Table
    from rich.text import Text

    from factcheck.models import ReportData


# --------------------------------------------------------------------------- shared pieces


# --------------------------------------------------------------------------- terminal

SEVERITY_STYLES = {"error": "bold red", "warning": "bold yellow", "info": "bold blue"}


def render_report(data: ReportData, color: bool = False, width: int | None = None) -> str:
    """The report for a terminal: plain text unless `color` (the CLI decides on TTY and
    NO_COLOR). Source text is always passed as `Text`, never as markup, so "[b]" or
    "[/]" in an article stays literal."""
    return to_text(_sections(ReportView(data)), color, width)


def _sections(view: ReportView) -> list[RenderableType]:
    from rich.rule import Rule
    from rich.text import Text

    parts: list[RenderableType] = [Rule(Text("factcheck report", style="bold"))]
    parts += [Text(line) for line in summary_lines(view)]
    parts.append(_documents_table(view))
    parts += _notes_part(view)
    parts += _findings_part(view)
    parts += _multi_source_part(view)
    parts += _single_source_part(view)
    parts += _ungrouped_part(view)
    parts += _skipped_part(view)
    return parts


def _heading(title: str) -> RenderableType:
    from rich.rule import Rule
    from rich.text import Text

    return Rule(Text(title, style="bold"), align="left")


# Identifiers stay on one line; long cells (sentences, paths) fold but keep a readable width.
_COLUMN_OPTIONS: dict[str, dict[str, object]] = {
    "claim": {"no_wrap": True},
    "group": {"no_wrap": True},
    "unit": {"no_wrap": True},
    "lang": {"no_wrap": True},
    "date": {"no_wrap": True},
    "claims": {"no_wrap": True, "justify": "right"},
    "time": {"no_wrap": True},
    "value": {"justify": "right"},
}


def _table(*columns: str) -> Table:
    from rich.table import Table

    table = Table(header_style="bold", expand=False)
    for name in columns:
        options = {"overflow": "fold", **_COLUMN_OPTIONS.get(name, {})}
        table.add_column(name, **options)  # type: ignore[arg-type]
    return table


def _excerpt_text(view: ReportView, claim: ReportClaim) -> Text:
    from rich.text import Text

    part = view.excerpt(claim)
    return Text.assemble(part.before, (part.claim, "bold"), part.after)


def _documents_table(view: ReportView) -> RenderableType:
    from rich.text import Text

    table = _table("file", "lang", "date", "claims")
    for doc in view.processed:
        cells = (doc.file, doc.lang or "", doc.date or "", str(doc.claims))
        table.add_row(*(Text(cell) for cell in cells))
    return table


def _notes_part(view: ReportView) -> list[RenderableType]:
    """One line per document read with a caveat (an unsure language); nothing otherwise."""
    from rich.text import Text

    return [Text(f"{doc.file}: {one_line(doc.note or '')}", style="yellow") for doc in view.noted]


def _findings_part(view: ReportView) -> list[RenderableType]:
    from rich.text import Text

    parts: list[RenderableType] = [_heading(f"Findings ({len(view.findings)})")]
    if not view.findings:
        parts.append(Text("No rule found a problem."))
    for number, finding in enumerate(view.findings, 1):
        style = SEVERITY_STYLES.get(finding.severity, "bold")
        title = Text.assemble(
            f"{number}. ",
            (finding.severity.upper(), style),
            f" {finding.rule} {finding.kind}",
            f" (group {finding.group_id})" if finding.group_id else "",
            f" (ratio {finding.ratio:g})" if finding.ratio is not None else "",
        )
        parts += [title, Text(one_line(finding.message))]
        table = _table("claim", "file", "text", "value", "unit", "sentence")
        for claim in view.claims_of(finding.claim_ids):
            table.add_row(
                *(Text(c) for c in (claim.id, claim.file or "", one_line(claim.text))),
                Text(figure(claim), style="cyan"),
                Text(claim.unit),
                _excerpt_text(view, claim),
            )
        parts.append(table)
    return parts


def _multi_source_part(view: ReportView) -> list[RenderableType]:
    from rich.text import Text

    groups = view.multi_source_groups
    parts: list[RenderableType] = [_heading(f"Figures reported by 2+ sources ({len(groups)})")]
    if not groups:
        parts.append(Text("No subject and attribute is reported by two or more documents."))
    for group in groups:
        rules = ", ".join(sorted({f.rule for f in view.findings_of(group)}))
        parts.append(
            Text.assemble(
                (f"{group.id} ", "dim"),
                (group_title(group), "bold"),
                f"  [findings: {rules}]" if rules else "",
            )
        )
        table = _table("claim", "file", "value", "unit", "sentence")
        for claim in view.claims_of(group.claim_ids):
            table.add_row(
                Text(claim.id),
                Text(claim.file or ""),
                Text(figure(claim), style="cyan"),
                Text(claim.unit),
                _excerpt_text(view, claim),
            )
        parts.append(table)
    return parts


def _single_source_part(view: ReportView) -> list[RenderableType]:
    """One table per file: the file name is a heading, so the table fits a terminal."""
    from rich.text import Text

    rows = view.single_rows
    parts: list[RenderableType] = [_heading(f"Single-source figures ({len(rows)})")]
    if not rows:
        parts.append(Text("None."))
    for file in sorted({row.claim.file or "" for row in rows}):
        table = _table("group", "subject", "attribute", "topic", "time", "value", "unit")
        for row in rows:
            group, claim = row.group, row.claim
            if (claim.file or "") != file:
                continue
            cells = (
                group.id, str(group.subject), str(group.attribute), group.topic or "",
                group.time or "",
            )  # fmt: skip
            table.add_row(
                *(Text(c) for c in cells), Text(figure(claim), style="cyan"), Text(claim.unit)
            )
        parts += [Text(file, style="bold"), table]
    return parts


def _ungrouped_part(view: ReportView) -> list[RenderableType]:
    """Only shown when some claim has no subject or attribute: then it says why."""
    if not view.ungrouped:
        return []
    from rich.text import Text

    table = _table("claim", "file", "text", "value", "unit", "why")
    for claim in view.ungrouped:
        cells = (claim.id, claim.file or "", one_line(claim.text), figure(claim), claim.unit)
        table.add_row(*(Text(c) for c in cells), Text(ungrouped_reason(claim)))
    return [_heading(f"Claims outside any group ({len(view.ungrouped)})"), table]


def _skipped_part(view: ReportView) -> list[RenderableType]:
    from rich.text import Text

    parts: list[RenderableType] = [_heading(f"Skipped documents ({len(view.skipped)})")]
    if not view.skipped:
        parts.append(Text("None: every input was read."))
        return parts
    table = _table("file", "reason")
    for doc in view.skipped:
        table.add_row(Text(doc.file), Text(doc.reason or ""))
    parts.append(table)
    return parts
