"""Growing a numeral into a quantity: the words around it that complete the claim.

`grow` takes a numeral read at a position and looks right and left for what makes
it a claim: a range partner ("6 bis 10"), a ratio, a unit or counted noun, a
rank, hedges and bounds, a minor unit ("3 dollars 50 cents"), a tolerance.
Everything is anchored regex matches at known positions: no rescans of the text.
"""

from __future__ import annotations

import math
import re
from functools import cache, partial
from typing import TYPE_CHECKING

from factcheck.extraction.change_marks import mark_change, share_of_change
from factcheck.extraction.counted import (
    UNIT_REACH,
    counted_earlier,
    counted_in_clause,
    named_after,
)
from factcheck.extraction.digits import HAN_CHARS, HAN_DIGITS
from factcheck.extraction.han import han_idiom
from factcheck.extraction.notclaims import (
    MODEL_SIZE,
    ZH_ARTICLE,
    glued_to_letters,
    han_list_marker,
    hyphened_word,
    not_a_claim,
)
from factcheck.extraction.nouns import after_a_name, starts_a_name
from factcheck.extraction.numeral import Numeral
from factcheck.extraction.patterns import normalise_phrase
from factcheck.extraction.quantity import (
    Quantity,
    clause_bounds,
    duration_after_adjective,
    numeral_at,
    resolved_unit,
    unit_at,
    unit_past_bracket,
)
from factcheck.extraction.ranges import moved_from, pair_bounds, plus_minus, range_partner
from factcheck.extraction.ranks import attach_rank, is_adverb, is_rank_word
from factcheck.extraction.rows import counted_in_caption
from factcheck.extraction.unit_cues import cue_text, cued_before
from factcheck.extraction.units import MinorUnit, unit_category
from factcheck.extraction.word_fractions import as_share_of_whole
from factcheck.lexicon import by_language, load_table

ANAPHORA_REACH = 6  # sentences back that "that figure" may point
# "16 million times": no multiplier is this large, nor a time carried from elsewhere
OCCURRENCES_FROM = 100_000

if TYPE_CHECKING:
    from factcheck.extraction.scanner import Scan

LIST_CLOSE = re.compile(r"[ \t]?\)")
GLUED_WORD = re.compile(r"-[^\W\d_][\w-]*")
TENTHS_ONES = re.compile(rf"[ \t]?([一二三四五六七八九1-9])(?![{HAN_CHARS}成折%\d])")


def grow(scan: Scan, numeral: Numeral) -> Quantity | None:
    """The claim a numeral makes with the words around it, or None when it makes none."""
    work = scan.work
    if not_a_claim(scan, numeral):
        return None
    quantity = _quantity_of(work, numeral)
    partner = None if numeral.kind == "vague" else range_partner(scan, numeral, quantity)
    last = partner or numeral
    quantity.unit = _unit_of(numeral, last) or quantity.unit
    carried = numeral.kind == "carried_rank"
    if quantity.unit == "rank" and numeral.words and not carried:
        if scan.g.not_rank_after.match(work, quantity.end):
            return None  # "the second to last" names no rank of its own
        quantity.label = is_adverb(scan, numeral) or not is_rank_word(scan, quantity, numeral)
    attach_rank(scan, quantity, numeral)
    _attach_tenths(scan, quantity)
    bare_end = quantity.end
    _attach_unit(scan, quantity)
    _attach_prefix(scan, quantity, unit_word=quantity.end != bare_end)
    end_before = quantity.end
    _attach_qualifiers(scan, quantity)
    if quantity.end != end_before and quantity.unit in (None, "count"):
        _attach_unit(scan, quantity)
    pair_bounds(scan, quantity)
    if scan.g.origin_before.search(work, max(0, quantity.start - 24), quantity.start):
        quantity.origin = True  # "up from 300,000": the level it moved from
    mark_change(scan, quantity)
    quantity.origin = quantity.origin or moved_from(scan, quantity)
    _per_thousand(scan, quantity)
    if scan.lang == "zh" and han_list_marker(scan, numeral):
        return None
    if quantity.unit is None:
        quantity.unit = _unit_of_bare(scan, quantity, numeral)
    if quantity.unit in scan.units.context:
        cues = cue_text(scan, quantity.start, quantity.unit in cued_before())
        quantity.unit = scan.units.in_context(quantity.unit, cues)
    unit_range(scan, quantity)
    plus_minus(scan, quantity)
    _attach_minor(scan, quantity)
    if glued_to_letters(work, quantity.end) or hyphened_word(scan, quantity, numeral):
        return None
    if ZH_ARTICLE.fullmatch(work, quantity.start, quantity.end):
        return None
    if quantity.unit is None:
        quantity.unit = "count"
    share_of_change(scan, quantity, numeral)
    if quantity.unit == "model" and MODEL_SIZE.fullmatch(work, numeral.start, numeral.end):
        return None  # "three model sizes: 8B, 70B and 405B" counts no models
    _in_major_currency(scan, quantity)
    _whole_things_grouped(scan, quantity, numeral)
    as_share_of_whole(quantity, work[numeral.start : numeral.end])
    return quantity if quantity.end <= len(work) else None


GROUPED_ONCE = re.compile(r"[1-9]\d{0,2}\.\d{3}")  # "29.668": a thousands mark, or three decimals
PER_AFTER = re.compile(r"[ \t]+(?:per|pro|je|a|an|each)[ \t]", re.IGNORECASE)  # an average


def _whole_things_grouped(scan: Scan, quantity: Quantity, numeral: Numeral) -> None:
    """ "29.668 votes" in an English page that writes the Dutch way: no one casts a
    fraction of a vote, so three digits after the point of a count of whole things
    are thousands (not an average: "1.234 children per woman")."""
    if numeral.scale or quantity.is_range or quantity.low == int(quantity.low):
        return  # "160.000 Häuser" is read as thousands already
    if unit_category(quantity.unit or "") != "counted" or PER_AFTER.match(scan.work, quantity.end):
        return
    if GROUPED_ONCE.fullmatch(scan.work, numeral.start, numeral.end):
        quantity.low, quantity.high = quantity.low * 1000, quantity.high * 1000


def _quantity_of(work: str, numeral: Numeral) -> Quantity:
    """A numeral's quantity; a vague one ("tens of thousands") is approximate, ranged."""
    quantity = Quantity(
        numeral.start, numeral.end, numeral.value, numeral.value, scale=numeral.scale
    )
    quantity.bound, quantity.change = numeral.bound, numeral.change
    if numeral.kind == "vague" and numeral.high is not None:
        quantity.high, quantity.is_range, quantity.approx = numeral.high, True, True
        quantity.hedge = work[numeral.start : numeral.end]
    elif numeral.kind == "vague":  # "een tiental": about ten
        quantity.approx, quantity.hedge = True, work[numeral.start : numeral.end]
    quantity.next_pos = numeral.footnote_end
    return quantity


def _unit_of_bare(scan: Scan, quantity: Quantity, numeral: Numeral) -> str | None:
    """The unit of a number written without one: what its clause counts, a figure it
    refers to, a noun named before, a unit carried from the figure before, a caption;
    an amount of money is scaled ("2,5 miljard", "Milliarden-", not "dozens")."""
    work = scan.work
    scaled = bool(quantity.scale or numeral.scale) or (
        numeral.kind == "vague" and quantity.high >= 1e5
    )
    glued = GLUED_WORD.match(work, quantity.end)  # "Fünf-Milliarden-Werk"
    compound = scaled and scan.units.money_tail.search(
        work, quantity.start, glued.end() if glued else quantity.end
    )
    unit = None
    if not compound and scan.units.bare_after.match(work, quantity.end):
        list_marker = LIST_CLOSE.match(work, quantity.end) is not None  # "and 3) predicts"
        found = (
            lambda: counted_in_clause(scan, quantity, lambda u: _measures(scan, u, quantity)),
            lambda: scan.unit_of_figure_named(quantity.start, ANAPHORA_REACH),
            lambda: counted_earlier(scan, quantity) if scan.names_elided(quantity.start) else None,
            lambda: scan.unit_before(quantity.start),
            lambda: None if list_marker else scan.unit_carried_to(quantity.start, scaled),
            lambda: scan.unit_before(quantity.start, UNIT_REACH),
        )
        unit = next((u for find in found if _measures(scan, u := find(), quantity)), None)
    if unit is None and not scaled:
        unit = counted_in_caption(scan, quantity)  # also a cell before a row's label
    if unit is None and scaled:
        carried = scan.unit_carried_to(quantity.start, scaled)
        carried = carried or unit_past_bracket(scan, quantity.end)
        unit = carried if _measures(scan, carried, quantity) else None
    if unit is None and scaled and _about_money(scan, quantity):
        unit = scan.recent_currency
        if unit is None:  # "Milliardenprojekt" before the text names its currency
            scan.money_waiting.append(quantity.start)
    return unit


def _in_major_currency(scan: Scan, quantity: Quantity) -> None:
    """'81 cent' is 0.81 EUR, '5角' 0.5 CNY: an amount in a minor currency unit is
    stated in its major unit, so it compares with amounts written in that unit."""
    major = scan.units.in_major_currency.get(quantity.unit or "")
    if major is not None:
        quantity.unit, ratio = major
        quantity.low, quantity.high = quantity.low / ratio, quantity.high / ratio


def _per_thousand(scan: Scan, quantity: Quantity) -> None:
    """'6.77 births per 1,000 people', '7,37 doden per duizend inwoners': a rate per mille."""
    if quantity.is_range or unit_category(quantity.unit or "count") not in ("number", "counted"):
        return
    rate = scan.units.per_thousand.match(scan.work, quantity.end)
    if rate:
        quantity.unit, quantity.end = "permille", rate.end()


def _unit_of(first: Numeral, last: Numeral) -> str | None:
    if first.unit:
        return first.unit
    if first.percent or last.percent:
        return "percent"
    if last.kind == "multiplier" or first.kind == "multiplier":
        return "multiplier"
    if last.kind in ("ordinal", "carried_rank"):
        return "rank"
    return None


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
        quantity.low = quantity.high = (
            quantity.low
            + HAN_DIGITS.get(ones.group(1), 0)
            + (int(ones.group(1)) if ones.group(1).isdigit() else 0)
        )
        quantity.end = ones.end()  # 七成六 is 76 %


def _cents_in_recent_currency(scan: Scan, unit: str, word: str | None) -> str:
    """ "81 cent" after "44,1 miljard dollar" is US cents: a bare cent word is of the
    currency the text last named (`cents_of_recent_currency`)."""
    uw = scan.units
    if word is None or word.lower() not in uw.bare_cents or unit not in uw.cents_of.values():
        return unit
    return uw.cents_of.get(scan.recent_currency or "", unit)


def _attach_unit(scan: Scan, quantity: Quantity) -> None:
    work, uw = scan.work, scan.units
    if quantity.unit is None:
        mult = scan.g.multiplier_after.match(work, quantity.end)
        if mult:
            large = quantity.high >= OCCURRENCES_FROM  # "downloaded 16 million times"
            quantity.unit, quantity.end = "count" if large else "multiplier", mult.end()
            return
    if quantity.unit not in (None, "rank"):
        return
    match = uw.after.match(work, quantity.end)
    if match and match.group("sym") in uw.glued and work[quantity.start] not in "+-":
        match = None  # "-10C" is a temperature, "13F" and "Boeing 777F" are names
    if match and match.group("word") and starts_a_name(work, *match.span("word"), scan.lang):
        match = None  # "500.000 Model Y": a product's name, no count of models
    if match is None:
        match = duration_after_adjective(scan, quantity.end)
    unit = resolved_unit(uw, match)
    if unit is not None and quantity.high >= uw.prefix_below.get(unit, math.inf):
        unit = match = None  # "921地震" names a quake: its number is no magnitude
    if unit is not None and match is not None:
        if quantity.unit == "rank":
            return
        unit = _cents_in_recent_currency(scan, unit, match.group("word"))
        quantity.unit, quantity.end = unit, match.end()
        if (match.group("word") or "").lower() in uw.stand_ins:
            quantity.unit = named_after(scan, quantity) or unit
        _code_scale(scan, quantity, match.group("sym") or match.group("word"))
        if scan.lang == "zh" and work.startswith("半", quantity.end) and unit != "count":
            quantity.low = quantity.high = quantity.low + 0.5
            quantity.end += 1
    if quantity.unit == "rank":
        return
    if unit is None or unit == "count":
        counted = uw.counted_after.match(work, quantity.end)
        if counted and (
            after_a_name(work, counted.start("word"), counted.group("word"))
            or starts_a_name(work, *counted.span("word"), scan.lang)
        ):
            counted = None
        if counted and counted.group("of_total"):
            quantity.unit = uw.resolve(counted.group("word"))  # "35 of the 150 seats": 35 seats
        elif counted:
            quantity.unit, quantity.end = uw.resolve(counted.group("word")), counted.end()
        elif unit == "count" and not _names_own_noun(scan, quantity):
            fits = partial(_measures, scan, quantity=quantity)
            quantity.unit = counted_in_clause(scan, quantity, fits) or _elided_noun(scan, quantity)
        elif unit is None and (said := uw.context_after.match(work, quantity.end)):
            quantity.unit = uw.resolve(said.group("word"))  # "338,000 joined": a verb, not a unit


def _names_own_noun(scan: Scan, quantity: Quantity) -> bool:
    """'31个省', '14個縣市': a classifier followed by a noun counts that noun, even one
    no unit list knows; only a bare classifier ('约1.5万颗，') looks for its noun."""
    following = scan.work[quantity.end : quantity.end + 1]
    return scan.lang == "zh" and "\u4e00" <= following <= "\u9fff"


def _measures(scan: Scan, unit: str | None, quantity: Quantity) -> bool:
    """Whether a unit taken from another figure or noun can measure this number: "die
    Zahl der Toten nach dem Erdbeben der Stärke 7,7 … auf mehr als 1000" counts no
    magnitude (a unit's bound is its `prefix_below`), and "put the quake at 7.2", after
    "23 million people", counts no people: a counted thing comes in whole numbers (a
    share in words, "less than half as many chips", is of them). A number this large
    lasts no time carried from elsewhere ("18天内的下载量达到1600万次": no 16 million
    days)."""
    if unit is None or quantity.high >= scan.units.prefix_below.get(unit, math.inf):
        return False
    if quantity.high >= OCCURRENCES_FROM and unit_category(unit) == "duration":
        return False
    if quantity.scale is not None or float(quantity.low).is_integer():
        return True
    written = scan.work[quantity.start : quantity.end]
    return unit_category(unit) != "counted" or not any(c.isdigit() for c in written)


def _elided_noun(scan: Scan, quantity: Quantity) -> str:
    """'48.5万颗Hopper芯片，Meta仅22.4万颗': a Chinese classifier that ends its clause
    counts what the sentence's figure before it counts (the noun is left out, as
    "Meta only 224,000" leaves it out); any other count stays a count."""
    following = scan.work[quantity.end : quantity.end + 1]
    if scan.lang != "zh" or following.isalnum():
        return "count"
    return scan.unit_before(quantity.start) or "count"


def _code_scale(scan: Scan, quantity: Quantity, code: str | None) -> None:
    """'30 MUSD' (a scaled code) and '75 USD million' (a scale word after the code)."""
    if code is None or quantity.scale is not None:
        return
    scaled = scan.units.scaled.get(code)
    if scaled is None and code.upper() == quantity.unit:
        after = scan.g.scale_after.match(scan.work, quantity.end)
        word = after.group(1) if after else None
        value = scan.g.scale_value(word) if word else None
        scaled = (word, value) if word and value and value >= 1000 else None
        if scaled is not None:
            quantity.end = after.end()  # type: ignore[union-attr]
    if scaled is not None:
        quantity.scale = scaled[0]
        quantity.low, quantity.high = quantity.low * scaled[1], quantity.high * scaled[1]


def _about_money(scan: Scan, quantity: Quantity) -> bool:
    """'De schade bedraagt 2,5 miljard': a scaled amount in a clause about money, or a
    money compound ("Milliardeninvestition"), is in the currency the text last named
    (else the first it names after it: `Scan.money_waiting`)."""
    start, end = scan.sentences.span_of(quantity.start)
    lo, hi = clause_bounds(scan.work, start, end, quantity.start, quantity.end)
    if scan.units.money_context.search(scan.work, lo, hi):
        return True
    return bool(scan.units.money_tail.search(scan.work, quantity.start, quantity.end))


def _attach_prefix(scan: Scan, quantity: Quantity, unit_word: bool = True) -> None:
    """'$4bn', 'MAUD 60', 'age 87', '华氏51度': a unit named before the number. It
    outranks a unit only a verb after it gave ("bei dem Erdstoß der Stärke 6,8 verletzt":
    a magnitude, not people), not a unit word written after it."""
    prefix = scan.units.prefix_before.search(scan.work, max(0, quantity.start - 16), quantity.start)
    if prefix is None:
        return
    symbol = prefix.group(1).strip()
    unit = scan.units.prefixes.get(symbol)
    if unit is None or quantity.high >= scan.units.prefix_below.get(unit, math.inf):
        return  # "M365" is a product's name, not a magnitude
    temperature = quantity.unit == "degree" and unit_category(unit) == "temperature"
    if quantity.unit in (None, "count") or temperature or not unit_word:
        quantity.unit, quantity.start = unit, prefix.start()
        _code_scale(scan, quantity, symbol if symbol in scan.units.scaled else None)
    elif quantity.unit == unit and unit_category(unit) == "currency":
        quantity.start = prefix.start()  # "$13.9 billion USD": one currency, written twice


VERB_TAIL = 16  # characters of a verb that ends in a bound word ("handing over")


@cache
def _bound_verbs(lang: str) -> frozenset[str]:
    """Verbs that end in a bound word (`bound_verbs`: 跨过 "to cross", 通过 "to pass")."""
    return frozenset(by_language(load_table("bounds").get("bound_verbs", {}), lang))


def _in_a_verb(scan: Scan, start: int, phrase: str) -> bool:
    """Whether the bound word at `start` ends a verb ("跨过", "handed over")."""
    end = start + len(phrase)
    before = scan.work[max(0, end - VERB_TAIL) : end].lower()
    return any(before.endswith(v) for v in _bound_verbs(scan.lang))


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
        if bound and _in_a_verb(scan, bound.start(), bound.group(1)):
            bound = None  # "跨过5%的门槛": 过 of a verb (to cross), no "more than"
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
        _scale_past_bound(scan, quantity)


def _scale_past_bound(scan: Scan, quantity: Quantity) -> None:
    """ "500+ billion parameters", "300+ Milliarden": the scale word follows the bound."""
    after = scan.g.scale_after.match(scan.work, quantity.end) if quantity.scale is None else None
    factor = scan.g.scale_value(after.group(1)) if after else None
    if after is None or not factor or factor < 1000:
        return
    quantity.scale, quantity.end = after.group(1), after.end()
    quantity.low, quantity.high = quantity.low * factor, quantity.high * factor

    # "from five to three seats": falling, two figures, not a range


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
    minor = numeral_at(scan, joined.end()) if joined else None
    if minor is None or not 0 < minor.value < rule.ratio:
        return
    own = rule.words.match(scan.work, minor.end) if rule.words else None
    if own is None and glued_to_letters(scan.work, minor.end):
        return
    unit = unit_at(scan, minor.end)
    same_kind = unit is not None and unit.endswith("_cent") and rule.unit.endswith("_cent")
    if own is None and unit != rule.unit and not same_kind and not (rule.bare and unit is None):
        return
    quantity.low = quantity.high = quantity.low + minor.value / rule.ratio
    match = scan.units.after.match(scan.work, minor.end) if unit and own is None else own
    quantity.end = match.end() if match else minor.end


def unit_range(scan: Scan, quantity: Quantity) -> None:
    """'44 mg to 50 mg', '-18 °C to -34 °C': a range whose two ends carry the unit."""
    if quantity.is_range or quantity.unit in (None, "count", "rank"):
        return
    lo = max(0, quantity.start - 30)
    if scan.g.change_from.search(scan.work, lo, quantity.start):
        return  # "rose from 21.2 billion euros to 27.6 billion euros": two levels
    if scan.g.change_by_to.search(scan.work, lo, quantity.start):
        return  # "减少85万人至14.1175亿人": a change and the level it reached
    connector = scan.g.connector.match(scan.work, quantity.end)
    for opener, closer in scan.g.between:
        joined = closer.match(scan.work, quantity.end)
        if joined and opener.search(scan.work, max(0, quantity.start - 15), quantity.start):
            connector = joined
    second = numeral_at(scan, connector.end()) if connector else None
    if second is None or second.kind != "cardinal":
        return
    other = Quantity(second.start, second.end, second.value, second.value)
    _attach_unit(scan, other)
    if other.unit != quantity.unit:
        return
    if quantity.low < second.value or (quantity.low < 0 and second.value < 0):
        low, high = sorted((quantity.low, second.value))  # "-18 °C to -34 °C" is a range
        quantity.low, quantity.high, quantity.is_range = low, high, True
        quantity.end, quantity.bound = other.end, None
