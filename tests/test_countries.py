"""The world's countries are places in the four languages (`lexicon/countries.yaml`,
from the CLDR by tools/countries.py), besides those the rules' entities file lists
itself. Held-out batch 6 covered quakes in Myanmar and Morocco: neither was known, so
the tolls took China (named for the tremors felt there, or in "北京时间") as their
place and an article on Morocco's 6.9 was held against Myanmar's 7.7."""

from __future__ import annotations

from collections import Counter

import pytest

from factcheck.knowledge import Knowledge
from factcheck.lexicon import load_table
from factcheck.models import LANGUAGES
from tests.annotating import annotated_claims


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("en", "The earthquake in Myanmar killed more than 1,000 people.", "Myanmar"),
        ("de", "Bei dem Erdbeben in Marokko starben mehr als 2000 Menschen.", "Morocco"),
        ("nl", "In Libië vielen bij de overstromingen meer dan 4000 doden.", "Libya"),
        ("zh", "缅甸强震已造成1000多人死亡。", "Myanmar"),
        ("zh", "摩洛哥強震已造成2000多人死亡。", "Morocco"),
        ("en", "In DR Congo floods killed 400 people.", "DR Congo"),
    ],
)
def test_a_countrys_toll_is_that_countrys(lang: str, text: str, place: str) -> None:
    (claim,) = annotated_claims(text, lang)
    assert claim.subject == (place,)
    assert str(claim.attribute) == "death_toll"


def test_a_place_before_a_clock_word_tells_the_time() -> None:
    """ "(北京时间9日6时10分58秒)": Beijing time, not Beijing, so not China's quake."""
    text = (
        "据中国地震台网消息,地震发生在摩洛哥当地时间8日23时10分58秒(北京时间9日6时10分58秒),"
        "震级为6.9级,震源深度10公里。"
    )
    claims = annotated_claims(text, "zh")
    assert [(c.text, c.subject) for c in claims] == [
        ("震级为6.9", ("Morocco",)),
        ("10公里", ("Morocco",)),
    ]  # and "23时10分58秒" is a clock time, not 58 seconds


def test_no_name_stands_for_two_places() -> None:
    countries = load_table("countries")["countries"]
    names = Counter(n for row in countries for n in {n for lang in LANGUAGES for n in row[lang]})
    assert [n for n, count in names.items() if count > 1] == []
    assert len(countries) > 230 and all(row["en"] for row in countries)


def test_the_rules_own_places_keep_their_entries() -> None:
    entities = Knowledge.from_dirs().entities
    assert entities.alias_to_id["我国"] == "China"  # the file's China, not CLDR's
    assert entities.alias_to_id["缅甸"] == "Myanmar"
    assert entities.entities["Myanmar"].kind == "place"
    ids_by_alias: dict[str, set[str]] = {}
    for entity in entities.entities.values():
        for alias in entity.aliases.all():
            ids_by_alias.setdefault(alias, set()).add(entity.id)
    assert all(len(ids) == 1 for ids in ids_by_alias.values())


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("zh", "美國新墨西哥州共有300人受傷。", "New Mexico"),  # not Mexico
        ("en", "In New Mexico 300 people were injured.", "New Mexico"),
        ("zh", "墨西哥地震造成300人死亡。", "Mexico"),
    ],
)
def test_a_longer_place_name_holding_a_country_is_that_place(
    lang: str, text: str, place: str
) -> None:
    (claim,) = annotated_claims(text, lang)
    assert claim.subject == (place,)


def test_an_offshore_quake_is_no_haiti() -> None:
    """ "近海地震" holds "海地" (Haiti): Chinese names that stand inside common words
    are left out of the table (tools/countries.py, NOT_ALONE)."""
    claims = annotated_claims("日本能登半岛近海地震已造成200人死亡。", "zh")
    assert [(c.text, c.subject) for c in claims] == [("200人", ("Japan",))]
