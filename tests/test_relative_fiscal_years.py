"""A fiscal year named relative to the publication date ("in its current fiscal
year", "im laufenden Geschäftsjahr", "in zijn huidige financiële jaar", "本财年") is the
subject's fiscal year in which the article appeared (issue 14): Microsoft's year ends
in June, so it is FY2025 in January 2025 and also in October 2024. Before, the German,
Dutch and Chinese phrases dated nothing, and "this fiscal year" was the calendar year,
so "$80 billion in the current fiscal year" met no source's "fiscal 2025"."""

from __future__ import annotations

import pytest

from tests.annotating import annotated_claims

CURRENT = [
    ("en", "Microsoft plans to spend $80 billion on data centers in the current fiscal year.",
     "$80 billion"),
    ("de", "Microsoft will im laufenden Geschäftsjahr 80 Milliarden Dollar in Rechenzentren "
     "investieren.", "80 Milliarden Dollar"),
    ("nl", "Microsoft is van plan in zijn huidige financiële jaar 80 miljard dollar uit te "
     "geven aan datacenters.", "80 miljard dollar"),
    ("zh", "微软本财年将在数据中心上投入800亿美元。", "800亿美元"),
]  # fmt: skip


def _period(text: str, lang: str, figure: str, date: str) -> str | None:
    return next(c.time for c in annotated_claims(text, lang, date) if c.text == figure)


@pytest.mark.parametrize(("lang", "text", "figure"), CURRENT)
@pytest.mark.parametrize("date", ["2025-01-04", "2024-10-04", "2025-06"])
def test_the_current_fiscal_year_is_the_one_published_in(
    lang: str, text: str, figure: str, date: str
) -> None:
    assert _period(text, lang, figure, date) == "FY2025"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "In the previous fiscal year, Microsoft spent more than $50 billion.",
         "more than $50 billion"),
        ("de", "Im vergangenen Geschäftsjahr gab Microsoft mehr als 50 Milliarden Dollar aus.",
         "mehr als 50 Milliarden Dollar"),
        ("nl", "In het vorige boekjaar besteedde Microsoft al meer dan 50 miljard dollar.",
         "meer dan 50 miljard dollar"),
        ("zh", "微软上一财年的支出超过500亿美元。", "超过500亿美元"),
    ],
)  # fmt: skip
def test_the_previous_fiscal_year_is_the_one_before(lang: str, text: str, figure: str) -> None:
    assert _period(text, lang, figure, "2025-01-04") == "FY2024"


def test_a_calendar_fiscal_year_is_the_calendar_year() -> None:
    text = "Tesla will im laufenden Geschäftsjahr 80 Milliarden Dollar investieren."
    assert _period(text, "de", "80 Milliarden Dollar", "2024-10-04") == "2024"


def test_a_year_written_out_is_not_moved() -> None:
    text = "Microsoft plans to spend $80 billion in fiscal 2025, the current fiscal year."
    assert _period(text, "en", "$80 billion", "2025-09-01") == "FY2025"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "In fiscal 2024, Microsoft spent more than $50 billion on data centers.",
         "more than $50 billion"),
        ("de", "Im Geschäftsjahr 2024 hat Microsoft mehr als 50 Milliarden Dollar für "
         "Rechenzentren ausgegeben.", "mehr als 50 Milliarden Dollar"),
        ("nl", "In het boekjaar 2024 besteedde Microsoft al meer dan 50 miljard dollar aan "
         "datacenters.", "meer dan 50 miljard dollar"),
        ("zh", "微软在2024财年花费了超过500亿美元建设数据中心。", "超过500亿美元"),
    ],
)  # fmt: skip
def test_money_spent_is_capital_expenditure(lang: str, text: str, figure: str) -> None:
    claim = next(c for c in annotated_claims(text, lang) if c.text == figure)
    assert claim.attribute is not None and claim.attribute.name == "capex"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Microsoft's capital expenditure was $34.9 billion in its fiscal first quarter.",
         "$34.9 billion"),
        ("de", "Microsoft gab im ersten Geschäftsquartal 34,9 Milliarden Dollar aus.",
         "34,9 Milliarden Dollar"),
        ("nl", "Microsoft gaf in het eerste fiscale kwartaal 34,9 miljard dollar uit.",
         "34,9 miljard dollar"),
        ("zh", "微软在截至2025年9月底的第一财季资本支出达349亿美元。", "349亿美元"),
    ],
)  # fmt: skip
def test_a_fiscal_quarter_names_no_calendar_quarter(lang: str, text: str, figure: str) -> None:
    """Microsoft's first fiscal quarter is July to September: not 2025-Q1, not a rank
    "第一", and not the whole fiscal year."""
    claims = annotated_claims(text, lang, "2025-10-30")
    assert [(c.text, c.time) for c in claims] == [(figure, None)]


def test_the_quarter_before_is_not_the_first_quarter() -> None:
    text = "2025年二季度资本支出为349亿美元,而前一季度为242亿美元。"
    times = {c.text: c.time for c in annotated_claims(text, "zh", "2025-10-30")}
    assert times == {"349亿美元": "2025-Q2", "242亿美元": None}


@pytest.mark.parametrize(
    ("lang", "text", "base"),
    [
        ("en", "Revenue was $10 billion in the second quarter of 2025, up from $8 billion in the "
         "prior quarter.", "$8 billion"),
        ("de", "Der Umsatz lag im zweiten Quartal 2025 bei 10 Milliarden Dollar, nach 8 Milliarden "
         "Dollar im Vorquartal.", "8 Milliarden Dollar"),
        ("nl", "De omzet bedroeg in het tweede kwartaal van 2025 10 miljard dollar, tegen 8 miljard "
         "dollar in het vorige kwartaal.", "8 miljard dollar"),
        ("zh", "2025年二季度营收为100亿美元,上一季度为80亿美元。", "80亿美元"),
    ],
)  # fmt: skip
def test_a_figure_of_the_prior_quarter_is_not_of_this_one(lang: str, text: str, base: str) -> None:
    times = {c.text: c.time for c in annotated_claims(text, lang, "2025-10-30")}
    assert times[base] is None
    assert "2025-Q2" in times.values()
