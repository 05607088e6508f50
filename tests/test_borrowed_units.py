"""A unit a bare number takes from elsewhere must be able to measure it (issue 13,
counted nouns): held-out page de-hktelegraph, "die Zahl der Toten nach dem schweren
Erdbeben der Stärke 7,7 … auf mehr als 1000 angestiegen", read the 1000 as a
magnitude, and FC106 called it an impossible quake. A magnitude stays under 10
(`prefix_below` in lexicon/units.yaml), so the noun before the magnitude's counts;
and the decimal comma of "7,7" ends no clause."""

from __future__ import annotations

import pytest

from factcheck.extraction.quantity import clause_bounds
from tests.annotating import annotated_claims


@pytest.mark.parametrize(
    ("lang", "text", "toll"),
    [
        ("en", "The death toll from the magnitude 7.7 earthquake in Myanmar has risen to more "
               "than 1,000, officials said.", "more than 1,000"),
        ("de", "In Myanmar ist die Zahl der Toten nach dem schweren Erdbeben der Stärke 7,7 nach "
               "offiziellen Angaben auf mehr als 1000 angestiegen.", "mehr als 1000"),
        ("nl", "Het dodental na de aardbeving met een kracht van 7,7 is gestegen tot meer dan "
               "1000.", "meer dan 1000"),
        ("zh", "7.7级地震的死亡人数已升至1000多人。", "1000多人"),
    ],
)  # fmt: skip
def test_a_toll_after_a_magnitude_counts_people(lang: str, text: str, toll: str) -> None:
    claims = {c.text: c for c in annotated_claims(text, lang)}
    assert (claims[toll].unit, str(claims[toll].attribute)) == ("person", "death_toll")


def test_a_second_magnitude_still_takes_the_first_ones_unit() -> None:
    claims = annotated_claims("The quakes had a magnitude of 7.8 and 7.5.", "en")
    assert [(c.text, c.unit) for c in claims] == [
        ("magnitude of 7.8", "magnitude"),
        ("7.5", "magnitude"),
    ]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("die Stärke 7,7 nach X", "die Stärke 7,7 nach X"),
        ("um 18:30 Uhr X", "um 18:30 Uhr X"),
        ("300 Tote, 400 X", " 400 X"),
        ("Zeit: 7 X", " 7 X"),
        ("X 5, dann", "X 5"),
    ],
)
def test_a_comma_between_digits_breaks_no_clause(text: str, clause: str) -> None:
    at = text.index("X")
    lo, hi = clause_bounds(text, 0, len(text), at, at + 1)
    assert text[lo:hi] == clause


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("de", "Mindestens 1832 Menschen wurden bei dem Erdstoß der Stärke 6,8 verletzt.",
         "Stärke 6,8"),
        ("en", "The earthquake measured 7 degrees on the Richter scale.",
         "7 degrees on the Richter scale"),
        ("de", "Das Beben erreichte 6,9 Grad auf der Richterskala.", "6,9 Grad auf der Richterskala"),
        ("nl", "De beving had een kracht van 6,8 graden op de schaal van Richter.",
         "6,8 graden op de schaal van Richter"),
        ("zh", "随后多次余震接连发生,最高余震震级达7.5级。", "震级达7.5"),
    ],
)  # fmt: skip
def test_a_magnitude_named_before_or_after_is_a_magnitude(
    lang: str, text: str, figure: str
) -> None:
    """A prefix outranks a verb after the number ("… der Stärke 6,8 verletzt" counts no
    people), and "degrees on the Richter scale" are no temperature (held-out batch 6)."""
    claims = {c.text: c.unit for c in annotated_claims(text, lang)}
    assert claims[figure] == "magnitude"
