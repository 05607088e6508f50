"""One amount in two currencies is a currency written wrong: a net profit of "4.7
billion" is euros in one source and dollars in another (held-out batch 6: a German
draft's "4,7 Milliarden Dollar" for Volkswagen's 4.7 billion euros). A price may be
set in each currency ("$999", "999 Euro"), and a round "10 billion" may be two
figures; neither is flagged."""

from __future__ import annotations

import pytest

from factcheck.runs.checking import check_texts
from factcheck.runs.reporting import report_texts

SOURCE = "Volkswagen's net profit was 4.7 billion euros in the first quarter of 2023."
DRAFTS = [
    ("Volkswagen's net profit was $4.7 billion in the first quarter of 2023.", "en"),
    ("Der Nettogewinn von Volkswagen lag im ersten Quartal 2023 bei 4,7 Milliarden Dollar.", "de"),
    ("De nettowinst van Volkswagen bedroeg in het eerste kwartaal van 2023 4,7 miljard dollar.", "nl"),
    ("大众汽车2023年第一季度净利润为47亿美元。", "zh"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "lang"), DRAFTS)
def test_a_drafts_amount_in_another_currency_is_an_error(draft: str, lang: str) -> None:
    result = check_texts(("draft.txt", draft, lang), [("a.txt", SOURCE, "en")])
    assert [(f.kind, f.severity) for f in result.findings] == [("unit-mismatch", "error")]
    assert "the draft has USD (4.7 billion USD), the sources EUR" in result.findings[0].message


@pytest.mark.parametrize(("draft", "lang"), DRAFTS)
def test_two_sources_with_one_amount_in_two_currencies_disagree(draft: str, lang: str) -> None:
    report = report_texts([("a.txt", SOURCE, "en"), ("b.txt", draft, lang)])
    assert [(f.kind, f.severity) for f in report.findings] == [("unit-mismatch", "error")]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Volkswagen's net profit was 10 billion euros in 2023.", "Volkswagen's net profit was $10 billion in 2023."),
        ("The Pixel 9 sells for $999.", "Google verkauft das Pixel 9 für 999 Euro."),
        ("Volkswagen's net profit was 4.7 billion euros in 2023.", "Volkswagen's net profit was $5.1 billion in 2023."),
    ],
)  # fmt: skip
def test_round_amounts_prices_and_conversions_are_no_slip(first: str, second: str) -> None:
    report = report_texts([("a.txt", first, None), ("b.txt", second, None)])
    assert [f.kind for f in report.findings] == []


def test_a_drafts_conversion_in_the_wrong_currency_is_a_slip() -> None:
    """A draft's conversion whose digits the sources give in another currency (batch 19:
    "umgerechnet rund 52,4 Milliarden Euro" for 52.4 billion US dollars) is a currency
    written wrong, as any other amount of the draft is."""
    source = (
        "Alibaba will in den nächsten drei Jahren mindestens 380 Milliarden Yuan "
        "(52,4 Milliarden US-Dollar) investieren. Die Aktie stieg um 3 Prozent."
    )
    draft = (
        "Alibaba will in den nächsten drei Jahren mehr als 380 Milliarden Yuan investieren. "
        "Umgerechnet entspricht das rund 52,4 Milliarden Euro."
    )
    result = check_texts(("draft.txt", draft, "de"), [("a.txt", source, "de")])
    flagged = [(f.text, f.kind, f.severity) for f in result.findings if f.severity != "info"]
    assert flagged == [("rund 52,4 Milliarden Euro", "unit-mismatch", "error")]
