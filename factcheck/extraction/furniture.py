"""Page furniture: view counters, bylines, ads and the navigation tail of a
scraped page carry numbers that are not claims of the story."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from factcheck.extraction.patterns import is_han, trie_pattern
from factcheck.lexicon import load_table
from factcheck.models import LANGUAGES

SHORT_LINE = 80
CUE_LINE = 40
# A sentence of the story: closing punctuation and enough words. "Nvidia shares rose
# 3% on Monday." and "谷歌的广告收入增长了 11%。" hold a cue word (shares, 广告) but are
# prose; "Lesezeit: 4 Min." and "0浏览 收藏" are not.
SENTENCE_END = re.compile(r"[.!?。！？][\s\"'»«“”’)\]）」』]*$")
PROSE_WORDS = 4
PROSE_HAN = 8
_WORD = re.compile(r"[^\W\d_]{2,}")


@cache
def _cues(key: str) -> re.Pattern[str]:
    """All languages' cues as one pattern; Latin words must stand as whole words.
    Built as prefix tries behind a cheap guard so a whole page is scanned in one go."""
    table = load_table("furniture")[key]
    phrases = [w for lang in LANGUAGES for w in table.get(lang) or []]
    latin = [p for p in phrases if p[:1].isascii()]
    other = [p for p in phrases if not p[:1].isascii()]
    parts = []
    if latin:
        parts.append(rf"(?<![^\W_])(?:{trie_pattern(latin)})(?![^\W_])")
    if other:
        parts.append(f"(?:{trie_pattern(other)})")
    return re.compile("|".join(parts) or "(?!)", re.IGNORECASE)


@cache
def counter_after() -> re.Pattern[str]:
    """A page counter right after a number: "543次学习", "1.2k views"."""
    return re.compile(rf"[ \t]*(?:{_cues('count_after').pattern})", re.IGNORECASE)


NON_PROSE = (
    ("://", re.compile(r"(?:https?|ftp)://[^\s<>\"')\]]+", re.IGNORECASE)),
    ("www.", re.compile(r"www\.[^\s<>\"')\]]+", re.IGNORECASE)),
    ("@", re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("+", re.compile(r"\+(?<![\w+]\+)\d{1,3}(?:[ \-/.]?\(?\d{2,5}\)?){2,5}(?![\w])")),
    ("-", re.compile(r"\d(?<![\w.]\d)\d{2}-\d{3}-\d{4}(?![\w])")),
    ("#", re.compile(r"#\w+")),
)


def non_prose_spans(text: str) -> list[tuple[int, int]]:
    """URLs, e-mail addresses, phone numbers and hashtags: digits, but no claims.

    Each pattern runs only when its tell-tale character is in the text at all.
    """
    return [m.span() for cue, pattern in NON_PROSE if cue in text for m in pattern.finditer(text)]


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Spans of short lines with a furniture cue that are not sentences of prose, and
    the tail after a tail cue.

    Only short lines are searched: furniture never sits inside a paragraph.
    """
    spans: list[tuple[int, int]] = []
    line_cue, tail_cue = _cues("line_cues"), _cues("tail_cues")
    for line in re.finditer(r"[^\n]+", text):
        stripped = line.group().strip()
        if len(stripped) > SHORT_LINE:
            continue
        if len(stripped) <= CUE_LINE and tail_cue.match(stripped):
            spans.append((line.start(), len(text)))
            break
        if line_cue.search(stripped) and not reads_as_prose(stripped):
            spans.append(line.span())
    return spans


def reads_as_prose(line: str) -> bool:
    """A short line that is a sentence of the story, whatever words it contains."""
    if not SENTENCE_END.search(line):
        return False
    return sum(map(is_han, line)) >= PROSE_HAN or len(_WORD.findall(line)) >= PROSE_WORDS


class SpanSet:
    """Membership of an offset in sorted, possibly overlapping spans."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
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
