"""Figures listed with one unit written after the last ("um 36 beziehungsweise 37
Prozent", "16.8 and 18.6 billion euros") are each in that unit and scale; a framed
range stays one figure, a year or a figure of another measure lends or takes nothing.
In a "respectively" sentence each listed figure is of the measure named in turn."""

from __future__ import annotations

import pytest

from factcheck.extraction.scanner import extract_text
from tests.annotating import readings


def figures(text: str, lang: str) -> dict[str, tuple[float, float, str]]:
    return {c.text: (c.low, c.high, c.unit) for c in extract_text(text, lang, "a.txt")}


@pytest.mark.parametrize(
    ("lang", "text", "figure", "low", "high", "unit"),
    [
        # from the corpus: abendzeitung.de on BMW's 2024 results
        ("de", "Vorsteuerergebnis und Überschuss des Konzerns gingen um 36 beziehungsweise 37 Prozent zurück.", "36", 36, 36, "percent"),
        ("de", "Umsatz und Gewinn lagen bei 39 bzw. 4 Milliarden Euro.", "39", 39e9, 39e9, "EUR"),
        ("de", "BMW baute 35, 36 und 37 Millionen Autos.", "35", 35e6, 35e6, "vehicle"),
        ("de", "BMW baute 35, 36 und 37 Millionen Autos.", "36", 36e6, 36e6, "vehicle"),
        # from the corpus: an English page on Stellantis' 2022 and 2023 profits
        ("en", "Stellantis had two record years: 16.8 and 18.6 billion euros in profits.", "16.8", 16.8e9, 16.8e9, "EUR"),
        ("en", "Revenue and profit fell 6 and 37 percent respectively.", "6", 6, 6, "percent"),
        # from the corpus: nhnieuws.nl on the 2024 Indonesian election
        ("nl", "Anies Baswedan en Ganjar Pranowo kregen respectievelijk 25 en 17 procent van de stemmen.", "25", 25, 25, "percent"),
        ("nl", "Omzet en winst stegen met 5 en 6 miljard euro.", "5", 5e9, 5e9, "EUR"),
        ("zh", "宝马的税前利润和净利润分别下降36和37%。", "36", 36, 36, "percent"),
        ("zh", "两家工厂分别生产10、20和30万辆汽车。", "10", 10e4, 10e4, "vehicle"),
        # what is no list keeps its own reading: a framed range is one figure
        ("en", "Revenue grew between 36 and 37 percent.", "36 and 37 percent", 36, 37, "percent"),
        # a comma alone makes no list: "of the 300, 12 percent"
        ("en", "Of the 300, 12 percent were electric cars.", "300", 300, 300, "count"),
        # a year lends nothing and takes nothing
        ("en", "Sales grew in 2024 and 40 percent of them were electric.", "40 percent", 40, 40, "percent"),
        # a figure with a scale word of its own takes no unit from a share, nor adds
        # the digits after it
        ("de", "Der Umsatz lag bei 5 Milliarden und 30 Prozent kamen aus China.", "5 Milliarden", 5e9, 5e9, "count"),
        ("en", "Revenue was 5 billion and 30 percent came from China.", "5 billion", 5e9, 5e9, "count"),
        # a figure with its own unit keeps it
        ("nl", "De omzet steeg met 4 procent en 5 miljard euro kwam uit China.", "4 procent", 4, 4, "percent"),
    ],
)  # fmt: skip
def test_a_listed_figure_takes_the_unit_written_after_the_list(
    lang: str, text: str, figure: str, low: float, high: float, unit: str
) -> None:
    read = figures(text, lang)
    assert read[figure] == (pytest.approx(low), pytest.approx(high), unit)
    assert not any(t.startswith("2024") for t in read)


@pytest.mark.parametrize(
    ("lang", "text", "attributes"),
    [
        ("de", "Vorsteuerergebnis und Überschuss von BMW gingen um 36 beziehungsweise 37 Prozent zurück.", {"36": "pretax_profit_change", "37 Prozent": "profit_change"}),
        ("de", "Umsatz und Gewinn von BMW lagen bei 142 bzw. 7 Milliarden Euro.", {"142": "revenue", "7 Milliarden Euro": "profit"}),
        ("en", "BMW's revenue and net profit fell 8 and 37 percent respectively.", {"8": "revenue_change", "37 percent": "profit_change"}),
        ("nl", "De omzet en de winst van BMW daalden respectievelijk met 8 en 37 procent.", {"8": "revenue_change", "37 procent": "profit_change"}),
        ("zh", "宝马的营收和净利润分别下降8%和37%。", {"8%": "revenue_change", "37%": "profit_change"}),
        # without "respectively" the measures are not dealt out
        ("en", "BMW's profit fell 36 and 37 percent.", {"36": "profit_change", "37 percent": "profit_change"}),
        # more measures than figures: none is dealt out
        ("de", "Umsatz, Vorsteuerergebnis und Überschuss von BMW gingen um 36 beziehungsweise 37 Prozent zurück.", {"36": "profit_change", "37 Prozent": "profit_change"}),
    ],
)  # fmt: skip
def test_respectively_deals_out_the_measures_in_turn(
    lang: str, text: str, attributes: dict[str, str]
) -> None:
    read = readings(text, lang)
    assert {figure: read[figure].attribute for figure in attributes} == attributes
