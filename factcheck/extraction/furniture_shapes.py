"""Page furniture found by structure rather than words: tickers and widgets, lists
of dated items, line shapes, pagers, list and footnote markers, a number cut off by
the end of the text; and `SpanSet`, the spans looked up by position."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from factcheck.extraction.furniture_lines import (
    _ARROW,
    _BRACKET_REF,
    _CAPTION_COUNTER,
    _CODE,
    _DEGREE,
    _GLUED_TO_FIGURE,
    _GLUED_TO_WORD,
    _HAN,
    _LATIN_WORD,
    _LEAD,
    _LINE,
    _LIST_NUMBER,
    _NOTE,
    _NOTE_IN_ROW,
    _NUMBER,
    _PERCENT,
    _SCORE,
    _SHORT_DATE,
    _SIGNED_DECIMAL,
    _SIGNED_PERCENT,
    _TIMELINE,
    CODE_SIGNS,
    CUE_LINE,
    CUT_CONTEXT,
    ITEM_HAN,
    ITEM_WORDS,
    RELATED_LINE,
    SHORT_LINE,
    TICKER_LINE,
    Span,
    _ago,
    _bare_counters,
    _clause_numbers,
    _clock_only,
    _cues,
    _labelled,
    _Line,
    _pagination_words,
    _picture_count,
    _ticker_names,
    han_count,
)
from factcheck.extraction.patterns import Cued, is_han
from factcheck.extraction.timescope import date_pattern
from factcheck.lexicon import load_table
from factcheck.models import LANGUAGES

# --- tickers, market widgets, score boxes ---------------------------------------------------


def _widget_runs(lines: list[_Line]) -> list[Span]:
    """Runs of short number-dense lines that are no sentences, with signed changes,
    scores or temperatures: tickers, market widgets and score boxes ("DAX 15.432,10
    +0,5 %", "Bayern 3:1 Dortmund", "Berlin 23°" under "Wetter"). A table of the story's
    own figures ("Net sales 6,673 7,237 21,173", "PVV 23,5 % (+12,7 %)") has no such
    signs and stays."""
    spans: list[Span] = []
    run: list[_Widget] = []
    for line in [*lines, None]:
        shape = _widget_shape(line) if line is not None else None
        if shape is not None:
            run.append(shape)
        elif run:
            spans += _flag_widget_run(run)
            run = []
    return spans


class _Widget(NamedTuple):
    """A line that may belong to a widget: its signs (arrows, scores, signed changes of
    a level), temperatures, and whether it names an index or a rate."""

    line: _Line
    signs: int
    degrees: int
    ticker: bool

    @property
    def marked(self) -> bool:
        return bool(self.signs or self.ticker)


def _widget_shape(line: _Line) -> _Widget | None:
    """The widget shape of a line that is no sentence and hardly more words than
    numbers, or of a label ("DAX", "Bundesliga", "Aktien in diesem Artikel")."""
    text = line.text
    if line.prose or len(text) > TICKER_LINE:
        return None
    if not line.digits:  # words are counted first: a line of many needs no Han count
        short = len(text) <= 30 and line.words <= 3 and line.words + line.han / 2 <= 3
        return _Widget(line, 0, 0, False) if short or _widget_label(line) else None
    limit = 2 * line.numbers + 2
    if line.words > limit or line.words + line.han / 2 > limit:
        return None
    if _cues("report_change_cues").search(text):
        return None  # "Q4 Revenue: RMB 109.0 billion (+48.8% YoY)": a key figure
    if len(text) > SHORT_LINE and line.numbers < 4:
        return None
    ticker = bool(_ticker_names().search(text))
    changes = len(_SIGNED_PERCENT.findall(text))
    if ticker:
        changes += len(_SIGNED_DECIMAL.findall(text))
    elif changes and line.numbers <= len(_PERCENT.findall(text)):
        changes = 0  # a share and its change ("PVV 23,5 % (+12,7 %)"), no level
    signs = changes + len(_ARROW.findall(text)) + len(_SCORE.findall(text))
    return _Widget(line, signs, len(_DEGREE.findall(text)), ticker)


def _widget_label(line: _Line) -> bool:
    """A widget's label alone on its line: "Märkte", "Aktien in diesem Artikel", "行情"."""
    text = line.text
    if len(text) > CUE_LINE:
        return False
    cue = _cues("widget_cues").match(text, _LEAD.match(text).end())  # type: ignore[union-attr]
    return cue is not None and len(_LATIN_WORD.findall(text[cue.end() :])) <= 2


def _flag_widget_run(run: list[_Widget]) -> list[Span]:
    """The run's number-dense lines, if two of them have signs or ticker names, one
    has two signs or a ticker name and a sign, or the run stands under a widget label
    ("Märkte", "Wetter", "Tabelle") and has a sign, a temperature or two number-dense
    lines. Temperatures alone ("Berlin 38,2°", "Cottbus 38,9°") may be the story's."""
    marked = sum(1 for shape in run if shape.marked)
    strong = any(shape.signs >= 2 or (shape.ticker and shape.signs) for shape in run)
    dense = sum(1 for shape in run if shape.line.digits and shape.line.dense())
    degrees = any(shape.degrees for shape in run)
    labelled = any(not shape.line.digits and _widget_label(shape.line) for shape in run)
    if marked < 2 and not strong and not (labelled and (marked or degrees or dense >= 2)):
        return []
    return [
        shape.line.span
        for shape in run
        if shape.line.digits and (shape.marked or shape.degrees or shape.line.dense())
    ]


# --- lists of other articles led by dates ---------------------------------------------------


def _dated_runs(lines: list[_Line]) -> list[Span]:
    """Lists of other articles without a heading: consecutive short lines each led (or
    closed) by a date and holding a headline ("12.03.2024 Erdbeben in Japan: 5 Tote",
    "[06-19] 沙特朝觐死亡人数升至550人"), two or more of them, three when they carry clock
    times only ("14:23 ..."); or dates and headlines on alternate lines, where a clock
    time alone is no date (a live blog's entries are the story). A dateline or byline
    ("Updated 17/06/2019") is no item."""
    kinds = [_dated_kind(line) if line.digits else None for line in lines]
    for index, kind in enumerate(kinds):
        if kind == "date":
            for near in (index - 1, index + 1):
                if 0 <= near < len(lines) and not lines[near].digits:
                    kinds[near] = _dated_kind(lines[near])
    spans: list[Span] = []
    index = 0
    while index < len(lines):
        kind = kinds[index]
        end = index + 1
        if kind in ("item", "clock item"):
            while end < len(lines) and kinds[end] in ("item", "clock item"):
                end += 1
            if end - index >= (2 if "item" in kinds[index:end] else 3):
                spans += [line.span for line in lines[index:end]]
            index = end
            continue
        if kind in ("date", "text"):
            while (
                end < len(lines) and kinds[end] in ("date", "text") and kinds[end] != kinds[end - 1]
            ):
                end += 1
            dates = kinds[index:end].count("date")
            if dates >= 2 and end - index - dates >= 2:
                spans += [line.span for line in lines[index:end]]
                index = end
                continue
        index += 1
    return spans


def _dated_kind(line: _Line) -> str | None:
    """ "item" (a date and a headline on one line), "clock item" (a clock time and a
    headline), "date" (a date alone), "text" (a headline-like line without a date)
    or None."""
    text = line.text
    if len(text) > RELATED_LINE or line.statement:
        return None
    if not line.digits:
        return "text" if line.words >= ITEM_WORDS or line.han >= ITEM_HAN else None
    found = sorted(
        [*date_pattern().finditer(text), *_ago().finditer(text), *_SHORT_DATE.finditer(text)],
        key=lambda m: m.start(),
    )
    rest, pos = [], 0
    for match in found:
        rest.append(text[pos : match.start()])
        pos = max(pos, match.end())
    other = " ".join([*rest, text[pos:]])
    words, han = len(_LATIN_WORD.findall(other)), han_count(other)
    headline = words >= ITEM_WORDS or han >= ITEM_HAN
    if not found:
        return "text" if headline else None
    if _cues("byline_cues").search(text):
        return None
    clock = all(_clock_only().match(m.group()) for m in found)
    if headline:
        led = found[0].start() <= _LEAD.match(text).end()  # type: ignore[union-attr]
        if led and _TIMELINE.match(text, found[0].end()):
            return None  # "6. Februar 2023: Beben der Stärke 7,8": the story's timeline
        closed = not text[pos:].strip(" \t|·•-–—)）]】")
        return ("clock item" if clock else "item") if led or closed else None
    return "date" if words <= 1 and han == 0 and not clock else None


# --- shapes of whole lines ------------------------------------------------------------------


def _line_shapes(lines: list[_Line]) -> list[Span]:
    """Lines furniture by their shape: script code, pagers ("1 2 3 … 12 Next"), a
    byline's relative time ("vor 3 Stunden")."""
    spans: list[Span] = []
    ago = _ago()
    for line in lines:
        text = line.text
        if "(" in text and len(_CODE.findall(text)) >= CODE_SIGNS:
            spans.append(line.span)
        elif len(text) <= SHORT_LINE and line.digits and not line.prose:
            if line.numbers >= 3 and _is_pager(text):
                spans.append(line.span)
            else:
                spans += [
                    (line.start + m.start(), line.start + m.end()) for m in ago.finditer(text)
                ]
    return spans


def _is_pager(text: str) -> bool:
    """Page numbers in order, with nothing but pager words: "1 2 3 … 12 Next ›"."""
    if _pagination_words().sub("", re.sub(r"\d+", "", text)):
        return False
    values = [int(n) for n in re.findall(r"\d+", text)]
    steps = [b - a for a, b in pairwise(values)]
    return values[0] <= 2 and all(step > 0 for step in steps) and steps.count(1) >= 2


# --- markers --------------------------------------------------------------------------------


def _markers(text: str) -> list[Span]:
    """Single markers: list numbers opening a line, reference markers, gallery and
    figure labels, counters before their number."""
    latin, _ = _labelled()
    listed, bare, clause, han, _ = _opening_markers()
    patterns: list[re.Pattern[str] | Cued] = [listed, latin, bare, _CAPTION_COUNTER]
    if "[" in text or "［" in text:
        patterns.append(_BRACKET_REF)
    if _HAN.search(text):
        patterns += [han, _picture_count(), clause]
    return [m.span() for pattern in patterns for m in pattern.finditer(text) if m.group().strip()]


@cache
def _opening_markers() -> tuple[Cued, Cued, Cued, re.Pattern[str] | Cued, Cued]:
    """The markers that open a line (list numbers, bare counters, notes) or a Chinese
    clause, looked for only after a line break or a clause's punctuation, and the
    Chinese labels only at their first characters (`Cued`)."""
    return (
        Cued(_LIST_NUMBER, after=r"\n"),
        Cued(_bare_counters(), after=r"\n"),
        Cued(_clause_numbers(), after=r"[\n:：;；。！？!?]"),
        Cued.guarded(_labelled()[1]),
        Cued(_NOTE, after=r"\n"),
    )


# --- footnotes ------------------------------------------------------------------------------


def _notes(text: str) -> set[str]:
    """The numbers of the page's numbered notes ("(1) Installed Base ..."), if any."""
    if ")" not in text and "]" not in text:
        return set()
    return {next(g for g in m.groups() if g) for m in _opening_markers()[4].finditer(text)}


def footnote_marks(text: str) -> list[Span]:
    """Note numbers glued to a word or a figure on a page with numbered notes
    ("€9.2 billion2", "2,6022" for 2,602 and note 2). The reader would take them for
    digits of the number, so they are blanked before reading (`mask_footnotes`)."""
    notes = _notes(text)
    return _glued(text, notes) if notes else []


def _glued(text: str, notes: set[str]) -> list[Span]:
    marks = [m.span() for m in _GLUED_TO_WORD.finditer(text) if m.group() in notes]
    for line in _LINE.finditer(text):
        row = line.group()
        if len(_NUMBER.findall(row)) >= 3:
            marks += [
                (line.start() + m.start(1), line.start() + m.end(1))
                for m in _GLUED_TO_FIGURE.finditer(row)
                if m.group(1) in notes
            ]
    return marks


def mask_footnotes(text: str) -> str:
    """`text` with glued note numbers blanked, one space for one character, so every
    offset holds: "€9.2 billion2 of which" reads "€9.2 billion  of which"."""
    marks = footnote_marks(text)
    if not marks:
        return text
    chars = list(text)
    for start, end in marks:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def footnote_spans(text: str) -> list[Span]:
    """Note numbers on a page with numbered notes: glued ones, and one standing between
    a table row's label and its figures ("Management sales 1 1,365 1,555 5,743")."""
    notes = _notes(text)
    if not notes:
        return []
    marks = _glued(text, notes)
    for line in _LINE.finditer(text):
        row = line.group()
        if len(_NUMBER.findall(row)) >= 4:
            marks += [
                (line.start() + m.start(), line.start() + m.end())
                for m in _NOTE_IN_ROW.finditer(row)
                if m.group() in notes
            ]
    return marks


# --- a number cut off by the end of the text ------------------------------------------------


def _cut_off_end(text: str, lines: list[_Line]) -> list[Span]:
    """The text ends in the middle of a number: its last characters, a digit and the
    words before it, also stand earlier in the text followed by more of the number (a
    repeated caption cut off at "发生6" where it reads "发生6.2级" before); or its scale
    word is cut short ("EBITDA amounted to €6.7 billi"), so its size is unknown."""
    if len(lines) < 3:
        return []
    end = lines[-1].end
    if not text[end - 1 : end].isdigit():
        return _cut_off_scale(text, lines[-1].start, end)
    start = end
    while start > lines[-1].start and (text[start - 1].isdigit() or text[start - 1] in ".,"):
        start -= 1
    needle = text[max(lines[-1].start, end - CUT_CONTEXT) : end]
    if len(needle) <= end - start:
        return []
    found = text.find(needle, 0, end - 1)
    while found >= 0:
        more = text[found + len(needle) : found + len(needle) + 2]
        if more[:1].isdigit() or (more[:1] in (".", ",") and more[1:].isdigit()):
            return [(start, end)]
        found = text.find(needle, found + 1, end - 1)
    return []


def _cut_off_scale(text: str, start: int, end: int) -> list[Span]:
    """The last number of the text and its word, when that word is the start of a scale
    word (scales.yaml, any language) but none itself."""
    cut = _CUT_SCALE.search(text, start, end)
    if cut is None or cut.end() != end:
        return []
    word = cut["word"].lower()
    if word in _scale_words() or not any(w.startswith(word) for w in _scale_words()):
        return []
    return [(cut.start(), end)]


_CUT_SCALE = re.compile(r"(?:(?:[A-Z]{2,3}|[^\w\s])+\s)?\S*\d[\d.,]*\s?(?P<word>[^\W\d_]{2,})$")


@cache
def _scale_words() -> frozenset[str]:
    return frozenset(
        word.lower()
        for row in load_table("scales")
        for lang in LANGUAGES
        for word in row.get(lang, ())
        if not is_han(word[0])
    )


class SpanSet:
    """Membership of an offset in sorted, possibly overlapping spans."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = sorted(spans)
        self._starts = [s for s, _ in self.spans]
        self._reach: list[int] = []
        reach = -1
        for _, end in self.spans:
            reach = max(reach, end)
            self._reach.append(reach)

    def covers(self, offset: int) -> bool:
        index = bisect_right(self._starts, offset) - 1
        return index >= 0 and self._reach[index] > offset
