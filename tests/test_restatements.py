"""Issue 14, rules: a finding lists all the claims on each side. A figure published
soon after a period without naming it ("ASML booked net sales of €27.6 billion",
published in February 2024) restates the period's figure it agrees with: it is listed
with that side of a disagreement about the period, but it never makes a finding of its
own, nor makes a finding surer than the dated figures make it.
"""

from __future__ import annotations

from pathlib import Path

from factcheck.models import ReportData
from factcheck.runs.reporting import build_report

DATED_RIGHT = ("a.md", "2024-01-24", "ASML's net sales in 2023 were €27.6 billion.")
DATED_WRONG = ("b.md", "2024-01-25", "ASML's net sales in 2023 were €25.5 billion.")
UNDATED_SAME = ("c.md", "2024-02-10", "ASML booked net sales of €27.6 billion.")
UNDATED_OTHER = ("d.md", "2024-02-11", "ASML booked net sales of €7.2 billion.")


def report(folder: Path, *files: tuple[str, str, str]) -> ReportData:
    for name, date, text in files:
        (folder / name).write_text(f"---\ndate: {date}\nlang: en\n---\n{text}\n", "utf-8")
    return build_report([folder])


def conflicts(data: ReportData) -> list[tuple[str, list[str]]]:
    texts = {c.id: (Path(c.file).name, c.text) for c in data.claims}
    return [
        (f.severity, sorted(texts[i][0] for i in f.claim_ids))
        for f in data.findings
        if f.rule == "FC101"
    ]


def test_an_undated_restatement_is_listed_with_the_side_it_agrees_with(tmp_path: Path) -> None:
    """The two undated figures of one month (a year's sales and a quarter's) meet as
    information only: neither says which period it is of."""
    data = report(tmp_path, DATED_RIGHT, DATED_WRONG, UNDATED_SAME, UNDATED_OTHER)
    assert conflicts(data) == [("error", ["a.md", "b.md", "c.md"]), ("info", ["c.md", "d.md"])]


def test_the_finding_is_as_sure_without_it(tmp_path: Path) -> None:
    assert conflicts(report(tmp_path, DATED_RIGHT, DATED_WRONG)) == [("error", ["a.md", "b.md"])]


def test_undated_figures_alone_make_no_finding_about_the_period(tmp_path: Path) -> None:
    data = report(tmp_path, DATED_WRONG, UNDATED_SAME, UNDATED_OTHER)
    assert [s for s, _ in conflicts(data) if s != "info"] == []
