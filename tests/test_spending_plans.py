"""Plans for a period (held-out batch 18, Meta's and Alphabet's capital spending for
2025): a company's plan is revised until the period ends, so "$75 billion in 2025"
in February and "$85 billion in 2025" in July are both right (`planned` in
rules/attributes.yaml); what was spent, told after the year, is sure to disagree.
With them: "Kapitalinvestitionen" is capital spending, a separable "gab … aus" reaches
across a long German clause to its particle at the clause's end, and "das laufende
Jahr" is the year of publication."""

from __future__ import annotations

import pytest

from tests.annotating import annotated_claims
from tests.news_reports import flagged_rules, report_dated


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("Alphabet plans capital expenditures of $75 billion in 2025.", "en", "2025-02-05"),
         ("Alphabet raised its capital expenditures for 2025 to $85 billion.", "en",
          "2025-07-24")),
        (("Alphabet will 2025 Investitionsausgaben von 75 Milliarden Dollar tätigen.", "de",
          "2025-02-05"),
         ("Alphabet plant 2025 Investitionsausgaben von 85 Milliarden Dollar.", "de",
          "2025-07-24")),
        (("Meta verwacht in 2025 kapitaaluitgaven van 65 miljard dollar.", "nl", "2025-01-25"),
         ("Meta verwacht in 2025 kapitaaluitgaven van 72 miljard dollar.", "nl", "2025-10-30")),
        (("Meta预计2025年资本支出为650亿美元。", "zh", "2025-01-25"),
         ("Meta预计2025年资本支出为720亿美元。", "zh", "2025-10-30")),
    ],
)  # fmt: skip
def test_a_plan_revised_within_its_year_is_no_conflict(
    first: tuple[str, str, str], second: tuple[str, str, str]
) -> None:
    report = report_dated(first, second)
    assert flagged_rules(report) == []
    assert [f.rule for f in report.findings] == ["FC101"]  # listed, as information


def test_what_was_spent_told_after_the_year_is_a_conflict() -> None:
    report = report_dated(
        ("Alphabet spent $52.5 billion on capital expenditures in 2024.", "en", "2025-02-05"),
        ("Alphabet spent $32.3 billion on capital expenditures in 2024.", "en", "2025-03-01"),
    )
    assert flagged_rules(report) == [("FC101", "error")]


def test_spending_told_before_its_year_ends_is_no_sure_conflict() -> None:
    report = report_dated(
        ("Alphabet plans capital expenditures of $75 billion in 2025.", "en", "2025-02-05"),
        ("Alphabet spent $85 billion on capital expenditures in 2025.", "en", "2025-07-24"),
    )
    assert flagged_rules(report) == []


@pytest.mark.parametrize(
    ("text", "lang", "figure", "time"),
    [
        ("Für das laufende Jahr stellte Meta Kapitalinvestitionen zwischen 115 und 135 "
         "Milliarden Dollar in Aussicht.", "de", "115 und 135 Milliarden Dollar", "2026"),
        ("2025 gab der Konzern vor allem für den Ausbau von Rechenzentren für Künstliche "
         "Intelligenz gut 72 Milliarden Dollar aus.", "de", "gut 72 Milliarden Dollar", "2025"),
        ("Meta verhoogde de kapitaalinvesteringen voor het lopende jaar naar 135 miljard "
         "dollar.", "nl", "135 miljard dollar", "2026"),
        ("Meta expects capital investments of $135 billion this year.", "en",
         "$135 billion", "2026"),
        ("Meta预计今年资本开支为1350亿美元。", "zh", "1350亿美元", "2026"),
    ],
)  # fmt: skip
def test_capital_spending_in_every_wording(text: str, lang: str, figure: str, time: str) -> None:
    [claim] = [c for c in annotated_claims(text, lang, "2026-01-28") if c.text == figure]
    assert (str(claim.attribute), claim.time) == ("capex", time)
