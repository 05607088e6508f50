"""A party's bare percentage is its share of the vote (`percent_of` in the entity
tables), a poll's a forecast of it, and the threshold a party must clear is the
country's rule, never a party's share: its words (`bound`) name only the figure they
stand by ("the 5% threshold", "Fünf-Prozent-Hürde", "kiesdrempel van 5 procent")."""

from __future__ import annotations

import pytest

from factcheck.runs.checking import check_texts
from tests.annotating import annotated_claims
from tests.news_reports import report_of

CASES = [
    (
        "Bei der Bundestagswahl in Deutschland kam die AfD auf 20,8 Prozent, die FDP "
        "scheiterte mit 4,3 Prozent an der Fünf-Prozent-Hürde.",
        "de",
        {
            "20,8 Prozent": ("AfD", "vote_share"),
            "4,3 Prozent": ("FDP", "vote_share"),
            "Fünf-Prozent": ("Germany", "vote_threshold"),
        },
    ),
    (
        "In Germany's election, the FDP failed to clear the 5% threshold, with 4.3%.",
        "en",
        {"5%": ("Germany", "vote_threshold"), "4.3%": ("FDP", "vote_share")},
    ),
    (
        "Bij de verkiezingen in Duitsland haalde de FDP met 4,3 procent de kiesdrempel van "
        "5 procent niet.",
        "nl",
        {"4,3 procent": ("FDP", "vote_share"), "5 procent": ("Germany", "vote_threshold")},
    ),
    (
        "德国大选中,自民党得票率为4.3%,未能跨过5%的门槛。",
        "zh",
        {"4.3%": ("FDP", "vote_share"), "5%": ("Germany", "vote_threshold")},
    ),
    (
        "In de peiling van Ipsos staat de PVV op 23 procent.",
        "nl",
        {"23 procent": ("PVV", "vote_share_expected")},
    ),
    (
        "In Umfragen lag die AfD in Deutschland zuletzt bei 20 Prozent.",
        "de",
        {"20 Prozent": ("AfD", "vote_share_expected")},
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES, ids=[c[1] for c in CASES])
def test_a_partys_percentage_is_its_share_of_the_vote(
    text: str, lang: str, expected: dict[str, tuple[str, str]]
) -> None:
    claims = annotated_claims(text, lang, "2025-02-24")
    read = {c.text: (c.subject.readable() if c.subject else None, str(c.attribute)) for c in claims}
    assert read == expected


def test_a_company_percentage_stays_unnamed() -> None:
    """Only a party's bare percentage is a vote share: Tesla's "20%" names no measure."""
    claims = annotated_claims("Tesla kam in Deutschland auf 20 Prozent.", "de", "2025-02-24")
    assert [str(c.attribute) for c in claims] == ["percent:percent"]


def test_one_partys_shares_across_languages_disagree() -> None:
    report = report_of(
        ("Bei der Bundestagswahl 2025 in Deutschland kam die AfD auf 20,8 Prozent.", "de"),
        ("在2025年德国大选中,选择党获得28.6%。", "zh"),
        published="2025-02-24",
    )
    assert [(f.rule, f.severity) for f in report.findings if f.severity != "info"] == [
        ("FC101", "error")
    ]


def test_a_rounder_figure_of_another_period_restates_no_undated_draft_figure() -> None:
    """A source gives Labour 33.7% in 2024 and 40% in 2017: the draft's undated 38.7%
    is not confirmed by the rounder 40% of another election."""
    result = check_texts(
        ("draft.txt", "Bij de verkiezingen in Groot-Brittannië haalde Labour 38,7 procent.", "nl"),
        [("a.txt", "In Britain, Labour won 33.7% in 2024, after 40% in 2017.", "en")],
    )
    assert [f.text for f in result.supported] == []
    assert [(f.text, f.kind) for f in result.findings] == [("38,7 procent", "value-conflict")]


def test_a_figure_as_precise_as_the_drafts_still_restates_it() -> None:
    result = check_texts(
        ("draft.txt", "Bij de verkiezingen in Groot-Brittannië haalde Labour 33,7 procent.", "nl"),
        [("a.txt", "In Britain, Labour won 33.7% in 2024, after 40% in 2017.", "en")],
    )
    assert [f.text for f in result.supported] == ["33,7 procent"]


@pytest.mark.parametrize(
    ("text", "lang", "figure", "subject"),
    [
        ("In Britain, Labour won 412 seats.", "en", "412 seats", "Labour (UK)"),
        ("在英国,工党赢得了412个议席。", "zh", "412个议席", "Labour (UK)"),
        # a list after all: it goes on after the second name
        ("In Nederland, Frankrijk en Duitsland werden 500 mensen geteld.", "nl", "500 mensen",
         "Netherlands, France and Germany"),
        ("Microsoft, Google and Meta spent $100 billion.", "en", "$100 billion",
         "Microsoft, Google and Meta"),
    ],
)  # fmt: skip
def test_a_sentences_opening_phrase_is_no_list(
    text: str, lang: str, figure: str, subject: str
) -> None:
    """ "In Britain, Labour won": the place opens the sentence, Labour is its subject,
    no list of the two."""
    claims = {c.text: c for c in annotated_claims(text, lang, "2024-07-05")}
    assert claims[figure].subject is not None
    assert claims[figure].subject.readable() == subject


def test_a_partys_own_country_is_no_part_of_its_figures() -> None:
    """ "die AfD kam in Deutschland auf 20,8 Prozent": Germany is where the party is
    from, not a part of its result (a company's "in Deutschland" is)."""
    claims = annotated_claims(
        "Bei der Wahl kam die AfD in Deutschland auf 20,8 Prozent.", "de", "2025-02-24"
    )
    assert [(c.subject.readable(), c.topic) for c in claims if c.subject] == [("AfD", None)]


@pytest.mark.parametrize(
    ("draft", "source", "verdict"),
    [
        ("Bei der Europawahl 2024 in Deutschland gewann die CDU/CSU 30 Sitze.",
         "Bei der Europawahl 2024 in Deutschland hat die CDU/CSU 29 Sitze gewonnen.",
         ("value-conflict", "error")),
        # votes are rounded: "2 Millionen" may be 1.98 million
        ("Bei der Wahl 2024 in Deutschland erhielt die CDU 2 Millionen Stimmen.",
         "Bei der Wahl 2024 in Deutschland erhielt die CDU 1,98 Millionen Stimmen.",
         ("supported", None)),
    ],
)  # fmt: skip
def test_seats_are_counted_exactly(draft: str, source: str, verdict: tuple) -> None:
    """ "30 seats" is no rounding of 29: a parliament's seats are never rounded."""
    result = check_texts(("draft.txt", draft, "de"), [("a.txt", source, "de")])
    assert [(f.kind, f.severity) for f in (*result.findings, *result.supported)] == [verdict]
