"""An English text written with continental marks, units no text wrote, and two
roundings of one figure: three sources of false alarms on held-out news."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck.extraction.digits import writes_decimal_comma

EUROPEAN_ENGLISH = (
    "Consolidated order intake by value decreased to EUR 103,5 billion (EUR 186,5 billion "
    "in 2023). The order backlog reached 8.658 commercial aircraft at the end of 2024."
)


def _values(text: str, lang: str = "en") -> dict[str, float | None]:
    return {c.text: c.value for c in factcheck.extract(text, lang)}


def test_an_english_text_with_decimal_commas_groups_thousands_with_dots() -> None:
    assert _values(EUROPEAN_ENGLISH) == {
        "EUR 103,5 billion": 103.5e9,
        "EUR 186,5 billion": 186.5e9,
        "8.658 commercial aircraft": 8658.0,
    }


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        # an English decimal point beside them: the text's marks are English, but no
        # one counts a fraction of an aircraft (whole things: thousands)
        (
            EUROPEAN_ENGLISH + " Revenue rose to 69.2 billion euros.",
            "8.658 commercial aircraft",
            8658.0,
        ),
        # a comma grouping thousands: the same
        (EUROPEAN_ENGLISH + " It employs 156,000 people.", "8.658 commercial aircraft", 8658.0),
        # no decimal comma: a dot before three digits stays a decimal point
        ("The ratio reached 8.658 in 2024.", "8.658", 8.658),
    ],
)
def test_english_marks_stay_where_the_text_writes_them(
    text: str, figure: str, value: float
) -> None:
    assert _values(text)[figure] == value


def test_german_and_chinese_keep_their_own_marks() -> None:
    assert writes_decimal_comma(EUROPEAN_ENGLISH, "de") is None
    assert writes_decimal_comma("营收为103,5亿元,交付8.658架", "zh") is None
    assert _values("Der Auftragsbestand lag bei 8.658 Flugzeugen.", "de") == {
        "8.658 Flugzeugen": 8658.0
    }


english_figures = st.one_of(
    st.integers(min_value=1000, max_value=10**9).map(lambda n: f"{n:,}"),
    st.floats(min_value=0.01, max_value=1e6, allow_nan=False).map(lambda x: f"{x:.2f}"),
    st.integers(min_value=0, max_value=999).map(str),
)


@given(st.lists(english_figures, min_size=1, max_size=8))
def test_english_notation_never_reads_as_continental(figures: list[str]) -> None:
    text = " and ".join(f"{figure} dollars" for figure in figures) + ", 1,5 and 2.000 more."
    if any("," in f or "." in f for f in figures):
        assert writes_decimal_comma(text, "en") is None


def _report(tmp_path: Path, *texts: str) -> list[tuple[str, str]]:
    for number, text in enumerate(texts):
        (tmp_path / f"{number}.en.txt").write_text(text, encoding="utf-8")
    return [(f.rule, f.severity) for f in factcheck.report([tmp_path]).data.findings]


AIRBUS_AIRCRAFT = "Airbus delivered 766 aircraft in 2024, up from 735 a year earlier."
CATL_CUT = "CATL's net profit rose 15% to 50.74 billion yuan in 2024."
CATL_ROUNDED = "CATL's net profit reached 50.75 billion yuan in 2024."


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # "766 deliveries": the measure's word, read as vehicles, of an aircraft maker
        ((AIRBUS_AIRCRAFT, "For Airbus, the 766 deliveries in 2024 are a step forward."), []),
        ((AIRBUS_AIRCRAFT, "Airbus delivered 766 cars in 2024."), [("FC103", "error")]),
        # two roundings of one figure agree beside the finer figure, not alone
        ((CATL_CUT, CATL_ROUNDED, "CATL's net profit was 50,745 million yuan in 2024."), []),
        ((CATL_CUT, CATL_ROUNDED), [("FC101", "error")]),
    ],
)
def test_written_units_and_roundings_decide_the_alarm(
    tmp_path: Path, texts: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    assert _report(tmp_path, *texts) == expected


@pytest.mark.parametrize(
    ("coarse", "expected"),
    [
        ("1.3 billion euros", []),  # 1.337 rounded at its first decimal
        ("1.30 billion euros", [("FC101", "error")]),  # a written zero: that precision
        ("1.4 billion euros", [("FC101", "error")]),  # no rounding of 1.337
    ],
)
def test_a_figure_rounded_at_a_decimal_agrees_with_the_finer_one(
    tmp_path: Path, coarse: str, expected: list[tuple[str, str]]
) -> None:
    assert (
        _report(
            tmp_path,
            f"Adidas' operating profit rose to {coarse} in 2024.",
            "Adidas' operating profit was 1.337 billion euros in 2024.",
        )
        == expected
    )
