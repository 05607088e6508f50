"""Age groups of a population are measures of their own in all four languages (issue
14): "aged 65 and over", "ab 65 Jahren", "65 jaar en ouder" had no keyword (only
"65岁及以上人口" had), so such a figure was the country's whole population and was held
against 1.41 billion."""

from __future__ import annotations

import pytest

from tests.annotating import annotated_claims


@pytest.mark.parametrize(
    ("lang", "text", "figure", "attribute"),
    [
        ("en", "China's population aged 65 and over was 209.78 million.", "209.78 million",
         "population_aged_65_plus"),
        ("de", "In China lebten 280,04 Millionen Menschen ab 60 Jahren.",
         "280,04 Millionen Menschen", "population_aged_60_plus"),
        ("nl", "In China woonden 209,78 miljoen mensen van 65 jaar en ouder.",
         "209,78 miljoen mensen", "population_aged_65_plus"),
        ("zh", "中国60周岁及以上人口28004万人。", "28004万人", "population_aged_60_plus"),
    ],
)  # fmt: skip
def test_an_age_group_is_its_own_population(
    lang: str, text: str, figure: str, attribute: str
) -> None:
    [claim] = [c for c in annotated_claims(text, lang) if c.text == figure]
    assert claim.attribute is not None and claim.attribute.name == attribute
