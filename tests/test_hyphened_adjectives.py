"""A number word hyphened to an adjective's word counts nothing (issue 13, numbers
that are not claims): "Revenue (excluding one-off items)" gave a figure "one"."""

from __future__ import annotations

import pytest

from factcheck.extraction.scanner import extract_text


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Revenue excluding one-off items was $5 billion.", [("$5 billion", "USD", 5e9)]),
        ("en", "It booked a one-time charge and one-offs.", []),
        ("en", "Taiwan held a three-way presidential race.", [("three", "count", 3.0)]),
        ("de", "ein Drei-Milliarden-Deal", [("Drei-Milliarden", "count", 3e9)]),
        ("en", "a two-year contract", [("two-year", "year", 2.0)]),
    ],
)  # fmt: skip
def test_a_number_word_in_an_adjective_is_no_figure(
    lang: str, text: str, expected: list[tuple[str, str, float]]
) -> None:
    """ "one-off", "one-time" (`hyphened_adjectives` in lexicon/number_words.yaml) count
    nothing; "a three-way race" counts its candidates, and a scaled compound is money."""
    assert [(c.text, c.unit, c.low) for c in extract_text(text, lang)] == expected
