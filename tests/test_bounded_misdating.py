"""A bound with a telling number is one figure wherever it is said: "more than 2,400
dead" dated 1999 in the sources and 2009 in a draft is the event misdated (held-out
batch 7's Taiwan draft). A round bound ("more than 100") is said of many events, and
two different bounds are two figures."""

from __future__ import annotations

import pytest

from factcheck import extract
from factcheck.runs.checking import check_texts

SOURCE = "Das Erdbeben von 1999 in Taiwan führte zu mehr als 2400 Toten."


@pytest.mark.parametrize(
    ("draft", "lang"),
    [
        ("The 2009 earthquake in Taiwan killed more than 2,400 people.", "en"),
        ("Das Erdbeben von 2009 in Taiwan forderte mehr als 2400 Tote.", "de"),
        ("De aardbeving van 2009 in Taiwan eiste meer dan 2400 doden.", "nl"),
        ("2009年台湾地震造成超过2400人死亡。", "zh"),
    ],
)
def test_a_telling_bound_dated_to_another_year_is_misdated(draft: str, lang: str) -> None:
    result = check_texts(("draft.txt", draft, lang), [("a.txt", SOURCE, "de")])
    assert [(f.kind, f.severity) for f in result.findings] == [("time-conflict", "warning")]
    assert (
        "the draft dates >2,400 people to 2009, the sources to 1999" in result.findings[0].message
    )


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("The 2009 earthquake in Taiwan killed more than 100 people.",
         "The 1999 earthquake in Taiwan killed more than 100 people."),
        ("The 2009 earthquake in Taiwan killed more than 2,400 people.",
         "The 1999 earthquake in Taiwan killed at least 2,400 people."),
    ],
)  # fmt: skip
def test_round_or_different_bounds_are_not_one_figure(draft: str, source: str) -> None:
    result = check_texts(("draft.txt", draft, "en"), [("a.txt", source, "en")])
    assert [f.kind for f in result.findings if f.kind == "time-conflict"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stargate committed an initial $200 billion and up to $500 billion over four years.",
         [("$200 billion", None), ("up to $500 billion", "le")]),
        ("Tickets cost $50 and up.", [("$50 and up", "ge")]),
        ("Seats sold for $50 and up, the organisers said.", [("$50 and up", "ge")]),
    ],
)  # fmt: skip
def test_and_up_to_opens_the_next_figure(text: str, expected: list) -> None:
    """Held-out batch 3's draft: "an initial $200 billion and up to $500 billion" was a
    lower bound, "$200 billion and up", so Stargate's $100 billion did not disagree."""
    found = [(c.text, c.bound) for c in extract(text, "en") if c.unit == "USD"]
    assert found == expected
