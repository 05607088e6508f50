"""A count that rose above a figure reached that level: "the toll rose above 2,000" is
no change of 2,000, and "stieg auf über 2065" is a toll, not the year 2065 (a year-like
number after a level word was read as a count only with nothing between them). A share
that rose more than 30 % still rose by that much."""

from __future__ import annotations

import pytest

from tests.annotating import annotated_claims


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "The death toll rose to over 2065.", "over 2065"),
        ("de", "Die Zahl der Toten stieg auf über 2065.", "über 2065"),
        ("nl", "Het dodental steeg tot boven de 2065.", "boven de 2065"),
        ("zh", "死亡人数升至超过2065人。", "超过2065人"),
    ],
)  # fmt: skip
def test_a_year_like_toll_after_a_bound_is_a_count(lang: str, text: str, figure: str) -> None:
    [claim] = [c for c in annotated_claims(text, lang) if c.text == figure]
    assert (claim.value, claim.bound, str(claim.attribute)) == (2065, "gt", "death_toll")


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "The death toll rose above 2,000 on Sunday.", "above 2,000"),
        ("de", "Die Zahl der Toten stieg auf über 2.000.", "über 2.000"),
        ("nl", "Het dodental steeg tot boven de 2.000.", "boven de 2.000"),
        ("en", "The heat rose above 45 degrees Celsius.", "above 45 degrees Celsius"),
    ],
)  # fmt: skip
def test_a_count_that_rose_above_a_figure_reached_it(lang: str, text: str, figure: str) -> None:
    [claim] = [c for c in annotated_claims(text, lang) if c.text == figure]
    assert (claim.bound, claim.change) == ("gt", False)


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Revenue rose more than 30%.", "more than 30%"),
        ("de", "Der Umsatz stieg um mehr als 30 Prozent.", "mehr als 30 Prozent"),
        ("nl", "De omzet steeg met meer dan 30 procent.", "meer dan 30 procent"),
        ("zh", "营收增长超过30%。", "超过30%"),
    ],
)  # fmt: skip
def test_a_share_that_rose_more_than_a_figure_rose_by_it(lang: str, text: str, figure: str) -> None:
    [claim] = [c for c in annotated_claims(text, lang) if c.text == figure]
    assert (claim.bound, claim.change, str(claim.attribute)) == ("gt", True, "revenue_change")


@pytest.mark.parametrize(
    ("lang", "text", "change", "level"),
    [
        ("en", "The VVD lost ten seats and is down to 24.", "ten seats", "24"),
        ("de", "Die VVD verliert acht Mandate und muss sich nun mit 24 begnügen.", "acht Mandate",
         "24"),
        ("de", "Die VVD verlor zehn Mandate und kommt nun auf 24.", "zehn Mandate", "24"),
        ("nl", "De VVD gaat elf zetels achteruit naar 23.", "elf zetels", "23"),
        ("zh", "人民党席位减少了3个，降至50个席位。", "3个", "50个席位"),
    ],
)  # fmt: skip
def test_the_level_a_change_of_seats_reached_is_seats(
    lang: str, text: str, change: str, level: str
) -> None:
    """Batch of the Dutch election: berlin247's "muss sich nun mit 24 begnügen" was a
    second change of the VVD's seats beside its eight lost, so each side of the eight
    against dpa-AFX's ten had several figures and the disagreement was unsure."""
    claims = {c.text: (str(c.attribute), c.change) for c in annotated_claims(text, lang)}
    assert claims[change][0] == "seat_change"
    assert claims[level] == ("seats", False)


@pytest.mark.parametrize(
    ("lang", "text", "change", "level"),
    [
        ("en", "China's population fell by 850,000 to 1.4118 billion in 2022.", "850,000",
         "1.4118 billion"),
        ("zh", "2022年全国人口减少85万人至14.1175亿人。", "85万人", "14.1175亿人"),
    ],
)  # fmt: skip
def test_by_a_change_to_a_level_is_two_figures_not_a_range(
    lang: str, text: str, change: str, level: str
) -> None:
    claims = {c.text: c for c in annotated_claims(text, lang)}
    assert (claims[change].change, str(claims[change].attribute)) == (
        True,
        "population_net_change",
    )
    assert (claims[level].change, str(claims[level].attribute)) == (False, "population")


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Sales rose by 10 to 20 percent.", "10 to 20 percent"),
        ("zh", "销量增长10至20%。", "10至20%"),
    ],
)
def test_a_change_by_a_range_of_rates_stays_a_range(lang: str, text: str, figure: str) -> None:
    [claim] = annotated_claims(text, lang)
    assert (claim.text, claim.low, claim.high, claim.change) == (figure, 10, 20, True)


def test_a_level_after_a_change_word_keeps_a_change_measure_its_sentence_does_not_name() -> None:
    """ "重傷減少3人至30人" names no population: the thirty are no population figure."""
    claims = {c.text: str(c.attribute) for c in annotated_claims("重傷減少3人至30人。", "zh")}
    assert claims["30人"] != "population"
