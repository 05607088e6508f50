"""A comparison's base figure brings its own time: in "€4.7 billion compared to €6.7
billion at the beginning of 2022" the year is the 6.7 billion's, not the 4.7
billion's (held-out batch 6: Volkswagen's first-quarter 2023 net profit was dated
2022 by two pages, in English and German). With a comma between, the clauses already
kept them apart; without one, the opener does."""

from __future__ import annotations

import pytest

from factcheck.extraction.clause_openers import compared_ends
from factcheck.runs.reporting import report_texts

CASES = [
    ("Profit after taxes stands at €4.7 billion compared to €6.7 billion at the beginning of 2022.", "en"),
    ("Revenue rose to $10 billion up from $8 billion in 2022.", "en"),
    ("Unterm Strich blieben 4,7 Milliarden Euro nach 6,7 Milliarden Euro Anfang 2022.", "de"),
    ("Der Gewinn lag bei 4,7 Milliarden Euro gegenüber 6,7 Milliarden Euro im Jahr 2022.", "de"),
    ("De nettowinst bedroeg 4,7 miljard euro tegen 6,7 miljard euro begin 2022.", "nl"),
    ("税后利润为47亿欧元而2022年初为67亿欧元。", "zh"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang"), CASES)
def test_the_base_year_dates_the_base_figure_only(text: str, lang: str) -> None:
    report = report_texts([("a.txt", text, lang)])
    assert [c.time for c in report.claims] == [None, "2022"]


@pytest.mark.parametrize(
    ("text", "lang", "times"),
    [
        (
            "Revenue rose to $10 billion in 2023, up from $8 billion in 2022.",
            "en",
            ["2023", "2022"],
        ),
        ("In 2023, Volkswagen earned €4.7 billion versus €6.7 billion.", "en", ["2023", "2023"]),
        ("Im Jahr 2023 lag der Gewinn bei 4,7 Milliarden Euro.", "de", ["2023"]),
        ("Nach Angaben des Konzerns lag der Gewinn 2023 bei 4,7 Milliarden Euro.", "de", ["2023"]),
    ],
)
def test_a_figures_own_year_still_dates_it(text: str, lang: str, times: list[str]) -> None:
    """The year before the comparison, or in the figure's own clause, stays its own;
    "Nach Angaben" opens no comparison (no figure follows it)."""
    report = report_texts([("a.txt", text, lang)])
    assert [c.time for c in report.claims] == times


def test_an_opener_counts_only_before_a_figure() -> None:
    text = "Nach Angaben des Konzerns lag der Gewinn nach 6,7 Milliarden Euro bei 4,7."
    assert compared_ends(text, 0, len(text), "de") == [text.index("nach 6,7")]
