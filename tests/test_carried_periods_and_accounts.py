"""Classes of held-out batches 24 and 25 (Hurricane Helene, Porsche's and Siemens' 2024
results; BYD's, Heineken's and Philips' 2024 results), measured blind before they were
read: a sentence that names no time continues the period the sentence before it names
(not a deadline's, a base's or another paragraph's); a bracket's label dates its
figure alone ("(Vorjahr: 41 Mrd. Euro)"); a base "a year ago" is of the figure's period,
not the calendar year; a move's start written with its unit is the level it left; a
result accounted two ways (adjusted, organic) leaves its plain figures unsure; margins,
costs of sales and "the first six months" are named in all four languages; datelines,
headings and quoted terms name no subject; a relative clause's subject did what the
figure counts; "Model Y" is a name, not a count of models."""

from __future__ import annotations

import pytest

from factcheck.extraction.scanner import extract_text
from factcheck.runs.reporting import report_texts
from tests.annotating import Reading, annotated_claims, readings

PUBLISHED = "2024-10-23"


def _times(text: str, lang: str, published: str = PUBLISHED) -> dict[str, str | None]:
    return {c.text: c.time for c in extract_text(text, lang=lang, published=published)}


def _read(text: str, lang: str, published: str = PUBLISHED) -> dict[str, Reading]:
    return readings(text, lang, published)


@pytest.mark.parametrize(
    ("text", "lang", "figure", "period"),
    [
        ("Volkswagen published its figures for the third quarter of 2024. Revenue was "
         "78.5 billion euros.", "en", "78.5 billion euros", "2024-Q3"),
        ("Volkswagen legte die Zahlen für das dritte Quartal 2024 vor. Der Umsatz lag bei "
         "78,5 Milliarden Euro.", "de", "78,5 Milliarden Euro", "2024-Q3"),
        ("Volkswagen publiceerde de cijfers over het derde kwartaal van 2024. De omzet "
         "bedroeg 78,5 miljard euro.", "nl", "78,5 miljard euro", "2024-Q3"),
        ("大众汽车公布了2024年第三季度业绩。营收为785亿欧元。", "zh", "785亿欧元", "2024-Q3"),
        ("Tencent reported revenue for the three-month period ending December 2024. Net "
         "profit totaled 51.3 billion yuan.", "en", "51.3 billion yuan", "2024-Q4"),
    ],
)  # fmt: skip
def test_a_sentence_naming_no_time_continues_the_period_before_it(
    text: str, lang: str, figure: str, period: str
) -> None:
    assert _read(text, lang)[figure].time == period


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        # a deadline sets no period
        ("Bis 2029 sollen rund 1.900 Stellen abgebaut werden. Der Umsatz sank um 1,1 "
         "Prozent auf gut 40 Milliarden Euro.", "de", "gut 40 Milliarden Euro"),
        ("保时捷计划2027年前精简经销商。营收为400亿欧元。", "zh", "400亿欧元"),
        # a year after a comparison opener is a base's
        ("De partij stond op 35 zetels, ten opzichte van de 17 zetels uit maart 2021. "
         "GroenLinks-PvdA kreeg 23 zetels.", "nl", "23 zetels"),
        ("Revenue fell 1.1% from €40.53 billion in 2023. The operating margin was 14.1%.",
         "en", "14.1%"),
        # a new paragraph (a line of its own) continues nothing
        ("Porsche legte die Zahlen für 2023 vor.\nDer Umsatz stieg auf 40,5 Milliarden "
         "Euro.", "de", "40,5 Milliarden Euro"),
        # a sentence with a time word of its own keeps it, resolved or not
        ("Porsche reported its 2024 results. In the first nine months, revenue was 28.6 "
         "billion euros.", "en", "28.6 billion euros"),
    ],
)  # fmt: skip
def test_what_continues_no_period(text: str, lang: str, figure: str) -> None:
    assert _read(text, lang)[figure].time != "2029"
    assert _read(text, lang)[figure].time in (None, "2024-9M")


def test_a_toll_is_of_its_day_not_the_period_before_it() -> None:
    text = "Helene made landfall in 2024. At least 227 people died."
    assert _read(text, "en", "2024-10-06")["At least 227 people"].time is None


def test_a_list_continues_the_heading_it_follows() -> None:
    text = "FY2024 Financial Highlights:\n- Revenue: RMB 660.3 billion, up 8% YoY"
    assert _read(text, "en", "2025-03-19")["RMB 660.3 billion"].time == "FY2024"


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        ("Die Ziele für das Gesamtjahr von 39 bis 40 Mrd. Euro Umsatz (Vorjahr: 41 Mrd. "
         "Euro) und einer Umsatzrendite von 14 bis 15 Prozent (2023: 18 Prozent) bestätigte "
         "Porsche.", "de", {"39 bis 40 Mrd. Euro": None, "41 Mrd. Euro": "2023",
                            "14 bis 15 Prozent": None, "18 Prozent": "2023"}),
        ("Der Umsatz lag 2024 bei 40 Mrd. Euro (Vorjahr: 41 Mrd. Euro).", "de",
         {"40 Mrd. Euro": "2024", "41 Mrd. Euro": "2023"}),
        ("Revenue was 40 billion euros (2023: 41 billion).", "en",
         {"40 billion euros": None, "41 billion": "2023"}),
        ("De omzet bedroeg in 2024 40 miljard euro (vorig jaar: 41 miljard euro).", "nl",
         {"40 miljard euro": "2024", "41 miljard euro": "2023"}),
        ("2024年营收为400亿欧元（2023年：405亿欧元）。", "zh",
         {"400亿欧元": "2024", "405亿欧元": "2023"}),
    ],
)  # fmt: skip
def test_a_brackets_label_dates_its_figure_alone(
    text: str, lang: str, figures: dict[str, str | None]
) -> None:
    times = _times(text, lang, "2025-03-12" if "2024" in text[:30] else PUBLISHED)
    assert {figure: times[figure] for figure in figures} == figures


@pytest.mark.parametrize(
    ("text", "lang", "base", "main"),
    [
        ("De omzet bedroeg 9 miljard euro, tegen 10,1 miljard euro een jaar geleden.", "nl",
         "10,1 miljard euro", "9 miljard euro"),
        ("Revenue was 9 billion euros, compared with 10.1 billion euros a year ago.", "en",
         "10.1 billion euros", "9 billion euros"),
        ("Der Umsatz betrug 9 Milliarden Euro, gegenüber 10,1 Milliarden Euro vor einem "
         "Jahr.", "de", "10,1 Milliarden Euro", "9 Milliarden Euro"),
    ],
)  # fmt: skip
def test_a_base_a_year_ago_is_no_calendar_year(text: str, lang: str, base: str, main: str) -> None:
    claims = {c.text: c for c in extract_text(text, lang=lang, published="2024-04-20")}
    assert (claims[base].time, claims[base].as_of) == (None, None)
    assert claims[main].time is None and claims[main].as_of == "2024-04-20"


@pytest.mark.parametrize(
    ("text", "lang", "start", "level"),
    [
        ("Sales rose from 21.2 billion euros to 27.6 billion euros.", "en",
         "21.2 billion euros", "27.6 billion euros"),
        ("The margin fell from 18% to 14.1%.", "en", "18%", "14.1%"),
        ("Der Umsatz stieg von 28,6 Milliarden Euro auf 33,1 Milliarden Euro.", "de",
         "28,6 Milliarden Euro", "33,1 Milliarden Euro"),
        ("De omzet steeg van 9 miljard euro naar 10 miljard euro.", "nl", "9 miljard euro",
         "10 miljard euro"),
        ("销售回报率从18%降至14.1%。", "zh", "18%", "14.1%"),
    ],
)  # fmt: skip
def test_a_moves_start_with_its_unit_is_the_level_it_left(
    text: str, lang: str, start: str, level: str
) -> None:
    claims = {c.text: c for c in extract_text(text, lang=lang)}
    assert (claims[start].origin, claims[start].compared) == (True, False)
    assert (claims[level].origin, claims[level].compared) == (False, True)


def test_a_change_by_an_amount_is_no_level_left() -> None:
    claims = extract_text("Der Umsatz stieg um 5 Prozent auf 10 Milliarden Euro.", lang="de")
    assert [(c.text, c.origin, c.change) for c in claims] == [
        ("5 Prozent", False, True),
        ("10 Milliarden Euro", False, False),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "figure", "attribute"),
    [
        ("BYD's net profit margin rose from 4.99% in 2023 to 5.18% in 2024.", "en", "5.18%",
         "net_margin"),
        ("Die Nettomarge von BYD lag 2024 bei 5,18 Prozent.", "de", "5,18 Prozent",
         "net_margin"),
        ("De nettomarge van BYD bedroeg in 2024 5,18 procent.", "nl", "5,18 procent",
         "net_margin"),
        ("比亚迪2024年净利率为5.18%。", "zh", "5.18%", "net_margin"),
        ("Philips' cost of sales was EUR 10,248 million in 2024.", "en", "EUR 10,248 million",
         "expenses"),
        ("Die Umsatzkosten von Philips lagen 2024 bei 10,2 Milliarden Euro.", "de",
         "10,2 Milliarden Euro", "expenses"),
        ("De kostprijs van de omzet van Philips bedroeg in 2024 10,2 miljard euro.", "nl",
         "10,2 miljard euro", "expenses"),
        ("飞利浦2024年销售成本为102亿欧元。", "zh", "102亿欧元", "expenses"),
        ("保时捷2024年销售利润约为56.4亿欧元,销售回报率为14.1%。", "zh", "56.4亿欧元",
         "operating_profit"),
        ("保时捷2024年销售利润约为56.4亿欧元,销售回报率为14.1%。", "zh", "14.1%",
         "operating_margin"),
        ("However, Volkswagen's vehicle sales declined by 3.5% in 2024.", "en", "3.5%",
         "deliveries_change"),
        ("Philips' comparable sales grew 1% in 2024.", "en", "1%", "revenue_organic_change"),
        ("Die vergleichbaren Umsätze von Philips stiegen 2024 um 1 Prozent.", "de",
         "1 Prozent", "revenue_organic_change"),
        ("De vergelijkbare omzet van Philips steeg in 2024 met 1 procent.", "nl", "1 procent",
         "revenue_organic_change"),
        ("飞利浦2024年可比销售额增长1%。", "zh", "1%", "revenue_organic_change"),
        ("For 2025, Philips expects comparable sales growth of 3 to 5 percent.", "en",
         "3 to 5 percent", "revenue_change_expected"),
        ("Heineken's beer volume grew 4.7% in 2024.", "en", "4.7%", "sales_volume_change"),
        ("Der Bierabsatz von Heineken stieg 2024 um 1,6 Prozent.", "de", "1,6 Prozent",
         "sales_volume_change"),
        ("Het biervolume van Heineken steeg in 2024 met 1,6 procent.", "nl", "1,6 procent",
         "sales_volume_change"),
        ("喜力2024年啤酒销量增长1.6%。", "zh", "1.6%", "sales_volume_change"),
        ("Philips agreed a $1.1 billion settlement in the US in 2024.", "en", "$1.1 billion",
         "settlement"),
        ("Philips trof in 2024 een schikking van 1,1 miljard euro.", "nl", "1,1 miljard euro",
         "settlement"),
        ("Philips zahlte 2024 eine Vergleichszahlung von 1,1 Milliarden Dollar.", "de",
         "1,1 Milliarden Dollar", "settlement"),
        ("飞利浦2024年支付和解金11亿美元。", "zh", "11亿美元", "settlement"),  # 和 is "and" too
        ("De orderontvangst van Philips steeg in 2024 met 2 procent.", "nl", "2 procent",
         "bookings_change"),
        ("西门子2024财年净收益达到创纪录的85亿欧元。", "zh", "85亿欧元", "profit"),
    ],
)  # fmt: skip
def test_measures_are_named_in_all_their_forms(
    text: str, lang: str, figure: str, attribute: str
) -> None:
    assert _read(text, lang, "2025-03-12")[figure].attribute == attribute


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In the first six months of 2024 Heineken grew its net revenue to EUR 14.8 billion.",
         "en"),
        ("In den ersten sechs Monaten 2024 stieg der Umsatz von Heineken auf 14,8 Milliarden "
         "Euro.", "de"),
        ("In de eerste zes maanden van 2024 steeg de omzet van Heineken naar 14,8 miljard "
         "euro.", "nl"),
        ("喜力2024年前六个月营收为148亿欧元。", "zh"),
        ("Heineken Holding N.V. reports 2024 half year results: revenue of EUR 14.8 billion.",
         "en"),
    ],
)  # fmt: skip
def test_the_first_six_months_are_the_first_half(text: str, lang: str) -> None:
    times = [c.time for c in extract_text(text, lang=lang) if c.unit == "EUR"]
    assert times == ["2024-H1"]


def _alarms(texts: list[tuple[str, str]], published: str = "2025-02-12") -> list[str]:
    report = report_texts(
        [
            (f"{i}.md", f"---\ndate: {published}\n---\n{t}", lang)
            for i, (t, lang) in enumerate(texts)
        ]
    )
    return sorted(f.message for f in report.findings if f.severity in ("error", "warning"))


def test_a_profit_accounted_two_ways_leaves_its_plain_figures_unsure() -> None:
    plain = [
        ("Tencent's profit rose 40% to 227.2 billion yuan in 2024.", "en"),
        ("Tencent's net profit rose 68% to 194.1 billion yuan in 2024.", "en"),
    ]
    assert len(_alarms(plain)) == 2  # the profit and its change disagree
    adjusted = [("腾讯2024年非国际财务报告准则净利润为2227.03亿元。", "zh")]
    assert _alarms(plain + adjusted) == []


def test_organic_growth_leaves_plain_changes_unsure_and_levels_sure() -> None:
    texts = [
        ("Heineken's revenue grew 2.1% to 14.8 billion euros in 2024.", "en"),
        ("Heineken's revenue grew 5.9% to 17.8 billion euros in 2024.", "en"),
        ("Heineken's revenue grew 6.0% organically in 2024.", "en"),
    ]
    alarms = _alarms(texts)
    assert len(alarms) == 1 and "revenue (net sales) (2024): 14.8 billion EUR" in alarms[0]


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        ("SHENZEN/HONGKONG (dpa-AFX) - Der chinesische Autobauer BYD hat seinen Gewinn "
         "gesteigert. Unter dem Strich machte der Konzern 40,3 Milliarden Yuan.",
         "40,3 Milliarden Yuan", "BYD"),
        ("Amsterdam, (APP - UrduPoint / Pakistan Point News - 19th Feb, 2025) Philips on "
         "Wednesday posted losses.\nThe firm reported a net loss of 698 million Euros.",
         "698 million Euros", "Philips"),
        ('Investment Rating - The rating for BYD is "Buy" (maintained) [2] Core Views - '
         "BYD's 2024 annual report shows a net profit of 40.25 billion yuan.",
         "40.25 billion yuan", "BYD"),
    ],
)  # fmt: skip
def test_datelines_headings_and_quoted_terms_name_no_subject(
    text: str, figure: str, subject: str
) -> None:
    lang = "de" if "Konzern" in text else "en"
    assert _read(text, lang)[figure].subject == subject


@pytest.mark.parametrize(
    ("text", "lang", "figure", "subject"),
    [
        ("Volkswagen published its results. Its 2024 net profit dropped 30.6%.", "en",
         "30.6%", "Volkswagen"),
        ("Volkswagen legte Zahlen vor. Seine Auslieferungen sanken 2024 um 2,3 Prozent.",
         "de", "2,3 Prozent", "Volkswagen"),
        ("保时捷公布了2024年财报。其营收为400亿欧元。", "zh", "400亿欧元", "Porsche"),
        # a company a sentence opens with a preposition is what "its" stands for
        ("AccuWeather put the damage at $95 billion.\n\nAt Porsche, revenue slipped to "
         "40.08 billion euros. The carmaker delivered 320,221 vehicles. It cut its revenue "
         "forecast to between 39 and 40 billion euros.", "en", "39 and 40 billion euros",
         "Porsche"),
    ],
)  # fmt: skip
def test_a_possessive_pronoun_stands_for_the_last_subject(
    text: str, lang: str, figure: str, subject: str
) -> None:
    assert _read(text, lang)[figure].subject == subject


def test_chinese_qi_inside_a_word_is_no_pronoun() -> None:
    text = "保时捷公布了2024年财报。其中,德国销量为3.58万辆。"
    assert _read(text, "zh")["3.58万辆"].subject == "Germany"


def test_a_name_quoted_once_and_then_written_plainly_stays_a_name() -> None:
    text = "OpenAI unveiled “Stargate” on Tuesday. Stargate will invest $500 billion."
    assert _read(text, "en")["$500 billion"].subject == "Stargate"


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("Tesla will produce 500,000 vehicles, more than the 450,000 battery-electric "
         "vehicles that rival Volkswagen sold in 2021.", "en",
         "450,000 battery-electric vehicles"),
        ("Tesla baut 500.000 Autos, mehr als die 450.000 Elektroautos, die Volkswagen 2021 "
         "verkaufte.", "de", "450.000 Elektroautos"),
        ("Tesla bouwt 500.000 auto's, meer dan de 450.000 elektrische auto's die Volkswagen "
         "in 2021 verkocht.", "nl", "meer dan de 450.000 elektrische auto's"),
    ],
)  # fmt: skip
def test_a_relative_clauses_subject_did_what_the_figure_counts(
    text: str, lang: str, figure: str
) -> None:
    assert _read(text, lang)[figure].subject == "Volkswagen"


@pytest.mark.parametrize(
    ("text", "lang", "figure", "unit"),
    [
        ("Met een jaarlijkse productiecapaciteit van 500.000 Model Y gaat het snel.", "nl",
         "500.000", "count"),
        ("Tesla sold 200,000 Model 3s.", "en", "200,000", "count"),
        ("Apple launched 3 new models.", "en", "3 new models", "model"),
        ("Floods Kill 200 People In Spain", "en", "200 People", "person"),
    ],
)  # fmt: skip
def test_a_capitalised_noun_before_a_code_begins_a_name(
    text: str, lang: str, figure: str, unit: str
) -> None:
    assert [(c.text, c.unit) for c in extract_text(text, lang=lang)] == [(figure, unit)]


def test_surpassing_a_mark_is_more_than_it() -> None:
    text = "BYD's revenue surged last year, surpassing the $100 billion mark."
    claims = extract_text(text, lang="en")
    assert [(c.text, c.bound, c.value) for c in claims] == [
        ("surpassing the $100 billion", "gt", 100e9)
    ]


@pytest.mark.parametrize(
    ("draft", "source", "verdict"),
    [
        ("Philips expects comparable sales growth of 3 to 5 percent in 2025.",
         "Philips forecasts comparable sales growth between 1% and 3% in 2025.", "flagged"),
        ("Philips expects comparable sales growth of 1 to 3 percent in 2025.",
         "Philips forecasts comparable sales growth between 1% and 3% in 2025.", "supported"),
        ("Philips expects comparable sales growth of 1.5 to 3 percent in 2025.",
         "Philips forecasts comparable sales growth between 1% and 3% in 2025.", "supported"),
        ("Philips expects comparable sales growth of 2 percent in 2025.",
         "Philips forecasts comparable sales growth between 1% and 3% in 2025.", "supported"),
    ],
)  # fmt: skip
def test_two_ranges_agree_only_when_one_holds_the_other(
    draft: str, source: str, verdict: str
) -> None:
    from factcheck.checks.agreement import agreeing

    a, b = (annotated_claims(t, "en", "2025-02-20")[0] for t in (draft, source))
    assert ("supported" if agreeing(None, a, b) else "flagged") == verdict
