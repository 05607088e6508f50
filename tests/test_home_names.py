"""A party's home name ("Labour", "die Union", "社民党", "共和党") names it in an
article about its own country, and no one's party elsewhere: parties of several
countries share those names (rules/entities.yaml, `home_names`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.annotation.entities import load_entities
from tests.annotating import annotated_claims, subjects_of
from tests.news_reports import flagged_rules, report_of

AT_HOME = [
    (
        "Britain's general election: Labour won 412 seats, while the Conservatives fell to 121.",
        "en",
        {"412 seats": "Labour (UK)", "121": "Conservatives (UK)"},
    ),
    (
        "Bei der Bundestagswahl in Deutschland kam die Union auf 28,5 Prozent, die Linke "
        "erreichte 8,8 Prozent.",
        "de",
        {"28,5 Prozent": "CDU/CSU", "8,8 Prozent": "Die Linke"},
    ),
    (
        "Bij de verkiezingen in Frankrijk haalde het RN 143 zetels in de Nationale Assemblee.",
        "nl",
        {"143 zetels": "Rassemblement National"},
    ),
    (
        "德国大选中,社民党得票率为16.4%,德国绿党为11.6%。",
        "zh",
        {"16.4%": "SPD", "11.6%": "Alliance 90/The Greens"},
    ),
    (
        "在法国议会选举中,共和党获得45个议席,新人民阵线获得182个议席。",
        "zh",
        {"45个议席": "Les Républicains", "182个议席": "New Popular Front"},
    ),
    (
        "In the United States, the Republicans won 220 seats in the House.",
        "en",
        {"220 seats": "Republican Party (US)"},
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), AT_HOME, ids=lambda v: str(v)[:30])
def test_a_home_name_is_the_party_of_the_articles_country(
    text: str, lang: str, expected: dict[str, str]
) -> None:
    assert subjects_of(text, lang, "2024-07-08") == expected


ABROAD = [
    ("Labour won 34 seats in New Zealand's election.", "en", {"34 seats": "Labour"}),
    ("Labour gewann bei der Wahl in Neuseeland 34 Sitze.", "de", {"34 Sitze": "Labour"}),
    ("日本大选中,自民党获得191个议席。", "zh", {"191个议席": "Liberal Democratic Party of Japan"}),
]


@pytest.mark.parametrize(("text", "lang", "expected"), ABROAD, ids=lambda v: str(v)[:30])
def test_elsewhere_a_home_name_is_another_countrys_or_no_listed_party(
    text: str, lang: str, expected: dict[str, str]
) -> None:
    """New Zealand's Labour is no British party, in English or in German; Japan's 自民党
    is the LDP, not Germany's FDP or Britain's Liberal Democrats, which Chinese writes
    alike."""
    assert subjects_of(text, lang, "2024-07-08") == expected


def test_one_party_named_at_home_in_two_languages_meets_itself() -> None:
    """An English and a Chinese page on Britain's election name Labour each in their
    own way: its seat counts are one fact and disagree (412 against 312, a slip of a
    digit)."""
    report = report_of(
        ("In Britain's 2024 general election, Labour won 412 seats.", "en"),
        ("英国2024年大选中,工党赢得了312个议席。", "zh"),
        published="2024-07-05",
    )
    assert flagged_rules(report) == [("FC101", "error")]
    finding = next(f for f in report.findings if f.rule == "FC101")
    assert "Labour (UK)" in finding.message and "412" in finding.message


def test_the_same_name_abroad_is_not_compared_with_the_party_at_home() -> None:
    """Labour in New Zealand and Labour in Britain are two parties: their seats are no
    conflict."""
    report = report_of(
        ("In Britain's 2024 general election, Labour won 412 seats.", "en"),
        ("Labour won 34 seats in New Zealand's 2024 general election.", "en"),
        published="2024-07-05",
    )
    assert flagged_rules(report) == []


def test_a_party_familys_name_is_the_national_party_unsurely() -> None:
    """In an article on the European election, "die Sozialdemokraten" and "die Grünen"
    may be the Parliament's groups as much as Germany's parties: their figures are
    the parties', never surely."""
    claims = annotated_claims(
        "Bei der Europawahl in Deutschland kamen die Sozialdemokraten auf 14 Sitze, die "
        "Grünen auf 12 Sitze.",
        "de",
        "2024-06-10",
    )
    read = [(c.text, c.subject.readable() if c.subject else None, c.subject_sure) for c in claims]
    assert read == [
        ("14 Sitze", "SPD", False),
        ("12 Sitze", "Alliance 90/The Greens", False),
    ]


def test_a_groups_seats_against_a_partys_are_information() -> None:
    """The Greens' 53 seats in the European Parliament against the German Greens' 12:
    a family name is never sure of its party, so the gap is info."""
    report = report_of(
        ("Bei der Europawahl 2024 in Deutschland kamen die Grünen auf 12 Sitze.", "de"),
        (
            "Bei der Europawahl 2024 in Deutschland kamen die Grünen im Parlament auf 53 Sitze.",
            "de",
        ),
        published="2024-06-10",
    )
    assert flagged_rules(report) == []
    assert {str(c.subject) for c in report.claims} == {"Alliance 90/The Greens"}


def test_a_party_serves_the_rules_files_own_entry_of_its_country(tmp_path: Path) -> None:
    """A rules file that lists Germany as "Deutschland" (with "Germany" an alias of it)
    keeps the parties: the CDU serves the file's Deutschland."""
    path = tmp_path / "entities.yaml"
    path.write_text(
        "entities:\n  - id: Deutschland\n    kind: place\n    aliases:\n      en: [Germany]\n",
        encoding="utf-8",
    )
    table = load_entities(path)
    assert table.served_place("CDU") == "Deutschland"
    assert "Germany" not in table.entities
