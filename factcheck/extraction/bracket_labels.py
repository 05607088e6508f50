"""Figures labelled with their own time in brackets: "Umsatz 39 bis 40 Mrd. Euro
(Vorjahr: 41 Mrd. Euro)", "a margin of 14.1% (2023: 18%)", "营收400亿欧元（2023年：405亿欧元）".
German and Dutch business news write a base this way. The label's time is the
bracketed figure's alone: the figures outside the bracket keep their sentence's time,
and a year written in the label dates nothing else."""

from __future__ import annotations

import re
from typing import NamedTuple

from factcheck.extraction.base_years import FOUR_DIGITS
from factcheck.extraction.relative_time import names_time

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


def blanked(text: str, brackets: list[LabelledBracket]) -> str:
    """The text with its labelled brackets blanked out, offsets kept: what dates the
    figures outside them."""
    if not brackets:
        return text
    parts, at = [], 0
    for bracket in brackets:
        parts += [text[at : bracket.start], " " * (bracket.end - bracket.start)]
        at = bracket.end
    return "".join([*parts, text[at:]])


def bracket_of(brackets: list[LabelledBracket], start: int, end: int) -> LabelledBracket | None:
    """The labelled bracket a figure stands in after its label, if any."""
    for bracket in brackets:
        if bracket.label[1] < start and end <= bracket.end:
            return bracket
        if bracket.start > start:
            break
    return None
