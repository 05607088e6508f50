"""A statistics office's year in numbers (held-out batch 14, China's 2023 GDP). Retail
sales were revenue, GDP per head was GDP, youth unemployment and disposable income
had no measure, growth "at constant prices" (按不变价格计算) was a change of a price,
and "die Anlageinvestitionen um 3,0 Prozent" or "fixed-asset investment 3.0%" after
"output rose 4.6%" named no measure, so the figures were compared with nothing. Each
is now its own place-scoped measure (a country's, as the article names it); a list's
later items take the change of its verb; 零 inside 零售 ("retail") is no zero."""

from __future__ import annotations

import pytest

from tests.annotating import annotated_claims


def measured(text: str, lang: str) -> dict[str, tuple[str | None, str]]:
    claims = annotated_claims(text, lang, "2024-01-17")
    return {c.text: (c.subject.readable() if c.subject else None, str(c.attribute)) for c in claims}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "China's GDP per capita reached 89,358 yuan, and retail sales rose 7.2%, while "
               "youth unemployment stood at 14.9%.",
         {"89,358 yuan": "gdp_per_capita", "7.2%": "retail_sales_change",
          "14.9%": "youth_unemployment_rate"}),
        ("de", "In China lag das BIP pro Kopf bei 89.358 Yuan, die Arbeitslosenquote bei 5,2 "
               "Prozent und die Inflation bei 0,2 Prozent.",
         {"89.358 Yuan": "gdp_per_capita", "5,2 Prozent": "unemployment_rate",
          "0,2 Prozent": "inflation"}),
        ("nl", "In China bedroeg de jeugdwerkloosheid 14,9 procent en groeide de buitenlandse "
               "handel met 0,2 procent.",
         {"14,9 procent": "youth_unemployment_rate", "0,2 procent": "foreign_trade_change"}),
        ("zh", "去年中国国内生产总值达1260582亿元,按不变价格计算,比上年增长5.2%。人均国内生产总值达"
               "89358元。全国居民人均可支配收入39218元,扣除价格因素实际增长6.1%。",
         {"1260582亿元": "gdp", "5.2%": "gdp_change", "89358元": "gdp_per_capita",
          "39218元": "disposable_income", "6.1%": "disposable_income_change"}),
    ],
)  # fmt: skip
def test_a_countrys_statistics_are_measures_of_their_own(
    lang: str, text: str, expected: dict[str, str]
) -> None:
    found = measured(text, lang)
    assert {figure: found[figure] for figure in expected} == {
        figure: ("China", attribute) for figure, attribute in expected.items()
    }


@pytest.mark.parametrize(
    ("lang", "text", "figures"),
    [
        ("en", "In China, industrial output rose 4.6% last year, fixed-asset investment 3.0% "
               "and retail sales 7.2%.", ("4.6%", "3.0%", "7.2%")),
        ("de", "Die Industrieproduktion in China stieg um 4,6 Prozent, die Anlageinvestitionen "
               "um 3,0 Prozent und die Einzelhandelsumsätze um 7,2 Prozent.",
         ("4,6 Prozent", "3,0 Prozent", "7,2 Prozent")),
        ("nl", "In China steeg de industriële productie met 4,6 procent, de investeringen in vaste "
               "activa met 3,0 procent en de detailhandelsverkopen met 7,2 procent.",
         ("4,6 procent", "3,0 procent", "7,2 procent")),
        ("zh", "中国工业增加值增长4.6%,固定资产投资增长3.0%,社会消费品零售总额增长7.2%。",
         ("4.6%", "3.0%", "7.2%")),
    ],
)  # fmt: skip
def test_a_lists_items_take_the_change_of_its_verb(
    lang: str, text: str, figures: tuple[str, str, str]
) -> None:
    found = measured(text, lang)
    assert [found[f][1] for f in figures] == [
        "industrial_output_change",
        "fixed_asset_investment_change",
        "retail_sales_change",
    ]


def test_a_measure_without_a_change_word_is_a_level() -> None:
    text = (
        "Die Anlageinvestitionen lagen bei 50,3 Billionen Yuan, der Einzelhandel bei 3,0 Prozent."
    )
    assert measured(text, "de")["3,0 Prozent"][1] == "percent:percent"


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("社会消费品零售总额达47.15万亿元。", ["47.15万亿元"]),
        ("零部件出口增长了12%。", ["12%"]),
    ],
)  # fmt: skip
def test_zero_inside_a_word_is_no_number(text: str, figures: list[str]) -> None:
    assert [c.text for c in annotated_claims(text, "zh", "2024-01-17")] == figures
