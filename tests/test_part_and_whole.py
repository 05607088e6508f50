"""A part counted out of a whole (held-out batches 11 and 13): "Die AfD gewann 152 der
630 Sitze" made 630 the AfD's seats, and "Labour has won 412 seats of the 650 seats"
Labour's, each a figure against the 412 and 152 other outlets give. The whole after
`whole_after` words (lexicon/ranges.yaml) measures the whole: the chamber's seats
(`whole: true` in rules/attributes.yaml), or for a bare count nothing compared.
And a seat is won, not bought: "Plaid Cymru secured two seats" were GPU purchases
(`not_units`)."""

from __future__ import annotations

import pytest

from tests.annotating import annotated_claims
from tests.news_reports import report_of


def attributes_of(text: str, lang: str) -> dict[str, str]:
    claims = annotated_claims(text, lang, "2024-07-05")
    return {c.text: str(c.attribute) for c in claims}


@pytest.mark.parametrize(
    ("lang", "text", "part", "whole"),
    [
        ("en", "Labour has won 412 of the 650 seats.", "412", "650 seats"),
        ("en", "Labour has won 412 seats of the 650 seats in the lower house.", "412 seats",
         "650 seats"),
        ("de", "Die AfD gewann 152 der 630 Sitze.", "152", "630 Sitze"),
        ("nl", "De PVV haalde 37 van de 150 zetels.", "37", "150 zetels"),
        ("zh", "在630个席位中,选择党获得152席。", "152席", "630个席位"),
    ],
)  # fmt: skip
def test_the_whole_is_the_chambers_seats(lang: str, text: str, part: str, whole: str) -> None:
    found = attributes_of(text, lang)
    assert (found[part], found[whole]) == ("seats", "chamber_seats")


@pytest.mark.parametrize(
    ("lang", "text", "whole"),
    [
        ("en", "Three of the 12 coaches derailed.", "12"),
        ("de", "Drei der 12 Waggons entgleisten.", "12"),
    ],
)  # fmt: skip
def test_a_bare_whole_is_compared_with_nothing(lang: str, text: str, whole: str) -> None:
    assert attributes_of(text, lang)[whole] == "number:count"


@pytest.mark.parametrize(
    ("lang", "text", "figure", "attribute"),
    [
        ("en", "Plaid Cymru secured four seats.", "four seats", "seats"),
        ("en", "Microsoft secured 485,000 GPUs.", "485,000 GPUs", "gpu_purchases"),
        ("de", "Die Partei sicherte sich 12 Sitze.", "12 Sitze", "seats"),
        ("nl", "De partij verwierf 12 zetels.", "12 zetels", "seats"),
        ("zh", "该党获得12席。", "12席", "seats"),
    ],
)  # fmt: skip
def test_seats_are_won_not_bought(lang: str, text: str, figure: str, attribute: str) -> None:
    assert attributes_of(text, lang)[figure] == attribute


@pytest.mark.parametrize(
    ("lang", "text", "share"),
    [
        ("en", "In Seoul about two-thirds of the 153 dead were women.", "about two-thirds"),
        ("de", "In Seoul waren etwa zwei Drittel der 153 Toten Frauen.", "etwa zwei Drittel"),
        ("nl", "In Seoul was ongeveer twee derde van de 153 doden vrouw.", "ongeveer twee derde"),
        ("zh", "首尔153名死者中约三分之二是女性。", "约三分之二"),
    ],
)  # fmt: skip
def test_a_fraction_in_words_of_a_group_is_no_count(lang: str, text: str, share: str) -> None:
    """ "two-thirds of the 153 dead" is a share of the dead, not a toll of two thirds of
    a person (held-out batch 14: "≈0.666667 people" stood beside the tolls of 153)."""
    claims = {c.text.lower(): c for c in annotated_claims(text, lang, "2022-10-31")}
    assert claims[share.lower()].attribute is not None
    assert claims[share.lower()].attribute.generic


def test_a_share_in_words_meets_no_toll() -> None:
    report = report_of(
        ("In South Korea, 153 people died in the crush on Saturday.", "en"),
        ("In Südkorea waren am Samstag etwa zwei Drittel der Toten Frauen.", "de"),
        published="2022-10-30",
    )
    assert report.findings == []
    assert [str(c.attribute) for c in report.claims] == ["death_toll", "counted:person"]
