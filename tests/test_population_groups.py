"""A part of a population is not the country's population (held-out batch 10: the
census bulletin's "居住在乡村的人口为509787562人" and "15—59岁人口为894376020人" were
China's population, an error against the 1.41 billion of seven outlets). Rural and
urban residents with 的 between the words, and an age group's headcount, are
measures of their own."""

from __future__ import annotations

import pytest

from tests.annotating import annotated_claims


@pytest.mark.parametrize(
    ("lang", "text", "figure", "attribute"),
    [
        ("zh", "全国人口中，居住在乡村的人口为509787562人。", "509787562人", "rural_population"),
        ("zh", "居住在城镇的人口为901991162人。", "901991162人", "urban_population"),
        ("zh", "全国人口中，15—59岁人口为894376020人。", "894376020人", "age_group_population"),
        ("en", "In China the 15- to 59-year-olds numbered 894.4 million people.", "894.4 million people",
         "age_group_population"),
        ("de", "In China zählte die Altersgruppe von 15 bis 59 Jahren 894,4 Millionen Menschen.",
         "894,4 Millionen Menschen", "age_group_population"),
        ("nl", "In China telde de leeftijdsgroep van 15 tot 59 jaar 894,4 miljoen mensen.",
         "894,4 miljoen mensen", "age_group_population"),
    ],
)  # fmt: skip
def test_part_of_a_population_is_a_measure_of_its_own(
    lang: str, text: str, figure: str, attribute: str
) -> None:
    claims = {c.text: c for c in annotated_claims(text, lang, "2021-05-11")}
    assert str(claims[figure].attribute) == attribute


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "China's population stood at 1.41 billion people.", "1.41 billion people"),
        ("de", "Chinas Bevölkerung lag bei 1,41 Milliarden Menschen.", "1,41 Milliarden Menschen"),
        ("nl", "De bevolking van China telde 1,41 miljard mensen.", "1,41 miljard mensen"),
        ("zh", "中国总人口为14.1亿人。", "14.1亿人"),
    ],
)  # fmt: skip
def test_the_whole_population_stays_the_population(lang: str, text: str, figure: str) -> None:
    claims = {c.text: c for c in annotated_claims(text, lang, "2021-05-11")}
    assert str(claims[figure].attribute) == "population"
