"""An article that names one organisation only is about it: its sentences that name no
one ("Ohne diese Effekte wuchs der Betriebsgewinn auf 7,4 Milliarden Euro", three
sentences after the name: a nearer one carries the subject already) are sure
of that subject, so a draft's wrong figure in such a sentence is an alarm, not
information (held-out batch 6: a Volkswagen draft's operating profit and a net
profit dated to the wrong year). A draft that names two organisations keeps its
nameless sentences unsure: which of them is meant is a guess."""

from __future__ import annotations

import pytest

from factcheck.runs.checking import check_texts
from factcheck.runs.reporting import report_texts

# (draft, a source, language): the draft's second sentence names no one.
ONE_COMPANY = [
    (
        "Volkswagen reported its first-quarter results in April 2023. Demand held up. "
        "Costs were under control. Operating profit rose to 7.4 billion euros.",
        "Volkswagen's operating profit in the first quarter of 2023 was 7.1 billion euros.",
        "en",
    ),
    (
        "Volkswagen hat im April 2023 seine Zahlen für das erste Quartal vorgelegt. Die "
        "Nachfrage hielt. Die Kosten sanken. Der Betriebsgewinn wuchs auf 7,4 Milliarden Euro.",
        "Der Betriebsgewinn von Volkswagen lag im ersten Quartal 2023 bei 7,1 Milliarden Euro.",
        "de",
    ),
    (
        "Volkswagen presenteerde in april 2023 de cijfers over het eerste kwartaal. De "
        "vraag bleef goed. De kosten daalden. De operationele winst steeg naar 7,4 miljard euro.",
        "De operationele winst van Volkswagen bedroeg in het eerste kwartaal van 2023 7,1 "
        "miljard euro.",
        "nl",
    ),
    (
        "大众汽车于2023年4月公布第一季度业绩。需求保持稳定。成本有所下降。营业利润增至74亿欧元。",
        "大众汽车2023年第一季度营业利润为71亿欧元。",
        "zh",
    ),
]

TWO_COMPANIES = [
    (
        "Volkswagen and BMW reported first-quarter results in April 2023. Demand held "
        "up. Costs were under control. Operating profit rose to 7.4 billion euros.",
        "en",
    ),
    (
        "Volkswagen und BMW haben im April 2023 ihre Zahlen für das erste Quartal "
        "vorgelegt. Die Nachfrage hielt. Die Kosten sanken. Der Betriebsgewinn wuchs auf 7,4 "
        "Milliarden Euro.",
        "de",
    ),
    (
        "Volkswagen en BMW presenteerden in april 2023 de cijfers over het eerste "
        "kwartaal. De vraag bleef goed. De kosten daalden. De operationele winst steeg naar "
        "7,4 miljard euro.",
        "nl",
    ),
    (
        "大众汽车和宝马于2023年4月公布第一季度业绩。需求保持稳定。成本有所下降。营业利润增至74亿欧元。",
        "zh",
    ),
]


@pytest.mark.parametrize(("draft", "source", "lang"), ONE_COMPANY)
def test_a_nameless_sentence_of_a_one_company_draft_is_an_alarm(
    draft: str, source: str, lang: str
) -> None:
    result = check_texts(("draft.txt", draft, lang), [("a.txt", source, lang)])
    alarms = [(f.kind, f.severity) for f in result.findings if f.severity != "info"]
    assert alarms == [("value-conflict", "error")]
    assert "Volkswagen / operating profit" in result.findings[0].message


@pytest.mark.parametrize(("draft", "lang"), TWO_COMPANIES)
def test_a_nameless_sentence_of_a_two_company_draft_stays_information(
    draft: str, lang: str
) -> None:
    source = next(s for _, s, language in ONE_COMPANY if language == lang)
    result = check_texts(("draft.txt", draft, lang), [("a.txt", source, lang)])
    assert [f.severity for f in result.findings if f.kind == "value-conflict"] == ["info"]


@pytest.mark.parametrize(("draft", "source", "lang"), ONE_COMPANY)
def test_the_one_company_is_the_sure_subject(draft: str, source: str, lang: str) -> None:
    report = report_texts([("draft.txt", draft, lang)])
    profit = [c for c in report.claims if c.compared and c.attribute is not None]
    assert [(str(c.subject), c.subject_sure) for c in profit] == [("Volkswagen", True)]


def test_a_reporter_is_no_second_organisation() -> None:
    """ "according to Reuters" names who reports, not what the figures are about."""
    draft = (
        "Volkswagen reported its first-quarter results in April 2023, Reuters said. "
        "Demand held up. Costs were under control. Operating profit rose to 7.4 billion "
        "euros."
    )
    report = report_texts([("draft.txt", draft, "en")])
    profit = [c for c in report.claims if c.compared and c.attribute is not None]
    assert [c.subject_sure for c in profit] == [True]


# ---- a place after a preposition says where a company's figure was made ----------

WHERE = [
    ("Volkswagen reported results. Deliveries rose. There is an order backlog of 1.8 "
     "million vehicles in Western Europe alone.", "en"),
    ("Volkswagen meldete Zahlen. Die Auslieferungen stiegen. Allein in Westeuropa gibt "
     "es einen Auftragsbestand von 1,8 Millionen Fahrzeugen.", "de"),
    ("Volkswagen meldde cijfers. De leveringen stegen. Alleen al in West-Europa is er een "
     "orderportefeuille van 1,8 miljoen voertuigen.", "nl"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang"), WHERE)
def test_a_company_figure_in_a_place_is_the_companys(text: str, lang: str) -> None:
    """held-out batch 6: gna's "1.8 million vehicles in Western Europe alone" was
    Europe's backlog, so a draft's "1,8 Milliarden" (a scale slip) met nothing."""
    report = report_texts([("a.txt", text, lang)])
    backlog = [c for c in report.claims if c.attribute is not None]
    assert [(str(c.subject), c.subject_sure, c.topic) for c in backlog] == [
        ("Volkswagen", True, "Western Europe")
    ]


def test_an_organisation_named_only_as_a_means_is_no_subject() -> None:
    """ "Familieleden delen via Facebook …" in a story about the hajj: Meta is named,
    but never as the one who does something, so its nameless sentences are not Meta's."""
    text = (
        "Familieleden delen via Facebook beelden van vermisten. In Mekka steeg de "
        "temperatuur deze week tot boven de 51 graden."
    )
    report = report_texts([("a.txt", text, "nl")])
    assert [(str(c.subject), c.subject_sure) for c in report.claims] == [("Mecca", True)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Volkswagen reported results. Demand held up. Costs fell. The commercial "
         "vehicles division raised its revenue to 20 billion euros.", "en"),
        ("Volkswagen hat Zahlen vorgelegt. Die Nachfrage hielt. Die Kosten sanken. Die "
         "Sparte Nutzfahrzeuge steigerte den Umsatz auf 20 Milliarden Euro.", "de"),
        ("Volkswagen presenteerde cijfers. De vraag bleef goed. De kosten daalden. De "
         "divisie bedrijfswagens verhoogde de omzet tot 20 miljard euro.", "nl"),
        ("大众汽车公布业绩。需求保持稳定。成本有所下降。商用车业务营收增至200亿欧元。", "zh"),
    ],
)  # fmt: skip
def test_a_business_units_figure_is_not_surely_the_companys(text: str, lang: str) -> None:
    """ "The consumer business recorded sales of CNY251.5bn": a unit's figure in a
    sentence that names no company is not the company's total, even in an article
    about one company. German names the unit after its word ("die Sparte
    Nutzfahrzeuge"): the figure is the unit's own."""
    report = report_texts([("a.txt", text, lang)])
    revenue = [c for c in report.claims if c.attribute is not None and not c.attribute.generic]
    expected = ("Nutzfahrzeuge", True) if lang == "de" else ("Volkswagen", False)
    assert [(str(c.subject), c.subject_sure) for c in revenue] == [expected]
