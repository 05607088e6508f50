"""Held-out batches 18 and 19 (results pages without a publication date): a quarter
named without its year ("In the second quarter", "第二季营收为…") after one named with
it ("the first quarter of 2025") is of that year; a comparison's base quarter is not.
Also the text's own shapes around it: a dateline's place ("London: Nach dem Sieg …")
is no subject, a full stop glued to the next sentence ends one, "Cloud- und
KI-Infrastruktur" is one clause, and German result nouns after "das Unternehmen"
("Zahlen") are no names."""

from __future__ import annotations

import pytest

from factcheck.extraction.scanner import extract_text
from factcheck.extraction.sentences import sentence_spans
from tests.news_reports import claim_subjects, report_of


def _periods(text: str, lang: str, published: str | None = None) -> list[tuple[str, str | None]]:
    return [(c.text, c.time) for c in extract_text(text, lang=lang, published=published)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("TSMC reported revenue of NT$839.25 billion for the first quarter of 2025. In the second "
         "quarter, revenue was NT$933.79 billion.", "en",
         [("NT$839.25 billion", "2025-Q1"), ("NT$933.79 billion", "2025-Q2")]),
        ("TSMC meldete für das erste Quartal 2025 einen Umsatz von 839,25 Milliarden Taiwan-Dollar. "
         "Im zweiten Quartal lag der Umsatz bei 933,79 Milliarden Taiwan-Dollar.", "de",
         [("839,25 Milliarden Taiwan-Dollar", "2025-Q1"),
          ("933,79 Milliarden Taiwan-Dollar", "2025-Q2")]),
        ("TSMC boekte in het eerste kwartaal van 2025 een omzet van 839 miljard Taiwanese dollar. "
         "In het tweede kwartaal was de omzet 934 miljard Taiwanese dollar.", "nl",
         [("839 miljard Taiwanese dollar", "2025-Q1"), ("934 miljard Taiwanese dollar", "2025-Q2")]),
        ("台积电2025年第一季合并营收为新台币8,392.5亿元。第二季营收为新台币9337.9亿元。", "zh",
         [("8,392.5亿元", "2025-Q1"), ("9337.9亿元", "2025-Q2")]),
    ],
)  # fmt: skip
def test_a_quarter_without_its_year_is_of_the_year_last_named(
    text: str, lang: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _periods(text, lang) == expected


def test_a_base_quarter_of_a_comparison_sets_no_year_of_its_own() -> None:
    text = "台积电2025年第一季毛利率为58.8%。与2024年第四季相比,毛利率下滑20个基点至58.8%。"
    assert _periods(text, "zh")[-1] == ("58.8%", None)


def test_a_dateline_names_no_subject() -> None:
    text = (
        "London: Nach dem klaren Sieg der Labour-Partei bei der Parlamentswahl hat der "
        "designierte Premier Starmer einen Neustart versprochen. Die Sozialdemokraten können "
        "mit 410 der 650 Sitze im Unterhaus rechnen."
    )
    subjects = dict(claim_subjects(report_of((text, "de"))))
    assert subjects["650 Sitze"] != "London"


def test_a_full_stop_glued_to_the_next_sentence_ends_one() -> None:
    text = "Die Aktie ist im Höhenflug.Der Konzern will 5 Mrd. investieren. Siehe www.example.com.De facto."
    assert [text[a:b] for a, b in sentence_spans(text, "de")] == [
        "Die Aktie ist im Höhenflug.",
        "Der Konzern will 5 Mrd. investieren.",
        "Siehe www.example.com.De facto.",
    ]


@pytest.mark.parametrize(
    ("text", "figure", "attribute"),
    [
        ("Alibaba will 380 Milliarden Yuan in den Ausbau seiner Cloud- und KI-Infrastruktur "
         "stecken.", "380 Milliarden Yuan", "capex"),
        ("Der Konzern Alibaba will mehr investieren. Kurz vor der Ankündigung legte das "
         "Unternehmen Zahlen vor: Der Umsatz stieg auf 280,15 Milliarden Yuan.",
         "280,15 Milliarden Yuan", "revenue"),
    ],
)  # fmt: skip
def test_german_compounds_and_result_nouns(text: str, figure: str, attribute: str) -> None:
    report = report_of((text, "de"))
    [claim] = [c for c in report.claims if c.text == figure]
    assert (str(claim.attribute), claim.subject.readable() if claim.subject else None) == (
        attribute,
        "Alibaba",
    )


@pytest.mark.parametrize(
    ("text", "lang", "figure", "subject"),
    [
        ("阿里巴巴季度营收达到2801.5亿元,同比增长8%。", "zh", "2801.5亿元", "Alibaba"),
        ("Als een aandeel van Apple bij de sluiting van de beurs van New York minstens 190,73 "
         "dollar waard is, sloopt de iPhone-maker de kaap van 3.000 miljard dollar beurswaarde.",
         "nl", "3.000 miljard dollar", "Apple"),
        ("苹果市值突破3万亿美元。", "zh", "3万亿美元", "Apple"),
    ],
)  # fmt: skip
def test_companies_and_the_cities_their_shares_trade_in(
    text: str, lang: str, figure: str, subject: str
) -> None:
    assert dict(claim_subjects(report_of((text, lang))))[figure] == subject
