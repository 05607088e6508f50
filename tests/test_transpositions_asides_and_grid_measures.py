"""Batch 32 (Deutsche Telekom's 2024 results, the Iberian blackout, Hurricane Beryl) and
the misses it showed in general: the same digits in another order are a typing slip,
whatever excuses two counts otherwise; a rounded figure that agrees with two periods'
exact figures misdates nothing; a sentence set against the story lends no period to
the next; power a grid lost, net debt and customers won are measures of their own."""

from __future__ import annotations

import pytest

from factcheck.runs.checking import check_texts
from factcheck.runs.reporting import report_texts
from tests.annotating import readings
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
        ("de", "Hurrikan Beryl forderte in der Karibik mindestens elf Menschenleben.", "mindestens elf", "death_toll"),
        ("de", "In Texas fiel in rund 400.000 Haushalten der Strom aus.", "rund 400.000 Haushalten", "without_power"),
        ("en", "AccuWeather put the economic loss in Texas at $28 billion to $32 billion.", "$28 billion to $32 billion", "damage"),
        ("de", "Der wirtschaftliche Schaden in Spanien wird auf 1,6 Milliarden Euro geschätzt.", "1,6 Milliarden Euro", "damage"),
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
