"""Batch 32 (Deutsche Telekom's 2024 results, the Iberian blackout, Hurricane Beryl) and
the misses it showed in general: the same digits in another order are a typing slip,
whatever excuses two counts otherwise; a rounded figure that agrees with two periods'
exact figures misdates nothing; a sentence set against the story lends no period to
the next; power a grid lost, net debt and customers won are measures of their own."""

from __future__ import annotations

import pytest

from factcheck.runs.checking import check_texts
from factcheck.runs.reporting import report_texts
from tests.annotating import annotated_claims, readings
from tests.news_reports import flagged_rules

DERNA = (
    "date 2023-09-17 Eastern health authorities put the toll at 3,252 people. The UN said "
    "the toll could reach 11,300 people. The World Health Organization said the bodies of "
    "{} people had been recovered in Libya. The UN revised its count: the total deaths in "
    "Libya have reached {} people."
)


def test_transposed_digits_in_one_article_are_warned_of() -> None:
    """The WHO's 3,985 and the UN's 3,958 (batch 23): four figures of a running count
    from several reporters are otherwise information."""
    report = report_texts([("a.txt", DERNA.format("3,985", "3,958"), "en")])
    flagged = [f for f in report.findings if f.severity != "info"]
    assert [(f.rule, f.severity) for f in flagged] == [("FC101", "warning")]
    assert flagged[0].message.endswith("digits transposed?)")
    texts = {claim.id: claim.text for claim in report.claims}
    quoted = {texts[i] for i in flagged[0].claim_ids}
    assert quoted == {"3,985 people", "3,958 people"}


@pytest.mark.parametrize(
    ("first", "second"), [("3,985", "3,975"), ("3,985", "3,985"), ("398", "389")]
)
def test_other_digits_or_too_few_stay_information(first: str, second: str) -> None:
    report = report_texts([("a.txt", DERNA.format(first, second), "en")])
    assert flagged_rules(report) == []


PORSCHE = [
    ("a.txt", "date 2025-03-12 保时捷2024年销售收入约400亿欧元,同比下降1.1%。", "zh"),
    ("b.txt", "date 2025-03-12 保时捷2024年营业收入为400.8亿欧元。", "zh"),
    ("c.txt", "date 2025-03-12 Porsche's revenue was €40.53 billion in 2023.", "en"),
]


def test_a_rounded_figure_near_two_periods_exact_ones_misdates_nothing() -> None:
    """约400亿 (2024) meets 40.53 billion (2023) through its hedge, but 2024's exact
    400.8亿 is not 2023's 40.53 billion: two figures (it was an FC105 warning)."""
    assert [f.rule for f in report_texts(PORSCHE).findings if f.rule == "FC105"] == []


def test_one_figure_in_two_periods_is_still_misdated() -> None:
    texts = [
        PORSCHE[1],
        ("c.txt", "date 2025-03-12 Porsche's revenue was €40.08 billion in 2023.", "en"),
    ]
    assert flagged_rules(report_texts(texts)) == [("FC105", "warning")]


@pytest.mark.parametrize(
    ("lang", "text", "figure", "time"),
    [
        ("de", "Der Konzerngewinn fiel 2024 auf 11,21 Milliarden Euro. Allerdings gab es 2023 einen "
         "Sondereffekt. Höttges stellte eine Dividende von 90 Cent pro Aktie in Aussicht.", "90 Cent", None),
        ("de", "Der Konzerngewinn fiel 2024 auf 11,21 Milliarden Euro. Im Jahr 2023 gab es einen "
         "Sondereffekt. Höttges stellte eine Dividende von 90 Cent pro Aktie in Aussicht.", "90 Cent", "2023"),
        ("en", "Profit fell in 2024. However, 2023 had a one-off gain. Revenue was €115.8 billion.",
         "€115.8 billion", None),
        ("nl", "De winst daalde in 2024. Maar in 2023 was er een eenmalige winst. De omzet was 115,8 miljard euro.",
         "115,8 miljard euro", None),
        ("zh", "2024年利润下降。不过2023年有一次性收益。营收为1158亿欧元。", "1158亿欧元", None),
    ],
)  # fmt: skip
def test_an_aside_lends_no_period(lang: str, text: str, figure: str, time: str | None) -> None:
    assert readings(text, lang)[figure].time == time


@pytest.mark.parametrize(
    ("lang", "text", "figure", "attribute"),
    [
        # from the batch: the blackout's lost generation
        ("en", "Around 12:33 p.m., Spain's power grid lost about 15 gigawatts.", "about 15 gigawatts", "power_lost"),
        ("en", "In only 5 seconds, a total of 15 GW of energy disappeared.", "15 GW", "power_lost"),
        ("de", "Innerhalb von fünf Sekunden habe Spanien 15 Gigawatt an Stromerzeugung verloren.", "15 Gigawatt", "power_lost"),
        ("nl", "Het Spaanse stroomnet verloor binnen enkele seconden 15 gigawatt.", "15 gigawatt", "power_lost"),
        ("zh", "西班牙电网在短短数秒内损失了15吉瓦电力。", "15吉瓦", "power_lost"),
        # net debt is no net income; customers won are no customer base
        ("en", "Net profit came to EUR 11.2 billion, while net debt stood at EUR 137.3 billion.", "EUR 137.3 billion", "net_debt"),
        ("en", "Net profit came to EUR 11.2 billion, while net debt stood at EUR 137.3 billion.", "EUR 11.2 billion", "profit"),
        ("de", "Die Nettofinanzverbindlichkeiten lagen bei 137,3 Milliarden Euro.", "137,3 Milliarden Euro", "net_debt"),
        ("nl", "De nettoschuld bedroeg 137,3 miljard euro.", "137,3 miljard euro", "net_debt"),
        ("zh", "德国电信净负债为1373亿欧元。", "1373亿欧元", "net_debt"),
        ("en", "T-Mobile US added 6.1 million new postpaid customers in 2024.", "6.1 million new postpaid customers", "customers_added"),
        ("de", "Das Unternehmen verzeichnete 6,1 Millionen neue Mobilfunk-Vertragskunden.", "6,1 Millionen", "customers_added"),
        ("nl", "T-Mobile US won 6,1 miljoen nieuwe klanten.", "6,1 miljoen nieuwe klanten", "customers_added"),
        ("zh", "T-Mobile US新增客户610万。", "610万", "customers_added"),
        # a disaster's toll and outages, as the batch's pages word them
        ("de", "Hurrikan Beryl forderte in der Karibik mindestens elf Menschenleben.", "mindestens elf Menschenleben", "death_toll"),
        ("de", "In Texas fiel in rund 400.000 Haushalten der Strom aus.", "rund 400.000 Haushalten", "without_power"),
        ("en", "AccuWeather put the economic loss in Texas at $28 billion to $32 billion.", "$28 billion to $32 billion", "damage"),
        ("de", "Der wirtschaftliche Schaden in Spanien wird auf 1,6 Milliarden Euro geschätzt.", "1,6 Milliarden Euro", "damage"),
        # a signed change in brackets after its measure, past a comma
        ("en", "Telekom reported 26.3 billion euros as operating profit (EBIT, +26%).", "+26%", "operating_profit_change"),
        ("en", "Revenue rose to 115.8 billion euros (+3.4%).", "+3.4%", "revenue_change"),
        # a bare count whose noun is joined to another, then the measure
        ("zh", "德州超过250万个家庭和商业用户失去电力供应。", "超过250万个", "without_power"),
        # "Mill." is a scale word in German
        ("de", "Die Fleischindustrie bezifferte den Schaden auf 130 Mill. Euro.", "130 Mill. Euro", "damage"),
        # a target to raise a figure is an expected one
        ("de", "BASF kündigte an, das EBITDA auf 8,0 bis 8,4 Milliarden Euro zu steigern.",
         "8,0 bis 8,4 Milliarden Euro", "ebitda_expected"),
        ("nl", "Het bedrijf is van plan de omzet naar 12 miljard euro te verhogen.", "12 miljard euro", "revenue_expected"),
    ],
)  # fmt: skip
def test_what_a_figure_measures(lang: str, text: str, figure: str, attribute: str) -> None:
    assert readings(text, lang)[figure].attribute == attribute


@pytest.mark.parametrize(
    ("lang", "text", "figure", "subject"),
    [
        ("en", "Deutsche Telekom reported its results. Adjusted EBITDA AL was up 6.2 per cent to €43 billion.",
         "€43 billion", "Deutsche Telekom"),
        ("en", "In the United States, T-Mobile US added 1.2 million new mobile customers.",
         "1.2 million new mobile customers", "T-Mobile US"),
        ("en", "AccuWeather put the economic loss in Texas at $28 billion.", "$28 billion", "Texas"),
    ],
)  # fmt: skip
def test_who_a_figure_is_of(lang: str, text: str, figure: str, subject: str) -> None:
    assert readings(text, lang)[figure].subject == subject


def test_a_draft_loses_megawatts_where_the_sources_lost_gigawatts() -> None:
    sources = [
        ("a.txt", "date 2025-04-29 Innerhalb von fünf Sekunden habe Spanien 15 Gigawatt an Stromerzeugung verloren.", "de"),
        ("b.txt", "date 2025-04-29 Around 12:33 p.m., Spain's power grid lost about 15 gigawatts.", "en"),
    ]  # fmt: skip
    draft = "Beim Blackout am 28. April 2025 verlor Spanien innerhalb von fünf Sekunden 15 Megawatt an Stromerzeugung."
    findings = check_texts(("d.txt", draft, "de"), sources).findings
    assert [(f.severity, f.text) for f in findings if f.severity != "info"] == [
        ("error", "15 Megawatt")
    ]


@pytest.mark.parametrize(
    ("hedged", "exact", "flagged"),
    [
        # "nearly 4.3 million" is 4.27 million rounded at its last digit: misdated
        ("BYD sold nearly 4.3 million vehicles in 2023.", "BYD sold 4.27 million vehicles in 2024.", True),
        # "bijna 4 procent" is no rounding of 3%: two figures
        ("Porsche leverde in 2023 bijna 4 procent minder auto's af.", "Porsche's deliveries fell 3% in 2024.", False),
    ],
)  # fmt: skip
def test_a_hedged_figure_is_misdated_only_within_its_rounding(
    hedged: str, exact: str, flagged: bool
) -> None:
    lang = "nl" if "leverde" in hedged else "en"
    texts = [
        ("a.txt", f"date 2025-03-20 {hedged}", lang),
        ("b.txt", f"date 2025-03-20 {exact}", "en"),
    ]
    assert bool(flagged_rules(report_texts(texts))) is flagged


def test_mill_is_a_million() -> None:
    [claim] = annotated_claims("Der Schaden lag bei 130 Mill. Euro.", "de")
    assert (claim.text, claim.value, claim.unit) == ("130 Mill. Euro", 130e6, "EUR")


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "The Spanish grid lost 15 gigawatts within seconds.", "15 gigawatts"),
        ("nl", "Het Spaanse stroomnet verloor binnen enkele seconden 15 gigawatt.", "15 gigawatt"),
        ("de", "Das spanische Stromnetz verlor 15 Gigawatt.", "15 Gigawatt"),
    ],
)
def test_a_countrys_grid_is_the_country(lang: str, text: str, figure: str) -> None:
    assert readings(text, lang)[figure].subject == "Spain"


def test_a_hurricanes_category_is_no_subject() -> None:
    """ "Category 1" had been the subject of Beryl's winds (batch 32); a storm's winds
    are the event's, known by its country."""
    text = (
        "At least six people died in Texas as a result of the storm after it made landfall "
        "on Monday as a Category 1 hurricane with sustained wind speeds of 80 mph."
    )
    assert readings(text, "en")["80 mph"].subject == "United States"


@pytest.mark.parametrize(
    ("lang", "text", "origins"),
    [
        # a move whose figures carry their currency before them: two levels, the first
        # the one moved from (they had been a range, or two levels to compare)
        ("en", "Net debt increased from EUR 132.3 billion to EUR 137.3 billion.",
         {"EUR 132.3 billion": True, "EUR 137.3 billion": False}),
        ("en", "Revenue rose from €132.3 billion to €137.3 billion.",
         {"€132.3 billion": True, "€137.3 billion": False}),
        ("nl", "De omzet steeg van € 132,3 miljard naar € 137,3 miljard.",
         {"€ 132,3 miljard": True, "€ 137,3 miljard": False}),
        ("de", "Der Umsatz stieg von 132,3 Milliarden Euro auf 137,3 Milliarden Euro.",
         {"132,3 Milliarden Euro": True, "137,3 Milliarden Euro": False}),
        # with no verb of change, "from X to Y" and "between X and Y" stay ranges
        ("en", "Prices range from $10 to $20.", {"$10 to $20": False}),
        ("en", "Revenue was between €5.0 billion and €5.5 billion.", {"€5.0 billion and €5.5 billion": False}),
    ],
)  # fmt: skip
def test_a_move_between_figures_with_symbols(
    lang: str, text: str, origins: dict[str, bool]
) -> None:
    assert {c.text: c.origin for c in annotated_claims(text, lang)} == origins


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        # batch 31: the second aftershock of the list had been the main shock's magnitude
        ("en", "The quake has resulted in at least six aftershocks, including one of 6.9 magnitude "
         "and another of 6.3 magnitude.", "6.3 magnitude"),
        ("de", "Es gab mehrere Nachbeben, darunter eines der Stärke 6,9 und ein weiteres der Stärke 6,3.",
         "Stärke 6,3"),
        ("nl", "Er volgden tientallen naschokken, waaronder een met een kracht van 6,3.", "kracht van 6,3"),
    ],
)  # fmt: skip
def test_a_list_of_aftershocks_measures_aftershocks(lang: str, text: str, figure: str) -> None:
    assert readings(text, lang)[figure].attribute == "aftershock_magnitude"


def test_toneless_pinyin_glosses_make_a_page_unsure() -> None:
    """A content farm's "10万辆纯(chun)电动BMW" (batch 28): its subjects are guesses."""
    text = "高乐:2024年宝马(ma)在中(zhong)国市场交付10万辆纯(chun)电动汽车。"
    [claim] = [c for c in annotated_claims(text, "zh") if c.text.startswith("10万")]
    assert not claim.subject_sure
    assert annotated_claims("英伟达(Nvidia)使用应用程序(app)交付10万辆汽车。", "zh")[0].subject_sure


@pytest.mark.parametrize(
    ("price", "flagged"),
    [
        ("每股263元", []),  # 元 alone may be the Hong Kong dollar (batch 28's FC103 error)
        ("每股263元人民币", [("FC103", "error")]),  # the yuan named outright
    ],
)
def test_a_generic_currency_word_is_no_unit_written_wrong(price: str, flagged: list) -> None:
    texts = [
        ("a.txt", f"寧德時代在香港交易所上市,{price}。", "zh"),
        ("b.txt", "宁德时代香港上市最终定价为每股263港元。", "zh"),
    ]
    assert flagged_rules(report_texts(texts)) == flagged


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        # a storm's kind before its name, opening the sentence or not (batch 32's winds
        # of "Orkaan Beryl" had fallen to the draft's most-named company)
        ("en", "Hurricane Beryl reached winds of 165 mph.", "165 mph"),
        ("en", "Forecasters said Hurricane Beryl reached winds of 165 mph.", "165 mph"),
        ("nl", "Orkaan Beryl bereikte windsnelheden van 260 kilometer per uur.", "260 kilometer per uur"),
        ("de", "Hurrikan Beryl erreichte Windgeschwindigkeiten von 260 Kilometern pro Stunde.",
         "260 Kilometern pro Stunde"),
    ],
)  # fmt: skip
def test_a_storm_named_after_its_kind_is_the_subject(lang: str, text: str, figure: str) -> None:
    reading = readings(text, lang)[figure]
    assert (reading.subject, reading.attribute) == ("Beryl", "wind_speed")


@pytest.mark.parametrize(
    ("lang", "text", "other"),
    [
        ("en", "The UN said the bodies of 3,985 people had been recovered in Libya. The total deaths "
         "in Libya have reached 3,958 people, the UN said later.",
         "The World Health Organization said 3,985 people had died in Libya."),
        ("de", "Die Vereinten Nationen meldeten, in Libyen seien 3.985 Menschen ums Leben gekommen. "
         "Später meldeten die Vereinten Nationen 3.958 Tote in Libyen.",
         "Die WHO meldete 3.985 Tote in Libyen."),
        ("nl", "De Verenigde Naties meldden dat in Libië 3985 mensen om het leven kwamen. Later "
         "meldden de Verenigde Naties 3958 doden in Libië.",
         "De WHO meldde 3985 doden in Libië."),
        ("zh", "联合国表示,利比亚已有3985人死亡。联合国随后表示,利比亚死亡人数为3958人。",
         "世卫组织称利比亚有3985人死亡。"),
    ],
)  # fmt: skip
def test_one_reporters_transposed_update_is_a_slip(lang: str, text: str, other: str) -> None:
    """One reporter's two counts of a toll are an update, information; the same digits
    in another order are a slip whatever the language."""
    report = report_texts([("a.txt", text, lang), ("b.txt", other, lang)])
    assert flagged_rules(report) == [("FC101", "error")]
    assert report.findings[0].message.endswith("digits transposed?)")
