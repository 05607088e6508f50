"""Figures labelled with their own time in brackets: "Umsatz 39 bis 40 Mrd. Euro
(Vorjahr: 41 Mrd. Euro)", "a margin of 14.1% (2023: 18%)", "营收400亿欧元（2023年：405亿欧元）".
German and Dutch business news write a base this way. The label's time is the
bracketed figure's alone: the figures outside the bracket keep their sentence's time,
and a year written in the label dates nothing else."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from factcheck.extraction.base_years import FOUR_DIGITS
from factcheck.extraction.patterns import NEVER, alternation
from factcheck.extraction.relative_time import names_time
from factcheck.lexicon import by_language, load_table

NOUN_REACH = 40  # characters before an aside that hold the noun it describes
WORD_BEFORE = re.compile(r"[^\W\d_]+\Z")  # the noun an aside describes
NOT_A_YEAR_DIGIT = re.compile(r"\d")  # any digit left once the years are taken out
LABELLED = re.compile(r"[(（]([^()（）:：\n]{1,30})[:：]([^()（）\n]{1,80})[)）]")


class LabelledBracket(NamedTuple):
    """Where a labelled bracket opens and closes, and its label's span."""

    start: int
    end: int
    label: tuple[int, int]


def labelled_brackets(text: str, lang: str) -> list[LabelledBracket]:
    """The brackets of the text whose label names a time ("Vorjahr", "2023", "Q3")."""
    found = []
    for match in LABELLED.finditer(text):
        label = match.group(1)
        if FOUR_DIGITS.search(label) or names_time(label, lang):
            found.append(LabelledBracket(match.start(), match.end(), match.span(1)))
    return found


def blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with `spans` (labelled brackets, asides; in text order) blanked out,
    offsets kept: what dates the figures outside them."""
    if not spans:
        return text
    parts, at = [], 0
    for start, end in spans:
        if start < at:
            continue
        parts += [text[at:start], " " * (end - start)]
        at = end
    return "".join([*parts, text[at:]])


@cache
def _aside_pattern(lang: str) -> re.Pattern[str]:
    words = by_language(load_table("time").get("relative_asides", {}), lang)
    if not words:
        return NEVER
    return re.compile(rf",[ \t]+(?:{alternation(words)})\b[^,;:()\n。，；.!?]{{1,120}}(?=,)")


def timed_asides(text: str, lang: str) -> list[tuple[int, int]]:
    """The relative clauses between commas that name a time and hold no figure but a
    year ("Novo Nordisk, das im vergangenen Jahr zum wertvollsten Unternehmen Europas
    aufgestiegen war,"): their time dates nothing outside them. One after a period's
    name defines it and is kept ("het lopende boekjaar, dat in maart 2025 eindigt,")."""
    found = []
    for match in _aside_pattern(lang).finditer(text):
        aside = match.group()
        noun = WORD_BEFORE.search(text, max(0, match.start() - NOUN_REACH), match.start())
        if noun and names_time(noun.group(), lang):
            continue  # a period's definition
        if NOT_A_YEAR_DIGIT.search(FOUR_DIGITS.sub("", aside)):
            continue
        if FOUR_DIGITS.search(aside) or names_time(aside, lang):
            found.append(match.span())
    return found


def bracket_of(brackets: list[LabelledBracket], start: int, end: int) -> LabelledBracket | None:
    """The labelled bracket a figure stands in after its label, if any."""
    for bracket in brackets:
        if bracket.label[1] < start and end <= bracket.end:
            return bracket
        if bracket.start > start:
            break
    return None
