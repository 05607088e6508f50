"""A figure restated in another currency (held-out batches 18 and 19: TSMC's and
Alibaba's results, converted by every outlet): in brackets, after a conversion's words
("Umgerechnet entspricht das", "约合", "omgerekend", "equivalent to") or joined to such a
restatement by "or"; the two views of one figure share the measure only one of them
names, and "$13.9 billion USD" is one amount with its currency written twice."""

from __future__ import annotations

import pytest

from factcheck.extraction.scanner import extract_text
from factcheck.runs.reporting import report_texts


def _read(text: str, lang: str) -> list[tuple[str, str, str, bool]]:
    report = report_texts([("a.txt", text, lang)])
    amounts = [c for c in report.claims if c.unit != "year"]
    return [(c.text, c.unit, str(c.attribute), c.conversion) for c in amounts]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The company posted a record NT$452.3 billion ($13.9 billion USD) in net income.", "en",
         [("NT$452.3 billion", "TWD", "profit", False), ("$13.9 billion USD", "USD", "profit", True)]),
        ("Meta will dieses Jahr 64 Milliarden Dollar (bis zu 59 Mrd. Euro) für Investitionen in "
         "Rechenzentren ausgeben.", "de",
         [("64 Milliarden Dollar", "USD", "capex", False),
          ("bis zu 59 Mrd. Euro", "EUR", "capex", True)]),
        ("Alibaba will 380 Milliarden Yuan in den Ausbau seiner Cloud- und KI-Infrastruktur "
         "stecken. Umgerechnet entspricht das rund 52,4 Milliarden Euro.", "de",
         [("380 Milliarden Yuan", "CNY", "capex", False),
          ("rund 52,4 Milliarden Euro", "EUR", "capex", True)]),
        ("Alibaba investeert 380 miljard yuan in datacenters, omgerekend ruim 48 miljard euro.",
         "nl",
         [("380 miljard yuan", "CNY", "capex", False), ("ruim 48 miljard euro", "EUR", "capex", True)]),
        ("阿里巴巴宣布,未来三年将投入3800亿元建设云和AI硬件基础设施,超过过去十年的总和。"
         "这笔资金约合701亿新元,或约530亿欧元。",
         "zh",
         [("3800亿元", "CNY", "capex", False),
          ("701亿新元", "SGD", "capex", True), ("约530亿欧元", "EUR", "capex", True)]),
    ],
)  # fmt: skip
def test_a_conversion_measures_what_its_figure_measures(
    text: str, lang: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert _read(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Revenue was $5 billion. Net profit came to 2 billion euros.", "en"),
        ("Der Umsatz lag bei 5 Milliarden Dollar, der Gewinn bei 2 Milliarden Euro.", "de"),
        ("De omzet was 5 miljard dollar en de winst 2 miljard euro.", "nl"),
        ("营收为50亿美元，净利润为20亿欧元。", "zh"),
    ],
)
def test_two_amounts_in_two_currencies_are_no_conversion(text: str, lang: str) -> None:
    assert [c.conversion for c in extract_text(text, lang=lang)] == [False, False]


def test_a_conversion_too_far_from_its_figure_is_none() -> None:
    text = (
        "Alibaba will invest 380 billion yuan. The board met on Monday. Shareholders cheered. "
        "Converted, the dividend is 2 billion euros."
    )
    [_, dividend] = extract_text(text, lang="en")
    assert not dividend.conversion


@pytest.mark.parametrize(
    ("text", "lang", "figure", "unit"),
    [
        ("It spent $5 billion USD on chips.", "en", "$5 billion USD", "USD"),
        ("Der Umsatz betrug US$ 30 Milliarden USD.", "de", "US$ 30 Milliarden USD", "USD"),
        ("这笔资金约合701亿新元。", "zh", "701亿新元", "SGD"),
        ("The deal is worth S$70 billion.", "en", "S$70 billion", "SGD"),
    ],
)  # fmt: skip
def test_a_currency_written_twice_and_the_singapore_dollar(
    text: str, lang: str, figure: str, unit: str
) -> None:
    [claim] = [c for c in extract_text(text, lang=lang) if c.text == figure]
    assert claim.unit == unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("阿里巴巴宣布,未来三年将投入超过3800亿元。宣布投资计划当天,港股早盘最高报140.90港元。",
         [("超过3800亿元", "CNY"), ("140.90港元", "HKD")]),
        ("台积电营收达新台币8392亿元。股价报1000元。", [("8392亿元", "TWD"), ("1000元", "TWD")]),
    ],
)  # fmt: skip
def test_a_share_price_names_only_its_own_currency(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """元 is the currency a text names for its amounts: "140.90港元" says where the
    stock trades, not that the investment is in Hong Kong dollars."""
    found = [(c.text, c.unit) for c in extract_text(text, lang="zh") if c.unit != "year"]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("苹果Vision Pro定价高达3499美元,约2.5万元人民币。", "zh", [False, True]),
        ("The headset costs $3,499, or about 25,000 yuan.", "en", [False, True]),
        ("Das Headset kostet 3499 Dollar, rund 3200 Euro.", "de", [False, True]),
        ("The headset costs $3,499, or 25,000 yuan in China.", "en", [False, False]),
    ],
)  # fmt: skip
def test_a_hedged_amount_right_after_a_comma_restates_the_one_before(
    text: str, lang: str, expected: list[bool]
) -> None:
    """An outlet's conversion needs no brackets: "3499美元,约2.5万元人民币" is one
    price; an exact amount after "or" may be another figure."""
    assert [c.conversion for c in extract_text(text, lang=lang)] == expected
