"""Whose 元 a bare amount is (the text's script), profit before tax as a measure of its
own, and a draft's dated figure held against the figures reported right after its
period without one."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck.extraction.han_script import in_traditional_script
from tests.annotating import Reading, annotated_claims, readings


@pytest.mark.parametrize(
    ("text", "traditional"),
    [
        ("宁德时代去年净利达到507.45亿元，同比增长15%，并大手笔分红超250亿元。", False),
        ("寧德時代新能源科技股份有限公司在香港交易所刊登募股公告，每股263港元。", True),
        ("台積電去年營收達2.89兆元，創歷史新高。", True),
        ("The company earned 5 billion euros.", False),
    ],
)
def test_the_script_is_told_by_the_characters_only_one_has(text: str, traditional: bool) -> None:
    assert in_traditional_script(text) is traditional


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # a mainland outlet names the listing's Hong Kong dollars: its 元 stay yuan
        (
            "宁德时代此次募资总净额为353.31亿港元。集团去年净利达到507.45亿元，同比增长15%。",
            "507.45亿元",
            "CNY",
        ),
        # a Hong Kong outlet that names only Hong Kong dollars writes them as 元 too
        (
            "長和去年派息總額達到86.4億港元。集團去年純利為175.5億元，按年下跌。",
            "175.5億元",
            "HKD",
        ),
        ("台積電今年營收以新台幣計算為2.89兆元，創歷史新高。", "2.89兆元", "TWD"),
    ],
)
def test_a_bare_yuan_is_the_currency_of_the_texts_script(text: str, figure: str, unit: str) -> None:
    units = {c.text: c.unit for c in annotated_claims(text, "zh")}
    assert units[figure] == unit


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "BMW's pre-tax profit fell 36% to 11 billion euros in 2024.", "11 billion euros"),
        (
            "de",
            "Der Gewinn vor Steuern von BMW sank 2024 auf 11 Milliarden Euro.",
            "11 Milliarden Euro",
        ),
        (
            "nl",
            "De winst voor belastingen van BMW daalde in 2024 tot 11 miljard euro.",
            "11 miljard euro",
        ),
        ("zh", "2024年宝马集团实现税前利润109.71亿欧元，大幅度下滑35.8%。", "109.71亿欧元"),
    ],
)
def test_profit_before_tax_is_a_measure_of_its_own(lang: str, text: str, figure: str) -> None:
    assert readings(text, lang)[figure] == Reading("BMW", "pretax_profit", None, "2024")


def test_net_profit_beside_profit_before_tax_stays_net_profit() -> None:
    text = "BMW's pre-tax profit fell to 11 billion euros, while net profit was 7.68 billion euros."
    read = readings(text, "en")
    assert (read["11 billion euros"].attribute, read["7.68 billion euros"].attribute) == (
        "pretax_profit",
        "profit",
    )


SOURCE = """---
date: 2024-10-18
---
Netflix's quarterly revenue was $9.82 billion, the company said on Thursday.
"""


# Netflix is the revenue's subject by the sentence before, a guess beside Volkswagen in
# a paragraph that opens with Volkswagen: held against the source's undated figure, the
# draft's is only information. (A paragraph of its own would make Netflix sure.)
DRAFT = (
    "Volkswagen lieferte 2024 rund 9 Millionen Autos aus, Volkswagen baut Stellen ab. "
    "Netflix gewann 5 Millionen Kunden hinzu. Im dritten Quartal 2024 lag der Umsatz bei "
    "{revenue} Milliarden US-Dollar.\n"
)


def _check(tmp_path: Path, revenue: str, source_text: str = SOURCE) -> factcheck.Check:
    source = tmp_path / "source.md"
    source.write_text(source_text, encoding="utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT.format(revenue=revenue), encoding="utf-8")
    return factcheck.check([draft], [source], lang="de", source_lang="en")


def _on_revenue(result: factcheck.Check, revenue: str) -> list[tuple[str | None, str | None]]:
    figure = f"{revenue} Milliarden US-Dollar"
    return [(f.rule, f.severity) for f in result.data.findings if f.text == figure]


def test_a_dated_draft_figure_meets_the_figure_reported_right_after_its_period(
    tmp_path: Path,
) -> None:
    result = _check(tmp_path, "10,25")
    [finding] = [f for f in result.data.findings if f.text == "10,25 Milliarden US-Dollar"]
    assert (finding.rule, finding.severity) == ("FC101", "warning")
    assert "no source dates a figure for 2024-Q3" in finding.message
    assert "9.82 billion USD in " in finding.message


def test_the_figure_reported_right_after_its_period_supports_the_same_figure(
    tmp_path: Path,
) -> None:
    result = _check(tmp_path, "9,82")
    assert _on_revenue(result, "9,82") == []
    assert "9,82 Milliarden US-Dollar" in [s.text for s in result.data.supported]


@pytest.mark.parametrize(
    "source_text",
    [
        # published a year later: the figure may be of any quarter since
        SOURCE.replace("2024-10-18", "2025-10-18"),
        # published during the quarter: it cannot be the quarter's own figure
        SOURCE.replace("2024-10-18", "2024-08-01"),
        # two outlets reporting two figures: no one figure was reported
        SOURCE + "Netflix's quarterly revenue was $8.83 billion, analysts said.\n",
    ],
)
def test_no_figure_reported_right_after_the_period_leaves_the_draft_unsupported(
    tmp_path: Path, source_text: str
) -> None:
    result = _check(tmp_path, "10,25", source_text)
    assert all(severity == "info" for _, severity in _on_revenue(result, "10,25"))
