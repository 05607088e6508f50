"""Batches 40 and 41 (the Cebu earthquake, Typhoon Kalmaegi, Air France-KLM's and
Uber's results, the Jeju Air crash, Pakistan's floods): a participle of change before
"by" makes a change ("with operating income falling by €234 million"); a level reached
and then "from" makes the second figure the earlier level ("to 8.19 billion euros from
7.88 billion euros last year"); an adjective of a two-word keyword before a compound
names that keyword's measure ("einen operativen Rekordgewinn"); 运营利润 is operating
profit; verbs of aiming make targets ("strebt … eine operative Marge von über 8
Prozent an"); the strongest of the aftershocks is an aftershock; a business unit named
as a service ("外送服務") holds its own figures. A place's measure is sure of a place
the sentence does not name only when the article names that one place; and a place
the article names only in a later story of a round-up is no sure place of a figure.
Batch 39 (Hurricane Erin, the Morocco earthquake): a weekday dates its figure; gusts
are no sustained wind; a maker named with a model's number ("een Boeing 787-9") makes
no story of it; experts counting on a figure give the consensus."""

from __future__ import annotations

import pytest

from factcheck.runs.reporting import report_texts
from tests.annotating import readings


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "KLM reported weaker results, with operating income falling by €234 million.",
         "€234 million"),
        ("en", "Operating income has fallen by €234 million.", "€234 million"),
        ("nl", "Het bedrijfsresultaat van KLM is gedaald met 234 miljoen euro.",
         "234 miljoen euro"),
        ("nl", "De omzet is gestegen met 12 procent.", "12 procent"),
    ],
)  # fmt: skip
def test_a_participle_of_change_makes_a_change(lang: str, text: str, figure: str) -> None:
    assert readings(text, lang)[figure].attribute.endswith("change")


@pytest.mark.parametrize(
    ("lang", "text", "reached", "earlier"),
    [
        ("en", "Revenues grew 6.7 percent to 8.19 billion euros from 7.88 billion euros last year.",
         "8.19 billion euros", "7.88 billion euros"),
        ("de", "Der Umsatz stieg auf 8,19 Milliarden Euro von 7,88 Milliarden Euro im Vorjahr.",
         "8,19 Milliarden Euro", "7,88 Milliarden Euro"),
        ("nl", "De omzet steeg naar 8,19 miljard euro van 7,88 miljard euro vorig jaar.",
         "8,19 miljard euro", "7,88 miljard euro"),
    ],
)  # fmt: skip
def test_a_level_reached_then_from_makes_the_second_the_earlier_level(
    lang: str, text: str, reached: str, earlier: str
) -> None:
    """The earlier level is never held against current figures: the 7.88 billion of a
    year-ago quarter had been an FC101 error against a full year's 33 billion."""
    claims = {c.text: c for c in _claims(text, lang)}
    assert (claims[reached].origin, claims[earlier].origin) == (False, True)


def test_from_to_is_still_a_range_of_two_levels() -> None:
    claims = {c.text: c for c in _claims("Capacity will rise from 3 percent to 5 percent.", "en")}
    assert not any(c.origin for c in claims.values())


def _claims(text: str, lang: str) -> list:
    return report_texts([("a.txt", text, lang)]).claims


@pytest.mark.parametrize(
    ("lang", "text", "figure", "measure"),
    [
        ("de", "Uber fuhr im dritten Quartal einen operativen Rekordgewinn von 1,1 Milliarden "
               "Dollar ein.", "1,1 Milliarden Dollar", "operating_profit"),
        ("de", "Der Rekordgewinn lag bei 3 Milliarden Euro.", "3 Milliarden Euro", "profit"),
        ("zh", "2025年第四季度,集团运营利润为3.93亿欧元,运营利润率为4.8%。", "3.93亿欧元",
         "operating_profit"),
        ("zh", "2025年第四季度,集团运营利润为3.93亿欧元,运营利润率为4.8%。", "4.8%",
         "operating_margin"),
        ("en", "Income from current operations dropped 1 percent to 393 million euros.",
         "393 million euros", "operating_profit"),
    ],
)  # fmt: skip
def test_measures_named_by_compounds_and_new_words(
    lang: str, text: str, figure: str, measure: str
) -> None:
    assert readings(text, lang)[figure].attribute == measure


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "By 2028 Air France-KLM targets an operating margin above 8 percent.",
         "above 8 percent"),
        ("de", "Das Unternehmen strebt zudem langfristig eine operative Marge von über 8 "
               "Prozent an.", "über 8 Prozent"),
        ("nl", "Air France-KLM streeft naar een operationele marge van meer dan 8 procent.",
         "meer dan 8 procent"),
        ("zh", "法航荷航集团力争运营利润率超过8%。", "超过8%"),
    ],
)  # fmt: skip
def test_verbs_of_aiming_make_a_target(lang: str, text: str, figure: str) -> None:
    assert readings(text, lang)[figure].attribute == "operating_margin_expected"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "The quake was followed by several aftershocks, the strongest registering "
               "magnitude 6.", "magnitude 6"),
        ("de", "Es folgten mehrere Nachbeben, das stärkste mit einer Stärke von 5,1.",
         "Stärke von 5,1"),
        ("nl", "Er volgden meerdere naschokken, de sterkste met een kracht van 5,1.",
         "kracht van 5,1"),
    ],
)  # fmt: skip
def test_the_strongest_aftershock_is_an_aftershock(lang: str, text: str, figure: str) -> None:
    """It had been the main shock's magnitude, against the 6.9 of every other outlet."""
    assert readings(text, lang)[figure].attribute == "aftershock_magnitude"


def test_a_service_is_a_business_unit() -> None:
    text = "Uber第四季營收達到119.6億美元。外送服務在第四季營收年增21%達到37.73億美元。"
    found = _claims(text, "zh")
    sure = {c.text: c.subject_sure for c in found}
    assert (sure["119.6億美元"], sure["37.73億美元"]) == (True, False)


def test_a_population_of_an_unnamed_place_beside_a_province_is_unsure() -> None:
    text = "宿霧省是菲律賓最受歡迎的旅遊目的地之一，擁有340萬人口。"
    (claim,) = [c for c in _claims(text, "zh") if c.text == "340萬人"]
    assert (claim.subject, claim.subject_sure) == (("Philippines",), False)


def test_the_population_of_the_one_place_an_article_names_is_sure() -> None:
    text = "China's statistics bureau reported the figures. The population fell to 1.41 billion."
    (claim,) = [c for c in _claims(text, "en") if c.text == "1.41 billion"]
    assert (claim.subject, claim.subject_sure) == (("China",), True)


ROUND_UP = (
    "Bij de crash van een Boeing van Jeju Air op de luchthaven van Muan kwamen alle 175 "
    "passagiers om het leven. Twee bemanningsleden overleefden het ongeluk.\n\n"
    "In Pakistan kwamen door de moessonregens 706 mensen om het leven."
)


def test_a_place_named_only_in_a_later_story_is_no_sure_place() -> None:
    sure = {c.text: (c.subject, c.subject_sure) for c in _claims(ROUND_UP, "nl")}
    assert sure["175 passagiers"][1] is False
    assert sure["706 mensen"] == (("Pakistan",), True)


def test_a_toll_in_a_story_on_one_place_is_sure_of_it() -> None:
    text = "Een aardbeving trof Afghanistan op zondag.\n\nDe autoriteiten telden later 800 doden."
    sure = {c.text: (c.subject, c.subject_sure) for c in _claims(text, "nl")}
    assert sure["800 doden"] == (("Afghanistan",), True)


# ---- batch 39 (Hurricane Erin, the Morocco earthquake) ------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "figure", "day"),
    [
        ("en", "date 2025-08-17 On Saturday it had reached winds of 160 mph.", "160 mph",
         "2025-08-16"),
        ("de", "date 2025-08-17 Am Samstag erreichten die Winde 257 km/h.",
         "257 km/h", "2025-08-16"),
        ("nl", "date 2025-08-17 De orkaan was zaterdag gegroeid, met windsnelheden van 257 "
               "kilometer per uur.", "257 kilometer per uur", "2025-08-16"),
        ("zh", "date 2025-08-17 飓风周六的风速达到每小时257公里。", "257公里", "2025-08-16"),
        ("en", "date 2025-08-17 On Sunday the storm had winds of 140 mph.", "140 mph",
         "2025-08-17"),
    ],
)  # fmt: skip
def test_a_weekday_dates_its_figure(lang: str, text: str, figure: str, day: str) -> None:
    """The latest such weekday by the publication day: a Sunday's article on
    Saturday's 257 km/h had been read as of Sunday, against Sunday's 225."""
    (claim,) = [c for c in _claims(text, lang) if c.text == figure]
    assert claim.as_of == day


def test_a_weekday_of_an_event_dates_no_count() -> None:
    text = "date 2023-09-10 The quake that struck on Friday killed 2,012 people."
    (claim,) = [c for c in _claims(text, "en") if c.text == "2,012 people"]
    assert claim.as_of == "2023-09-10"


@pytest.mark.parametrize(
    ("lang", "text", "sustained", "gusts"),
    [
        ("en", "Melissa had sustained winds of 185 mph and gusts of 200 mph.", "185 mph",
         "200 mph"),
        ("de", "Der Sturm brachte Winde von 225 km/h und Böen von 240 km/h.", "225 km/h",
         "240 km/h"),
        ("nl", "De windsnelheid was 225 kilometer per uur, met windstoten tot 240 kilometer "
               "per uur.", "225 kilometer per uur", "240 kilometer per uur"),
        ("zh", "台风最大风速为每小时225公里，阵风每小时240公里。", "225公里", "240公里"),
    ],
)  # fmt: skip
def test_gusts_are_no_sustained_wind(lang: str, text: str, sustained: str, gusts: str) -> None:
    found = readings(text, lang)
    assert (found[sustained].attribute, found[gusts].attribute) == ("wind_speed", "wind_gust")


def test_a_maker_named_with_a_model_number_is_no_story_of_it() -> None:
    text = (
        "Een KLM-vlucht keerde om. Het ging om een Boeing 787-9 Dreamliner.\n\n"
        "De orkaan bevindt zich op ongeveer 235 kilometer ten noordoosten van Puerto Rico."
    )
    (claim,) = [c for c in _claims(text, "nl") if c.text == "ongeveer 235 kilometer"]
    assert claim.subject_sure is False


def test_experts_counting_on_a_figure_give_the_consensus() -> None:
    text = (
        "Uber boekte in het vierde kwartaal van 2024 een operationele winst van 770 miljoen "
        "dollar. Op de financiële markten rekenden kenners in doorsnee op een operationele "
        "winst van 1,2 miljard dollar."
    )
    found = readings(text, "nl")
    assert found["1,2 miljard dollar"].attribute == "operating_profit_consensus"
    assert found["770 miljoen dollar"].attribute == "operating_profit"
