"""Batch 34's Nestlé pages: a measure word right before a relative clause is what the
clause goes on about, its levels as well as its changes, and no measure of a figure
before it ("net profit dropped 2.9% to CHF 10.884 billion on sales revenue which eased
1.8% to CHF 91.354 billion"); "eased", "dipped", "edged down" are changes; a year that
ends on 31 December, named without its year, is the year before an article dated by
its year alone."""

from __future__ import annotations

import pytest

from tests.annotating import readings

RELATIVE = [
    ("en", "Nestlé said net profit dropped 2.9% to CHF 10.884 billion on sales revenue which eased 1.8% to CHF 91.354 billion.",
     {"2.9%": "profit_change", "CHF 10.884 billion": "profit", "1.8%": "revenue_change", "CHF 91.354 billion": "revenue"}),
    ("de", "Nestlé meldete einen Reingewinn von 10,9 Milliarden Franken. Der Umsatz, der um 1,8 Prozent auf 91,4 Milliarden Franken sank, enttäuschte.",
     {"10,9 Milliarden Franken": "profit", "1,8 Prozent": "revenue_change", "91,4 Milliarden Franken": "revenue"}),
    ("nl", "Nestlé boekte een nettowinst van 10,9 miljard frank. De omzet die met 1,8 procent daalde tot 91,4 miljard frank viel tegen.",
     {"10,9 miljard frank": "profit", "1,8 procent": "revenue_change", "91,4 miljard frank": "revenue"}),
    ("zh", "雀巢净利润下降2.9%至108.84亿瑞士法郎,销售额同比下降1.8%至913.54亿瑞士法郎。",
     {"2.9%": "profit_change", "108.84亿瑞士法郎": "profit", "1.8%": "revenue_change", "913.54亿瑞士法郎": "revenue"}),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), RELATIVE)
def test_a_measure_word_before_a_relative_clause_names_its_figures(
    lang: str, text: str, expected: dict[str, str]
) -> None:
    """The profit had been revenue (the nearest word, the relative clause's), and the
    clause's level a bare amount: a value conflict with the sources' revenue. Chinese
    puts the relative clause before its noun: the plain clause is its guard."""
    read = readings(text, lang)
    assert {figure: read[figure].attribute for figure in expected} == expected


def test_a_level_after_a_relative_clause_set_off_by_commas_is_still_the_clauses() -> None:
    """ "A turnover of 27.6 billion, which is a rise of 30 %": the change borrows, as
    before; the level before the comma keeps its own reading."""
    read = readings("Revenue of €27.6 billion, which is a rise of 30 %, was reported.", "en")
    assert (read["€27.6 billion"].attribute, read["30 %"].attribute) == (
        "revenue",
        "revenue_change",
    )


@pytest.mark.parametrize("verb", ["eased", "dipped", "edged down", "slid", "sank", "tumbled"])
def test_easing_verbs_make_a_change(verb: str) -> None:
    read = readings(f"Nestlé's sales {verb} 1.8% in 2024.", "en")
    assert read["1.8%"].attribute == "revenue_change"


@pytest.mark.parametrize(
    ("published", "ending", "expected"),
    [
        ("2025", "31 December", "2024"),
        ("2025", "December 31", "2024"),
        ("2025-02-13", "31 December", "2024"),
        ("2025", "30 September", None),
    ],
)
def test_a_year_end_without_its_year_counts_back_from_a_year_of_publication(
    published: str, ending: str, expected: str | None
) -> None:
    """An article the manifest dates by its year alone: every day of 2025 comes after
    31 December 2024, but a year ending in September may be 2025's or 2024's."""
    text = f"Nestlé's sales eased to CHF 91.4 billion in the year ending {ending}."
    assert readings(text, "en", published)["CHF 91.4 billion"].time == expected


YEAR_EARLIER = [
    ("en", "Revenue rose to 10 billion euros in the third quarter, from 9 billion euros a year earlier.", "10 billion euros", "9 billion euros", "2023-Q3"),
    ("nl", "De omzet steeg in het derde kwartaal naar 10 miljard euro, van 9 miljard euro een jaar eerder.", "10 miljard euro", "9 miljard euro", "2023-Q3"),
    ("zh", "第三季度营收增至100亿欧元,一年前为90亿欧元。", "100亿欧元", "90亿欧元", "2023-Q3"),
    ("de", "Der Umsatz stieg im dritten Quartal auf 10 Milliarden Euro, nach 9 Milliarden Euro ein Jahr zuvor.", "10 Milliarden Euro", "9 Milliarden Euro", None),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "figure", "base", "expected"), YEAR_EARLIER)
def test_a_year_earlier_after_a_quarter_is_that_quarter_a_year_before(
    lang: str, text: str, figure: str, base: str, expected: str | None
) -> None:
    """The base had been the whole of 2023, a false conflict with the year's revenue
    (batch 34: Rheinmetall's backlog at the end of the first half against the 38
    billion of the end of 2023). German "nach" opens a base with no period (the guard)."""
    read = readings(text, lang, "2024-11-07")
    assert (read[figure].time, read[base].time) == ("2024-Q3", expected)


def test_a_year_earlier_after_a_whole_year_is_the_year_before() -> None:
    read = readings(
        "Revenue rose to 10 billion euros in 2024, from 9 billion euros a year earlier.", "en"
    )
    assert read["9 billion euros"].time == "2023"


PERIOD_ENDS = [
    ("en", "Rheinmetall's backlog reached 48.6 billion euros at the end of the first half.", "48.6 billion euros"),
    ("de", "Der Auftragsbestand von Rheinmetall stieg zum Ende des ersten Halbjahres auf 48,6 Milliarden Euro.", "48,6 Milliarden Euro"),
    ("nl", "Het orderboek van Rheinmetall groeide aan het eind van de eerste jaarhelft naar 48,6 miljard euro.", "48,6 miljard euro"),
    ("zh", "莱茵金属上半年末订单储备增至486亿欧元。", "486亿欧元"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "figure"), PERIOD_ENDS)
def test_the_end_of_a_half_named_without_its_year_dates_a_level(
    lang: str, text: str, figure: str
) -> None:
    """ "zum Ende des ersten Halbjahres" had also made "ersten" a rank."""
    read = readings(text, lang, "2024-08-07")
    assert read[figure].time == "2024-H1"
    assert set(read) == {figure}


def test_a_german_quarter_in_the_genitive_dates_its_figure() -> None:
    read = readings(
        "Der Umsatz des dritten Quartals lag bei 5 Milliarden Euro.", "de", "2024-11-07"
    )
    assert {k: v.time for k, v in read.items()} == {"5 Milliarden Euro": "2024-Q3"}
