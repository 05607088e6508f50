"""Batch 25's Heineken beer (one outlet wrote "240,7 hectoliter", another "240,7 miljoen
hectoliter") and the verdicts it showed in general: sources that state no period and
disagree with each other dispute each other, not a draft that restates one of them; a
draft's figure is weighed the same whatever its file's name sorts beside; a source
published within the draft's period still outweighs one published long after. And
batch 23's round-up drafts: a paragraph that opens "In Libyen" is set there, so a toll
in a town no table lists is Libya's, not that of the country the draft names most.
Batch 33's Lufthansa results: "(previous year: €1.7 billion)" is the year before the
one the text speaks of, and "so viel wie noch 2022" compares with 2022."""

from __future__ import annotations

import pytest

from factcheck.runs.checking import check_texts
from factcheck.runs.reporting import report_texts
from tests.annotating import readings, subjects_of

BEER = (
    "Heineken was vorig jaar goed voor een omzet van 35,9 miljard euro, meldde het "
    "bierconcern bij de presentatie van zijn jaarcijfers. In vergelijking met een jaar "
    "eerder produceerde Heineken 1,6 procent meer bier, {}."
)
DRAFTS = [
    ("en", "Heineken brewed 240.7 million hectolitres of beer in 2024."),
    ("de", "Heineken braute 2024 rund 240,7 Millionen Hektoliter Bier."),
    ("nl", "Heineken brouwde in 2024 240,7 miljoen hectoliter bier."),
    ("zh", "喜力2024年啤酒产量为2.407亿百升。"),
]


@pytest.mark.parametrize(("lang", "draft"), DRAFTS)
@pytest.mark.parametrize("names", [("a.txt", "b.txt"), ("s1.txt", "s2.txt")])
def test_a_draft_restating_one_of_two_undated_sources_is_supported(
    lang: str, draft: str, names: tuple[str, str]
) -> None:
    """It was a scale error against "240,7 hectoliter" when the draft's file name
    sorted before the sources' ("s1.txt"), and unchecked when after ("a.txt")."""
    sources = [
        (names[0], BEER.format("goed voor 240,7 miljoen hectoliter"), "nl"),
        (names[1], BEER.format("wat in liters neerkomt op 240,7 hectoliter"), "nl"),
    ]
    result = check_texts(("d.txt", draft, lang), sources)
    assert [f for f in result.findings if f.severity != "info"] == []
    assert result.summary.supported == 1


NET_INCOME = [
    ("s1.txt", "date 2024-10-18 Netflix said its net income was $2.36 billion.", "en"),
    ("s2.txt", "date 2025-01-22 Netflix said its net income was $1.87 billion.", "en"),
]


@pytest.mark.parametrize(
    ("lang", "draft", "figure"),
    [
        ("en", "Netflix's net income in the third quarter of 2024 was $1.87 billion.", "$1.87 billion"),
        ("de", "Netflix erzielte im dritten Quartal 2024 einen Nettogewinn von 1,87 Milliarden Dollar.", "1,87 Milliarden Dollar"),
        ("nl", "Netflix boekte in het derde kwartaal van 2024 een nettowinst van 1,87 miljard dollar.", "1,87 miljard dollar"),
        ("zh", "奈飞2024年第三季度净利润为18.7亿美元。", "18.7亿美元"),
    ],
)  # fmt: skip
def test_a_source_of_the_period_outweighs_one_published_later(
    lang: str, draft: str, figure: str
) -> None:
    """The quarter's figure, reported in October, against the next quarter's, reported
    in January without a period: the draft took the wrong one."""
    findings = check_texts(("d.txt", draft, lang), NET_INCOME).findings
    assert [(f.severity, f.kind, f.text) for f in findings] == [("error", "value-conflict", figure)]


ROUND_UPS = [
    ("en", "The earthquake in Japan killed 64 people in Ishikawa Prefecture, and Japan's government said 51 were missing.\n\nIn Libya, a spokesman of the eastern government spoke. According to OCHA, some 11,300 people died in Darna, and 10,100 are still missing.", "some 11,300 people", "10,100"),
    ("de", "Das Erdbeben in Japan hat in der Präfektur Ishikawa 64 Menschen getötet.\n\nIn Libyen teilte ein Sprecher der ostlibyschen Regierung mit, die Lage sei ernst. Nach Angaben von OCHA kamen in Darna rund 11.300 Menschen ums Leben, während noch 10.100 Menschen als vermisst galten.", "rund 11.300 Menschen", "10.100 Menschen"),
    ("nl", "De aardbeving in Japan kostte 64 mensen in de prefectuur Ishikawa het leven.\n\nIn Libië sprak een woordvoerder van de oostelijke regering. Volgens OCHA kwamen in Darna zo'n 11.300 mensen om het leven en worden nog 10.100 mensen vermist.", "zo'n 11.300 mensen", "10.100 mensen"),
    ("zh", "日本能登半岛地震已导致石川县64人死亡。\n\n在利比亚,东部政府发言人发表讲话。据联合国人道协调厅称,德尔纳约1万1300人死亡,另有1万100人失踪。", "约1万1300人", "1万100人"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "dead", "missing"), ROUND_UPS)
def test_a_paragraph_opened_with_a_place_is_set_there(
    lang: str, text: str, dead: str, missing: str
) -> None:
    """The tolls had been Japan's, the country the text names most."""
    subjects = subjects_of(text, lang)
    assert (subjects[dead], subjects[missing]) == ("Libya", "Libya")


@pytest.mark.parametrize(
    ("lang", "text", "figure", "subject"),
    [
        # the dead a nationality names are that country's, whatever paragraph
        ("de", "Bei der Hadsch in Saudi-Arabien starben über 1300 Menschen.\n\nIn Jordanien bestätigte das Außenministerium 41 Tote. Zudem seien 300 Ägypter gestorben.", "300 Ägypter", "Egypt"),
        # a paragraph that opens with a year, not a place
        ("en", "The earthquake in Japan killed 64 people.\n\nIn Libya, floods struck in 2023.\n\nIn 2024, some 240 people died in the region.", "some 240 people", "Japan"),
    ],
)  # fmt: skip
def test_no_scene_where_none_is_set(lang: str, text: str, figure: str, subject: str) -> None:
    assert subjects_of(text, lang)[figure] == subject


BRACKETS = [
    ("en", "Lufthansa's revenue rose to €37.6 billion in 2024. Net profit fell to €1.4 billion (previous year: €1.7 billion).", "Net profit fell to €1.4 billion (previous year: €1.7 billion).", "€1.7 billion"),
    ("de", "Der Umsatz der Lufthansa stieg 2024 auf 37,6 Milliarden Euro. Der Gewinn sank auf 1,4 Milliarden Euro (Vorjahr: 1,7 Milliarden Euro).", "Der Gewinn der Lufthansa sank auf 1,4 Milliarden Euro (Vorjahr: 1,7 Milliarden Euro).", "1,7 Milliarden Euro"),
    ("nl", "De omzet van Lufthansa steeg in 2024 tot 37,6 miljard euro. De nettowinst daalde tot 1,4 miljard euro (vorig jaar: 1,7 miljard euro).", "De nettowinst van Lufthansa daalde tot 1,4 miljard euro (vorig jaar: 1,7 miljard euro).", "1,7 miljard euro"),
    ("zh", "汉莎航空2024年营收增至376亿欧元。净利润降至14亿欧元(上年:17亿欧元)。", "汉莎航空净利润降至14亿欧元(上年:17亿欧元)。", "17亿欧元"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "after_a_year", "alone", "figure"), BRACKETS)
def test_a_bracketed_previous_year_counts_from_the_figures_year(
    lang: str, after_a_year: str, alone: str, figure: str
) -> None:
    """ "(previous year: €1.7 billion)" in an article of March 2025 had been dated 2024,
    the year before publication: it is the year before the one the text speaks of, and
    where the text names none, no period the checks could hold against another."""
    assert readings(after_a_year, lang, "2025-03-06")[figure].time == "2023"
    assert readings(alone, lang, "2025-03-06")[figure].time is None


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("de", "Unterm Strich blieben Lufthansa 1,7 Milliarden Euro, mehr als doppelt so viel wie noch 2022.", "1,7 Milliarden Euro"),
        ("nl", "Lufthansa boekte een nettowinst van 1,7 miljard euro, twee keer zoveel als nog in 2022.", "1,7 miljard euro"),
        ("en", "Lufthansa's net profit was €1.7 billion, more than twice as much as in 2022.", "€1.7 billion"),
        ("zh", "汉莎航空净利润为17亿欧元,是2022年的两倍多。", "17亿欧元"),
    ],
)  # fmt: skip
def test_the_year_a_figure_is_compared_with_is_not_its_own(
    lang: str, text: str, figure: str
) -> None:
    assert readings(text, lang, "2024-03-07")[figure].time != "2022"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Lufthansa Group achieved an operating profit (Adjusted EBIT) of €1.6 billion.", "€1.6 billion"),
        ("de", "Die Lufthansa Group erzielte ein Adjusted EBIT von 1,6 Milliarden Euro.", "1,6 Milliarden Euro"),
        ("nl", "Lufthansa Group behaalde een bedrijfsresultaat (Aangepaste EBIT) van 1,6 miljard euro.", "1,6 miljard euro"),
        ("zh", "汉莎航空集团的调整后息税前利润(Adjusted EBIT)为16亿欧元。", "16亿欧元"),
    ],
)  # fmt: skip
def test_adjusted_is_a_measures_word_not_a_name(lang: str, text: str, figure: str) -> None:
    """ "Adjusted" had been a company of its own, to which a draft's €1.6 billion of
    Lufthansa was said to belong (batch 33)."""
    reading = readings(text, lang)[figure]
    assert (reading.subject, reading.attribute) == ("Lufthansa", "operating_profit_adjusted")


@pytest.mark.parametrize(
    ("lang", "text", "severity"),
    [
        # a promotional line's phones, counted with a classifier cars share
        ("zh", "苹果公司16年卖出超23.2亿部iPhone。", "info"),
        ("zh", "比亚迪去年卖出超23.2亿辆汽车。", "error"),
        ("en", "BYD sold more than 2.32 billion cars.", "error"),
        ("de", "BYD verkaufte mehr als 2,32 Milliarden Autos.", "error"),
        ("nl", "BYD verkocht meer dan 2,32 miljard auto's.", "error"),
    ],
)  # fmt: skip
def test_a_bound_word_is_no_unit_written(lang: str, text: str, severity: str) -> None:
    """FC106 is sure of a unit limit only when the claim writes its unit: "超" is a
    bound, not the word for what it counts."""
    findings = report_texts([("a.txt", text, lang)]).findings
    assert [(f.rule, f.severity) for f in findings] == [("FC106", severity)]


POINTED_CHANGES = [
    ("en", "Lufthansa's revenue was €35.4 billion in 2023. That is an increase of 16 percent.", "16 percent"),
    ("de", "Der Erlös der Lufthansa lag 2023 bei 35,4 Milliarden Euro. Das entspricht einer Verbesserung gegenüber 2022 von 16 Prozent.", "16 Prozent"),
    ("nl", "De omzet van Lufthansa bedroeg in 2023 35,4 miljard euro. Dat is een stijging van 16 procent.", "16 procent"),
    ("zh", "汉莎航空2023年营收为354亿欧元。这相当于增长16%。", "16%"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "figure"), POINTED_CHANGES)
def test_a_change_that_points_back_is_the_change_of_the_figure_before(
    lang: str, text: str, figure: str
) -> None:
    """ "Das entspricht einer Verbesserung … von 16 Prozent" had measured nothing
    (batch 33): it is the change of the revenue the sentence before gave."""
    reading = readings(text, lang)[figure]
    assert (reading.attribute, reading.time) == ("revenue_change", "2023")


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Lufthansa's revenue was €35.4 billion in 2023. That is 16 percent of the market.", "16 percent"),
        ("de", "Der Erlös der Lufthansa lag 2023 bei 35,4 Milliarden Euro. Das entspricht 16 Prozent des Marktes.", "16 Prozent"),
    ],
)  # fmt: skip
def test_a_share_that_points_back_is_no_change(lang: str, text: str, figure: str) -> None:
    assert readings(text, lang)[figure].attribute != "revenue_change"


@pytest.mark.parametrize(
    ("lang", "text", "figure", "attribute"),
    [
        ("de", "Das Konzernergebnis der Lufthansa lag bei 469 Millionen Euro.", "469 Millionen Euro", "profit"),
        ("de", "Das Konzernergebnis vor Steuern der Lufthansa lag bei 469 Millionen Euro.", "469 Millionen Euro", "pretax_profit"),
        ("de", "Mit Crop Science erlöste Bayer dagegen 2,26 Milliarden Euro.", "2,26 Milliarden Euro", "revenue"),
        ("nl", "Het concernresultaat van Lufthansa kwam uit op 469 miljoen euro.", "469 miljoen euro", "profit"),
    ],
)  # fmt: skip
def test_a_groups_result_is_its_profit(lang: str, text: str, figure: str, attribute: str) -> None:
    assert readings(text, lang)[figure].attribute == attribute


def test_a_relative_year_of_the_past_business_year() -> None:
    text = "Wie der Konzern mitteilte, lag der Erlös der Lufthansa im abgelaufenen Jahr bei 35,4 Milliarden Euro."
    assert readings(text, "de", "2024-03-07")["35,4 Milliarden Euro"].time == "2023"


def test_a_short_chinese_name_before_a_places_ending_is_the_place() -> None:
    """阿里山 (the Alishan mountains) had been Alibaba's, and with it every age of the
    typhoon's dead in a Taiwanese report (batch 33); 阿里 alone, and 阿里云, stay."""
    ages = subjects_of("林鐵阿里山車庫57歲何姓班長在阿里山公路遭落石擊中。", "zh")
    assert ages["57歲"] is None
    assert subjects_of("阿里2024财年营收为9411亿元。", "zh")["9411亿元"] == "Alibaba"
    assert subjects_of("阿里云营收为296亿元。", "zh")["296亿元"] == "Alibaba Cloud"


SET_ELSEWHERE = [
    ("en", "The United Nations said 11,300 people had died in Derna, Libya.\n\nIn Indonesia, the election commission confirmed the result on 20 March. The commission's website showed a vote share of 56.89 percent.", "56.89 percent"),
    ("de", "Die Vereinten Nationen meldeten 11.300 Tote in Darna, Libyen.\n\nIn Indonesien bestätigte die Wahlkommission das Ergebnis am 20. März. Auf ihrer Website stand ein Stimmenanteil von 56,89 Prozent.", "56,89 Prozent"),
    ("nl", "De Verenigde Naties meldden 11.300 doden in Derna, Libië.\n\nIn Indonesië bevestigde de kiescommissie de uitslag op 20 maart. Op haar website stond een stemaandeel van 56,89 procent.", "56,89 procent"),
    ("zh", "联合国称利比亚德尔纳已有1万1300人死亡。\n\n在印尼,选举委员会于3月20日确认了结果。选举委员会网站显示得票率为56.89%。", "56.89%"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "figure"), SET_ELSEWHERE)
def test_a_round_ups_paragraph_is_not_the_articles_organisation(
    lang: str, text: str, figure: str
) -> None:
    """The United Nations, named once in the Libya paragraph, had been the sure subject
    of Indonesia's vote share (batch 23's Chinese draft, a warning)."""
    subjects = subjects_of(text, lang)
    assert subjects[figure] is None
    assert next(iter(subjects.values())) == "Libya"
