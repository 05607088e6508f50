"""Fractions whose denominator is an ordinal word: "three twenty-firsts" (3/21),
"a trillionth", "one one hundred fifth" (1/105), Dutch "drie eenentwintigste"
(3/21) and "twintig drie vijfde" (20 3/5).

The words of such a fraction can be grouped in more than one way, so the
grouping is a rule of each language, kept here apart from the reading of words:

- English writes a compound ordinal after its numerator. The numerator is the
  shortest leading number after which the remaining words and the ordinal make
  one ordinal that starts with a plain cardinal: "one hundred thirty fifths" is
  100/35, "twenty twenty fifths" 20/25. An "and" inside a number belongs to it
  ("one hundred and thirty fifths" is 130/5); otherwise "and" opens the
  fraction of a mixed number ("two hundred thirty two and a thirtieth").
  A singular ordinal is a fraction only after "a" or "one" ("a twenty-first");
  "twenty-fifth" alone stays an ordinal.
- Dutch writes every number below a million as one word, so separate words
  before a fraction are a whole number and the numerator: "drie een vijfde" is
  3 1/5, "twintig drie vijfde" 20 3/5.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from factcheck.extraction.digits import evaluate_words
from factcheck.extraction.grammar import Word
from factcheck.lexicon import load_table

if TYPE_CHECKING:
    from factcheck.extraction.quantity import Quantity

NUMBER_KINDS = frozenset({"cardinal", "scale", "joiner", "article"})


def ordinal_fraction(
    words: Sequence[Word], plural: bool, lang: str, hyphened: Sequence[bool] = ()
) -> float | None:
    """Value of number words ending in a denominator or an ordinal, if they make
    a fraction in `lang` (None otherwise, e.g. for a plain ordinal).

    `hyphened[i]` tells that word i is joined to word i-1 by a hyphen
    ("ninety-five hundred fifths" is 9500/5: the hyphen keeps 95 together).
    """
    if len(words) < 2 or any(w.kind not in NUMBER_KINDS for w in words[:-1]):
        return None
    if lang == "en":
        bound = list(hyphened) or [False] * len(words)
        return _english(list(words), plural, bound)
    if lang == "nl":
        return _dutch(words, plural)
    return None


def _english(words: list[Word], plural: bool, hyphened: list[bool]) -> float | None:
    """A mixed number when a proper fraction follows the last "and" ("two and
    fifty-four hundredths", "six million and two thirds" of a million), else
    the shortest numerator ("one hundred and thirty fifths" is 130/5)."""
    *head, last = words
    joiners = [i for i, w in enumerate(head) if w.kind == "joiner"]
    if joiners:
        j = joiners[-1]
        whole = value_of(head[:j])
        fraction = _english(words[j + 1 :], plural, hyphened[j + 1 :])
        if whole is not None and fraction is not None and 0 < fraction < 1:
            scale = head[j - 1].value if head[j - 1].kind == "scale" and j else 1.0
            return whole + fraction * (scale if scale >= 1000 else 1.0)
    for cut in range(1, len(head) + 1):
        if cut < len(head) and hyphened[cut]:
            continue  # never split "twenty-five"
        top, bottom = _split(head[:cut], head[cut:], last)
        if top is None or bottom is None:
            continue
        if plural or top == 1:
            return top / bottom
    return None


def _split(numerator: Sequence[Word], rest: Sequence[Word], last: Word) -> tuple[float | None, ...]:
    """(numerator, denominator) when `numerator` is one number and `rest` plus the
    ordinal make one ordinal that starts with a plain cardinal; (None, None) otherwise."""
    if numerator[-1].kind == "joiner" or any(w.kind == "article" for w in numerator[1:]):
        return None, None
    if rest and (rest[0].kind != "cardinal" or any(w.kind == "article" for w in rest)):
        return None, None
    if not rest and last.kind == "ordinal" and last.value < 3:
        return None, None  # "a second" is time, "a first" no fraction
    top = value_of(numerator)
    bottom = value_of([*rest, last])
    if top is None or bottom is None or bottom < 2:
        return None, None
    return top, bottom


def _dutch(words: Sequence[Word], plural: bool) -> float | None:
    """'drie een vijfde' is 3 1/5; 'tweeduizend zestiende' (2016th) and 'drie
    biljoenste' (3 trillionth) are ordinals, as the words make one ordinal;
    'een biljoenste' and the plural 'honderdduizend biljoensten' are fractions;
    'zes miljoen en twee derde' is 6 2/3 million."""
    *whole, top, last = words
    if top.kind != "cardinal" or last.value < 3:
        return None
    if not plural and top.value != 1 and value_of([*whole, top, last]) is not None:
        return None
    joined = bool(whole) and whole[-1].kind == "joiner"
    if joined:
        whole = whole[:-1]
    base = value_of(whole) if whole else 0.0
    if base is None:
        return None
    fraction = top.value / last.value
    if joined and whole[-1].kind == "scale" and whole[-1].value >= 1000:
        fraction *= whole[-1].value
    return base + fraction


def value_of(words: Sequence[Word]) -> float | None:
    """Value of cardinal words; joiners drop out, "a" counts one, and ordinals of
    scale words ("trillionth") multiply like the scale word."""
    kept = [w for w in words if w.kind != "joiner"]
    if not kept:
        return None
    scales = [_is_scale(w) for w in kept]
    return evaluate_words([w.value for w in kept], scales)


def _is_scale(word: Word) -> bool:
    if word.kind == "scale":
        return True
    power = word.value >= 1000 and math.log10(word.value).is_integer()
    return power and word.kind in ("ordinal", "denominator")


def as_share_of_whole(quantity: Quantity, written: str) -> None:
    """A fraction in words of a whole the news gives shares of is a share of it, in
    percent: "more than a third of the vote" is above 33.3 % of the votes (no one casts
    a third of a vote), "ein Drittel der Stimmen" about 33.3 % (`shared_wholes` in
    lexicon/units.yaml). `written`: the numeral's own text; one in digits ("0.3 seats
    per district") is an average and stays as it is."""
    if quantity.is_range or not 0 < quantity.low < 1 or any(ch.isdigit() for ch in written):
        return
    if quantity.unit not in _shared_wholes():
        return
    quantity.low = quantity.high = quantity.low * 100
    quantity.unit, quantity.approx = "percent", True


@cache
def _shared_wholes() -> frozenset[str]:
    return frozenset(load_table("units").get("shared_wholes") or ())
