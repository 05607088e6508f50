"""An app's downloads (held-out batch 17, DeepSeek): "downloaded 16 million times" is
a count of downloads, not a sixteen-million-fold multiplier; "下载量达到1600万次" after
"18天内" is no 16 million days (a time is never carried to a number that large); the
count grows while it is kept (`running`), so a later page's larger count is no
disagreement with it."""

from __future__ import annotations

import pytest

from factcheck.runs.checking import check_texts
from tests.annotating import annotated_claims


@pytest.mark.parametrize(
    ("text", "lang", "figure", "value"),
    [
        ("The DeepSeek app was downloaded 16 million times in 18 days.", "en",
         "16 million times", 16e6),
        ("Die App von DeepSeek wurde 16 Millionen Mal heruntergeladen.", "de",
         "16 Millionen Mal", 16e6),
        ("De app van DeepSeek werd 16 miljoen keer gedownload.", "nl", "16 miljoen keer", 16e6),
        ("DeepSeek应用在18天内的下载量达到1600万次。", "zh", "1600万", 16e6),
    ],
)  # fmt: skip
def test_an_apps_downloads_are_a_count_of_their_own(
    text: str, lang: str, figure: str, value: float
) -> None:
    [claim] = [c for c in annotated_claims(text, lang, "2025-02-01") if c.text == figure]
    assert (claim.value, claim.unit, str(claim.attribute)) == (value, "count", "downloads")


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("Revenue grew three times over.", "en", "three times"),
        ("Der Umsatz ist 10-fach gestiegen.", "de", "10-fach"),
        ("营收增长了3倍。", "zh", "3倍"),
    ],
)
def test_a_small_number_of_times_stays_a_multiplier(text: str, lang: str, figure: str) -> None:
    claims = annotated_claims(text, lang)
    assert [c.unit for c in claims if figure in c.text] == ["multiplier"]


def test_a_draft_count_of_downloads_is_confirmed_beside_a_later_larger_one() -> None:
    """A count that grows while it is kept: the 18 days' 16 million and February's 110
    million are both right, and the draft's is confirmed, with no alarm."""
    draft = ("draft.md", "DeepSeek应用在18天内的下载量达到1600万次。", "zh")
    sources = [
        ("a.txt", "DeepSeek应用上线18天下载量达1600万次。", "zh"),
        ("b.txt", "截至2025年2月，DeepSeek应用累计下载量已超过1.1亿次。", "zh"),
    ]
    result = check_texts(draft, sources)
    assert [f.severity for f in result.findings if f.severity != "info"] == []
    assert [f.message.split(":")[0] for f in result.supported] == [
        "DeepSeek / duration figures",
        "DeepSeek / downloads",
    ]
