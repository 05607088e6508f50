"""Held-out batch 45 (Germany's election of February 2025, ASML's third quarter of 2025,
Google and Wiz): a date the first sentence gives its event is not the page's date; the
last three months of a year are its fourth quarter; a figure per share converted in
brackets is one figure; English words of a results table are no names in any
language; and one number written alike for two periods is no misdating when each
period states a finer figure of its own."""

from __future__ import annotations

import pytest

from factcheck.load.pubdate import find_publication_date
from tests.annotating import annotated_claims, readings
from tests.news_reports import flagged_rules, report_dated

LONG = " The result was clear, and the parties began to talk about a coalition at once."


@pytest.mark.parametrize(
    "text",
    [
        "柏林——在2025年2月23日举行的德国联邦议院选举中,联盟党以28.6%的得票率成为第一大党。" * 2,
        "BERLIN — On 23 February 2025 the Germans elected a new Bundestag." + LONG,
        "BERLIN — Am 23. Februar 2025 wählten die Deutschen einen neuen Bundestag." + LONG,
        "DEN HAAG — Op 29 oktober 2025 kozen de Nederlanders een nieuwe Tweede Kamer." + LONG,
    ],
)
def test_the_date_of_the_event_a_story_opens_with_is_not_its_publication_date(
    text: str,
) -> None:
    """The draft's "在2025年2月23日举行的" had dated it to the election day, so its
    "第四季度" became the fourth quarter of 2024."""
    assert find_publication_date(text) is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Berlin, 12. September 2025 – Die Firma hat heute ihre Zahlen vorgelegt." + LONG,
         "2025-09-12"),
        ("Published on 3 March 2025\nThe company reported its results.", "2025-03-03"),
        ("2025-10-16 ASML reported third-quarter earnings on Wednesday." + LONG, "2025-10-16"),
    ],
)  # fmt: skip
def test_a_dateline_and_a_header_still_date_the_page(text: str, date: str) -> None:
    assert find_publication_date(text) == date


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("de", "Der Umsatz soll in den letzten drei Monaten des Gesamtjahres 2025 zwischen "
         "9,2 und 9,8 Milliarden Euro liegen.", "9,2 und 9,8 Milliarden Euro"),
        ("de", "Für die letzten drei Monate des Jahres 2025 erwartet ASML 9,5 Milliarden Euro "
         "Umsatz.", "9,5 Milliarden Euro"),
        ("en", "ASML expects sales of 9.5 billion euros in the last three months of 2025.",
         "9.5 billion euros"),
        ("nl", "ASML verwacht in de laatste drie maanden van 2025 een omzet van 9,5 miljard euro.",
         "9,5 miljard euro"),
    ],
)  # fmt: skip
def test_the_last_three_months_of_a_year_are_its_fourth_quarter(
    lang: str, text: str, figure: str
) -> None:
    """Read as the whole year, ASML's fourth-quarter guidance was held against its
    full-year sales (327亿欧元) as an error."""
    assert readings(text, lang)[figure].time == "2025-Q4"


@pytest.mark.parametrize(
    ("lang", "text", "converted"),
    [
        ("en", "ASML reported third-quarter earnings of 5.49 euros a share ($6.38).", "$6.38"),
        ("de", "ASML verdiente im dritten Quartal 5,49 Euro je Aktie (6,38 Dollar).",
         "6,38 Dollar"),
        ("nl", "ASML verdiende in het derde kwartaal 5,49 euro per aandeel (6,38 dollar).",
         "6,38 dollar"),
        ("zh", "阿斯麦第三季度每股盈利5.49欧元每股（6.38美元）。", "6.38美元"),
    ],
)  # fmt: skip
def test_a_per_share_figure_converted_in_brackets_is_a_conversion(
    lang: str, text: str, converted: str
) -> None:
    """Two outlets' conversions at two days' rates ($6.38, $6.41) were an error."""
    claims = {c.text: c for c in annotated_claims(text, lang)}
    assert claims[converted].conversion
    assert not any(c.conversion for c in claims.values() if c.text != converted)


def test_a_bracket_of_another_figure_of_the_same_unit_is_no_conversion() -> None:
    claims = annotated_claims("The plant builds 5 million cars a year (4 million).", "en")
    assert [c.conversion for c in claims] == [False, False]


@pytest.mark.parametrize(
    ("lang", "text", "figure", "attribute"),
    [
        ("nl", "ASML boekte goede resultaten.\n✅ Net Bookings van €5,5 miljard (Q1 2025: €3,9 "
         "miljard)", "€5,5 miljard", "bookings"),
        ("nl", "ASML boekte goede resultaten.\n✅ Net Sales van €7,5 miljard", "€7,5 miljard",
         "revenue"),
        ("en", "ASML had a good quarter. Gross Margin of 51.6% beat estimates.", "51.6%",
         "gross_margin"),
        ("de", "ASML legte Zahlen vor.\nNet Sales: 7,5 Milliarden Euro", "7,5 Milliarden Euro",
         "revenue"),
        ("en", "ASML results.\nTotal Net Sales €7,516 million", "€7,516 million", "revenue"),
    ],
)  # fmt: skip
def test_english_words_of_a_results_table_are_no_names(
    lang: str, text: str, figure: str, attribute: str
) -> None:
    """ "Net Bookings" was taken for a company that had ASML's bookings."""
    reading = readings(text, lang)[figure]
    assert (reading.subject, reading.attribute) == ("ASML", attribute)


SALES_2025 = ("ASML's net sales in the third quarter of 2025 came in at 7.5 billion euros.", "en")
FINER_2025 = ("ASML reported third-quarter 2025 net sales of €7.52 billion.", "en")
SALES_2024 = ("In the third quarter of 2024, ASML's net sales were EUR 7.50 billion.", "en")


def test_one_number_rounding_two_periods_finer_figures_is_no_misdating() -> None:
    """7.5 rounds 2025's €7.52 billion; 2024's 7.50 is another figure."""
    published = "2025-10-16"
    report = report_dated(
        *((text, lang, published) for text, lang in (SALES_2025, FINER_2025, SALES_2024))
    )
    assert flagged_rules(report) == []


def test_the_same_number_for_two_periods_alone_is_still_a_misdating() -> None:
    published = "2025-10-16"
    report = report_dated(*((text, lang, published) for text, lang in (SALES_2025, SALES_2024)))
    assert flagged_rules(report) == [("FC105", "warning")]


def test_a_name_after_an_opening_article_keeps_its_common_words() -> None:
    read = readings("The World Health Organization counted 5,000 cases.", "en")
    assert read["5,000 cases"].subject == "World Health Organization"
