"""Batch 34's drafts and batch 28's: a paragraph that opens by naming one company and
names no one else is that company's to its end, so a figure four sentences on is
surely its; the old level of a move ("von 2319 im Vorjahr auf 862") keeps its time to
itself; a four-digit number past 2079 is no year; Dutch "netto" before an amount is
the profit left."""

from __future__ import annotations

import pytest

from tests.annotating import annotated_claims, readings

PARAGRAPHS = [
    ("de", "Rheinmetall hat 2024 seinen Umsatz um 36 Prozent gesteigert. Das operative Ergebnis kletterte um 61 Prozent. Der Auftragsbestand erreichte 55 Milliarden Euro. Die operative Marge stieg 2024 auf 15,2 Prozent.\n\nNestlé ist 2024 organisch um 2,2 Prozent gewachsen.", "15,2 Prozent"),
    ("en", "Rheinmetall raised its sales by 36 percent in 2024. Operating profit climbed 61 percent. The order backlog reached 55 billion euros. The operating margin rose to 15.2 percent in 2024.\n\nNestlé grew 2.2 percent organically in 2024.", "15.2 percent"),
    ("nl", "Rheinmetall zag de omzet in 2024 met 36 procent stijgen. Het operationele resultaat steeg met 61 procent. Het orderboek bereikte 55 miljard euro. De operationele marge steeg in 2024 tot 15,2 procent.\n\nNestlé groeide in 2024 organisch met 2,2 procent.", "15,2 procent"),
    ("zh", "莱茵金属2024年销售额增长36%。营业利润增长61%。订单储备达到550亿欧元。2024年营业利润率升至15.2%。\n\n雀巢2024年有机增长2.2%。", "15.2%"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "figure"), PARAGRAPHS)
def test_a_paragraph_opened_by_one_company_is_its_to_the_end(
    lang: str, text: str, figure: str
) -> None:
    """The margin had been the company's as a guess (the article names two), and a
    draft's wrong margin information only."""
    claim = next(c for c in annotated_claims(text, lang) if c.text == figure)
    assert (str(claim.subject), claim.subject_sure) == ("Rheinmetall", True)


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Rheinmetall raised its sales by 36 percent in 2024. Operating profit climbed 61 percent. Nestlé cut its prices. The operating margin rose to 15.2 percent in 2024.", "15.2 percent"),
        ("de", "Rheinmetall hat 2024 seinen Umsatz um 36 Prozent gesteigert. Auch Airbus wuchs. Das operative Ergebnis kletterte um 61 Prozent. Die operative Marge stieg 2024 auf 15,2 Prozent.", "15,2 Prozent"),
    ],
)  # fmt: skip
def test_a_paragraph_that_names_another_company_first_is_no_ones_for_sure(
    lang: str, text: str, figure: str
) -> None:
    claim = next(c for c in annotated_claims(text, lang) if c.text == figure)
    assert not claim.subject_sure


MOVES = [
    ("de", "Airbus lieferte 2024 766 Flugzeuge aus. Die Zahl der Nettobestellungen ging von 2319 im Vorjahr auf 862 zurück, der Auftragsbestand lag zum Jahresende bei 8658 Flugzeugen.", ("862", "8658 Flugzeugen")),
    ("nl", "Airbus leverde in 2024 766 vliegtuigen af. Het aantal nettobestellingen daalde van 2319 een jaar eerder naar 862.", ("862",)),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "figures"), MOVES)
def test_the_time_of_a_moves_old_level_is_its_own(
    lang: str, text: str, figures: tuple[str, ...]
) -> None:
    """The new orders and the backlog of the year's end had been the year before's,
    and a draft's right backlog a time conflict with the sources' 2024."""
    read = readings(text, lang)
    assert [read[figure].time for figure in figures] == [None] * len(figures)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Der Umsatz stieg 2024 von 5 Milliarden Euro auf 6 Milliarden Euro."),
        ("en", "Revenue rose from 5 billion euros to 6 billion euros in 2024."),
        ("nl", "De omzet steeg in 2024 van 5 miljard euro naar 6 miljard euro."),
    ],
)
def test_a_year_around_the_whole_move_dates_both_levels(lang: str, text: str) -> None:
    assert {r.time for r in readings(text, lang).values()} == {"2024"}


def test_a_number_past_2079_is_no_year() -> None:
    """ "von 2094 auf 862" (net orders) had dated the 862 to the year 2094."""
    read = readings("Die Zahl der Nettobestellungen von Airbus ging von 2094 auf 862 zurück.", "de")
    assert read["862"].time is None


@pytest.mark.parametrize(
    ("text", "figure", "attribute"),
    [
        ("Nestlé zag de omzet in 2024 dalen. De organische groei kwam uit op 2,2 procent en netto bleef er 10,884 miljard frank over.", "10,884 miljard frank", "profit"),
        ("Er kwamen in 2024 netto 5.000 banen bij.", "5.000 banen", "jobs"),
    ],
)  # fmt: skip
def test_dutch_netto_before_an_amount_is_the_profit_left(
    text: str, figure: str, attribute: str
) -> None:
    """It had borrowed the revenue of the clause before (a draft's right net profit an
    error against the sources' revenue); "netto" before jobs stays jobs."""
    assert readings(text, "nl")[figure].attribute == attribute


KEY_FIGURES = [
    ("en", "Mercedes-Benz Group at a glance\n175,264\nEmployees worldwide\n€145.6 billion\nRevenue\n€13.6 billion\nEBIT", {"€145.6 billion": "revenue", "€13.6 billion": "operating_profit"}),
    ("de", "Mercedes-Benz Group auf einen Blick\n175.264\nMitarbeitende weltweit\n145,6 Mrd. €\nUmsatz\n13,6 Mrd. €\nEBIT", {"145,6 Mrd. €": "revenue", "13,6 Mrd. €": "operating_profit"}),
    ("nl", "Mercedes-Benz Group in een oogopslag\n175.264\nmedewerkers wereldwijd\n€145,6 miljard\nomzet\n€13,6 miljard\nEBIT", {"€145,6 miljard": "revenue", "€13,6 miljard": "operating_profit"}),
    ("zh", "梅赛德斯-奔驰集团概览\n175,264\n全球员工\n1456亿欧元\n营收\n136亿欧元\n息税前利润", {"1456亿欧元": "revenue", "136亿欧元": "operating_profit"}),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), KEY_FIGURES)
def test_a_key_figure_block_that_opens_with_a_figure_is_labelled_below(
    lang: str, text: str, expected: dict[str, str]
) -> None:
    """Mercedes-Benz's report page: each figure's label stands on the line under it, so
    the label above is the figure before's (2.389 million unit sales had been
    employees, and a draft's right 175,264 employees an error)."""
    read = readings(text, lang)
    assert {figure: read[figure].attribute for figure in expected} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Key figures 2024\nRevenue\n€145.6 billion\nEBIT\n€13.6 billion", {"€145.6 billion": "revenue", "€13.6 billion": "operating_profit"}),
        ("nl", "Kerncijfers\nOmzet\n€145,6 miljard\nEBIT\n€13,6 miljard", {"€145,6 miljard": "revenue", "€13,6 miljard": "operating_profit"}),
        ("zh", "主要数据\n营收\n1456亿欧元\n息税前利润\n136亿欧元", {"1456亿欧元": "revenue", "136亿欧元": "operating_profit"}),
        ("de", "Kennzahlen\nUmsatz\n145,6 Mrd. €\nEBIT\n13,6 Mrd. €", {"145,6 Mrd. €": "revenue", "13,6 Mrd. €": "operating_profit"}),
        ("de", "Kennzahlen 2024\nUmsatz\n145,6 Mrd. €\nEBIT\n13,6 Mrd. €", {"145,6 Mrd. €": "revenue", "13,6 Mrd. €": "operating_profit"}),
    ],
)  # fmt: skip
def test_a_key_figure_block_that_opens_with_a_label_is_labelled_above(
    lang: str, text: str, expected: dict[str, str]
) -> None:
    """English and Dutch pages make each short line a sentence of its own: the figures
    had been bare amounts; a heading with a year ("Key figures 2024") is no figure."""
    read = readings(text, lang)
    assert {figure: read[figure].attribute for figure in expected} == expected


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Net orders fell to 862 aircraft.", "862 aircraft"),
        ("de", "Die Nettobestellungen sanken auf 862 Flugzeuge.", "862 Flugzeuge"),
        ("nl", "De nettobestellingen daalden tot 862 vliegtuigen.", "862 vliegtuigen"),
        ("zh", "净订单降至862架飞机。", "862架飞机"),
    ],
)
def test_orders_of_aircraft_are_orders_placed(lang: str, text: str, figure: str) -> None:
    """Aircraft were no unit of orders, so an airline maker's net orders had been
    "GPU purchases" (the measure of things bought)."""
    assert readings(text, lang)[figure].attribute == "orders"
