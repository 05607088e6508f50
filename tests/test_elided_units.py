"""Issue 13, unit accuracy: a number whose counted thing is not written beside it takes
it from the text around it, as a reader does: from the figure just before ("25 seats,
an increase of eight"), from the sentences before ("37 zetels. ... GroenLinks-PvdA
(25)"), from words that point back ("Dat getal lag op 7,18", the Dutch "er"), from a
word that says what it counts ("484,507 deliveries", "hire thousands more"). Nothing is
taken from another figure's unit when the text names the thing counted, or from too far.
Cases from the real corpus cite their file.
"""

from __future__ import annotations

import pytest

from tests.wanted_claims import Want, case, check, want

ELIDED_IN_THE_SENTENCE = [
    case(  # en-nltimes-2
        "en",
        "GroenLinks-PvdA won 25 seats, an increase of eight compared to 2021.",
        want("25 seats", 25, "seat"),
        want("eight", 8, "seat", None, "change"),
    ),
    case(  # en-arynews
        "en",
        "Of 107,669 registered voters abroad, 69,047 of them voted.",
        want("107,669 registered voters", 107_669, "person"),
        want("69,047", 69_047, "person"),
    ),
    case(
        "de",
        "Die Partei erhielt 24 Sitze, zehn weniger als zuvor.",
        want("24 Sitze", 24, "seat"),
        want("zehn", 10, "seat", None, "change"),
    ),
    case(  # nl-nhnieuws
        "nl",
        "De PVV haalde 37 zetels, twee meer dan verwacht.",
        want("37 zetels", 37, "seat"),
        want("twee", 2, "seat", None, "change"),
    ),
    case(  # nl-nieuws-nl
        "nl",
        "Toen brachten bijna 10,5 miljoen van de bijna 13,5 miljoen kiesgerechtigden hun stem uit.",
        want("bijna 10,5 miljoen", 10_500_000, "person", None, "approx"),
        want("bijna 13,5 miljoen kiesgerechtigden", 13_500_000, "person", None, "approx"),
    ),
]

PART_OF_A_TOTAL = [
    case(  # en-nltimes-2
        "en",
        "The CDA was expected to lose ten of its 15 seats.",
        want("ten", 10, "seat"),
        want("15 seats", 15, "seat"),
    ),
    case(
        "de",
        "Die Partei verlor zehn ihrer 15 Sitze.",
        want("zehn", 10, "seat", None, "change"),
        want("15 Sitze", 15, "seat"),
    ),
    case(
        "nl",
        "De partij verloor tien van haar 15 zetels.",
        want("tien", 10, "seat", None, "change"),
        want("15 zetels", 15, "seat"),
    ),
]

ELIDED_ACROSS_SENTENCES = [
    case(  # en-nltimes
        "en",
        "The PVV won 37 seats. GroenLinks-PvdA followed with 25.",
        want("37 seats", 37, "seat"),
        want("25", 25, "seat"),
    ),
    case(  # de-battery9999
        "de",
        "Tesla hat 1,8 Millionen vollelektrische Fahrzeuge verkauft. "
        "BYD hingegen kommt nur auf 1,6 Millionen.",
        want("1,8 Millionen vollelektrische Fahrzeuge", 1_800_000, "vehicle"),
        want("1,6 Millionen", 1_600_000, "vehicle"),
    ),
    case(  # nl-nhnieuws
        "nl",
        "De PVV haalde 37 zetels. De tweede partij is GroenLinks-PvdA (25), gevolgd door de VVD (24).",
        want("37 zetels", 37, "seat"),
        want("25", 25, "seat"),
        want("24", 24, "seat"),
    ),
    case(
        "en",
        "Tesla sold 1.8 million cars.\n\nThe PVV won 25.",
        want("1.8 million cars", 1_800_000, "vehicle"),
        want("25", 25, "count"),  # a paragraph break ends the reach
    ),
    case(  # nl-nos: the Dutch "er" says the noun was named before
        "nl",
        "Veel pelgrims reizen op eigen kosten. Dit jaar zouden dat er 400.000 zijn geweest.",
        want("400.000", 400_000, "person"),
    ),
    case(  # zh-wbzol
        "zh",
        "男性人口72032万人，女性人口68935万人。男性要比女性多出3097万。",
        want("72032万人", 720_320_000, "person"),
        want("68935万人", 689_350_000, "person"),
        want("3097万", 30_970_000, "person", None, "change"),  # men outnumber women by it
    ),
]

POINTED_BACK = [
    case(
        "en",
        "The death rate was 7.37 per 1,000 people. The figure was 7.18 in 2021.",
        want("7.37 per 1,000", 7.37, "permille"),
        want("7.18", 7.18, "permille"),
    ),
    case(
        "de",
        "Die Sterberate lag bei 7,37 pro 1000 Einwohner. Dieser Wert lag 2021 bei 7,18.",
        want("7,37 pro 1000 Einwohner", 7.37, "permille"),
        want("7,18", 7.18, "permille"),
    ),
    case(  # nl-standaard
        "nl",
        "De sterfte was 7,37 doden per duizend inwoners. Dat getal lag in 2021 nog op 7,18.",
        want("7,37 doden per duizend inwoners", 7.37, "permille"),
        want("7,18", 7.18, "permille"),
    ),
    case(
        "zh",
        "死亡率为7.37‰。这一数字在2021年为7.18。",
        want("7.37‰", 7.37, "permille"),
        want("7.18", 7.18, "permille"),
    ),
    # the noun "inwoners" belongs to the rate before, not to the bare 6,77 (nl-nrc)
    case(
        "nl",
        "Het geboortecijfer daalde van 7,52 baby's per duizend inwoners naar 6,77.",
        want("7,52 baby's per duizend inwoners", 7.52, "permille"),
        want("6,77", 6.77, "permille"),
    ),
    case(
        "de",
        "Die Geburtenrate sank von 7,52 Geburten pro 1000 Einwohner auf 6,77.",
        want("7,52 Geburten pro 1000 Einwohner", 7.52, "permille"),
        want("6,77", 6.77, "permille"),
    ),
]

SAID_BY_A_WORD = [
    case("en", "Tesla reported 484,507 deliveries.", want("484,507", 484_507, "vehicle")),
    case("de", "BYD meldete 526.409 Auslieferungen.", want("526.409", 526_409, "vehicle")),
    case(
        "en",
        "Tesla will hire thousands more in the coming months.",
        want("thousands", 2_000, "employee", 9_999, "approx", "change"),
    ),
    case(  # nl-hbvl
        "nl",
        "Tesla wil er duizenden meer aanwerven.",
        want("duizenden", 2_000, "employee", 9_999, "approx", "change"),
    ),
    case(  # nl-dutchcowboys
        "nl",
        "De maximum paardenkracht van de SU7 is 299.",
        want("299", 299, "metric_horsepower"),
    ),
    case("en", "A girl of 15 was swept away.", want("girl of 15", 15, "year")),
    case(  # nl-demorgen
        "nl",
        "Daar zou een meisje van 15 in de Ourthe gevallen zijn.",
        want("meisje van 15", 15, "year"),
    ),
]

IN_A_ROW_OF_FIGURES = [
    case(  # nl-autoreview: a caption, a header of quarters, a row per maker
        "nl",
        "EV-verkopen 2023 Tesla vs. BYD\n\nQ1 Q2 Q3 Totaal\n"
        "Tesla 422.875 466.114 435.059 1.324.048 BYD 264.647",
        want("422.875", 422_875, "vehicle"),
        want("466.114", 466_114, "vehicle"),
        want("435.059", 435_059, "vehicle"),
        want("1.324.048", 1_324_048, "vehicle"),
        want("264.647", 264_647, "vehicle"),
    ),
    case(
        "en",
        "| Company | chips |\n|---|---|\n| Microsoft | 485,000 |\n| Meta | 224,000 |",
        want("485,000", 485_000, "chip"),
        want("224,000", 224_000, "chip"),
    ),
    case(
        "de",
        "Todesopfer nach Provinz\nHatay 23.000 Kahramanmaraş 11.000 Adıyaman 8.000",
        want("23.000", 23_000, "person"),
        want("11.000", 11_000, "person"),
        want("8.000", 8_000, "person"),
    ),
    case(  # prose with several figures is no row: "ASML" names no counted thing here
        "en",
        "Profit rose from 5.6 billion euros in 2022 to 7.8 billion euros in 2023, ASML said.",
        want("5.6 billion euros", 5.6e9, "EUR"),
        want("7.8 billion euros", 7.8e9, "EUR"),
    ),
]

A_DISTANCE_AS_A_SPEED = [
    case(
        "en", "Its top speed is 265 kilometers.", want("265 kilometers", 265, "kilometer_per_hour")
    ),
    case("en", "The drive is 265 kilometers.", want("265 kilometers", 265, "kilometer")),
    case(
        "de",
        "Die Höchstgeschwindigkeit liegt bei 210 Kilometern.",
        want("210 Kilometern", 210, "kilometer_per_hour"),
    ),
    case("de", "Die Strecke ist 210 Kilometer lang.", want("210 Kilometer", 210, "kilometer")),
    case(  # nl-dutchcowboys: the question before the answer names the speed
        "nl",
        "En de topsnelheid? Die ligt bij de SU7 op 210 kilometer.",
        want("210 kilometer", 210, "kilometer_per_hour"),
    ),
    case(
        "nl",
        "Hoe ver rijdt hij? Die rit is 210 kilometer.",
        want("210 kilometer", 210, "kilometer"),
    ),
    case("zh", "最高时速210公里。", want("210公里", 210, "kilometer_per_hour")),
    case("zh", "全程210公里。", want("210公里", 210, "kilometer")),
]

NOT_CARRIED = [
    # a generic noun takes the counted thing of its own clause only (issue 13)
    case(
        "de",
        "BYD verkaufte 526.000 Autos. Damit hat BYD Tesla mit rund 41.000 Einheiten überholt.",
        want("526.000 Autos", 526_000, "vehicle"),
        want("rund 41.000 Einheiten", 41_000, "count", None, "approx"),
    ),
    case(
        "zh",
        "比亚迪卖出52.6万辆汽车。特斯拉交付了48.4万台。",
        want("52.6万辆汽车", 526_000, "vehicle"),
        want("48.4万台", 484_000, "count"),
    ),
    # aftershocks are counted, though their word says "magnitude" beside a bare figure
    case("en", "Dozens of aftershocks were recorded.", want("Dozens", 24, "count", 99, "approx")),
    case("de", "Es gab 285 Nachbeben.", want("285", 285, "count")),
    case("nl", "Er werden 285 naschokken gemeten.", want("285", 285, "count")),
    # a counted figure three sentences back is too far for a bare number
    case(
        "en",
        "The PVV won 37 seats. Turnout was high. Counting went on. Wilders spoke at 25 past.",
        want("37 seats", 37, "seat"),
        want("25", 25, "count"),
    ),
    # a number glued to a word by a hyphen is part of a compound, not a bare number
    # (de-euronews, de-kledy): the money of "Fünf-Milliarden-Werk" is in the currency named
    # before, and never counts the employees after it
    case(
        "de",
        "Tesla investierte 5 Milliarden Euro. In dem Fünf-Milliarden-Werk arbeiten 12 000 Beschäftigte.",
        want("5 Milliarden Euro", 5e9, "EUR"),
        want("Fünf-Milliarden", 5e9, "EUR"),
        want("12 000 Beschäftigte", 12_000, "employee"),
    ),
    case(
        "de",
        "In dem Fünf-Milliarden-Werk sollen 12 000 Beschäftigte arbeiten.",
        want("Fünf-Milliarden", 5e9, "count"),
        want("12 000 Beschäftigte", 12_000, "employee"),
    ),
    case(
        "de",
        "Den Abgeordneten des Bundestags wurde eine 20-seitige Bilanz vorgelegt.",
        want("20", 20, "count"),
    ),
    # a verb after a number is no noun: the span stays the figure ("338,000", not "338,000 joined")
    case("en", "Police said 338,000 joined.", want("338,000", 338_000, "person")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ELIDED_IN_THE_SENTENCE)
def test_an_elided_noun_is_the_one_just_before(lang: str, text: str, expected: list[Want]) -> None:
    check(lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), PART_OF_A_TOTAL)
def test_a_part_counts_what_its_total_counts(lang: str, text: str, expected: list[Want]) -> None:
    check(lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), ELIDED_ACROSS_SENTENCES)
def test_an_elided_noun_is_found_in_the_sentences_before(
    lang: str, text: str, expected: list[Want]
) -> None:
    check(lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), POINTED_BACK)
def test_words_that_point_back_take_the_unit_of_the_figure_before(
    lang: str, text: str, expected: list[Want]
) -> None:
    check(lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), SAID_BY_A_WORD)
def test_a_word_of_the_clause_says_what_is_counted(
    lang: str, text: str, expected: list[Want]
) -> None:
    check(lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), IN_A_ROW_OF_FIGURES)
def test_a_row_of_figures_counts_what_its_caption_names(
    lang: str, text: str, expected: list[Want]
) -> None:
    check(lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), A_DISTANCE_AS_A_SPEED)
def test_a_distance_named_as_a_top_speed_is_a_speed(
    lang: str, text: str, expected: list[Want]
) -> None:
    check(lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "expected"), NOT_CARRIED)
def test_nothing_is_carried_where_the_text_says_otherwise(
    lang: str, text: str, expected: list[Want]
) -> None:
    check(lang, text, expected)
