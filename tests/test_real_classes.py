"""Issue 13, point 4: each class of number that real pages got wrong, in all four
languages, with examples written for the test and examples taken from the real corpus
(corpus/real, cited by file). Every case states the exact claims: span, value or range,
unit and the flags that matter (bound, change, label, conversion).
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from factcheck.extraction.scanner import extract_text


class Want(NamedTuple):
    text: str
    low: float
    high: float
    unit: str
    flags: frozenset[str] = frozenset()


def want(text: str, low: float, unit: str, high: float | None = None, *flags: str) -> Want:
    return Want(text, low, low if high is None else high, unit, frozenset(flags))


def read(text: str, lang: str, labels: bool = False) -> list[Want]:
    found = []
    for claim in extract_text(text, lang):
        if claim.label and not labels:
            continue
        flags = {"approx"} if claim.approx else set()
        flags |= {name for name in ("change", "label", "conversion") if getattr(claim, name)}
        flags |= {claim.bound} if claim.bound else set()
        low, high = claim.low, claim.high
        assert low is not None and high is not None
        found.append(Want(claim.text, round(low, 6), round(high, 6), claim.unit, frozenset(flags)))
    return found


def case(lang: str, text: str, *claims: Want) -> tuple[str, str, list[Want]]:
    return lang, text, list(claims)


def check(lang: str, text: str, expected: list[Want]) -> None:
    assert read(text, lang) == expected


NOT_CLAIMS = [
    # ordinal words used as adverbs or adjectives
    case("en", "For the first time, Tesla sold fewer cars than BYD."),
    case("de", "Erstmals verkaufte Tesla weniger Autos als BYD."),
    case("nl", "Voor het eerst verkocht Tesla minder auto's dan BYD."),
    case("zh", "比亚迪首次超越特斯拉。"),
    case("nl", "Voor het eerst sinds 1961 is het aantal inwoners van China afgenomen."),  # nl-nrc
    case("de", "Es sind also erst jetzt dreizehn Zahlen.", want("dreizehn", 13, "count")),
    # "one" as an article or a pronoun
    case("en", "One of the victims was a child."),
    case("de", "Ein Mann wurde verletzt."),
    case("nl", "Eén van de slachtoffers was een kind."),
    case("zh", "一名男子受伤。"),
    # digits in product, model and version names
    case(
        "en",
        "Microsoft released Office 2021 and Google the Pixel 9, Meta Llama 3 and Apple iOS 18.",
    ),
    case("de", "Microsoft veröffentlichte Office 2021, Google das Pixel 9 und Apple iOS 18."),
    case("nl", "Microsoft bracht Office 2021 uit, Google de Pixel 9 en Apple iOS 18."),
    case("zh", "微软发布了Office 2021，谷歌发布了Pixel 9，苹果发布了iOS 18。"),
    case(
        "nl", "Het geheel wordt aangestuurd door de Qualcomm Snapdragon 8295-chip."
    ),  # dutchcowboys
    # speed tests, coordinates, decades, dated events
    case(
        "de",
        "Das Topmodell braucht keine drei Sekunden, um von 0 auf 100 km/h zu sprinten.",
        want("drei Sekunden", 3, "second"),
    ),
    case("en", "It goes from 0-60 mph in 2.8 seconds.", want("2.8 seconds", 2.8, "second")),
    case(
        "zh",
        "据测定，在土耳其(北纬37.15度,东经36.95度)发生7.8级地震。",
        want("7.8级地震", 7.8, "magnitude"),
    ),  # zh-cwan
    case("nl", "Aan het eind van de jaren vijftig veranderde dat."),  # nl-nrc
    case("zh", "【12.8】事隔四个月再获批游行", want("四个月", 4, "month")),  # zh-hk01
    case(
        "zh", "香港6.16遊行 民陣公布近兩百萬人", want("近兩百萬人", 2e6, "person", None, "approx")
    ),  # epochtimes
]


@pytest.mark.parametrize(("lang", "text", "expected"), NOT_CLAIMS)
def test_numbers_that_are_not_claims(lang: str, text: str, expected: list[Want]) -> None:
    check(lang, text, expected)


def test_a_rank_phrase_is_a_rank_and_an_adjective_a_label() -> None:
    assert read("She finished first in the race.", "en") == [want("first", 1, "rank")]
    assert read("Er landete auf dem ersten Platz.", "de") == [want("ersten", 1, "rank")]
    assert read("De VVD eindigde als derde.", "nl") == [want("derde", 3, "rank")]
    assert read("赖清德排名第一。", "zh") == [want("排名第一", 1, "rank")]
    labelled = read("For the first time, Tesla sold fewer cars.", "en", labels=True)
    assert labelled == [want("first", 1, "rank", None, "label")]


COUNTED = [
    case(
        "en",
        "Microsoft bought 120,000 of the company's newest accelerators.",
        want("120,000 of the company's newest accelerators", 120_000, "chip"),
    ),
    case(  # a possessive name between: "of Nvidia's Hopper chips"
        "en",
        "Microsoft bought 485,000 of Nvidia’s Hopper chips.",
        want("485,000 of Nvidia’s Hopper chips", 485_000, "chip"),
    ),
    case(
        "nl",
        "Microsoft kocht 485.000 van Nvidia's Hopper-chips.",
        want("485.000 van Nvidia's Hopper-chips", 485_000, "chip"),
    ),
    case(
        "de",
        "Microsoft kaufte 200.000 der begehrten Chips.",
        want("200.000 der begehrten Chips", 200_000, "chip"),
    ),
    case(
        "nl",
        "Microsoft kocht 200.000 van de felbegeerde chips.",
        want("200.000 van de felbegeerde chips", 200_000, "chip"),
    ),
    case("zh", "微软购买了5万块最新的芯片。", want("5万块最新的芯片", 50_000, "chip")),
    case(
        "zh",
        "据报道，微软已使用约1.5万颗英伟达H100芯片训练模型。",
        want("约1.5万颗英伟达H100芯片", 15_000, "chip", None, "approx"),
    ),
    case("en", "There were 19,656 blank votes.", want("19,656 blank votes", 19_656, "vote")),
    case(
        "nl",
        "BYD verkocht 526.409 volledig elektrische auto’s.",
        want("526.409 volledig elektrische auto’s", 526_409, "vehicle"),
    ),  # autoreview
    # a generic noun takes the counted thing of its own clause, never another clause's
    case(
        "en",
        "Nvidia shipped 500,000 units, and Meta bought 3,000 GPUs.",
        want("500,000 units", 500_000, "count"),
        want("3,000 GPUs", 3_000, "GPU"),
    ),
    case(
        "de",
        "Nvidia lieferte fast 500.000 Einheiten, Meta kaufte 3.000 GPUs.",
        want("fast 500.000 Einheiten", 500_000, "count", None, "approx"),
        want("3.000 GPUs", 3_000, "GPU"),
    ),
    case(
        "nl",
        "Nvidia leverde 500.000 eenheden, Meta kocht 3.000 GPU's.",
        want("500.000 eenheden", 500_000, "count"),
        want("3.000 GPU's", 3_000, "GPU"),
    ),
    case(
        "zh",
        "英伟达交付了50万台，Meta购买了3000块GPU。",
        want("50万台", 500_000, "count"),
        want("3000块GPU", 3_000, "GPU"),
    ),
    case("zh", "共有31个省参与。", want("31个", 31, "count")),  # a classifier names its noun
    # a bare number takes the counted thing named in its clause
    case("de", "Die Zahl der Toten ist auf 135 gestiegen.", want("135", 135, "person")),
    case("en", "Officials said 4,000 died.", want("4,000", 4_000, "person")),
    case("nl", "Het dodental staat op 645.", want("645", 645, "person")),  # nl-upday
    case("zh", "死亡人数升至148。", want("148", 148, "person")),
    # brand plurals, hybrids, pre-orders and traditional classifiers count vehicles
    case("de", "Tesla plant 500.000 Teslas im Jahr.", want("500.000 Teslas", 500_000, "vehicle")),
    case(
        "nl",
        "BYD verkocht ook 416.242 plug-in hybrides.",
        want("416.242 plug-in hybrides", 416_242, "vehicle"),
    ),  # nl-autoreview
    case(
        "de",
        "Es gab 50 Tausend Vorbestellungen.",
        want("50 Tausend Vorbestellungen", 50_000, "vehicle"),
    ),  # de-gagadget
    case(
        "zh",
        "小米SU7上市24小時后大定訂單突破88898臺。",
        want("24小時", 24, "hour"),
        want("88898臺", 88_898, "vehicle"),
    ),  # zh-china-wallpaper
    # countries, the dead of a headline, believers and nationalities count
    case(
        "zh",
        "已造成土耳其和叙利亚两国至少1500人死亡。",
        want("两国", 2, "country"),
        want("至少1500人", 1_500, "person", None, "ge"),
    ),  # zh-cwan
    case("zh", "甘肅地震|至少126死", want("至少126死", 126, "person", None, "ge")),  # zh-am730
    case(
        "zh",
        "今年共有超过183万穆斯林汇聚麦加。",
        want("超过183万穆斯林", 1_830_000, "person", None, "gt"),
    ),  # zh-china-com
    case("de", "Zudem seien drei Senegalesen gestorben.", want("drei Senegalesen", 3, "person")),
    # "one" counts in a list of counts by place; an aftershock has a magnitude
    case(
        "nl",
        "Vijf doden in Pepinster, twee in Chaudfontaine, een in Aywaille.",
        want("Vijf doden", 5, "person"),
        want("twee", 2, "person"),
        want("een", 1, "person"),
    ),
    case(
        "en",
        "Three died in Hatay, one in Adana.",
        want("Three", 3, "person"),
        want("one", 1, "person"),
    ),
    case("de", "Es gab ein Nachbeben größer 5,5.", want("5,5", 5.5, "magnitude")),
    # a bare number that joined, voted or marched counts people
    case("en", "Police claimed 338,000 joined the march.", want("338,000", 338_000, "person")),
    case(
        "de",
        "Die Teilnehmerzahl wäre mit einer Million größer.",
        want("einer Million", 1_000_000, "person"),
    ),  # de-kurier
]


@pytest.mark.parametrize(("lang", "text", "expected"), COUNTED)
def test_counted_nouns_across_modifiers_and_within_the_clause(
    lang: str, text: str, expected: list[Want]
) -> None:
    check(lang, text, expected)


CURRENCIES = [
    case(
        "en",
        "It raised US$5 billion, A$2 billion, NT$300 million, HK$1.2 billion and C$40 million.",
        want("US$5 billion", 5e9, "USD"),
        want("A$2 billion", 2e9, "AUD"),
        want("NT$300 million", 3e8, "TWD"),
        want("HK$1.2 billion", 1.2e9, "HKD"),
        want("C$40 million", 4e7, "CAD"),
    ),
    case(
        "en",
        "It was worth $US5 billion and $A2 billion; prices were £40, ¥3,000 and RMB 200 million.",
        want("$US5 billion", 5e9, "USD"),
        want("$A2 billion", 2e9, "AUD"),
        want("£40", 40, "GBP"),
        want("¥3,000", 3_000, "CNY"),
        want("RMB 200 million", 2e8, "CNY"),
    ),
    case(
        "en",
        "Shares cost 81 cents; the fund holds EUR 5 million and 3 million CHF.",
        want("81 cents", 0.81, "USD"),
        want("EUR 5 million", 5e6, "EUR"),
        want("3 million CHF", 3e6, "CHF"),
    ),
    case(
        "de",
        "Die Aktie kostet 81 Cent, der Fonds hält 5 Mio. EUR.",
        want("81 Cent", 0.81, "EUR"),
        want("5 Mio. EUR", 5e6, "EUR"),
    ),
    case(
        "nl",
        "Het aandeel kost 81 cent, het fonds heeft 5 miljoen euro.",
        want("81 cent", 0.81, "EUR"),
        want("5 miljoen euro", 5e6, "EUR"),
    ),
    case(
        "zh",
        "该公司募资100亿元人民币，每股5元。",
        want("100亿元人民币", 1e10, "CNY"),
        want("5元", 5, "CNY"),
    ),
    # a conversion in parentheses restates the figure before it
    case(
        "en",
        "Microsoft will spend 80 billion dollars (74 billion euros) on data centres.",
        want("80 billion dollars", 8e10, "USD"),
        want("74 billion euros", 7.4e10, "EUR", None, "conversion"),
    ),
    case(
        "de",
        "Microsoft investiert 80 Milliarden Dollar (74 Milliarden Euro) in Rechenzentren.",
        want("80 Milliarden Dollar", 8e10, "USD"),
        want("74 Milliarden Euro", 7.4e10, "EUR", None, "conversion"),
    ),
    case(
        "nl",
        "Microsoft investeert 80 miljard dollar (74 miljard euro) in datacenters.",
        want("80 miljard dollar", 8e10, "USD"),
        want("74 miljard euro", 7.4e10, "EUR", None, "conversion"),
    ),
    case(
        "zh",
        "微软将投资800亿美元（约合5800亿元人民币）建设数据中心。",
        want("800亿美元", 8e10, "USD"),
        want("5800亿元人民币", 5.8e11, "CNY", None, "conversion"),
    ),
    # a scaled amount after a currency figure, joined by "of which", is in that currency
    case(
        "nl",
        "Ruim 4 miljard euro schade, waarvan 2,5 miljard verzekerd was.",
        want("Ruim 4 miljard euro", 4e9, "EUR", None, "gt"),
        want("2,5 miljard", 2.5e9, "EUR"),
    ),  # nl-moneytalk
    case(
        "en",
        "A total of $4 billion, of which 2.5 billion was insured.",
        want("$4 billion", 4e9, "USD"),
        want("2.5 billion", 2.5e9, "USD"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CURRENCIES)
def test_currency_forms_cents_and_conversions(lang: str, text: str, expected: list[Want]) -> None:
    check(lang, text, expected)


VAGUE = [
    # Dutch "een tiental": about ten, no range
    case(
        "nl",
        "In Pepinster is een tiental huizen ingestort.",
        want("tiental huizen", 10, "home", None, "approx"),
    ),  # nl-demorgen
    case(
        "nl",
        "Er waren een honderdtal betogers.",
        want("honderdtal betogers", 100, "person", None, "approx"),
    ),
    case(
        "nl",
        "Hang de auto een kwartier aan de laadpaal.",
        want("kwartier", 15, "minute", None, "approx"),
    ),  # nl-dutchcowboys
    case(
        "en",
        "Tens of thousands of people fled, several hundred million dollars were lost and dozens died.",
        want("Tens of thousands of people", 20_000, "person", 99_999, "approx"),
        want("several hundred million dollars", 2e8, "USD", 999_999_999, "approx"),
        want("dozens", 24, "person", 99, "approx"),
    ),
    case(
        "de",
        "Zehntausende Menschen flohen, mehrere hundert Millionen Euro gingen verloren, Dutzende starben.",
        want("Zehntausende Menschen", 20_000, "person", 99_999, "approx"),
        want("mehrere hundert Millionen Euro", 2e8, "EUR", 999_999_999, "approx"),
        want("Dutzende", 24, "person", 99, "approx"),
    ),
    case(
        "nl",
        "Tienduizenden mensen vluchtten, enkele honderden miljoenen euro gingen verloren, tientallen doden.",
        want("Tienduizenden mensen", 20_000, "person", 99_999, "approx"),
        want("enkele honderden miljoenen euro", 2e8, "EUR", 999_999_999, "approx"),
        want("tientallen doden", 20, "person", 99, "approx"),
    ),
    case(
        "zh",
        "数十亿美元的损失，上千人受伤，千亿级市场。",
        want("数十亿美元", 2e9, "USD", 9_999_999_999, "approx"),
        want("上千人", 1_000, "person", 9_999, "approx"),
        want("千亿级", 1e11, "count", 999_999_999_999, "approx"),
    ),
    case(
        "zh",
        "死亡人数超5万，逾千人失踪，超过100亿元。",
        want("超5万", 50_000, "person", None, "gt"),
        want("逾千人", 1_000, "person", None, "gt"),
        want("超过100亿元", 1e10, "CNY", None, "gt"),
    ),
    case(
        "nl",
        "In Philippeville is een vijftiger overleden.",
        want("vijftiger", 50, "year", 59, "approx"),
    ),
    case("de", "Ein Fünfziger starb.", want("Fünfziger", 50, "year", 59, "approx")),
    # a tolerance is a range around the value
    case(
        "en",
        "The margin was 51.4% plus or minus 0.5%.",
        want("51.4% plus or minus 0.5%", 50.9, "percent", 51.9),
    ),
    case(
        "de",
        "Die Marge lag bei 51,4 % plus minus 0,5 %.",
        want("51,4 % plus minus 0,5 %", 50.9, "percent", 51.9),
    ),
    case(
        "nl",
        "De marge was 51,4 procent, plus of min 0,5 procent.",
        want("51,4 procent, plus of min 0,5 procent", 50.9, "percent", 51.9),
    ),
    case("zh", "利润率为51.4%，上下浮动0.5%。", want("51.4%，上下浮动0.5%", 50.9, "percent", 51.9)),
    # a signed change is a change, not a level
    case(
        "nl", "De omzet daalde min 2 procent.", want("min 2 procent", -2, "percent", None, "change")
    ),
    case("de", "Der Umsatz sank um −2,1 %.", want("−2,1 %", -2.1, "percent", None, "change")),
    case("en", "A change of −2.1%.", want("−2.1%", -2.1, "percent", None, "change")),
    case("zh", "变动为-2.1%。", want("-2.1%", -2.1, "percent", None, "change")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), VAGUE)
def test_vague_amounts_bounds_tolerances_and_changes(
    lang: str, text: str, expected: list[Want]
) -> None:
    check(lang, text, expected)


CARRIED = [
    # an ordinal that is also a fraction word is an ordinal before a noun
    case("nl", "Tesla moet het doen met een achtste plek.", want("achtste", 8, "rank")),
    case("en", "Lai finished in an eighth place finish.", want("eighth", 8, "rank")),
    case(
        "nl",
        "Een derde van de inwoners stemde.",
        want("Een derde van de inwoners", 0.333333, "person"),
    ),
    case("nl", "Ik wil graag een kwart brood.", want("een kwart", 0.25, "count")),
    case(
        "en",
        "Sales doubled and profits tripled.",
        want("doubled", 2, "multiplier", None, "change"),
        want("tripled", 3, "multiplier", None, "change"),
    ),
    case(
        "de",
        "Der Umsatz hat sich verdoppelt, der Gewinn verdreifacht.",
        want("verdoppelt", 2, "multiplier", None, "change"),
        want("verdreifacht", 3, "multiplier", None, "change"),
    ),
    case(
        "nl",
        "De omzet is verdubbeld en de winst verdrievoudigd.",
        want("verdubbeld", 2, "multiplier", None, "change"),
        want("verdrievoudigd", 3, "multiplier", None, "change"),
    ),
    case("zh", "销量翻倍。", want("翻倍", 2, "multiplier", None, "change")),
    case("en", "BYD is the second-largest carmaker.", want("second", 2, "rank")),
    case("de", "BYD ist der zweitgrößte Autobauer.", want("zweitgrößte", 2, "rank")),
    case("nl", "BYD is de op één na grootste autobouwer.", want("op één na grootste", 2, "rank")),
    case("zh", "比亚迪是第二大汽车制造商。", want("第二", 2, "rank")),
    case(
        "de",
        "bei einfach errichteten Gebäuden, gerade einmal 27.500 Euro",
        want("27.500 Euro", 27_500, "EUR"),
    ),  # presse-augsburg, kicker
]


@pytest.mark.parametrize(("lang", "text", "expected"), CARRIED)
def test_words_that_carry_a_number(lang: str, text: str, expected: list[Want]) -> None:
    check(lang, text, expected)


DATES = [
    case("zh", "据报道，2023年，2月6日发生地震，死亡148人。", want("148人", 148, "person")),
    case(
        "en",
        "On 6 February, 2023, the quake struck; (2023-02-06) 4,000 died.",
        want("4,000", 4_000, "person"),
    ),
    case(
        "de",
        "Am 6. Februar 2023 bebte die Erde; (06.02.2023) 4.000 Tote.",
        want("4.000 Tote", 4_000, "person"),
    ),
    case(
        "nl",
        "Op 6 februari 2023 beefde de aarde; (6-2-2023) 4.000 doden.",
        want("4.000 doden", 4_000, "person"),
    ),
    case(
        "de",
        "In der Nacht vom 14. auf den 15. Juli kamen 135 Menschen ums Leben.",
        want("135 Menschen", 135, "person"),
    ),  # deutschlandfunk
    case("zh", "在7月21的游行，民阵指有43万人。", want("43万人", 430_000, "person")),  # zh-hk01
    case(
        "nl",
        "In de eerste 24 uur, om 8 uur, kwamen 90.000 bestellingen.",
        want("24 uur", 24, "hour"),
        want("90.000 bestellingen", 90_000, "vehicle"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DATES)
def test_dates_and_clock_times_are_no_claims(lang: str, text: str, expected: list[Want]) -> None:
    check(lang, text, expected)


def test_footnote_markers_glued_to_figures_are_dropped() -> None:
    """en-asml: "€9.2 billion2" and a table row "2,6022 9,1862" carry footnote 2."""
    assert read("Net bookings in Q4 of €9.2 billion2 of which €5.6 billion is EUV", "en") == [
        want("€9.2 billion", 9.2e9, "EUR"),
        want("€5.6 billion", 5.6e9, "EUR"),
    ]
    row = read("Net bookings  2,6022 9,1862 30,6743", "en")
    assert [(w.text, w.low) for w in row] == [("2,602", 2602), ("9,186", 9186), ("30,674", 30674)]
