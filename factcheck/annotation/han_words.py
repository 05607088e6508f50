"""Word boundaries in Chinese text, for names short enough to stand inside other words.

Chinese writes no spaces, so a two-character name can be the middle of another word:
民阵 (the Civil Human Rights Front) inside 人民阵线 ("popular front"), 小米 (Xiaomi)
inside 小米粥 (millet porridge). jieba, the standard Chinese word segmenter, tells the
words apart; the entity table's own names are added to its dictionary first, so 谷歌
is one word and not 谷 and 歌. Only the few characters around a short name are
segmented, and jieba is imported on the first such name only (start-up time).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from factcheck.lexicon import load_table

SHORT = 2  # names of at most this many characters may stand inside other words
WINDOW = 8  # characters segmented on each side of a name
HAN = re.compile(r"[\u4e00-\u9fff]")
HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")
NAME_DOTS = frozenset("·・•‧")  # between a foreign person's names: 埃马纽埃尔·马克龙


@cache
def _segmenter(names: frozenset[str]) -> Any:
    import jieba  # lazy: only Chinese text with a short name pays for its dictionary

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    for name in sorted(names):
        tokenizer.add_word(name, freq=100_000)
    return tokenizer


def chinese_names(names: Iterable[str]) -> frozenset[str]:
    """The names written in Chinese characters only: the words added to jieba's
    dictionary."""
    return frozenset(name for name in names if HAN_WORD.fullmatch(name))


def stands_alone(text: str, start: int, end: int, names: Iterable[str]) -> bool:
    """Whether text[start:end] begins or ends a word, rather than standing inside one
    (民阵 in 人|民阵|线) or across two; "微软公司" is one word that 微软 begins, but a
    word that adds only a place's ending to it is a place of its own (阿里 in 阿里山,
    the Alishan mountains: `toponym_endings`). The names (the entity table's Chinese
    names) are words of the dictionary."""
    if end - start > SHORT:
        return True
    lo, hi = max(0, start - WINDOW), min(len(text), end + WINDOW)
    bounds = {lo}
    at = lo
    for word in _segmenter(frozenset(names)).cut(text[lo:hi], HMM=False):
        if at == start and len(word) == end - start + 1 and word[-1] in _toponym_endings():
            return False
        at += len(word)
        bounds.add(at)
    return start in bounds or end in bounds


@cache
def unlisted_toponyms() -> re.Pattern[str]:
    """Two to four Chinese characters and a place's ending before a verb of being or
    having, a possessive or 人口 ("博哥市人口", "宿霧省是"): a place's name, whether the
    entity table lists it or not."""
    endings = "".join(sorted(e for e in _toponym_endings() if len(e) == 1))
    return re.compile(rf"[\u4e00-\u9fff]{{2,4}}[{endings}](?=[是有的人，,])")


@cache
def _toponym_endings() -> frozenset[str]:
    return frozenset(load_table("subjects")["toponym_endings"]["zh"])


def in_a_foreign_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands inside, not as the whole of, a part of a foreign
    person's name written with a name dot: 纽埃 (Niue) in 埃马纽埃尔·马克龙 (Emmanuel
    Macron). A place that is a whole part stays one ("中国·北京")."""
    lo, hi = start, end
    while lo > 0 and HAN.match(text, lo - 1):
        lo -= 1
    while hi < len(text) and HAN.match(text, hi):
        hi += 1
    before = text[lo - 1] if lo > 0 else ""
    after = text[hi] if hi < len(text) else ""
    dotted = before in NAME_DOTS or after in NAME_DOTS
    return dotted and (lo, hi) != (start, end)


def a_name_here(text: str, start: int, end: int, place: bool, names: Iterable[str]) -> bool:
    """Whether a Chinese name matched at text[start:end] is the name there: not inside
    a foreign person's name, and (but for a place's: 台湾 in 中国台湾地区) beginning or
    ending a word when it is short."""
    if in_a_foreign_name(text, start, end):
        return False
    return place or stands_alone(text, start, end, names)
