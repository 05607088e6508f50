"""Figures listed after names, as election results are written ("stellt die Union 208
Abgeordnete, die AfD 152, die SPD 120"), and the full stop after such a list's last
figure (held-out batch 11: the German draft's 152 was read as a name like "Pixel 9",
AfD became the subject of the 208 before it, and the sentence ran on into the next
one's SPD, which then took the chamber's 630 seats)."""

from __future__ import annotations

import pytest

from factcheck.extraction.sentences import sentence_spans
from tests.annotating import annotated_claims


@pytest.mark.parametrize(
    ("lang", "text", "figure", "subject"),
    [
        ("de", "Im Bundestag stellt die Union 208 Abgeordnete, die AfD 152, die SPD 120.",
         "152", "AfD"),
        ("en", "In the new Commons Labour holds 411 seats, the LibDems 72.", "72", "LibDems"),
        ("nl", "In de Kamer heeft de PVV 37 zetels, GroenLinks 25 en de VVD 24.", "25",
         "GroenLinks"),
        ("zh", "工党获得411席，自由民主党72席，保守党121席。", "72席", None),
    ],
)  # fmt: skip
def test_a_name_after_a_listed_count_heads_the_next_count(
    lang: str, text: str, figure: str, subject: str | None
) -> None:
    claims = {c.text: c for c in annotated_claims(text, lang, "2025-02-24")}
    assert claims[figure].unit == "seat"
    assert str(claims[figure].attribute) == "seats"
    if subject is not None:
        assert claims[figure].subject == (subject,)


def test_the_name_heading_the_next_count_is_not_the_first_counts_subject() -> None:
    text = "Im neuen Bundestag stellt die Union 208 Abgeordnete, die AfD 152."
    claims = {c.text: c for c in annotated_claims(text, "de", "2025-02-24")}
    assert claims["208 Abgeordnete"].subject != ("AfD",)
    assert claims["152"].subject == ("AfD",)


@pytest.mark.parametrize(
    ("lang", "text", "first"),
    [
        ("de", "Die Grünen erhalten 85. Für eine Koalition kommt die SPD in Frage.",
         "Die Grünen erhalten 85."),
        ("en", "The Greens won 4. The Conservatives fell to 121.", "The Greens won 4."),
        ("nl", "GroenLinks-PvdA kreeg er 25. De VVD zakte naar 24.", "GroenLinks-PvdA kreeg er 25."),
        ("zh", "绿党获得4席。保守党跌至121席。", "绿党获得4席。"),
    ],
)  # fmt: skip
def test_a_full_stop_after_a_small_number_ends_the_sentence_before_an_opening_word(
    lang: str, text: str, first: str
) -> None:
    spans = sentence_spans(text, lang)
    assert len(spans) == 2
    assert text[slice(*spans[0])] == first


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die Wahl fand am 23. Februar statt und die Union gewann."),
        ("de", "Im 3. Quartal stieg der Umsatz um 5 Prozent."),
        ("nl", "De verkiezingen waren op 22. November volgens de krant."),
    ],
)
def test_a_day_number_before_a_month_or_noun_goes_on(lang: str, text: str) -> None:
    assert len(sentence_spans(text, lang)) == 1
