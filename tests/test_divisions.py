"""A division named after its company is another subject: "Airbus Defence and Space",
"Airbus Helicopters". Its figures are never held against the group's."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from tests.annotating import subjects_of


@pytest.mark.parametrize(
    ("lang", "text", "figure", "subject"),
    [
        (
            "en",
            "Airbus Defence and Space's order intake by value increased to € 16.7 billion.",
            "€ 16.7 billion",
            "Airbus Defence and Space",
        ),
        ("en", "Airbus Helicopters booked 450 net orders in 2024.", "450", "Airbus Helicopters"),
        ("nl", "Airbus Helicopters boekte in 2024 450 nieuwe orders.", "450", "Airbus Helicopters"),
        # a word of the company's own name, a legal form, a title: the company
        ("en", "Toyota Motor sold 10.8 million cars in 2024.", "10.8 million cars", "Toyota"),
        ("en", "BMW Group sold 2.45 million cars in 2024.", "2.45 million cars", "BMW"),
        ("en", "Meta Platforms earned $62.4 billion in 2024.", "$62.4 billion", "Meta"),
        (
            "en",
            "Tesla CEO Elon Musk said Tesla sold 1.79 million cars in 2024.",
            "1.79 million cars",
            "Tesla",
        ),
        # a listed name after the company's: that name
        ("en", "Tesla Model Y sales rose to 1.2 million.", "1.2 million", "Model Y"),
        # a headline in title case
        (
            "en",
            "Airbus Reports Record Deliveries Of 766 Aircraft In 2024",
            "766 Aircraft",
            "Airbus",
        ),
    ],
)
def test_a_division_is_named_by_its_whole_name(
    lang: str, text: str, figure: str, subject: str
) -> None:
    assert subjects_of(text, lang)[figure] == subject


def test_a_divisions_figure_is_not_held_against_its_groups(tmp_path: Path) -> None:
    (tmp_path / "a.en.txt").write_text(
        "Airbus Defence and Space's order intake rose to €16.7 billion in 2024.", encoding="utf-8"
    )
    (tmp_path / "b.en.txt").write_text(
        "Airbus's order intake fell to €103.5 billion in 2024.", encoding="utf-8"
    )
    assert factcheck.report([tmp_path]).data.findings == []
