"""A report over a few short news texts, and the two views of it the tests of
places, subject names and reporters compare: who each claim is about, and which
findings are flagged (warnings and errors). Shared by tests/test_places_of_figures.py,
tests/test_subject_names.py, tests/test_reporters_and_revisions.py and others."""

from __future__ import annotations

import tempfile
from pathlib import Path

from factcheck.models import ReportData
from factcheck.runs.reporting import build_report, report_texts


def report_of(*texts: tuple[str, str], published: str | None = None) -> ReportData:
    """A report over the texts; with `published`, as Markdown files of that date."""
    if published is None:
        return report_texts([(f"s{i}.txt", text, lang) for i, (text, lang) in enumerate(texts)])
    return report_dated(*((text, lang, published) for text, lang in texts))


def report_dated(*texts: tuple[str, str, str]) -> ReportData:
    """A report over (text, lang, publication date) as Markdown files of those dates."""
    with tempfile.TemporaryDirectory() as folder:
        for i, (text, lang, published) in enumerate(texts):
            front = f"---\ndate: {published}\nlang: {lang}\n---\n"
            (Path(folder) / f"s{i}.md").write_text(front + text, encoding="utf-8")
        return build_report([Path(folder)])


def claim_subjects(report: ReportData) -> list[tuple[str, str | None]]:
    """(claim text, subject as read) of every claim, in report order."""
    return [(c.text, c.subject.readable() if c.subject else None) for c in report.claims]


def flagged_rules(report: ReportData) -> list[tuple[str, str]]:
    """(rule, severity) of every finding above info: what a reader is warned of."""
    return [(f.rule, f.severity) for f in report.findings if f.severity != "info"]
