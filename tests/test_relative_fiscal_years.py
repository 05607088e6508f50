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
