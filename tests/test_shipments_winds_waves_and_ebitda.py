"""Measures the batches of storms, quakes and results named that had no attribute: units
shipped are deliveries (a phone maker's "shipments", "verscheepte", 出货量); helpers
sent in are deployed, never the toll; a storm's winds, a tsunami's waves; EBITDA (and
"before special items", its adjusted variant); outages counted as customers or as
"households and businesses"; residents counted are a population only when their clause
names no other measure. A hurricane's category is no figure."""

from __future__ import annotations

import pytest

from tests.annotating import annotated_claims, readings


@pytest.mark.parametrize(
    ("lang", "text", "figure", "attribute"),
    [
        # from the corpus: Xiaomi's 2024 shipments and the Austrian army in Storm Boris
        ("en", "Global smartphone shipments jumped nearly 16 percent to 168.5 million units.", "168.5 million units", "deliveries"),
        ("en", "Global smartphone shipments jumped nearly 16 percent to 168.5 million units.", "nearly 16 percent", "deliveries_change"),
        ("nl", "Xiaomi verscheepte in 2024 wereldwijd 168,5 miljoen smartphones.", "168,5 miljoen smartphones", "deliveries"),
        ("zh", "小米2024年智能手机出货量达1.685亿部。", "1.685亿", "deliveries"),
        ("de", "Xiaomi will 2025 schon 350.000 Elektrofahrzeuge ausliefern.", "350.000 Elektrofahrzeuge", "deliveries"),
        ("de", "Xiaomi plant, 2025 rund 350.000 Autos auszuliefern.", "rund 350.000 Autos", "deliveries"),
        ("nl", "Bondskanselier Karl Nehammer meldde dat 2400 militairen worden ingezet.", "2400 militairen", "deployed"),
        ("nl", "Bondskanselier Karl Nehammer zette 2400 militairen in.", "2400 militairen", "deployed"),
        ("de", "In Österreich sind 10.000 Einsatzkräfte im Einsatz.", "10.000 Einsatzkräfte", "deployed"),
        ("en", "Austria deployed 2,400 soldiers to the worst-hit areas.", "2,400 soldiers", "deployed"),
        ("zh", "奥地利出动2400名士兵。", "2400名士兵", "deployed"),
        # winds and waves (from the corpus: Milton, the Kamchatka tsunami)
        ("nl", "Milton kwam aan land met windsnelheden van 190 kilometer per uur.", "190 kilometer per uur", "wind_speed"),
        ("de", "Milton erzeugte Winde von bis zu 205 km/h.", "bis zu 205 km/h", "wind_speed"),
        ("en", "Milton made landfall with winds of 120 mph.", "120 mph", "wind_speed"),
        ("zh", "米尔顿登陆时最大风速达205公里/小时。", "205公里/小时", "wind_speed"),
        # a distance after "每小时" (per hour) is a speed
        ("zh", "米尔顿登陆时最大风速达每小时205公里。", "205公里", "wind_speed"),
        ("zh", "米爾頓的最大持續風速為每小時195公里。", "195公里", "wind_speed"),
        ("de", "In Sewero-Kurilsk wurden Wellen von bis zu vier Metern registriert.", "bis zu vier Metern", "wave_height"),
        ("en", "Midway Atoll reported a tsunami surge of 3.1 feet.", "3.1 feet", "wave_height"),
        ("nl", "Op Amchitka werden golven van 30 centimeter gemeten.", "30 centimeter", "wave_height"),
        ("zh", "岩手县观测到1.3米的海啸。", "1.3米", "wave_height"),
        # EBITDA, as reported and adjusted
        ("en", "BASF Group's EBITDA before special items increased to €7.9 billion.", "€7.9 billion", "ebitda_adjusted"),
        ("de", "BASF steigerte das EBITDA vor Sondereinflüssen auf 7.858 Millionen €.", "7.858 Millionen €", "ebitda_adjusted"),
        ("de", "BASF will den bereinigten operativen Gewinn (EBITDA) auf 8,0 Milliarden Euro steigern.", "8,0 Milliarden Euro", "ebitda_adjusted"),
        ("zh", "巴斯夫息税、折旧及摊销前收益为67亿欧元。", "67亿欧元", "ebitda"),
        ("nl", "De EBITDA van BASF kwam uit op 6,7 miljard euro.", "6,7 miljard euro", "ebitda"),
        ("en", "The EBITDA margin of BASF rose from 12.6% to 13.1%.", "13.1%", "ebitda_margin"),
        ("zh", "巴斯夫凈收益為13億歐元。", "13億歐元", "profit"),
        # outages counted as customers, or with a second noun joined to the first
        ("en", "Nearly 2.5 million households and businesses remain without power.", "Nearly 2.5 million households", "without_power"),
        ("en", "About 2.5 million customers were without power.", "About 2.5 million customers", "without_power"),
        ("de", "Fast 2,5 Millionen Haushalte und Geschäfte sind noch ohne Strom.", "Fast 2,5 Millionen Haushalte", "without_power"),
        ("zh", "星期四仍有超过340万户家庭和企业被断电。", "超过340万户", "without_power"),
        ("zh", "300多万人无电可用。", "300多万人", "without_power"),
        ("en", "At least 5 people and 3 dogs died.", "At least 5 people", "counted:person"),
        # people are evacuated, never bought: "orders" is a purchase's word
        ("en", "In Japan, evacuation orders covered more than 1.9 million people.", "more than 1.9 million people", "evacuated"),
        # residents counted are evacuated when the clause says so; a population otherwise
        ("nl", "Zo'n 2.000 inwoners van Severo-Koerilsk moesten worden geëvacueerd.", "Zo'n 2.000 inwoners", "evacuated"),
        ("en", "About 2,000 residents of Severo-Kurilsk were evacuated.", "About 2,000 residents", "evacuated"),
        ("de", "Rund 2.000 Einwohner von Sewero-Kurilsk mussten evakuiert werden.", "Rund 2.000 Einwohner", "evacuated"),
        ("nl", "Severo-Koerilsk heeft 2.000 inwoners.", "2.000 inwoners", "population"),
        ("de", "Die Stadt hat 600.000 Einwohner.", "600.000 Einwohner", "population"),
        ("en", "Gansu has 24.9 million inhabitants.", "24.9 million inhabitants", "population"),
        # the toll stays the toll, and money put in is no one deployed
        ("en", "Austria deployed 2,400 soldiers; five people died.", "five people", "death_toll"),
        ("de", "Die Regierung hat 5 Milliarden Euro eingesetzt.", "5 Milliarden Euro", "currency:EUR"),
    ],
)  # fmt: skip
def test_what_a_figure_measures(lang: str, text: str, figure: str, attribute: str) -> None:
    assert readings(text, lang)[figure].attribute == attribute


@pytest.mark.parametrize(
    ("lang", "text", "figure", "unit"),
    [
        ("nl", "Er werden 2400 militairen ingezet.", "2400 militairen", "person"),
        ("zh", "出动2000名官兵。", "2000名官兵", "person"),
        ("nl", "Er waren 2400 militairen in het gebied.", "2400 militairen", "person"),
        ("zh", "现场有300名消防员。", "300名", "person"),
    ],
)
def test_who_is_counted(lang: str, text: str, figure: str, unit: str) -> None:
    units = {str(c.text): str(c.unit) for c in annotated_claims(text, lang)}
    assert units == {figure: unit}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Milton made landfall as a Category 3 storm."),
        ("nl", "Milton kwam als orkaan van categorie 3 aan land."),
        ("de", "Milton traf als Hurrikan der Kategorie 3 auf Land."),
    ],
)
def test_a_storms_category_is_no_figure(lang: str, text: str) -> None:
    assert annotated_claims(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "units"),
    [
        # a top speed's words decide nothing of the range before it (it had been a speed)
        ("zh", "续航800公里,最高时速265公里。", {"800公里": "kilometer", "265公里": "kilometer_per_hour"}),
        ("zh", "最高时速265公里,续航800公里。", {"265公里": "kilometer_per_hour", "800公里": "kilometer"}),
        ("de", "Die Reichweite liegt bei 800 Kilometern, die Höchstgeschwindigkeit bei 265 Kilometern.",
         {"800 Kilometern": "kilometer", "265 Kilometern": "kilometer_per_hour"}),
        ("zh", "续航800英里,最高时速265公里/小时。", {"800英里": "mile", "265公里/小时": "kilometer_per_hour"}),
        # a name's digit is no figure before the cued one; an angle's words may follow it
        ("nl", "En de topsnelheid? Die ligt bij de SU7 op 210 kilometer.", {"210 kilometer": "kilometer_per_hour"}),
        ("nl", "Je moet het stuur 90 graden draaien.", {"90 graden": "degree"}),
    ],
)  # fmt: skip
def test_a_unit_read_two_ways(lang: str, text: str, units: dict[str, str]) -> None:
    assert {str(c.text): str(c.unit) for c in annotated_claims(text, lang)} == units
