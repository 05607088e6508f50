"""Issue 14, time and attributes: a year that starts a span ("seit Juli 2017 im Amt",
"since 2017") is never the period of a figure in its sentence, as a year compared
against is not; and a person's age ("the 62-year-old Carrie Lam") is a measure of its
own, compared between sources, not a generic duration.
"""

from __future__ import annotations

import pytest
from annotating import annotated_claims

from factcheck.extraction.scanner import extract_text


def annotated(text: str, lang: str) -> dict[str, tuple]:
    return {
        c.text: (c.value, c.time, c.attribute.name if c.attribute else None, c.subject)
        for c in annotated_claims(text, lang)
    }


@pytest.mark.parametrize(
    ("lang", "text", "figure", "period"),
    [
        (
            "de",
            "Die 62-jährige Politikerin Carrie Lam ist seit Juli 2017 im Amt.",
            "62-jährige",
            None,
        ),  # de-zeit-2
        ("en", "Since 2017, Tesla has delivered 5 million cars.", "5 million cars", None),
        ("nl", "Sinds 2017 leverde Tesla 5 miljoen auto's.", "5 miljoen auto's", None),
        ("zh", "自2017年以来,特斯拉交付了500万辆汽车。", "500万辆汽车", None),
        # the year a figure is of still is: after "in", not after "since"
        (
            "en",
            "Tesla delivered 1.8 million cars in 2023, up from 1.3 million in 2022.",
            "1.8 million cars",
            "2023",
        ),
        (
            "de",
            "Seit 2017 ist er Chef; 2023 verkaufte Tesla 1,8 Millionen Autos.",
            "1,8 Millionen Autos",
            "2023",
        ),
    ],
)
def test_a_year_that_starts_a_span_is_not_the_figures_period(
    lang: str, text: str, figure: str, period: str | None
) -> None:
    assert {c.text: c.time for c in extract_text(text, lang)}[figure] == period


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "The 62-year-old Carrie Lam apologised on Sunday.", "62-year-old"),
        ("de", "Die 62-jährige Regierungschefin Carrie Lam entschuldigte sich.", "62-jährige"),
        ("nl", "De 62-jarige Carrie Lam bood haar excuses aan.", "62-jarige"),
        ("zh", "62岁的林郑月娥道歉。", "62岁"),
    ],
)
def test_an_age_is_a_measure_of_its_own(lang: str, text: str, figure: str) -> None:
    value, _, attribute, subject = annotated(text, lang)[figure]
    assert (value, attribute, subject and subject.readable()) == (62, "age", "Carrie Lam")


def test_a_duration_is_no_age() -> None:
    found = annotated("The protest lasted more than six hours.", "en")
    assert found["more than six hours"][2] != "age"
