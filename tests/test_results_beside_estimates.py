"""Company results beside what surrounds them (held-out batch 18: TSMC's quarters,
Alphabet's and Meta's spending): analysts' estimates are their own measure; a share
of revenue is no change of it; a cloud business grows by its own revenue; a name
inside an apposition, a party's leader, an object before a participle and a span of
months are no subject of the clause; a conversion's rate is the outlet's."""

from __future__ import annotations

import pytest

from tests.annotating import annotated_claims
from tests.news_reports import flagged_rules, report_of


def _read(text: str, lang: str) -> list[tuple[str, str | None, str]]:
    return [
        (c.text, c.subject.readable() if c.subject else None, str(c.attribute))
        for c in annotated_claims(text, lang, "2025-10-17")  # after the third quarter
    ]


def _alarms(*texts: tuple[str, str]) -> list[tuple[str, str]]:
    return flagged_rules(report_of(*texts))


@pytest.mark.parametrize(
    ("text", "lang", "actual", "estimate"),
    [
        ("TSMC reported a net profit of T$452.3 billion, beating the LSEG SmartEstimate of "
         "T$417.7 billion.", "en", ("T$452.3 billion", "profit"),
         ("T$417.7 billion", "profit_consensus")),
        ("Der Umsatz von Alphabet stieg auf 96,4 Milliarden Dollar, Analysten hatten mit 94 "
         "Milliarden Dollar gerechnet.", "de", ("96,4 Milliarden Dollar", "revenue"),
         ("94 Milliarden Dollar", "revenue_consensus")),
        ("De omzet van Alphabet steeg naar 96,4 miljard dollar. De verwachting van analisten "
         "lag op een omzet van 94 miljard dollar.", "nl", ("96,4 miljard dollar", "revenue"),
         ("94 miljard dollar", "revenue_consensus")),
        ("台积电第三季净利润4523亿新台币，高于分析师预期的4177亿新台币。", "zh",
         ("4523亿新台币", "profit"), ("4177亿新台币", "profit_consensus")),
    ],
)  # fmt: skip
def test_analysts_estimate_is_its_own_measure(
    text: str, lang: str, actual: tuple[str, str], estimate: tuple[str, str]
) -> None:
    read = {figure: attribute for figure, _, attribute in _read(text, lang)}
    assert (read[actual[0]], read[estimate[0]]) == (actual[1], estimate[1])


def test_an_estimate_beside_the_result_raises_no_alarm() -> None:
    assert (
        _alarms(
            ("TSMC reported a net profit of T$452.3 billion in the third quarter of 2025.", "en"),
            ("台积电2025年第三季净利润超出分析师预期的4177亿新台币。", "zh"),
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        ("According to TSMC, the 3 nanometer process accounted for 24 percent of its total "
         "sales, the 5nm process made up 36 percent.", "en", ["24 percent", "36 percent"]),
        ("Auf die 3-Nanometer-Technik entfielen 24 Prozent des Umsatzes von TSMC.", "de",
         ["24 Prozent"]),
        ("Bij TSMC is het 3-nanometerproces goed voor 24 procent van de omzet.", "nl",
         ["24 procent"]),
    ],
)  # fmt: skip
def test_a_share_of_revenue_is_no_change_of_it(text: str, lang: str, figures: list[str]) -> None:
    read = {figure: attribute for figure, _, attribute in _read(text, lang)}
    assert [read[f] for f in figures] == ["revenue_share"] * len(figures)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Alphabet's revenue rose 14 percent. The company's cloud division reported strong "
         "growth, with Google Cloud achieving nearly 32 percent revenue expansion.", "en",
         [("14 percent", "Google"), ("nearly 32 percent", "Google Cloud")]),
        ("Der Umsatz von Alphabet stieg um 14 Prozent. Google Cloud wuchs um 32 Prozent.",
         "de", [("14 Prozent", "Google"), ("32 Prozent", "Google Cloud")]),
        ("De omzet van Amazon steeg met 10 procent. De omzet van AWS steeg met 17 procent.", "nl",
         [("10 procent", "Amazon"), ("17 procent", "AWS")]),
        ("亚马逊整体营收增长10%，AWS的营收增长了17%。", "zh", [("10%", "Amazon"), ("17%", "AWS")]),
        ("Microsoft's revenue rose 12%, with Azure growing 39%.", "en",
         [("12%", "Microsoft"), ("39%", "Azure")]),
    ],
)  # fmt: skip
def test_a_cloud_business_grows_by_its_own_revenue(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    read = {figure: (subject, attribute) for figure, subject, attribute in _read(text, lang)}
    assert [(f, read[f]) for f, _ in expected] == [(f, (s, "revenue_change")) for f, s in expected]


def test_a_cloud_business_growth_is_no_conflict_with_its_company() -> None:
    assert (
        _alarms(
            ("Alphabet's revenue rose 14 percent in the second quarter of 2025.", "en"),
            ("Google Cloud wuchs im zweiten Quartal 2025 um 32 Prozent.", "de"),
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "lang", "figure", "subject"),
    [
        ("Taiwan Semiconductor Manufacturing Company, een belangrijke klant van de Nederlandse "
         "chipmachinefabrikant ASML, boekte een nettowinst van ruim 10 miljard euro.", "nl",
         "ruim 10 miljard euro", "TSMC"),
        ("TSMC, a key customer of the Dutch chip equipment maker ASML, posted a net profit of "
         "$11.6 billion.", "en", "$11.6 billion", "TSMC"),
        ("TSMC, ein wichtiger Kunde des Chipausrüsters ASML, erzielte einen Nettogewinn von "
         "11,6 Milliarden Dollar.", "de", "11,6 Milliarden Dollar", "TSMC"),
        ("Labour heeft de verkiezingen gewonnen: na het tellen van alle stemmen komt de partij "
         "van Keir Starmer uit op 412 zetels.", "nl", "412 zetels", "Labour"),
        ("OpenAI's growth, now valued at $500 billion with ChatGPT boasting users, shifted.",
         "en", "$500 billion", "OpenAI"),
        ("TSMC's net profit for July-September rose to $14.76 billion.", "en",
         "$14.76 billion", "TSMC"),
    ],
)  # fmt: skip
def test_who_the_clause_is_about(text: str, lang: str, figure: str, subject: str) -> None:
    read = {f: s for f, s, _ in _read(text, lang)}
    assert read[figure] == subject


def test_a_conversion_beside_a_reported_dollar_figure_is_information() -> None:
    """TSMC reports its US-dollar revenue at the quarter's average rate; an outlet's
    conversion at the day's rate differs by a few percent, and neither is wrong."""
    assert _alarms(
        ("TSMC's second-quarter 2025 revenue was US$30.07 billion.", "en"),
        ("TSMC steigerte den Umsatz im zweiten Quartal 2025 auf fast 934 Milliarden "
         "Taiwan-Dollar (31,8 Milliarden US-Dollar).", "de"),
    ) == []  # fmt: skip


def test_planned_investment_in_data_centres_is_capital_spending() -> None:
    read = _read("Meta预计将在2025年向人工智能数据中心投入约700亿美元。", "zh")
    assert read == [("约700亿美元", "Meta", "capex")]
