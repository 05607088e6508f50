"""A part's proportion of a measure is a share, not a change of that measure
(held-out batch 10: "a sharp rise in the percentage of the aged population, from 13.3%
in 2010 to 18.7%" was China's population growth, an error against "Van 2000 tot 2010
nam de bevolking nog toe met 5,84 procent"). The `share` modifier of
rules/attributes.yaml names it; a measure in percent keeps its own name, and only
headcounts, counts and amounts have shares."""

from __future__ import annotations

import pytest

from tests.annotating import annotated_claims
from tests.news_reports import flagged_rules, report_of

AGED_SHARE = (
    "Concerns over a demographic crisis continued to loom in view of a sharp rise in the "
    "percentage of the aged population, from 13.3% in 2010 to 18.7% in 2020."
)
GROWTH_2000_2010 = "Van 2000 tot 2010 nam de bevolking van China nog toe met 5,84 procent."


def attributes_of(text: str, lang: str) -> dict[str, tuple[str, str | None]]:
    claims = annotated_claims(text, lang, "2021-05-11")
    return {c.text: (str(c.attribute), c.time) for c in claims}


def test_the_held_out_share_is_a_share_in_its_years() -> None:
    assert attributes_of(AGED_SHARE, "en") == {
        "13.3%": ("population_share", "2010"),
        "18.7%": ("population_share", "2020"),
    }


@pytest.mark.parametrize(
    ("lang", "text", "figure", "attribute"),
    [
        ("en", "The share of people aged 65 and over rose to 13.5%.", "13.5%",
         "population_aged_65_plus_share"),
        ("de", "Der Anteil der Menschen über 65 Jahre an der Bevölkerung liegt bei 13,5 Prozent.",
         "13,5 Prozent", "population_share"),
        ("nl", "Het aandeel van de bevolking ouder dan 60 steeg van 13,3 procent naar 18,7 procent.",
         "18,7 procent", "population_aged_60_plus_share"),
        ("zh", "65岁及以上人口占比为13.5%。", "13.5%", "population_aged_65_plus_share"),
        ("zh", "城镇人口比重为63.89%。", "63.89%", "urban_population_share"),
        ("en", "Cloud accounted for a 40% share of revenue in 2023.", "40%", "revenue_share"),
    ],
)  # fmt: skip
def test_a_proportion_of_a_measure_is_its_share(
    lang: str, text: str, figure: str, attribute: str
) -> None:
    assert attributes_of(text, lang)[figure][0] == attribute


@pytest.mark.parametrize(
    ("lang", "text", "figure", "attribute"),
    [
        ("nl", GROWTH_2000_2010, "5,84 procent", "population_change"),
        ("en", "China's population grew by 5.38% in ten years.", "5.38%", "population_change"),
        ("de", "Die SPD kam auf einen Stimmenanteil von 16,4 Prozent.", "16,4 Prozent", "vote_share"),
        ("nl", "De VVD kreeg een aandeel van 22 procent van de stemmen.", "22 procent", "vote_share"),
        ("nl", "Het aandeel ASML steeg 5 procent tot 600 euro.", "5 procent", "share_price_change"),
        ("zh", "该党得票率为16.4%。", "16.4%", "vote_share"),
        ("de", "Der Anteil ist um 13 Prozentpunkte größer als noch vor zehn Jahren.",
         "13 Prozentpunkte", "percent:percentage_point"),
    ],
)  # fmt: skip
def test_changes_and_measures_in_percent_keep_their_names(
    lang: str, text: str, figure: str, attribute: str
) -> None:
    assert attributes_of(text, lang)[figure][0] == attribute


def test_a_share_is_never_held_against_a_growth_rate() -> None:
    report = report_of(
        ("China's census shows the population reached 1.41 billion. " + AGED_SHARE, "en"),
        (GROWTH_2000_2010 + " De bevolking telt nu 1,41 miljard inwoners.", "nl"),
    )
    assert flagged_rules(report) == []
