"""Classes of held-out batch 22 (Tencent's results, Volkswagen's 2024 results and job
cuts, Netflix's subscribers): the same period of a relative year ("去年同期", "een jaar
eerder in dezelfde periode") is a comparison's base, neither that year as a whole nor
as of the publication day; a change keeps its bound ("rose by more than 2,100",
"差距超过41亿欧元"); an operating result and an operating margin are named in all
their forms, a bare "margin" is no gross margin, costs a company books are no price,
and an adjusted (non-IFRS) result is not the statutory one; a move's start year is
not the level's, "the previous year" counts from the year the text names, "im Jahr 2023" is a date, a name before a participle is its subject,
and a group's core brand is a part of it; a nameless sentence continues its
paragraph's subject, what is left "after tax" is profit, "that quarter" is the one
named last (not a comparison's base), and a business line's revenue is not the
company's."""

from __future__ import annotations

import pytest

from factcheck.extraction.scanner import extract_text
from factcheck.runs.reporting import report_texts

PUBLISHED = "2025-03-20"


def _when(text: str, lang: str, figure: str, published: str = PUBLISHED) -> tuple:
    claims = [c for c in extract_text(text, lang=lang, published=published) if c.text == figure]
    assert len(claims) == 1, [c.text for c in extract_text(text, lang=lang)]
    return claims[0].time, claims[0].as_of


@pytest.mark.parametrize(
    ("text", "lang", "base", "main"),
    [
        ("Tencent's revenue rose 11% to 172.4 billion yuan in the fourth quarter of 2024. "
         "In the same period a year earlier, it had taken in 155.2 billion yuan.", "en",
         "155.2 billion yuan", "172.4 billion yuan"),
        ("Revenue was 172.4 billion yuan in the fourth quarter of 2024, up from 155.2 "
         "billion yuan in the year-ago period.", "en", "155.2 billion yuan",
         "172.4 billion yuan"),
        ("Tencent steigerte den Umsatz im vierten Quartal 2024 auf 172,4 Milliarden Yuan. "
         "Im Vorjahreszeitraum waren es 155,2 Milliarden Yuan.", "de",
         "155,2 Milliarden Yuan", "172,4 Milliarden Yuan"),
        ("Tencent zette in het vierde kwartaal van 2024 172,4 miljard yuan om. Het bedrijf "
         "zette een jaar eerder in dezelfde periode nog ruim 155 miljard yuan om.", "nl",
         "ruim 155 miljard yuan", "172,4 miljard yuan"),
        ("腾讯2024年第四季度营收为1724亿元,去年同期为1552亿元。", "zh", "1552亿元", "1724亿元"),
    ],
)  # fmt: skip
def test_the_same_period_of_a_relative_year_is_a_base(
    text: str, lang: str, base: str, main: str
) -> None:
    assert _when(text, lang, base) == (None, None)
    assert _when(text, lang, main) == ("2024-Q4", PUBLISHED)


def test_a_quarter_beside_a_base_period_is_the_latest_one() -> None:
    text = (
        "三季度财报显示,大众汽车集团该季度营收为803.05亿欧元;营业亏损12.99亿欧元,"
        "上年同期营业利润为28.33亿欧元;税后利润为亏损10.72亿欧元,去年同期则盈利15.58亿欧元。"
    )
    published = "2025-12-17"
    assert _when(text, "zh", "10.72亿欧元", published) == ("2025-Q3", published)
    assert _when(text, "zh", "803.05亿欧元", published) == ("2025-Q3", published)
    assert _when(text, "zh", "28.33亿欧元", published) == (None, None)
    assert _when(text, "zh", "15.58亿欧元", published) == (None, None)


@pytest.mark.parametrize(
    ("text", "lang", "change", "level"),
    [
        ("The death toll rose by more than 2,100 to 7,200 on Tuesday.", "en",
         "more than 2,100", "7,200"),
        ("Die Zahl der Toten stieg um mehr als 2100 auf 7200.", "de", "mehr als 2100", "7200"),
        ("Het dodental steeg met ruim 2100 tot 7200.", "nl", "ruim 2100", "7200"),
        ("Het dodental steeg met 2100 tot 7200.", "nl", "2100", "7200"),
        ("死亡人数增加超过2100人,达到7200人。", "zh", "超过2100人", "7200人"),
    ],
)  # fmt: skip
def test_a_change_keeps_its_bound(text: str, lang: str, change: str, level: str) -> None:
    claims = {c.text: c for c in extract_text(text, lang=lang)}
    assert set(claims) == {change, level}
    assert (claims[change].change, claims[change].low) == (True, 2100)
    assert (claims[level].change, claims[level].value) == (False, 7200)


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("Volkswagen swung to an operating loss of 1.3 billion euros, a gap of more than "
         "4.1 billion euros from the year before.", "en", "more than 4.1 billion euros"),
        ("Volkswagen meldete einen operativen Verlust von 1,3 Milliarden Euro, eine "
         "Differenz von mehr als 4,1 Milliarden Euro zum Vorjahr.", "de",
         "mehr als 4,1 Milliarden Euro"),
        ("Volkswagen boekte een bedrijfsverlies van 1,3 miljard euro, een verschil van ruim "
         "4,1 miljard euro met een jaar eerder.", "nl", "ruim 4,1 miljard euro"),
        ("大众汽车营业亏损12.99亿欧元,同比由盈转亏,差距超过41亿欧元。", "zh", "超过41亿欧元"),
    ],
)  # fmt: skip
def test_a_difference_is_a_change(text: str, lang: str, figure: str) -> None:
    claims = [c for c in extract_text(text, lang=lang) if c.text == figure]
    assert [(c.change, c.bound) for c in claims] == [(True, "gt")]


def test_a_bound_after_a_verb_alone_is_the_level_reached() -> None:
    claims = extract_text("The death toll rose above 2,100 on Tuesday.", lang="en")
    assert [(c.text, c.change) for c in claims] == [("above 2,100", False)]


def _attributes(text: str, lang: str) -> dict[str, str]:
    report = report_texts([("a.txt", text, lang)])
    return {c.text: str(c.attribute) for c in report.claims}


@pytest.mark.parametrize(
    ("text", "lang", "figure", "attribute"),
    [
        ("Volkswagen's operating result fell 15% to 19.1 billion euros in 2024.", "en",
         "19.1 billion euros", "operating_profit"),
        ("Der Gewinn aus dem operativen Geschäft sei 2024 auf 19 Milliarden Euro "
         "eingebrochen.", "de", "19 Milliarden Euro", "operating_profit"),
        ("Im Tagesgeschäft fiel das operative Ergebnis auf 19,1 Mrd. Euro.", "de",
         "19,1 Mrd. Euro", "operating_profit"),
        ("Het operationele resultaat daalde tot 19 miljard euro.", "nl", "19 miljard euro",
         "operating_profit"),
        ("騰訊2024年的經營盈利為2378.11億元。", "zh", "2378.11億元", "operating_profit"),
        ("騰訊2024年按非國際財務報告準則的經營盈利為2378.11億元。", "zh", "2378.11億元",
         "operating_profit_adjusted"),
        ("Tencent's non-IFRS net profit rose to 55.3 billion yuan.", "en",
         "55.3 billion yuan", "profit_adjusted"),
        ("Der bereinigte Nettogewinn von Tencent stieg auf 55,3 Milliarden Yuan.", "de",
         "55,3 Milliarden Yuan", "profit_adjusted"),
        ("De gecorrigeerde nettowinst van Tencent steeg naar 55,3 miljard yuan.", "nl",
         "55,3 miljard yuan", "profit_adjusted"),
        ("腾讯第四季度经调整净利润为553亿元。", "zh", "553亿元", "profit_adjusted"),
        ("腾讯第四季度净利润为513亿元。", "zh", "513亿元", "profit"),
        ("Volkswagen's operating margin stood at 5.9% for 2024.", "en", "5.9%",
         "operating_margin"),
        ("Die operative Umsatzrendite lag 2024 bei 5,9 Prozent.", "de", "5,9 Prozent",
         "operating_margin"),
        ("De operationele marge bedroeg in 2024 5,9 procent.", "nl", "5,9 procent",
         "operating_margin"),
        ("大众2024年营业利润率为5.9%。", "zh", "5.9%", "operating_margin"),
        ("Nvidia's gross margin was 75 percent in 2024.", "en", "75 percent", "gross_margin"),
        ("Das entsprach einer Marge von 5,9 Prozent.", "de", "5,9 Prozent", "percent:percent"),
        ("Volkswagen said one-off expenses totalling €2.6 billion hit its result.", "en",
         "€2.6 billion", "expenses"),
        ("Sonderkosten von 2,6 Milliarden Euro belasteten das Ergebnis von Volkswagen.", "de",
         "2,6 Milliarden Euro", "expenses"),
        ("Volkswagen boekte eenmalige kosten van 2,6 miljard euro.", "nl", "2,6 miljard euro",
         "expenses"),
        ("大众汽车若剔除26亿欧元重组成本,利润率更高。", "zh", "26亿欧元", "expenses"),
        ("Volkswagen verdiente 2024 nach Steuern 12,4 Milliarden Euro.", "de",
         "12,4 Milliarden Euro", "profit"),
        ("Volkswagen earned €12.4 billion after tax in 2024.", "en", "€12.4 billion", "profit"),
        ("Volkswagen verdiende in 2024 na belastingen 12,4 miljard euro.", "nl",
         "12,4 miljard euro", "profit"),
        ("大众汽车2024年税后盈利124亿欧元。", "zh", "124亿欧元", "profit"),
        ("Tencent said domestic games revenue grew to 37 billion yuan in 2024.", "en",
         "37 billion yuan", "segment_revenue"),
        ("Der Spieleumsatz von Tencent stieg 2024 auf 37 Milliarden Yuan.", "de",
         "37 Milliarden Yuan", "segment_revenue"),
        ("De omzet uit games van Tencent steeg in 2024 tot 37 miljard yuan.", "nl",
         "37 miljard yuan", "segment_revenue"),
        ("腾讯2024年增值服务收入为790.2亿元。", "zh", "790.2亿元", "segment_revenue"),
        ("Bij Volkswagen werken ongeveer 300.000 mensen.", "nl", "ongeveer 300.000 mensen",
         "employees"),
        ("Bei Volkswagen arbeiten rund 120.000 Menschen.", "de", "rund 120.000 Menschen",
         "employees"),
        ("The Model Y costs €44,990 in Germany.", "en", "€44,990", "price"),
        ("Das Model Y kostet 44.990 Euro.", "de", "44.990 Euro", "price"),
    ],
)  # fmt: skip
def test_results_and_costs_are_named_in_all_their_forms(
    text: str, lang: str, figure: str, attribute: str
) -> None:
    assert _attributes(text, lang)[figure] == attribute


@pytest.mark.parametrize(
    ("text", "lang", "start", "level"),
    [
        ("The operating margin fell from 7% in 2023 to 5.9%.", "en", "7%", "5.9%"),
        ("Die operative Marge sank von 7 Prozent im Jahr 2023 auf 5,9 Prozent.", "de",
         "7 Prozent", "5,9 Prozent"),
        ("De operationele marge daalde van 7 procent in 2023 naar 5,9 procent.", "nl",
         "7 procent", "5,9 procent"),
        ("营业利润率从2023年的7%下滑至5.9%。", "zh", "7%", "5.9%"),
    ],
)  # fmt: skip
def test_a_moves_start_year_is_not_the_level_reached(
    text: str, lang: str, start: str, level: str
) -> None:
    assert _when(text, lang, start) == ("2023", PUBLISHED)
    assert _when(text, lang, level) == (None, PUBLISHED)
    assert set(_attributes(text, lang).values()) == {"operating_margin"}


def test_a_year_after_im_jahr_is_a_date_not_per_year() -> None:
    text = "Der Umsatz von Siemens stieg im Jahr 2023 um 5 Prozent auf 78 Milliarden Euro."
    assert _attributes(text, "de")["5 Prozent"] == "revenue_change"
    assert _attributes("Tesla baut 500.000 Autos im Jahr.", "de")["500.000 Autos"] == (
        "production_capacity"
    )


def _subjects(text: str, lang: str) -> dict[str, str | None]:
    report = report_texts([("a.txt", text, lang)])
    return {c.text: str(c.subject) if c.subject else None for c in report.claims}


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        ("The weakness in key market China was behind a drop in unit sales, with Volkswagen "
         "only shifting around nine million vehicles worldwide last year.",
         "around nine million vehicles", "Volkswagen"),
        ("Demand fell in China, with Tesla delivering 1.8 million cars in 2024.",
         "1.8 million cars", "Tesla"),
    ],
)  # fmt: skip
def test_a_name_before_a_participle_is_its_subject(text: str, figure: str, subject: str) -> None:
    assert _subjects(text, "en")[figure] == subject


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("Die Kernmarke VW Pkw machte im dritten Quartal einen operativen Gewinn von 375 "
         "Millionen Euro.", "de", "375 Millionen Euro"),
        ("The Volkswagen brand posted an operating profit of 375 million euros.", "en",
         "375 million euros"),
        ("Het merk Volkswagen boekte een bedrijfsresultaat van 375 miljoen euro.", "nl",
         "375 miljoen euro"),
        ("大众品牌第三季度营业利润为3.75亿欧元。", "zh", "3.75亿欧元"),
    ],
)  # fmt: skip
def test_a_groups_core_brand_is_a_part_of_it(text: str, lang: str, figure: str) -> None:
    assert _subjects(text, lang)[figure] == "Volkswagen Pkw"


def test_a_nameless_sentence_continues_its_paragraphs_subject() -> None:
    text = (
        "Tencent steigerte den Umsatz auf 172,4 Milliarden Yuan. Tencent verdiente 51 "
        "Milliarden Yuan.\n\nVolkswagen verdiente 2024 nach Steuern 12,4 Milliarden Euro. Das "
        "operative Ergebnis fiel auf 19,1 Milliarden Euro. Die Dividende soll sinken. Im "
        "dritten Quartal 2024 brach der Gewinn nach Steuern um 42 Prozent ein.\n\nDer Umsatz "
        "lag bei 9 Milliarden Euro."
    )
    subjects = _subjects(text, "de")
    assert subjects["42 Prozent"] == "Volkswagen"  # three sentences back, one paragraph
    assert subjects["9 Milliarden Euro"] == "Tencent"  # a new paragraph: the article's


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("Netflix had 277.7 million subscribers at the end of the second quarter of 2024. "
         "Revenue rose to 9.6 billion dollars in that quarter.", "en", "9.6 billion dollars"),
        ("Netflix hatte im zweiten Quartal 2024 277,7 Millionen Abonnenten. Der Umsatz stieg "
         "in diesem Quartal auf 9,6 Milliarden Dollar.", "de", "9,6 Milliarden Dollar"),
        ("Netflix had na het tweede kwartaal van 2024 bijna 277,7 miljoen abonnees. De omzet "
         "steeg in dat kwartaal tot 9,6 miljard euro.", "nl", "9,6 miljard euro"),
        ("奈飞2024年第二季度有2.777亿订阅用户。该季度营收为96亿美元。", "zh", "96亿美元"),
    ],
)  # fmt: skip
def test_that_quarter_is_the_one_named_last(text: str, lang: str, figure: str) -> None:
    assert _when(text, lang, figure) == ("2024-Q2", PUBLISHED)


def test_a_base_quarter_is_not_the_one_that_quarter_points_at() -> None:
    text = (
        "Netflix gained 19 million subscribers in the fourth quarter of 2024. In the previous "
        "quarter (Q3), the company added 5 million subscribers. Netflix reported $10.2 "
        "billion in revenue for the quarter."
    )
    assert _when(text, "en", "$10.2 billion") == ("2024-Q4", PUBLISHED)


@pytest.mark.parametrize(
    ("text", "lang", "figure", "year"),
    [
        ("Cost pressures squeezed Volkswagen's operating margin down to 5.9% in 2024, from "
         "some 7% the previous year.", "en", "some 7%", "2023"),
        ("Der Umsatz stieg 2024 auf 324,7 Milliarden Euro, nach 322,3 Milliarden Euro im "
         "Vorjahr.", "de", "322,3 Milliarden Euro", "2023"),
        ("Der Umsatz stieg 2024 auf 324,7 Milliarden Euro. Im Vorjahr lag der Gewinn bei "
         "17,9 Milliarden Euro.", "de", "17,9 Milliarden Euro", "2023"),
        ("De omzet steeg in 2024 tot 324,7 miljard euro. Een jaar eerder was dat 322,3 "
         "miljard euro.", "nl", "322,3 miljard euro", "2023"),
        ("2024年大众集团营收3247亿欧元,上一年为3223亿欧元。", "zh", "3223亿欧元", "2023"),
        # "last year" counts from the publication date, whatever year the text names
        ("Volkswagen's margin was 7% in 2023. It sold 9 million cars last year.", "en",
         "9 million cars", "2024"),
    ],
)  # fmt: skip
def test_the_previous_year_counts_from_the_year_the_text_names(
    text: str, lang: str, figure: str, year: str
) -> None:
    assert _when(text, lang, figure)[0] == year


@pytest.mark.parametrize(
    ("text", "figure", "period"),
    [
        ("奈飞用户增长将高于2024Q3的507万。", "507万", "2024-Q3"),
        ("腾讯25Q2收入为1845亿元。", "1845亿元", "2025-Q2"),
    ],
)
def test_a_compact_quarter_against_chinese_characters_is_a_quarter(
    text: str, figure: str, period: str
) -> None:
    assert _when(text, "zh", figure, "2025-08-14")[0] == period
