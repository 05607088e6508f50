"""Which lines of an HTML page's visible text are the story, as trafilatura sees it.

`htmltext` drops furniture by tag and ARIA role, but most pages mark their tickers,
related-links lists and sidebars only with class names, so their numbers were read as
claims. trafilatura finds the article body by content heuristics, yet returns text
without offsets. So it only votes here: factcheck's own text and source map stay the
source of every offset (claims still point into the file exactly), and the own lines
trafilatura does not keep come back as spans of page furniture. Nothing is deleted:
extraction still reads those lines (a unit after markup, a sentence across a caption)
and only marks their claims as boilerplate.

When trafilatura finds nothing, fails, or its text cannot be found in the own text,
there are no spans and the page is read as before. trafilatura is imported on the
first HTML page only (start-up time) and never given a URL (no network).
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from functools import cache
from types import ModuleType
from typing import NamedTuple

from factcheck.load.htmltext import SourceMap, html_to_text

log = logging.getLogger("factcheck")

Spans = tuple[tuple[int, int], ...]

# An own line at least this long counts as main when it is part of an image's alt text
# (a caption; a short line, "Reuters", could be found in any of them).
LINE_IN_MAIN = 30
# An own line is main when trafilatura's paragraphs cover this share of it.
MAIN_SHARE = 0.5
# Below this share of trafilatura's text found in the own text the two do not describe
# the same page (another encoding, a parser disagreement): no spans, today's reading.
MIN_FOUND = 0.5
# A paragraph not found verbatim is aligned fuzzily in a window after the last match;
# the window is a multiple of its length, the alignment must score at least this.
FUZZY_WINDOW = 4
FUZZY_SCORE = 90.0
# Characters searched in all before giving up on the rest (about 0.1 s): a page whose
# paragraphs are all missing from the own text must not cost paragraphs x text.
SCAN_BUDGET = 200_000_000

_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")  # include_images renders "![alt](src)"
_CELL = re.compile(r"\s*\|\s*")  # table rows come as "| a | b |"
_BULLET = re.compile(r"^[-*]\s+")  # list items as "- item"
_WORD = re.compile(r"\S+")


class MainText(NamedTuple):
    """trafilatura's main content, whitespace-normalised: paragraphs (and table cells)
    in page order, and the alt texts of its images."""

    paragraphs: list[str]
    captions: list[str]


def html_main_text(source: str) -> tuple[str, SourceMap, Spans]:
    """The own visible text of `source`, its source map (see `html_to_text`), and the
    text spans that are not the page's main content (sorted, disjoint)."""
    text, source_map = html_to_text(source)
    return text, source_map, non_main_spans(source, text)


def non_main_spans(source: str, text: str, main_text: MainText | None = None) -> Spans:
    """Spans of `text` (the own text of `source`) outside trafilatura's main content:
    whole lines, merged across blank lines; empty when trafilatura gives no verdict.
    `main_text` is `main_content(source)` unless given (the benchmark tries options)."""
    paragraphs, captions = main_text if main_text is not None else main_content(source)
    if not paragraphs:
        return ()
    flat = _Flat(text)
    main = bytearray(len(text))
    found = _mark_paragraphs(flat, paragraphs, main)
    if found < MIN_FOUND * sum(map(len, paragraphs)):
        return ()
    alts = " | ".join(captions)
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        stripped = line.group().strip()
        if not stripped or _is_main(line, stripped, main, alts):
            continue
        if spans and not text[spans[-1][1] : line.start()].strip():
            spans[-1] = (spans[-1][0], line.end())
        else:
            spans.append(line.span())
    return tuple(spans)


def main_content(
    source: str, *, favor_precision: bool = False, include_images: bool = True, fast: bool = False
) -> MainText:
    """trafilatura's main content of `source`; empty when it finds none or fails.

    Image alt texts are asked for because trafilatura drops captions, which are story
    text, and an alt text usually repeats its caption. `fast` skips its second
    opinion (readability and jusText, both local): nothing here touches the network.
    """
    trafilatura = _trafilatura()
    if trafilatura is None:
        return MainText([], [])
    try:
        extracted = trafilatura.extract(
            source,
            fast=fast,
            favor_precision=favor_precision,
            include_comments=False,
            include_tables=True,
            include_images=include_images,
            deduplicate=False,
            with_metadata=False,
        )
    except Exception as exc:  # a third-party heuristic must not cost the file
        log.debug("trafilatura failed; reading the whole page", exc_info=exc)
        return MainText([], [])
    return _pieces(extracted or "")


def _pieces(extracted: str) -> MainText:
    """trafilatura's text ("txt" output) as pieces: "![alt](src)" gives a caption,
    "| a | b |" its cells, "- item" its item."""
    paragraphs: list[str] = []
    captions: list[str] = []
    for line in extracted.splitlines():
        captions.extend(_normal(alt) for alt in _IMAGE.findall(line))
        for cell in _CELL.split(_IMAGE.sub("|", line)):
            piece = _normal(_BULLET.sub("", cell.strip()))
            if any(char.isalnum() for char in piece):
                paragraphs.append(piece)
    return MainText(paragraphs, [alt for alt in captions if alt])


@cache
def _trafilatura() -> ModuleType | None:
    """trafilatura, imported on first use (about 70 ms, which a run without HTML never
    pays); None, said once, when it cannot be imported: pages are then read whole.
    (jusText, which it imports, needs lxml_html_clean since lxml 5.2.)"""
    try:
        import trafilatura
    except ImportError as exc:
        log.warning("trafilatura unavailable (%s): HTML pages are read whole", exc)
        return None
    return trafilatura


def _normal(text: str) -> str:
    return " ".join(text.split())


class _Flat:
    """`text` with every whitespace run as one space, and the way back to `text`."""

    def __init__(self, text: str) -> None:
        words = list(_WORD.finditer(text))
        self.text = " ".join(word.group() for word in words)
        self.flat_starts: list[int] = []
        self.text_starts: list[int] = []
        at = 0
        for word in words:
            self.flat_starts.append(at)
            self.text_starts.append(word.start())
            at += len(word.group()) + 1

    def to_text(self, index: int) -> int:
        """The text offset of flat offset `index` (a space maps after its word)."""
        k = bisect_right(self.flat_starts, index) - 1
        return self.text_starts[k] + index - self.flat_starts[k] if k >= 0 else 0

    def mark(self, start: int, end: int, main: bytearray) -> None:
        """Set `main` over the text span of flat span [start, end)."""
        lo, hi = self.to_text(start), self.to_text(end - 1) + 1
        main[lo:hi] = b"\x01" * (hi - lo)


def _mark_paragraphs(flat: _Flat, paragraphs: list[str], main: bytearray) -> int:
    """Mark where each paragraph stands in the own text; the characters found.

    Paragraphs come in page order, so each is looked for after the last one found
    first (a short heading also appears in the navigation above the story). Each miss
    scans the whole text: past `SCAN_BUDGET` characters the rest count as not found.
    """
    cursor = found = scanned = 0
    for piece in paragraphs:
        if scanned > SCAN_BUDGET:
            break
        at = flat.text.find(piece, cursor)
        if at < 0:
            at = flat.text.find(piece, 0, cursor + len(piece))
            scanned += len(flat.text)
        end = at + len(piece)
        if at < 0:
            at, end = _fuzzy_find(flat.text, piece, cursor)
            scanned += FUZZY_WINDOW * len(piece) * max(1, len(piece) // 64)
        if at < 0:
            continue
        flat.mark(at, end, main)
        found += len(piece)
        cursor = max(cursor, end)
    return found


def _fuzzy_find(flat: str, piece: str, cursor: int) -> tuple[int, int]:
    """A near-verbatim occurrence of `piece` after `cursor` (text the two parsers read
    differently inside a paragraph, e.g. an inline ad); (-1, -1) when there is none."""
    if len(piece) < LINE_IN_MAIN:
        return -1, -1
    from rapidfuzz import fuzz  # lazy: only pages that need it

    window = flat[cursor : cursor + FUZZY_WINDOW * len(piece)]
    aligned = fuzz.partial_ratio_alignment(piece, window, score_cutoff=FUZZY_SCORE)
    if aligned is None:
        return -1, -1
    return cursor + aligned.dest_start, cursor + aligned.dest_end


def _is_main(line: re.Match[str], stripped: str, main: bytearray, alts: str) -> bool:
    """A line mostly covered by the paragraphs found, or a caption: long and part of
    an image's alt text."""
    if main[line.start() : line.end()].count(1) >= MAIN_SHARE * len(stripped):
        return True
    return bool(alts) and len(stripped) >= LINE_IN_MAIN and _normal(stripped) in alts
