"""Writing a number the way a news article in one language would.

The tables are in notation.yaml (separators, scale words, number words, hedges,
bounds); this module only chooses among them. Each figure is written in one of
the styles that can express it exactly: digits with thousands separators
("485.000"), a mantissa and a scale word ("1,5 Milliarden", "48.5万", "$80bn"),
a number word ("sechs"), or a whole Chinese numeral ("四十八万五千").
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
DIGITS_BELOW = 1e7  # larger figures are written with a scale word
CHINESE_BELOW = 1e8


@cache
def tables() -> dict[str, Any]:
    return yaml.safe_load((HERE / "notation.yaml").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Written:
    """A number as text, and whether a scale word in it can be swapped (scale errors)."""

    text: str
    style: str


def plain(value: float, decimal: str = ".") -> str:
    """1.5 -> '1.5', 80.0 -> '80', with the language's decimal mark."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text.replace(".", decimal)


def significant(value: float) -> int:
    """Significant digits of a figure: 485000 -> 3, 8e10 -> 1."""
    digits = f"{abs(value):.6g}".split("e")[0].replace(".", "").strip("0")
    return len(digits)


def is_whole(value: float) -> bool:
    return abs(value - round(value)) < 1e-9


def styles(value: float, lang: str) -> list[str]:
    """The styles that write `value` exactly in `lang`."""
    table = tables()[lang]
    found = []
    if is_whole(value) and value < DIGITS_BELOW:
        found.append("digits")
    if _scale_of(value, lang) is not None:
        found.append("scaled")
    if is_whole(value) and int(value) in table["words"]:
        found.append("words")
    if lang == "zh" and is_whole(value) and 10 <= value < CHINESE_BELOW and significant(value) <= 3:
        found.append("chinese")
    if not found and not is_whole(value):
        found.append("decimal")
    return found


def write_number(value: float, lang: str, rng: random.Random, style: str | None = None) -> Written:
    """`value` in one of its styles (drawn with `rng` unless `style` is given)."""
    options = styles(value, lang)
    chosen = style if style in options else rng.choice(options) if options else "decimal"
    table = tables()[lang]
    if chosen == "digits":
        separator = rng.choice(table["group"])
        return Written(f"{round(value):,}".replace(",", separator), chosen)
    if chosen == "scaled":
        return Written(_scaled(value, lang, rng), chosen)
    if chosen == "words":
        return Written(table["words"][int(value)], chosen)
    if chosen == "chinese":
        return Written(chinese_numeral(round(value)), chosen)
    return Written(plain(value, table["decimal"]), "decimal")


def _scale_of(value: float, lang: str) -> float | None:
    """The largest scale word not above `value` that leaves a short mantissa."""
    for scale in sorted((float(s) for s in tables()[lang]["scales"]), reverse=True):
        mantissa = value / scale
        if mantissa >= 1 and significant(mantissa) <= 4 and mantissa < 10_000:
            return scale
    return None


def _scaled(value: float, lang: str, rng: random.Random) -> str:
    table = tables()[lang]
    scale = _scale_of(value, lang)
    assert scale is not None
    words = _scale_words(lang, scale)
    mantissa = value / scale
    number = plain(mantissa, table["decimal"])
    word = words["one"] if mantissa == 1 else words["many"]
    short = words.get("short")
    if short and rng.random() < 0.25:
        return f"{number}{short}" if lang == "en" else f"{number} {short}"
    return f"{number}{spacer(lang, rng)}{word}"


def _scale_words(lang: str, scale: float) -> dict[str, str]:
    for key, words in tables()[lang]["scales"].items():
        if float(key) == scale:
            return words
    raise KeyError(scale)


def scale_factors(lang: str) -> list[float]:
    """Ratios between neighbouring scale words: what reading one for the other does."""
    scales = sorted(float(s) for s in tables()[lang]["scales"])
    return [b / a for a, b in itertools.pairwise(scales)]


def spacer(lang: str, rng: random.Random) -> str:
    """The gap between words of a figure: Chinese news leaves it out as often as not."""
    rule = tables()[lang]["space"]
    if rule == "always":
        return " "
    return " " if rule == "sometimes" and rng.random() < 0.3 else ""


def qualify(phrase: str, lang: str, how: str | None, rng: random.Random) -> str:
    """Put a hedge ("about") or bound ("more than") before a figure."""
    if how is None:
        return phrase
    table = tables()[lang]
    if how == "approx":
        after = table.get("hedges_after") or []
        if after and rng.random() < 0.2:
            return f"{phrase}{rng.choice(after)}"
        word = rng.choice(table["hedges"])
    else:
        word = rng.choice(table["bounds"][how])
    return f"{word}{spacer(lang, rng)}{phrase}"


def chinese_numeral(number: int) -> str:
    """A whole number below 10^8 in Chinese numerals: 485000 -> 四十八万五千."""
    if number == 0:
        return tables()["zh"]["digits"][0]
    high, low = divmod(number, 10_000)
    if not high:
        return _section(low, leading=True)
    text = _section(high, leading=True) + "万"
    if low:
        text += ("零" if low < 1000 else "") + _section(low, leading=False)
    return text


def _section(number: int, leading: bool) -> str:
    """0 < number < 10^4: 3500 -> 三千五百, 1005 -> 一千零五, 15 -> 十五 (一十五 inside)."""
    table = tables()["zh"]
    digits, places = table["digits"], {int(k): v for k, v in table["places"].items()}
    parts: list[str] = []
    pending_zero = False
    for place in (1000, 100, 10, 1):
        digit = number // place % 10
        if digit == 0:
            pending_zero = bool(parts)
            continue
        if pending_zero:
            parts.append(digits[0])
            pending_zero = False
        if place == 10 and digit == 1 and leading and not parts:
            parts.append(places[10])
        else:
            parts.append(digits[digit] + places.get(place, ""))
    return "".join(parts)
