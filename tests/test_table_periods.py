"""Issue 14, time: a figure in a table takes the period of its column, and a company's
fiscal year that is the calendar year is that year. In a results table ("Q3 2023 Q4
2023 FY 2022 FY 2023" over "Net sales 6,673 7,237 21,173 27,559", en-asml) each figure
speaks for its own column's period, not for the first year of the lines around it.
A bare figure of a measure that counts something ("ASML sold 421") is not given that
thing when a word after it names what it counts ("421 new lithography systems").
"""

from __future__ import annotations

import pytest
from annotating import annotated_claims

from factcheck.extraction.scanner import extract_text
from factcheck.knowledge import Knowledge
from factcheck.models import Subject

ASML_TABLE = """(Figures in millions of euros unless otherwise indicated) Q3 2023 Q4 2023 FY 2022 FY 2023
Net sales 6,673 7,237 21,173 27,559
...of which Installed Base Management sales 1 1,365 1,555 5,743 5,620

New lithography systems sold (units) 105 113 317 421
"""


def periods(text: str, lang: str) -> dict[str, str | None]:
    return {c.text: c.time for c in extract_text(text, lang)}


def test_figures_of_a_results_table_take_their_columns_period() -> None:
    found = periods(ASML_TABLE, "en")
    assert [found[t] for t in ("6,673", "7,237", "21,173", "27,559")] == [
        "2023-Q3",
        "2023-Q4",
        "FY2022",
        "FY2023",
    ]
    # a label's own mark ("sales 1") stands before the columns; blank lines do not end a table
    assert [found[t] for t in ("1,365", "5,620", "105", "421")] == [
        "2023-Q3",
        "FY2023",
        "2023-Q3",
        "FY2023",
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "| Company | 2022 | 2023 |\n|---|---|---|\n| Tesla | 1,313,851 | 1,808,581 |\n",
            {"1,313,851": "2022", "1,808,581": "2023"},
        ),
        (
            "de",
            "Umsatz in Mio. Euro   1. Quartal 2023   1. Quartal 2024\nKonzern   5.290   5.300\n",
            {"5.290": "2023-Q1", "5.300": "2024-Q1"},
        ),
        (
            "nl",
            "Omzet (miljoen euro)   2022   2023\nASML   21.173   27.559\n",
            {"21.173": "2022", "27.559": "2023"},
        ),
        (
            "zh",
            "营收（亿元）  2022年  2023年\n比亚迪  4240  6023\n",
            {"4240": "2022", "6023": "2023"},
        ),
    ],
)
def test_column_periods_in_four_languages(lang: str, text: str, expected: dict) -> None:
    found = periods(text, lang)
    assert {t: found.get(t) for t in expected} == expected


@pytest.mark.parametrize(
    ("lang", "text", "figure", "period"),
    [
        # rows under a caption that names no period: none
        ("en", "Scores of the last round\nAlpha 5 6 7\n", "6", None),
        # a header must end with its periods: "2022 and 2023 sales" heads no columns
        ("en", "Sales in 2022 and 2023 by region\nEurope 10 20\n", "20", None),
        # more columns than the row has figures: which is which is not known
        ("en", "Q1 2023 Q2 2023 Q3 2023\nSales 10 20\n", "20", None),
    ],
)
def test_lines_that_are_no_table_give_no_column_period(
    lang: str, text: str, figure: str, period: str | None
) -> None:
    assert periods(text, lang)[figure] == period


def annotated(text: str, lang: str = "en") -> dict[str, tuple]:
    return {c.text: (c.time, c.unit, c.subject) for c in annotated_claims(text, lang)}


def test_a_calendar_fiscal_year_is_that_year_and_a_june_one_is_not() -> None:
    asml = annotated("ASML had net sales of €27.6 billion in fiscal 2023.")
    assert asml["€27.6 billion"] == ("2023", "EUR", Subject(["ASML"]))
    microsoft = annotated("Microsoft had revenue of $245 billion in fiscal 2024.")
    assert microsoft["$245 billion"][0] == "FY2024"
    unknown = annotated("Acme Widgets had revenue of $2 billion in fiscal 2024.")
    assert unknown["$2 billion"][0] == "FY2024"


def test_a_product_takes_its_makers_fiscal_year() -> None:
    entities = Knowledge.from_dirs().entities
    assert entities.calendar_period(Subject(["SU7 Max"]), "FY2024") == "2024"
    assert entities.calendar_period(Subject(["ASML", "Microsoft"]), "FY2024") == "FY2024"
    assert entities.calendar_period(Subject(["ASML"]), "2024-Q3") == "2024-Q3"


@pytest.mark.parametrize(
    ("lang", "text", "figure", "unit"),
    [
        ("en", "ASML sold 421 new lithography systems in 2023.", "421", "count"),
        ("en", "ASML sold 421 in 2023.", "421", "vehicle"),
        (  # en-huffingtonpost
            "en",
            "Nearly two million of the Hong Kong’s seven million-strong population joined"
            " a demonstration against a controversial extradition bill, organisers say.",
            "Nearly two million",
            "person",
        ),
        (
            "de",
            "Tesla verkaufte 2023 insgesamt 1,8 Millionen und damit mehr.",
            "1,8 Millionen",
            "vehicle",
        ),
        ("de", "ASML verkaufte 2023 insgesamt 421 neue Lithografiesysteme.", "421", "count"),
        ("nl", "ASML verkocht in 2023 in totaal 421 nieuwe lithografiesystemen.", "421", "count"),
        ("nl", "Tesla verkocht in 2023 in totaal 1,8 miljoen.", "1,8 miljoen", "vehicle"),
    ],
)
def test_a_word_after_a_bare_figure_keeps_it_from_the_measures_counted_thing(
    lang: str, text: str, figure: str, unit: str
) -> None:
    assert annotated(text, lang)[figure][1] == unit
