"""Held-out batch 6 (Volkswagen's first quarter of 2023), two time-conflicts that were
none: "a 22% increase over the first quarter of 2022" put the 22% in 2022's first
quarter (the quarter is the comparison's base, as "compared with 2022" is), and a
quarter's 12% growth was "the same figure" as the year's forecast band "between 10%
and 15%" (a range is the same figure only as the same range)."""

from __future__ import annotations

import pytest

from factcheck.extraction.scanner import extract_text
from factcheck.runs.reporting import report_texts


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Sales rose to 76.20 billion euros, a 22% increase over the first quarter of 2022.",
         "22%"),
        ("de", "Der Umsatz stieg um 22 Prozent gegenüber dem ersten Quartal 2022.", "22 Prozent"),
        ("nl", "De omzet steeg met 22 procent ten opzichte van het eerste kwartaal van 2022.",
         "22 procent"),
    ],
)  # fmt: skip
def test_a_quarter_compared_against_is_not_the_figures_period(
    lang: str, text: str, figure: str
) -> None:
    times = {c.text: c.time for c in extract_text(text, lang, published="2023-04-28")}
    assert times[figure] not in ("2022-Q1", "2022")


def test_a_figure_inside_a_forecast_band_is_no_time_conflict() -> None:
    report = report_texts(
        [
            ("a.txt", "Volkswagen's revenue rose 12% in the third quarter of 2023.", "en"),
            ("b.txt", "Volkswagen expects its revenue to rise between 10% and 15% in 2023.", "en"),
        ]
    )
    assert [f.kind for f in report.findings if f.kind == "time-conflict"] == []


def test_one_band_in_two_periods_is_a_time_conflict() -> None:
    report = report_texts(
        [
            ("a.txt", "Volkswagen expects its revenue to rise between 10% and 15% in 2023.", "en"),
            ("b.txt", "Volkswagen expects its revenue to rise between 10% and 15% in 2024.", "en"),
        ]
    )
    assert [f.kind for f in report.findings] == ["time-conflict"]
