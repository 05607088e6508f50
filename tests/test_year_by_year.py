"""A year-by-year list dates each part by its own year: "2020年,华为销售收入为8914亿元
(…);2021年,华为销售收入为6368亿元" (held-out batch 7: every figure of such a sentence was
undated, so a draft's 6368亿元 "in 2022" met nothing). The parts are what the
semicolons separate; a year after any punctuation is a year (",2019年,")."""

from __future__ import annotations

import pytest

from factcheck.extraction.timescope import stated_years
from factcheck.runs.reporting import report_texts

LISTS = [
    ("In 2019, revenue was 858.8 billion yuan; in 2020, revenue was 891.4 billion yuan; "
     "in 2021, it was 636.8 billion yuan.", "en"),
    ("Im Jahr 2019 lag der Umsatz bei 858,8 Milliarden Yuan; 2020 waren es 891,4 Milliarden "
     "Yuan; 2021 noch 636,8 Milliarden Yuan.", "de"),
    ("In 2019 bedroeg de omzet 858,8 miljard yuan; in 2020 was dat 891,4 miljard yuan; "
     "in 2021 nog 636,8 miljard yuan.", "nl"),
    ("从过去几年的成绩单来看,2019年,华为销售收入为8588亿元;2020年,华为销售收入为8914亿元;"
     "2021年,华为销售收入为6368亿元。", "zh"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang"), LISTS)
def test_each_part_of_a_year_by_year_list_has_its_year(text: str, lang: str) -> None:
    claims = report_texts([("a.txt", text, lang)]).claims
    assert [(c.value, c.time) for c in claims] == [
        (858.8e9, "2019"),
        (891.4e9, "2020"),
        (636.8e9, "2021"),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Revenue was 858.8 billion yuan in 2019 and 891.4 billion, up from 2018 and 2017.", "en"),
        (
            "Der Umsatz lag 2019 bei 858,8 Milliarden Yuan, 2020 bei 891,4 Milliarden und mehr.",
            "de",
        ),
    ],
)
def test_a_sentence_of_several_years_without_parts_keeps_its_rule(text: str, lang: str) -> None:
    claims = report_texts([("a.txt", text, lang)]).claims
    assert claims[0].time == "2019"


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("来看,2019年,华为", {"2019"}),
        ("Im Vorjahr,2019,lag", {"2019"}),
        ("1,2019 units", set()),
        ("3.2019 dollars", set()),
    ],
)
def test_a_year_after_any_punctuation_is_a_year(text: str, years: set[str]) -> None:
    assert stated_years(text) == years


@pytest.mark.parametrize(
    ("text", "lang", "time"),
    [
        ("BYD sold 526,409 cars in the last quarter 2023.", "en", "2023-Q4"),
        (
            "BYD gab bekannt, im letzten Quartal 2023 526.409 Autos verkauft zu haben.",
            "de",
            "2023-Q4",
        ),
        ("BYD verkocht in het laatste kwartaal 2023 526.409 auto's.", "nl", "2023-Q4"),
        ("Im letzten Quartal verkaufte BYD 526.409 Autos.", "de", None),
    ],
)
def test_the_last_quarter_with_its_year_is_the_fourth(
    text: str, lang: str, time: str | None
) -> None:
    """ "im letzten Quartal 2023" (corpus de-brnn) is the year's last quarter; alone,
    "im letzten Quartal" is the one before now, which the words do not date."""
    assert [c.time for c in report_texts([("a.txt", text, lang)]).claims] == [time]
