"""A year named by the day it ends ("for the year ended December 31, 2024", "in the
12 months ended Dec. 31", "截至2024年12月31日止年度") is that year, or the fiscal year it
ends; and a figure right after the words of a year-ago base ("较同期的1524亿欧元", "down
from the year-ago 152.4 billion euros") is no figure of the sentence's year."""

from __future__ import annotations

import pytest

from factcheck.extraction.quarter_ends import period_ending
from tests.annotating import annotated_claims


def times(text: str, lang: str, date: str | None) -> dict[str, str | None]:
    return {c.text: c.time for c in annotated_claims(text, lang, date)}


@pytest.mark.parametrize(
    ("lang", "text", "figure", "period"),
    [
        # from the corpus: Yicai on Xiaomi's 2024 results, published 19 March 2025
        ("en", "Net profit totaled CNY23.6 billion (USD3.3 billion) in the 12 months ended Dec. 31, up 35 percent.", "CNY23.6 billion", "2024"),
        ("en", "Xiaomi's net profit was CNY23.6 billion for the year ended December 31, 2024.", "CNY23.6 billion", "2024"),
        ("en", "Microsoft's revenue was 245 billion dollars for the fiscal year ended June 30, 2024.", "245 billion dollars", "FY2024"),
        ("de", "Xiaomi erzielte in den zwölf Monaten bis Ende Dezember einen Nettogewinn von 23,6 Milliarden Yuan.", "23,6 Milliarden Yuan", "2024"),
        ("de", "Siemens setzte im Geschäftsjahr bis Ende September 2024 75,9 Milliarden Euro um.", "75,9 Milliarden Euro", "FY2024"),
        ("nl", "Xiaomi boekte in de twaalf maanden tot eind december een nettowinst van 23,6 miljard yuan.", "23,6 miljard yuan", "2024"),
        ("zh", "截至2024年12月31日止年度,小米集团净利润为236亿元。", "236亿元", "2024"),
        # a quarter named by its end is still the quarter
        ("en", "In the quarter ended September 30, 2024, Xiaomi's revenue was CNY92.5 billion.", "CNY92.5 billion", "2024-Q3"),
    ],
)  # fmt: skip
def test_a_year_named_by_its_end_is_that_year(
    lang: str, text: str, figure: str, period: str
) -> None:
    assert times(text, lang, "2025-03-19")[figure] == period


@pytest.mark.parametrize(
    ("text", "published", "period"),
    [
        ("in the 12 months ended Dec. 31", "2025-03-19", "2024"),
        ("in the 12 months ended Dec. 31", None, None),  # no year and no date: none
        ("in the twelve months to March", "2025-06-02", "FY2025"),
        ("in the twelve months to March", "2025-02-02", "FY2024"),  # the last March ended
        ("a year to September 2025", None, "FY2025"),
    ],
)
def test_a_year_end_without_its_year_is_the_last_before_publication(
    text: str, published: str | None, period: str | None
) -> None:
    assert period_ending(text, "en", published) == period


@pytest.mark.parametrize(
    ("lang", "text", "base", "figure"),
    [
        # from the corpus: dongchedi on Mercedes-Benz's 2024 results
        ("zh", "2024年奔驰实现营收1456亿欧元,较同期的1524亿欧元下滑4.5%。", "1524亿欧元", "1456亿欧元"),
        ("en", "Mercedes-Benz's 2024 revenue was 145.6 billion euros, down from the year-ago 152.4 billion euros.", "152.4 billion euros", "145.6 billion euros"),
        ("de", "Mercedes-Benz setzte 2024 145,6 Milliarden Euro um, nach einem Vorjahreswert von 152,4 Milliarden Euro.", "152,4 Milliarden Euro", "145,6 Milliarden Euro"),
        ("nl", "Mercedes-Benz zette in 2024 145,6 miljard euro om, tegen een jaar eerder 152,4 miljard euro.", "152,4 miljard euro", "145,6 miljard euro"),
    ],
)  # fmt: skip
def test_a_year_ago_base_is_no_figure_of_the_sentences_year(
    lang: str, text: str, base: str, figure: str
) -> None:
    read = times(text, lang, "2025-02-20")
    assert (read[base], read[figure]) == (None, "2024")


def test_the_change_beside_a_base_keeps_the_year() -> None:
    read = times("2024年奔驰实现营收1456亿欧元,较同期的1524亿欧元下滑4.5%。", "zh", "2025-02-20")
    assert read["4.5%"] == "2024"
