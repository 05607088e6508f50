"""Issue 13, point 4 (continued from tests/test_real_classes.py): the amounts real
pages got wrong, in all four languages: currency forms, cents and conversions in
parentheses; vague amounts ("tens of thousands", "een tiental"), bounds, tolerances
and signed changes; and words that carry a number (ordinals, fractions, "doubled").
Every case states the exact claims: span, value or range, unit and the flags that
matter.
"""

from __future__ import annotations

import pytest

from tests.wanted_claims import Want, case, check, want

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
