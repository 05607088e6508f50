"""Reading the value of a numeral: digits with each language's separators,
number words and their compounds, and Chinese numerals.

These are pure functions over short strings; finding numerals in a text and
attaching scale words, units and hedges is the job of `grammar` and `extract`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

DECIMAL_COMMA_LANGS = frozenset({"de", "nl"})
GROUP_SPACES = " \u00a0\u2009\u202f\u2007"

# Width folding keeps offsets: every mapped character stays one character.
WIDTH_FOLD = str.maketrans(
    {
        **{chr(0xFF10 + i): str(i) for i in range(10)},
        "\uff0e": ".",
        "\uff05": "%",
        "\uff0b": "+",
        "\uff0d": "-",
        "\u2212": "-",
        "\u2012": "-",
        "\uff04": "$",
        "\uff5e": "~",
        "\uff0f": "/",
        "\u2019": "'",
        "\uff07": "'",
        **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
        **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
    }
)

_DIGIT_RUN = re.compile(r"\d+")
_FOLDABLE = re.compile("[" + "".join(re.escape(chr(code)) for code in WIDTH_FOLD) + "]")


_WIDE_GROUP_COMMA = re.compile(r"(?<=[０-９])，(?=[０-９]{3}(?![０-９]))")


def fold_width(text: str) -> str:
    """Full-width digits, letters and signs to ASCII, one character for one.

    A full-width comma is a clause separator in Chinese; only between full-width
    digits ("４，５６５") is it a thousands separator.
    """
    if "，" in text:
        text = _WIDE_GROUP_COMMA.sub(",", text)
    # the same as text.translate(WIDTH_FOLD), without a dictionary lookup for
    # every character of a text that holds a handful of foldable ones
    for ch in set(_FOLDABLE.findall(text)):
        text = text.replace(ch, WIDTH_FOLD[ord(ch)])
    return text


def parse_digits(
    raw: str, lang: str, in_list: bool = False, decimal_comma: bool | None = None
) -> tuple[float, int] | None:
    """Value of a digit string with separators, and how many characters it uses.

    The language decides which of '.' and ',' is the decimal mark ("10.000" is
    ten thousand in German, "1,5" one and a half), unless the text's own notation
    says otherwise (`decimal_comma`: `writes_decimal_comma`). `in_list` is set when the
    numeral follows "1," so that "1,2,3" stays three numbers. A group separator must be
    followed by exactly three digits; otherwise the numeral ends before it, so
    "1,5" in English is read as 1 and a German "1.5" as a decimal.
    """
    if raw.isdecimal():
        return float(raw), len(raw)  # no separator: nothing to decide
    groups = _split_groups(raw)
    if not groups:
        return None
    whole = "".join(sep + digits for sep, digits in groups)
    comma = lang in DECIMAL_COMMA_LANGS if decimal_comma is None else decimal_comma
    special = None if in_list else _special_grouping(whole, comma)
    if special is not None:
        return special, len(whole)
    decimal_mark = "," if comma else "."
    group_mark = "." if decimal_mark == "," else ","
    integer, used, seps = groups[0][1], len(groups[0][1]), set()
    for sep, digits in groups[1:]:
        if sep == decimal_mark and not seps & {decimal_mark}:
            return _with_fraction(integer, digits, used + 1 + len(digits))
        if sep == group_mark or sep in GROUP_SPACES or sep == "'":
            if len(digits) != 3 or len(groups[0][1]) > 3 or (seps and sep not in seps):
                return _lenient_decimal(integer, sep, digits, used, seps, comma)
            integer += digits
            used += 1 + len(digits)
            seps.add(sep)
            continue
        break
    return float(integer), used


_INDIAN = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?")
_EUROPEAN = re.compile(r"\d{1,3}(?:\.\d{3})+,\d+")
_ENGLISH = re.compile(r"\d{1,3}(?:,\d{3})+\.\d+")
_LONE_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")
# The group mark written for the decimal mark: "1.411.75 miljard" (NRC) is 1,411.75.
_SLIPPED_DECIMAL = re.compile(r"\d{1,3}([.,])\d{3}(?:\1\d{3})*\1\d{1,2}")


def _special_grouping(whole: str, comma: bool) -> float | None:
    """Unambiguous foreign notations: Indian 12,34,567.89; '1.111,11' in English
    text; '1,234.5' in German text; a lone '1,3' in English is a decimal comma; groups
    of three then one of two or one digit ('1.411.75') end in a decimal mark."""
    if (slipped := _SLIPPED_DECIMAL.fullmatch(whole)) is not None:
        integer, mark, fraction = whole.rpartition(slipped.group(1))
        return float(f"{integer.replace(mark, '')}.{fraction}")
    if comma:
        return float(whole.replace(",", "")) if _ENGLISH.fullmatch(whole) else None
    if _INDIAN.fullmatch(whole):
        return float(whole.replace(",", ""))
    if _EUROPEAN.fullmatch(whole):
        return float(whole.replace(".", "").replace(",", "."))
    if _LONE_DECIMAL_COMMA.fullmatch(whole):
        return float(whole.replace(",", "."))
    return None


def _lenient_decimal(
    integer: str, sep: str, digits: str, used: int, seps: set[str], comma: bool
) -> tuple[float, int]:
    """A German '.' before fewer or more than three digits is a decimal point."""
    if comma and sep == "." and not seps:
        return _with_fraction(integer, digits, used + 1 + len(digits))
    return float(integer), used


# An English text written with continental marks: "EUR 103,5 billion", "8.658
# commercial aircraft" (a Brazilian outlet); and what only the English notation writes.
_COMMA_DECIMALS = re.compile(r"(?<![\d.,])\d{1,3},\d{1,2}(?![\d.,]?\d)")
_DOT_GROUPS = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,]?\d)")
_ENGLISH_ONLY = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+\.\d{1,2})(?![\d.,]?\d)")


def writes_decimal_comma(text: str, lang: str) -> bool | None:
    """True when a text in a language of decimal points writes decimal commas and
    groups thousands with dots, and never the other way ("EUR 103,5 billion", "8.658
    commercial aircraft": 8,658); None to keep the language's marks."""
    if lang in DECIMAL_COMMA_LANGS or lang == "zh":
        return None
    if _COMMA_DECIMALS.search(text) is None or _DOT_GROUPS.search(text) is None:
        return None
    return True if _ENGLISH_ONLY.search(text) is None else None


def _with_fraction(integer: str, digits: str, used: int) -> tuple[float, int]:
    return float(f"{integer}.{digits}"), used


def _split_groups(raw: str) -> list[tuple[str, str]]:
    """'1.234,5' -> [('', '1'), ('.', '234'), (',', '5')]."""
    groups: list[tuple[str, str]] = []
    pos = 0
    for match in _DIGIT_RUN.finditer(raw):
        sep = raw[pos : match.start()]
        if groups and len(sep) != 1:
            break
        if not groups and sep:
            break
        groups.append((sep, match.group()))
        pos = match.end()
    return groups


# --- Chinese numerals -------------------------------------------------------

HAN_DIGITS = {
    "零": 0, "〇": 0, "○": 0, "洞": 0,
    "一": 1, "壹": 1, "幺": 1, "弌": 1,
    "二": 2, "两": 2, "兩": 2, "贰": 2, "貳": 2, "俩": 2, "倆": 2,
    "三": 3, "叁": 3, "參": 3, "叄": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}  # fmt: skip
HAN_SMALL_UNITS = {"十": 10, "拾": 10, "什": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
HAN_BIG_UNITS = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "兆": 1e12}
HAN_POINT = "点點"
HAN_ZEROS = "零〇○"
HAN_CHARS = "".join(HAN_DIGITS) + "".join(HAN_SMALL_UNITS) + "".join(HAN_BIG_UNITS)


@lru_cache(maxsize=8192)
def parse_hanzi(text: str) -> float | None:
    """Value of a Chinese numeral such as 三千, 一点五万, 七十八萬五佰零六, 九万四.

    Returns None for strings that are not one numeral (e.g. 二三十, a vague
    "twenty or thirty"). The same numerals come again and again: each is read once.
    """
    if not text:
        return None
    for point in HAN_POINT:
        if point in text:
            return _hanzi_decimal(*text.split(point, 1))
    if all(ch in HAN_DIGITS for ch in text):
        return _positional(text) if len(text) > 1 else float(HAN_DIGITS[text])
    return _hanzi_integer(text)


def _positional(text: str) -> float:
    return float("".join(str(HAN_DIGITS[ch]) for ch in text))


def _hanzi_decimal(whole: str, frac: str) -> float | None:
    base = _hanzi_integer(whole) if whole else 0.0
    digits = frac.rstrip("".join(HAN_BIG_UNITS) + "".join(HAN_SMALL_UNITS))
    units = frac[len(digits) :]
    if base is None or not digits or any(ch not in HAN_DIGITS or ch in "两兩俩倆" for ch in digits):
        return None
    value = float(f"{int(base)}.{''.join(str(HAN_DIGITS[ch]) for ch in digits)}")
    for ch in units:
        value *= HAN_BIG_UNITS.get(ch) or HAN_SMALL_UNITS[ch]
    return value


def _hanzi_integer(text: str) -> float | None:
    """Split at the largest big unit (兆, 亿, 万): left * unit + right."""
    bigs = [(HAN_BIG_UNITS[ch], i) for i, ch in enumerate(text) if ch in HAN_BIG_UNITS]
    if not bigs:
        return _hanzi_section(text)
    unit = max(b for b, _ in bigs)
    cut = max(i for b, i in bigs if b == unit)
    left, right = text[:cut], text[cut + 1 :]
    left_value = _hanzi_integer(left) if left else 1.0
    if left_value is None:
        return None
    if not right:
        return left_value * unit
    if len(right) == 1 and right in HAN_DIGITS and right not in HAN_ZEROS:
        return left_value * unit + HAN_DIGITS[right] * unit / 10
    right_value = _hanzi_integer(right.lstrip(HAN_ZEROS))
    return None if right_value is None else left_value * unit + right_value


def _hanzi_section(text: str) -> float | None:
    """A numeral below 10,000: 三千五 is 3500, 一千零十 is 1010, 十五 is 15."""
    if not text:
        return 0.0
    value, pending, last_unit, zero_after_unit = 0.0, None, 0, False
    previous_was_digit = False
    for ch in text:
        if ch in HAN_ZEROS:
            pending, zero_after_unit, previous_was_digit = None, True, False
        elif ch in HAN_DIGITS:
            if previous_was_digit:
                return None
            pending, previous_was_digit = HAN_DIGITS[ch], True
        elif ch in HAN_SMALL_UNITS:
            unit = HAN_SMALL_UNITS[ch]
            if last_unit and unit >= last_unit:
                return None
            value += (pending if pending is not None else 1) * unit
            pending, last_unit, zero_after_unit, previous_was_digit = None, unit, False, False
        else:
            return None
    if pending is not None:
        trailing_shorthand = last_unit >= 100 and not zero_after_unit
        value += pending * (last_unit / 10 if trailing_shorthand else 1)
    return value


# --- number words (en, de, nl) ---------------------------------------------


def evaluate_words(values: Sequence[float], scales: Sequence[bool] | None = None) -> float | None:
    """Combine number-word values in order: [3, 100, 20, 5, 1000] -> 325000.

    Hundreds multiply what came since the last scale word; scale words of a
    thousand and more close a group. `scales` tells scale words from compounds
    of the same size ("tausend" multiplies, "zehntausend" adds). Returns None for
    sequences that are not one number, such as two ones in a row ("fünf zwei").
    """
    total, current, previous = 0.0, 0.0, None
    for index, value in enumerate(values):
        is_scale = value >= 1000 if scales is None else scales[index]
        if is_scale and value >= 1000:
            if previous is not None and 1000 <= previous < value and current == 0:
                total *= value
            else:
                total += (current or 1.0) * value
            current = 0.0
        elif value == 100:
            below = current % 1000
            if previous == 100 or below >= 100:
                return None  # "two hundred three hundred" is two numbers
            current = current - below + (below or 1.0) * 100
        elif not _may_follow(previous, value, current):
            return None
        else:
            current += value
        previous = value
    return total + current


def _may_follow(previous: float | None, value: float, current: float) -> bool:
    """Can a small number follow the last word? (twenty five: yes; five two: no)."""
    if previous is None or previous >= 100:
        return current % 100 == 0
    if 20 <= previous < 100 and previous % 10 == 0 and 0 < value < 10:
        return True
    return 0 < previous < 10 and 20 <= value < 100 and value % 10 == 0
