"""A German or Dutch compound of a measure and its change ("Umsatzrückgang",
"omzetdaling") names the measure, changed, even where its last part alone names a
population's change ("Rückgang um", "daling van"); the same facts in English and
Chinese for comparison. And a Dutch share between "met" and "tot" or "naar" before
another figure is a change however far its verb stands."""

from __future__ import annotations

import pytest

from tests.annotating import Reading, readings


@pytest.mark.parametrize(
    ("lang", "text", "figure", "reading"),
    [
        ("de", "BMW meldete für 2024 einen Umsatzrückgang um 8,4 Prozent.", "8,4 Prozent", Reading("BMW", "revenue_change", None, "2024")),
        ("de", "BMW meldete für 2024 einen Umsatzrückgang von 8,4 Prozent.", "8,4 Prozent", Reading("BMW", "revenue_change", None, "2024")),
        ("de", "BMW meldete für 2024 einen Gewinneinbruch von 37 Prozent.", "37 Prozent", Reading("BMW", "profit_change", None, "2024")),
        ("nl", "BMW boekte in 2024 een omzetdaling van 8,4 procent.", "8,4 procent", Reading("BMW", "revenue_change", None, "2024")),
        ("nl", "BMW meldde over 2024 een winstdaling van 37 procent.", "37 procent", Reading("BMW", "profit_change", None, "2024")),
        ("en", "BMW reported an 8.4 percent drop in revenue for 2024.", "8.4 percent", Reading("BMW", "revenue_change", None, "2024")),
        ("zh", "宝马2024年营收同比下降8.4%。", "8.4%", Reading("BMW", "revenue_change", None, "2024")),
        # the level a compound's change reached is the measure's
        ("de", "BMW meldete für 2024 einen Umsatzrückgang um 8,4 Prozent auf 142 Milliarden Euro.", "142 Milliarden Euro", Reading("BMW", "revenue", None, "2024")),
        # a compound whose last part is no change keeps that part's measure
        ("de", "Die Umsatzrendite von BMW lag 2024 bei 6,3 Prozent.", "6,3 Prozent", Reading("BMW", "operating_margin", None, "2024")),
        # the change words alone still name a population's change
        ("de", "Chinas Bevölkerung schrumpfte 2023, ein Rückgang um 2,08 Millionen Menschen.", "2,08 Millionen Menschen", Reading("China", "population_net_change", None, "2023")),
        ("nl", "De bevolking van China kromp in 2023, een daling van 2,08 miljoen mensen.", "2,08 miljoen mensen", Reading("China", "population_net_change", None, "2023")),
    ],
)  # fmt: skip
def test_a_compound_of_a_measure_and_its_change(
    lang: str, text: str, figure: str, reading: Reading
) -> None:
    assert readings(text, lang)[figure] == reading


@pytest.mark.parametrize(
    ("text", "figure", "attribute"),
    [
        # "met" before a share, "tot" or "naar" before another figure: a change,
        # however far its verb stands
        ("Bij Mercedes-Benz zakte de nettowinst in het derde kwartaal van 2024 met bijna 45 procent tot 1,7 miljard euro.", "bijna 45 procent", "profit_change"),
        ("De omzet van Mercedes-Benz daalde in 2024 met 4,5 procent naar 145,6 miljard euro.", "4,5 procent", "revenue_change"),
        # a share of something, then "tot": a level
        ("GroenLinks-PvdA haalde met 25 procent van de stemmen tot 2 zetels meer.", "25 procent", "vote_share"),
        # "tot" before no figure: "met" is "with"
        ("De PVV won met 37 zetels tot verbazing van velen.", "37 zetels", "seats"),
    ],
)  # fmt: skip
def test_a_dutch_share_between_met_and_tot_is_a_change(
    text: str, figure: str, attribute: str
) -> None:
    assert readings(text, "nl")[figure].attribute == attribute
