"""Write numbers the way each language's news text writes them.

The property tests generate a value, write it here, and check that the
extractor reads the same value back. This module is therefore an independent
model of the conventions (separators, scale words, spelled-out numbers): it
must not call the code under test, or a shared mistake would pass unnoticed.
Scale words are the one exception: they are taken from the lexicon tables
(`factcheck.lexicon.load_table`) so that the tests follow the data a linguist
edits, and a new scale word is covered without touching the tests.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

from factcheck.lexicon import load_table

Number = int | float | Decimal

# --- digits -----------------------------------------------------------------

# How each style groups thousands; None means no grouping ("12345").
# "grouped" uses the language's own mark (en/zh ",", de/nl ".").
GROUP_SPACES: dict[str, str] = {
    "space": " ",
    "nbsp": "\u00a0",
    "thin": "\u2009",
    "narrow": "\u202f",
}
DIGIT_STYLES: tuple[str, ...] = ("grouped", "plain", *GROUP_SPACES)
DECIMAL_COMMA = frozenset({"de", "nl"})
LANGS: tuple[str, ...] = ("en", "de", "nl", "zh")
# Endings that make a scale word's plural: "billions", "Millionen", "Tausende", "miljoenen".
PLURAL_ENDINGS: dict[str, tuple[str, ...]] = {"en": ("s",), "de": ("e", "n", "en"), "nl": ("en",)}


def marks(lang: str) -> tuple[str, str]:
    """(decimal mark, group mark) of a language: German and Dutch swap them."""
    return (",", ".") if lang in DECIMAL_COMMA else (".", ",")


def digits(value: Number, lang: str, style: str = "grouped") -> str:
    """`value` in digits with the separators of `lang`.

    12345.5 is "12,345.5" in en/zh and "12.345,5" in de/nl ("grouped"),
    "12 345,5" with a space-like group separator ("space", "nbsp", "thin",
    "narrow"), or "12345,5" ("plain"). Floats are written with their shortest
    round-trip representation, so float(written) == value exactly; no
    exponent notation and no sign (the tests use non-negative values).
    """
    if style not in DIGIT_STYLES:
        raise ValueError(f"unknown style {style!r}; one of {DIGIT_STYLES}")
    exact = _exact(value)
    if exact < 0 or not exact.is_finite():
        raise ValueError(f"digits() writes finite non-negative numbers, not {value!r}")
    whole, _, fraction = format(exact, "f").partition(".")
    fraction = fraction.rstrip("0")
    decimal_mark, group_mark = marks(lang)
    if style == "grouped":
        whole = _group(whole, group_mark)
    elif style in GROUP_SPACES:
        whole = _group(whole, GROUP_SPACES[style])
    return f"{whole}{decimal_mark}{fraction}" if fraction else whole


def fullwidth(text: str) -> str:
    """ASCII digits and marks as the full-width forms Chinese pages often use ("１２３．５")."""
    return text.translate(_FULLWIDTH)


_FULLWIDTH = str.maketrans({**{str(i): chr(0xFF10 + i) for i in range(10)}, ".": "\uff0e"})


def _group(whole: str, sep: str) -> str:
    """'1234567' -> '1,234,567': groups of three from the right."""
    head = len(whole) % 3 or 3
    parts = [whole[:head]] + [whole[i : i + 3] for i in range(head, len(whole), 3)]
    return sep.join(parts)


def _exact(value: Number) -> Decimal:
    """A float as the decimal its repr shows (0.1 is "0.1", not 0.1000000000000000055...)."""
    if isinstance(value, Decimal):
        return value
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


def value_of(value: Number) -> float:
    """The float a reader should produce for a number written by `digits`."""
    return float(format(_exact(value), "f"))


# --- digits with a scale word ------------------------------------------------


@cache
def scale_words(lang: str) -> tuple[tuple[str, float], ...]:
    """(word, factor) of the scale words written after digits with a space.

    Read from factcheck/lexicon/scales.yaml. Left out: `tight` rows ("4bn",
    "$3.5m"), which need other spelling rules, and the hundreds row, because
    "2,5 hundert" is not how any of the four languages writes a figure. In en
    and nl the plural forms ("billions", "miljoenen") are vague amounts, not
    written after a figure; German uses its plural after any number but one
    (`_german_number_form` picks it), so only its singulars are listed.
    """
    found: list[tuple[str, float]] = []
    for row in load_table("scales"):
        factor = float(row["value"])
        if row.get("tight") or factor < 1e3:
            continue
        forms = [str(w) for w in row.get(lang) or []]
        for word in forms:
            if _plural_of(word, forms, PLURAL_ENDINGS.get(lang, ())):
                continue
            found.append((word, factor))
    return tuple(found)


def _plural_of(word: str, forms: list[str], endings: tuple[str, ...]) -> str | None:
    """The singular `word` is a plural of, if the same row lists it."""
    for form in forms:
        for ending in endings:
            if form != word and form + ending == word:
                return form
    return None


def _german_number_form(word: str, mantissa: float) -> str:
    """'eine Million', '2,5 Millionen': German scale nouns agree with the number.

    Feminine nouns take -(e)n after any number but exactly one; Tausend and the
    abbreviations ("Mio.", "Mrd.") do not change.
    """
    forms = next(
        (
            [str(w) for w in row.get("de") or []]
            for row in load_table("scales")
            if word in (row.get("de") or [])
        ),
        [word],
    )
    singular = _plural_of(word, forms, ("n", "en")) or word
    plural = next((f for f in forms if f in (singular + "n", singular + "en")), None)
    if plural is None:
        return word
    return singular if mantissa == 1 else plural


def with_scale(
    mantissa: Number, lang: str, word: str | None = None, style: str = "grouped"
) -> tuple[str, float]:
    """(text, expected value) for digits followed by a scale word.

    en "2.5 billion", de "2,5 Milliarden", nl "2,5 miljard", zh "2.5亿" / "25万"
    (Chinese writes the scale character straight after the digits). Without
    `word` one is picked from the table, deterministically from the mantissa,
    so the helper is usable without hypothesis too.
    """
    words = scale_words(lang)
    if not words:
        raise ValueError(f"no scale words for {lang!r} in the lexicon")
    if word is None:
        word = words[int(value_of(mantissa) * 1000) % len(words)][0]
    factor = dict(words)[word]
    if lang == "de":
        word = _german_number_form(word, value_of(mantissa))
    gap = "" if lang == "zh" else " "
    text = f"{digits(mantissa, lang, style)}{gap}{word}"
    return text, float(_exact(mantissa) * Decimal(factor))


# --- number words -----------------------------------------------------------

MAX_WORDS = 999_999_999


def _table(words: str) -> tuple[str, ...]:
    """A word list written as one string, index = value ("_" fills unused slots)."""
    return tuple(words.split())


EN_ONES = _table(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
)
EN_TENS = _table("_ _ twenty thirty forty fifty sixty seventy eighty ninety")
DE_ONES = _table(
    "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn "
    "vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn"
)
DE_TENS = _table("_ _ zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig")
NL_ONES = _table(
    "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien "
    "veertien vijftien zestien zeventien achttien negentien"
)
NL_TENS = _table("_ _ twintig dertig veertig vijftig zestig zeventig tachtig negentig")
ZH_DIGITS = "零一二三四五六七八九"


def in_words(n: int, lang: str, *, variant: bool = False) -> str:
    """The integer `n` (0..999,999,999) spelled out as a news text would.

    en: "two hundred and six thousand one hundred and eleven" (British "and";
        `variant` drops it, the American form).
    de: one compound word below a million, "zweihundertsechstausendeinhundertelf";
        millions as separate words, "zwei Millionen dreihundert..."; a final one
        is "eins" ("hunderteins"); `variant` drops the leading "ein" of
        "einhundert"/"eintausend".
    nl: "tweehonderdzesduizend...", "twee miljoen ...", "ën" after a vowel e
        ("tweeëntwintig"), and "één" alone (a bare "een" is the article);
        `variant` puts the space after "duizend" the spelling rules ask for
        ("tweeduizend vijfhonderd").
    zh: "二十万六千一百一十一", 零 for gaps ("一千零五"), 十五 but 一百一十五;
        `variant` writes 两 for a leading two before 百/千/万/亿 ("两千").
    """
    if not 0 <= n <= MAX_WORDS:
        raise ValueError(f"in_words() covers 0..{MAX_WORDS}, not {n}")
    writer = {"en": _en_words, "de": _de_words, "nl": _nl_words, "zh": _zh_words}[lang]
    return writer(n, variant)


def _en_words(n: int, american: bool) -> str:
    if n == 0:
        return EN_ONES[0]
    millions, thousands, rest = n // 1_000_000, n // 1000 % 1000, n % 1000
    parts: list[str] = []
    if millions:
        parts.append(f"{_en_below_1000(millions, american)} million")
    if thousands:
        parts.append(f"{_en_below_1000(thousands, american)} thousand")
    if rest:
        below = _en_below_1000(rest, american)
        parts.append(f"and {below}" if parts and rest < 100 and not american else below)
    return " ".join(parts)


def _en_below_1000(n: int, american: bool) -> str:
    hundreds, rest = divmod(n, 100)
    words = [f"{EN_ONES[hundreds]} hundred"] if hundreds else []
    if rest:
        if words and not american:
            words.append("and")
        words.append(_en_below_100(rest))
    return " ".join(words)


def _en_below_100(n: int) -> str:
    if n < 20:
        return EN_ONES[n]
    tens, ones = divmod(n, 10)
    return EN_TENS[tens] + (f"-{EN_ONES[ones]}" if ones else "")


def _de_words(n: int, bare_hundred: bool) -> str:
    if n == 0:
        return DE_ONES[0]
    millions, rest = divmod(n, 1_000_000)
    parts: list[str] = []
    if millions == 1:
        parts.append("eine Million")
    elif millions:
        parts.append(f"{_de_compound(millions, bare_hundred)} Millionen")
    if rest:
        parts.append(_de_compound(rest, bare_hundred))
    return " ".join(parts)


def _de_compound(n: int, bare_hundred: bool) -> str:
    """1..999,999 as one word; a final one is "eins", a one before a scale "ein"."""
    thousands, rest = divmod(n, 1000)
    word = ""
    if thousands:
        word = _de_below_1000(thousands, bare_hundred, final=False) + "tausend"
        if thousands == 1:
            word = "tausend" if bare_hundred else "eintausend"
    return word + (_de_below_1000(rest, bare_hundred, final=True) if rest else "")


def _de_below_1000(n: int, bare_hundred: bool, final: bool) -> str:
    hundreds, rest = divmod(n, 100)
    word = ""
    if hundreds == 1:
        word = "hundert" if bare_hundred else "einhundert"
    elif hundreds:
        word = DE_ONES[hundreds] + "hundert"
    if rest == 1:
        return word + ("eins" if final else "ein")
    if rest < 20:
        return word + (DE_ONES[rest] if rest else "")
    tens, ones = divmod(rest, 10)
    if ones == 0:
        return word + DE_TENS[tens]
    one = "ein" if ones == 1 else DE_ONES[ones]
    return word + f"{one}und{DE_TENS[tens]}"


def _nl_words(n: int, space_after_thousand: bool) -> str:
    if n == 0:
        return NL_ONES[0]
    if n == 1:
        return "één"
    millions, rest = divmod(n, 1_000_000)
    parts: list[str] = []
    if millions:
        parts.append(f"{_nl_compound(millions, space_after_thousand)} miljoen")
    if rest:
        parts.append("één" if rest == 1 else _nl_compound(rest, space_after_thousand))
    return " ".join(parts)


def _nl_compound(n: int, space_after_thousand: bool) -> str:
    thousands, rest = divmod(n, 1000)
    head = ""
    if thousands:
        head = ("" if thousands == 1 else _nl_below_1000(thousands)) + "duizend"
    tail = _nl_below_1000(rest) if rest else ""
    if head and tail and space_after_thousand:
        return f"{head} {'één' if rest == 1 else tail}"  # a lone "een" would be the article
    return head + tail


def _nl_below_1000(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    word = ("" if hundreds == 1 else NL_ONES[hundreds]) + "honderd" if hundreds else ""
    if rest < 20:
        return word + (NL_ONES[rest] if rest else "")
    tens, ones = divmod(rest, 10)
    if ones == 0:
        return word + NL_TENS[tens]
    unit = NL_ONES[ones]
    joiner = "ën" if unit.endswith("e") else "en"
    return word + unit + joiner + NL_TENS[tens]


def _zh_words(n: int, liang: bool) -> str:
    """Sections of four digits joined by 亿 and 万, with one 零 for each gap."""
    if n == 0:
        return ZH_DIGITS[0]
    sections = ((n // 10**8, "亿"), (n // 10**4 % 10**4, "万"), (n % 10**4, ""))
    out = ""
    for value, unit in sections:
        if value == 0:
            continue
        leading = not out
        if out and (value < 1000 or _zh_gap_before(n, unit)):
            out += "零"
        out += _zh_section(value, leading, liang and leading) + unit
    return out


def _zh_gap_before(n: int, unit: str) -> bool:
    """A whole empty section between two written ones also needs a 零 (一亿零五)."""
    return unit == "" and n // 10**4 % 10**4 == 0 and n >= 10**8


def _zh_section(n: int, leading: bool, liang: bool) -> str:
    """1..9999: 一千零五, 一百一十五, and 十五 only at the very start of the number."""
    out = ""
    pending_zero = False
    for power, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // power % 10
        if digit == 0:
            pending_zero = bool(out)
            continue
        if pending_zero:
            out += "零"
            pending_zero = False
        if unit == "十" and digit == 1 and leading and not out:
            out += "十"
            continue
        char = ZH_DIGITS[digit]
        if digit == 2 and liang and not out and unit in ("百", "千"):
            char = "两"
        out += char + unit
    if liang and n == 2:
        return "两"
    return out
