"""Market figures and whose they are (held-out batch 19). A share's move is a move of
one day (a German draft's "schoss die Aktie daraufhin um 14,56 Prozent nach oben",
after Alibaba's results, against another day's "down 5% in recent trade"), so an
undated move against another is information, never an alarm; a business unit between
a company and a figure makes the figure the unit's; the investor leading a round
(“由ICONIQ Capital領投”) is no subject of the round's figures."""

from __future__ import annotations

import pytest

from factcheck.runs.checking import check_texts
from tests.news_reports import claim_subjects, report_of

SOURCE = ("a.txt", "Alibaba shares were down 5% in recent trade in Hong Kong.", "en")


@pytest.mark.parametrize(
    ("draft", "lang"),
    [
        ("An der Börse in Hongkong schoss die Alibaba-Aktie daraufhin um 14,56 Prozent nach oben.",
         "de"),
        ("Alibaba shares jumped 14.56% in Hong Kong.", "en"),
        ("Het aandeel Alibaba steeg in Hongkong met 14,56 procent.", "nl"),
        ("阿里巴巴港股大涨14.56%。", "zh"),
    ],
)  # fmt: skip
def test_an_undated_share_move_is_no_alarm_against_another_days(draft: str, lang: str) -> None:
    result = check_texts(("draft.txt", draft, lang), [SOURCE])
    assert [f.severity for f in result.findings if f.severity != "info"] == []


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("Apple's services business is worth $1.5 trillion, Ives said.", "en", "$1.5 trillion"),
        ("Apples Sparte für Dienste ist nach Ansicht von Analysten 1,5 Billionen Dollar wert.",
         "de", "1,5 Billionen Dollar"),
        ("Apples divisie voor diensten is volgens analisten 1,5 biljoen dollar waard.", "nl",
         "1,5 biljoen dollar"),
        ("苹果的服务业务价值1.5万亿美元。", "zh", "1.5万亿美元"),
    ],
)  # fmt: skip
def test_a_business_units_figure_is_not_surely_its_owners(
    text: str, lang: str, figure: str
) -> None:
    """Batch 19: "its services business which we believe is worth $1.5 trillion" was
    Apple's market value, an error against the $3 trillion of every other page; a unit
    named between the owner and the figure makes the figure the unit's."""
    owner = "Apple is worth $3 trillion." if lang == "en" else None
    texts = [(text, lang), *([(owner, "en")] if owner else [])]
    claims = {c.text: c for c in report_of(*texts).claims}
    assert claims[figure].subject_sure is False
    if owner:
        assert claims["$3 trillion"].subject_sure is True


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("Anthropic raised $13 billion in a round led by ICONIQ, at a valuation of $183 billion.",
         "en", "$183 billion"),
        ("Anthropic sammelte in einer Runde unter Führung von ICONIQ 13 Milliarden Dollar ein, "
         "bei einer Bewertung von 183 Milliarden Dollar.", "de", "183 Milliarden Dollar"),
        ("Anthropic haalde in een ronde onder leiding van ICONIQ 13 miljard dollar op, bij een "
         "waardering van 183 miljard dollar.", "nl", "183 miljard dollar"),
        ("Anthropic完成新一轮融资，由ICONIQ Capital领投，估值达到1830亿美元。", "zh", "1830亿美元"),
    ],
)  # fmt: skip
def test_the_investor_leading_a_round_is_no_subject_of_it(
    text: str, lang: str, figure: str
) -> None:
    """Batch 19: "由ICONIQ Capital領投" (led by ICONIQ) made the lead investor the
    subject of Anthropic's valuation; 由 marks an agent, as "by" does in English."""
    assert dict(claim_subjects(report_of((text, lang))))[figure] == "Anthropic"
