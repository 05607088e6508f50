"""Who gives a figure, third round (issue 14): an article that gives two figures of one
fact, one from a reporter it names for that figure alone, is sure of the disagreement;
a reporter inside a clause that only dates what follows ("After Lam announced the
delay, …", "林鄭月娥宣布暫緩修例後,…") reports nothing after it."""

from __future__ import annotations

import pytest

from factcheck.checks.compare import Comparison
from factcheck.checks.sides import Sides, reported_apart, reporters_apart
from factcheck.models import ReportClaim, ReportData
from factcheck.runs.reporting import report_texts

OTHER_OUTLETS = [
    ("Das Beben der Stärke 7,8 erschütterte die Türkei.", "de"),
    ("土耳其发生7.8级地震。", "zh"),
]


def _report(*texts: tuple[str, str]) -> ReportData:
    return report_texts([(f"s{i}.txt", text, lang) for i, (text, lang) in enumerate(texts)])


def _alarms(report: ReportData) -> list[tuple[str, str, list[str]]]:
    texts = {c.id: c.text for c in report.claims}
    return [
        (f.rule, f.severity, sorted(texts[i] for i in f.claim_ids))
        for f in report.findings
        if f.severity != "info"
    ]


def test_a_reporter_named_for_one_figure_of_an_article_makes_its_side_sure() -> None:
    article = (
        "The death toll from a magnitude 7.8 earthquake in Turkey has continued to rise. "
        "Turkey's disaster agency AFAD put the magnitude of the quake at 7.4."
    )
    report = _report((article, "en"), *OTHER_OUTLETS)
    assert _alarms(report) == [
        ("FC101", "error", ["7.4", "7.8级地震", "Stärke 7,8", "magnitude 7.8"])
    ]


def test_an_articles_second_figure_without_a_reporter_stays_unsure() -> None:
    """The article may speak of another quake or an update: information only."""
    article = (
        "The death toll from a magnitude 7.8 earthquake in Turkey has continued to rise. "
        "The magnitude of the quake was put at 7.4."
    )
    report = _report((article, "en"), *OTHER_OUTLETS)
    assert _alarms(report) == []
    assert [(f.rule, f.severity) for f in report.findings] == [("FC101", "info")]


@pytest.mark.parametrize(
    ("dated", "reported", "lang", "reporter"),
    [
        (
            "After Carrie Lam announced the delay, a million people marched.",
            "Carrie Lam said a million people marched.",
            "en",
            "Carrie Lam",
        ),
        (
            "Nachdem die Polizei die Route freigegeben hatte, zogen eine Million Menschen "
            "durch die Stadt.",
            "Laut Polizei zogen eine Million Menschen durch die Stadt.",
            "de",
            "police",
        ),
        (
            "Nadat de politie de route had vrijgegeven, liepen een miljoen mensen mee.",
            "Volgens de politie liepen een miljoen mensen mee.",
            "nl",
            "police",
        ),
        (
            "林鄭月娥宣布暫緩修例後,民主派再發起遊行,共百萬人參與。",
            "警方宣布,共百萬人參與遊行。",
            "zh",
            "police",
        ),
    ],
)
def test_a_reporter_in_a_time_clause_reports_nothing_after_it(
    dated: str, reported: str, lang: str, reporter: str
) -> None:
    claims = _report((dated, lang), (reported, lang)).claims
    assert [(c.file, c.value, c.reported_by) for c in claims] == [
        ("s0.txt", 1_000_000, None),
        ("s1.txt", 1_000_000, reporter),
    ]


def _crowd(file: str, value: float, reporter: str | None) -> ReportClaim:
    return ReportClaim(
        id=f"{file}{value}", file=file, text="n", start=0, end=1, lang="en", sentence=(0, 1),
        value=value, low=value, high=value, unit="person", reported_by=reporter,
    )  # fmt: skip


def test_two_reporters_are_apart_whatever_a_headline_adds() -> None:
    """The police's 338,000 against the organisers' two million, which a headline that
    names no one restates: the sources report a disagreement (a warning), they make no
    slip (an error)."""
    police = [_crowd("a.txt", 338_000, "police")]
    organisers = [_crowd("b.txt", 2e6, None), _crowd("b.txt", 2e6, "organisers")]
    sides = Sides(police, organisers, Comparison("conflict", 5.9))
    assert reported_apart(sides) and reporters_apart(sides) is None
    assert not reported_apart(Sides(police, organisers[:1], Comparison("conflict", 5.9)))
    both = [_crowd("c.txt", 2e6, "police")]
    assert not reported_apart(Sides(police, both, Comparison("conflict", 5.9)))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Microsoft is investing heavily. According to a report by CNBC, the company "
            "reaffirmed its spending of $80 billion on AI infrastructure for fiscal 2025.",
            "en",
        ),
        (
            "Microsoft investiert stark. Laut einem Bericht von CNBC bekräftigte das "
            "Unternehmen seine Ausgaben von 80 Milliarden US-Dollar für das Geschäftsjahr 2025.",
            "de",
        ),
        (
            "Microsoft investeert fors. Volgens een bericht van CNBC bevestigde het bedrijf "
            "zijn uitgaven van 80 miljard dollar voor boekjaar 2025.",
            "nl",
        ),
        ("微软大举投资。据CNBC报道,该公司重申2025财年投入800亿美元。", "zh"),
    ],
)
def test_an_outlet_behind_a_report_reports_and_the_company_is_the_subject(
    text: str, lang: str
) -> None:
    """ "According to a report by CNBC, the company …": the outlet reports the figure;
    "the company" is the one named before, not the outlet."""
    report = report_texts([("a.txt", text, lang)])
    [claim] = [c for c in report.claims if c.unit == "USD"]
    assert (claim.subject.readable() if claim.subject else None) == "Microsoft"
    assert claim.reported_by == "CNBC"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("According to Bloomberg, the deal is worth $4 billion.", "en"),
        ("Laut Bloomberg ist der Deal 4 Milliarden Dollar wert.", "de"),
        ("Volgens Bloomberg is de deal 4 miljard dollar waard.", "nl"),
        ("据彭博社报道,这笔交易价值40亿美元。", "zh"),
    ],
)
def test_a_news_outlet_is_never_the_subject_of_what_it_reports(text: str, lang: str) -> None:
    report = report_texts([("a.txt", text, lang)])
    [claim] = [c for c in report.claims if c.unit == "USD"]
    assert claim.subject is None or "Bloomberg" not in claim.subject
    assert claim.reported_by == "Bloomberg"
