"""A draft figure the sources write with the same digits at another scale, or in another
unit or currency, and never as the draft does, is a slip even when the draft names no
subject for it (held-out batch 7: "251,5 miljoen yuan" for the consumer business's
251.5 billion, "870亿美元" for 870亿元 of net profit, "491 Zentimeter Regen" for 491
mm). Digits that may meet by chance are left alone."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.checks.digit_slips import digits_key
from factcheck.runs.checking import check_texts
from factcheck.runs.slips import swapped_values

HAN = re.compile(r"[\u4e00-\u9fff]")
REVENUE = "The consumer business posted sales revenue of 251.5 billion yuan last year."
PROFIT = "Net profit reached 87 billion yuan in 2023, up 144.4 percent."
RAIN = "The town recorded 491 mm of rain in just eight hours."


# A figure each source and draft share, so that the source is of the draft's story:
# only such a source's digits make a slip (in an archive, three digits at another
# scale turn up by chance in some unrelated article).
SHARED = {
    "en": "The group employed 207,000 people.",
    "de": "Der Konzern beschäftigte 207.000 Menschen.",
    "nl": "Het concern had 207.000 mensen in dienst.",
    "zh": "该集团员工总数为20.7万人。",
}


def _told(text: str, lang: str) -> str:
    return f"{SHARED[lang]} {text}"


def _verdicts(
    draft: str, lang: str, *sources: str, shared: bool = True
) -> list[tuple[str, str | None, str]]:
    def story(text: str, text_lang: str) -> str:
        return _told(text, text_lang) if shared else text

    texts = [
        (f"{i}.txt", story(text, "zh" if HAN.search(text) else "en"), None)
        for i, text in enumerate(sources)
    ]
    result = check_texts(("draft.txt", story(draft, lang), lang), texts)
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
    sources = [("a.txt", _told(REVENUE, "en"), "en")]
    message = check_texts(("d.txt", _told(draft, lang), lang), sources).findings[0].message
    assert "251.5 billion CNY in a.txt write its digits at another scale" in message


@pytest.mark.parametrize("source", [REVENUE, PROFIT, RAIN])
def test_no_slip_from_a_source_that_confirms_nothing_else_of_the_draft(source: str) -> None:
    """In an archive, a draft figure's digits turn up at another scale by chance."""
    drafts = ["Its consumer arm took in 251.5 million yuan.", "Net profit came to $87 billion.",
              "The small town got 491 centimetres of rain."]  # fmt: skip
    for draft in drafts:
        found = _verdicts(draft, "en", source, shared=False)
        assert [s for _, s, _ in found if s in ("error", "warning")] == []


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


STAFF = "At the end of 2023, about 114,000 employees worked in research, 55 percent of all."


@pytest.mark.parametrize(
    ("draft", "lang", "text"),
    [
        ("At the end of 2023 it had about 141,000 research employees.", "en", "about 141,000"),
        ("Ende 2023 hatte es rund 141.000 Beschäftigte in der Forschung.", "de", "rund 141.000"),
        ("Eind 2023 had het ongeveer 141.000 werknemers in onderzoek.", "nl", "ongeveer 141.000"),
        ("截至2023年底，该公司研发员工约14.1万名。", "zh", "约14.1万名"),
    ],
)
def test_the_sources_figure_with_two_digits_swapped_is_a_transposition(
    draft: str, lang: str, text: str
) -> None:
    source = STAFF if lang != "zh" else "截至2023年底，研发员工约11.4万名，占总员工数量的55%。"
    found = _verdicts(draft, lang, source)
    assert [(k, s) for k, s, t in found if text in t] == [("value-conflict", "warning")]


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        # a running count grows through swapped digits by itself
        ("By evening, 132 people had died.", "By noon, 123 people had died."),
        # two digits swap into other figures by chance
        ("At the end of 2023 it had 41 research employees.", "At the end of 2023, 14 employees worked in research."),
        # another measure
        ("At the end of 2023 it had about 141,000 research employees.", "In 2023 it sold 114,000 cars."),
    ],
)  # fmt: skip
def test_swapped_digits_only_of_one_telling_figure(draft: str, source: str) -> None:
    found = _verdicts(draft, "en", source)
    assert [k for k, s, _ in found if s in ("error", "warning")] == []


@given(st.integers(min_value=100, max_value=999_999), st.sampled_from([1e-2, 1.0, 1e4, 1e8]))
def test_a_swap_keeps_the_scale_and_the_digits(mantissa: int, scale: float) -> None:
    value = mantissa * scale
    digits = digits_key(value)
    for swapped in swapped_values(value):
        assert 0.1 < swapped / value < 10 and swapped != pytest.approx(value)
        assert sorted(digits_key(swapped).ljust(len(digits), "0")) == sorted(digits)


@given(
    st.integers(min_value=1, max_value=999_999),
    st.sampled_from([1e-3, 1e2, 1e3, 1e4, 1e6, 1e8, 1e9, 1e12]),
)
def test_digits_do_not_depend_on_the_scale(mantissa: int, factor: float) -> None:
    assert digits_key(mantissa) == digits_key(mantissa * factor)
    assert digits_key(mantissa) == str(mantissa).rstrip("0")


HEAT = (
    "India has 968 million eligible voters. In India temperatures of more than 45 degrees "
    "Celsius were measured during the vote."
)
VOTERS = {
    "en": "India has 968 million eligible voters.",
    "de": "Indien hat 968 Millionen Wahlberechtigte.",
    "nl": "India telt 968 miljoen kiesgerechtigden.",
    "zh": "印度有9.68亿合资格选民。",
}


@pytest.mark.parametrize(
    ("draft", "lang", "text"),
    [
        ("In India, voters queued in heat of over 45 degrees Fahrenheit.", "en",
         "over 45 degrees Fahrenheit"),
        ("In Indien wurde teils bei über 45 Grad Fahrenheit gewählt.", "de", "über 45 Grad Fahrenheit"),
        ("In India werd gestemd bij soms meer dan 45 graden Fahrenheit.", "nl",
         "meer dan 45 graden Fahrenheit"),
        ("印度投票时气温一度超过华氏45度。", "zh", "超过华氏45度"),
    ],
)  # fmt: skip
def test_a_temperature_in_the_other_scale_is_a_unit_slip(draft: str, lang: str, text: str) -> None:
    """Held-out batch 8: "über 45 Grad Fahrenheit" for the sources' 45 °C. Two lower
    bounds meet, so it was "supported"; the same number in two units of one kind is a
    unit written wrong, never a confirmation."""
    told = f"{VOTERS[lang]} {draft}"
    result = check_texts(("draft.txt", told, lang), [("0.txt", HEAT, "en")])
    verdicts = [(f.kind, f.severity, f.text) for f in result.findings if f.kind != "supported"]
    assert verdicts == [("unit-mismatch", "warning", text)]


def test_a_temperature_converted_right_is_supported() -> None:
    told = f"{VOTERS['en']} In India, voters queued in heat of over 113 degrees Fahrenheit."
    result = check_texts(("draft.txt", told, "en"), [("0.txt", HEAT, "en")])
    assert [f.kind for f in result.findings] == []
    assert {s.text for s in result.supported} >= {"over 113 degrees Fahrenheit"}
