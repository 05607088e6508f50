"""Classes of held-out batches 11 and 21: a rate's change written in percent is often
meant in points ("Die Wahlbeteiligung stieg um 6,2 % auf 82,5 %"), so the same change
in percentage points elsewhere is no unit mismatch; a unit glued to a scale's
abbreviation ("1,5 Mrd.Dollar", "12,8 mld.euro") is still the figure's unit, and a
currency sign glued to the number after it is that number's ("in 2025 $139,5
miljard"); a quarter's ordinal glued to its word ("im 2.Quartal 2024") names the
quarter; cash flows and net cash are measures; a results abbreviation ("CapEX") is
no name."""

from __future__ import annotations

import pytest

from factcheck.extraction.scanner import extract_text
from factcheck.runs.reporting import report_texts

POINTS = (
    "In the 2025 Bundestag election, voter turnout in Germany rose by 6.2 percentage points "
    "to 82.5%, the returning officer said."
)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In Deutschland stieg die Wahlbeteiligung bei der Bundestagswahl 2025 um 6,2 % auf "
         "82,5 %, teilte die Bundeswahlleiterin mit.", "de"),
        ("In Duitsland steeg de opkomst bij de Bondsdagverkiezingen van 2025 met 6,2 procent "
         "tot 82,5 procent, meldde de kiesraad.", "nl"),
        ("In the 2025 Bundestag election, voter turnout in Germany rose by 6.2% to 82.5%, the "
         "returning officer said.", "en"),
        ("2025年德国联邦议院选举中，德国投票率上升6.2%，达到82.5%。", "zh"),
    ],
)  # fmt: skip
def test_a_rates_change_in_percent_meets_points_without_a_mismatch(text: str, lang: str) -> None:
    report = report_texts([("a.txt", text, lang), ("b.txt", POINTS, "en")])
    assert [f.kind for f in report.findings if f.kind == "unit-mismatch"] == []


def test_percent_against_points_of_another_figure_is_no_unit_mismatch() -> None:
    report = report_texts(
        [
            ("a.txt", "In Deutschland stieg die Wahlbeteiligung 2025 um 9,1 % auf 82,5 %.", "de"),
            ("b.txt", POINTS, "en"),
        ]
    )
    assert [f.kind for f in report.findings if f.kind == "unit-mismatch"] == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Im Vorjahreszeitraum hatte Intel noch einen Gewinn von 1,5 Mrd.Dollar erzielt.", "de",
         [("1,5 Mrd.Dollar", "USD", 1.5e9)]),
        ("De omzet van Intel was 12,8 mld.euro, meldde het bedrijf.", "nl",
         [("12,8 mld.euro", "EUR", 12.8e9)]),
        ("Der Umsatz lag bei 12,8 Mrd. Dollar.", "de", [("12,8 Mrd. Dollar", "USD", 12.8e9)]),
        # a full stop after a year is no scale's: the next sentence's word is no unit
        ("Der Umsatz stieg bis 2023.Dollar-Anleihen fielen.", "de", []),
        # a currency sign glued to the number after it is that number's prefix
        ("Voor het volledige jaar genereerde Amazon in 2025 $139,5 miljard aan contanten.", "nl",
         [("$139,5 miljard", "USD", 139.5e9)]),
        ("Amazon generated in 2025 $139.5 billion in cash from its operations.", "en",
         [("$139.5 billion", "USD", 139.5e9)]),
        ("Tesla investierte 2024 €5 Milliarden in das Werk.", "de",
         [("€5 Milliarden", "EUR", 5e9)]),
        # a symbol written after a number, spaced from the next, stays that number's
        ("Die Preise liegen bei 12 € und 20 €.", "de", [("12 €", "EUR", 12.0),
                                                          ("20 €", "EUR", 20.0)]),
        ("The price is 3,499 $ in the US.", "en", [("3,499 $", "USD", 3499.0)]),
    ],
)  # fmt: skip
def test_a_unit_written_against_the_number(
    text: str, lang: str, expected: list[tuple[str, str, float]]
) -> None:
    claims = extract_text(text, lang=lang)
    assert [(c.text, c.unit, c.value) for c in claims] == expected


@pytest.mark.parametrize("quarter", ["2.Quartal", "2. Quartal"])
def test_a_glued_quarter_ordinal_names_the_quarter(quarter: str) -> None:
    text = f"Der Umsatz im {quarter} 2024 lag dem Unternehmen zufolge bei 12,8 Mrd.Dollar."
    assert [(c.text, c.time) for c in extract_text(text, lang="de")] == [
        ("12,8 Mrd.Dollar", "2024-Q2")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Amazon's free cash flow fell to $14.8 billion, while operating cash flow came to "
         "$130.7 billion.", "en",
         [("$14.8 billion", "free_cash_flow"), ("$130.7 billion", "operating_cash_flow")]),
        ("Bei Amazon sank der Free Cashflow auf 14,8 Milliarden Dollar, der operative Cashflow "
         "stieg auf 130,7 Milliarden Dollar.", "de",
         [("14,8 Milliarden Dollar", "free_cash_flow"),
          ("130,7 Milliarden Dollar", "operating_cash_flow")]),
        ("De vrije kasstroom van Amazon daalde tot 14,8 miljard dollar, de operationele "
         "kasstroom steeg tot 130,7 miljard dollar.", "nl",
         [("14,8 miljard dollar", "free_cash_flow"),
          ("130,7 miljard dollar", "operating_cash_flow")]),
        ("2025年全年,亚马逊运营现金流为1395亿美元,自由现金流为112亿美元。", "zh",
         [("1395亿美元", "operating_cash_flow"), ("112亿美元", "free_cash_flow")]),
        ("Airbus reported free cash flow of EUR 4.4 billion; net cash stood at EUR 10.7 "
         "billion.", "en", [("EUR 4.4 billion", "free_cash_flow"),
                            ("EUR 10.7 billion", "net_cash")]),
    ],
)  # fmt: skip
def test_cash_flows_and_net_cash_are_measures(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    claims = report_texts([("a.txt", text, lang)]).claims
    assert [(c.text, str(c.attribute)) for c in claims] == expected


def test_a_cash_flow_in_another_currency_is_a_unit_slip() -> None:
    report = report_texts(
        [
            ("a.txt", "Amazon's operating cash flow for 2025 was $139.5 billion.", "en"),
            ("b.txt", "2025年全年,亚马逊运营现金流为1395亿欧元。", "zh"),
        ]
    )
    assert [f.kind for f in report.findings if f.severity != "info"] == ["unit-mismatch"]


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("Amazon reported its results on Thursday. CapEX: $34.2 billion in the quarter.", "en",
         "$34.2 billion"),
        ("Amazon legte am Donnerstag Zahlen vor. Capex: 34,2 Milliarden Dollar im Quartal.",
         "de", "34,2 Milliarden Dollar"),
        ("Amazon publiceerde donderdag cijfers. Capex: 34,2 miljard dollar in het kwartaal.",
         "nl", "34,2 miljard dollar"),
    ],
)  # fmt: skip
def test_a_results_abbreviation_is_no_name(text: str, lang: str, figure: str) -> None:
    claims = report_texts([("a.txt", text, lang)]).claims
    assert {c.text: str(c.subject) for c in claims}[figure] == "Amazon"
