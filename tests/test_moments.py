"""A running count dated to an hour (issue 14, drafts' planted time errors): two counts
of one toll as of the same hour of the same day disagree for sure, and a count of
another day confirms nothing against them ("截至2023年12月20日上午9时 … 536人受伤"
against "截至20日上午9时 … 782人受伤"). The clock words are language data."""

from __future__ import annotations

import pytest
from dated import check_dated
from hypothesis import given
from hypothesis import strategies as st

from factcheck.runs.moments import Moment, hour_before, moment_of


@pytest.mark.parametrize(
    ("sentence", "figure", "lang", "hour"),
    [
        ("As of 6 p.m. on Monday, 1,200 people had died.", "1,200 people", "en", 18),
        ("By 9 a.m., 96 people were injured.", "96 people", "en", 9),
        ("Stand 18 Uhr zählte die AFAD 2.300 Tote.", "2.300 Tote", "de", 18),
        ("Om 18.00 uur telde men 2.300 doden.", "2.300 doden", "nl", 18),
        ("截至20日上午9时,甘肃省782人受伤。", "782人", "zh", 9),
        ("截至下午1時,甘肅省536人受傷。", "536人", "zh", 13),
        ("截至12月19日6时,青海省海东市96人受伤。", "96人", "zh", 6),
    ],
)
def test_the_hour_a_count_is_as_of(sentence: str, figure: str, lang: str, hour: int) -> None:
    assert moment_of(sentence, figure, "2023-12-20", lang) == Moment("2023-12-20", hour)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Turkey's AFAD reported 2,300 dead.", "en"),
        ("甘肃省6.2级地震造成782人受伤。", "zh"),
        ("Die Zahl stieg auf 2.300 Tote, 5,9 Prozent mehr.", "de"),
    ],
)
def test_no_clock_no_hour(sentence: str, lang: str) -> None:
    assert hour_before(sentence, len(sentence), lang) is None


@given(st.integers(0, 23), st.sampled_from(["Uhr"]))
def test_any_hour_of_the_day_reads_back(hour: int, mark: str) -> None:
    assert hour_before(f"Stand {hour} {mark} waren es 40 Tote.", 40, "de") == hour


SOURCES = (
    ("截至20日上午9时,积石山6.2级地震已造成甘肃省113人遇难,782人受伤。", "zh", "2023-12-21"),
    ("截至下午1時,6.2級地震造成甘肅省113人死亡,536人受傷。", "zh", "2023-12-19"),
)


def test_a_count_of_the_same_hour_disagrees_for_sure() -> None:
    draft = ("截至2023年12月20日上午9时,甘肃省受伤人数仍为536人。", "zh")
    result = check_dated(draft, *SOURCES)
    assert [(f.rule, f.severity, f.text) for f in result.findings] == [("FC101", "error", "536人")]


def test_a_count_of_the_same_hour_confirms() -> None:
    draft = ("截至2023年12月20日上午9时,甘肃省受伤人数为782人。", "zh")
    result = check_dated(draft, *SOURCES)
    assert [f.text for f in result.supported] == ["782人"] and not result.findings


def test_a_count_of_another_hour_of_the_day_is_no_sure_disagreement() -> None:
    draft = ("截至2023年12月20日下午3时,甘肃省受伤人数为800人。", "zh")
    result = check_dated(draft, *SOURCES)
    assert all(f.severity == "info" for f in result.findings)
