"""From text to claims: one pass of the numeral pattern over the text, and for
each numeral the words around it (range partner, unit, hedge, bound, rank).

The text is scanned once; sentences, dates and page furniture are found with
one regex pass each, and looked up by bisection for every claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from factcheck.extraction.digits import HAN_CHARS, fold_width
from factcheck.extraction.furniture import SpanSet, counter_after, furniture_spans, non_prose_spans
from factcheck.extraction.grammar import Grammar, grammar
from factcheck.extraction.growth import Quantity, grow, resolved_unit
from factcheck.extraction.numeral import OverLong
from factcheck.extraction.reading import read_numeral
from factcheck.extraction.sentences import SentenceIndex, sentence_spans
from factcheck.extraction.timescope import time_scope, time_spans
from factcheck.extraction.units import UnitWords, unit_words
from factcheck.load.language import detect_language
from factcheck.models import Claim, Document

SKIP_TOKEN = re.compile(
    rf"[0-9A-Za-z\u00c0-\u024f\u0370-\u04ff]+(?:[.,][0-9A-Za-z]+)*|[{HAN_CHARS}]+|.", re.DOTALL
)


@dataclass(slots=True)
class Scan:
    """One text being scanned, with everything looked up per claim."""

    text: str
    work: str
    lang: str
    g: Grammar
    units: UnitWords
    sentences: SentenceIndex
    times: SpanSet
    furniture: SpanSet
    scopes: dict[int, str | None] = field(default_factory=dict)

    def is_quantity(self, text: str, end: int) -> bool:
        """A number followed by a unit, a multiplier or a scale word is a figure, not a
        year ("2000 thousand GPUs"; "2024年" is a year: 年 is the year's own word)."""
        unit = resolved_unit(self.units, self.units.after.match(text, end))
        return (unit is not None and unit != "year") or bool(
            self.g.multiplier_after.match(text, end) or self.g.scale_after.match(text, end)
        )

    def scope_of(self, index: int) -> str | None:
        if index not in self.scopes:
            start, end = self.sentences.spans[index]
            self.scopes[index] = time_scope(self.work[start:end], self.lang, self.is_quantity)
        return self.scopes[index]


def extract_text(text: str, lang: str | None = None, file: str | None = None) -> list[Claim]:
    """Every numeric claim of `text`, in text order (language detected if not given)."""
    lang = lang or detect_language(text)
    scan = _prepare(text, lang)
    claims: list[Claim] = []
    pos = 0
    while True:
        match = scan.g.start.search(scan.work, pos)
        if match is None:
            break
        at = match.start()
        if scan.times.covers(at):
            pos = SKIP_TOKEN.match(scan.work, at).end()  # type: ignore[union-attr]
            continue
        try:
            numeral = read_numeral(scan.work, at, scan.g)
        except OverLong as too_long:
            pos = too_long.end
            continue
        quantity = grow(scan, numeral) if numeral is not None else None
        if quantity is None:
            pos = max(at + 1, (SKIP_TOKEN.match(scan.work, at) or match).end())
            continue
        claims.append(_claim(scan, quantity, file))
        pos = quantity.next_pos or quantity.end
    return claims


def extract_document(document: Document) -> list[Claim]:
    """Claims of a loaded document, each carrying the document's path."""
    return extract_text(document.text, document.lang, document.path)


def _prepare(text: str, lang: str) -> Scan:
    work = fold_width(text)
    return Scan(
        text=text,
        work=work,
        lang=lang,
        g=grammar(lang),
        units=unit_words(lang),
        sentences=SentenceIndex(sentence_spans(work, lang)),
        times=SpanSet(time_spans(work, lang) + non_prose_spans(work)),
        furniture=SpanSet(furniture_spans(work)),
    )


# --- growing a numeral into a quantity -------------------------------------


def _claim(scan: Scan, q: Quantity, file: str | None) -> Claim:
    index = scan.sentences.index_of(q.start)
    sentence = scan.sentences.spans[index] if scan.sentences.spans else (q.start, q.end)
    sentence = (sentence[0], max(sentence[1], q.end))  # a claim across a cut long sentence
    boilerplate = scan.furniture.covers(q.start) or bool(counter_after().match(scan.work, q.end))
    value = None if q.is_range else q.low
    return Claim(
        file=file,
        start=q.start,
        end=q.end,
        text=scan.text[q.start : q.end],
        value=value,
        low=q.low,
        high=q.high,
        unit=q.unit or "count",
        scale=q.scale,
        approx=q.approx,
        hedge=q.hedge,
        bound=q.bound,  # type: ignore[arg-type]
        time=scan.scope_of(index) if scan.sentences.spans else None,
        boilerplate=boilerplate,
        lang=scan.lang,
        sentence=sentence,
    )
