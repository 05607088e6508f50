"""A market price takes one value on many days; a milestone ("for the first time",
"erstmals", "voor het eerst", "首次") has one date (held-out batch 5: a draft's "$2
trillion market value in February 2023" against Nvidia's first $2 trillion, reported
on 23 February 2024). time-conflict holds apart two dates of a milestone that cannot
overlap, and no longer two dates of a market value that are no milestone."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from dated import check_dated

from factcheck.extraction.daydates import one_month
from factcheck.models import ReportData
from factcheck.runs.reporting import build_report, report_texts
from tests.annotating import annotated_claims

SAME_VALUE_TWICE = [
    ("Nvidia's market value was $3 trillion in June 2024.", "en"),
    ("Der Börsenwert von Nvidia lag im April 2025 bei drei Billionen Dollar.", "de"),
    ("De marktwaarde van Nvidia bedroeg in april 2025 3 biljoen dollar.", "nl"),
    ("英伟达市值在2025年4月为3万亿美元。", "zh"),
]
FIRST_TIME = [
    ("Nvidia's market value reached $3 trillion for the first time in June 2024.", "en"),
    ("Der Börsenwert von Nvidia erreichte im Juni 2025 erstmals drei Billionen Dollar.", "de"),
    ("De marktwaarde van Nvidia bereikte in juni 2025 voor het eerst 3 biljoen dollar.", "nl"),
    ("英伟达市值于2025年6月首次突破3万亿美元。", "zh"),
]


def _kinds(report: ReportData) -> list[tuple[str, str]]:
    return [(f.kind, f.severity) for f in report.findings]


@pytest.mark.parametrize("later", SAME_VALUE_TWICE[1:])
def test_a_market_value_on_two_dates_is_no_time_conflict(later: tuple[str, str]) -> None:
    first = SAME_VALUE_TWICE[0]
    assert _kinds(report_texts([("a.txt", *first), ("b.txt", *later)])) == []


@pytest.mark.parametrize("later", FIRST_TIME[1:])
def test_a_milestone_dated_to_two_years_is_a_time_conflict(later: tuple[str, str]) -> None:
    report = report_texts([("a.txt", *FIRST_TIME[0]), ("b.txt", *later)])
    assert [c.milestone for c in report.claims if c.compared] == [True, True]
    assert _kinds(report) == [("time-conflict", "warning")]


def test_a_milestone_on_a_day_of_its_stated_year_agrees() -> None:
    """ "Nvidia hit $2 trillion for the first time on Friday", published on 23 February
    2024, is dated by its day; another source's "in 2024" holds it."""
    with tempfile.TemporaryDirectory() as folder:
        texts = {
            "a.md": "---\ndate: 2024-02-23\n---\nNvidia's market value hit $2 trillion for "
            "the first time on Friday.\n",
            "b.md": "---\ndate: 2024-06-01\n---\nNvidia's market value first reached $2 "
            "trillion in 2024.\n",
            "c.md": "---\ndate: 2024-06-01\n---\nNvidia's market value first reached $2 "
            "trillion in 2023.\n",
        }
        for name, text in texts.items():
            (Path(folder) / name).write_text(text, encoding="utf-8")
        report = build_report([Path(folder)])
    claims = {c.id: c for c in report.claims}
    found = [
        sorted(Path(claims[i].file or "").name for i in f.claim_ids)
        for f in report.findings
        if f.kind == "time-conflict"
    ]
    assert sorted(found) == [["a.md", "c.md"], ["b.md", "c.md"]]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In {month} 2025 Nvidia's market value passed $4 trillion for the first time.", "en"),
        ("Im {month} 2025 knackte Nvidia als erstes Unternehmen die Marke von vier Billionen "
         "Dollar Börsenwert.", "de"),
        ("In {month} 2025 bereikte de marktwaarde van Nvidia voor het eerst 4 biljoen dollar.",
         "nl"),
        ("2025年{month}月,英伟达市值首次突破4万亿美元。", "zh"),
    ],
)  # fmt: skip
def test_a_milestones_month_is_held_against_a_page_of_another(text: str, lang: str) -> None:
    """Held-out batch 3: a draft's "Im Juni 2025 knackte der Chipkonzern als erstes
    Unternehmen die Marke von vier Billionen Dollar" was dated 2025, which pages of July
    2025 reporting the first $4 trillion hold. A market value's milestone keeps the
    month its sentence names."""
    months = {"en": ("June", "July"), "de": ("Juni", "Juli"), "nl": ("juni", "juli")}
    earlier, same = months.get(lang, ("6", "7"))
    page = (
        "---\ndate: 2025-07-10\n---\nNvidia's market value topped $4 trillion for the first time.\n"
    )
    for month, kinds in ((earlier, [("time-conflict", "warning")]), (same, [])):
        with tempfile.TemporaryDirectory() as folder:
            (Path(folder) / "a.md").write_text(page, encoding="utf-8")
            front = f"---\ndate: 2025-08-01\nlang: {lang}\n---\n"
            (Path(folder) / "b.md").write_text(front + text.format(month=month), encoding="utf-8")
            report = build_report([Path(folder)])
        assert [c.time for c in report.claims if c.compared and c.file.endswith("b.md")] == [
            f"2025-0{6 if month == earlier else 7}"
        ]
        assert _kinds(report) == kinds


@pytest.mark.parametrize(
    ("text", "year", "month"),
    [
        ("Im Juni 2025 knackte Nvidia", "2025", "2025-06"),
        ("in juni 2023 voor het eerst", "2023", "2023-06"),
        ("英伟达市值于2025年6月首次突破", "2025", "2025-06"),
        ("in June 2024 and July 2024", "2024", None),  # two months: none of them
        ("in June 2024", "2025", None),  # another year's month
        ("in 2025", "2025", None),
    ],
)
def test_one_month_of_a_year(text: str, year: str, month: str | None) -> None:
    assert one_month(text, 0, len(text), year) == month


@pytest.mark.parametrize(
    ("lang", "text", "figures"),
    [
        ("en", "Nvidia crossed the $2 trillion mark in February 2024 and $3 trillion in June 2025.",
         {"$2 trillion": "2024-02", "$3 trillion": "2025-06"}),
        ("de", "Nvidia knackte im Februar 2024 die Billionen-Dollar-Marke.", {"Billionen-Dollar": "2024-02"}),
        ("nl", "Nvidia passeerde de biljoengrens in februari 2024 en 3 biljoen dollar in juni 2025.",
         {"3 biljoen dollar": "2025-06"}),
        ("zh", "英伟达市值于2024年6月突破3万亿美元大关。", {"3万亿美元": "2024-06"}),
    ],
)  # fmt: skip
def test_a_mark_crossed_is_a_dated_market_value(
    lang: str, text: str, figures: dict[str, str]
) -> None:
    """A trillion-dollar mark crossed is a market value and a milestone; each figure
    takes the month its own words give ("$3 trillion in June 2025"), not the sentence's
    first."""
    found = {c.text: c for c in annotated_claims(text, lang)}
    for figure, month in figures.items():
        claim = found[figure]
        assert (str(claim.attribute), claim.time, claim.milestone) == ("market_value", month, True)


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Microsoft ($4.04 trillion) and Apple ($3.99 trillion) were next among the most "
         "valuable companies.", "$3.99 trillion"),
        ("en", "Nvidia is ahead of Microsoft and Apple, whose market caps stood near $3.7 trillion "
         "and $3.1 trillion, respectively.", "$3.7 trillion"),
        ("nl", "Het aandeel koerste hoger, waarmee Nvidia zo’n 3,3 biljoen dollar waard is.",
         "zo’n 3,3 biljoen dollar"),
        ("de", "Nvidia ist das wertvollste Unternehmen der Welt mit 4 Billionen Dollar.",
         "4 Billionen Dollar"),
    ],
)  # fmt: skip
def test_what_a_company_is_worth_is_its_market_value(lang: str, text: str, figure: str) -> None:
    [claim] = [c for c in annotated_claims(text, lang) if c.text == figure]
    assert str(claim.attribute) == "market_value"


def test_a_mark_is_no_market_value_of_profit() -> None:
    """ "die Marke von 100 Milliarden Dollar Gewinn" is a profit that crossed a mark."""
    text = "Microsoft durchbricht erstmals die Marke von 100 Milliarden Dollar Gewinn."
    [claim] = annotated_claims(text, "de")
    assert str(claim.attribute) == "profit"


@pytest.mark.parametrize(
    ("draft", "lang"),
    [
        ("In June 2024 Nvidia was briefly the most valuable company, worth about $3.3 billion.", "en"),
        ("Im Juni 2024 war Nvidia mit rund 3,3 Milliarden Dollar kurz das wertvollste Unternehmen.", "de"),
        ("In juni 2024 was Nvidia met zo'n 3,3 miljard dollar even het waardevolste bedrijf.", "nl"),
        ("2024年6月,英伟达市值约33亿美元,一度成为全球市值最高的公司。", "zh"),
    ],
)  # fmt: skip
def test_a_market_price_of_a_named_month_meets_that_months_prices(draft: str, lang: str) -> None:
    """Held-out batch 5: "In juni 2024 … zo'n 3,3 miljard dollar" against a page of 18 June
    2024 ("zo'n 3,3 biljoen dollar waard"). Dated by its year alone, the draft's figure
    met only a source dated 2024 (600 billion, from February): a market price keeps the
    month its sentence names."""
    source = ("Nvidia is nu zo'n 3,3 biljoen dollar waard.", "nl", "2024-06-18")
    yearly = ("Nvidia's market value reached $600 billion in 2024.", "en", "2024-02-20")
    result = check_dated((draft, lang), source, yearly)
    assert [(f.kind, f.severity) for f in result.findings if f.kind != "supported"] == [
        ("scale-error", "error")
    ]


def test_two_prices_of_one_month_are_no_sure_conflict() -> None:
    """A market price moves within a month: two of them weeks apart disagree as information."""
    texts = [
        ("a.txt", "In June 2024 Nvidia's market value was $3.0 trillion.", "en"),
        ("b.txt", "Im Juni 2024 lag der Börsenwert von Nvidia bei 3,3 Billionen Dollar.", "de"),
    ]
    assert {f.severity for f in report_texts(texts).findings} == {"info"}
