"""A turnout counted by an hour of the day ("26.63% by midday") is a vote still
running: its own measure, never held against the final turnout. A sentence's opening
phrase ("As of 12 pm, …", "截至中午12时,…") tells how its first clause's figures are
meant, as a word inside the clause would."""

from __future__ import annotations

import pytest

from tests.annotating import annotated_claims
from tests.news_reports import flagged_rules, report_of

CASES = [
    (
        "As of 12 pm local time, turnout was 26.63%. In 2022, turnout at the same time was "
        "18.99%. Final turnout was 66.7%.",
        "en",
        {"26.63%": "turnout_by_hour", "18.99%": "turnout_by_hour", "66.7%": "turnout"},
    ),
    (
        "Die Wahlbeteiligung lag bis 14 Uhr bei 52 Prozent. Insgesamt lag die "
        "Wahlbeteiligung bei 82,5 Prozent.",
        "de",
        {"52 Prozent": "turnout_by_hour", "82,5 Prozent": "turnout"},
    ),
    (
        "Rond het middaguur was de opkomst 21 procent. De opkomst was uiteindelijk 77,7 procent.",
        "nl",
        {"21 procent": "turnout_by_hour", "77,7 procent": "turnout"},
    ),
    (
        "截至中午12时,投票率为26.63%。最终投票率为66.7%。",
        "zh",
        {"26.63%": "turnout_by_hour", "66.7%": "turnout"},
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES, ids=[c[1] for c in CASES])
def test_a_turnout_by_an_hour_is_its_own_measure(
    text: str, lang: str, expected: dict[str, str]
) -> None:
    claims = annotated_claims(text, lang, "2024-07-07")
    assert {c.text: str(c.attribute) for c in claims} == expected


def test_an_opening_phrase_sets_how_a_seat_count_is_meant() -> None:
    """ "According to the exit poll, …": the seats are the exit poll's, not won."""
    claims = annotated_claims(
        "According to the exit poll, Labour is set to win 410 seats.", "en", "2024-07-04"
    )
    assert [(c.text, str(c.attribute)) for c in claims] == [("410 seats", "seats_exit_poll")]


def test_an_opening_phrase_that_names_a_measure_keeps_it_to_itself() -> None:
    """ "die Wahlbeteiligung um 12 Uhr …, die Sozialisten …": the hour is the turnout's; a phrase that
    names a measure is a clause of its own, not an opening phrase."""
    claims = annotated_claims(
        "Bei der Wahl in Frankreich lag die Wahlbeteiligung um 12 Uhr bei 26 Prozent, "
        "die Sozialisten erhielten 12 Prozent der Stimmen.",
        "de",
        "2024-07-07",
    )
    assert {c.text: str(c.attribute) for c in claims} == {
        "26 Prozent": "turnout_by_hour",
        "12 Prozent": "vote_share",
    }


def test_a_midday_turnout_is_not_held_against_the_final_one() -> None:
    report = report_of(
        ("In France's 2024 election, turnout was 26.63% at noon.", "en"),
        ("Bei der Wahl in Frankreich 2024 lag die Wahlbeteiligung bei 66,7 Prozent.", "de"),
        published="2024-07-08",
    )
    assert flagged_rules(report) == []
    attributes = sorted(str(c.attribute) for c in report.claims)
    assert attributes == ["turnout", "turnout_by_hour"]


def test_two_hours_turnouts_are_information_not_an_alarm() -> None:
    """The noon and the 5 pm turnout may both be right: their gap is reported as info."""
    report = report_of(
        ("In France's 2024 election, turnout was 26.63% at noon.", "en"),
        (
            "Bei der Wahl in Frankreich 2024 lag die Wahlbeteiligung um 17 Uhr bei 59,7 Prozent.",
            "de",
        ),
        published="2024-07-08",
    )
    assert flagged_rules(report) == []
    assert [(f.rule, f.severity) for f in report.findings] == [("FC101", "info")]
