"""Figures of the tech stories that look alike but are not one fact (issue 14): a
segment's revenue is not the company's, two market values "in 2023" may be of two
days, and a country's GDP is no company's market value."""

from __future__ import annotations

import pytest

import factcheck
from factcheck.runs.reporting import report_texts


def _attributes(lang: str, text: str) -> list[tuple[str, str]]:
    frame = factcheck.extract_frame(lang=lang, texts=[("a", text)])
    return list(zip(frame["text"], frame["attribute"], strict=True))


@pytest.mark.parametrize(
    ("lang", "text", "segment"),
    [
        (
            "en",
            "Nvidia revenue was $44.1 billion. Data center revenue was $39.1 billion.",
            "$39.1 billion",
        ),
        (
            "de",
            "Nvidia setzte 44,1 Milliarden Dollar um. Der Rechenzentrumsumsatz lag bei 39,1 Milliarden Dollar.",
            "39,1 Milliarden Dollar",
        ),
        (
            "nl",
            "Nvidia had een omzet van 44,1 miljard dollar. De datacenteromzet was 39,1 miljard dollar.",
            "39,1 miljard dollar",
        ),
        ("zh", "英伟达营收为441亿美元。其数据中心收入达到391亿美元。", "391亿美元"),
    ],
)
def test_a_segments_revenue_is_not_the_companys(lang: str, text: str, segment: str) -> None:
    assert dict(_attributes(lang, text))[segment] == "datacenter_revenue"


def test_segment_and_company_revenue_never_conflict() -> None:
    report = report_texts(
        [
            ("a.txt", "In the first quarter of 2025 Nvidia's revenue was $44.1 billion.", "en"),
            ("b.txt", "英偉達2025年第一季度數據中心業務收入達391億美元。", "zh"),
            (
                "c.txt",
                "Im ersten Quartal 2025 erzielte Nvidia einen Umsatz von 39,1 Milliarden Dollar.",
                "de",
            ),
        ]
    )
    rules = sorted((f.rule, f.severity) for f in report.findings)
    assert rules == [("FC101", "error")]  # the company's 44.1 against its 39.1, the control
    [finding] = report.findings
    texts = {c.id: c.text for c in report.claims}
    assert sorted(texts[i] for i in finding.claim_ids) == [
        "$44.1 billion",
        "39,1 Milliarden Dollar",
    ]


def test_two_market_values_of_one_year_are_no_sure_conflict() -> None:
    """ "仅仅两年前,该公司的市值还约为5000亿美元" and "in juni 2023 voor het eerst 1
    biljoen dollar": a day's measure in a year may be of two days of it."""
    report = report_texts(
        [
            ("a.txt", "2023年,英伟达的市值约为5000亿美元。", "zh"),
            ("b.txt", "Nvidia bereikte in 2023 een marktwaarde van 1 biljoen dollar.", "nl"),
        ]
    )
    assert [(f.rule, f.severity) for f in report.findings] == [("FC101", "info")]


@pytest.mark.parametrize(
    ("lang", "text", "gdp"),
    [
        (
            "en",
            "Nvidia is worth $4.17 trillion, more than Japan's GDP of $4.02 trillion.",
            "$4.02 trillion",
        ),
        (
            "de",
            "Nvidia ist 4,17 Billionen Dollar wert, mehr als das BIP Japans von 4,02 Billionen Dollar.",
            "4,02 Billionen Dollar",
        ),
        (
            "nl",
            "Nvidia is 4,17 biljoen dollar waard, meer dan het bbp van Japan van 4,02 biljoen dollar.",
            "4,02 biljoen dollar",
        ),
        ("zh", "英偉達市值衝上4.17萬億美元,日本去年的GDP為4.02萬億美元。", "4.02萬億美元"),
    ],
)
def test_a_countrys_gdp_is_no_market_value(lang: str, text: str, gdp: str) -> None:
    assert dict(_attributes(lang, text))[gdp] == "gdp"
