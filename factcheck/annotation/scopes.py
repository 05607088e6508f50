"""The place a company's figure is scoped to: "verkocht Tesla in 2023 19.428 auto's in
Nederland" is Tesla's Dutch figure, not its worldwide total, and is compared only with
other Dutch figures of Tesla. The place stands in the figure's clause, opens the
sentence ("In China, Porsche delivered …", "在中国市场,保时捷…"), qualifies a market
("China sales", "中国市场销量承压(293万辆,下降9.3%)": the phrase a bracket hangs from),
or scopes the clause before whose figure this one changes ("在華銷量為5.7萬輛,同比下降
28%").
A word for the whole world in the figure's clause ("global", "weltweit", "全球")
scopes it to no place; a word for a part of the business ("overseas", "海外", "乘用车")
to that part."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from factcheck.annotation.entities import Mention
from factcheck.extraction.patterns import NEVER, alternation
from factcheck.lexicon import by_language, load_table

BRACKETS = ("(", "（")
HEAD_ENDS = (",", "，", ";", "；", ":", "：")  # where the phrase a bracket hangs from begins


@dataclass(frozen=True, slots=True)
class ScopeWords:
    """One language's words for scopes: what opens a sentence before its place, the
    words for the whole world, the nouns of a market a place qualifies, the parts of a
    business and the word for a place named before."""

    fronted: re.Pattern[str]
    worldwide: re.Pattern[str]
    market: re.Pattern[str]  # after a place: "China sales", "中国市场", "China-Absatz"
    parts: tuple[tuple[str, re.Pattern[str]], ...]  # "overseas sales", "乘用车": a part
    there: re.Pattern[str]  # "De omzet daar liep terug": the place named before


@cache
def scope_words(lang: str) -> ScopeWords:
    table = load_table("subjects")
    han = lang == "zh"
    opening = by_language(table["place_fronted_before"], lang)
    whole = by_language(table["worldwide"], lang)
    fronted = (
        re.compile(rf"\s*(?:{alternation(opening, word_edges=not han)})\s*(?:the\s+)?", re.I)
        if opening
        else NEVER
    )
    worldwide = re.compile(alternation(whole, word_edges=not han), re.I) if whole else NEVER
    nouns = by_language(table["market_nouns"], lang)
    market = (
        re.compile(rf"[ \t-]?(?:{alternation(nouns, word_edges=not han)})", re.I)
        if nouns
        else NEVER
    )
    parts = tuple(
        (row["id"], re.compile(alternation(named, word_edges=not han), re.I))
        for row in table["market_parts"]
        if (named := by_language(row, lang))
    )
    there = by_language(table["place_there"], lang)
    pointer = re.compile(alternation(there, word_edges=not han)) if there else NEVER
    return ScopeWords(fronted, worldwide, market, parts, pointer)


@dataclass(frozen=True, slots=True)
class Scoped:
    """The last claim given a place: its sentence, the measure it is of, the place."""

    sentence: tuple[int, int]
    measure: str
    place: str


def _gap(span: tuple[int, int], figure: tuple[int, int]) -> int:
    """How many characters lie between a span and the figure."""
    return max(0, span[0] - figure[1], figure[0] - span[1])


def _in(mention: Mention, part: tuple[str, re.Match[str]] | None) -> bool:
    """Whether the mention is a word of the part: "outside China" names no China."""
    return part is not None and part[1].start() <= mention.start and mention.end <= part[1].end()


class ScopeReader:
    """The places one document's claims are scoped to, read in text order."""

    def __init__(self, text: str, lang: str) -> None:
        self.text = text
        self.words = scope_words(lang)
        self._last: Scoped | None = None

    def scope_of(
        self,
        figure: tuple[int, int],
        sentence: tuple[int, int],
        clause: tuple[int, int],
        mentions: Sequence[Mention],
        before: Sequence[Mention],
        home: set[str | None],
        measure: str,
    ) -> str | None:
        """The place of the figure's clause nearest to it, of the sentence's opening,
        of the sentence `before` where the clause points there ("De omzet daar liep
        terug met 16 procent"; `place_there`), or of the clause before whose figure of
        the same measure this one goes on from; None for the subject's own country
        ("die AfD kam in Deutschland auf 20,8 %"), an adjective ("BYD's lead over its
        American rival"), or the whole world nearer the figure than any place (a part
        of the business is still that part: "wereldwijd … NEV-personenauto's"; "Sales
        in North America fell 16 percent even as they rose worldwide" are America's)."""
        lo, hi = clause
        last, self._last = self._last, None
        part = self._part_of(lo, hi)
        inside = [m for m in mentions if lo <= m.start and m.end <= hi and not _in(m, part)]
        scoping = [m for m in inside if self._scopes(m)]
        place = min(scoping, key=lambda m: _gap((m.start, m.end), figure), default=None)
        whole = self.words.worldwide.search(self.text, lo, hi)
        if whole and (
            place is None or _gap(whole.span(), figure) < _gap((place.start, place.end), figure)
        ):
            return part[0] if part else None  # "wereldwijd 2.134.954 NEV-personenauto's"
        if place is None and self.words.there.search(self.text, lo, hi):
            place = next((m for m in reversed(before) if self._names_place(m)), None)
        if place is None and self.text[lo - 1 : lo] in BRACKETS:
            head = max(self.text.rfind(mark, sentence[0], lo) for mark in HEAD_ENDS) + 1
            hung = [m for m in mentions if head <= m.start and m.end < lo]
            place = next((m for m in hung if self._scopes(m)), None)  # "中国市场销量(293万辆"
        if place is None:
            place = next((m for m in mentions if self._opens(sentence, m)), None)
        if place is not None:
            found = None if place.entity in home else place.entity
        elif part is not None:
            found = part[0]
        elif last is not None and last.sentence == sentence and last.measure == measure:
            found = None if inside else last.place
        else:
            found = None
        if found is not None:
            self._last = Scoped(sentence, measure, found)
        return found

    def _part_of(self, lo: int, hi: int) -> tuple[str, re.Match[str]] | None:
        """The part of a business the clause names (`market_parts`), with its words."""
        for name, words in self.words.parts:
            if found := words.search(self.text, lo, hi):
                return name, found
        return None

    def _scopes(self, mention: Mention) -> bool:
        """A place that is the object of its clause ("sold … in China") or qualifies a
        market or its sales ("China sales", "中国市场", "China-Absatz")."""
        if mention.kind != "place" or mention.adjective:
            return False
        return mention.oblique or self.words.market.match(self.text, mention.end) is not None

    def _names_place(self, mention: Mention) -> bool:
        return mention.kind == "place" and not mention.adjective

    def _opens(self, sentence: tuple[int, int], mention: Mention) -> bool:
        """ "In China, Porsche …", "In China sank der Absatz …": a place the sentence
        opens with, after a preposition."""
        if mention.kind != "place" or mention.adjective:
            return False
        return self.words.fronted.fullmatch(self.text, sentence[0], mention.start) is not None
