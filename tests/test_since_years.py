"""A year where a span starts is not a figure's period (held-out batch 13: "0.3%的GDP
降幅是德国2021年以来的最差表现" dated Germany's 2023 contraction 2021, a time conflict
against other outlets). Chinese puts "since" after the year (以来, `base_year_after`
in lexicon/time.yaml); the other languages before it (`base_year_before`)."""

from __future__ import annotations

import pytest

from tests.annotating import annotated_claims


def times_of(text: str, lang: str) -> dict[str, str | None]:
    return {c.text: c.time for c in annotated_claims(text, lang, "2024-01-15")}


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("zh", "0.3%的GDP降幅是德国2021年以来的最差表现。", "0.3%"),
        ("zh", "德国GDP下降0.3%，为2021年以來最差。", "0.3%"),
        ("en", "The 0.3% fall in GDP was Germany's worst performance since 2021.", "0.3%"),
        ("de", "Der Rückgang des BIP um 0,3 Prozent war der stärkste seit 2021.", "0,3 Prozent"),
        ("nl", "De krimp van het bbp met 0,3 procent was de grootste sinds 2021.", "0,3 procent"),
    ],
)  # fmt: skip
def test_a_year_a_span_starts_from_dates_no_figure(lang: str, text: str, figure: str) -> None:
    assert times_of(text, lang)[figure] is None


def test_the_stated_year_still_dates_the_figure() -> None:
    text = "德国2023年GDP下降了0.3%，是2021年以来的最差表现。"
    assert times_of(text, "zh")["0.3%"] == "2023"


@pytest.mark.parametrize(
    ("lang", "text", "figure", "period"),
    [
        # the last time a level was reached is a comparison (held-out batch 11)
        ("de", "Mit 82,5 Prozent ist die Wahlbeteiligung so hoch gewesen wie zuletzt 1990.",
         "82,5 Prozent", None),
        ("nl", "Met 82,5 procent lag de opkomst zo hoog als voor het laatst in 1990.",
         "82,5 procent", None),
        ("en", "Turnout was 82.5 percent, a level last seen in 1990.", "82.5 percent", None),
        ("zh", "投票率为82.5%,为1990年以来最高。", "82.5%", None),
        # "most recently in 2021" is 2021's figure
        ("de", "Die Wahlbeteiligung lag zuletzt 2021 bei 76,4 Prozent.", "76,4 Prozent", "2021"),
    ],
)  # fmt: skip
def test_the_last_time_a_level_was_reached_dates_no_figure(
    lang: str, text: str, figure: str, period: str | None
) -> None:
    assert times_of(text, lang)[figure] == period


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The population, compared with 1.39 billion people in the census of 2010, "
               "increased by 72.05 million, an increase of 5.38%.",
         {"1.39 billion people": "2010", "72.05 million": None, "5.38%": None}),
        ("de", "Die Bevölkerung wuchs, verglichen mit 1,34 Milliarden Menschen bei der Zählung "
               "von 2010, um 72 Millionen.",
         {"1,34 Milliarden Menschen": "2010", "72 Millionen": None}),
        ("nl", "De PVV haalt 35 zetels, een verdubbeling in vergelijking met de 17 zetels van "
               "maart 2021.", {"35 zetels": None, "verdubbeling": None, "17 zetels": "2021"}),
        ("en", "Sales reached 1.5 million in 2023, compared with 1.2 million in 2022.",
         {"1.5 million": "2023", "1.2 million": "2022"}),
    ],
)  # fmt: skip
def test_a_year_in_the_compared_figures_phrase_is_that_figures(
    lang: str, text: str, expected: dict[str, str | None]
) -> None:
    """ "compared with 1.39 billion people in the census of 2010": 2010 is the compared
    figure's year, not the year of the sentence's other figures (held-out batch 10 had
    dated China's 2020 census growth 2010, against NRC's 5.84 % for 2000-2010)."""
    assert times_of(text, lang) == expected
