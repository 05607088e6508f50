"""Held-out batches 51 and 52 (BYD's and Porsche's first halves of 2025, Typhoon Wipha,
the Czech election) and 48 (the Vietnam floods): a company's sales abroad are a part
of its total; cancelled flights are a measure of their own and no aircraft; aircraft
delivered are no cars; costs of a kind are expenses, not a price; seats are never a
person's; a quoted Chinese name before 党 is a party; a source's conversion meets
another source's figure by chance; the dong, the baht and other currencies are money."""

from __future__ import annotations

import pytest

from factcheck.runs.reporting import report_texts
from tests.annotating import annotated_claims, readings

BYD_ZH = (
    "比亞迪今年上半年累計銷售新能源汽車214.6萬輛，年增33%，其中，海外市場銷量47萬輛，"
    "已超去年全年，年增132%。比亞迪先前曾透露，2025年海外銷量目標在80萬輛左右。"
)


@pytest.mark.parametrize(
    ("lang", "text", "figure", "part"),
    [
        ("zh", BYD_ZH, "47萬輛", "abroad"),
        ("zh", BYD_ZH, "132%", "abroad"),
        ("zh", BYD_ZH, "80萬輛左右", "abroad"),
        ("en", "BYD sold 2.15 million vehicles in the first half. Overseas sales reached "
         "470,000 vehicles.", "470,000 vehicles", "abroad"),
        ("de", "BYD verkaufte im ersten Halbjahr 470.000 Fahrzeuge im Ausland.",
         "470.000 Fahrzeuge", "abroad"),
        ("nl", "BYD verkocht in het eerste halfjaar 2,1 miljoen auto's. Daarvan zijn er ruim "
         "470.000 buiten China verkocht.", "ruim 470.000", "abroad"),
        ("de", "Insgesamt verkaufte BYD im ersten Halbjahr 2.113.271 Personenkraftwagen, was "
         "einem Anstieg von 31,5% entspricht.", "31,5%", "passenger cars"),
        ("nl", "In het eerste halfjaar van dit jaar verkocht BYD wereldwijd 2.134.954 "
         "NEV-personenauto's.", "2.134.954 NEV-personenauto's", "passenger cars"),
        ("zh", "比亚迪上半年乘用车销量211.3万辆。", "211.3万辆", "passenger cars"),
    ],
)  # fmt: skip
def test_sales_abroad_and_of_passenger_cars_are_parts_of_the_total(
    lang: str, text: str, figure: str, part: str
) -> None:
    """udn's overseas growth of 132 % and overseas target of 800,000 had been held
    against BYD's total growth of 33 % and total target of 5.5 million; autogear's 31.5 %
    for passenger cars against 33 % for all its vehicles, and autoweek's worldwide
    2,134,954 against 2.15 million."""
    assert readings(text, lang)[figure].topic == part


def test_the_total_stays_whole() -> None:
    found = readings(BYD_ZH, "zh")
    assert (found["214.6萬輛"].topic, found["33%"].topic) == (None, None)


def test_a_total_and_its_part_abroad_make_no_finding() -> None:
    report = report_texts(
        [
            ("a.txt", "BYD's overseas sales target for 2025 is about 800,000 vehicles.", "en"),
            ("b.txt", "BYD's sales target for 2025 is 5.5 million vehicles.", "en"),
        ]
    )
    assert [f.rule for f in report.findings if f.rule == "FC101"] == []


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "About 500 flights were cancelled at Hong Kong airport on Sunday.",
         "About 500 flights"),
        ("de", "In Hongkong wurden am Sonntag rund 500 Flüge gestrichen.", "rund 500 Flüge"),
        ("nl", "Door tyfoon Wipha werden op zondag ongeveer 500 vluchten van en naar Hongkong "
         "geschrapt.", "ongeveer 500 vluchten"),
        ("zh", "受台风韦帕影响,香港约500班机取消。", "约500班机"),
    ],
)  # fmt: skip
def test_cancelled_flights_are_a_measure_of_their_own(lang: str, text: str, figure: str) -> None:
    """Flights had been aircraft, and the cancellation a measure of nothing."""
    claim = {c.text: c for c in annotated_claims(text, lang)}[figure]
    assert (claim.unit, str(claim.attribute)) == ("flight", "flights_cancelled")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Airbus delivered 306 aircraft in the first half.", "306 aircraft"),
        ("Airbus handed over 306 planes in the first half.", "306 planes"),
    ],
)
def test_aircraft_delivered_are_aircraft_deliveries(text: str, figure: str) -> None:
    """ "306 aircraft" had been a count of nothing, and "handed over 306" more than 306."""
    claim = {c.text: c for c in annotated_claims(text, "en")}[figure]
    assert (str(claim.attribute), claim.bound, claim.value) == ("aircraft_deliveries", None, 306)


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Operating profit fell 67% to €1.01 billion after the company booked about "
         "€400 million in tariff-related costs.", "about €400 million"),
        ("en", "Costs amounting to 1.3 billion euros related to the company's restructuring "
         "were also included.", "1.3 billion euros"),
        ("de", "Deswegen werde das Unternehmen umgebaut. Die Kosten dafür bezifferte Porsche "
         "für das Gesamtjahr auf 1,3 Mrd. Euro.", "1,3 Mrd. Euro"),
        ("de", "Für den Umbau rechnet Porsche im Gesamtjahr mit Kosten von 1,3 Milliarden "
         "Euro.", "1,3 Milliarden Euro"),
    ],
)  # fmt: skip
def test_costs_of_a_kind_are_expenses(lang: str, text: str, figure: str) -> None:
    """Porsche's tariff costs and restructuring costs had both been "the price", and
    400 million against 1.3 billion an error."""
    assert readings(text, lang)[figure].attribute == "expenses"


def test_a_price_stays_a_price() -> None:
    assert readings("Der neue Macan kostet 80.000 Euro.", "de")["80.000 Euro"].attribute == "price"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("nl", "Spolu van premier Petr Fiala kreeg 52 zetels.", "52 zetels"),
        ("en", "The alliance of prime minister Petr Fiala won 52 seats.", "52 seats"),
        ("en", "Spolu, the alliance of Prime Minister Petr Fiala, won 52 seats.", "52 seats"),
    ],
)
def test_seats_are_no_persons(lang: str, text: str, figure: str) -> None:
    assert readings(text, lang)[figure].subject is None


def test_a_candidates_share_of_the_vote_is_his() -> None:
    text = "Hou Yu-ih of the Kuomintang (KMT) took 33.49 percent of the vote."
    assert readings(text, "en")["33.49 percent"].subject == "Hou Yu-ih"


def test_a_quoted_chinese_name_before_a_party_word_is_the_party() -> None:
    """ "“在一起”政党联盟获得25个席位" had been Philips's seats, the draft's main company."""
    text = "捷克众议院选举中,“不满公民行动”党获得80个席位。“在一起”政党联盟获得25个席位。"
    found = readings(text, "zh")
    assert (found["80个席位"].subject, found["25个席位"].subject) == ("不满公民行动", "在一起")


def test_a_sources_conversion_meets_another_sources_figure_by_chance() -> None:
    report = report_texts(
        [
            ("a.txt", "Maximum wind gusts in Hong Kong exceeded 167 kph (103 mph) in some "
             "areas.", "en"),
            ("b.txt", "In Hong Kong, maximum gusts exceeding 103 kilometres per hour were "
             "recorded at Tate's Cairn.", "en"),
        ]
    )  # fmt: skip
    assert [f.rule for f in report.findings if f.rule == "FC103"] == []


@pytest.mark.parametrize(
    ("lang", "text", "figure", "unit", "value"),
    [
        ("nl", "De schade werd geschat op 9.035 miljard dong.", "9.035 miljard dong", "VND",
         9.035e12),
        ("en", "Damage was estimated at 9,035 billion dong.", "9,035 billion dong", "VND",
         9.035e12),
        ("zh", "损失约9.035兆越南盾。", "约9.035兆越南盾", "VND", 9.035e12),
        ("en", "Thailand pledged 5 billion baht.", "5 billion baht", "THB", 5e9),
        ("en", "The budget is Rp 10 trillion.", "Rp 10 trillion", "IDR", 1e13),
        ("de", "Die Hilfe beträgt 2 Milliarden tschechische Kronen.",
         "2 Milliarden tschechische Kronen", "CZK", 2e9),
    ],
)  # fmt: skip
def test_more_currencies_are_money(
    lang: str, text: str, figure: str, unit: str, value: float
) -> None:
    """Vietnam's flood damage of 9,035 billion dong had been a count."""
    claim = {c.text: c for c in annotated_claims(text, lang)}[figure]
    assert (claim.unit, claim.value) == (unit, value)


def test_eligible_voters_are_people_not_votes() -> None:
    """KBS's "35.240.416 der insgesamt 44.391.871 Wahlberechtigten ihre Stimme ab" had
    read "Wahlberechtigten ihre Stimme" as the unit: 44,391,871 votes cast, a unit slip
    against the 4439.1871万 eligible voters of another outlet."""
    text = (
        "Nach Angaben der Nationalen Wahlkommission gaben 35.240.416 der insgesamt "
        "44.391.871 Wahlberechtigten ihre Stimme ab."
    )
    claim = {c.text: c for c in annotated_claims(text, "de")}["44.391.871 Wahlberechtigten"]
    assert (claim.unit, str(claim.attribute)) == ("person", "eligible_voters")


def test_a_rival_after_a_rank_is_no_subject() -> None:
    """AFP's "the world's second-biggest brewer after AB InBev came in at 116.4 million
    hectolitres" had given Heineken's volume to AB InBev: a warning that one figure was
    said of two brewers."""
    text = (
        "Heineken said first-half profit fell. Global beer volumes for the world's "
        "second-biggest brewer after AB InBev came in at 116.4 million hectolitres."
    )
    assert readings(text, "en")["116.4 million hectolitres"].subject == "Heineken"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Crops across Dak Lak and four other provinces were damaged.", "four"),
        ("de", "Ernten in Dak Lak und vier weiteren Provinzen wurden zerstört.", "vier"),
        ("nl", "Oogsten in Dak Lak en vier andere provincies werden vernield.", "vier"),
    ],
)
def test_the_others_beside_one_named_are_no_total(lang: str, text: str, figure: str) -> None:
    """Al Jazeera's "Dak Lak and four other provinces" had been four provinces hit,
    against the five of its own lead."""
    claim = {c.text: c for c in annotated_claims(text, lang)}[figure]
    assert claim.change
