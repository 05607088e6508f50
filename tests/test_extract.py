"""Behaviour of the extractor on the forms the issue lists, in all four languages.

Each row: language, sentence, the expected surface, value (or low/high for a
range), unit, and qualifiers. Values must be exact; spans must slice the text.
"""

from __future__ import annotations

import pytest

from factcheck.extraction.scanner import extract_text
from factcheck.models import Claim

E = None  # shorthand for "no value" (a range)

CASES = [
    # digits and separators
    ("de", "Es waren 10.000 Besucher.", "10.000 Besucher", 10000, "person"),
    ("nl", "Het kost 1,5 euro per stuk.", "1,5 euro", 1.5, "EUR"),
    ("en", "They sold 10,000 units.", "10,000 units", 10000, "count"),
    ("en", "It grew by 1.5 percent.", "1.5 percent", 1.5, "percent"),
    ("de", "Umsatz von 1\u202f234\u202f567 Euro", "1\u202f234\u202f567 Euro", 1234567, "EUR"),
    ("nl", "Er zijn 40\u00a0000 leden.", "40\u00a0000 leden", 40000, "person"),
    ("zh", "共有１２，３４５名员工", "１２，３４５名员工", 12345, "employee"),
    ("zh", "增长了３．５％", "３．５％", 3.5, "percent"),
    ("de", "Das BIP sank um −2,1 %.", "−2,1 %", -2.1, "percent"),
    ("en", "Only 3/4 of them came.", "3/4", 0.75, "count"),
    # scale words and abbreviations
    ("de", "Ein Plus von 2,5 Milliarden Euro", "2,5 Milliarden Euro", 2.5e9, "EUR"),
    ("de", "Umsatz 3,2 Mrd. Euro", "3,2 Mrd. Euro", 3.2e9, "EUR"),
    ("de", "rund 12 Mio. Nutzer", "rund 12 Mio. Nutzer", 1.2e7, "user"),
    ("nl", "Er gaat 1,5 biljoen euro naartoe.", "1,5 biljoen euro", 1.5e12, "EUR"),
    ("nl", "Een verlies van 20 mln euro", "20 mln euro", 2e7, "EUR"),
    ("nl", "Een omzet van 3 mld dollar", "3 mld dollar", 3e9, "USD"),
    ("en", "It raised $4bn last year.", "$4bn", 4e9, "USD"),
    ("en", "A $3.5m deal.", "$3.5m", 3.5e6, "USD"),
    ("en", "A $5MM deal.", "$5MM", 5e6, "USD"),
    ("en", "A $5mm deal.", "$5mm", 5e6, "USD"),
    # "mm" is a million only beside a currency: rain is in millimetres
    ("en", "The town recorded 491 mm of rain.", "491 mm", 491, "millimeter"),
    ("de", "In Chiva fielen 491 mm Regen.", "491 mm", 491, "millimeter"),
    ("nl", "In Chiva viel 491 mm regen.", "491 mm", 491, "millimeter"),
    ("zh", "奇瓦镇降雨491 mm。", "491 mm", 491, "millimeter"),
    ("zh", "投资5000亿美元", "5000亿美元", 5e11, "USD"),
    ("zh", "超过48.5万人", "超过48.5万人", 485000, "person"),
    ("zh", "约一点五万颗芯片", "约一点五万颗芯片", 15000, "chip"),
    ("zh", "三千台服务器", "三千台服务器", 3000, "server"),
    ("zh", "市值达到4万亿美元", "4万亿美元", 4e12, "USD"),
    # number words
    ("de", "Das kostet zwei Milliarden Euro.", "zwei Milliarden Euro", 2e9, "EUR"),
    ("nl", "Een waarde van twee biljoen dollar", "twee biljoen dollar", 2e12, "USD"),
    (
        "en",
        "three hundred and twenty-five staff",
        "three hundred and twenty-five staff",
        325,
        "employee",
    ),
    ("de", "dreihundertfünfundzwanzig Server", "dreihundertfünfundzwanzig Server", 325, "server"),
    ("nl", "tweeënvijftig servers", "tweeënvijftig servers", 52, "server"),
    ("de", "eineinhalb Milliarden Euro", "eineinhalb Milliarden Euro", 1.5e9, "EUR"),
    ("nl", "anderhalf miljoen mensen", "anderhalf miljoen mensen", 1.5e6, "person"),
    # multipliers and ranks
    ("nl", "Vijfmaal zo groot.", "Vijfmaal", 5, "multiplier"),
    ("en", "ten times larger", "ten times", 10, "multiplier"),
    ("zh", "达到 3 倍", "3 倍", 3, "multiplier"),
    ("en", "It finished 24th overall.", "24th", 24, "rank"),
    ("de", "Das Modell landete auf Platz 24.", "Platz 24", 24, "rank"),
    ("zh", "位列第24名", "位列第24名", 24, "rank"),
    # durations and percentage points
    ("en", "It took 18 months.", "18 months", 18, "month"),
    ("de", "Die Marge stieg um 2 Prozentpunkte.", "2 Prozentpunkte", 2, "percentage_point"),
    ("zh", "上升了两个百分点", "两个百分点", 2, "percentage_point"),
]

RANGES = [
    ("de", "Das dauert 6 bis 10 Jahre.", "6 bis 10 Jahre", 6, 10, "year"),
    ("zh", "规模是其6至10倍", "6至10倍", 6, 10, "multiplier"),
    ("en", "a 6-10x improvement", "6-10x", 6, 10, "multiplier"),
    ("en", "between 6 and 10 servers", "6 and 10 servers", 6, 10, "server"),
    ("de", "zwischen 6 und 10 Milliarden Euro", "6 und 10 Milliarden Euro", 6e9, 10e9, "EUR"),
    ("de", "sechs- bis zehnmal größer", "sechs- bis zehnmal", 6, 10, "multiplier"),
    (
        "en",
        "hundreds of millions of users",
        "hundreds of millions of users",
        2e8,
        999_999_999,
        "user",
    ),
]


def only_claim(text: str, lang: str) -> Claim:
    claims = extract_text(text, lang)
    assert len(claims) == 1, [c.text for c in claims]
    claim = claims[0]
    assert text[claim.start : claim.end] == claim.text
    return claim


@pytest.mark.parametrize(("lang", "text", "surface", "value", "unit"), CASES)
def test_single_values(lang: str, text: str, surface: str, value: float, unit: str) -> None:
    claim = only_claim(text, lang)
    assert (claim.text, claim.value, claim.low, claim.high, claim.unit) == (
        surface,
        pytest.approx(value, rel=1e-12),
        pytest.approx(value, rel=1e-12),
        pytest.approx(value, rel=1e-12),
        unit,
    )


@pytest.mark.parametrize(("lang", "text", "surface", "low", "high", "unit"), RANGES)
def test_ranges(lang: str, text: str, surface: str, low: float, high: float, unit: str) -> None:
    claim = only_claim(text, lang)
    assert claim.text.endswith(surface)
    assert (claim.value, claim.low, claim.high, claim.unit) == (E, low, high, unit)


def test_shared_scale_word_in_a_change() -> None:
    claims = extract_text("Der Umsatz stieg von 28,627 auf 33,112 Milliarden Dollar.", "de")
    assert [(c.value, c.scale, c.unit) for c in claims] == [
        (pytest.approx(28.627e9), "Milliarden", "USD"),
        (pytest.approx(33.112e9), "Milliarden", "USD"),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "hedge"),
    [
        ("en", "about 500 servers", "about"),
        ("en", "nearly 500 servers", "nearly"),
        ("de", "rund 500 Server", "rund"),
        ("de", "etwa 500 Server", "etwa"),
        ("de", "knapp 500 Server", "knapp"),
        ("nl", "zo'n 500 servers", "zo'n"),
        ("nl", "ongeveer 500 servers", "ongeveer"),
        ("nl", "bijna 500 servers", "bijna"),
        ("zh", "约500台服务器", "约"),
        ("zh", "近500台服务器", "近"),
        ("zh", "500台服务器左右", "左右"),
    ],
)
def test_hedges_make_claims_approximate(lang: str, text: str, hedge: str) -> None:
    claim = only_claim(text, lang)
    assert (claim.value, claim.approx, claim.hedge, claim.bound) == (500, True, hedge, None)


@pytest.mark.parametrize(
    ("lang", "text", "bound"),
    [
        ("en", "more than 500 servers", "gt"),
        ("en", "over 500 servers", "gt"),
        ("en", "at least 500 servers", "ge"),
        ("en", "up to 500 servers", "le"),
        ("en", "fewer than 500 servers", "lt"),
        ("de", "über 500 Server", "gt"),
        ("de", "mehr als 500 Server", "gt"),
        ("de", "bis zu 500 Server", "le"),
        ("nl", "ruim 500 servers", "gt"),
        ("nl", "meer dan 500 servers", "gt"),
        ("nl", "minstens 500 servers", "ge"),
        ("zh", "超过500台服务器", "gt"),
        ("zh", "逾500台服务器", "gt"),
        ("zh", "至少500台服务器", "ge"),
        ("zh", "不到500台服务器", "lt"),
        ("zh", "500多台服务器", "gt"),
    ],
)
def test_bounds(lang: str, text: str, bound: str) -> None:
    claim = only_claim(text, lang)
    assert (claim.value, claim.bound, claim.unit) == (500, bound, "server")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "MAI-1 and GPT-4 were trained on H100 and H200 chips."),
        ("en", "The S&P 500 rose while Maia 100 shipped."),
        ("de", "Im Jahr 2024 kam Windows 11."),
        ("nl", "In 2023 lanceerde het bedrijf de chip."),
        ("zh", "2025年9月12日消息"),
        ("en", "The meeting is at 2 pm on 5/17/2018."),
        ("en", "See https://example.com/page/2024/500 for details."),
        ("de", "Seit 2019-2021 ist das so."),
    ],
)
def test_names_years_and_dates_are_not_claims(lang: str, text: str) -> None:
    assert extract_text(text, lang) == []


def test_years_become_time_scope() -> None:
    claim = only_claim("Im Jahr 2024 kaufte Microsoft fast 500.000 GPUs.", "de")
    assert (claim.value, claim.time, claim.unit) == (500000, "2024", "GPU")
    quarter = only_claim("Azure wuchs im zweiten Quartal 2025 um 39 %.", "de")
    assert quarter.time == "2025-Q2"
    fiscal = only_claim("Capex of $80bn in fiscal 2025.", "en")
    assert fiscal.time == "FY2025"


def test_unknown_unit_is_count_not_dropped() -> None:
    claim = only_claim("Sie bauten 42 Windmühlen.", "de")
    assert (claim.value, claim.unit) == (42, "count")


def test_generic_unit_noun_takes_the_counted_thing_of_its_clause() -> None:
    claim = only_claim("Microsoft kaufte von NVIDIA fast 500.000 Einheiten der KI-GPUs.", "de")
    assert (claim.value, claim.unit, claim.approx) == (500000, "GPU", True)
    claim = only_claim(
        "Microsoft kaufte NVIDIA-GPUs; Apple verkaufte fast 500.000 Einheiten.", "de"
    )
    assert (claim.value, claim.unit) == (500000, "count")  # never a noun of another clause


def test_page_counters_are_boilerplate() -> None:
    claims = extract_text("文章正文。\n2025-09-15 18:13:54 0浏览 收藏\n课程推荐\n543次学习", "zh")
    assert claims and all(c.boilerplate for c in claims)


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        ("Nvidia shares rose 3% on Monday.", "en", "3%"),
        ("Microsoft updated its forecast to 80 billion dollars.", "en", "80 billion dollars"),
        ("Die Werbung brachte Google 2023 rund 238 Milliarden Dollar ein.", "de", "rund 238 Milliarden Dollar"),
        ("De advertentie-inkomsten van Google stegen met 11 procent.", "nl", "11 procent"),
        ("谷歌的广告收入增长了 11%。", "zh", "11%"),
        ("监管机构密切关注微软的 100 亿美元投资。", "zh", "100 亿美元"),
        ("该公司注册资本为5000万元。", "zh", "5000万元"),
    ],
)  # fmt: skip
def test_a_short_paragraph_of_prose_is_no_furniture_whatever_its_words(
    text: str, lang: str, surface: str
) -> None:
    """One-sentence paragraphs are common in news; a cue word (shares, Werbung, 广告,
    关注, 注册) inside a sentence does not make it a share button or an ad."""
    claim = only_claim(text, lang)
    assert (claim.text, claim.boilerplate) == (surface, False)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("1,234 views · 56 comments", "en"), ("Lesezeit: 4 Min.", "de"), ("Updated 5 min ago.", "en"),
     ("阅读量 1.2万", "zh"), ("12 reacties | deel dit", "nl")],
)  # fmt: skip
def test_short_lines_with_a_cue_that_are_not_sentences_stay_furniture(text: str, lang: str) -> None:
    claims = extract_text(text, lang)
    assert claims and all(c.boilerplate for c in claims)


def test_claims_are_in_text_order_and_sentences_contain_them() -> None:
    text = "Microsoft investierte 80 Milliarden Dollar. Nvidia verkaufte 500.000 GPUs."
    claims = extract_text(text, "de")
    assert [c.text for c in claims] == ["80 Milliarden Dollar", "500.000 GPUs"]
    assert [text[slice(*c.sentence)] for c in claims] == [
        "Microsoft investierte 80 Milliarden Dollar.",
        "Nvidia verkaufte 500.000 GPUs.",
    ]


def test_language_is_detected_when_not_given() -> None:
    claim = only_claim("Het bedrijf investeerde 13 miljard dollar in OpenAI.", None)  # type: ignore[arg-type]
    assert (claim.lang, claim.value) == ("nl", 1.3e10)


# --- recall work on the peer cases (issue 2): each row is one rule, with its span ---

SPANS = [
    # ordinals as denominators: the numerator is the shortest leading number
    ("en", "three twenty-firsts", 0, 19, 3 / 21, "count"),
    ("en", "one hundred thirty fifths", 0, 25, 100 / 35, "count"),
    ("en", "one hundred and thirty fifths", 0, 29, 26, "count"),
    ("en", "ninety-five hundred fifths", 0, 26, 1900, "count"),
    ("en", "one one hundred fifth", 0, 21, 1 / 105, "count"),
    ("en", "It is a twenty-first of the total.", 6, 20, 1 / 21, "count"),
    ("en", "a hundred trillionths", 0, 21, 1e-10, "count"),
    ("en", "one thirty-second of an inch", 0, 17, 1 / 32, "count"),
    # a proper fraction after the last "and" makes a mixed number
    ("en", "two hundred thirty two and a thirtieth", 0, 38, 232 + 1 / 30, "count"),
    ("en", "two hundred and fifty-four hundredths", 0, 37, 200.54, "count"),
    ("en", "six million and two thirds", 0, 26, 6e6 + 2e6 / 3, "count"),
    # Dutch: separate words before a fraction are the whole number and the numerator
    ("nl", "drie eenentwintigste", 0, 20, 3 / 21, "count"),
    ("nl", "twintig drie vijfde", 0, 19, 20.6, "count"),
    ("nl", "honderdduizend biljoensten", 0, 26, 1e-7, "count"),
    # decimals spelled as one number below a hundred after "point"
    ("en", "two hundred point seventy-one", 0, 29, 200.71, "count"),
    ("en", "nought point eleven", 0, 19, 0.11, "count"),
    # ratios: "1 in 5"
    ("en", "One in five adults", 0, 11, 0.2, "count"),
    ("en", "1 in twenty-one", 0, 15, 1 / 21, "count"),
    # a part of a few or of a round whole is a share; of any other total, a count
    ("nl", "3 van de 10 Nederlanders", 0, 11, 0.3, "count"),
    ("de", "7 von 10 Deutschen", 0, 8, 0.7, "count"),
    ("de", "Die SPD erhält 37 von 150 Sitzen.", 15, 32, 37, "seat"),
    # "and" between two numbers that make no number together ends the first
    ("en", "between two hundred and three hundred", 8, 37, None, "count"),
    # a signed number glued to C or F is a temperature
    ("en", "Now it's -10C outside", 9, 13, -10, "degree_Celsius"),
    # scientific notation with a signed or superscript exponent
    ("en", "a factor of 2.48×10−5 only", 12, 21, 2.48e-5, "count"),
    ("en", "density 5.5x10-3 kg", 8, 19, 5.5e-3, "kilogram"),
    ("en", "about 2.48×10⁻⁵", 0, 15, 2.48e-5, "count"),
    # currency codes with a scale letter or a scale word after them
    ("en", "losses in excess of 30 MUSD", 7, 27, 3e7, "USD"),
    ("en", "revenues of MAUD 60", 12, 19, 6e7, "AUD"),
    ("de", "Umsatz: 500 TEUR", 8, 16, 5e5, "EUR"),
    ("en", "They lost 75 USD million.", 10, 24, 7.5e7, "USD"),
    # minor units: named only in the chain ("in", 毛, 分), several in a row
    ("en", "he is 5 ft 2 in", 6, 15, 5 + 2 / 12, "foot"),
    ("zh", "这个手机壳五元三毛", 5, 9, 5.3, "CNY"),
    ("zh", "50元6角三分", 0, 7, 50.63, "CNY"),
    ("zh", "这台电脑两美元又三美分", 4, 11, 2.03, "USD"),
    # German "einundhalb", ordinals of Milliarde; Dutch "min een"
    ("de", "Es gibt einundhalb Stücke", 8, 18, 1.5, "count"),
    ("de", "nach dem Milliardsten Signal", 9, 21, 1e9, "rank"),
    ("de", "der einhundert Milliardste", 4, 26, 1e11, "rank"),
    ("nl", "Het antwoord is min een", 16, 23, -1, "count"),
    # below zero: 零下 is a minus, not a zero (held-out batch 14's reading)
    ("zh", "气温降至零下5度", 4, 8, -5, "degree_Celsius"),
    ("zh", "最低气温零下12.5摄氏度", 4, 13, -12.5, "degree_Celsius"),
    ("de", "Die Temperatur sank auf minus 5 Grad", 24, 36, -5, "degree_Celsius"),
    ("en", "Temperatures fell to minus 5 degrees Celsius", 21, 44, -5, "degree_Celsius"),
    # ranks make a range when "between" frames them
    ("en", "He ranks between the tenth and the fifteenth.", 21, 44, None, "rank"),
    ("nl", "tussen de tiende en de vijftiende", 10, 33, None, "rank"),
    # Chinese: a unit word that starts inside a numeral ends it; a final 两 is the tael
    ("zh", "五十兆字节", 0, 5, 50, "megabyte"),
    ("zh", "六千字节", 0, 4, 6, "kilobyte"),
    ("zh", "一百千瓦", 0, 4, 100, "kilowatt"),
    ("zh", "三千两百两", 0, 5, 3200, "liang"),
    ("zh", "三十两", 0, 3, 30, "liang"),
    # a big unit after digits multiplies the whole number; 万万 is 亿
    ("zh", "2千零30万", 0, 6, 2.03e7, "count"),
    ("zh", "3千5百万", 0, 5, 3.5e7, "count"),
    ("zh", "10万万", 0, 4, 1e9, "count"),
    # fractions with signs and financial numerals, tenths with ones, the scale before
    ("zh", "负３分之负一百五十七", 0, 10, 157 / 3, "count"),
    ("zh", "負壹又二分之壹", 0, 7, -1.5, "count"),
    ("zh", "仟分之贰", 0, 4, 0.2, "percent"),
    ("zh", "股票的百分之七十百分位", 3, 8, 70, "percent"),
    ("zh", "七成六的受访者", 0, 3, 76, "percent"),
    ("zh", "你能把华氏温度51度转换吗", 3, 10, 51, "degree_Fahrenheit"),
    # age before a number, the Tamil rupee sign
    ("en", "a man of age 87 with", 9, 15, 87, "year"),
    ("en", "borrow me 100,000 ரூ now", 10, 20, 1e5, "INR"),
]


@pytest.mark.parametrize(("lang", "text", "start", "end", "value", "unit"), SPANS)
def test_values_and_spans(
    lang: str, text: str, start: int, end: int, value: float, unit: str
) -> None:
    claim = only_claim(text, lang)
    assert (claim.start, claim.end, claim.unit) == (start, end, unit)
    if value is None:
        assert claim.value is None and claim.low < claim.high
    else:
        assert claim.value == pytest.approx(value, rel=1e-12)


@pytest.mark.parametrize(
    ("lang", "text", "surface", "value"),
    [
        ("en", "the twenty-first century", "twenty-first", 21),
        ("en", "a twenty-first century", "twenty-first", 21),
        ("en", "the one hundred fifth", "one hundred fifth", 105),
        ("nl", "een tweede keer", "tweede", 2),
        ("nl", "drie biljoenste", "drie biljoenste", 3e12),
        ("nl", "tweeduizend zestiende", "tweeduizend zestiende", 2016),
    ],
)
def test_ordinals_stay_ordinals(lang: str, text: str, surface: str, value: float) -> None:
    claim = only_claim(text, lang)
    assert (claim.text, claim.value, claim.unit) == (surface, value, "rank")


@pytest.mark.parametrize(
    ("lang", "text", "surfaces"),
    [
        ("en", "It rose 5 in 10 years.", ["5", "10 years"]),
        ("en", "He scored 2 in 5 minutes.", ["2", "5 minutes"]),
        ("en", "twenty seconds", ["twenty seconds"]),
        ("de", "eine von 19 Nanometern", ["eine", "19 Nanometern"]),
        ("en", "When must 13F be filed?", []),
        ("en", "a Boeing 777F freighter", []),
        ("en", "He is 6 ft in height", ["6 ft"]),
        ("en", "rmb 10 usd 20", ["10 usd", "20"]),
        ("en", "the first and the second", ["first", "second"]),
        ("nl", "De PVV krijgt 37 van de 150 zetels.", ["37", "150 zetels"]),
        ("nl", "een huis", []),
        ("zh", "伍先生", []),
        ("zh", "七成六成", ["七成", "六成"]),
        ("zh", "八成五星级酒店", ["八成"]),
    ],
)
def test_no_ratio_or_fraction_across_a_unit(lang: str, text: str, surfaces: list[str]) -> None:
    assert [c.text for c in extract_text(text, lang)] == surfaces


@pytest.mark.parametrize(
    ("lang", "text", "low", "high"),
    [
        ("en", "between five and ten servers", 5, 10),
        ("en", "He scores between negative ten and fifteen.", -10, 15),
        ("de", "zwischen fünf und zehn Servern", 5, 10),
        ("nl", "tussen vijf en tien", 5, 10),
    ],
)
def test_number_words_joined_by_and_make_a_range(
    lang: str, text: str, low: float, high: float
) -> None:
    claim = only_claim(text, lang)
    assert (claim.value, claim.low, claim.high) == (None, low, high)


@pytest.mark.parametrize(
    ("text", "lang", "surface", "time"),
    [
        ("微软2023年第三季度营收为 565 亿美元。", "zh", "565 亿美元", "2023-Q3"),
        ("英伟达在2024年第二季度的收入增长了 122%。", "zh", "122%", "2024-Q2"),
        ("Microsoft earned 56.5 billion dollars in the third quarter of 2023.", "en",
         "56.5 billion dollars", "2023-Q3"),
        ("Microsoft verdiente im dritten Quartal 2023 56,5 Milliarden Dollar.", "de",
         "56,5 Milliarden Dollar", "2023-Q3"),
    ],
)  # fmt: skip
def test_a_quarter_is_time_not_a_rank(text: str, lang: str, surface: str, time: str) -> None:
    """第三季度 (the third quarter) once also gave a rank claim 第三: Chinese phrases
    were matched with word boundaries, which Chinese text does not have."""
    claim = only_claim(text, lang)
    assert (claim.text, claim.time) == (surface, time)


@pytest.mark.parametrize(
    ("text", "lang", "low", "high"),
    [
        ("Between two and nine billion people watched.", "en", 2e9, 9e9),
        ("Zwischen zwei und neun Milliarden Menschen sahen zu.", "de", 2e9, 9e9),
        ("Tussen twee en negen miljard mensen keken.", "nl", 2e9, 9e9),
        ("两到九亿人观看。", "zh", 2e8, 9e8),
        ("三至五万人参加。", "zh", 3e4, 5e4),
        ("Zwischen zwei und neunhundert Menschen kamen.", "de", 2, 900),
    ],
)
def test_a_range_in_words_shares_the_scale_its_second_number_ends_in(
    text: str, lang: str, low: float, high: float
) -> None:
    (claim,) = extract_text(text, lang)
    assert (claim.low, claim.high) == (low, high)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Between more than 100 and less than 300 were there.", "en", [(None, 100, 300)]),
        ("Es waren mindestens 20, höchstens 100.", "de", [(None, 20, 100)]),
        ("这些苹果最多100最少20个", "zh", [(None, 20, 100)]),
        # two bounds side by side with no word between, in two units, are two figures
        (
            "It will invest up to $500 billion over four years.",
            "en",
            [(5e11, 5e11, 5e11), (4, 4, 4)],
        ),
        ("It costs up to $500 billion, over four years.", "en", [(5e11, 5e11, 5e11), (4, 4, 4)]),
    ],
)
def test_paired_bounds_make_one_range_only_when_joined(
    text: str, lang: str, expected: list[tuple]
) -> None:
    assert [(c.value, c.low, c.high) for c in extract_text(text, lang)] == expected
