"""Held-out batches 44, 40 and 49 (Infineon's fiscal 2024, Air France-KLM's 2024,
Volkswagen's first half of 2025): a German measure in the genitive ("des operativen
Gewinns") is still the measure; an airline's unit revenue and seat kilometres are no
revenue and no seats; a period's figure that names no period is of the month it was
published in, so an article dated to the day meets one dated only by its month."""

from __future__ import annotations

import pytest

from tests.annotating import annotated_claims, readings
from tests.news_reports import report_dated


@pytest.mark.parametrize(
    ("text", "figure", "attribute"),
    [
        ("Infineon gelang im Geschäftsjahr eine Steigerung des operativen Gewinns "
         "(Segmentergebnis) um 30 Prozent auf 4,4 Milliarden Euro.", "4,4 Milliarden Euro",
         "operating_profit"),
        ("Infineon gelang im Geschäftsjahr eine Steigerung des operativen Gewinns "
         "(Segmentergebnis) um 30 Prozent auf 4,4 Milliarden Euro.", "30 Prozent",
         "operating_profit_change"),
        ("Die Höhe des Nettogewinns lag bei 3,1 Milliarden Euro.", "3,1 Milliarden Euro",
         "profit"),
        ("Besonders hart traf der Rückgang des Auftragseingangs auf 2,6 Milliarden Euro.",
         "2,6 Milliarden Euro", "bookings"),
    ],
)  # fmt: skip
def test_a_german_measure_in_the_genitive_is_the_measure(
    text: str, figure: str, attribute: str
) -> None:
    """ "des operativen Gewinns" had named nothing: the figure was plain euros, never
    compared with the 4.4 billion of operating profit other outlets gave."""
    assert readings(text, "de")[figure].attribute == attribute


def test_a_genitive_ending_makes_no_verb_a_measure() -> None:
    """Only capitalised nouns take the ending: "stieg" never becomes "stiegs"."""
    assert readings("Der Umsatz stieg um 5 Prozent.", "de")["5 Prozent"].attribute == (
        "revenue_change"
    )


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("de", "Die positive Entwicklung führte zu einem Anstieg des Stückerlöses pro "
         "verfügbarem Sitzkilometer um 4,4 Prozent.", "4,4 Prozent"),
        ("en", "Unit revenue per available seat kilometre rose 4.4 percent.", "4.4 percent"),
        ("en", "Capacity in available seat kilometres rose 2.2 percent.", "2.2 percent"),
        ("nl", "De eenheidsopbrengst steeg met 4,4 procent.", "4,4 procent"),
    ],
)  # fmt: skip
def test_an_airlines_unit_revenue_is_no_revenue_and_no_seats(
    lang: str, text: str, figure: str
) -> None:
    """Air France-KLM's 4.4 % rise in unit revenue had been its revenue growth, and in
    English "available seat" made it a change of seats."""
    attribute = readings(text, lang)[figure].attribute
    assert not attribute.startswith(("revenue", "seats"))


def _value_conflicts(first_date: str, second_date: str, measure: tuple[str, str]) -> list[str]:
    first, second = measure
    report = report_dated((first, "en", first_date), (second, "en", second_date))
    return [f.message for f in report.findings if f.rule == "FC101"]


PROFITS = (
    "Volkswagen said on Friday that its net profit fell 38.5 percent to 7.28 billion euros.",
    "Volkswagen reported a net profit of 4.48 billion euros, down 38.5 percent.",
)
TOLLS = (
    "Officials said the death toll in Thailand had risen to 19.",
    "The death toll in Thailand stood at 14, officials said.",
)


def test_a_profit_dated_by_its_day_meets_one_dated_by_its_month() -> None:
    """IBTimes (25 July) gave Volkswagen's first-half profit as the prior year's 7.28
    billion; pages of that month whose day is unknown gave 4.48 billion. The two had
    stood in buckets of their own ("as of 2025-07-25", "as of 2025-07") and never met."""
    messages = _value_conflicts("2025-07-25", "2025-07", PROFITS)
    assert len(messages) == 1
    assert "7.28 billion" in messages[0] and "4.48 billion" in messages[0]
    assert "(as of 2025-07)" in messages[0]


def test_a_toll_keeps_its_day() -> None:
    """A toll is counted as of a day: one of the 25th is not held against one of some
    other day of the month."""
    assert _value_conflicts("2025-07-25", "2025-07", TOLLS) == []
    assert len(_value_conflicts("2025-07-25", "2025-07-25", TOLLS)) == 1


@pytest.mark.parametrize(
    ("lang", "text", "figure", "low", "high"),
    [
        ("de", "Bei Audi sackte der operative Gewinn um zwei Drittel auf 550 Mio. Euro ab.",
         "zwei Drittel", 60.0, 73.33),
        ("en", "Audi's operating profit fell by a third to 550 million euros.", "a third",
         30.0, 36.67),
        ("en", "Audi's operating profit fell by half.", "half", 45.0, 55.0),
        ("nl", "De winst van Audi daalde met een derde tot 550 miljoen euro.", "een derde",
         30.0, 36.67),
        ("zh", "奥迪营业利润减少一半。", "一半", 45.0, 55.0),
    ],
)  # fmt: skip
def test_a_change_by_a_fraction_is_a_rounded_percentage(
    lang: str, text: str, figure: str, low: float, high: float
) -> None:
    """Kurier's "um zwei Drittel auf 550 Mio. Euro" had been a move from 666,667 euros
    (the fraction took the euros of the level after it); "by a third" had been a rank."""
    claim = {c.text: c for c in annotated_claims(text, lang)}[figure]
    assert (claim.unit, claim.low, claim.high, claim.approx) == ("percent", low, high, True)
    assert str(claim.attribute).endswith("_change")


def _figures(text: str, lang: str) -> dict[str, tuple[float | None, str]]:
    return {c.text: (c.value, c.unit) for c in annotated_claims(text, lang)}


def test_the_level_after_a_fraction_stays_a_level() -> None:
    """Neither a move from two thirds of a euro nor a range from two thirds to 500
    million yuan."""
    german = _figures("Bei Audi sackte der Gewinn um zwei Drittel auf 550 Mio. Euro ab.", "de")
    assert german["550 Mio. Euro"] == (550_000_000.0, "EUR")
    assert german["zwei Drittel"][1] == "percent"
    chinese = _figures("净利润下降约三分之二至5亿元。", "zh")
    assert chinese["5亿元"] == (500_000_000.0, "CNY")


def test_a_rounded_fraction_meets_the_exact_share() -> None:
    """ "zwei Drittel" and "64%" of one fall agree; "half" and "64%" do not."""
    text = "Audi's operating profit fell 64 percent in the second quarter."
    agreeing = report_dated(
        (text, "en", "2025-07-25"),
        (
            "Der operative Gewinn von Audi sackte im zweiten Quartal um zwei Drittel ab.",
            "de",
            "2025-07-25",
        ),
    )
    assert [f.rule for f in agreeing.findings if f.rule == "FC101"] == []
    apart = report_dated(
        (text, "en", "2025-07-25"),
        ("Audi's operating profit fell by half in the second quarter.", "en", "2025-07-25"),
    )
    assert [f.rule for f in apart.findings if f.rule == "FC101"] == ["FC101"]


@pytest.mark.parametrize(
    ("text", "figure", "attribute"),
    [
        ("The allies only won 50 seats, 16 less than the total of their seats up for "
         "re-election.", "16", "seat_change"),
        ("The party won 50 seats, 16 fewer than in 2022.", "16", "seat_change"),
        ("Revenue was 5 billion dollars, less than expected.", "5 billion dollars", "revenue"),
    ],
)  # fmt: skip
def test_a_number_less_than_another_is_a_difference(text: str, figure: str, attribute: str) -> None:
    """Asahi's "16 less than the total" had been 16 seats won, against 39."""
    assert readings(text, "en")[figure].attribute == attribute


@pytest.mark.parametrize(
    ("lang", "text", "figure", "attribute"),
    [
        ("de", "BYD verkaufte 2.113.271 Fahrzeuge, im Vergleich zu den 1.607.145 Einheiten im "
         "gleichen Zeitraum des Vorjahres.", "1.607.145 Einheiten", "deliveries"),
        ("de", "Der Auftragsbestand ist um 359 Prozent auf 455 Milliarden Dollar angewachsen.",
         "359 Prozent", "backlog_change"),
        ("de", "Seit Anfang des Jahres verbrannten in Spanien knapp 400.000 Hektar Land.",
         "knapp 400.000 Hektar", "burned_area"),
        ("de", "Der Jahresumsatz stieg um 5 Prozent auf 3 Milliarden Euro.", "3 Milliarden Euro",
         "revenue"),
        ("nl", "De jaaromzet steeg met 5 procent tot 3 miljard euro.", "3 miljard euro", "revenue"),
    ],
)  # fmt: skip
def test_a_compound_needs_a_head_of_its_own(
    lang: str, text: str, figure: str, attribute: str
) -> None:
    """ "im gleichen Zeitraum" had made BYD's 1,607,145 cars a death toll ("g" +
    "Leichen"); a real compound still names its measure, and a verb's prefixed forms
    that keep its meaning ("angewachsen", "verbrannten") are listed."""
    assert readings(text, lang)[figure].attribute == attribute
