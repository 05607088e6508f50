"""Held-out batches 44, 46 and 47 (TSMC's and Infineon's results, Apple's fiscal fourth
quarter, Tesla's deliveries, Xiaomi's second quarter): a change on the quarter before
or in another currency is no change on the year; rows of a results table are lines of
their own; a fiscal year is named by its end month or its two years; a quarter not yet
begun or still running when the article appeared is no result of it; "the prior
year" of a quarter is no year; an English "billion" in a German text is 10^9; a
ticker in brackets and a period's compound are no names."""

from __future__ import annotations

import pytest

from factcheck.checks.wording import ratio_text
from factcheck.extraction.scanner import extract_text
from factcheck.extraction.sentences import sentence_spans
from tests.annotating import readings
from tests.news_reports import flagged_rules, report_of


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "TSMC's revenue rose 14.3% quarter-on-quarter and 38.8% year-on-year.", "14.3%"),
        ("de", "Der Umsatz von TSMC stieg gegenüber dem Vorquartal um 14,3 Prozent.",
         "14,3 Prozent"),
        ("nl", "De omzet van TSMC steeg ten opzichte van het vorige kwartaal met 14,3 procent.",
         "14,3 procent"),
        ("zh", "台积电第四季营收季增14.3%，同比增长38.8%。", "14.3%"),
    ],
)  # fmt: skip
def test_a_change_on_the_quarter_before_is_its_own_measure(
    lang: str, text: str, figure: str
) -> None:
    assert readings(text, lang)[figure].attribute == "revenue_sequential_change"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "TSMC's revenue rose 14.3% quarter-on-quarter and 38.8% year-on-year."),
        ("zh", "台积电第四季营收季增14.3%，同比增长38.8%。"),
    ],
)
def test_the_change_on_the_year_beside_it_stays_a_change_on_the_year(lang: str, text: str) -> None:
    """The word of the quarter before names the figure it stands nearest to only."""
    assert readings(text, lang)["38.8%"].attribute == "revenue_change"


def test_two_true_changes_of_one_quarter_raise_no_alarm() -> None:
    report = report_of(
        ("TSMC's fourth-quarter 2024 revenue rose 14.3% quarter-on-quarter.", "en"),
        ("台积电2024年第四季度营收同比增长38.8%。", "zh"),
    )
    assert flagged_rules(report) == []


def test_a_change_in_another_currency_is_another_accounting() -> None:
    text = "In US dollar terms, TSMC's revenue rose 37% year-on-year."
    assert readings(text, "en")["37%"].attribute == "revenue_currency_basis_change"


TABLE = (
    "Infineon Quartalszahlen\n"
    "in Millionen Euro Q4 Q1 Q2 Q3 Q4\n"
    "Umsatzerlöse 4.149 3.702 3.632 3.702 3.919\n"
    "Umsatzkosten -2.342 -2.103 -2.229 -2.212 -2.343\n"
    "Bruttoergebnis vom Umsatz 1.807 1.599 1.403 1.490 1.576\n"
)


def test_each_row_of_a_table_is_a_sentence_of_its_own() -> None:
    """A long line ending in a number had run on into the next (a hard wrap), so the
    last revenue figures took the costs' keyword of the row below."""
    rows = [TABLE[lo:hi] for lo, hi in sentence_spans(TABLE, "de")]
    assert rows[1:] == [
        "Umsatzerlöse 4.149 3.702 3.632 3.702 3.919",
        "Umsatzkosten -2.342 -2.103 -2.229 -2.212 -2.343",
        "Bruttoergebnis vom Umsatz 1.807 1.599 1.403 1.490 1.576",
    ]
    assert sentence_spans("revenue grew by 5 percent to 4,149\nmillion euros", "en") == [(0, 48)]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_signed_figures_in_a_row_are_no_range(lang: str) -> None:
    claims = extract_text("Umsatzkosten -2.342 -2.103 -2.229", lang)
    assert [c.text for c in claims] == ["-2.342", "-2.103", "-2.229"]
    assert extract_text("Der Umsatz lag bei 5 - 6 Milliarden Euro.", "de")[0].high == 6e9


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("de", "Die Leerstandskosten von Infineon könnten auf etwa eine Milliarde Euro steigen.",
         "etwa eine Milliarde Euro"),
        ("nl", "De energiekosten van Infineon stegen naar 1 miljard euro.", "1 miljard euro"),
    ],
)  # fmt: skip
def test_a_compound_of_costs_is_no_price(lang: str, text: str, figure: str) -> None:
    assert readings(text, lang)[figure].attribute != "price"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("de", "Der Umsatz von Infineon sank im Geschäftsjahr 2023-24 um 8 % auf 14,96 "
               "Milliarden Euro.", "14,96 Milliarden Euro"),
        ("zh", "英飛凌在2023-24財年營收下降8%至149.6億歐元。", "149.6億歐元"),
        ("en", "Infineon's revenue fell to €14.96 billion in fiscal 2023-24.", "€14.96 billion"),
    ],
)  # fmt: skip
def test_a_fiscal_year_written_as_its_two_years_is_the_later(
    lang: str, text: str, figure: str
) -> None:
    assert readings(text, lang, "2024-11-12")[figure].time == "FY2024"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "For the financial year ending in September, Infineon posted fourth-quarter "
               "revenue of 3.919 billion euros.", "3.919 billion euros"),
        ("de", "Für das im September zu Ende gehende Geschäftsjahr verzeichnete Infineon im "
               "vierten Quartal einen Umsatz von 3,92 Milliarden Euro.", "3,92 Milliarden Euro"),
    ],
)  # fmt: skip
def test_a_fiscal_years_end_month_names_no_quarter(lang: str, text: str, figure: str) -> None:
    """Infineon's fourth quarter of fiscal 2024 is July to September 2024: the month of
    the year's end had kept the quarter a calendar one (2024-Q4)."""
    assert readings(text, lang, "2024-11-12")[figure].time == "2024-Q3"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("zh", "英飛凌稱,本季度(2025財年第一季度)營收約爲 32 億歐元。", "32 億歐元"),
        ("zh", "英飛凌預估本季 (第一季) 營收為 32 億歐元。", "32 億歐元"),
        ("de", "Für das Geschäftsjahr 2025 rechnet Infineon mit einem Umsatzrückgang auf etwa "
               "3,2 Milliarden Euro im ersten Quartal.", "etwa 3,2 Milliarden Euro"),
    ],
)  # fmt: skip
def test_a_quarter_still_running_is_a_forecast_of_it(lang: str, text: str, figure: str) -> None:
    """Published on 12 November 2024, Infineon's first fiscal quarter (October to
    December 2024) was running: its revenue is what the company expects."""
    reading = readings(text, lang, "2024-11-12")[figure]
    assert (reading.attribute, reading.time) == ("revenue_expected", "2024-Q4")


def test_a_result_of_a_quarter_not_yet_begun_is_the_year_befores() -> None:
    text = (
        "HSINCHU, Jan. 16, 2025 -- TSMC today announced diluted earnings per share of "
        "NT$14.45 (US$2.24 per ADR unit) for the fourth quarter ended December 31, 2024."
    )
    assert readings(text, "en", "2025-01-16")["NT$14.45"].time == "2024-Q4"


def test_a_forecast_of_a_quarter_named_with_its_year_keeps_it() -> None:
    text = "Volkswagen will im 2. Quartal 2025 einen Umsatz von 80 Milliarden Euro erreichen."
    assert readings(text, "de", "2025-03-10")["80 Milliarden Euro"].time == "2025-Q2"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Net profit for the quarter surged to $27.47 billion, up from $14.74 billion "
               "in the prior year.", "$14.74 billion"),
        ("de", "Der Gewinn im Quartal stieg auf 27 Milliarden Dollar, nach 15 Milliarden Dollar "
               "im Vorjahr.", "15 Milliarden Dollar"),
    ],
)  # fmt: skip
def test_the_prior_year_of_a_quarter_is_no_year(lang: str, text: str, figure: str) -> None:
    """Apple's $14.74 billion is its fourth fiscal quarter of 2024, not its year 2024."""
    assert readings(text, lang, "2025-10-31")[figure].time is None


def test_the_prior_year_of_a_year_is_the_year_before() -> None:
    text = "Der Umsatz lag bei 40 Mrd. Euro (Vorjahr: 41 Mrd. Euro)."
    assert readings(text, "de", "2024-10-23")["41 Mrd. Euro"].time == "2023"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Apple meldete einen Umsatz von $102.5 billion im Quartal.", 102.5e9),
        ("Die Schulden lagen bei 1,2 Billionen Euro.", 1.2e12),
    ],
)
def test_an_english_billion_in_a_german_text_is_a_thousand_millions(
    text: str, value: float
) -> None:
    assert extract_text(text, "de")[0].value == value


def test_a_typographic_hyphen_is_a_hyphen() -> None:
    """Apple's fiscal fourth quarter of 2025 is July to September 2025."""
    text = "Apple reported fiscal fourth\u2011quarter 2025 results with revenue of $102.5 billion."
    [claim] = report_of((text, "en")).claims
    assert (claim.text, claim.time) == ("$102.5 billion", "2025-Q3")


def test_a_capitalised_word_on_the_next_line_counts_nothing() -> None:
    text = "- Total production Q3 2025: 447,450\nShares climbed just over 1%."
    assert extract_text(text, "en")[0].text == "447,450"
    assert extract_text("Tesla built 10,000\ncars.", "en")[0].unit == "vehicle"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Tesla (TSLA) delivered 497,099 vehicles in Q3 2025.", "497,099 vehicles"),
        ("de", "Tesla kann mit den jetzt vorgelegten Q3-Zahlen 469.796 gebaute Autos melden.",
         "469.796 gebaute Autos"),
    ],
)  # fmt: skip
def test_a_ticker_in_brackets_and_a_periods_compound_are_no_names(
    lang: str, text: str, figure: str
) -> None:
    assert readings(text, lang)[figure].subject == "Tesla"


@pytest.mark.parametrize(
    ("lang", "text", "figure", "attribute"),
    [
        ("zh", "英飛凌預估本季營收為 32 億歐元,低於分析師預估的 38 億歐元。", "38 億歐元",
         "revenue_consensus"),
        ("en", "Last year's quarter included a one-time $10.2 billion EU tax charge at Apple.",
         "$10.2 billion", "expenses"),
        ("en", "At Xiaomi the average selling price (ASP) declined 2.75% to RMB 1,073.2.",
         "RMB 1,073.2", "average_selling_price"),
        ("nl", "De gemiddelde verkoopprijs van een Xiaomi-smartphone daalde naar 1.073,2 yuan.",
         "1.073,2 yuan", "average_selling_price"),
        ("zh", "小米智能手机的ASP为1073.2元。", "1073.2元", "average_selling_price"),
        ("de", "Für 2023/24 stellte Infineon 17 Milliarden Euro Umsatz in Aussicht.",
         "17 Milliarden Euro", "revenue_expected"),
    ],
)  # fmt: skip
def test_estimates_charges_and_average_prices(
    lang: str, text: str, figure: str, attribute: str
) -> None:
    assert readings(text, lang)[figure].attribute == attribute


def test_an_average_selling_price_is_of_its_quarter() -> None:
    """No model's price: the quarter a year before held another figure."""
    report = report_of(
        ("Xiaomi's average selling price fell to RMB 1,073.2 in the second quarter of 2025.", "en"),
        ("De gemiddelde verkoopprijs van Xiaomi daalde in het tweede kwartaal van 2024 naar "
         "1.073,2 yuan.", "nl"),
    )  # fmt: skip
    assert ("FC105", "warning") in flagged_rules(report)


@pytest.mark.parametrize(
    ("ratio", "text"),
    [(1.0012, "1.0012×"), (1.005, "1.0050×"), (1.21, "1.21×"), (10.0, "10×"), (1e5, "100,000×")],
)
def test_close_figures_are_written_to_two_digits_of_their_gap(ratio: float, text: str) -> None:
    assert ratio_text(ratio) == text


def test_a_quarter_in_roman_numerals_is_a_quarter_and_no_name() -> None:
    """Batch 47's "CNY 253,662 in Quarter II of this year" had "II" for its subject."""
    text = "Xiaomi's revenue rose from 88.9 billion yuan in Quarter II 2024 to 116 billion yuan."
    reading = readings(text, "en", "2025-08-20")["88.9 billion yuan"]
    assert (reading.subject, reading.time) == ("Xiaomi", "2024-Q2")


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Xiaomi stayed among the top three smartphone makers.", "top three"),
        ("de", "Xiaomi lag das zwanzigste Quartal in Folge unter den Top Drei weltweit.",
         "Top Drei"),
        ("nl", "Xiaomi bleef bij de top drie van smartphonemakers.", "top drie"),
    ],
)  # fmt: skip
def test_the_top_few_is_a_rank_at_most(lang: str, text: str, figure: str) -> None:
    """Batch 47's "unter den Top Drei" had been three deliveries against eight."""
    claim = next(c for c in extract_text(text, lang) if c.text == figure)
    assert (claim.value, claim.unit, claim.bound) == (3, "rank", "le")


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("D66 won by 29.668 votes, the Kiesraad said.", "29.668 votes", 29_668),
        ("Tesla delivered 1.234 vehicles in the test market.", "1.234 vehicles", 1_234),
        ("The fertility rate was 1.234 children per woman.", "1.234 children", 1.234),
        ("The index stood at 29.668 points.", "29.668 points", 29.668),
    ],
)
def test_three_digits_after_the_point_of_whole_things_are_thousands(
    text: str, figure: str, value: float
) -> None:
    """Batch 47: an English page's "29.668 votes" (the Dutch group mark) against
    29,668 had been a scale error, 1,000× apart."""
    claim = next(c for c in extract_text(text, "en") if c.text == figure)
    assert claim.value == value


@pytest.mark.parametrize(
    ("lang", "text", "figure", "period"),
    [
        ("de", "Das Unternehmen Apple schließt sein Geschäftsjahr 2025 mit einem neuen "
               "Rekordquartal ab. Der Gesamtumsatz klettert auf 102,5 Milliarden Dollar.",
         "102,5 Milliarden Dollar", None),
        ("en", "Apple closed its fiscal year 2025 with a record quarter. Revenue climbed to "
               "$102.5 billion.", "$102.5 billion", None),
        ("de", "Volkswagen legte die Zahlen für das Geschäftsjahr 2024 vor. Der Umsatz lag bei "
               "320 Milliarden Euro.", "320 Milliarden Euro", "2024"),
    ],
)  # fmt: skip
def test_a_year_that_speaks_of_a_quarter_carries_no_period(
    lang: str, text: str, figure: str, period: str | None
) -> None:
    """Batch 46: maclife's quarter revenue of 102.5 billion had taken the fiscal year
    2025 of the sentence before, against the year's 416 billion."""
    assert readings(text, lang, "2025-10-31")[figure].time == period
