"""A figure written as a change by an amount is a change of its measure, never its
level (held-out batch 13: "2023年德国的GDP将会比日本高将近0.2万亿美元" was Germany's GDP
and an error against $4.2 trillion; "Apple's revenue rose by $5 billion" was an error
against its $390 billion). The `amount_change` modifier of rules/attributes.yaml is
carried by the figure itself (a change word before it, lexicon/changes.yaml); measures
of differences (a lead, seats short of a majority) keep their names, and a verb's
particle ("set up", "shut down") is no change word."""

from __future__ import annotations

import pytest

from tests.annotating import annotated_claims
from tests.news_reports import flagged_rules, report_of


def measured(text: str, lang: str) -> dict[str, tuple[str, bool]]:
    claims = annotated_claims(text, lang, "2024-02-15")
    return {c.text: (str(c.attribute), c.change) for c in claims}


@pytest.mark.parametrize(
    ("lang", "text", "figure", "attribute"),
    [
        ("en", "Apple's revenue rose by $5 billion in 2023.", "$5 billion", "revenue_amount_change"),
        ("de", "Der Umsatz von Siemens stieg um 5 Milliarden Euro.", "5 Milliarden Euro",
         "revenue_amount_change"),
        ("nl", "De omzet van Philips steeg met 2 miljard euro.", "2 miljard euro",
         "revenue_amount_change"),
        ("zh", "城镇人口增加236415856人。", "236415856人", "urban_population_amount_change"),
        ("en", "Four more aftershocks then hit the area.", "Four", "quakes_amount_change"),
    ],
)  # fmt: skip
def test_a_change_by_an_amount_is_no_level(
    lang: str, text: str, figure: str, attribute: str
) -> None:
    assert measured(text, lang)[figure] == (attribute, True)


@pytest.mark.parametrize(
    ("lang", "text", "figure", "attribute"),
    [
        ("en", "China's population fell by 850,000 in 2022.", "850,000", "population_net_change"),
        ("en", "The BJP fell 32 seats short of the 272 majority mark.", "32 seats", "seats_short"),
        ("de", "BYD schlägt Tesla: Rund 41.000 Einheiten mehr verkauft als Tesla.",
         "Rund 41.000 Einheiten", "lead"),
        ("en", "Apple's revenue rose 5% to $390 billion in 2023.", "5%", "revenue_change"),
        ("zh", "人口自然增长率为-1.48‰。", "-1.48‰", "natural_growth_rate"),
    ],
)  # fmt: skip
def test_measures_of_changes_keep_their_names(
    lang: str, text: str, figure: str, attribute: str
) -> None:
    assert measured(text, lang)[figure][0] == attribute


@pytest.mark.parametrize(
    "text",
    [
        "Taiwan set up 17,975 polling stations for the 2024 election.",
        "The country shut down 12 reactors.",
        "The firm signed up 2,000 customers.",
    ],
)
def test_a_verbs_particle_is_no_change_word(text: str) -> None:
    assert not any(changed for _, changed in measured(text, "en").values())


def test_a_change_is_never_held_against_the_level() -> None:
    report = report_of(
        ("Apple's revenue rose by $5 billion in 2023.", "en"),
        ("Apple's revenue was $390 billion in 2023.", "en"),
        ("2023年德国的GDP将会比日本高将近0.2万亿美元。德国2023年GDP为4.46万亿美元。", "zh"),
        ("Japan's GDP came to $4.2 trillion in 2023.", "en"),
        published="2024-02-15",
    )
    assert flagged_rules(report) == []
