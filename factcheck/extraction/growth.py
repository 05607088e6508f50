"""Growing a numeral into a quantity: the words around it that complete the claim.

`grow` takes a numeral read at a position and looks right and left for what makes
it a claim: a range partner ("6 bis 10"), a ratio, a unit or counted noun, a
rank, hedges and bounds, a minor unit ("3 dollars 50 cents"), a tolerance.
Everything is anchored regex matches at known positions: no rescans of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.extraction.digits import HAN_CHARS, HAN_DIGITS
from factcheck.extraction.han import han_idiom
from factcheck.extraction.numeral import Numeral, OverLong, is_letter
from factcheck.extraction.patterns import normalise_phrase
from factcheck.extraction.reading import read_numeral

if TYPE_CHECKING:
    from factcheck.extraction.scanner import Scan
from factcheck.extraction.units import MinorUnit, UnitWords, unit_category

PLAIN_INTEGER = re.compile(r"[+-]?\d+")


DOTTED_ORDINAL = re.compile(r"\.[ \t]+[^\W\d_]")


# 一个, 一家, 一项 ... before a noun is the article "a", not the number one.
ZH_ARTICLE = re.compile(r"[一壹][个個位家项項款种種场場台篇条條]")


TENTHS_ONES = re.compile(rf"[ \t]?([一二三四五六七八九])(?![{HAN_CHARS}成折%])")


LIST_MARKER = re.compile(r"[.)][ \t]")


LINE_START = re.compile(r"(?:^|\n)[ \t#*>-]*$")


@dataclass(slots=True)
class Quantity:
    """A numeral grown into a claim: its span, bounds and qualifiers."""

    start: int
    end: int
    low: float
    high: float
    is_range: bool = False
    unit: str | None = None
    scale: str | None = None
    approx: bool = False
    hedge: str | None = None
    bound: str | None = None
    next_pos: int | None = None


def grow(scan: Scan, numeral: Numeral) -> Quantity | None:
    work = scan.work
    if _is_name_or_year(scan, numeral):
        return None
    quantity = Quantity(
        numeral.start, numeral.end, numeral.value, numeral.value, scale=numeral.scale
    )
    quantity.bound = numeral.bound
    if numeral.kind == "vague" and numeral.high is not None:
        quantity.high, quantity.is_range, quantity.approx = numeral.high, True, True
        quantity.hedge = work[numeral.start : numeral.end]
    partner = None if numeral.kind == "vague" else _range_partner(scan, numeral, quantity)
    last = partner or numeral
    quantity.unit = _unit_of(numeral, last) or quantity.unit
    _attach_rank(scan, quantity, numeral)
    _attach_tenths(scan, quantity)
    _attach_unit(scan, quantity)
    _attach_prefix(scan, quantity)
    end_before = quantity.end
    _attach_qualifiers(scan, quantity)
    if quantity.end != end_before and quantity.unit in (None, "count"):
        _attach_unit(scan, quantity)
    _pair_bounds(scan, quantity)
    if quantity.unit in scan.units.context:
        start, end = scan.sentences.span_of(quantity.start)
        quantity.unit = scan.units.in_context(quantity.unit, work[start:end])
    _unit_range(scan, quantity)
    _plus_minus(scan, quantity)
    _attach_minor(scan, quantity)
    if _glued_to_letters(work, quantity.end):
        return None
    if ZH_ARTICLE.fullmatch(work, quantity.start, quantity.end):
        return None
    if quantity.unit is None:
        quantity.unit = "count"
    return quantity if quantity.end <= len(work) else None


def _glued_to_letters(work: str, end: int) -> bool:
    """'3D', '5G': digits running straight into letters are a name."""
    return end < len(work) and is_letter(work[end]) and work[end - 1].isdigit()


def _unit_of(first: Numeral, last: Numeral) -> str | None:
    if first.percent or last.percent:
        return "percent"
    if last.kind == "multiplier" or first.kind == "multiplier":
        return "multiplier"
    if last.kind == "ordinal":
        return "ordinal"
    return None


def _is_name_or_year(scan: Scan, numeral: Numeral) -> bool:
    """Years are time scope; "Maia 100" and "S&P 500" are names; "1." opening
    a line is a list marker."""
    surface = scan.work[numeral.start : numeral.end]
    if not PLAIN_INTEGER.fullmatch(surface):
        return False
    if LIST_MARKER.match(scan.work, numeral.end) and LINE_START.search(
        scan.work, max(0, numeral.start - 8), numeral.start
    ):
        return True
    after = scan.work[numeral.end : numeral.end + 12]
    if scan.units.after.match(after) or scan.g.multiplier_after.match(after):
        return False
    if len(surface) == 4 and 1900 <= numeral.value <= 2099:
        return not scan.units.prefix_before.search(
            scan.work, max(0, numeral.start - 6), numeral.start
        )
    return bool(scan.g.name_before.search(scan.work, max(0, numeral.start - 25), numeral.start))


def _range_partner(scan: Scan, first: Numeral, quantity: Quantity) -> Numeral | None:
    """A second numeral joined by a connector: "6 bis 10", "between 6 and 10"."""
    work, g = scan.work, scan.g
    change = g.change.match(work, first.end)
    if change and change.end() < len(work):
        second = _numeral_at(scan, change.end())
        if second is not None:
            _share_scale(first, second, quantity)
            quantity.next_pos = change.end()
            quantity.unit = _unit_at(scan, second.end)
        return None
    enclosed = _enclosed_range(scan, first, quantity)
    if enclosed is not None:
        return enclosed
    if _ratio(scan, first, quantity):
        return None
    connector, framed = _connector(scan, first)
    if connector is None:
        return None
    second = _numeral_at(scan, connector)
    ordinals = (first.kind == "ordinal") + (second is not None and second.kind == "ordinal")
    if second is None or ordinals == 1 or (ordinals == 2 and not framed):
        return None  # ranks make a range only framed: "between the tenth and the fifteenth"
    low = first.value * (second.scale_value if first.scale is None and second.scale else 1)
    if not low < second.value:
        return None
    _share_scale(first, second, quantity)
    quantity.high, quantity.end, quantity.is_range = second.value, second.end, True
    quantity.scale = quantity.scale or second.scale
    return second


def _ratio(scan: Scan, first: Numeral, quantity: Quantity) -> bool:
    """'one out of three', '1 over 20', 'een op de twintig': the claim is the fraction."""
    joined = scan.g.ratio.match(scan.work, first.end)
    second = _numeral_at(scan, joined.end()) if joined else None
    if second is None or second.value <= first.value or first.scale or second.kind != "cardinal":
        return False
    if 1900 <= second.value <= 2099 and second.value == int(second.value):
        return False
    if first.percent or _measured(scan, first.end) or _measured(scan, second.end):
        return False  # "5 in 10 years", "eine von 19 Nanometern": not a ratio
    quantity.low = quantity.high = first.value / second.value
    quantity.end = second.end
    return True


def _measured(scan: Scan, pos: int) -> bool:
    """Whether a unit other than a counted thing follows `pos`."""
    unit = _unit_at(scan, pos)
    return unit is not None and unit_category(unit) not in ("counted", "number")


def _enclosed_range(scan: Scan, first: Numeral, quantity: Quantity) -> Numeral | None:
    """'20和30之间': a range that a word after the second number closes."""
    joined = scan.g.enclosed_middle.match(scan.work, first.end)
    second = _numeral_at(scan, joined.end()) if joined else None
    if joined is None or second is None or not first.value < second.value:
        return None
    closed = scan.g.enclosed_closers[joined.group(1)].match(scan.work, second.end)
    if closed is None:
        return None
    quantity.high, quantity.is_range = second.value, True
    quantity.end = closed.end()
    return second


def _connector(scan: Scan, first: Numeral) -> tuple[int | None, bool]:
    """Where the second number of a range starts, if a connector follows, and
    whether an opener frames the range ("between ... and")."""
    work, g = scan.work, scan.g
    for opener, closer in g.between:  # the closer is one word: test it first
        joined = closer.match(work, first.end)
        if joined and opener.search(work, max(0, first.start - 15), first.start):
            return joined.end(), True
    connector = g.connector.match(work, first.end)
    if connector is None or connector.end() >= len(work):
        return None, False
    return connector.end(), False


def _numeral_at(scan: Scan, pos: int) -> Numeral | None:
    if pos + 1 < len(scan.work) and scan.work[pos] in "-+" and scan.work[pos + 1].isdigit():
        pos += 1
    if scan.g.start.match(scan.work, pos) is None:
        return None
    try:
        return read_numeral(scan.work, pos, scan.g)
    except OverLong:
        return None


def _share_scale(first: Numeral, second: Numeral, quantity: Quantity) -> None:
    """ "6 bis 10 Milliarden": the scale word after the second number counts for both."""
    if first.scale is None and second.scale is not None:
        quantity.low = quantity.high = first.value * second.scale_value
        quantity.scale = second.scale


def _unit_at(scan: Scan, pos: int) -> str | None:
    match = scan.units.after.match(scan.work, pos)
    return resolved_unit(scan.units, match)


def resolved_unit(units: UnitWords, match: re.Match[str] | None) -> str | None:
    return units.resolve(match.group("word") or match.group("sym")) if match else None


def _attach_tenths(scan: Scan, quantity: Quantity) -> None:
    """七成 is 70 %, 9.5折 95 %, 五五折 55 %, 三成半 35 %."""
    if quantity.unit is not None:
        return
    tenths = scan.g.tenths.match(scan.work, quantity.end)
    if tenths is None:
        return
    whole = quantity.low == int(quantity.low)
    factor = 1.0 if tenths.group(1) == "折" and quantity.low >= 10 and whole else 10.0
    half = 5.0 if tenths.group(2) else 0.0
    quantity.low = quantity.high = quantity.low * factor + half
    quantity.unit, quantity.end = "percent", tenths.end()
    ones = TENTHS_ONES.match(scan.work, quantity.end)
    if ones and han_idiom(scan.work, ones.start(1), ones.end(1)):
        ones = None  # 八成五星级: "five-star", not a fifth tenth
    if ones and tenths.group(1) == "成" and not half and quantity.low < 100:
        quantity.low = quantity.high = quantity.low + HAN_DIGITS[ones.group(1)]
        quantity.end = ones.end()  # 七成六 is 76 %


def _attach_unit(scan: Scan, quantity: Quantity) -> None:
    work, uw = scan.work, scan.units
    if quantity.unit is None:
        mult = scan.g.multiplier_after.match(work, quantity.end)
        if mult:
            quantity.unit, quantity.end = "multiplier", mult.end()
            return
    if quantity.unit not in (None, "ordinal", "rank"):
        return
    match = uw.after.match(work, quantity.end)
    if match and match.group("sym") in uw.glued and work[quantity.start] not in "+-":
        match = None  # "-10C" is a temperature, "13F" and "Boeing 777F" are names
    unit = resolved_unit(uw, match)
    if unit is not None and match is not None:
        if quantity.unit in ("ordinal", "rank"):
            return
        quantity.unit, quantity.end = unit, match.end()
        _code_scale(scan, quantity, match.group("sym") or match.group("word"))
        if scan.lang == "zh" and work.startswith("半", quantity.end) and unit != "count":
            quantity.low = quantity.high = quantity.low + 0.5
            quantity.end += 1
    if quantity.unit in ("ordinal", "rank"):
        return
    if unit is None or unit == "count":
        counted = uw.counted_after.match(work, quantity.end)
        if counted:
            quantity.unit, quantity.end = uw.resolve(counted.group("word")), counted.end()
        elif unit == "count":
            quantity.unit = _counted_in_sentence(scan, quantity) or "count"


def _code_scale(scan: Scan, quantity: Quantity, code: str | None) -> None:
    """'30 MUSD' (a scaled code) and '75 USD million' (a scale word after the code)."""
    if code is None or quantity.scale is not None:
        return
    scaled = scan.units.scaled.get(code)
    if scaled is None and code.upper() == quantity.unit:
        after = scan.g.scale_after.match(scan.work, quantity.end)
        word = after.group(1) if after else None
        value = scan.g.scale_names.get(word.lower()) if word else None
        scaled = (word, value) if word and value and value >= 1000 else None
        if scaled is not None:
            quantity.end = after.end()  # type: ignore[union-attr]
    if scaled is not None:
        quantity.scale = scaled[0]
        quantity.low, quantity.high = quantity.low * scaled[1], quantity.high * scaled[1]


def _counted_in_sentence(scan: Scan, quantity: Quantity) -> str | None:
    """'fast 500.000 Einheiten' of NVIDIA's GPUs: a generic noun takes the thing named nearby."""
    start, end = scan.sentences.span_of(quantity.start)
    match = scan.units.counted_anywhere.search(scan.work, quantity.end, end)
    match = match or scan.units.counted_anywhere.search(scan.work, start, quantity.start)
    return scan.units.resolve(match.group()) if match else None


def _attach_prefix(scan: Scan, quantity: Quantity) -> None:
    """'$4bn', 'MAUD 60', 'age 87', '华氏51度': a unit named before the number."""
    prefix = scan.units.prefix_before.search(scan.work, max(0, quantity.start - 8), quantity.start)
    if prefix is None:
        return
    symbol = prefix.group(1).strip()
    unit = scan.units.prefixes.get(symbol)
    if unit is None:
        return
    temperature = quantity.unit == "degree" and unit_category(unit) == "temperature"
    if quantity.unit in (None, "count") or temperature:
        quantity.unit, quantity.start = unit, prefix.start()
        _code_scale(scan, quantity, symbol if symbol in scan.units.scaled else None)


def _attach_rank(scan: Scan, quantity: Quantity, numeral: Numeral) -> None:
    work, g = scan.work, scan.g
    if quantity.is_range or quantity.unit not in (None, "count", "ordinal"):
        return
    if not numeral.words:
        suffix = g.ordinal_suffix.match(work, quantity.end)
        if suffix:
            quantity.unit, quantity.end = "rank", suffix.end()
            return
        if DOTTED_ORDINAL.match(work, quantity.end) and g.dotted_before.search(
            work, max(0, quantity.start - 8), quantity.start
        ):
            quantity.unit, quantity.end = "ordinal", quantity.end + 1
            return
    before = g.rank_before.search(work, max(0, quantity.start - 12), quantity.start)
    if before and (numeral.kind != "ordinal"):
        quantity.unit, quantity.start = "rank", before.start()
        after = g.rank_after.match(work, quantity.end)
        if after:
            quantity.end = after.end()


def _attach_qualifiers(scan: Scan, quantity: Quantity) -> None:
    """Hedges and bounds on either side: "fast 500.000", "1000多", "约 1.5 万", "左右"."""
    work, g = scan.work, scan.g
    for _ in range(2):
        window = max(0, quantity.start - 30)
        hedge = g.hedge_before.search(work, window, quantity.start)
        if hedge and not quantity.approx:
            quantity.approx, quantity.hedge, quantity.start = True, hedge.group(1), hedge.start()
            continue
        bound = g.bound_before.search(work, window, quantity.start)
        if bound and quantity.bound is None and not quantity.is_range:
            quantity.bound = g.bound_of.get(f"before:{normalise_phrase(bound.group(1))}")
            quantity.start = bound.start()
            continue
        break
    after = g.hedge_after.match(work, quantity.end)
    if after:
        quantity.approx, quantity.hedge = True, quantity.hedge or after.group(1)
        quantity.end = after.end()
    bound = g.bound_after.match(work, quantity.end)
    if bound and quantity.bound is None and not quantity.is_range:
        quantity.bound = g.bound_of.get(f"after:{normalise_phrase(bound.group(1))}")
        quantity.end = bound.end()


def _unit_range(scan: Scan, quantity: Quantity) -> None:
    """'44 mg to 50 mg', '-18 °C to -34 °C': a range whose two ends carry the unit."""
    if quantity.is_range or quantity.unit in (None, "count", "ordinal", "rank"):
        return
    connector = scan.g.connector.match(scan.work, quantity.end)
    for opener, closer in scan.g.between:
        joined = closer.match(scan.work, quantity.end)
        if joined and opener.search(scan.work, max(0, quantity.start - 15), quantity.start):
            connector = joined
    second = _numeral_at(scan, connector.end()) if connector else None
    if second is None or second.kind != "cardinal":
        return
    other = Quantity(second.start, second.end, second.value, second.value)
    _attach_unit(scan, other)
    if other.unit != quantity.unit:
        return
    low, high = sorted((quantity.low, second.value))
    if low < high:
        quantity.low, quantity.high, quantity.is_range = low, high, True
        quantity.end, quantity.bound = other.end, None


def _plus_minus(scan: Scan, quantity: Quantity) -> None:
    """'2,000.45±0.01 pounds': a value with its uncertainty is a range around it."""
    sign = scan.g.plus_minus.match(scan.work, quantity.end)
    error = _numeral_at(scan, sign.end()) if sign else None
    if error is None or quantity.is_range or error.value <= 0:
        return
    center = quantity.low
    quantity.low, quantity.high, quantity.is_range = (
        center - error.value,
        center + error.value,
        True,
    )
    quantity.end = error.end
    if quantity.unit in (None, "count"):
        unit = _unit_at(scan, error.end)
        if unit is not None:
            quantity.unit = unit
            quantity.end = scan.units.after.match(scan.work, error.end).end()  # type: ignore[union-attr]


def _attach_minor(scan: Scan, quantity: Quantity) -> None:
    """'5 feet 2 inches', '3 dollars 50 cents', 'vijf euro vijftig', '50元6角三分':
    minor units add on, each smaller than the one before."""
    rules = scan.units.minor.get(quantity.unit or "")
    if quantity.is_range or rules is None or quantity.low != int(quantity.low):
        return
    if (
        not scan.work[quantity.end - 1].isalpha()
        or scan.work[quantity.end - 3 : quantity.end].upper() == quantity.unit
    ):
        return  # after a code ("17 USD 25", "rmb 10 usd 20") a number is a new amount
    for rule in rules:
        _add_minor(scan, quantity, rule)


def _add_minor(scan: Scan, quantity: Quantity, rule: MinorUnit) -> None:
    """One minor amount after the claim: named by a unit word, by the rule's own
    words ("in", 毛), or, for a `bare` rule, by nothing at all."""
    joined = scan.g.cents_joint.match(scan.work, quantity.end)
    minor = _numeral_at(scan, joined.end()) if joined else None
    if minor is None or not 0 < minor.value < rule.ratio:
        return
    own = rule.words.match(scan.work, minor.end) if rule.words else None
    if own is None and _glued_to_letters(scan.work, minor.end):
        return
    unit = _unit_at(scan, minor.end)
    same_kind = unit is not None and unit.endswith("_cent") and rule.unit.endswith("_cent")
    if own is None and unit != rule.unit and not same_kind and not (rule.bare and unit is None):
        return
    quantity.low = quantity.high = quantity.low + minor.value / rule.ratio
    match = scan.units.after.match(scan.work, minor.end) if unit and own is None else own
    quantity.end = match.end() if match else minor.end


def _pair_bounds(scan: Scan, quantity: Quantity) -> None:
    """'more than 100 and less than 300', 'at most 100 and at least 20': one range."""
    if quantity.bound is None or quantity.is_range:
        return
    joint = scan.g.bound_joint.match(scan.work, quantity.end)
    if joint is None:
        return
    bound = scan.g.bound_start.match(scan.work, joint.end())
    if bound is None:
        return
    other_kind = scan.g.bound_of.get(f"before:{normalise_phrase(bound.group(1))}")
    numeral = _numeral_at(scan, bound.end())
    if numeral is None or other_kind is None or (other_kind[0] == quantity.bound[0]):
        return
    low, high = sorted((quantity.low, numeral.value))
    if low == high or (quantity.bound[0] == "g") != (quantity.low == low):
        return
    quantity.low, quantity.high, quantity.is_range, quantity.bound = low, high, True, None
    quantity.end = numeral.end
