"""A draft's figure written with the wrong unit or scale word is found even when the
sources say it of what the subject belongs to (800 km for the SU7, the draft's 800
miles for the SU7 Max), or under another measure (227,000 square metres of floor area,
the draft's 227 million square metres of site): issue 14, drafts' planted errors."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.checks.digit_slips import digits_key
from factcheck.runs.checking import check_texts

SU7 = [("The Xiaomi SU7 has a range of 800 km.", "en")]
FLOOR = [("Tesla's factory in Grünheide has a floor area of 227,000 square metres.", "en")]


def _verdicts(draft: tuple[str, str], sources: list[tuple[str, str]]) -> list[tuple]:
    text, lang = draft
    named = [(f"s{i}.txt", source, source_lang) for i, (source, source_lang) in enumerate(sources)]
    result = check_texts(("d.md", text, lang), named)
    return [(f.rule, f.severity, f.text) for f in [*result.findings, *result.supported]]


@pytest.mark.parametrize(
    ("draft", "figure"),
    [
        (("The Xiaomi SU7 Max has a range of 800 miles.", "en"), "800 miles"),
        (("Der Xiaomi SU7 Max hat eine Reichweite von 800 Meilen.", "de"), "800 Meilen"),
        (("De Xiaomi SU7 Max heeft een actieradius van 800 mijl.", "nl"), "800 mijl"),
        (("小米SU7 Max的续航里程为800英里。", "zh"), "800英里"),
    ],
)
def test_a_versions_figure_in_the_wrong_unit_meets_its_familys(
    draft: tuple[str, str], figure: str
) -> None:
    assert _verdicts(draft, SU7) == [("FC103", "error", figure)]


def test_a_versions_figure_in_the_right_unit_is_confirmed_by_its_familys() -> None:
    draft = ("Der Xiaomi SU7 Max hat eine Reichweite von 800 Kilometern.", "de")
    assert _verdicts(draft, SU7) == [(None, None, "800 Kilometern")]


@pytest.mark.parametrize(
    ("draft", "figure"),
    [
        (("Tesla's Grünheide site covers 227 million square metres.", "en"), "227 million square metres"),
        (("Tesla baut in Grünheide auf einem Gelände von 227 Millionen Quadratmetern.", "de"), "227 Millionen Quadratmetern"),
        (("Het terrein van Tesla in Grünheide is 227 miljoen vierkante meter groot.", "nl"), "227 miljoen vierkante meter"),
        (("特斯拉柏林工厂的占地面积为2.27亿平方米。", "zh"), "2.27亿平方米"),
    ],
)  # fmt: skip
def test_distinctive_digits_at_another_scale_are_a_slip_under_any_measure(
    draft: tuple[str, str], figure: str
) -> None:
    assert _verdicts(draft, FLOOR) == [("FC102", "error", figure)]


def test_the_same_digits_of_another_subject_are_no_slip() -> None:
    draft = ("BYD baut in Ungarn auf einem Gelände von 227 Millionen Quadratmetern.", "de")
    assert [rule for rule, _, _ in _verdicts(draft, FLOOR)] == ["FC100"]


BARE_TOLL = [
    (
        "Het aantal doden is tot meer dan 50.000 opgelopen. In Turkije ligt het aantal op "
        "44.218, meldde de Turkse rampenhulpdienst Afad vrijdagavond.",
        "nl",
    )
]


@pytest.mark.parametrize(
    ("draft", "figure"),
    [
        (("AFAD counted 44,218 dead in Turkey.", "en"), "44,218 dead"),
        (("Die AFAD zählte in der Türkei 44.218 Tote.", "de"), "44.218 Tote"),
        (("Afad telde in Turkije 44.218 doden.", "nl"), "44.218 doden"),
        (("土耳其灾害与应急管理署称,土耳其共有44218人遇难。", "zh"), "44218人"),
    ],
)
def test_a_counted_figure_is_confirmed_by_the_same_distinctive_bare_number(
    draft: tuple[str, str], figure: str
) -> None:
    """ "het aantal op 44.218" names no measure; five digits tell it apart."""
    assert _verdicts(draft, BARE_TOLL) == [(None, None, figure)]


def test_a_slip_of_distinctive_digits_is_sure_with_one_sure_subject() -> None:
    """The draft's anaphor ("It", two sentences after Tesla) is unsure of its subject;
    the digits make the slip sure."""
    draft = (
        "In the presence of Chancellor Olaf Scholz, Tesla handed over the first Model Y "
        "cars in Grünheide.\n\nThe factory was built in about two years. It stands on a "
        "300-hectare site with 227 million square metres of production floor.",
        "en",
    )
    verdicts = _verdicts(draft, FLOOR)
    assert ("FC102", "error", "227 million square metres") in verdicts


@given(
    st.integers(min_value=100, max_value=999_999),
    st.sampled_from([1e-3, 1e3, 1e4, 1e6, 1e8, 1e9]),
)
def test_digits_are_the_same_at_every_scale(mantissa: int, factor: float) -> None:
    """A figure and the same figure a scale word apart share their digits key."""
    assert digits_key(float(mantissa)) == digits_key(mantissa * factor)
