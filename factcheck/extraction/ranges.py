"""Two numbers read as one figure: ranges ("6 bis 10 Milliarden", "between €5.0
billion and €5.5 billion"), ratios ("one in five"), moves ("rose from 21.2 billion to
27.6 billion": two levels, not a range), tolerances ("51.4% plus or minus 0.5%") and
paired bounds ("at least 5 and at most 10").
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from factcheck.extraction.change_marks import written_fraction
from factcheck.extraction.grammar import grammar
from factcheck.extraction.numeral import Numeral
from factcheck.extraction.paired import share_listed_unit
from factcheck.extraction.patterns import NEVER, Preceding, alternation, normalise_phrase
from factcheck.extraction.quantity import Quantity, numeral_at, unit_at
from factcheck.extraction.units import unit_category
from factcheck.lexicon import load_table

if TYPE_CHECKING:
    from factcheck.extraction.scanner import Scan

ALTERNATIVES = frozenset({"or", "oder", "of", "或"})  # a range only of small numbers
VERB_REACH = 30  # characters before "from X" or "by X" that the verb of change may take


def range_partner(scan: Scan, first: Numeral, quantity: Quantity) -> Numeral | None:
    """A second numeral joined by a connector: "6 bis 10", "between 6 and 10"."""
    work, g = scan.work, scan.g
    change = g.change.match(work, first.end)
    if change and change.end() < len(work):
        second = numeral_at(scan, change.end())
        if second is not None and not _fraction_then_level(scan, first, second):
            _share_scale(first, second, quantity)
            quantity.next_pos, quantity.origin = change.end(), True
            quantity.unit = unit_at(scan, second.end)
        return None
    enclosed = _enclosed_range(scan, first, quantity)
    if enclosed is not None:
        return enclosed
    if _ratio(scan, first, quantity):
        return None
    connector, framed = _connector(scan, first)
    if connector is None:
        share_listed_unit(scan, first, quantity)
        return None
    second = numeral_at(scan, _past_symbol(scan, first, connector))
    joint = scan.work[first.end : connector].strip().lower()
    if second is not None and joint in ALTERNATIVES and (first.scale or second.value >= 100):
        return None  # "two or three" is a range; "10 bln or 10 tln" are two figures
    if second is not None and not framed and _moves(scan, first):
        _share_scale(first, second, quantity)  # "rose from 21.2 billion to 27.6 billion"
        quantity.next_pos, quantity.origin = connector, True
        return None
    if second is not None and not framed and _changes_by(scan, first, second):
        quantity.next_pos = connector  # "fell by 850,000 to 1.4118 billion"
        return None
    if second is not None and _fraction_then_level(scan, first, second):
        return None  # "下降约三分之二至5亿元": by two thirds, to 500 million
    ordinals = (first.kind == "ordinal") + (second is not None and second.kind == "ordinal")
    if second is None or ordinals == 1 or (ordinals == 2 and not framed):
        return None  # ranks make a range only framed: "between the tenth and the fifteenth"
    shared = _trailing_scale(scan, second) if first.scale is None else 1.0
    low = first.value * shared
    if not low < second.value:  # "上百至上千": the first number stands on its own
        shared, low = 1.0, first.value
    if not low < second.value:
        return None
    _share_scale(first, second, quantity)
    if shared > 1 and second.scale_value <= 1:  # "zwei bis neun Milliarden": words' scale
        quantity.low = low
    quantity.high, quantity.end, quantity.is_range = second.value, second.end, True
    quantity.scale = quantity.scale or second.scale
    return second


LEVEL_REACH = 80  # characters from "to" back before the figure "from" introduces


def moved_from(scan: Scan, quantity: Quantity) -> bool:
    """Whether the figure, written with its unit, is the level a move starts from:
    "rose from 21.2 billion euros to 27.6 billion", "von 18 Prozent auf 14,1 Prozent",
    "grew 6.7 percent to 8.19 billion euros from 7.88 billion euros" (`level_then_from`),
    "从18%降至14.1%". Not a change by an amount ("um 5 Prozent auf 10 Milliarden")."""
    if quantity.change or quantity.is_range:
        return False
    work, g = scan.work, scan.g
    if _level_then_from(scan.lang).search(
        work, max(0, quantity.start - LEVEL_REACH), quantity.start
    ):
        return True
    change = g.change.match(work, quantity.end)
    if change is not None:
        return numeral_at(scan, _past_prefix(scan, _past_hedge(scan, change.end()))) is not None
    connector = g.connector.match(work, quantity.end)
    if connector is None:
        return False
    if numeral_at(scan, _past_prefix(scan, _past_hedge(scan, connector.end()))) is None:
        return False
    lo = max(0, quantity.start - VERB_REACH)
    return g.change_from.search(work, lo, quantity.start) is not None


@cache
def _level_then_from(lang: str) -> re.Pattern[str]:
    """ "to 8.19 billion euros from |": a level reached, then "from" right before the
    figure (`level_then_from`); no clause break between them."""
    pair = (load_table("ranges").get("level_then_from") or {}).get(lang)
    if not pair:
        return NEVER
    reached, moved = (alternation(words) for words in pair)
    return re.compile(rf"(?:{reached})\s+\S*\d[^,;:\n]{{0,40}}?\s(?:{moved})\s*$", re.IGNORECASE)


def _moves(scan: Scan, first: Numeral) -> bool:
    """A verb of change right before "from X", or before the symbol written before X
    ("rose from €132.3 billion to €137.3 billion"): "from X to Y" is two levels."""
    return _right_before(scan, first.start - len(_symbol_before(scan, first)), scan.g.change_from)


def _fraction_then_level(scan: Scan, first: Numeral, second: Numeral) -> bool:
    """ "sackte um zwei Drittel auf 550 Mio. Euro ab": a fraction is a share of the
    level, never where a move in euros starts ("von einem Drittel auf die Hälfte" moves
    between two shares)."""
    return written_fraction(scan, first) and not written_fraction(scan, second)


def _changes_by(scan: Scan, first: Numeral, second: Numeral) -> bool:
    """A verb of change and "by" right before X or its bound: "by X to Y" is a change
    and a level, unless both are rates ("rose by 10 to 20 percent": a range of the change)."""
    bound = scan.g.bound_before.search(scan.work, max(0, first.start - VERB_REACH), first.start)
    at = bound.start() if bound else first.start  # "rose by more than 2,000 to 7,200"
    if scan.g.change_by_to.search(scan.work, max(0, at - VERB_REACH), at) is None:
        return False
    return first.unit is not None or unit_at(scan, second.end) != "percent"


def _right_before(scan: Scan, at: int, phrases: Preceding) -> bool:
    return phrases.search(scan.work, max(0, at - VERB_REACH), at) is not None


def _ratio(scan: Scan, first: Numeral, quantity: Quantity) -> bool:
    """'one out of three', '1 over 20', 'een op de twintig': the claim is the fraction."""
    joined = scan.g.ratio.match(scan.work, first.end)
    part = None if joined else scan.g.part_of.match(scan.work, first.end)
    second = numeral_at(scan, (joined or part).end()) if joined or part else None
    if second is None or second.value <= first.value or first.scale or second.kind != "cardinal":
        return False
    if part is not None and not _share_of(scan, second):
        return False  # "37 van de 150 zetels": seats out of a total, no share
    if 1900 <= second.value <= 2099 and second.value == int(second.value):
        return False
    if first.percent or _measured(scan, first.end) or _measured(scan, second.end):
        return False  # "5 in 10 years", "eine von 19 Nanometern": not a ratio
    quantity.low = quantity.high = first.value / second.value
    quantity.end = second.end
    quantity.unit = "count"  # a share: "one in five adults" counts no adults
    return True


def _share_of(scan: Scan, whole: Numeral) -> bool:
    """A whole a share is said of: up to a hundred, or a thousand, of people or of
    of something no unit names ("7 von 10 Deutschen", "1 van de eenentwintig"); a
    part of 150 seats, or of 20 seats, counts seats."""
    if whole.value > 100 and whole.value != 1000:
        return False
    unit = unit_at(scan, whole.end)
    return unit is None or unit == "person" or unit_category(unit) != "counted"


def _measured(scan: Scan, pos: int) -> bool:
    """Whether a unit other than a counted thing follows `pos`."""
    unit = unit_at(scan, pos)
    return unit is not None and unit_category(unit) not in ("counted", "number")


def _enclosed_range(scan: Scan, first: Numeral, quantity: Quantity) -> Numeral | None:
    """'20和30之间': a range that a word after the second number closes."""
    joined = scan.g.enclosed_middle.match(scan.work, first.end)
    second = numeral_at(scan, joined.end()) if joined else None
    if joined is None or second is None or not first.value < second.value:
        return None
    closed = scan.g.enclosed_closers[joined.group(1)].match(scan.work, second.end)
    if closed is None:
        return None
    quantity.high, quantity.is_range = second.value, True
    quantity.end = closed.end()
    return second


@cache
def _any_closer(lang: str) -> re.Pattern[str]:
    """Any closer of a framed range ("and" of "between ... and"), in one match: most
    numbers are followed by none, and then no closer is tried on its own."""
    closers = [f"(?:{closer.pattern})" for _, closer in grammar(lang).between]
    return re.compile("|".join(closers) or "(?!)", re.IGNORECASE)


def _connector(scan: Scan, first: Numeral) -> tuple[int | None, bool]:
    """Where the second number of a range starts, if a connector follows, and
    whether an opener frames the range ("between ... and")."""
    work, g = scan.work, scan.g
    between = g.between if _any_closer(g.lang).match(work, first.end) else ()
    for opener, closer in between:  # the closer is one word: test it first
        joined = closer.match(work, first.end)
        if joined is None:
            continue
        start = first.start - len(_symbol_before(scan, first))  # "between €5 and €6"
        if opener.search(work, max(0, start - 15), start):
            return joined.end(), True
    connector = g.connector.match(work, first.end)
    if connector is None or connector.end() >= len(work) or _signed_next(connector):
        return None, False
    return connector.end(), False


def _signed_next(connector: re.Match[str]) -> bool:
    """Whether the dash is the next figure's sign: a space before it and none after
    ("-2.342 -2.103", a row of a results table), where a range has both or neither."""
    sym = connector.groupdict().get("sym")
    if not sym or sym not in "-−–":
        return False
    spaced_before = connector.start("sym") > connector.start()
    return spaced_before and connector.end("sym") == connector.end()


def _symbol_before(scan: Scan, first: Numeral) -> str:
    """The unit symbol written right before a number ('€', 'US$'), or ''."""
    for length in (3, 2, 1):
        symbol = scan.work[max(0, first.start - length) : first.start]
        if symbol in scan.units.prefixes and not symbol[0].isalpha():
            return symbol
    return ""


def _past_hedge(scan: Scan, pos: int) -> int:
    """Past a hedge on the level a move reaches ("von 72,6 Milliarden Euro auf |rund|
    66,4 Milliarden Euro", "to about €66.4 billion")."""
    found = scan.g.hedge_ahead.match(scan.work, pos)
    return found.end() if found else pos


def _past_prefix(scan: Scan, pos: int) -> int:
    """Past a unit written before a number at `pos` and the spaces after it ("to €137.3
    billion", "naar € 137,3 miljard", "to EUR 137.3 billion"): a symbol, or a
    three-letter code."""
    work = scan.work
    for length in (3, 2, 1):
        symbol = work[pos : pos + length]
        if symbol in scan.units.prefixes and (not symbol[0].isalpha() or symbol.isupper()):
            end = pos + length
            while end < len(work) and work[end] in " \u00a0":
                end += 1
            return end
    return pos


def _past_symbol(scan: Scan, first: Numeral, pos: int) -> int:
    """'between €5.0 billion and €5.5 billion': the second number may repeat the
    symbol written before the first."""
    symbol = _symbol_before(scan, first)
    return pos + len(symbol) if symbol and scan.work.startswith(symbol, pos) else pos


def _trailing_scale(scan: Scan, second: Numeral) -> float:
    """The scale the second number of a range ends in, which the first shares: a
    scale word after it ("6 bis 10 Milliarden"), or the last word of a number in words
    ("zwei bis neun Milliarden", "between two and nine billion")."""
    if second.scale and second.scale_value > 1:
        return second.scale_value
    if not (second.words or second.scale):
        return 1.0
    word = second.scale or (scan.work[second.start : second.end].split() or [""])[-1]
    names, tight = scan.g.scale_names, scan.g.tight_scales
    value = scan.g.scale_value(word) or tight.get(word)
    for size in (2, 1) if not word.isascii() else ():  # "五万", "九亿": a Chinese number's end
        value = value or names.get(word[-size:]) or tight.get(word[-size:])
    return value if value and value >= 1000 else 1.0


def _share_scale(first: Numeral, second: Numeral, quantity: Quantity) -> None:
    """ "6 bis 10 Milliarden": the scale word after the second number counts for both."""
    if first.scale is None and second.scale is not None:
        quantity.low = quantity.high = first.value * second.scale_value
        quantity.scale = second.scale


def plus_minus(scan: Scan, quantity: Quantity) -> None:
    """'2,000.45±0.01 pounds', '51.4% plus or minus 0.5%': a value with its tolerance
    is a range around it."""
    sign = scan.g.plus_minus.match(scan.work, quantity.end)
    error = numeral_at(scan, sign.end()) if sign else None
    if error is None or quantity.is_range or error.value == 0:
        return
    center, spread = quantity.low, abs(error.value)  # "plus or minus": the reader saw "minus"
    quantity.low, quantity.high, quantity.is_range = center - spread, center + spread, True
    quantity.end = error.end
    unit = unit_at(scan, error.end)
    if unit is not None and quantity.unit in (None, "count", unit):
        quantity.unit = unit
        quantity.end = scan.units.after.match(scan.work, error.end).end()  # type: ignore[union-attr]


def pair_bounds(scan: Scan, quantity: Quantity) -> None:
    """'more than 100 and less than 300', 'at most 100 and at least 20': one range.
    The bounds are joined by a word or a comma (or, in Chinese, stand side by side:
    "最多100最少20"), and the second counts what the first does: "up to $500 billion
    over four years" is an amount and a duration."""
    if quantity.bound is None or quantity.is_range:
        return
    joint = scan.g.bound_joint.match(scan.work, quantity.end)
    if joint is None or (joint.group() and not joint.group().strip()):
        return  # only a space between: "up to $500 billion over four years" (Chinese writes none)
    bound = scan.g.bound_start.match(scan.work, joint.end())
    if bound is None:
        return
    other_kind = scan.g.bound_of.get(f"before:{normalise_phrase(bound.group(1))}")
    numeral = numeral_at(scan, bound.end())
    if numeral is None or other_kind is None or (other_kind[0] == quantity.bound[0]):
        return
    second = unit_at(scan, numeral.end)
    if second is not None and quantity.unit not in (None, "count", second):
        return
    low, high = sorted((quantity.low, numeral.value))
    if low == high or (quantity.bound[0] == "g") != (quantity.low == low):
        return
    quantity.low, quantity.high, quantity.is_range, quantity.bound = low, high, True, None
    quantity.end = numeral.end
