"""A ticker symbol and the exchange that lists it are no subjects (held-out batch 10:
"空中客车公司(证券交易所代码:AIR)" made "AIR" the subject of Airbus Defence and
Space's order intake two sentences on, an FC104 warning against the English release).
A ticker follows an exchange or a word for a ticker (`exchanges` in
lexicon/subjects.yaml), with a colon of either width; the exchange before the colon
is a label, not a name."""

from __future__ import annotations

import pytest

from tests.annotating import annotated_claims
from tests.annotating import subjects_of as subjects_in


def subjects_of(text: str, lang: str) -> dict[str, str | None]:
    return subjects_in(text, lang, "2024-02-15")


@pytest.mark.parametrize(
    ("lang", "text", "figure", "subject"),
    [
        # Airbus is listed (空客): the company, never its ticker "AIR"
        ("zh", "空中客车公司(证券交易所代码:AIR)报告了 2023 年全年 (FY) 综合财务业绩。\n\n"
               "空客防务与航天公司的订单金额增长了 15%,达到 157 亿欧元(2022 年:137 亿欧元)。",
         "137 亿欧元", "Airbus"),
        ("zh", "该集团(股票代码：XYZW)公布，订单金额达到157亿欧元。", "157亿欧元", None),
        ("en", "The group (Euronext Paris: AIR) reported its results. Order intake rose to "
               "€15.7 billion.", "€15.7 billion", None),
        ("de", "Der Konzern (Börsenkürzel: XYZW) meldete einen Auftragseingang von 15,7 "
               "Milliarden Euro.", "15,7 Milliarden Euro", None),
        ("nl", "Het concern (beurscode: XYZW) boekte 15,7 miljard euro aan orders.",
         "15,7 miljard euro", None),
    ],
)  # fmt: skip
def test_a_ticker_is_no_subject(lang: str, text: str, figure: str, subject: str | None) -> None:
    assert subjects_of(text, lang)[figure] == subject


@pytest.mark.parametrize(
    ("lang", "text", "figure", "subject"),
    [
        ("en", "Apple (NASDAQ: AAPL) reported revenue of $90 billion.", "$90 billion", "Apple"),
        ("de", "Tesla (Nasdaq: TSLA) lieferte 484.507 Fahrzeuge aus.", "484.507 Fahrzeuge",
         "Tesla"),
        ("nl", "ASML (Euronext: ASML) boekte een omzet van 27,6 miljard euro.",
         "27,6 miljard euro", "ASML"),
        ("zh", "比亚迪(股票代码:002594)去年销售了302万辆汽车。", "302万辆汽车", "BYD"),
    ],
)  # fmt: skip
def test_the_company_before_its_ticker_is_the_subject(
    lang: str, text: str, figure: str, subject: str
) -> None:
    assert subjects_of(text, lang)[figure] == subject


@pytest.mark.parametrize(
    ("lang", "text", "figures"),
    [
        ("zh", "比亚迪(股票代码:002594)去年销售了302万辆汽车。", ["302万辆汽车"]),
        ("en", "Tencent (HKEX: 0700) reported revenue of 609 billion yuan.", ["609 billion yuan"]),
        ("de", "Toyota (TYO: 7203) verkaufte 11,2 Millionen Autos.", ["11,2 Millionen Autos"]),
        ("nl", "Samsung (KRX: 005930) verkocht 226 miljoen telefoons.", ["226 miljoen telefoons"]),
    ],
)  # fmt: skip
def test_a_numeric_ticker_is_no_figure(lang: str, text: str, figures: list[str]) -> None:
    assert [c.text for c in annotated_claims(text, lang, "2024-02-15")] == figures
