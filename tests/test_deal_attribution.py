"""A deal's cap is distinctive though its number is round: "up to $100 billion in
OpenAI" is one investor's (held-out batches 3 to 5: drafts gave Nvidia's cap to AMD,
Broadcom and Oracle, and the check found no source for it). A round figure without a
bound ("$10 billion in OpenAI") was two investors' in two years, and stays no
finding. And a unit's name ("Gigawatts", "GW") is never taken for a company."""

from __future__ import annotations

import pytest

from factcheck.annotation.names import name_finder
from factcheck.runs.checking import check_texts
from factcheck.runs.reporting import report_texts

# (the source's sentence, a draft giving the same cap to another company, language)
CAPS = [
    (
        "Nvidia will invest up to $100 billion in OpenAI.",
        "Oracle will invest up to $100 billion in OpenAI.",
        "en",
    ),
    (
        "Nvidia will bis zu 100 Milliarden Dollar in OpenAI investieren.",
        "Oracle will bis zu 100 Milliarden Dollar in OpenAI investieren.",
        "de",
    ),
    (
        "Nvidia gaat tot wel 100 miljard dollar in OpenAI investeren.",
        "Oracle gaat tot wel 100 miljard dollar in OpenAI investeren.",
        "nl",
    ),
    ("英伟达将向OpenAI投资最高1000亿美元。", "甲骨文将向OpenAI投资最高1000亿美元。", "zh"),
]
ROUND = [
    ("Microsoft invested $10 billion in OpenAI.", "Nvidia invested $10 billion in OpenAI.", "en"),
    (
        "Microsoft investierte 10 Milliarden Dollar in OpenAI.",
        "Nvidia investierte 10 Milliarden Dollar in OpenAI.",
        "de",
    ),
    (
        "Microsoft investeerde 10 miljard dollar in OpenAI.",
        "Nvidia investeerde 10 miljard dollar in OpenAI.",
        "nl",
    ),
    ("微软向OpenAI投资100亿美元。", "英伟达向OpenAI投资100亿美元。", "zh"),
]


@pytest.mark.parametrize(("source", "draft", "lang"), CAPS)
def test_a_cap_given_to_another_investor_is_flagged(source: str, draft: str, lang: str) -> None:
    result = check_texts(("draft.txt", draft, lang), [("a.txt", source, lang)])
    assert [(f.kind, f.severity) for f in result.findings] == [("attribution-conflict", "warning")]
    assert "said of Oracle here, but the sources say it of Nvidia" in result.findings[0].message


DATED = {"en": "In 2025, ", "de": "Im Jahr 2025: ", "nl": "In 2025: ", "zh": "2025年，"}


@pytest.mark.parametrize(("source", "other", "lang"), CAPS)
def test_one_cap_of_two_investors_is_an_attribution_conflict(
    source: str, other: str, lang: str
) -> None:
    """Between sources a finding is sure when the figures' period is stated."""
    dated = DATED[lang]
    report = report_texts([("a.txt", dated + source, lang), ("b.txt", dated + other, lang)])
    assert [(f.kind, f.severity) for f in report.findings] == [("attribution-conflict", "warning")]


@pytest.mark.parametrize(("source", "other", "lang"), ROUND)
def test_a_round_sum_of_two_investors_is_no_finding(source: str, other: str, lang: str) -> None:
    dated = DATED[lang]
    report = report_texts([("a.txt", dated + source, lang), ("b.txt", dated + other, lang)])
    assert [f.kind for f in report.findings if f.kind == "attribution-conflict"] == []


@pytest.mark.parametrize(("source", "draft", "lang"), CAPS)
def test_the_cap_said_of_its_investor_is_supported(source: str, draft: str, lang: str) -> None:
    result = check_texts(("draft.txt", source, lang), [("a.txt", source, lang)])
    assert [f.kind for f in result.findings] == []
    assert [f.kind for f in result.supported] == ["supported"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("OpenAI will roll out the first Gigawatts in 2026. Gigawatts cost money.", "en"),
        ("Die ersten Gigawatt gehen 2026 ans Netz. Megawattstunden sind teuer.", "de"),
        ("De eerste Gigawatts gaan in 2026 live. GW is de eenheid.", "nl"),
        ("首批 GW 级数据中心于2026年上线。", "zh"),
    ],
)
def test_a_unit_is_no_name(text: str, lang: str) -> None:
    found = {text[lo:hi] for lo, hi in name_finder(lang, frozenset()).find(text, 0, len(text))}
    assert found & {"Gigawatts", "Gigawatt", "GW", "Megawattstunden"} == set()
    assert "OpenAI" in found or lang != "en"
