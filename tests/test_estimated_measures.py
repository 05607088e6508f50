"""A quake's magnitude and depth, a storm's winds and a tsunami's waves are estimated by
several agencies and revised within hours: two articles that differ may give two
agencies' or two hours' figures (information), and one agency's two figures are a
revision (information), unless one article gives both from two agencies, or one
outlet's figure, credited to no agency, stands alone against what most outlets carry
(a slip). A payout per share shares a total's digits by chance."""

from __future__ import annotations

import pytest

from factcheck.runs.reporting import report_texts
from tests.news_reports import flagged_rules

KAMCHATKA = "Ein Erdbeben der Stärke {} erschütterte am 30. Juli 2025 Kamtschatka in Russland."


def _magnitudes(*values: str) -> list[tuple[str, str, str]]:
    return [(f"m{i}.txt", KAMCHATKA.format(v), "de") for i, v in enumerate(values)]


def test_two_articles_magnitudes_are_information() -> None:
    """8.7 (the first estimate) against 8.8 (the revised one): no sure conflict."""
    findings = report_texts(_magnitudes("8,7", "8,8")).findings
    assert [(f.rule, f.severity) for f in findings] == [("FC101", "info")]


def test_one_outlets_lone_magnitude_against_the_consensus_is_an_error() -> None:
    """8.9, in one article and credited to no agency, against the 8.8 of three others."""
    report = report_texts(_magnitudes("8,9", "8,8", "8,8", "8,8"))
    assert flagged_rules(report) == [("FC101", "error")]


def test_a_credited_magnitude_against_the_consensus_stays_information() -> None:
    """GFZ's 7.8 is GFZ's estimate, not a slip, however many outlets carry USGS's 8.8."""
    texts = [
        ("g.txt", "Das GFZ gab die Stärke des Bebens in Russland mit 7,8 an.", "de"),
        *_magnitudes("8,8", "8,8", "8,8"),
    ]
    assert flagged_rules(report_texts(texts)) == []


def test_one_article_giving_two_magnitudes_is_warned_of() -> None:
    text = (
        "Die Behörden in Russland gaben die Stärke zunächst mit 8,0 an. "
        "Laut USGS hatte das Beben in Russland eine Stärke von 8,8."
    )
    assert flagged_rules(report_texts([("a.txt", text, "de")])) == [("FC101", "warning")]


@pytest.mark.parametrize(
    ("texts", "lang"),
    [
        (["Laut USGS lag das Beben in Russland zunächst in 10 Kilometern Tiefe.",
          "Laut USGS lag das Beben in Russland in 28 Kilometern Tiefe."], "de"),
        (["The USGS first put the depth of the quake in Afghanistan at 10 km.",
          "The quake in Afghanistan was 28 km deep, according to the USGS."], "en"),
        (["Volgens de USGS lag het epicentrum in Afghanistan op een diepte van 10 kilometer.",
          "Volgens de USGS lag het epicentrum in Afghanistan op 28 kilometer diepte."], "nl"),
        (["据美国地质调查局，阿富汗地震震源深度为10公里。",
          "据美国地质调查局，阿富汗地震震源深度为28公里。"], "zh"),
    ],
)  # fmt: skip
def test_one_agencys_two_estimates_are_a_revision(texts: list[str], lang: str) -> None:
    """Batch 57: the USGS's first 10 km against its revised 28 km (in one article or
    two) had been an error; one agency on both sides revised its figure."""
    one = report_texts([("a.txt", " ".join(texts), lang)]).findings
    two = report_texts([(f"{i}.txt", t, lang) for i, t in enumerate(texts)]).findings
    assert [(f.rule, f.severity) for f in [*one, *two]] == [("FC101", "info")] * 2


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Das Beben in Russland lag in 19,3 Kilometern Tiefe.", "The quake in Russia struck at a depth of 10 km."),
        ("Milton traf Florida mit Winden von 205 km/h.", "Milton hit Florida with winds of 160 km/h."),
    ],
)  # fmt: skip
def test_depths_and_winds_of_two_articles_are_information(left: str, right: str) -> None:
    texts = [
        ("a.txt", f"date 2025-07-30 {left}", "de"),
        ("b.txt", f"date 2025-07-30 {right}", "en"),
    ]
    findings = report_texts(texts).findings
    assert [(f.rule, f.severity) for f in findings] == [("FC101", "info")]


def test_a_dividend_shares_no_digits_with_a_profit() -> None:
    """ "2,25 Euro je Aktie" against "2.25億歐元" of profit: no scale word written wrong
    (it was an FC102 error)."""
    texts = [
        ("a.txt", "BASF will für 2024 eine Dividende von 2,25 Euro je Aktie zahlen.", "de"),
        ("b.txt", "巴斯夫2023年凈收益為2.25億歐元。", "zh"),
    ]
    assert flagged_rules(report_texts(texts)) == []


def test_a_profit_slip_of_the_same_digits_is_still_found() -> None:
    texts = [
        ("a.txt", "BASF meldete für 2023 einen Nettogewinn von 225 Millionen Euro.", "de"),
        ("b.txt", "巴斯夫2023年净利润为2.25万亿欧元。", "zh"),
    ]
    assert flagged_rules(report_texts(texts)) == [("FC102", "error")]
