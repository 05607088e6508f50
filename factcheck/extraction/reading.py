"""Reading one numeral at a position of a text: digits, number words or a
Chinese numeral, with its sign and the scale words that multiply it.

The result is a `Numeral`: where it is, what it is worth, and what kind of
number it is (cardinal, ordinal, multiplier). Units, hedges and ranges are
attached by `extract`.
"""

from __future__ import annotations

import math
import re
import unicodedata
from typing import TYPE_CHECKING

from factcheck.extraction.digits import (
    HAN_BIG_UNITS,
    HAN_CHARS,
    HAN_SMALL_UNITS,
    parse_digits,
    parse_hanzi,
)
from factcheck.extraction.glued import beyond_its_prefix, han_scaled, hyphenated_name, money_before
from factcheck.extraction.grammar import Grammar, grammar
from factcheck.extraction.han import (
    HAN_AND,
    HAN_FRACTION,
    HAN_PERCENT,
    _zh_units,
    counted_financial,
    han_idiom,
    han_run,
)
from factcheck.extraction.number_words import MINUS, read_words
from factcheck.extraction.numeral import (
    MAX_DIGIT_GROUPS,
    MAX_DIGIT_RUN,
    Numeral,
    OverLong,
    is_letter,
)
from factcheck.extraction.patterns import normalise_phrase

if TYPE_CHECKING:
    pass

# "一个半小时", "三个半小时": one and a half, three and a half hours
HAN_COUNTED_HALF = re.compile(r"[个個]半(?=小[时時]|[钟鐘]头|[钟鐘]頭)")
_DIGIT_RUN = rf"\d{{1,{MAX_DIGIT_RUN}}}"
DIGITS = re.compile(
    rf"{_DIGIT_RUN}(?:[.,'\u00a0\u2009\u202f\u2007 ]{_DIGIT_RUN}){{0,{MAX_DIGIT_GROUPS}}}"
)
_DIGIT_TAIL = re.compile(r"\d*")
EXPONENT = re.compile(r"[eE][+-]?\d{1,3}(?![\w])")
POWER = re.compile(r"\^[ \t]*(?P<sign>[+-]*)(?P<exp>\d{1,3})(?![\d.])")
SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
# "1.3x10^6", "5.5x10-3", "2.48×10⁻⁵": after "x10" a caret, a sign or superscripts
TIMES_TEN = re.compile(
    r"[ \t]*[x×*][ \t]*10(?:[ \t]*\^[ \t]*(?P<sign>[+-]*)(?P<exp>\d{1,3})"
    r"|(?P<signed>[+-]\d{1,3})|(?P<sup>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))(?![\d.])"
)
SLASH_FRACTION = re.compile(r"/(\d+)(?![\d/.,])")
MIXED_FRACTION = re.compile(r"[ \t]+(\d{1,2})/(\d{1,3})(?![\d/.,])")
VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒"
# Characters that can continue a digit numeral: "2e5", "2^3", "5.5x10-3", "3/4",
# "10 1/2", "2½". Anything else ends it, and the patterns for these are skipped.
ARTICLE_TOKEN = re.compile(r"[^\W\d_]+")
NOTATION_STARTS = frozenset("eE^x×*/ \t" + VULGAR)


def read_numeral(
    text: str, pos: int, g: Grammar, decimal_comma: bool | None = None
) -> Numeral | None:
    """The numeral starting at `pos`, or None when what starts there is no number;
    `decimal_comma` overrides the language's decimal mark (`digits.writes_decimal_comma`)."""
    ch = text[pos]
    vague = g.vague.match(text, pos)
    if vague and not _number_compound(text, vague, g):  # "hundertelf" is 111, not "Hunderte"
        return _vague_amount(vague, g)
    if _article_alone(text, pos, g):
        return _listed_one(text, pos, g)  # "a", "een": a vague amount's start, or nothing
    carried = g.carried.match(text, pos)
    if carried:
        word = g.carried_words[normalise_phrase(carried.group())]
        kind = "carried_rank" if word.kind == "rank" else "multiplier"
        return Numeral(pos, carried.end(), word.value, kind=kind, words=True, change=word.change)
    if ch in VULGAR:
        return _attach_scale(text, Numeral(pos, pos + 1, unicodedata.numeric(ch), "fraction"), g)
    if ch in ".,":
        numeral = _leading_decimal(text, pos, g)
    elif ch.isdigit():
        numeral = _read_digits(text, pos, g, decimal_comma)
    elif g.lang == "zh" and (ch in HAN_CHARS or ch == "半"):
        numeral = _read_hanzi(text, pos)
    else:
        numeral = read_words(text, pos, g) or _listed_one(text, pos, g)
    if numeral is None:
        return None
    _apply_sign(text, numeral, g)
    return _attach_scale(text, numeral, g)


# "twee in Chaudfontaine, een in Aywaille": an item of a list of counts by place.
LISTED_BEFORE = re.compile(r"([^\W_]+)[ \t]+in[ \t]+[^\W\d_][\w'’-]*[ \t]*,[ \t]*$")
LISTED_AFTER = re.compile(r"[ \t]+in[ \t]+[A-ZÄÖÜ]")


def _listed_one(text: str, pos: int, g: Grammar) -> Numeral | None:
    """ "One" as an article or a pronoun counts where it stands in a list of counts by
    place ("vijf in Pepinster, twee in Chaudfontaine, een in Aywaille")."""
    token = ARTICLE_TOKEN.match(text, pos)
    one = g.words.get(token.group().lower()) if token else None
    if one is None or one.value != 1 or not LISTED_AFTER.match(text, token.end()):
        return None
    before = LISTED_BEFORE.search(text, max(0, pos - 60), pos)
    if before is None:
        return None
    item = before.group(1)
    word = g.words.get(item.lower())
    counted = item.isdigit() or (word is not None and word.kind in ("cardinal", "article"))
    return Numeral(pos, token.end(), 1.0, words=True) if counted else None


def _article_alone(text: str, pos: int, g: Grammar) -> bool:
    token = ARTICLE_TOKEN.match(text, pos)
    word = g.words.get(token.group().lower()) if token else None
    return word is not None and word.kind == "article"


WORD = re.compile(r"[^\W\d_]+")


def _number_compound(text: str, vague: re.Match[str], g: Grammar) -> bool:
    """Whether a vague amount is only the start of one number written as a compound
    ("hundertelf"), not a word of its own ("Hunderte", "Hunderttausende")."""
    word = WORD.match(text, vague.start())
    if word is None or word.end() <= vague.end("first") or g.compound is None:
        return False
    return g.compound.fullmatch(word.group().lower()) is not None


def _vague_amount(match: re.Match[str], g: Grammar) -> Numeral:
    """'tens of thousands' is 20,000 to 99,999; 'hundreds of millions' and 'several
    hundred million' 200,000,000 to 999,999,999 (see lexicon/vague.yaml)."""
    first = g.vague_values[normalise_phrase(match.group("first"))]
    low, high = first.low, first.high
    if match.group("second") or match.group("scale"):
        if match.group("second"):
            factor = g.vague_values[normalise_phrase(match.group("second"))].power
        else:
            factor = g.scale_value(match.group("scale")) or 1.0
        low, high = low * factor, (high + 1) * factor - 1
    return Numeral(
        match.start(),
        match.end(),
        low,
        kind="vague",
        words=True,
        high=None if high == low else high,  # "een tiental": about ten, no range
        unit=first.unit,
    )


# --- digits ----------------------------------------------------------------

FOOTNOTED_GROUPS = re.compile(r"\d{1,3}(?:,\d{3})*,\d{4}(?![\d.,]?\d)")


def _read_digits(
    text: str, pos: int, g: Grammar, decimal_comma: bool | None = None
) -> Numeral | None:
    glued = pos and (is_letter(text[pos - 1]) or hyphenated_name(text, pos))
    if glued and not (
        is_letter(text[pos - 1]) and (money_before(text, pos, g) or han_scaled(text, pos))
    ):
        return None
    match = DIGITS.match(text, pos)
    if match is None or (glued and beyond_its_prefix(text, pos, match.group(), g)):
        return None
    if text[match.end() : match.end() + 1].isdigit():  # an identifier, a hash: skip it all
        raise OverLong(_DIGIT_TAIL.match(text, match.end()).end())  # type: ignore[union-attr]
    in_list = pos >= 2 and text[pos - 1] in ",." and text[pos - 2].isdigit()
    footnoted = FOOTNOTED_GROUPS.match(text, pos) if g.lang == "en" else None
    if footnoted:  # "2,6022" in a table: 2,602 and the footnote marker 2
        parsed = parse_digits(footnoted.group()[:-1], g.lang, in_list, decimal_comma)
        if parsed is not None:
            return Numeral(pos, footnoted.end() - 1, parsed[0], footnote_end=footnoted.end())
    parsed = parse_digits(match.group().rstrip(), g.lang, in_list, decimal_comma)
    if parsed is None:
        return None
    value, used = parsed
    end = pos + used
    if text[end : end + 1] not in NOTATION_STARTS:
        return Numeral(pos, end, value)  # no exponent, power or fraction can follow
    exponent = EXPONENT.match(text, end)
    scaled = _times_ten_to(value, int(exponent.group()[1:])) if exponent else None
    if exponent and scaled is not None:
        value, end = scaled, exponent.end()
    value, end = _powers(text, value, end)
    fraction = SLASH_FRACTION.match(text, end)
    if fraction and float(fraction.group(1)) != 0:
        return Numeral(pos, fraction.end(), value / float(fraction.group(1)), kind="fraction")
    return _mixed_fraction(text, Numeral(pos, end, value))


def _times_ten_to(value: float, exponent: int) -> float | None:
    """value × 10^exponent, or None when that is no finite float ("5e999" is no claim)."""
    try:
        result = value * 10.0**exponent
    except OverflowError:
        return None
    return result if math.isfinite(result) else None


def _powers(text: str, value: float, end: int) -> tuple[float, int]:
    """'1.3x10^6' and '2.5^-1': scientific and power notation."""
    for pattern, base in ((TIMES_TEN, None), (POWER, value)):
        match = pattern.match(text, end)
        if match is None:
            continue
        written = match.groupdict().get("signed") or match.groupdict().get("sup")
        if written:
            exp = int(written.translate(SUPERSCRIPT))
        else:
            exp = int(match.group("exp")) * (-1 if match.group("sign").count("-") % 2 else 1)
        try:
            power = (base if base is not None else 10.0) ** exp
        except (OverflowError, ZeroDivisionError):
            return value, end
        if base is None and exp < 0:
            return value / 10.0**-exp, match.end()  # 2.48e-05, not 2.4800000000000003e-05
        return (power if base is not None else value * power), match.end()
    return value, end


def _mixed_fraction(text: str, numeral: Numeral) -> Numeral:
    """'10 1/2 miles', '2½': a whole number and a proper fraction."""
    if numeral.end < len(text) and text[numeral.end] in VULGAR:
        numeral.value += unicodedata.numeric(text[numeral.end])
        numeral.end += 1
        return numeral
    mixed = MIXED_FRACTION.match(text, numeral.end)
    if (
        mixed
        and 0 < int(mixed.group(1)) < int(mixed.group(2))
        and numeral.value == int(numeral.value)
    ):
        numeral.value += int(mixed.group(1)) / int(mixed.group(2))
        numeral.end = mixed.end()
        numeral.kind = "fraction"
    return numeral


LEADING_DECIMAL = re.compile(rf"[.,](\d{{1,{MAX_DIGIT_RUN}}})(?!\d)")


def _leading_decimal(text: str, pos: int, g: Grammar) -> Numeral | None:
    """'.5' in English, ',08' in Dutch: a decimal without its leading zero."""
    match = LEADING_DECIMAL.match(text, pos)
    if match is None or (pos and (text[pos - 1].isalnum())):
        return None
    return Numeral(pos, match.end(), float("0." + match.group(1)))


# --- Chinese numerals -------------------------------------------------------


def _read_hanzi(text: str, pos: int) -> Numeral | None:
    percent = HAN_PERCENT.match(text, pos)
    if percent:
        inner = _read_after_percent(text, percent.end())
        if inner is None:
            return None
        denominator = parse_hanzi(re.sub("[ \t]", "", percent.group("den")))
        if not denominator:
            return None
        value = inner.value * 100 / denominator
        return Numeral(pos, inner.end, value, percent=True, words=True)
    if text[pos] == "半":
        if han_idiom(text, pos, pos + 1):
            return None  # 半導體, 過半
        unit = HAN_SMALL_UNITS.get(text[pos + 1 : pos + 2]) or HAN_BIG_UNITS.get(
            text[pos + 1 : pos + 2]
        )
        if unit:
            return Numeral(pos, pos + 2, 0.5 * unit, words=True)
        return Numeral(pos, pos + 1, 0.5, kind="fraction", words=True)
    run = han_run(text, pos, financial=counted_financial(text, pos))
    if run is None:
        return None
    value, end = run
    if text.startswith("半", end) and not han_idiom(text, end, end + 1):
        if text[pos:end] == "一":  # 一半: a half, not one and a half
            return Numeral(pos, end + 1, 0.5, kind="fraction", words=True)
    elif (counted_half := HAN_COUNTED_HALF.match(text, end)) is not None:
        return Numeral(pos, counted_half.end(), value + 0.5, words=True)
    return _han_fraction(text, Numeral(pos, end, value, words=True))


def _read_after_percent(text: str, pos: int) -> Numeral | None:
    if pos < len(text) and text[pos].isdigit():
        digits = _read_digits(text, pos, grammar("zh"))
        return None if digits is None else _attach_scale(text, digits, grammar("zh"))
    run = han_run(text, pos, idioms=False, financial=True)
    return None if run is None else Numeral(pos, run[1], run[0])


def _han_fraction(text: str, numeral: Numeral) -> Numeral:
    """三分之一 (one third), 五又三分之一 (five and one third)."""
    mixed = HAN_AND.match(text, numeral.end)
    if mixed:
        rest = _read_hanzi(text, mixed.end()) if mixed.end() < len(text) else None
        if rest is None and mixed.end() < len(text) and text[mixed.end()].isdigit():
            rest = _digit_fraction(text, mixed.end())
        if rest is not None and rest.kind == "fraction":
            return Numeral(
                numeral.start, rest.end, numeral.value + rest.value, "fraction", words=True
            )
        return numeral
    fraction = HAN_FRACTION.match(text, numeral.end)
    if not fraction or numeral.value == 0:
        return numeral
    top = fraction.group("han")
    top_value = parse_hanzi(top) if top else float(fraction.group("dig"))
    if top_value is None:
        return numeral
    if fraction.group("neg"):
        top_value = -top_value  # 负3分之负157: both signs, a positive fraction
    return Numeral(numeral.start, fraction.end(), top_value / numeral.value, "fraction", words=True)


def _digit_fraction(text: str, pos: int) -> Numeral | None:
    numeral = _read_digits(text, pos, grammar("zh"))
    return None if numeral is None else _han_fraction(text, numeral)


# --- sign and scale -------------------------------------------------------------


def _apply_sign(text: str, numeral: Numeral, g: Grammar) -> None:
    """A sign or a minus word before the digits, or before their currency symbol."""
    start = numeral.start
    at = symbol.start() if (symbol := money_before(text, start, g)) else start
    if at and text[at - 1] in "-+" and (at == 1 or not _latin_or_digit(text[at - 2])):
        numeral.value = -numeral.value if text[at - 1] == "-" else numeral.value
        numeral.start = start if symbol else start - 1
        numeral.change = True
        return
    minus = MINUS[g.lang].search(text, max(0, at - 12), at)
    if minus:
        numeral.value = -numeral.value
        numeral.start = start if symbol else minus.start()
        numeral.change = True


def _latin_or_digit(ch: str) -> bool:
    """A hyphen after a Latin letter or digit joins a name ("COVID-19"); after a
    Chinese character or punctuation it is a minus sign ("为-0.60‰")."""
    return ch.isascii() and ch.isalnum()


ZH_MORE_THAN_SCALE = re.compile(
    r"[ \t]*[多余餘几幾][ \t]*(万亿|萬億|百万|百萬|千万|千萬|万|萬|亿|億)"
)


def _digit_han_fraction(text: str, numeral: Numeral) -> None:
    """'16分之5', '3又一千分之23': fractions written with digits."""
    result = _han_fraction(text, numeral)
    if result is not numeral:
        numeral.value, numeral.end, numeral.kind = result.value, result.end, result.kind


def _attach_scale(text: str, numeral: Numeral, g: Grammar) -> Numeral:
    if numeral.words and g.lang != "zh":
        return numeral
    if g.lang == "zh":
        more = ZH_MORE_THAN_SCALE.match(text, numeral.end)
        if more:
            numeral.bound = "gt"
            return _scaled(numeral, more.group(1), g.scale_value(more.group(1)) or 1.0, more.end())
        if numeral.kind != "fraction" and not numeral.words:
            _digit_han_fraction(text, numeral)
    if g.lang == "zh" and _unit_starts_here(text, numeral.end):
        return numeral
    tight = g.tight_after.match(text, numeral.end)
    if tight and not numeral.words:
        word = tight.group(1)
        if word not in g.money_scales or money_before(text, numeral.start, g):
            scaled = _scaled(numeral, word, g.tight_scales[word], tight.end())
            return _continue_after_scale(text, scaled, g)
    scale = g.scale_after.match(text, numeral.end)
    if scale:
        word = scale.group(1)
        value = g.scale_value(word) or 1.0
        if g.lang == "zh" and numeral.words and word in HAN_SMALL_UNITS:
            return numeral
        return _continue_after_scale(text, _scaled(numeral, word, value, scale.end()), g)
    return numeral


def _unit_starts_here(text: str, pos: int) -> bool:
    """千米 is a kilometre and 兆字节 a megabyte, not a thousand metres."""
    return _zh_units().after.match(text, pos) is not None


def _scaled(numeral: Numeral, word: str, value: float, end: int) -> Numeral:
    numeral.value *= value
    numeral.scale = word if numeral.scale is None else f"{numeral.scale} {word}"
    numeral.scale_value *= value
    numeral.end = end
    return numeral


def _continue_after_scale(text: str, numeral: Numeral, g: Grammar) -> Numeral:
    """'3 hundred and 21', '2 Millionen 300 Tausend', '5万4千6百': smaller parts add on;
    digits after a thousand or more add on only with a scale word of their own."""
    if g.lang == "zh":
        return _continue_han(text, numeral, g)
    if numeral.scale_value < 100:
        return numeral
    joined = _AND_GAP[g.lang].match(text, numeral.end)
    if joined is None or joined.end() >= len(text):
        return numeral
    rest = _part_after_scale(text, joined.end(), numeral, g)
    if rest is None or rest.value >= numeral.scale_value or rest.value <= 0:
        return numeral
    if rest.kind == "fraction" and rest.value < 1:
        numeral.value += rest.value * numeral.scale_value
        numeral.end = rest.end
        return numeral
    digits = text[joined.end()].isdigit()  # "5 billion and 30 percent": two figures
    if rest.scale is None and numeral.scale_value >= 1e3 and (digits or not joined.group().strip()):
        return numeral
    numeral.value += rest.value
    numeral.end = rest.end
    return numeral


def _part_after_scale(text: str, pos: int, numeral: Numeral, g: Grammar) -> Numeral | None:
    """What may follow '3 million and': digits, 'a half', or words after 'hundred'."""
    try:
        words = read_numeral(text, pos, g) if text[pos].isdigit() else read_words(text, pos, g)
    except OverLong:
        return None
    if words is None or text[pos].isdigit():
        return words
    is_fraction = words.value < 1 and words.scale is None
    if is_fraction:
        words.kind = "fraction"
    with_and = text[numeral.end : pos].strip() != ""
    return words if is_fraction or numeral.scale_value == 100 or with_and else None


def _continue_han(text: str, numeral: Numeral, g: Grammar) -> Numeral:
    """'5万4千6百', '3万4000', '1千零1': digit groups under a Chinese scale add on."""
    at = numeral.end
    while at < len(text) and text[at] in " \t零〇":
        at += 1
    if at >= len(text) or not text[at].isdigit():
        return numeral
    rest = _read_digits(text, at, g)
    if rest is None:
        return numeral
    scale = g.scale_after.match(text, rest.end)
    value = g.scale_value(scale.group(1)) if scale else None
    if value is None:
        if rest.value < numeral.scale_value and rest.value == int(rest.value):
            numeral.value += rest.value
            numeral.end = rest.end
        return numeral
    if value >= numeral.scale_value:
        return _under_big_unit(numeral, rest, scale, value)  # type: ignore[arg-type]
    numeral.value += rest.value * value
    numeral.end = scale.end()  # type: ignore[union-attr]
    numeral.scale_value = value
    return _continue_han(text, numeral, g)


def _under_big_unit(numeral: Numeral, rest: Numeral, scale: re.Match[str], value: float) -> Numeral:
    """'2千零30万' is 2030万, '3千5百万' 3500万: a big unit (万, 亿) after the digits
    multiplies the whole number before it."""
    for big in (1e12, 1e8, 1e4):
        small = value / big
        if small >= 1 and small == int(small) and small < numeral.scale_value < big:
            numeral.value = (numeral.value + rest.value * small) * big
            numeral.scale = f"{numeral.scale} {scale.group(1)}"
            numeral.scale_value *= big
            numeral.end = scale.end()
            return numeral
    return numeral


_AND_GAP = {
    "en": re.compile(r"[ \t]+(?:and[ \t]+)?", re.IGNORECASE),
    "de": re.compile(r"[ \t]+(?:und[ \t]+)?", re.IGNORECASE),
    "nl": re.compile(r"[ \t]+(?:en[ \t]+)?", re.IGNORECASE),
}
