"""A quarter named by the month it ends in ("the quarter ended September 30, 2025",
"das Quartal bis Ende September 2025", "het kwartaal tot eind september 2025",
"截至2025年9月底的季度") is that calendar quarter, not the whole year (held-out batch
3: a draft's "Für das Quartal bis Ende September 2025 … 45 Milliarden Dollar" met no
source). With it, three neighbours of the class: a draft without a topic takes the
sources' only when no source states the measure without one; "des Fiskaljahres
2025" is a fiscal year; a quarter not yet begun at publication is a fiscal one; and a
page copied with pinyin glosses ("財(cái)年") is read as guesses, never as an alarm."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck.extraction.periods import not_yet_begun, share_no_day
from factcheck.extraction.quarter_ends import period_ending
from factcheck.load.ruby import glossed
from factcheck.runs.checking import check_texts
from factcheck.runs.reporting import report_texts

ENDINGS = [
    ("In the quarter ended September 30, 2025, Microsoft's capital expenditure was $34.9 billion.", "en", "2025-Q3"),
    ("In the three months to June 2025, Microsoft spent $24.2 billion on capital expenditure.", "en", "2025-Q2"),
    ("Nvidia's revenue in the quarter ended April 27, 2025 was $44.1 billion.", "en", "2025-Q1"),
    ("Für das Quartal bis Ende September 2025 meldete Microsoft Investitionen von 35 Milliarden Dollar.", "de", "2025-Q3"),
    ("Im Quartal bis zum 30. Juni 2025 investierte Microsoft 24,2 Milliarden Dollar.", "de", "2025-Q2"),
    ("In het kwartaal tot eind september 2025 investeerde Microsoft 35 miljard dollar.", "nl", "2025-Q3"),
    ("截至2025年9月30日的季度，微软资本支出为349亿美元。", "zh", "2025-Q3"),
    ("在截至2025年12月底的三个月，微软资本支出为375亿美元。", "zh", "2025-Q4"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "period"), ENDINGS)
def test_a_quarter_named_by_its_end_month_is_that_quarter(
    text: str, lang: str, period: str
) -> None:
    report = report_texts([("a.txt", text, lang)])
    assert [c.time for c in report.claims if c.unit == "USD"] == [period]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("the quarter ending January 31, 2025", "2024-Q4"),  # November to January
        ("the three months ended March 2024", "2024-Q1"),
        ("a year to September 2025", "FY2025"),  # no quarter: a fiscal year
        ("the quarter ended in 2025", None),  # no month
    ],
)
def test_the_quarter_is_the_one_of_its_middle_month(text: str, period: str | None) -> None:
    assert period_ending(text, "en") == period


def test_a_year_the_sentence_gives_another_figure_stays_its_own() -> None:
    text = (
        "Microsoft's revenue in the quarter ended September 30, 2025 was $77.7 billion, "
        "up from $65.6 billion in 2024."
    )
    report = report_texts([("a.txt", text, "en")])
    assert [c.time for c in report.claims] == ["2025-Q3", "2024"]


def test_a_draft_without_a_topic_means_the_whole_when_a_source_does() -> None:
    """held-out batch 3: the draft's record quarterly investment took the topic of the
    one source figure with one (the 13 billion "in OpenAI") and was held against it."""
    result = check_texts(
        ("draft.txt", "Im Quartal bis Ende September 2025 investierte Microsoft 45 Milliarden Dollar.", "de"),
        [
            ("a.txt", "Im dritten Quartal 2025 investierte Microsoft 35 Milliarden Dollar.", "de"),
            ("b.txt", "Im dritten Quartal 2025 investierte Microsoft 13 Milliarden Dollar in OpenAI.", "de"),
        ],
    )  # fmt: skip
    assert [(f.kind, f.severity) for f in result.findings] == [("value-conflict", "error")]
    assert "the sources say 35 billion USD in a.txt" in result.findings[0].message


def test_a_fiscal_year_in_the_genitive_is_one() -> None:
    text = (
        "Die Investitionsausgaben von Microsoft für das vierte Quartal des Fiskaljahres "
        "2025 erreichten 24,2 Milliarden US-Dollar."
    )
    report = report_texts([("a.txt", text, "de")])
    assert [c.time for c in report.claims] == ["2025-Q2"]  # Microsoft's year ends in June


GLOSSED = "微軟2025財(cái)年四季度財(cái)報(bào)顯示,營(yíng)收達(dá)764億美元。"


def test_a_page_with_pinyin_glosses_is_read_as_guesses() -> None:
    assert glossed(GLOSSED)
    report = report_texts([("a.txt", GLOSSED, "zh")])
    assert report.claims and not any(c.subject_sure for c in report.claims)


def test_names_in_brackets_are_no_glosses() -> None:
    text = "英伟达(Nvidia)、诺基亚(Nokia)、甲骨文(Oracle)和花旗(Citi)的市值上涨。"
    assert not glossed(text)


def _dated_report(texts: dict[str, str], tmp_path: Path) -> list[tuple[str, str | None]]:
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = factcheck.report([str(tmp_path)])
    return [(c.text, c.time) for c in report.claims.itertuples()]


def test_a_quarter_not_yet_begun_is_a_fiscal_one(tmp_path: Path) -> None:
    """held-out batch 5: finanznachrichten's "im 2. Quartal 2025 … 69,6 Mrd. USD",
    published in March 2025, is Microsoft's fiscal second quarter (October to December
    2024): April to June had not begun. A company whose year is the calendar's keeps
    it (a forecast), and so does a quarter already begun."""
    texts = {
        "a.md": "---\ndate: 2025-03\n---\nMicrosoft setzt im 2. Quartal 2025 mit einem "
        "Umsatz von 69,6 Mrd. USD erneut ein Ausrufezeichen.\n",
        "b.md": "---\ndate: 2025-08\n---\nMicrosoft setzte im 2. Quartal 2025 76,4 "
        "Milliarden Dollar um.\n",
        "c.md": "---\ndate: 2025-03\n---\nVolkswagen will im 2. Quartal 2025 einen Umsatz "
        "von 80 Milliarden Euro erreichen.\n",
    }
    assert _dated_report(texts, tmp_path) == [
        ("69,6 Mrd. USD", "2024-Q4"),
        ("76,4 Milliarden Dollar", "2025-Q2"),
        ("80 Milliarden Euro", "2025-Q2"),
    ]


@pytest.mark.parametrize(
    ("period", "day", "expected"),
    [("2025-Q2", "2025-03", True), ("2025-Q2", "2025-04", False), ("2025-Q2", "2025", False),
     ("2025-Q1", "2024-12-31", True), ("2025", "2025-03", False)],
)  # fmt: skip
def test_not_yet_begun(period: str, day: str, expected: bool) -> None:
    assert not_yet_begun(period, day) is expected


PERIODS = st.builds(
    lambda year, part: f"{year}{part}",
    st.integers(2019, 2026),
    st.sampled_from(["", "-Q1", "-Q2", "-Q3", "-Q4", "-H1", "-H2", "-03", "-11", "-06-15"]),
)


@given(PERIODS, PERIODS)
def test_sharing_no_day_is_symmetric_and_never_true_of_itself(first: str, second: str) -> None:
    assert share_no_day(first, second) == share_no_day(second, first)
    assert share_no_day(first, first) is False
    assert share_no_day(first[:4], second[:4]) is (first[:4] != second[:4])


def test_a_fiscal_year_has_no_calendar_days() -> None:
    assert share_no_day("FY2024", "2023") is None
    assert share_no_day("2024-Q4", "2024-11-05") is False
    assert share_no_day("2023", "2024-02-23") is True
