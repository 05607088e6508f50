"""Batch 43 (Oracle's first quarter of fiscal 2026, Meta's second quarter of 2025,
CoreWeave's listing): a share price moves within its day, so two prices of one day
close together are information; money a company will put somewhere in a period not
yet over is a budget, revised as a plan is; a growth rate of two digits recurs from
year to year and dates no figure; a broker's "(vs Con448亿美元)" is a figure, and
"Con" no name; a business unit named before its word ("FoA业务") is no company that
"公司" refers back to; no share is priced in billions; RPO is the order backlog, not
a name; a quarter named without a year is a fiscal company's latest fiscal quarter; a
hedged source confirms an exact figure only within its rounding; a fortune is a net
worth."""

from __future__ import annotations

import pytest

from factcheck.extraction.scanner import extract_text
from factcheck.runs.checking import check_texts
from factcheck.runs.reporting import report_texts
from tests.annotating import readings
from tests.news_reports import flagged_rules


def _report(*texts: tuple[str, str]):  # (text, lang), each its own file
    return report_texts([(f"{i}.txt", text, lang) for i, (text, lang) in enumerate(texts)])


def test_two_share_prices_of_one_day_close_together_are_information() -> None:
    report = _report(
        ("date 2025-09-10 Oracle's share price closed at $328.62.", "en"),
        ("date 2025-09-10 Die Oracle-Aktie notierte bei 337,02 Dollar.", "de"),
    )
    assert [(f.rule, f.severity) for f in report.findings if f.rule == "FC101"] == [
        ("FC101", "info")
    ]


def test_two_share_prices_of_one_day_far_apart_still_conflict() -> None:
    report = _report(
        ("date 2025-09-10 Oracle's share price closed at $328.62.", "en"),
        ("date 2025-09-10 Die Oracle-Aktie notierte bei 137,02 Dollar.", "de"),
    )
    assert flagged_rules(report) == [("FC101", "error")]


@pytest.mark.parametrize(
    ("january", "july"),
    [
        ("date 2025-01-24 Meta investeert dit jaar 60 tot 65 miljard dollar in AI.",
         "date 2025-07-31 Meta investeert dit jaar 66 tot 72 miljard dollar in AI."),
        ("date 2025-01-24 Meta will invest $60 billion in AI in 2025.",
         "date 2025-07-31 Meta will invest $72 billion in AI in 2025."),
    ],
)  # fmt: skip
def test_money_for_a_period_not_yet_over_is_a_budget(january: str, july: str) -> None:
    lang = "nl" if "investeert" in january else "en"
    report = _report((january, lang), (july, lang))
    assert [f.severity for f in report.findings if f.rule == "FC101"] == ["info"]


def test_money_spent_in_a_period_over_when_reported_still_conflicts() -> None:
    report = _report(
        ("date 2026-02-01 Meta invested $60 billion in AI in 2025.", "en"),
        ("date 2026-02-03 Meta invested $72 billion in AI in 2025.", "en"),
    )
    assert flagged_rules(report) == [("FC101", "error")]


def test_a_growth_rate_of_two_digits_dates_no_figure() -> None:
    """Meta's revenue grew 22 % in the second quarter of 2024 and of 2025."""
    report = _report(
        ("Meta's revenue grew 22% in the second quarter of 2025.", "en"),
        ("Meta's revenue grew 22% in the second quarter of 2024.", "en"),
    )
    assert [f.rule for f in report.findings if f.rule == "FC105"] == []


def test_a_rate_to_three_digits_still_dates_its_figure() -> None:
    report = _report(
        ("Meta's revenue grew 22.1% in the second quarter of 2025.", "en"),
        ("Meta's revenue grew 22.1% in the second quarter of 2024.", "en"),
    )
    assert [f.rule for f in report.findings if f.rule == "FC105"] == ["FC105"]


def test_a_figure_glued_to_a_latin_word_before_a_chinese_scale_is_read() -> None:
    claims = extract_text("收入达475亿美元(vs Con448亿美元)。Nvidia H100芯片10万颗。", "zh")
    assert [(c.text, c.value) for c in claims] == [
        ("475亿美元", 47.5e9),
        ("448亿美元", 44.8e9),
        ("10万颗", 1e5),
    ]


def test_a_broker_note_names_no_con() -> None:
    text = "Meta收入达475亿美元(vs Con448亿美元),经营利润至204亿美元(vs Con172亿美元)。"
    subjects = {c.text: c.subject for c in _report((text, "zh")).claims}
    assert subjects["204亿美元"] == ("Meta",)


def test_a_business_unit_before_its_word_is_no_company_referred_back_to() -> None:
    text = (
        "Meta公布2025年第二季度业绩,收入达475亿美元。FoA业务运营利润率更高达53%。"
        "公司预计Q3收入区间为475-505亿美元。"
    )
    subjects = {c.text: c.subject for c in _report((text, "zh")).claims}
    assert subjects["475-505亿美元"] == ("Meta",)


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("nl", "Het aandeel Oracle schoot omhoog nadat het bedrijf contracten ter waarde van "
               "317 miljard dollar had afgesloten.", "317 miljard dollar"),
        ("en", "Oracle's shares jumped after it signed contracts worth $317 billion.",
         "$317 billion"),
    ],
)  # fmt: skip
def test_no_share_is_priced_in_billions(lang: str, text: str, figure: str) -> None:
    assert readings(text, lang)[figure].attribute != "share_price"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Oracle's RPO rose 359% to $455 billion.", "$455 billion"),
        ("de", "Die RPO von Oracle stiegen auf 455 Milliarden Dollar.", "455 Milliarden Dollar"),
        ("nl", "De RPO van Oracle steeg naar 455 miljard dollar.", "455 miljard dollar"),
        ("zh", "甲骨文公司第一季度RPO增长359%至4550亿美元。", "4550亿美元"),
    ],
)  # fmt: skip
def test_rpo_is_the_order_backlog_not_a_name(lang: str, text: str, figure: str) -> None:
    found = readings(text, lang)[figure]
    assert (found.subject, found.attribute) == ("Oracle", "backlog")


@pytest.mark.parametrize(
    ("lang", "text", "figure", "period"),
    [
        ("en", "date 2025-09-09 Oracle reported results. Oracle's first-quarter revenue was "
               "$14.9 billion.", "$14.9 billion", "FY2026-Q1"),
        ("de", "date 2025-09-09 Oracle legte Zahlen vor. Im ersten Quartal setzte Oracle 14,9 "
               "Milliarden Dollar um.", "14,9 Milliarden Dollar", "FY2026-Q1"),
        ("nl", "date 2025-09-09 Oracle presenteerde cijfers. In het eerste kwartaal boekte "
               "Oracle een omzet van 14,9 miljard dollar.", "14,9 miljard dollar", "FY2026-Q1"),
        ("en", "date 2025-01-29 Results came out. Microsoft reported second-quarter revenue of "
               "$69.6 billion.", "$69.6 billion", "2024-Q4"),
        ("en", "date 2025-09-09 Oracle reported results. Oracle's revenue in the first quarter "
               "of 2025 was $14.1 billion.", "$14.1 billion", "2025-Q1"),
        ("en", "date 2025-05-08 Toyota reported results. Toyota's fourth-quarter operating "
               "profit was 1.12 trillion yen.", "1.12 trillion yen", "2025-Q1"),
        ("en", "date 2025-05-08 Toyota reported results. Operating profit for the "
               "January–March quarter rose to 1.12 trillion yen.", "1.12 trillion yen", "2025-Q1"),
        ("zh", "date 2025-05-08 丰田公布业绩。丰田1-3月营业利润为1.12万亿日元。", "1.12万亿日元", "2025-Q1"),
    ],
)  # fmt: skip
def test_a_quarter_named_without_a_year_is_the_companys_latest_fiscal_one(
    lang: str, text: str, figure: str, period: str
) -> None:
    """Oracle's year ends in May: its first quarter, reported in September 2025, is June
    to August (FY2026-Q1), not January to March; Microsoft's second, in January, is
    October to December; Toyota's fourth (its year ends in March) is January to March.
    A quarter named with its year or its months stays the calendar's."""
    (claim,) = [c for c in _report((text, lang)).claims if c.text == figure]
    assert claim.time == period


def test_a_hedged_source_confirms_an_exact_figure_only_within_its_rounding() -> None:
    """ "rund 340 Dollar" had confirmed a draft's close at $348.33 (the close was
    $328.33); it still confirms a close at $342.10."""
    source = (
        "s.txt",
        "Der Aktienkurs von Oracle lag am 10. September 2025 bei rund 340 Dollar.",
        "de",
    )
    for figure, verdict in (("$348.33", "unsupported"), ("$342.10", "supported")):
        draft = ("d.md", f"Oracle's share price closed at {figure} on September 10, 2025.", "en")
        result = check_texts(draft, [source])
        found = [f.kind for f in [*result.findings, *result.supported] if f.text == figure]
        assert found == [verdict]


def test_a_draft_price_is_held_against_the_sources_exact_one_of_its_day() -> None:
    source = ("s.txt", "Oracle's share price closed at $328.33 on September 10, 2025.", "en")
    draft = ("d.md", "Oracle's share price closed at $348.33 on September 10, 2025.", "en")
    result = check_texts(draft, [source])
    assert [(f.kind, f.severity) for f in result.findings if f.text == "$348.33"] == [
        ("value-conflict", "error")
    ]


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Larry Ellison's net worth rose to $393 billion.", "$393 billion"),
        ("de", "Das Vermögen von Larry Ellison stieg auf 393 Milliarden Dollar.",
         "393 Milliarden Dollar"),
        ("nl", "Het vermogen van Larry Ellison steeg naar 393 miljard dollar.",
         "393 miljard dollar"),
        ("zh", "埃里森的身家达到3930亿美元。", "3930亿美元"),
    ],
)  # fmt: skip
def test_a_fortune_is_a_net_worth(lang: str, text: str, figure: str) -> None:
    assert readings(text, lang)[figure].attribute == "net_worth"
