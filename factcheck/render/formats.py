"""The table of output formats: each format's name and the function that draws it.

A renderer takes the result and the `Style` of the output (colour and width for a
terminal, whether supported claims are listed, the rules for SARIF metadata) and
returns text; it does no I/O. The CLI offers exactly the names in these tables.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck.models import CheckResult, ReportData
    from factcheck.ruleset import Rule


@dataclass(frozen=True)
class Style:
    """How the output is shown: what some formats take and the others ignore."""

    color: bool = False
    width: int | None = None
    show_supported: bool = False
    rules: list[Rule] = field(default_factory=list)


def _terminal(data: ReportData, style: Style) -> str:
    from factcheck.render.report_text import render_report

    return render_report(data, color=style.color, width=style.width)


def _markdown(data: ReportData, style: Style) -> str:
    from factcheck.render.report_markdown import render_report

    return render_report(data)


def _report_json(data: ReportData, style: Style) -> str:
    from factcheck.render.report_json import render_report

    return render_report(data)


def _html(data: ReportData, style: Style) -> str:
    from factcheck.render.report_html import render_report

    return render_report(data)


def _text(result: CheckResult, style: Style) -> str:
    from factcheck.render.check_text import render_text

    return render_text(result, show_supported=style.show_supported, color=style.color)


def _check_json(result: CheckResult, style: Style) -> str:
    from factcheck.render.check_json import render_json

    return render_json(result, show_supported=style.show_supported)


def _sarif(result: CheckResult, style: Style) -> str:
    from factcheck.render.check_sarif import render_sarif

    return render_sarif(result, style.rules)


def _github(result: CheckResult, style: Style) -> str:
    from factcheck.render.check_text import render_github

    return render_github(result)


REPORT_FORMATS: dict[str, Callable[[ReportData, Style], str]] = {
    "terminal": _terminal,
    "markdown": _markdown,
    "json": _report_json,
    "html": _html,
}
CHECK_FORMATS: dict[str, Callable[[CheckResult, Style], str]] = {
    "text": _text,
    "json": _check_json,
    "sarif": _sarif,
    "github": _github,
}
