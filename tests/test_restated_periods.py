"""A figure restated in one article takes the period its other mention names
(`annotation/restated.py`): brnn's lead "494.989 Fahrzeugen" and its later "im
vierten Quartal 2023 494.989 Elektrofahrzeuge" are one fact, and the lead now meets
the other outlets' fourth-quarter figures instead of standing for its publication
day alone."""

from __future__ import annotations

import pytest

from tests.annotating import annotated_claims


def _times(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.time) for c in annotated_claims(text, lang, "2024-01-04")]


@pytest.mark.parametrize(
    ("lang", "text", "lead", "later", "period"),
    [
        ("en", "Tesla delivered 484,507 vehicles, short of BYD. In the fourth quarter of 2023 "
               "Tesla delivered 484,507 vehicles.", "484,507 vehicles", "484,507 vehicles",
         "2023-Q4"),
        ("de", "Tesla lieferte 494.989 Fahrzeuge aus. Im vierten Quartal 2023 lieferte Tesla "
               "494.989 Elektrofahrzeuge aus.", "494.989 Fahrzeuge", "494.989 Elektrofahrzeuge",
         "2023-Q4"),
        ("nl", "Tesla leverde 484.507 auto's af. In het vierde kwartaal van 2023 leverde Tesla "
               "484.507 auto's af.", "484.507 auto's", "484.507 auto's", "2023-Q4"),
        ("zh", "特斯拉交付了484507辆汽车。特斯拉2023年第四季度交付484507辆汽车。", "484507辆汽车",
         "484507辆汽车", "2023-Q4"),
    ],
)  # fmt: skip
def test_an_undated_restatement_takes_the_period_of_its_dated_mention(
    lang: str, text: str, lead: str, later: str, period: str
) -> None:
    times = _times(text, lang)
    assert times[0] == (lead, period)
    assert times[-1] == (later, period)


@pytest.mark.parametrize(
    ("lang", "text", "undated"),
    [
        ("en", "Tesla delivered 1.8 million vehicles. In the fourth quarter of 2023 Tesla "
               "delivered 484,507 vehicles.", "1.8 million vehicles"),
        ("de", "Tesla lieferte 494.989 Fahrzeuge aus. Im vierten Quartal 2023 lieferte Tesla "
               "494.989 Fahrzeuge aus, im dritten Quartal 2023 494.989 Fahrzeuge.",
         "494.989 Fahrzeuge"),
    ],
)  # fmt: skip
def test_an_other_figure_or_two_periods_leave_it_undated(
    lang: str, text: str, undated: str
) -> None:
    """A different figure may be another period's (the year's 1.8 million); a figure the
    article gives for two periods names neither."""
    assert _times(text, lang)[0] == (undated, None)
