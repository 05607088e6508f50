"""A draft figure the sources write with the same digits at another scale, or in another
unit or currency, and never as the draft does, is a slip even when the draft names no
subject for it (held-out batch 7: "251,5 miljoen yuan" for the consumer business's
251.5 billion, "870亿美元" for 870亿元 of net profit, "491 Zentimeter Regen" for 491
mm). Digits that may meet by chance are left alone."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.checks.digit_slips import digits_key
from factcheck.runs.checking import check_texts

REVENUE = "The consumer business posted sales revenue of 251.5 billion yuan last year."
PROFIT = "Net profit reached 87 billion yuan in 2023, up 144.4 percent."
RAIN = "The town recorded 491 mm of rain in just eight hours."


def _verdicts(draft: str, lang: str, *sources: str) -> list[tuple[str, str | None, str]]:
    texts = [(f"{i}.txt", text, "en") for i, text in enumerate(sources)]
    result = check_texts(("draft.txt", draft, lang), texts)
    return [(f.kind, f.severity, f.text) for f in result.findings]


@pytest.mark.parametrize(
    ("draft", "lang", "text"),
    [
        ("Its consumer arm took in 251.5 million yuan.", "en", "251.5 million yuan"),
        ("Die Verbrauchersparte setzte 251,5 Millionen Yuan um.", "de", "251,5 Millionen Yuan"),
        ("De consumententak zette 251,5 miljoen yuan om.", "nl", "251,5 miljoen yuan"),
        ("终端业务全年实现销售收入2515万元。", "zh", "2515万元"),
    ],
)
def test_the_sources_digits_at_another_scale_are_a_scale_slip(
    draft: str, lang: str, text: str
) -> None:
    assert _verdicts(draft, lang, REVENUE) == [("scale-error", "warning", text)]
    message = check_texts(("d.txt", draft, lang), [("a.txt", REVENUE, "en")]).findings[0].message
    assert "251.5 billion CNY in a.txt write its digits at another scale" in message


@pytest.mark.parametrize(
    ("draft", "lang", "text"),
    [
        ("Net profit came to $87 billion.", "en", "$87 billion"),
        ("Der Nettogewinn lag bei 87 Milliarden Dollar.", "de", "87 Milliarden Dollar"),
        ("De nettowinst kwam uit op 87 miljard dollar.", "nl", "87 miljard dollar"),
        ("净利润为870亿美元。", "zh", "870亿美元"),
    ],
)
def test_the_sources_amount_in_another_currency_is_a_currency_slip(
    draft: str, lang: str, text: str
) -> None:
    assert _verdicts(draft, lang, PROFIT) == [("unit-mismatch", "warning", text)]


@pytest.mark.parametrize(
    ("draft", "lang", "text"),
    [
        ("The small town got 491 centimetres of rain.", "en", "491 centimetres"),
        ("In der Kleinstadt fielen 491 Zentimeter Regen.", "de", "491 Zentimeter"),
        ("In het stadje viel 491 centimeter regen.", "nl", "491 centimeter"),
        ("小镇降雨491厘米。", "zh", "491厘米"),
    ],
)
def test_the_sources_number_in_another_unit_is_a_unit_slip(
    draft: str, lang: str, text: str
) -> None:
    assert _verdicts(draft, lang, RAIN) == [("unit-mismatch", "warning", text)]


DATED = "Sales revenue in 2022 was 642.3 billion yuan, after 636.8 billion yuan in 2021."


@pytest.mark.parametrize(
    ("draft", "lang", "text"),
    [
        ("In 2021, revenue was still 642.3 billion yuan.", "en", "642.3 billion yuan"),
        ("2021 lag der Umsatz noch bei 642,3 Milliarden Yuan.", "de", "642,3 Milliarden Yuan"),
        ("In 2021 bedroeg de omzet nog 642,3 miljard yuan.", "nl", "642,3 miljard yuan"),
        ("2021年销售收入为6423亿元。", "zh", "6423亿元"),
    ],
)
def test_the_sources_figure_of_another_period_is_misdated(draft: str, lang: str, text: str) -> None:
    assert _verdicts(draft, lang, DATED) == [("time-conflict", "warning", text)]


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        # another source gives the figure with no period
        ("In 2021, revenue was 642.3 billion yuan.", [DATED, "Revenue was 642.3 billion yuan."]),
        # the draft names no measure for it
        ("In 2021, it was 642.3 billion yuan.", [DATED]),
        # two figures of two digits meet by chance in other years
        ("In 2021, revenue was 64 billion yuan.", ["Revenue in 2022 was 64 billion yuan."]),
    ],
)
def test_a_figure_the_sources_date_otherwise_only_when_telling(
    draft: str, source: list[str]
) -> None:
    found = _verdicts(draft, "en", *source)
    assert [k for k, s, _ in found if s in ("error", "warning")] == []


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        # two digits of a figure whose measure the draft does not name meet by chance
        ("The unit made 4.7 billion dollars.", "Cloud revenue was 4.7 billion yuan."),
        # a round price may be set in each currency
        ("It sells for $999.", "It sells for 999 euros."),
        # the sources also write the draft's own figure
        ("Its consumer arm took in 251.5 million yuan.", REVENUE + " A unit earned 251.5 million yuan."),
        # another measure, named on both sides
        ("Revenue was 251.5 million yuan.", "Net profit was 251.5 billion yuan."),
    ],
)  # fmt: skip
def test_digits_that_may_meet_by_chance_are_no_slip(draft: str, source: str) -> None:
    assert [k for k, s, _ in _verdicts(draft, "en", source) if s in ("error", "warning")] == []


@given(
    st.integers(min_value=1, max_value=999_999),
    st.sampled_from([1e-3, 1e2, 1e3, 1e4, 1e6, 1e8, 1e9, 1e12]),
)
def test_digits_do_not_depend_on_the_scale(mantissa: int, factor: float) -> None:
    assert digits_key(mantissa) == digits_key(mantissa * factor)
    assert digits_key(mantissa) == str(mantissa).rstrip("0")
