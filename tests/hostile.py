"""Hostile inputs of a given size, shared by the adversarial tests and benchmark.

Each generator returns about `size` characters built to provoke one kind of
super-linear behaviour: long runs the grammar could keep extending (digits and
separators, scale words, number words, connectors), nesting (brackets, markup)
and Unicode that changes width or direction (combining marks, bidi controls,
full-width forms). `ordinary` is real prose of the same language and size,
the yardstick the hostile inputs are compared with.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED_BY_LANG = {
    "en": None,  # there is no English seed: ENGLISH below reads like one
    "de": "003_9f6b652eb6ae4b4e.txt",
    "nl": "000_0a7c5cf6c14c2c78.txt",
    "zh": "002_d98eff3b39b329fb.txt",
}
ENGLISH = (
    "Microsoft is building its own clusters of AI chips as it tries to depend less on "
    "OpenAI, people familiar with the plans said on Tuesday. The company bought about "
    "485,000 Nvidia GPUs last year, more than any of its rivals, and intends to spend "
    "$80 billion on data centers in the current fiscal year.\n\n"
    "The head of the AI division told staff that the next models would be trained on "
    "hardware the company designs itself. Engineers have been moved from other teams, "
    "and the first of the new clusters is expected to come online before the end of the "
    "year. Analysts said the shift would take time: the custom chips are still being "
    "tested, and the software that runs on them has to be rewritten for each new "
    "generation of hardware.\n\n"
    "Shares of the company rose 2% in early trading. Investors have been watching how "
    "much the large cloud providers spend on equipment, and whether the spending will "
    "pay off in revenue. Microsoft reported that its cloud business grew 39% in the "
    "second quarter, while costs rose faster than expected. The company declined to "
    "comment on the details of its plans, saying only that it would keep working "
    "closely with its partners.\n\n"
)
SCALE_WORDS = {
    "en": ["million", "billion", "trillion", "thousand", "hundred"],
    "de": ["Millionen", "Milliarden", "Billionen", "Tausend", "Mio.", "Mrd."],
    "nl": ["miljoen", "miljard", "biljoen", "duizend", "mln", "mld"],
    "zh": ["万", "亿", "千", "百", "万亿", "兆"],
}
NUMBER_WORDS = {
    "en": ["one", "twenty", "hundred", "and", "thousand", "five", "million", "-"],
    "de": ["ein", "zwanzig", "hundert", "und", "tausend", "fünf", "Million", "-"],
    "nl": ["een", "twintig", "honderd", "en", "duizend", "vijf", "miljoen", "-"],
    "zh": ["一", "二十", "百", "零", "千", "五", "万", "两"],
}
CONNECTORS = {
    "en": [" to ", "-", " and ", " or ", "–"],
    "de": [" bis ", "-", " und ", " oder ", "–"],
    "nl": [" tot ", "-", " en ", " of ", "–"],
    "zh": ["到", "至", "-", "和", "或"],
}
HEDGES = {
    "en": ["about ", "more than ", "up to ", "nearly ", "at least "],
    "de": ["rund ", "mehr als ", "bis zu ", "fast ", "über "],
    "nl": ["zo'n ", "meer dan ", "tot ", "bijna ", "ruim "],
    "zh": ["约", "超过", "不到", "近", "逾"],
}
SEPARATORS = [",", ".", " ", "'", "\u00a0", "\u2009", "\u202f", "/", "-", ":", "%", "e", "E"]
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
BIDI += ["\u200e", "\u200f", "\u061c"]


def ordinary(lang: str, size: int) -> str:
    """Real news prose in `lang`, repeated to `size` characters."""
    name = SEED_BY_LANG[lang]
    base = ENGLISH if name is None else (ROOT / "seeds" / name).read_text(encoding="utf-8")
    return (base * (size // len(base) + 1))[:size]


@cache
def number_dense(lang: str, size: int) -> str:
    """The peer-case sentences of `lang`, one per line, repeated to `size` characters."""
    lines = []
    for path in sorted((ROOT / "tests" / "data" / "peer-cases").glob("**/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and (case := json.loads(line))["lang"] == lang:
                lines.append(case["input"])
    base = "\n".join(lines) + "\n"
    return (base * (size // len(base) + 1))[:size]


def _fill(size: int, piece: Callable[[random.Random], str], seed: str) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    length = 0
    while length < size:
        part = piece(rng)
        parts.append(part)
        length += len(part)
    return "".join(parts)[:size]


def digits_and_separators(lang: str, size: int) -> str:
    """One endless "number": digit runs joined by every separator the grammar knows."""
    return _fill(
        size,
        lambda rng: str(rng.randrange(1000)) + rng.choice(SEPARATORS),
        f"digits-{lang}",
    )


def grouped_digits(lang: str, size: int) -> str:
    """1,000,000,000,... with no end: a thousands grouping that never stops."""
    return ("1" + ",000" * size)[:size]


def scale_word_runs(lang: str, size: int) -> str:
    """ "5 million billion trillion thousand ..." without a break."""
    space = "" if lang == "zh" else " "
    words = SCALE_WORDS[lang]
    run = _fill(size, lambda rng: rng.choice(words) + space, f"scale-{lang}")
    return ("5" + space + run)[:size]


def number_word_runs(lang: str, size: int) -> str:
    """Number words chained forever ("one hundred and twenty thousand five million ...")."""
    space = "" if lang == "zh" else " "
    words = NUMBER_WORDS[lang]
    return _fill(size, lambda rng: rng.choice(words) + space, f"words-{lang}")


def connector_runs(lang: str, size: int) -> str:
    """ "5 to 6 to 7 to ...": a range that could be extended without end."""
    links = CONNECTORS[lang]
    return _fill(size, lambda rng: str(rng.randrange(100)) + rng.choice(links), f"range-{lang}")


def hedge_runs(lang: str, size: int) -> str:
    """ "about more than up to nearly 5 ...": hedges and bounds piled before numbers."""
    hedges = HEDGES[lang]
    return _fill(
        size,
        lambda rng: rng.choice(hedges) * rng.randrange(1, 20) + str(rng.randrange(1000)) + " ",
        f"hedge-{lang}",
    )


def nested_brackets(lang: str, size: int) -> str:
    """(((([[[[{{{{5}}}}]]]]))))) nested as deep as the size allows, and never closed."""
    opened = "([{<" * (size // 16) + "5" + ")]}>" * (size // 32)
    return (opened + "(" * size)[:size]


def combining_marks(lang: str, size: int) -> str:
    """Digits and letters buried under combining accents (Zalgo text)."""
    marks = [chr(c) for c in range(0x0300, 0x036F)]
    return _fill(
        size,
        lambda rng: rng.choice("5a0,.b9 ") + "".join(rng.choices(marks, k=rng.randrange(1, 12))),
        f"marks-{lang}",
    )


def bidi_controls(lang: str, size: int) -> str:
    """Ordinary text with bidi controls and marks between every character."""
    text = ordinary(lang, size // 2)
    rng = random.Random(f"bidi-{lang}")
    return "".join(char + rng.choice(BIDI) for char in text)[:size]


def full_width(lang: str, size: int) -> str:
    """Ordinary text with every ASCII character in its full-width form."""
    text = ordinary(lang, size)
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def full_width_digits(lang: str, size: int) -> str:
    """Full-width digits and separators without a break (１，０００，０００．５％...)."""
    return full_width(lang, 0) + _fill(
        size,
        lambda rng: chr(0xFF10 + rng.randrange(10)) * rng.randrange(1, 5) + rng.choice("，．　％"),
        f"fw-{lang}",
    )


HOSTILE: dict[str, Callable[[str, int], str]] = {
    "digits and separators": digits_and_separators,
    "grouped digits": grouped_digits,
    "scale word runs": scale_word_runs,
    "number word runs": number_word_runs,
    "connector runs": connector_runs,
    "hedge runs": hedge_runs,
    "nested brackets": nested_brackets,
    "combining marks": combining_marks,
    "bidi controls": bidi_controls,
    "full-width text": full_width,
    "full-width digits": full_width_digits,
}
