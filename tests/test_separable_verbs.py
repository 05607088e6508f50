"""Issue 14, attributes: German and Dutch split a verb from its particle ("An der
Demonstration nahmen 240.000 Menschen teil", "Aan de hadj doen zo'n 1,8 miljoen mensen
mee", "Tesla lieferte 484.507 Fahrzeuge aus"). A keyword written "verb … particle" in
rules/attributes.yaml names the measure where its particle stands, when its verb
stands before it in the clause; English and Chinese say the same with one word.
"""

from __future__ import annotations

import pytest

from factcheck.extraction.scanner import extract_text
from factcheck.knowledge import Knowledge


def measures(text: str, lang: str) -> dict[str, str | None]:
    knowledge = Knowledge.from_dirs()
    keywords = knowledge.attributes.keywords(text, lang)
    return {
        c.text: keywords.attribute_of((c.start, c.end), c.sentence, c.unit).name
        for c in extract_text(text, lang)
    }


@pytest.mark.parametrize(
    ("lang", "text", "figure", "measure"),
    [
        (  # corpus/drafts/hajj-heat-deaths-2024.nl.md
            "nl",
            "Aan de bedevaart, die op vrijdag begon, namen ruim 1,8 miljoen gelovigen deel.",
            "ruim 1,8 miljoen gelovigen",
            "participants",
        ),
        (
            "nl",
            "Aan de hadj doen zo'n 1,8 miljoen mensen mee.",
            "zo'n 1,8 miljoen mensen",
            "participants",
        ),  # nl-upday
        (
            "de",
            "An der Demonstration nahmen 240.000 Menschen teil.",
            "240.000 Menschen",
            "participants",
        ),
        (
            "en",
            "More than 1.8 million pilgrims took part in the hajj.",
            "More than 1.8 million pilgrims",
            "participants",
        ),
        ("zh", "超过183万穆斯林参加了朝觐。", "超过183万穆斯林", "participants"),
        (
            "de",
            "Tesla lieferte im vierten Quartal 484.507 Fahrzeuge aus.",
            "484.507 Fahrzeuge",
            "deliveries",
        ),
        (
            "nl",
            "Tesla leverde in het vierde kwartaal 484.507 auto's af.",
            "484.507 auto's",
            "deliveries",
        ),
        (
            "de",
            "Microsoft gab 2023 rund 30 Milliarden Dollar für Rechenzentren aus.",
            "rund 30 Milliarden Dollar",
            "capex",
        ),
        (
            "nl",
            "Microsoft gaf in 2023 zo'n 30 miljard dollar uit aan datacenters.",
            "zo'n 30 miljard dollar",
            "capex",
        ),
    ],
)
def test_a_separable_verb_names_the_measure_at_its_particle(
    lang: str, text: str, figure: str, measure: str
) -> None:
    assert measures(text, lang)[figure] == measure


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        # the particle alone, with no verb before it, is another word ("een deel van")
        ("nl", "Een deel van de 1,8 miljoen mensen kwam uit Egypte.", "1,8 miljoen mensen"),
        # the verb in another clause: the particle is no longer its own
        ("de", "Sie nahmen den Zug, 240.000 Menschen warteten auf Teil zwei.", "240.000 Menschen"),
    ],
)
def test_a_particle_without_its_verb_names_nothing(lang: str, text: str, figure: str) -> None:
    assert measures(text, lang)[figure] != "participants"


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Bij het gedrang in Zuid-Korea kwamen 154 mensen om.", True),
        ("In Nepal kwamen zeker 150 mensen om, meldde de politie.", True),
        ("In Hongkong kwamen 5.000 mensen op straat om te protesteren.", False),
        ("Er kwamen 200 mensen bijeen om 10 uur.", False),
    ],
)
def test_a_particle_marked_to_end_its_clause_names_the_measure_only_there(
    text: str, toll: bool
) -> None:
    """ "kwamen … om$" (omkomen, to die): "om" is also "in order to" and "at" ("om te
    protesteren", "om 10 uur"); the Itaewon pages' "kwamen 154 mensen om" had no toll."""
    found = measures(text, "nl")
    assert ("death_toll" in found.values()) is toll


@pytest.mark.parametrize(
    ("lang", "text", "raised", "value"),
    [
        (
            "en",
            "OpenAI raised $6.6 billion at a $157 billion valuation.",
            "$6.6 billion",
            "$157 billion",
        ),
        (
            "de",
            "OpenAI sammelte 6,6 Milliarden Dollar bei einer Bewertung von 157 Milliarden"
            " Dollar ein.",
            "6,6 Milliarden Dollar",
            "157 Milliarden Dollar",
        ),
        (
            "nl",
            "OpenAI haalde 6,6 miljard dollar op bij een waardering van 157 miljard dollar.",
            "6,6 miljard dollar",
            "157 miljard dollar",
        ),
        ("zh", "OpenAI完成66亿美元融资，估值达1570亿美元。", "66亿美元", "1570亿美元"),
    ],
)
def test_money_raised_is_not_the_value_it_was_raised_at(
    lang: str, text: str, raised: str, value: str
) -> None:
    found = measures(text, lang)
    assert (found[raised], found[value]) == ("funding_raised", "market_value")


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Nvidia became the first company to be worth $3 trillion.", "$3 trillion"),
        (
            "de",
            "Nvidia ist an der Börse mehr als drei Billionen Dollar wert.",
            "mehr als drei Billionen Dollar",
        ),
        ("nl", "Nvidia is op de beurs ruim 3 biljoen dollar waard.", "ruim 3 biljoen dollar"),
        ("zh", "英伟达市值突破3万亿美元。", "3万亿美元"),
    ],
)
def test_what_a_company_is_worth_is_its_market_value(lang: str, text: str, figure: str) -> None:
    assert measures(text, lang)[figure] == "market_value"
