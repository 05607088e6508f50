"""A concession's measure ("despite a record turnover", "trotz eines
Rekordumsatzes", "ondanks een recordomzet") names no figure after it: the figure
takes its own clause's measure or none. A figure right after the conceded keyword is
in the concession ("despite revenue of €12 billion"); Chinese concessions end at
their comma, as any clause does."""

from __future__ import annotations

import pytest

from tests.annotating import readings


@pytest.mark.parametrize(
    ("lang", "text", "figure", "attribute"),
    [
        # from the corpus: Brussels Signal on BMW's results; "they" are its profits,
        # named in the sentence before
        ("en", "In 2023, despite a record turnover they had already fallen by more than a third to €12 billion.", "€12 billion", "currency:EUR"),
        ("de", "Trotz eines Rekordumsatzes sank der Gewinn von BMW auf 12 Milliarden Euro.", "12 Milliarden Euro", "profit"),
        ("nl", "Ondanks een recordomzet daalde de winst van BMW tot 12 miljard euro.", "12 miljard euro", "profit"),
        ("zh", "尽管营收创下纪录，宝马的利润已下降至120亿欧元。", "120亿欧元", "profit"),
        # the figure right after the conceded keyword is the concession's own
        ("en", "Despite revenue of €12 billion, BMW's profit fell 37%.", "€12 billion", "revenue"),
        ("en", "Despite revenue of €12 billion, BMW's profit fell 37%.", "37%", "profit_change"),
        ("de", "Trotz eines Umsatzes von 155 Milliarden Euro sank der Gewinn um 37 Prozent.", "155 Milliarden Euro", "revenue"),
        ("nl", "Ondanks een omzet van 155 miljard euro daalde de winst van BMW met 37 procent.", "37 procent", "profit_change"),
        # a concession after the figure takes nothing from it
        ("en", "BMW's revenue fell 8% despite record deliveries.", "8%", "revenue_change"),
    ],
)  # fmt: skip
def test_a_concession_names_no_figure_outside_it(
    lang: str, text: str, figure: str, attribute: str
) -> None:
    assert readings(text, lang)[figure].attribute == attribute
