"""Issue 14, time and rules. A quarter named without its year ("in the fourth quarter",
"im vierten Quartal", 第四季度) is the latest one begun by the publication date, when
the text makes it the time of its figures; a month name alone is no quarter. A figure
rounded to whole units ("EPS growth of 8%" in a headline) agrees with the figure it
rounds (8.3%), but not with one further off, and a figure written with decimals
("6,0") rounds nothing.
"""

from __future__ import annotations

import pytest

from factcheck.checks.agreement import ValueConflictParams, agree
from factcheck.extraction.scanner import extract_text
from factcheck.models import Claim


def periods(text: str, lang: str, published: str | None) -> list[str | None]:
    return [c.time for c in extract_text(text, lang, published=published)]


@pytest.mark.parametrize(
    ("text", "lang", "published", "expected"),
    [
        (
            "Tesla delivered 484,507 vehicles in the fourth quarter.",
            "en",
            "2024-01-02",
            ["2023-Q4"],
        ),
        (
            "Tesla lieferte im vierten Quartal 484.507 Fahrzeuge aus.",
            "de",
            "2024-01-04",
            ["2023-Q4"],
        ),
        ("In het vierde kwartaal leverde Tesla 484.507 auto’s.", "nl", "2024-01-02", ["2023-Q4"]),
        ("特斯拉第四季度交付48.45万辆。", "zh", "2024-01-03", ["2023-Q4"]),
        ("Q4 net bookings of 9.2 billion euros.", "en", "2024-01-24", ["2023-Q4"]),
        # the year's last quarter (zh-loriforfreedom); "last quarter" alone is the one before
        (
            "Tesla delivered 484,507 vehicles in the last quarter of 2023.",
            "en",
            "2024-01-03",
            ["2023-Q4"],
        ),
        (
            "Tesla lieferte im letzten Quartal des Jahres 2023 484.507 Autos aus.",
            "de",
            "2024-01-03",
            ["2023-Q4"],
        ),
        (
            "Tesla leverde in het laatste kwartaal van 2023 484.507 auto’s.",
            "nl",
            "2024-01-03",
            ["2023-Q4"],
        ),
        ("在2023年最後一個季度交付了484507輛電動汽車。", "zh", "2024-01-03", ["2023-Q4"]),
        ("Tesla delivered 484,507 vehicles last quarter.", "en", "2024-05-03", [None]),
        ("Revenue rose 20% in the second quarter.", "en", "2024-05-15", ["2024-Q2"]),
        ("Sales fell 5% in the first half.", "en", "2024-08-01", ["2024-H1"]),
        # no publication date, or one of a year only: no quarter to count from
        ("Revenue rose 20% in the second quarter.", "en", None, [None]),
        ("Revenue rose 20% in the second quarter.", "en", "2024", [None]),
        # a quarter named as a cause, not as the time of the figure (nl-autoreview)
        (
            "BYD bleef mede door een teleurstellend eerste kwartaal steken op 1.574.804"
            " verkochte elektrische auto’s.",
            "nl",
            "2024-01",
            [None],
        ),
        # a month alone names no quarter (de-zeit-2)
        (
            "Die 62-jährige Politikerin Carrie Lam ist seit Juli 2017 im Amt.",
            "de",
            "2019-06-16",
            [None],
        ),
        ("Im Juli 2021 starben 135 Menschen.", "de", "2022-07-13", ["2021"]),
    ],
)
def test_a_quarter_without_its_year_is_the_latest_one_begun(
    text: str, lang: str, published: str | None, expected: list[str | None]
) -> None:
    assert periods(text, lang, published) == expected


def figure(text: str, lang: str = "en") -> Claim:
    (claim,) = extract_text(text, lang)
    return claim


OPTIONS = ValueConflictParams().model_dump() | {"factors": [], "factor_tolerance": 0.05}


@pytest.mark.parametrize(
    ("a", "b", "agreed"),
    [
        ("EPS growth of 8%.", "EPS growth of 8.3%.", True),  # en-marketscreener
        ("EPS growth of 8%.", "EPS growth of 8.6%.", False),  # rounds to 9
        ("2 million people marched.", "2.4 million people marched.", False),
        ("A magnitude of 6.2.", "A magnitude of 6.0.", False),  # "6.0" states its decimal
        ("Sales of 17,975 units.", "Sales of 17,795 units.", False),
    ],
)
def test_a_figure_rounded_to_whole_units_agrees_with_what_it_rounds(
    a: str, b: str, agreed: bool
) -> None:
    assert agree(OPTIONS, figure(a), figure(b)) is agreed
    assert agree(OPTIONS, figure(b), figure(a)) is agreed


def test_the_months_of_a_quarter_name_it_without_its_year() -> None:
    """de-brnn: the year of the sentence is the base of the change, so the quarter's is
    the latest begun."""
    text = (
        "Nach Angaben von Tesla wurden im Oktober, November und Dezember insgesamt 494.989"
        " Elektrofahrzeuge ausgeliefert, was einem Anstieg von fast 20 Prozent gegenüber"
        " dem gleichen Zeitraum im Jahr 2022 entspricht."
    )
    assert periods(text, "de", "2024-01-04")[0] == "2023-Q4"
