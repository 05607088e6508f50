"""A quarter of a fiscal year named with its year is that year's quarter (issue 14).

"FY26 Q1" was read as the calendar's 2026-Q1 and "Q1 of fiscal 2026" likewise, while
Microsoft's fiscal 2026 began in July 2025: its first quarter is 2025-Q3. A fiscal
quarter is now FY2026-Q1, and the company's `fiscal_year_ends` (rules/entities.yaml)
maps it to the calendar quarter it ends in when its year ends with one; Nvidia's,
which ends in January, stays FY2026-Q1 and meets only the same fiscal quarter. On the
held-out pages this dated "微軟2025財年四季度" (April to June 2025) and Azure's "vierde
kwartaal van het gebroken boekjaar 2025", both read as 2025-Q4 before."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.knowledge import Knowledge
from factcheck.models import Subject
from tests.annotating import annotated_claims

ENTITIES = Knowledge.from_dirs().entities


def _time(text: str, lang: str, figure: str) -> str | None:
    [claim] = [c for c in annotated_claims(text, lang) if c.text == figure]
    return claim.time


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Microsoft's FY26 Q1 capital expenditure was $34.9 billion.", "$34.9 billion"),
        ("en", "Microsoft's capital expenditure in Q1 of fiscal 2026 was $34.9 billion.",
         "$34.9 billion"),
        ("en", "Microsoft's capital expenditure in Q1 of FY26 was $34.9 billion.",
         "$34.9 billion"),
        ("de", "Microsoft investierte im ersten Quartal des Geschäftsjahres 2025/26 34,9 "
         "Milliarden Dollar.", "34,9 Milliarden Dollar"),
        ("nl", "Microsoft gaf in het eerste kwartaal van boekjaar 2026 34,9 miljard dollar uit "
         "aan investeringen.", "34,9 miljard dollar"),
        ("zh", "微软2026财年第一季度资本支出为349亿美元。", "349亿美元"),
    ],
)  # fmt: skip
def test_a_fiscal_quarter_is_the_calendar_quarter_it_ends_in(
    lang: str, text: str, figure: str
) -> None:
    assert _time(text, lang, figure) == "2025-Q3"


@pytest.mark.parametrize(
    ("lang", "text", "figure", "period"),
    [
        ("en", "ASML's net sales in the fourth quarter of fiscal 2023 were €7.2 billion.",
         "€7.2 billion", "2023-Q4"),
        ("en", "Nvidia's revenue in Q1 of fiscal 2026 was $44.1 billion.", "$44.1 billion",
         "FY2026-Q1"),
        ("nl", "Nvidia realiseerde een omzet van 44,06 miljard dollar in het eerste kwartaal van "
         "boekjaar 2026.", "44,06 miljard dollar", "FY2026-Q1"),
        ("en", "Microsoft's capital expenditure in its fiscal first quarter was $34.9 billion.",
         "$34.9 billion", None),
    ],
)  # fmt: skip
def test_a_fiscal_quarter_keeps_its_name_unless_a_calendar_quarter_is_sure(
    lang: str, text: str, figure: str, period: str | None
) -> None:
    """A year that ends with December is the calendar's; one that ends in January has
    quarters of no calendar; a fiscal quarter without its year names no period."""
    assert _time(text, lang, figure) == period


@given(
    st.sampled_from(["Microsoft", "ASML"]),
    st.integers(min_value=2000, max_value=2040),
    st.integers(min_value=1, max_value=4),
)
def test_a_fiscal_quarter_ends_where_its_calendar_quarter_ends(
    company: str, year: int, quarter: int
) -> None:
    """The fiscal year ends in month `end` of its year; each earlier quarter three
    months before the next. The calendar quarter it becomes ends in the same month."""
    end = ENTITIES.fiscal_year_end(company)
    assert end is not None
    calendar = ENTITIES.calendar_period(Subject((company,)), f"FY{year}-Q{quarter}")
    assert calendar is not None
    calendar_year, calendar_quarter = int(calendar[:4]), int(calendar[-1])
    ends_at = year * 12 + end - 3 * (4 - quarter)
    assert calendar_year * 12 + calendar_quarter * 3 == ends_at
