"""What a number measures, from `rules/attributes.yaml`: one example sentence per
language for each attribute, four languages side by side. Each case names the figure
(as the extractor spans it) and the exact attribute it must get: a named one
("death_toll", "revenue_change") or, when no keyword of its clause names a measure, the
generic attribute of its unit ("currency:USD"), which is never compared.
"""

from __future__ import annotations

from functools import cache

import pytest

from factcheck.knowledge import Knowledge
from factcheck.runs.reporting import report_texts


@cache
def _knowledge() -> Knowledge:
    return Knowledge.from_dirs()


def attributes(text: str, lang: str) -> dict[str, str]:
    """Claim text -> attribute, for every claim of one in-memory document."""
    report = report_texts([("example.txt", text, lang)], _knowledge())
    return {claim.text: str(claim.attribute) for claim in report.claims}


# (attribute, {lang: (sentence, figure)}): the figure must get the attribute.
CASES: list[tuple[str, dict[str, tuple[str, str]]]] = [
    (
        "death_toll",
        {
            "en": ("At least 131 people were killed in the earthquake.", "At least 131 people"),
            "de": (
                "Bei dem Erdbeben kamen mindestens 131 Menschen ums Leben.",
                "mindestens 131 Menschen",
            ),
            "nl": (
                "Bij de aardbeving kwamen minstens 131 mensen om het leven.",
                "minstens 131 mensen",
            ),
            "zh": ("在地震中至少有131人遇难。", "至少有131人"),
        },
    ),
    (
        "injured",
        {
            "en": ("More than 700 people were injured.", "More than 700 people"),
            "de": ("Mehr als 700 Menschen wurden verletzt.", "Mehr als 700 Menschen"),
            "nl": ("Meer dan 700 mensen raakten gewond.", "Meer dan 700 mensen"),
            "zh": ("地震造成超过700人受伤。", "超过700人"),
        },
    ),
    (
        "missing",
        {
            "en": ("About 1,300 people were reported missing.", "About 1,300 people"),
            "de": ("Rund 1300 Menschen werden noch vermisst.", "Rund 1300 Menschen"),
            "nl": ("Vier mensen zijn nog vermist.", "Vier mensen"),
            "zh": ("仍有20人失踪。", "20人"),
        },
    ),
    (
        "magnitude",
        {
            "en": ("A magnitude 6.2 earthquake struck the province.", "magnitude 6.2"),
            "de": ("Ein Erdbeben der Stärke 6,2 erschütterte die Provinz.", "Stärke 6,2"),
            "nl": ("Een aardbeving met een kracht van 6,2 trof de provincie.", "kracht van 6,2"),
            "zh": ("甘肃发生6.2级地震。", "6.2级地震"),
        },
    ),
    (
        "revenue",
        {
            "en": ("ASML reported annual revenue of 27.6 billion euros.", "27.6 billion euros"),
            "de": (
                "ASML meldete einen Jahresumsatz von 27,6 Milliarden Euro.",
                "27,6 Milliarden Euro",
            ),
            "nl": ("ASML boekte een jaaromzet van 27,6 miljard euro.", "27,6 miljard euro"),
            "zh": ("阿斯麦全年营收为276亿欧元。", "276亿欧元"),
        },
    ),
    (
        "revenue_change",
        {
            "en": ("Revenue rose 30 percent to 27.6 billion euros.", "30 percent"),
            "de": ("Der Umsatz stieg um 30 Prozent auf 27,6 Milliarden Euro.", "30 Prozent"),
            "nl": ("De omzet steeg met 30 procent tot 27,6 miljard euro.", "30 procent"),
            "zh": ("阿斯麦营收增长30%。", "30%"),
        },
    ),
    (
        "revenue_expected",
        {
            "en": ("ASML expects first-quarter sales of 5.5 billion euros.", "5.5 billion euros"),
            "de": (
                "ASML erwartet im ersten Quartal einen Umsatz von 5,5 Milliarden Euro.",
                "5,5 Milliarden Euro",
            ),
            "nl": (
                "ASML verwacht in het eerste kwartaal een omzet van 5,5 miljard euro.",
                "5,5 miljard euro",
            ),
            "zh": ("阿斯麦预计第一季度营收为55亿欧元。", "55亿欧元"),
        },
    ),
    (
        "profit",
        {
            "en": ("ASML's net income was 7.8 billion euros.", "7.8 billion euros"),
            "de": ("Der Nettogewinn von ASML lag bei 7,8 Milliarden Euro.", "7,8 Milliarden Euro"),
            "nl": ("ASML boekte een nettowinst van 7,8 miljard euro.", "7,8 miljard euro"),
            "zh": ("阿斯麦全年净利为78亿欧元。", "78亿欧元"),
        },
    ),
    (
        "gross_margin",
        {
            "en": ("The gross margin was 51.3 percent.", "51.3 percent"),
            "de": ("Die Bruttomarge lag bei 51,3 Prozent.", "51,3 Prozent"),
            "nl": ("De brutomarge bedroeg 51,3 procent.", "51,3 procent"),
            "zh": ("全年毛利率为51.3%。", "51.3%"),
        },
    ),
    (
        "bookings",
        {
            "en": ("Net bookings were 9.2 billion euros.", "9.2 billion euros"),
            "de": ("Der Auftragseingang lag bei 9,2 Milliarden Euro.", "9,2 Milliarden Euro"),
            "nl": ("De orders bedroegen 9,2 miljard euro.", "9,2 miljard euro"),
            "zh": ("订单总额为92亿欧元。", "92亿欧元"),
        },
    ),
    (
        "deliveries",
        {
            "en": ("Tesla delivered 484,507 cars in the fourth quarter.", "484,507 cars"),
            "de": ("Tesla hat im vierten Quartal 484.507 Autos ausgeliefert.", "484.507 Autos"),
            "nl": ("Tesla leverde in het vierde kwartaal 484.507 auto's.", "484.507 auto's"),
            "zh": ("特斯拉第四季度交付了484507辆汽车。", "484507辆汽车"),
        },
    ),
    (
        "range",
        {
            "en": ("The SU7 has a driving range of 668 kilometers.", "668 kilometers"),
            "de": ("Der SU7 hat eine Reichweite von 668 Kilometern.", "668 Kilometern"),
            "nl": ("De SU7 heeft een actieradius van 668 kilometer.", "668 kilometer"),
            "zh": ("小米SU7的续航里程为668公里。", "668公里"),
        },
    ),
    (
        "seats",
        {
            "en": ("The PVV won 37 seats in parliament.", "37 seats"),
            "de": ("Die PVV erhält 37 Sitze im Parlament.", "37 Sitze"),
            "nl": ("De PVV krijgt 37 zetels in de Tweede Kamer.", "37 zetels"),
            "zh": ("自由党获得37个席位。", "37个席位"),
        },
    ),
    (
        "turnout",
        {
            "en": ("Turnout was 77.7 percent.", "77.7 percent"),
            "de": ("Die Wahlbeteiligung lag bei 77,7 Prozent.", "77,7 Prozent"),
            "nl": ("De opkomst was 77,7 procent.", "77,7 procent"),
            "zh": ("本次选举投票率为77.7%。", "77.7%"),
        },
    ),
    (
        "participants",
        {
            "en": ("Police said 240,000 protesters joined the march.", "240,000 protesters"),
            "de": ("Die Polizei zählte 240.000 Demonstranten.", "240.000 Demonstranten"),
            "nl": ("Volgens de politie waren er 240.000 betogers.", "240.000 betogers"),
            "zh": ("警方称高峰期有24万人参与游行。", "24万人"),
        },
    ),
    (
        "population",
        {
            "en": (
                "China's population was 1.41 billion people at the end of 2022.",
                "1.41 billion people",
            ),
            "de": (
                "China hatte Ende 2022 rund 1,41 Milliarden Einwohner.",
                "rund 1,41 Milliarden Einwohner",
            ),
            "nl": (
                "China telde eind 2022 zo'n 1,41 miljard inwoners.",
                "zo'n 1,41 miljard inwoners",
            ),
            "zh": ("2022年末全国人口141175万人。", "141175万人"),
        },
    ),
]

EXAMPLES = [
    pytest.param(lang, sentence, figure, attribute, id=f"{attribute}-{lang}")
    for attribute, by_lang in CASES
    for lang, (sentence, figure) in by_lang.items()
] + [
    pytest.param(
        "de", "Die Zahl der Opfer in Syrien lag bei über 2.700.", "über 2.700", "death_toll",
        id="death_toll-de-victims",
    ),
    pytest.param(
        "nl", "Er werden meer dan 325.000 ongeregistreerde pelgrims weggestuurd.",
        "meer dan 325.000 ongeregistreerde pelgrims", "unregistered", id="unregistered-nl",
    ),
    # the people an event's organisers speak of are its crowd
    pytest.param(
        "en", "The organisers spoke of nearly two million people.", "nearly two million people",
        "participants", id="participants-en-organisers",
    ),
    pytest.param(
        "de", "Die Veranstalter sprachen von fast zwei Millionen Menschen.",
        "fast zwei Millionen Menschen", "participants", id="participants-de-organisers",
    ),
    pytest.param(
        "nl", "De organisatoren spraken van bijna twee miljoen mensen.",
        "bijna twee miljoen mensen", "participants", id="participants-nl-organisers",
    ),
    pytest.param(
        "zh", "主办方称有近200万人。", "近200万人", "participants", id="participants-zh-organisers",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "sentence", "figure", "attribute"), EXAMPLES)
def test_attribute_of_figure(lang: str, sentence: str, figure: str, attribute: str) -> None:
    found = attributes(sentence, lang)
    assert figure in found, f"{figure!r} not extracted from {sentence!r}: {sorted(found)}"
    assert found[figure] == attribute


# Figures no keyword of their clause explains keep their unit's generic attribute.
GENERIC = [
    pytest.param(
        "en", "He paid 500 dollars for the ticket.", "500 dollars", "currency:USD", id="en-money"
    ),
    pytest.param(
        "de", "Er zahlte 500 Dollar für das Ticket.", "500 Dollar", "currency:USD", id="de-money"
    ),
    pytest.param(
        "nl",
        "Hij betaalde 500 dollar voor het ticket.",
        "500 dollar",
        "currency:USD",
        id="nl-money",
    ),
    pytest.param("zh", "他为这张票付了500美元。", "500美元", "currency:USD", id="zh-money"),
    # a change word with no measure in reach names nothing (a business with a
    # `grows_by` measure, Azure, grows by it: tests/test_rivals_and_makers.py)
    pytest.param(
        "en", "Tesla grew 39 percent.", "39 percent", "percent:percent", id="en-bare-growth"
    ),
    pytest.param(
        "de", "Tesla wuchs um 39 Prozent.", "39 Prozent", "percent:percent", id="de-bare-growth"
    ),
    pytest.param(
        "nl", "Tesla groeide met 39 procent.", "39 procent", "percent:percent", id="nl-bare-growth"
    ),
    pytest.param("zh", "特斯拉增长了39%。", "39%", "percent:percent", id="zh-bare-growth"),
]


@pytest.mark.parametrize(("lang", "sentence", "figure", "attribute"), GENERIC)
def test_unexplained_figure_stays_generic(
    lang: str, sentence: str, figure: str, attribute: str
) -> None:
    assert attributes(sentence, lang)[figure] == attribute


# Two figures of one sentence: the clause decides. A weak break (",") lets the next
# clause continue the measure; a strong one ("of which", "davon", "waarvan", 其中)
# gives its figure no measure from before.
CLAUSES = [
    pytest.param(
        "en",
        "The PVV won 37 seats, GroenLinks-PvdA 25.",
        {"37 seats": "seats", "25": "seats"},
        id="en-weak",
    ),
    pytest.param(
        "nl",
        "De PVV krijgt 37 zetels, GroenLinks-PvdA 25.",
        {"37 zetels": "seats", "25": "seats"},
        id="nl-weak",
    ),
    pytest.param(
        "en",
        "Net bookings were 9.2 billion euros, of which 5.6 billion euros for EUV.",
        {"9.2 billion euros": "bookings", "5.6 billion euros": "currency:EUR"},
        id="en-strong",
    ),
    pytest.param(
        "de",
        "Der Auftragseingang lag bei 9,2 Milliarden Euro, davon 5,6 Milliarden Euro für EUV.",
        {"9,2 Milliarden Euro": "bookings", "5,6 Milliarden Euro": "currency:EUR"},
        id="de-strong",
    ),
    pytest.param(
        "nl",
        "De orders bedroegen 9,2 miljard euro, waarvan 5,6 miljard euro voor EUV.",
        {"9,2 miljard euro": "bookings", "5,6 miljard euro": "currency:EUR"},
        id="nl-strong",
    ),
    pytest.param(
        "zh",
        "订单总额为92亿欧元,其中56亿欧元为EUV。",
        {"92亿欧元": "bookings", "56亿欧元": "currency:EUR"},
        id="zh-strong",
    ),
    pytest.param(
        "en",
        "Revenue was 27.6 billion euros, which is a rise of 30 percent.",
        {"27.6 billion euros": "revenue", "30 percent": "revenue_change"},
        id="en-relative-change",
    ),
    pytest.param(
        "de",
        "Der Umsatz lag bei 27,6 Milliarden Euro, ein Plus von 30 Prozent.",
        {"27,6 Milliarden Euro": "revenue", "30 Prozent": "revenue_change"},
        id="de-weak-change",
    ),
    pytest.param(
        "de",
        "In der Provinz gab es mindestens 105 Tote und fast 400 Verletzte.",
        {"mindestens 105 Tote": "death_toll", "fast 400 Verletzte": "injured"},
        id="de-two-tolls",
    ),
    pytest.param(
        "zh",
        "地震已造成86人遇难、96人受伤。",
        {"86人": "death_toll", "96人": "injured"},
        id="zh-two-tolls",
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "expected"), CLAUSES)
def test_clause_decides(lang: str, sentence: str, expected: dict[str, str]) -> None:
    found = attributes(sentence, lang)
    assert {figure: found.get(figure) for figure in expected} == expected


def test_granularity_of_new_attributes() -> None:
    """A toll holds for the day it is reported, a year's sales for their period, a
    car's specification and a quake's magnitude for all time."""
    table = _knowledge().attributes
    granularity = {name: a.granularity for name, a in table.attributes.items()}
    assert granularity["death_toll"] == "day"
    assert granularity["market_value"] == "day"
    assert granularity["revenue"] == "period"
    assert granularity["deliveries"] == "period"
    assert granularity["births"] == "period"
    assert granularity["range"] == "static"
    assert granularity["battery_capacity"] == "static"
    assert granularity["magnitude"] == "static"


# A keyword of the figure's own clause names its measure however far it stands: a
# long reporter phrase may come between ("nach Angaben des Versicherungsverbands GDV").
FAR_IN_CLAUSE = [
    pytest.param(
        "en",
        "The insured losses added up according to the figures of the German Insurance "
        "Association GDV to 8.5 billion euros.",
        "8.5 billion euros",
        id="en",
    ),
    pytest.param(
        "de",
        "Die versicherten Schäden summierten sich nach Angaben des Versicherungsverbands "
        "GDV auf 8,5 Milliarden Euro.",
        "8,5 Milliarden Euro",
        id="de",
    ),
    pytest.param(
        "nl",
        "De verzekerde schade bedroeg volgens de cijfers van het Verbond van Verzekeraars "
        "uit Den Haag in totaal 8,5 miljard euro.",
        "8,5 miljard euro",
        id="nl",
    ),
    pytest.param(
        "zh",
        "据德国保险业协会及其各地区成员单位在七月中旬发布的最新统计数据显示这次洪灾造成的保险损失共计85亿欧元。",
        "85亿欧元",
        id="zh",
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "figure"), FAR_IN_CLAUSE)
def test_a_keyword_far_in_the_figures_clause_names_its_measure(
    lang: str, sentence: str, figure: str
) -> None:
    assert attributes(sentence, lang)[figure] == "insured_damage"


# A quake's magnitude is said by its unit, so its unit words give way to any other
# measure in the clause ("5.5级余震" is an aftershock's); "main shock" names the
# measure outright and does not give way to an aftershock named after it.
MAIN_SHOCK = [
    pytest.param(
        "en",
        "A main shock of magnitude 7.7 is followed by more than one strong aftershock a day.",
        {"magnitude 7.7": "magnitude"},
        id="en",
    ),
    pytest.param(
        "de",
        "Bei einem Hauptbeben der Stärke 7,7 tritt noch mehr als ein starkes Nachbeben pro Tag auf.",
        {"Stärke 7,7": "magnitude"},
        id="de",
    ),
    pytest.param(
        "nl",
        "Na een hoofdschok met een kracht van 7,7 volgt per dag meer dan één zware naschok.",
        {"kracht van 7,7": "magnitude"},
        id="nl",
    ),
    pytest.param(
        "zh",
        "主震为7.7级,此后每天仍有5.5级余震。",
        {"7.7": "magnitude", "5.5级余震": "aftershock_magnitude"},
        id="zh",
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "expected"), MAIN_SHOCK)
def test_a_main_shock_names_its_magnitude_before_an_aftershock(
    lang: str, sentence: str, expected: dict[str, str]
) -> None:
    found = attributes(sentence, lang)
    assert {figure: found.get(figure) for figure in expected} == expected


# "73 percent more than a year earlier": a change of the measure the sentence named
# before, not a bare percentage.
AGAINST_A_YEAR_EARLIER = [
    pytest.param("en", "BYD sold 1.57 million fully electric cars in 2023, 73 percent more "
                 "than a year earlier.", "73 percent", id="en"),
    pytest.param("de", "BYD verkaufte 2023 1,57 Millionen Elektroautos, 73 Prozent mehr als "
                 "ein Jahr zuvor.", "73 Prozent", id="de"),
    pytest.param("nl", "BYD verkocht in 2023 1,57 miljoen elektrische auto's, 73 procent meer "
                 "dan een jaar eerder.", "73 procent", id="nl"),
    pytest.param("zh", "比亚迪2023年销售157万辆纯电动汽车,比上年增长73%。", "73%", id="zh"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "sentence", "figure"), AGAINST_A_YEAR_EARLIER)
def test_a_figure_against_a_year_earlier_is_a_change(lang: str, sentence: str, figure: str) -> None:
    assert attributes(sentence, lang)[figure] == "deliveries_change"


# A later quake of a sequence is another event: its magnitude is not the main shock's.
# A rank ("the second strongest") or a time ("zum zweiten Mal") says nothing of that.
LATER_QUAKE = [
    pytest.param("en", "Less than 12 hours later, a second 7.6 magnitude tremor struck the "
                 "same region.", "7.6 magnitude", "second_quake_magnitude", id="en"),
    pytest.param("de", "Ein zweites Beben der Stärke 7,5 erschütterte die Region.",
                 "Stärke 7,5", "second_quake_magnitude", id="de"),
    pytest.param("nl", "Een tweede aardbeving met een kracht van 7,5 trof de regio.",
                 "kracht van 7,5", "second_quake_magnitude", id="nl"),
    pytest.param("zh", "6日18时24分在土耳其又发生7.8级地震。", "7.8级地震",
                 "second_quake_magnitude", id="zh"),
    pytest.param("en", "The 7.8 magnitude quake was the second strongest in Turkey's history.",
                 "7.8 magnitude", "magnitude", id="en-rank"),
    pytest.param("de", "Zum zweiten Mal binnen eines Jahres bebte die Erde mit Stärke 6,1.",
                 "Stärke 6,1", "magnitude", id="de-time"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "sentence", "figure", "attribute"), LATER_QUAKE)
def test_a_later_quakes_magnitude_is_its_own(
    lang: str, sentence: str, figure: str, attribute: str
) -> None:
    assert attributes(sentence, lang)[figure] == attribute
