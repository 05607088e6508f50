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
