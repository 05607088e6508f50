"""Page furniture: numbers that belong to the page, not to the story.

A scraped page carries view counters, bylines, tickers, gallery counters, list and
footnote numbers and lists of other articles around the story. They are found by cue
words on short lines ("1,234 views", "Lesezeit: 4 Min.", "Related articles", "上一篇")
and by structure, whatever the words:

- runs of short number-dense lines with signed changes, scores or temperatures:
  tickers, market widgets, score boxes ("DAX 15.432,10 +0,5 %", "Bayern 3:1 Dortmund");
- reference and footnote markers ("[3]"; on a page with numbered notes, a note number
  glued to a word or a figure, "€9.2 billion2");
- list numbering opening a line or, in Chinese, a clause ("1.", "2)", "一、", "第一,");
- gallery counters and figure labels ("Bild 3 von 12", "Foto: 1/5", "+17", "图1");
- counters before their number ("Kommentare (23)", "阅读 1.2万") and a byline's relative
  time ("vor 3 Stunden");
- lists of other articles: the short headline-like lines under a heading ("Mehr zum
  Thema", "Lees ook", "相关新闻"), or several short lines each led by a date;
- script code, pagers ("1 2 3 … 12 Next"), and a number cut off by the end of the text.

A sentence of prose is never furniture, whatever its words ("Nvidia shares rose 3% on
Monday."), nor is a short line that reads as a headline. The words of every rule are
data in factcheck/lexicon/furniture.yaml, the four languages side by side.

The page is read in one pass over its lines and a few regex passes over its text, each
guarded so that most positions fail on their first character: the cost is linear in
the text's length.
"""

from __future__ import annotations

import re

from factcheck.extraction.furniture_lines import (
    _ADJACENT_AFTER,
    _ADJACENT_AFTER_HAN,
    _DIGIT,
    _HAN,
    _LABEL,
    _LATIN_WORD,
    _LEAD,
    _SEPARATOR,
    CUE_LINE,
    HEADING_WORDS,
    HEADLINE_HAN,
    HEADLINE_WORDS,
    LINK_LINE,
    RELATED_ITEMS,
    RELATED_LINE,
    SHORT_LINE,
    Span,
    _adjacent_before,
    _cues,
    _Line,
    _lines,
    _openings,
    _picture_words,
    counter_after,
    han_count,
    reads_as_prose,
)
from factcheck.extraction.furniture_shapes import (
    SpanSet,
    _cut_off_end,
    _dated_runs,
    _line_shapes,
    _markers,
    _widget_runs,
    footnote_marks,
    footnote_spans,
    mask_footnotes,
)
from factcheck.extraction.patterns import is_han

__all__ = [
    "SpanSet",
    "counter_after",
    "footnote_marks",
    "furniture_spans",
    "mask_footnotes",
    "non_prose_spans",
    "reads_as_prose",
]


def furniture_spans(text: str) -> list[Span]:
    """Spans of page furniture in `text`: whole lines (counters, bylines, tickers,
    links, lists of other articles, code), the page's tail after a tail cue, and single
    markers (list numbers, footnotes, gallery and figure labels, counters)."""
    lines = _lines(text)
    return [
        *_cue_lines(text, lines),
        *_widget_runs(lines),
        *_dated_runs(lines),
        *_line_shapes(lines),
        *_markers(text),
        *footnote_spans(text),
        *_cut_off_end(text, lines),
    ]


def non_prose_spans(text: str) -> list[Span]:
    """URLs, e-mail addresses, phone numbers and hashtags: digits, but no claims.

    Each pattern runs only when its tell-tale character is in the text at all.
    """
    return [m.span() for cue, pattern in NON_PROSE if cue in text for m in pattern.finditer(text)]


NON_PROSE = (
    ("://", re.compile(r"(?:https?|ftp)://[^\s<>\"')\]]+", re.IGNORECASE)),
    ("www.", re.compile(r"www\.[^\s<>\"')\]]+", re.IGNORECASE)),
    ("@", re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("+", re.compile(r"\+(?<![\w+]\+)\d{1,3}(?:[ \-/.]?\(?\d{2,5}\)?){2,5}(?![\w])")),
    ("-", re.compile(r"\d(?<![\w.]\d)\d{2}-\d{3}-\d{4}(?![\w])")),
    ("#", re.compile(r"#\w+")),
)


_ITEM_TEXT = re.compile(r"[^\W_]")


def _cue_lines(text: str, lines: list[_Line]) -> list[Span]:
    """Short lines with a cue, the tail after a tail cue, links, and the items under a
    list heading. A heading or link cue may stand behind decoration ("【相关阅读】",
    "» Lesen Sie auch:")."""
    spans: list[Span] = []
    line_cue, footer_cue, notice_cue = (
        _cues(k) for k in ("line_cues", "footer_cues", "notice_cues")
    )
    tail_cue, list_cue, link_cue = _cues("tail_cues"), _cues("list_cues"), _cues("link_cues", True)
    opening = _openings()
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        stripped = line.text
        if len(stripped) > LINK_LINE:
            continue
        compact = _compact(stripped) if " " in stripped and line.han else stripped
        lead = _LEAD.match(compact).end()  # type: ignore[union-attr]
        if opening.match(compact, lead):
            if _is_tail(tail_cue.match(compact, lead), compact):
                spans.append((line.start, len(text)))
                break
            if link_cue.match(compact, lead):
                spans.append(line.span)
                continue
            heading = list_cue.match(compact, lead)
            kind = _heading_kind(heading, compact) if heading and not line.prose else None
            if kind is not None:
                spans.append(line.span)
                if kind == "heading":
                    index = _list_items(lines, index, spans)
                continue
        if len(stripped) > SHORT_LINE:
            continue
        if notice_cue.search(stripped):
            spans.append(line.span)
            continue
        if line.prose:
            continue
        cues = list(line_cue.finditer(stripped))
        if footer_cue.search(stripped) or (cues and not _headline(stripped, cues)):
            spans.append(line.span)
    return spans


def _compact(line: str) -> str:
    """Spaces between Chinese characters dropped: "更 多" is the cue "更多"."""
    return re.sub(r"(?<=[\u3400-\u9fff])[ \t\u3000]+(?=[\u3400-\u9fff])", "", line)


def _is_tail(cue: re.Match[str] | None, line: str) -> bool:
    """A tail cue opening a line that is a heading, or a Chinese cue with a title."""
    if cue is None:
        return False
    if is_han(cue.group()[0]):
        return len(line) <= SHORT_LINE
    rest = line[cue.end() :]
    return len(line) <= CUE_LINE and not _DIGIT.search(rest) and _few_words(rest)


def _heading_kind(cue: re.Match[str], line: str) -> str | None:
    """ "heading" for a list heading ("Mehr zum Thema", "Recommended for you", "更多"),
    "link" for a cue with a title after a separator ("Lees ook: ..."), else None. A
    heading of pictures ("Related photos", "Mehr Bilder") heads captions, not articles."""
    rest = line[cue.end() :]
    if not _DIGIT.search(rest) and _few_words(rest):
        return None if _picture_words().search(rest) else "heading"
    separator = _SEPARATOR.match(rest)
    return "link" if separator and separator.group().strip() else None


def _few_words(rest: str) -> bool:
    """What a heading may add to its cue: a few words ("for you", "Erdbeben"), no more
    Chinese ("更多相片" is no "更多": it heads photos and their captions)."""
    return len(_LATIN_WORD.findall(rest)) <= HEADING_WORDS and not _HAN.search(rest)


def _list_items(lines: list[_Line], index: int, spans: list[Span]) -> int:
    """Flag the headline-like lines under a list heading; the index after them."""
    end, items = index, 0
    while end < len(lines) and items < RELATED_ITEMS:
        line = lines[end]
        if len(line.text) > RELATED_LINE or line.statement:
            break
        spans.append(line.span)
        items += bool(_ITEM_TEXT.search(line.text))  # a "-" between items is none
        end += 1
    return end


def _headline(line: str, cues: list[re.Match[str]]) -> bool:
    """A short line with a cue word that reads as a headline or a caption: no number
    stands next to a cue, no cue labels the line ("Anzeige: ...", "Sponsored |"), and
    there are many other words ("Google verdient mit Werbung 238 Milliarden Dollar im
    Jahr", "监管机构密切关注微软的100亿美元投资计划")."""
    if not _DIGIT.search(line):
        return False
    before = _adjacent_before()
    for cue in cues:
        after = _ADJACENT_AFTER_HAN if is_han(cue.group()[-1]) else _ADJACENT_AFTER
        if after.match(line, cue.end()) or before.search(
            line[max(0, cue.start() - 12) : cue.start()]
        ):
            return False
        if cue.start() == 0 and _LABEL.match(line, cue.end()):
            return False
    rest, pos = [], 0
    for cue in cues:
        rest.append(line[pos : cue.start()])
        pos = cue.end()
    other = " ".join([*rest, line[pos:]])
    return len(_LATIN_WORD.findall(other)) >= HEADLINE_WORDS or han_count(other) >= HEADLINE_HAN
