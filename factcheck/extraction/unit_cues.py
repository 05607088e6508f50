"""Where the words that decide a unit read two ways stand (`context` in
lexicon/units.yaml): "45 graden draaien" is an angle, "210 kilometer" after "de
topsnelheid" a speed."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from factcheck.lexicon import load_table

if TYPE_CHECKING:
    from factcheck.extraction.scanner import Scan

FIGURE_END = re.compile(r"(?<![A-Za-zÀ-ÿ])\d[\d.,]*")  # a figure's digits, not "SU7"


@cache
def cued_before() -> frozenset[str]:
    """The units of `context` rows whose cues stand before the figure (`before: true`)."""
    return frozenset(r["unit"] for r in load_table("units").get("context") or [] if r.get("before"))


def cue_text(scan: Scan, offset: int, before_only: bool) -> str:
    """Where the words that decide a unit stand: the figure's sentence, with the question
    it answers ("En de topsnelheid? Die ligt op 210 kilometer"); for a unit cued
    `before_only`, only after the figure before it ("续航800公里,最高时速265公里": the top
    speed's words decide nothing of the range's 800)."""
    start, end = _with_question_before(scan, offset)
    if not before_only:
        return scan.work[start:end]
    before = scan.work[start:offset]
    figures = [m.end() for m in FIGURE_END.finditer(before)]  # not "SU7", a name's digit
    return before[figures[-1] :] if figures else before


def _with_question_before(scan: Scan, offset: int) -> tuple[int, int]:
    """The sentence of `offset`, with the question just before it that it answers ("En
    de topsnelheid? Die ligt op 210 kilometer")."""
    start, end = scan.sentences.span_of(offset)
    index = scan.sentences.index_of(offset)
    if index > 0:
        before, _ = scan.sentences.spans[index - 1]
        if scan.work[max(before, start - 8) : start].rstrip().endswith(("?", "？")):
            return before, end
    return start, end
