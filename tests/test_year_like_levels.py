"""A year-like number that a level word gives, in a clause that names what is counted,
is that count (issue 13, dates): held-out batch 6's "Het officiële dodental ligt
volgens de junta op 2056" and "dass die Zahl der Toten bei 2065 liege" read as years
and were lost. Without a count in the clause it stays a year."""

from __future__ import annotations

import pytest

from factcheck.extraction.scanner import extract_text


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("nl", "Het officiële dodental ligt volgens de junta op 2056.", [("2056", "person")]),
        ("de", "Die Militärregierung sagte, dass die Zahl der Toten bei 2065 liege.",
         [("2065", "person")]),
        ("en", "The death toll rose to 2056 on Monday.", [("2056", "person")]),
        ("zh", "死亡人数升至2056。", [("2056", "person")]),
        # years: no count named, or a word that gives no level
        ("en", "The summit was postponed to 2030.", []),
        ("en", "The number of deaths of 2023 was high.", []),
        ("de", "Die Zahl der Toten stieg im Jahr 2023 auf 50.", [("50", "person")]),
    ],
)  # fmt: skip
def test_a_year_like_level_of_a_count_is_a_count(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(c.text, c.unit) for c in extract_text(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Het dodental ligt volgens de junta op 2056 en het aantal gewonden op meer dan 3900."),
        ("de", "Medien berichteten, dass die Zahl der Toten bei 2065 liege und die der Verletzten "
               "bei mehr als 3900."),
        ("en", "The death toll rose to 2056 and more than 3900 people were injured."),
        ("zh", "死亡人数升至2056,另有超过3900人受伤。"),
    ],
)  # fmt: skip
def test_a_count_is_not_the_period_of_itself_or_its_neighbours(lang: str, text: str) -> None:
    """Held-out batch 6: "die Zahl der Todesopfer in Myanmar bei 2065 liege" was dated
    2065, and so was "mehr als 3900" beside it."""
    claims = extract_text(text, lang)
    assert [(c.unit, c.time) for c in claims] == [("person", None), ("person", None)]


@pytest.mark.parametrize(
    ("lang", "text", "year"),
    [
        ("nl", "In 2023 lag het dodental op 2056.", "2023"),
        ("de", "Im Jahr 2023 lag die Zahl der Toten bei 2065.", "2023"),
        ("en", "In 2023 the death toll rose to 2056.", "2023"),
        ("zh", "2023年死亡人数升至2056。", "2023"),
    ],
)
def test_a_stated_year_still_dates_the_count(lang: str, text: str, year: str) -> None:
    (claim,) = extract_text(text, lang)
    assert (claim.value, claim.unit, claim.time) == (float(text[-5:-1]), "person", year)
