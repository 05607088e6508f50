"""Held-out batch 9's report made two alarms, both wrong (Samsung's results and the Maui
wildfires): a quarter "a year earlier" was the current year's, a year against a
quarter of it was called two periods, and a rebuilding estimate was a price of the
agency that made it."""

from __future__ import annotations

import pytest

from factcheck.models import ReportClaim
from factcheck.runs.reporting import report_texts
from tests.annotating import annotated_claims


def _claim(text: str, lang: str, figure: str, date: str | None = None) -> ReportClaim:
    return next(c for c in annotated_claims(text, lang, date) if c.text == figure)


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "A year earlier Samsung had made 14.1 trillion won in the second quarter.",
         "14.1 trillion won"),
        ("de", "Ein Jahr zuvor hatte Samsung im zweiten Quartal noch 14,1 Billionen Won verdient.",
         "14,1 Billionen Won"),
        ("nl", "Een jaar eerder verdiende Samsung in het tweede kwartaal nog 14,1 biljoen won.",
         "14,1 biljoen won"),
        ("zh", "一年前三星第二季度的营业利润为14.1万亿韩元。", "14.1万亿韩元"),
    ],
)  # fmt: skip
def test_a_quarter_a_year_earlier_is_last_years(lang: str, text: str, figure: str) -> None:
    assert _claim(text, lang, figure, "2023-07-07").time == "2022-Q2"


def test_a_year_and_a_quarter_of_it_are_no_two_periods() -> None:
    report = report_texts(
        [
            ("a.txt", "Samsung made an operating profit of 14.1 trillion won in 2022.", "en"),
            ("b.txt", "Samsung erzielte im zweiten Quartal 2022 einen operativen Gewinn von "
             "14,1 Billionen Won.", "de"),
        ]
    )  # fmt: skip
    assert [f.kind for f in report.findings if f.kind == "time-conflict"] == []


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "In Hawaii, the cost to rebuild Lahaina was estimated at $5.5 billion.",
         "$5.5 billion"),
        ("de", "Der Wiederaufbau in Hawaii soll 5,5 Milliarden US-Dollar erfordern.",
         "5,5 Milliarden US-Dollar"),
        ("nl", "De wederopbouw in Hawaii gaat naar schatting 5,5 miljard dollar vergen.",
         "naar schatting 5,5 miljard dollar"),
        ("zh", "夏威夷的重建费用高达55亿美元。", "55亿美元"),
    ],
)  # fmt: skip
def test_rebuilding_costs_are_an_estimate_of_their_own(lang: str, text: str, figure: str) -> None:
    claim = _claim(text, lang, figure)
    assert claim.attribute is not None and claim.attribute.name == "rebuilding_cost"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Revenue was $5 billion, an estimate by Gartner showed.", "$5 billion"),
        ("de", "Die Schätzung der Gartner Group lag bei 5 Milliarden Dollar Umsatz.",
         "5 Milliarden Dollar"),
        ("nl", "Een schatting van Gartner kwam uit op 5 miljard dollar omzet.", "5 miljard dollar"),
    ],
)  # fmt: skip
def test_whose_estimate_it_is_reports_the_figure(lang: str, text: str, figure: str) -> None:
    assert _claim(text, lang, figure).reported_by == "Gartner"
