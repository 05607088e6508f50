"""Held-out batches 56, 57 and 59 (Novo Nordisk's and Rheinmetall's first halves,
Portugal's, Romania's and Bolivia's elections, Mercedes-Benz, BMW, the Mazar-i-Sharif
earthquake, Typhoon Bualoi): a crown written alone is the one its text names; a time
in a relative clause about a name dates nothing outside it; a figure "amounting to" a
noun, or a list's item with its own noun, measures that noun; a move's new level after
an adverb; a heading ends an object's description in Chinese; dates written "03.11."
and clock times "0点59分"; names with letters of Latin Extended-A; a dateline with its
date; a draft's undated figure that one date's sources confirm is of that date; a left
party abroad; units delivered to customers; a level beside last year's."""

from __future__ import annotations

import pytest

from factcheck.runs.checking import check_texts
from tests.annotating import annotated_claims, readings


@pytest.mark.parametrize(
    ("lang", "text", "figure", "unit"),
    [
        ("de", "Novo Nordisk steigerte den Umsatz auf 154,9 Milliarden dänische Kronen. Allein "
         "im zweiten Quartal setzte der Konzern 76,86 Milliarden Kronen um.",
         "76,86 Milliarden Kronen", "DKK"),
        ("en", "Novo Nordisk's sales rose to 154.9 billion Danish crowns. Its net profit was "
         "55.5 billion crowns.", "55.5 billion crowns", "DKK"),
        ("en", "Equinor earned 72.2 billion Norwegian kroner. Its revenue was 900 billion "
         "kroner.", "900 billion kroner", "NOK"),
        ("nl", "De omzet steeg tot 154,9 miljard Deense kroon. De winst bedroeg 55,5 miljard "
         "kroon.", "55,5 miljard kroon", "DKK"),
        ("de", "Die Wahl kostete 1.000 Kronen.", "1.000 Kronen", "CZK"),
    ],
)  # fmt: skip
def test_a_crown_alone_is_the_one_its_text_names(
    lang: str, text: str, figure: str, unit: str
) -> None:
    """The draft's "76,86 Milliarden Kronen" after "dänische Kronen" had been Czech
    crowns, and met no source's Danish ones; a text naming none keeps the first."""
    claim = next(c for c in annotated_claims(text, lang) if c.text == figure)
    assert claim.unit == unit


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("de", "Im zweiten Quartal steigerte Novo Nordisk, das im vergangenen Jahr zum "
         "wertvollsten Unternehmen Europas aufgestiegen war, den Umsatz auf 76,86 Milliarden "
         "dänische Kronen.", "76,86 Milliarden dänische Kronen"),
        ("en", "In the second quarter, Novo Nordisk, which last year became Europe's most "
         "valuable company, raised sales to 76.86 billion Danish crowns.",
         "76.86 billion Danish crowns"),
        ("nl", "In het tweede kwartaal verhoogde Novo Nordisk, dat vorig jaar het waardevolste "
         "bedrijf van Europa werd, de omzet tot 76,86 miljard Deense kroon.",
         "76,86 miljard Deense kroon"),
    ],
)  # fmt: skip
def test_a_time_in_a_relative_clause_about_a_name_dates_nothing_outside(
    lang: str, text: str, figure: str
) -> None:
    """cash.ch's second-quarter sales had been dated 2024 by "im vergangenen Jahr" of
    the clause about the company, and the draft's right figure warned of as misdated."""
    assert readings(text, lang, "2025-07-29")[figure].time == "2025-Q2"


def test_a_relative_clause_defining_a_period_keeps_dating_it() -> None:
    text = (
        "Voor het lopende boekjaar, dat in maart 2025 eindigt, rekent Toyota op een "
        "operationele winst van 4300 miljard yen."
    )
    assert readings(text, "nl", "2024-05-08")["4300 miljard yen"].time == "FY2025"


@pytest.mark.parametrize(
    ("lang", "text", "figure", "attribute"),
    [
        ("en", "Sales growth was positively impacted by gross-to-net sales adjustments, "
         "including an adjustment related to the 340B provision of around DKK 3 billion in "
         "the second quarter.", "around DKK 3 billion", "currency:DKK"),
        ("en", "Sales were hit by an adjustment amounting to DKK 3 billion.", "DKK 3 billion",
         "currency:DKK"),
        ("de", "Der Umsatz wurde durch eine Sonderbelastung in Höhe von 3 Milliarden Euro "
         "gedrückt.", "3 Milliarden Euro", "currency:EUR"),
        ("nl", "De omzet werd gedrukt door een afboeking ter hoogte van 3 miljard euro.",
         "3 miljard euro", "currency:EUR"),
        ("zh", "营收受到一项调整的影响，调整金额为30亿丹麦克朗。", "30亿丹麦克朗", "currency:DKK"),
    ],
)  # fmt: skip
def test_a_figure_of_a_noun_that_names_no_measure_is_no_earlier_measures(
    lang: str, text: str, figure: str, attribute: str
) -> None:
    """Three sources' 340B adjustment "of around DKK 3 billion" had been Novo Nordisk's
    second-quarter sales, an error against Reuters' 76.86 billion."""
    assert readings(text, lang)[figure].attribute == attribute


@pytest.mark.parametrize(
    ("lang", "text", "figure", "attribute"),
    [
        ("de", "Rheinmetall erhielt Aufträge im Wert von 14 Milliarden Euro.",
         "14 Milliarden Euro", "bookings"),
        ("de", "Der Konzern zahlt eine Dividende in Höhe von 1,20 Euro je Aktie.", "1,20 Euro",
         "dividend"),
        ("en", "Revenue rose in all regions, including a 12% rise in China.", "12%",
         "revenue_change"),
    ],
)  # fmt: skip
def test_a_measure_right_before_amounting_to_keeps_its_figure(
    lang: str, text: str, figure: str, attribute: str
) -> None:
    assert readings(text, lang)[figure].attribute == attribute


@pytest.mark.parametrize(
    ("lang", "text", "old", "new"),
    [
        ("de", "Die Demokratische Allianz verbesserte sich von 80 Sitzen bei der Wahl im März "
         "2024 auf nun 91 Sitze.", "80 Sitzen", "91 Sitze"),
        ("nl", "De Democratische Alliantie verbeterde zich van 80 zetels bij de verkiezingen "
         "van maart 2024 naar nu 91 zetels.", "80 zetels", "91 zetels"),
        ("en", "The Democratic Alliance improved from 80 seats in the March 2024 election to "
         "91 seats now.", "80 seats", "91 seats"),
    ],
)  # fmt: skip
def test_the_old_levels_time_dates_no_new_level_after_an_adverb(
    lang: str, text: str, old: str, new: str
) -> None:
    """The draft's "auf nun 91 Sitze" had been dated 2024, the old level's year."""
    found = readings(text, lang, "2025-05-20")
    assert (found[old].time, found[new].time) == ("2024", None)


def test_a_heading_ends_an_objects_description_in_chinese() -> None:
    """The heading "财经与时政简报" above the draft had made 诺和诺德 the object of its
    与, and the article's most named company the subject of its figures."""
    text = (
        "# 财经与时政简报\n\n诺和诺德2025年上半年营业利润增长29%。莱茵金属第二季度营收为"
        "24.3亿欧元。莱茵金属上半年集团营收同比增长36%。"
    )
    assert readings(text, "zh")["29%"].subject == "Novo Nordisk"


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        ("de", "Das Beben ereignete sich am frühen Montagmorgen (03.11.) nahe der Stadt. "
         "Die Stärke lag bei 6,3.", ["6,3"]),
        ("nl", "De beving had een kracht van 7.2. Het epicentrum lag zo'n 70 km verderop.",
         ["kracht van 7.2", "zo'n 70 km"]),
        ("zh", "阿富汗當地時間3號0點59分，發生規模6.3地震。", ["6.3地震"]),
        ("zh", "当地时间3号凌晨0点59分发生6.3级地震。", ["6.3级地震"]),
        ("en", "The shares closed at 12.10.", ["12.10"]),
    ],
)  # fmt: skip
def test_day_dates_and_clock_times_are_no_claims(lang: str, text: str, kept: list[str]) -> None:
    """ "(03.11.)" had been 3.11 quakes and "0點59分" 59 of something; a magnitude with a
    point stays a magnitude."""
    assert [c.text for c in annotated_claims(text, lang)] == kept


@pytest.mark.parametrize(
    ("lang", "text", "figure", "subject"),
    [
        ("en", "Independent candidate Nicușor Dan won the runoff with 53.6% of the vote.",
         "53.6%", "Nicușor Dan"),
        ("en", "Rafał Trzaskowski received 6,147,797 votes.", "6,147,797 votes",
         "Rafał Trzaskowski"),
    ],
)  # fmt: skip
def test_names_with_letters_of_latin_extended_a(
    lang: str, text: str, figure: str, subject: str
) -> None:
    assert readings(text, lang)[figure].subject == subject


def test_a_place_before_a_date_and_a_dash_is_a_dateline() -> None:
    found = readings("LISBON, May 20, 2025 - Chega won 60 seats.", "en", "2025-05-20")
    assert found["60 seats"].subject is None


SEATS_BEFORE = (
    "s0.txt",
    "LISBON, May 19, 2025 - In the previous election in March 2024, the Democratic "
    "Alliance won 80 seats and Chega won 50 seats.",
    "en",
)
SEATS_NOW = (
    "s1.txt",
    "LISBON (Reuters) - The far-right Chega won 60 seats in the election, after the "
    "overseas votes.",
    "en",
)


@pytest.mark.parametrize(
    ("seats", "verdict"), [("60", None), ("50", None), ("70", "warning")]
)  # fmt: skip
def test_an_undated_draft_figure_one_dates_sources_confirm_is_of_that_date(
    seats: str, verdict: str | None
) -> None:
    """The draft's right 60 seats for Chega had been an error against the 50 seats of
    the election before; a figure no date confirms is still held against them all."""
    draft = f"After the overseas votes were counted, Chega won {seats} seats.\n"
    result = check_texts(("draft.md", draft, "en"), [SEATS_BEFORE, SEATS_NOW])
    flagged = [f.severity for f in result.findings if f.severity in ("error", "warning")]
    assert flagged == ([verdict] if verdict else [])


def test_the_left_party_abroad_is_no_german_party() -> None:
    """ "die seit 20 Jahren regierende Linkspartei MAS" in Bolivia had made Germany's Die
    Linke the subject of the candidates' shares."""
    text = (
        "In Bolivien erlitt die seit 20 Jahren herrschende Linkspartei MAS eine Niederlage. "
        "Paz erhielt 32,1 Prozent der Stimmen."
    )
    assert {c.subject.readable() for c in annotated_claims(text, "de") if c.subject} == {
        "Linkspartei"
    }


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("de", "Die Auslieferungen von Fahrzeugen an Kunden lagen zwischen April und Juni 2025 "
         "mit 621.477 Einheiten auf dem Niveau des Vorjahres.", "621.477 Einheiten"),
        ("en", "Deliveries of vehicles to customers were 621,477 units between April and June "
         "2025, on a par with the previous year.", "621,477 units"),
        ("nl", "De leveringen van auto's aan klanten lagen tussen april en juni 2025 met 621.477 "
         "eenheden op het niveau van vorig jaar.", "621.477 eenheden"),
    ],
)  # fmt: skip
def test_units_delivered_to_customers_count_the_vehicles_of_the_quarter(
    lang: str, text: str, figure: str
) -> None:
    """BMW's "621.477 Einheiten" had counted the customers they went to, in 2024, the
    year whose level they matched."""
    claim = next(c for c in annotated_claims(text, lang, "2025-07-31") if c.text == figure)
    assert (claim.unit, str(claim.attribute), claim.time) == ("vehicle", "deliveries", "2025-Q2")


@pytest.mark.parametrize(
    ("lang", "text", "old"),
    [
        ("de", "Der Umsatz fiel im ersten Halbjahr um 8,6 Prozent von 72,6 Milliarden Euro auf "
         "rund 66,4 Milliarden Euro.", "72,6 Milliarden Euro"),
        ("nl", "De omzet daalde in het eerste halfjaar van 72,6 miljard euro naar ongeveer 66,4 "
         "miljard euro.", "72,6 miljard euro"),
        ("zh", "上半年营收从726亿欧元降至约664亿欧元。", "726亿欧元"),
        ("en", "Revenue fell from €72.6 billion to about €66.4 billion in the first half.",
         "€72.6 billion"),
    ],
)  # fmt: skip
def test_the_level_a_move_starts_from_before_a_hedged_new_level(
    lang: str, text: str, old: str
) -> None:
    """Stuttgarter Nachrichten's "von 72,6 Milliarden Euro auf rund 66,4 Milliarden" had
    made last year's first-half sales this year's, beside Reportify's wrong €72.6 bn."""
    claims = {c.text: c for c in annotated_claims(text, lang, "2025-07-30")}
    assert [c.text for c in claims.values() if c.origin] == [old]


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("nl", "Dochter Brussels Airlines vervoerde 4,2 miljoen passagiers.",
         "4,2 miljoen passagiers"),
        ("en", "Subsidiary Brussels Airlines carried 4.2 million passengers.",
         "4.2 million passengers"),
    ],
)  # fmt: skip
def test_a_role_noun_opening_a_name_is_no_part_of_it(lang: str, text: str, figure: str) -> None:
    """ "Dochter Brussels Airlines" had been a name of its own, so the draft's right 4.2
    million passengers were said of another airline than the sources'."""
    assert readings(text, lang)[figure].subject == "Brussels Airlines"


@pytest.mark.parametrize(
    ("lang", "text", "figure", "bound"),
    [
        ("nl", "Paz kreeg ruim een derde van de stemmen.", "ruim een derde van de stemmen", "gt"),
        ("en", "Paz won more than a third of the vote.", "more than a third of the vote", "gt"),
        ("de", "Paz erhielt ein Drittel der Stimmen.", "ein Drittel der Stimmen", None),
    ],
)  # fmt: skip
def test_a_fraction_of_the_vote_is_a_share_of_it(
    lang: str, text: str, figure: str, bound: str | None
) -> None:
    """ANP's "ruim een derde van de stemmen" for Paz had been 0.33 votes, never held
    against the 32.1 % of the final count."""
    claim = next(c for c in annotated_claims(text, lang) if c.text == figure)
    assert (round(claim.value or 0, 2), claim.unit, claim.bound, claim.approx) == (
        33.33,
        "percent",
        bound,
        True,
    )
    assert str(claim.attribute) == "vote_share"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("The list won 0.5 seats per district on average.", 0.5, "seat"),
     ("More than half of the people were present.", 0.5, "person")],
)  # fmt: skip
def test_a_fraction_in_digits_or_of_people_keeps_its_value(
    text: str, value: float, unit: str
) -> None:
    claim = annotated_claims(text, "en")[0]
    assert (claim.value, claim.unit) == (value, unit)


def test_a_browser_notice_is_page_furniture_and_names_no_subject() -> None:
    """The Liberty Times' "為達最佳瀏覽效果，建議使用 … Microsoft Edge 的瀏覽器。" had made
    Microsoft the subject of a typhoon's toll."""
    text = (
        " date 2025-09-29 為達最佳瀏覽效果，建議使用 Chrome、Firefox 或 Microsoft Edge 的瀏覽器。\n"
        "    越南國家通訊社指出，強風在寧平省奪走8條人命，另有7人受傷。"
    )
    found = readings(text, "zh", "2025-09-29")
    assert (found["8條人命"].subject, found["7人"].subject) == ("Vietnam", "Vietnam")


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("zh", "強風在寧平省奪走8條人命。", "8條人命"),
        ("zh", "强风在宁平省夺走8条人命。", "8条人命"),
        ("de", "Der Sturm forderte in Ninh Binh acht Menschenleben.", "acht Menschenleben"),
        ("en", "The storm claimed eight lives in Ninh Binh.", "eight lives"),
    ],
)  # fmt: skip
def test_lives_taken_are_the_death_toll(lang: str, text: str, figure: str) -> None:
    claim = next(c for c in annotated_claims(text, lang) if c.text == figure)
    assert (claim.value, claim.unit, str(claim.attribute)) == (8.0, "person", "death_toll")
