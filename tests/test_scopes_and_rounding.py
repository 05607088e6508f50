"""Classes of held-out batches 24 to 26 (Porsche's, BYD's, Heineken's, Adidas' and
Mercedes-Benz's 2024 results, the Myanmar earthquake), measured before they were read:
a place that opens a sentence, or scopes the clause a change goes on from, scopes a
company's figure ("In China, …", "在華銷量為5.7萬輛,同比下降28%"), and Chinese names
countries by one character after a word of place ("在华"); a word for the whole world
scopes to none; a word two measures share ("sales") is the measure the sentence's other
figures are of; a change word is bound to its own figure ("fell by 7 percent");
a keyword going on into a hyphened compound is none ("a year-on-year increase");
a figure with another language's scale word is no figure ("€17.823 milioni"); a year
in brackets is an aside's, carried nowhere; a result of a period still running when
the article appeared is the period's so far; percentages are rounded to whole points;
list dashes, reference markers and section headings open items, not names; and an
agency's bracket may join two agencies ("(ANP/BLOOMBERG)")."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from factcheck.checks.agreement import DEFAULT_FACTORS, agree
from factcheck.extraction.periods import still_running
from factcheck.extraction.scanner import extract_text
from factcheck.models import Attribute, ReportClaim, Subject
from factcheck.runs.reporting import report_texts
from tests.annotating import Reading, annotated_claims, readings

PUBLISHED = "2025-03-12"


def _read(text: str, lang: str, published: str = PUBLISHED) -> dict[str, Reading]:
    return readings(text, lang, published)


@pytest.mark.parametrize(
    ("text", "lang", "figure", "topic"),
    [
        ("In China, Porsche delivered 56,900 vehicles in 2024.", "en", "56,900 vehicles",
         "China"),
        ("In China sank der Absatz von Porsche 2024 um 28 Prozent auf 56.900 Fahrzeuge.",
         "de", "28 Prozent", "China"),
        ("In China leverde Porsche in 2024 56.900 auto's af.", "nl", "56.900 auto's",
         "China"),
        ("在中国市场,保时捷2024年销量下滑28%至5.69万辆。", "zh", "5.69万辆", "China"),
        # the change in the clause after the one that names the place is of its figure
        ("2024年保时捷在中国市场的销量约5.69万辆,下滑幅度为28%。", "zh", "28%", "China"),
        ("Porsche's deliveries in China fell to 56,900 vehicles in 2024, down 28%.", "en",
         "28%", "China"),
        # Chinese names China and the United States by one character after 在, 来, 对 ...
        ("2024年,保時捷在華銷量為5.7萬輛,同比下降28%。", "zh", "5.7萬輛", "China"),
        ("2024年,保時捷在華銷量為5.7萬輛,同比下降28%。", "zh", "28%", "China"),
        ("特斯拉2024年在美销量为63万辆。", "zh", "63万辆", "United States"),
    ],
)  # fmt: skip
def test_a_place_scopes_the_figures_of_a_company(
    text: str, lang: str, figure: str, topic: str
) -> None:
    assert _read(text, lang)[figure].topic == topic


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        # a word for the whole world in the figure's clause
        ("In China, Porsche delivered 56,900 vehicles in 2024, while its global "
         "deliveries fell 3% to 310,700.", "en", "310,700"),
        ("In China sank der Absatz um 28 Prozent, weltweit lieferte Porsche 2024 310.700 "
         "Fahrzeuge aus.", "de", "310.700 Fahrzeuge"),
        ("In China daalde de verkoop met 28 procent; wereldwijd leverde Porsche in 2024 "
         "310.700 auto's af.", "nl", "310.700 auto's"),
        ("在中国市场,保时捷销量下滑28%,2024年全球交付31.07万辆。", "zh", "31.07万辆"),
        # another measure in the clause after the place's
        ("Porsche sold 56,900 cars in China in 2024, and its revenue rose to €40 billion.",
         "en", "€40 billion"),
        # a character that begins a longer word: "在华为" is at Huawei, "对美元" against the dollar
        ("2024年,员工在华为的年终奖为10亿元。", "zh", "10亿元"),
    ],
)  # fmt: skip
def test_what_scopes_to_no_place(text: str, lang: str, figure: str) -> None:
    assert _read(text, lang)[figure].topic is None


@pytest.mark.parametrize(
    ("text", "lang", "figure", "attribute"),
    [
        # a word two measures share is the measure of the sentence's other figures
        ("BYD's sales rose 41% to 4.27 million vehicles in 2024.", "en", "41%",
         "deliveries_change"),
        ("Porsche sales around the world fell by 7 percent in 2024, dropping from 167,354 "
         "to 155,945 units.", "en", "7 percent", "deliveries_change"),
        ("Die Verkäufe von BYD stiegen 2024 um 41 Prozent auf 4,27 Millionen Fahrzeuge.",
         "de", "41 Prozent", "deliveries_change"),
        ("De verkopen van BYD stegen in 2024 met 41 procent tot 4,27 miljoen auto's.",
         "nl", "41 procent", "deliveries_change"),
        # money beside it: the measure listed first, revenue
        ("Porsche's sales rose 5% to €40 billion in 2024.", "en", "5%", "revenue_change"),
        ("Siemens' orders declined 4 percent in fiscal 2024 to €84.1 billion.", "en",
         "4 percent", "bookings_change"),
        # a change word is bound to its own figure: the units are vehicles sold
        ("Porsche sales around the world fell by 7 percent in 2024, dropping from 167,354 "
         "to 155,945 units.", "en", "155,945 units", "deliveries"),
        # a keyword going on into a compound is none: no "a year" (per year) here
        ("BYD's revenue reached 777.1 billion yuan in 2024, a year-on-year increase of "
         "29%.", "en", "29%", "revenue_change"),
        # a dividend is paid per share too
        ("Adidas plans a dividend of €2.00 per share for 2024, nearly tripling the previous "
         "year's payout of €0.70.", "en", "€2.00", "dividend"),
        ("Adidas plans a dividend of €2.00 per share for 2024, nearly tripling the previous "
         "year's payout of €0.70.", "en", "€0.70", "dividend"),
        ("Für das Geschäftsjahr 2024 plant Adidas eine Ausschüttung von 2,00 Euro je Aktie.",
         "de", "2,00 Euro", "dividend"),
        ("Adidas stelt een dividenduitkering van 2,00 euro per aandeel voor.", "nl",
         "2,00 euro", "dividend"),
        ("阿迪达斯拟每股派息2.00欧元。", "zh", "2.00欧元", "dividend"),
        # earnings per share stay so where no dividend is named in their clause
        ("Adidas reported earnings per share of €4.24 in 2024, and proposed a dividend of "
         "€2.00.", "en", "€4.24", "eps"),
        ("Der Gewinn je Aktie lag 2024 bei 4,24 Euro.", "de", "4,24 Euro", "eps"),
        # a verb a list's later items leave out is theirs too
        ("The Yeezy inventory contributed €650 million to Adidas' revenue and €200 million "
         "to its operating profit in 2024.", "en", "€200 million",
         "operating_profit_contribution"),
        ("Yeezy products contributed about €650 million in revenue and €200 million in "
         "operating profit to Adidas in 2024.", "en", "€200 million",
         "operating_profit_contribution"),
        # a list whose later items keep no verb of their own
        ("Adidas' revenue rose to €23.7 billion and its operating profit to €1.3 billion "
         "in 2024.", "en", "€1.3 billion", "operating_profit"),
        # money stuck at a level is put into nothing
        ("De omzet van BYD groeide tot 28,2 miljard euro. Tesla bleef in het derde kwartaal "
         "van 2024 steken op 25,2 miljard euro.", "nl", "25,2 miljard euro", "currency:EUR"),
        ("Tesla steekt 5 miljard euro in een nieuwe fabriek.", "nl", "5 miljard euro",
         "investment"),
        # so is a result of the continuing operations
        ("Adidas meldete einen Nettogewinn von 832 Millionen Euro aus fortgeführten "
         "Geschäftsbereichen.", "de", "832 Millionen Euro", "profit_continuing"),
        ("Adidas posted a net profit from continuing operations of €832 million in 2024.",
         "en", "€832 million", "profit_continuing"),
        # a diluted EPS is another accounting
        ("BYD: The latest diluted EPS for 2024 is 13.25 yuan.", "en", "13.25 yuan",
         "eps_diluted"),
        ("比亚迪2024年摊薄每股收益为13.25元。", "zh", "13.25元", "eps_diluted"),
    ],
)  # fmt: skip
def test_the_measure_a_figure_is_read_as(text: str, lang: str, figure: str, attribute: str) -> None:
    assert _read(text, lang)[figure].attribute == attribute


@pytest.mark.parametrize(
    ("text", "lang", "kept", "dropped"),
    [
        ("Ricavi: €17.823 milioni, con una crescita. Revenue €17,823 million", "en",
         "€17,823 million", "€17.823"),
        ("Los ingresos fueron 1,2 millones de euros; revenue was 1.2 million euros.", "en",
         "1.2 million euros", "1,2"),
        ("Umsatz: 17,8 Milliarden Euro (Ricavi: 17,8 miliardi di euro).", "de",
         "17,8 Milliarden Euro", "17,8 miliardi"),
    ],
)  # fmt: skip
def test_a_scale_word_of_another_language_makes_no_figure(
    text: str, lang: str, kept: str, dropped: str
) -> None:
    found = [c.text for c in extract_text(text, lang=lang)]
    assert kept in found
    assert not any(f.startswith(dropped) or dropped.startswith(f) for f in found if f != kept)


def test_a_year_in_brackets_is_carried_nowhere() -> None:
    text = (
        "In euro's bedraagt de omzet van Adidas 5,8 miljard euro (in 2023 was dit 5,3 "
        "miljard). De winst van het bedrijf is van 176 miljoen naar 346 miljoen euro "
        "gestegen."
    )
    assert _read(text, "nl", "2024-07-17")["346 miljoen euro"].time is None
    plain = (
        "Adidas haalde in 2023 een omzet van 5,3 miljard euro. De winst bedroeg 346 miljoen euro."
    )
    assert _read(plain, "nl", "2024-07-17")["346 miljoen euro"].time == "2023"


@pytest.mark.parametrize(
    ("published", "when", "period"),
    [
        ("2024-07-20", "this year", None),
        ("2025-01-30", "last year", "2024"),
        ("2024-07-20", "in 2024", "2024"),
    ],
)
def test_a_result_of_a_year_still_running_is_the_year_so_far(
    published: str, when: str, period: str | None
) -> None:
    """July 2024: the year is not over, so its sales "this year" are the year's so far;
    a year that has ended keeps it, as does a year written out (a plan, a forecast or a
    statement of the year in the generated articles) and a plan for the year."""
    text = f"Porsche sales fell by 7 percent {when}, dropping from 167,354 to 155,945 units."
    assert _read(text, "en", published)["7 percent"].time == period
    plan = "Porsche expects revenue of about 40 billion euros this year."
    assert _read(plan, "en", "2024-07-20")["about 40 billion euros"].time == "2024"


def test_a_period_not_yet_begun_is_not_one_still_running() -> None:
    """A quarter after the publication date is a plan or a date written wrong (a page of
    January 2024 on "the fourth quarter of 2024"), which a check should see."""
    assert still_running("2024", "2024-07-20")
    assert not still_running("2024-Q4", "2024-01")
    assert not still_running("2024-H1", "2024-07-20")
    assert not still_running("2024", "2024")


def _percent(value: float, text: str, file: str) -> ReportClaim:
    return ReportClaim(
        id=file, file=file, start=0, end=len(text), text=text, value=value, low=value,
        high=value, unit="percent", lang="en", sentence=(0, len(text)), time="2024",
        subject=Subject(["Acme"]), attribute=Attribute(name="revenue_change"),
    )  # fmt: skip


OPTIONS = {
    "tolerance": 0.02,
    "approx_tolerance": 0.05,
    "bound_reach": 1.0,
    "stated_precision": True,
    "factors": DEFAULT_FACTORS,
    "factor_tolerance": 0.05,
}


@settings(max_examples=200, deadline=None)
@given(whole=st.integers(1, 60), tenths=st.integers(-9, 9))
def test_a_whole_percentage_agrees_with_a_finer_one_it_rounds(whole: int, tenths: int) -> None:
    """ "revenue fell 4%" and "4.5%": percentages are rounded to whole points however
    small, so a whole one agrees with every finer one within half a point of it."""
    assume(whole % 10 != 0)
    fine = round(whole + tenths / 10, 1)
    coarse, finer = _percent(whole, f"{whole}%", "a"), _percent(fine, f"{fine:.1f}%", "b")
    relative = abs(fine - whole) / max(fine, whole)
    assume(abs(relative - 0.02) > 1e-9)
    assert agree(OPTIONS, coarse, finer) == (abs(tenths) <= 5 or relative <= 0.02)


def test_figures_of_models_counted_in_units_are_vehicles() -> None:
    report = report_texts(
        [
            ("a.txt", "Mercedes-Benz: deliveries of fully electric models fell by 23% to "
             "just 185,000 units in 2024.", "en"),
            ("b.txt", "2024年梅赛德斯-奔驰纯电动车型销量为18.5万辆,同比下滑23%。", "zh"),
        ]
    )  # fmt: skip
    assert [f.kind for f in report.findings if f.kind == "unit-mismatch"] == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("[1] - Despite fierce price competition in the industry, BYD's profitability "
         "continues to improve. The company's gross margin for 2024 was 19.44%.", "Despite"),
        ("competitiveness [6][7] Summary by Sections Financial Performance - In Q4 2024, "
         "BYD's revenue was 274.85 billion yuan.", "Summary"),
        ("[6] Sales and Pricing - BYD's average selling price per vehicle in 2024 was "
         "140,400 yuan.", "Pricing"),
        ("date 2024-10 SHENZHEN (ANP/BLOOMBERG) - De omzet van BYD steeg tot 201,1 miljard "
         "yuan, omgerekend zo'n 28,2 miljard dollar.", "SHENZHEN"),
    ],
)  # fmt: skip
def test_items_headings_and_datelines_name_no_subject(text: str, word: str) -> None:
    lang = "nl" if "omzet" in text else "en"
    subjects = {s for s, *_ in _read(text, lang).values()}
    assert word not in subjects and "BYD" in subjects


@pytest.mark.parametrize(
    ("text", "lang", "figure", "unit", "attribute"),
    [
        ("Das Betriebsergebnis habe sich mit 1,337 Milliarden (2023: 0,268 Millionen) Euro "
         "verbessert, teilte Adidas mit.", "de", "0,268 Millionen", "EUR", "operating_profit"),
        ("Das Betriebsergebnis habe sich mit 1,337 Milliarden (2023: 0,268 Millionen) Euro "
         "verbessert, teilte Adidas mit.", "de", "1,337 Milliarden", "EUR", "operating_profit"),
        ("De omzet van Adidas kwam uit op 23,7 miljard (2023: 21,4 miljard) euro.", "nl",
         "21,4 miljard", "EUR", "revenue"),
        ("Adidas' revenue was 23.7 billion (2023: 21.4 billion) euros.", "en", "23.7 billion",
         "EUR", "revenue"),
        # Chinese writes EBIT 息税前利润: an operating profit, not a net one
        ("2024年奔驰息税前利润(EBIT)为136亿欧元,下滑30.8%;净利润为104亿欧元,同比下降28.4%。",
         "zh", "30.8%", "percent", "operating_profit_change"),
        ("2024年奔驰息税前利润(EBIT)为136亿欧元,下滑30.8%;净利润为104亿欧元,同比下降28.4%。",
         "zh", "28.4%", "percent", "profit_change"),
        # a part's contribution is no figure of the whole
        ("Yeezy contributed €650 million to Adidas' revenue in 2024.", "en", "€650 million",
         "EUR", "revenue_contribution"),
        ("Der Verkauf der Yeezy-Bestände hat 2024 rund 200 Millionen Euro zum "
         "Betriebsergebnis von Adidas beigetragen.", "de", "rund 200 Millionen Euro", "EUR",
         "operating_profit_contribution"),
        # a contribution to an event is no amount contributed
        ("Der Verkaufsschub hat dazu beigetragen, dass Tesla 2023 1,8 Millionen Fahrzeuge "
         "auslieferte.", "de", "1,8 Millionen Fahrzeuge", "vehicle", "deliveries"),
        ("De verkoop van Yeezy heeft 200 miljoen euro bijgedragen aan de bedrijfswinst van "
         "Adidas.", "nl", "200 miljoen euro", "EUR", "operating_profit_contribution"),
        ("Yeezy产品为阿迪达斯营业利润贡献了2亿欧元。", "zh", "2亿欧元", "EUR",
         "operating_profit_contribution"),
    ],
)  # fmt: skip
def test_units_after_brackets_ebit_and_contributions(
    text: str, lang: str, figure: str, unit: str, attribute: str
) -> None:
    read = {c.text: (c.unit, str(c.attribute)) for c in annotated_claims(text, lang, PUBLISHED)}
    assert read[figure] == (unit, attribute)


@pytest.mark.parametrize(
    ("text", "lang", "figure", "period"),
    [
        ("Operating profit soared to €1.3 billion from just €268 million in 2023.", "en",
         "€1.3 billion", None),
        ("Das Betriebsergebnis stieg auf 1,3 Milliarden Euro, nach nur 268 Millionen Euro "
         "2023.", "de", "1,3 Milliarden Euro", None),
        ("De bedrijfswinst steeg tot 1,3 miljard euro, tegen slechts 268 miljoen euro in "
         "2023.", "nl", "1,3 miljard euro", None),
        ("Operating profit soared to €1.3 billion from just €268 million in 2023.", "en",
         "€268 million", "2023"),
        # "after" opens a base: its relative year is the base's alone
        ("Adidas staged a comeback in 2024, posting a net profit of €764 million after "
         "suffering a €75 million loss the previous year.", "en", "€764 million", "2024"),
        ("Adidas staged a comeback in 2024, posting a net profit of €764 million after "
         "suffering a €75 million loss the previous year.", "en", "€75 million", "2023"),
        ("Sales rose to 1.2 million vehicles in 2024 after 1.1 million in 2023.", "en",
         "1.2 million vehicles", "2024"),
        ("Revenue rose to €5 billion in 2024 after a strong holiday season.", "en",
         "€5 billion", "2024"),
    ],
)  # fmt: skip
def test_a_focus_word_before_a_base_keeps_its_year_the_bases(
    text: str, lang: str, figure: str, period: str | None
) -> None:
    times = {c.text: c.time for c in extract_text(text, lang=lang, published="2025-03-05")}
    assert times[figure] == period


@settings(max_examples=200, deadline=None)
@given(tenths=st.integers(101, 999), apart=st.integers(1, 3))
def test_percentages_apart_at_their_last_digit_disagree(tenths: int, apart: int) -> None:
    """ "down 22.6 percent" and "下降22.7%" (held-out batch 24: 22.6 % is right): two
    percentages stated to one precision that differ at it disagree, unlike a whole one
    and a finer one it rounds."""
    assume(tenths % 10 and (tenths + apart) % 10)  # "12.0" is read as precise as "12"
    low, high = tenths / 10, (tenths + apart) / 10
    a, b = _percent(low, f"{low:.1f}%", "a"), _percent(high, f"{high:.1f}%", "b")
    assert not agree(OPTIONS, a, b)


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("Porsche's China sales fell 28% to 56,900 vehicles in 2024.", "en", "56,900 vehicles"),
        ("Der China-Absatz von Porsche sank 2024 um 28 Prozent auf 56.900 Fahrzeuge.", "de",
         "56.900 Fahrzeuge"),
        ("De China-verkopen van Porsche daalden in 2024 met 28 procent tot 56.900 auto's.",
         "nl", "56.900 auto's"),
        ("2024年保时捷中国市场销量为5.69万辆。", "zh", "5.69万辆"),
        # a bracket's figures are of the phrase it hangs from
        ("大众展现出韧性,中国市场销量承压(293万辆,下降9.3%),北美稳健。", "zh", "293万辆"),
        ("大众展现出韧性,中国市场销量承压(293万辆,下降9.3%),北美稳健。", "zh", "9.3%"),
    ],
)  # fmt: skip
def test_a_place_that_qualifies_a_market_scopes_its_figures(
    text: str, lang: str, figure: str
) -> None:
    assert _read(text, lang)[figure].topic == "China"


@pytest.mark.parametrize(
    ("hedged", "exact", "agrees"),
    [(10, 9.3, True), (10, 8.8, False), (7.1, 7.5, False), (30, 28.6, True), (45, 43.0, False)],
)
def test_a_hedged_percentage_reaches_a_point(hedged: float, exact: float, agrees: bool) -> None:
    """ "deliveries fell almost 10% in China" and "下降9.3%": a hedged whole percentage
    reaches a point either way (at most one step of its last digit: "etwa 7,1 Prozent"
    is 7.0-7.2 %)."""
    about = _percent(hedged, f"about {hedged}%", "a").model_copy(update={"approx": True})
    assert agree(OPTIONS, about, _percent(exact, f"{exact}%", "b")) == agrees


def test_a_base_year_is_no_year_the_text_goes_on_about() -> None:
    """ "the previous year's payout" counts from the article's year, not from the base
    year the sentence before names ("from just €268 million in 2023")."""
    text = (
        "Adidas has staged a comeback in 2024. Its operating profit soared to €1.3 billion "
        "from just €268 million in 2023. The company plans a dividend of €2.00 per share, "
        "nearly tripling the previous year's payout of €0.70."
    )
    times = {c.text: c.time for c in extract_text(text, lang="en", published="2025-03-05")}
    assert times["€0.70"] == "2023"
    assert times["€268 million"] == "2023"
