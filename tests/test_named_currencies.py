"""Currencies a text names with a generic word (held-out batch 18, TSMC's results):
元 is the yuan alone, but the Taiwan dollar after 新台币 and in a text that names the
Taiwan dollar only, and the currency its sentence named before it ("以美元計算"); the
Taiwan dollar's other spellings ("T$", "NT-Dollar", "Taiwanese dollar"). And 一 after
前, 上, 下, 新 picks one out of a sequence ("前一季" the quarter before): no count."""

from __future__ import annotations

import pytest

from factcheck.extraction.scanner import extract_text


def _units(text: str, lang: str) -> list[tuple[str, float, str | None]]:
    return [(c.text, c.value, c.unit) for c in extract_text(text, lang=lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("台积电第一季合并营收达新台币8,392.5亿元，税后纯益3,615.6亿元，每股盈余为13.94元。",
         [("8,392.5亿元", 839.25e9, "TWD"), ("3,615.6亿元", 361.56e9, "TWD"),
          ("13.94元", 13.94, "TWD")]),
        ("台積電公布財報，合併營收約新台幣 9,899 億 2 千萬元。",
         [("9,899 億 2 千萬元", 989.92e9, "TWD")]),
        ("綜合營收約為新台幣5926.4億元。以美元計算，第一季的營收為1887億元。",
         [("5926.4億元", 592.64e9, "TWD"), ("1887億元", 188.7e9, "USD")]),
        ("比亚迪全年营收为6023亿元。", [("6023亿元", 602.3e9, "CNY")]),
        ("该公司营收为人民币100亿元，较上年增长。", [("100亿元", 10e9, "CNY")]),
        ("台积电营收达新台币8392亿元。另一家公司营收为人民币100亿元，利润20亿元。",
         [("8392亿元", 839.2e9, "TWD"), ("100亿元", 10e9, "CNY"), ("20亿元", 2e9, "CNY")]),
    ],
)  # fmt: skip
def test_yuan_is_in_the_currency_the_text_names(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    found = [u for u in _units(text, "zh") if u[2] != "percent"]
    assert [(t, round(v, 2), u) for t, v, u in found] == expected


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("TSMC reported a net profit of T$452.3 billion for the quarter.", "en", "T$452.3 billion"),
        ("TSMC hat einen Umsatz von 933,79 Mrd. NT-Dollar erzielt.", "de",
         "933,79 Mrd. NT-Dollar"),
        ("TSMC boekte een omzet van 839 miljard Taiwanese dollar.", "nl",
         "839 miljard Taiwanese dollar"),
        ("TSMC's revenue was 839 billion new Taiwan dollars.", "en",
         "839 billion new Taiwan dollars"),
    ],
)  # fmt: skip
def test_the_taiwan_dollar_in_every_spelling(text: str, lang: str, figure: str) -> None:
    [claim] = [c for c in extract_text(text, lang=lang) if c.text == figure]
    assert claim.unit == "TWD"


@pytest.mark.parametrize(
    "text",
    [
        "与前一季相比，营收增加了6%。",
        "公司完成新一轮融资，营收增加了6%。",
        "公司推出新一代芯片，营收增加了6%。",
        "下一季营收预计增加6%。",
        "與前一季相較，營收增加了6%。",
        "每一股派息，营收增加了6%。",
        "这一数字显示，营收增加了6%。",
        "同一天营收增加了6%。",
    ],
)
def test_one_picked_out_of_a_sequence_is_no_claim(text: str) -> None:
    assert _units(text, "zh") == [("6%", 6.0, "percent")]


@pytest.mark.parametrize("text", ["前一百名企业中有10家。", "这一百名企业中有10家。"])
def test_a_hundred_after_the_same_word_stays_a_count(text: str) -> None:
    assert _units(text, "zh")[0] == ("一百名", 100.0, "person")
