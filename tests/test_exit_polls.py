"""The exit poll is its own measure (issue 14): the one forecast published as the
polls close, beside projections and polls, which differ from it and from each other
and may all be right. A draft quoting the exit poll is held against the sources' exit
poll, never against a later projection (batch 13: the exit poll's 131 Conservative
seats against "projections suggesting they won as few as 122")."""

from __future__ import annotations

import pytest

from factcheck.runs.checking import check_texts
from tests.annotating import annotated_claims
from tests.news_reports import flagged_rules, report_of


@pytest.mark.parametrize(
    ("text", "lang", "figure", "attribute"),
    [
        ("The exit poll gave the Conservatives 131 seats.", "en", "131 seats", "seats_exit_poll"),
        (
            "Projections suggested Labour won as many as 412 seats.",
            "en",
            "412 seats",
            "seats_expected",
        ),
        (
            "Laut Nachwahlbefragung kommt die CDU auf 30 Prozent.",
            "de",
            "30 Prozent",
            "vote_share_exit_poll",
        ),
        (
            "In Umfragen lag die AfD zuletzt bei 20 Prozent.",
            "de",
            "20 Prozent",
            "vote_share_expected",
        ),
        ("GroenLinks-PvdA kreeg in de exitpoll 26 zetels.", "nl", "26 zetels", "seats_exit_poll"),
        (
            "In de peiling van Ipsos staat de PVV op 23 procent.",
            "nl",
            "23 procent",
            "vote_share_expected",
        ),
        ("出口民调显示，工党将获得410个席位。", "zh", "410个席位", "seats_exit_poll"),
        ("民调显示，工党将获得400个席位。", "zh", "400个席位", "seats_expected"),
    ],
)
def test_the_exit_poll_is_its_own_measure(
    text: str, lang: str, figure: str, attribute: str
) -> None:
    claims = annotated_claims(text, lang, "2024-07-05")
    assert [str(c.attribute) for c in claims if figure in c.text] == [attribute]


def test_an_exit_poll_and_a_later_projection_are_not_compared() -> None:
    report = report_of(
        ("The exit poll gave the Conservatives 131 seats.", "en"),
        ("Projections suggested the Conservatives won as few as 122 seats.", "en"),
        published="2024-07-05",
    )
    assert flagged_rules(report) == []


SOURCES = [
    ("a.txt", "The exit poll gave the Tories 131 seats.", "en"),
    ("b.txt", "Projections suggested the Tories won as few as 122 seats.", "en"),
]


def test_a_draft_quoting_the_exit_poll_is_supported_by_the_exit_poll() -> None:
    draft = ("draft.md", "De exitpoll had de Tories nog 131 zetels toegedicht.", "nl")
    result = check_texts(draft, SOURCES)
    assert [f.kind for f in result.supported] == ["supported"]
    assert [f.severity for f in result.findings if f.severity != "info"] == []


def test_a_draft_misquoting_the_exit_poll_is_an_error() -> None:
    draft = ("draft.md", "Die Nachwahlbefragung sah die Tories bei 113 Sitzen.", "de")
    result = check_texts(draft, SOURCES)
    assert [(f.rule, f.severity) for f in result.findings if f.severity != "info"] == [
        ("FC101", "error")
    ]


def test_a_draft_quoting_the_exit_poll_is_never_held_against_a_projection() -> None:
    draft = ("draft.md", "De exitpoll had de Tories nog 131 zetels toegedicht.", "nl")
    result = check_texts(draft, SOURCES[1:])
    assert [f.severity for f in result.findings] == ["info"]
    assert result.supported == []


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("Dutch exit polls projected a win for the PVV. GroenLinks-PvdA is predicted to claim "
         "25 seats.", "en", "25 seats"),
        ("Die Nachwahlbefragung sieht die CDU vorn. Die SPD dürfte auf 120 Sitze kommen.", "de",
         "120 Sitze"),
        ("De exitpoll ziet de PVV als winnaar. GroenLinks-PvdA wordt verwacht op 25 zetels.", "nl",
         "25 zetels"),
        ("出口民调显示工党领先。保守党预计获得131个席位。", "zh", "131个席位"),
    ],
)  # fmt: skip
def test_an_article_naming_the_exit_poll_predicts_by_it(text: str, lang: str, figure: str) -> None:
    """Novinite: "Dutch exit polls have projected a seismic win … Labour-Green is
    predicted to claim second place with 25 seats": the 25 are the exit poll's."""
    claims = annotated_claims(text, lang, "2023-11-23")
    assert [str(c.attribute) for c in claims if c.text == figure] == ["seats_exit_poll"]


def test_a_projection_in_an_article_not_naming_the_exit_poll_stays_expected() -> None:
    claims = annotated_claims("Projections suggested the Tories won 122 seats.", "en")
    assert [str(c.attribute) for c in claims] == ["seats_expected"]
