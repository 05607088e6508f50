"""Runs of Chinese numeral characters: where a run ends, which characters are units
that start with a numeral (千米, 两), and which runs are idioms (一心一意), not numbers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from factcheck.extraction.digits import (
    HAN_BIG_UNITS,
    HAN_CHARS,
    HAN_DIGITS,
    HAN_SMALL_UNITS,
    parse_hanzi,
)
from factcheck.extraction.numeral import (
    MAX_HAN_RUN,
)
from factcheck.extraction.patterns import trie_pattern
from factcheck.lexicon import load_table

if TYPE_CHECKING:
    from factcheck.extraction.units import UnitWords

_HAN_UNIT = rf"(?:[{HAN_CHARS}]|[点點][ \t]*(?=[{''.join(HAN_DIGITS)}]))"


HAN_RUN = re.compile(rf"{_HAN_UNIT}(?:[ \t]*{_HAN_UNIT}){{0,{MAX_HAN_RUN - 1}}}")


HAN_TIGHT_RUN = re.compile(
    rf"(?:[{HAN_CHARS}]|[点點](?=[{''.join(HAN_DIGITS)}])){{1,{MAX_HAN_RUN}}}"
)


HAN_FRACTION = re.compile(
    rf"[ \t]*分[ \t]*之[ \t]*(?P<neg>[负負][ \t]*)?"
    rf"(?:(?P<han>[{HAN_CHARS}点點]+)|(?P<dig>\d+(?:\.\d+)?))"
)


HAN_PERCENT = re.compile(r"(?P<den>[百佰千仟万萬]+)[ \t]*分[ \t]*之[ \t]*")


HAN_AND = re.compile(r"[ \t]*又[ \t]*")


HAN_SEVERAL = re.compile(r"[几幾]")


def counted_financial(text: str, pos: int) -> bool:
    """負壹, 壹又二分之一, 叁分之一: a lone financial numeral that is a number."""
    if text[pos] not in HAN_FINANCIAL:
        return False
    after = pos + 1
    signed = text[pos - 1 : pos] in ("负", "負")
    return signed or bool(HAN_AND.match(text, after) or HAN_FRACTION.match(text, after))


def han_run(
    text: str, pos: int, idioms: bool = True, financial: bool = False
) -> tuple[float, int] | None:
    """The longest Chinese numeral at `pos`, spaces allowed ("一百 五 十 二").

    A lone financial numeral (壹, 伍, 陆) is a name or a word unless `financial`
    says the context is a number ("仟分之贰").
    """
    if idioms and text[pos - 1 : pos] != "第" and han_idiom(text, pos, pos + 1):
        return None
    for pattern in (HAN_RUN, HAN_TIGHT_RUN):
        run = pattern.match(text, pos)
        if run is None:
            continue
        if han_unit_at(text, run.end()):  # over-long: no numeral
            return None
        surface = text[pos : _run_end(text, pos, run.end())].rstrip()
        for candidate in _han_candidates(surface):
            compact = candidate.replace(" ", "").replace("\t", "")
            if not compact or all(ch in HAN_BIG_UNITS for ch in compact):
                return None
            if compact in HAN_FINANCIAL and not financial:
                return None
            value = parse_hanzi(compact)
            if value is not None:
                return value, pos + len(candidate)
    return None


def _han_candidates(surface: str) -> Iterator[str]:
    """The run, the run before a decimal point, then the longest part that ends in a
    unit character ("百分之七十百分位": 七十, not the invalid 七十百)."""
    yield surface
    yield re.split("[点點]", surface)[0].rstrip()
    for end in range(len(surface) - 1, 0, -1):
        if surface[end - 1] in HAN_SMALL_UNITS or surface[end - 1] in HAN_BIG_UNITS:
            yield surface[:end]
            return


def _run_end(text: str, pos: int, end: int) -> int:
    """Where a Chinese numeral ends: before a unit word that starts inside the run
    and reaches past it ("六千字节" is 6 kilobytes, "五十兆字节" 50 megabytes), and
    before a final 两 after another numeral character (two is written 二 at the end,
    so "三十两" is 30 liang)."""
    openers = zh_unit_openers()
    for at in range(pos + 1, end):
        if text[at] in openers:
            unit = _zh_units().after.match(text, at)
            if unit is not None and unit.end() > end:
                return at
    last = text[pos:end].rstrip()
    if len(last) > 1 and last[-1] in "两兩" and last[-2] in HAN_CHARS:
        return pos + len(last) - 1
    return end


@cache
def _zh_units() -> UnitWords:
    """The Chinese unit words (imported late: `units` builds on `grammar` too)."""
    from factcheck.extraction.units import unit_words

    return unit_words("zh")


@cache
def zh_unit_openers() -> frozenset[str]:
    """Numeral characters that also open a Chinese unit word (千米, 兆字节, 两)."""
    return frozenset(w[0] for w in _zh_units().lookup if w and w[0] in HAN_CHARS)


def han_unit_at(text: str, pos: int) -> bool:
    """Does a Chinese numeral character (or a decimal point before one) stand at `pos`?"""
    return HAN_TIGHT_RUN.match(text, pos, pos + 2) is not None


def han_idiom(text: str, start: int, end: int) -> bool:
    """一些, 一起, 唯一, 十分 ...: words written with numerals that are not numbers."""
    lo = max(0, start - 3)
    return _idiom_over(text[lo : end + 3], start - lo, end - lo)


@lru_cache(maxsize=8192)
def _idiom_over(window: str, start: int, end: int) -> bool:
    """Whether an idiom of `window` (found from its start) overlaps [start, end): the
    same few characters around a numeral come again and again, each window is read
    once (the idioms are plain strings: the window alone decides)."""
    return any(m.start() < end and start < m.end() for m in _ZH_IDIOMS.finditer(window))


HAN_FINANCIAL = frozenset("壹贰貳叁參叄肆伍陆陸柒捌玖拾佰仟")


def _load_idioms() -> re.Pattern[str]:
    """The idioms as one trie: the longest at each position, as an alternation of them,
    longest first, finds it, at one step per character instead of one per idiom."""
    rows = load_table("number_words").get("zh_not_numbers") or []
    return re.compile(trie_pattern(rows) if rows else "(?!)")


_ZH_IDIOMS = _load_idioms()
