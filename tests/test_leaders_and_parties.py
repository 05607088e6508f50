"""A party and its leader (held-out batch 13). "De Conservatieve Partij, geleid door de
vertrekkende premier Rishi Sunak, … hield slechts 119 zetels over" gave the seats to
Sunak, an error against a draft's 121 for the party; "Under Rishi Sunak, the
Conservatives won" read the clause as an apposition to Sunak. A name after "led by",
"geleid door", "angeführt von" (`leaders_before`) or before 领导的 (`leaders_after`)
leads the organisation and is no subject of its figures. And a figure said of two
names that the entity table does not list, in articles of two languages, is no sure
misattribution: "Conservatieve Partij" and "Conservatives" may be one party
(attribution-conflict is then information). Measures' acronyms and tables' headers
("EBIT", "Price | $3,699") are no names."""

from __future__ import annotations

import pytest

from tests.annotating import subjects_of as subjects_in
from tests.news_reports import flagged_rules, report_of


def subjects_of(text: str, lang: str) -> dict[str, str | None]:
    return subjects_in(text, lang, "2024-07-05")


@pytest.mark.parametrize(
    ("lang", "text", "figure", "subject"),
    [
        ("en", "The Conservative Party, led by outgoing prime minister Rishi Sunak, lost badly "
               "and kept only 119 seats.", "119 seats", "Conservative Party"),
        ("nl", "De Conservatieve Partij, geleid door de vertrekkende premier Rishi Sunak, verloor "
               "dramatisch, en hield slechts 119 zetels over.", "119 zetels",
         "Conservatieve Partij"),
        ("de", "Die konservative Partei CDU, angeführt von Friedrich Merz, kam auf 208 Sitze.",
         "208 Sitze", "CDU"),
        ("zh", "由Merz领导的CDU获得208席。", "208席", "CDU"),
        ("en", "Under Rishi Sunak, the Conservatives won 121 seats.", "121 seats", "Conservatives"),
    ],
)  # fmt: skip
def test_a_leader_is_no_subject_of_the_partys_figures(
    lang: str, text: str, figure: str, subject: str
) -> None:
    assert subjects_of(text, lang)[figure] == subject


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Airbus reported its results.\nEBIT € 5.8 billion", "€ 5.8 billion"),
        ("en", "Apple sells the headset in three versions.\nPrice | $3,699", "$3,699"),
        ("nl", "Apple verkoopt de headset in drie versies.\nPrijs | 3.699 dollar", "3.699 dollar"),
    ],
)  # fmt: skip
def test_a_measures_acronym_or_a_header_is_no_name(lang: str, text: str, figure: str) -> None:
    assert subjects_of(text, lang)[figure] in (None, "Airbus", "Apple")


def test_unlisted_names_in_two_languages_make_no_sure_misattribution() -> None:
    report = report_of(
        ("Bij de verkiezingen van 2024 wonnen de Conservatieven 121 zetels.", "nl"),
        ("In the 2024 election the Conservatives won 121 seats.", "en"),
        published="2024-07-05",
    )
    assert [(f.rule, f.severity) for f in report.findings] == [("FC104", "info")]


def test_unlisted_names_in_one_language_still_disagree() -> None:
    report = report_of(
        ("In the 2024 election the Conservatives won 121 seats.", "en"),
        ("In the 2024 election the Liberal Democrats won 121 seats.", "en"),
        published="2024-07-05",
    )
    assert flagged_rules(report) == [("FC104", "warning")]
