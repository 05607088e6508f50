"""The months from January to one of them are a period of their own (held-out batch
13: "Japan's nominal GDP for the nine-month period from January to September of last
year was 436 trillion yen" was the year's GDP, an FC101 error against 591 trillion).
`months_to_date` in lexicon/time.yaml; the time key is "2023-9M"."""

from __future__ import annotations

import pytest

from factcheck.extraction.periods import period_days, share_no_day
from tests.annotating import annotated_claims


def times_of(text: str, lang: str, published: str = "2024-02-15") -> dict[str, str | None]:
    return {c.text: c.time for c in annotated_claims(text, lang, published)}


@pytest.mark.parametrize(
    ("lang", "text", "figure", "time"),
    [
        ("en", "Japan's nominal GDP for the nine-month period from January to September of "
               "last year was 436 trillion yen.", "436 trillion yen", "2023-9M"),
        ("de", "In den ersten neun Monaten 2023 lag das BIP bei 3,1 Billionen Euro.",
         "3,1 Billionen Euro", "2023-9M"),
        ("nl", "In de eerste negen maanden van 2023 verkocht Tesla 1,3 miljoen auto's.",
         "1,3 miljoen auto's", "2023-9M"),
        ("zh", "2023年前三季度，日本名义GDP为436万亿日元。", "436万亿日元", "2023-9M"),
        ("zh", "2023年1-10月，全国规模以上工业企业利润下降7.8%。", "7.8%", "2023-10M"),
        ("en", "Tesla sold 1.3 million cars in the first nine months.", "1.3 million cars",
         "2023-9M"),
    ],
)  # fmt: skip
def test_months_from_january_are_their_own_period(
    lang: str, text: str, figure: str, time: str
) -> None:
    assert times_of(text, lang)[figure] == time


def test_a_quarter_keeps_its_period() -> None:
    assert times_of("In the first quarter of 2023 revenue was $5 billion.", "en") == {
        "$5 billion": "2023-Q1"
    }


def test_the_period_spans_january_to_its_month() -> None:
    start, end = period_days("2023-9M") or (None, None)
    assert (str(start), str(end)) == ("2023-01-01", "2023-09-30")
    assert share_no_day("2023-9M", "2023-Q4") is True
    assert share_no_day("2023-9M", "2023") is False
