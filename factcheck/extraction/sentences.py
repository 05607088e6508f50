"""Sentence boundaries, found in one pass so that every claim knows its sentence."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from factcheck.extraction.daydates import month_numbers
from factcheck.lexicon import by_language, load_table

# A "sentence" longer than this is no sentence (a 1 MB line of a table dump, a page
# without punctuation): it is cut into pieces of at most this length, at a space or a
# comma where there is one. Every claim looks at its sentence (subject, topic, unit),
# so unbounded sentences would make a long line quadratic. Real sentences in the
# seeds and peer cases are at most 700 characters long.
MAX_SENTENCE = 1000
_SOFT_BREAKS = frozenset(" \t\n\r\u00a0\u3000,;:，、；：")
# "\n\s*|[。！？!?；]+[”」』\"')）]*\s*|\.+[”\"')]*(?=\s)\s*", its first character
# taken up front: the engine then jumps to the candidates instead of trying each position.
# A full stop glued to the next sentence's first word ("im Höhenflug.Der chinesische",
# "Rekordergebnis von 2018.Der Quartalsumsatz", "(2,09 Milliarden Dollar).Das": text
# copied without its line breaks) ends a sentence too, and so does a bullet inside a
# line ("基本ROIC上升190bp •季度股息提高6.1%": bullets run together).
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")  # a blank line ends a paragraph
BOUNDARY = re.compile(
    r"[\n。！？!?；.•](?:(?<=[\n•])\s*|(?<=[。！？!?；])[。！？!?；]*[”」』\"')）]*\s*"
    r"|(?<=\.)\.*[”\"')]*(?=\s)\s*|(?:(?<=[a-zäöüß]{2}\.)|(?<=[\d)%]\.))(?=[A-ZÄÖÜ][a-zäöüß]{2}))"
)
_WORD_BEFORE = re.compile(r"([^\W\d_][\w.]*|\d+)$")
_NEXT_WORD = re.compile(r"[^\W\d_]+")
_LEAD_WORD = re.compile(r"([^\W\d_]+)[\s,]+$")  # the word before a number ("am 12.")
# Chinese writes no " - " inside a sentence (its dash is "——"): spaces before "- "
# open a list item, as in a summary written without full stops ("… [5] - Q4资本支出…").
ZH_BOUNDARY = re.compile(rf"{BOUNDARY.pattern}| +(?=- \S)")


@cache
def abbreviations(lang: str) -> frozenset[str]:
    """Words whose full stop ends no sentence (`abbreviations`), lower-cased."""
    return frozenset(w.lower() for w in by_language(load_table("sentences")["abbreviations"], lang))


@cache
def _listed(key: str, lang: str) -> frozenset[str]:
    """One language's words of a sentences.yaml list (`sentence_openers`, `ordinal_leads`)."""
    return frozenset(by_language(load_table("sentences").get(key, {}), lang))


@cache
def _decimal_mark(lang: str) -> str:
    return str(load_table("sentences").get("decimal_marks", {}).get(lang, "."))


def sentence_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence, whitespace trimmed, covering every word once."""
    spans: list[tuple[int, int]] = []
    start = 0
    abbreviated, decimal, openers = (
        abbreviations(lang),
        _decimal_mark(lang),
        _listed("sentence_openers", lang),
    )
    for match in (ZH_BOUNDARY if lang == "zh" else BOUNDARY).finditer(text):
        if match.group()[0] == "." and not _ends_sentence(
            text, match, abbreviated, decimal, openers, lang
        ):
            continue
        if match.group()[0] == "\n" and _soft_wrap(text, match):
            continue
        _append(spans, text, start, match.start() + len(match.group().rstrip()))
        start = match.end()
    _append(spans, text, start, len(text))
    return spans


def _ends_sentence(
    text: str,
    match: re.Match[str],
    abbreviations: frozenset[str],
    decimal: str = ".",
    openers: frozenset[str] = frozenset(),
    lang: str = "de",
) -> bool:
    """A full stop ends a sentence unless a lower-case word, an abbreviation or a
    day number ("am 12. September") is around it; the decimals of a number ("5.9 and
    4.6.", "Stärke 6,3.") are no day, nor is a number before a word that only opens
    sentences ("die Grünen 58. Für eine Koalition"), nor one that no word of a day
    or an ordinal leads ("auf mindestens 16. Morningstar DBRS", `_led_ordinal`)."""
    after = text[match.end() : match.end() + 1]
    if after.islower():
        return False
    before = _WORD_BEFORE.search(text, max(0, match.start() - 20), match.start())
    if before is None:
        return True
    word = before.group(1).lower()
    if word in abbreviations:
        return False
    if not (word.isdigit() and len(word) <= 2 and after.isalpha()):
        return True
    opener = _NEXT_WORD.match(text, match.end())
    in_a_date = text[before.start(1) - 1 : before.start(1)] == "."  # "Am 4.6. Die Feier"
    if opener is not None and opener.group() in openers and not in_a_date:
        return True
    lead = text[max(0, before.start(1) - 2) : before.start(1)]
    if len(lead) == 2 and lead[0].isdigit() and lead[1] == decimal:
        return True
    return not (in_a_date or _led_ordinal(text, before.start(1), opener, lang))


def _led_ordinal(text: str, start: int, opener: re.Match[str] | None, lang: str) -> bool:
    """Whether the number at `start` is a day or an ordinal: a month follows it, or a
    word of `ordinal_leads` ("am", "im", "zum") stands before it."""
    if opener is not None and opener.group().lower() in month_numbers():
        return True
    leads = _listed("ordinal_leads", lang)
    previous = _LEAD_WORD.search(text, max(0, start - 24), start)
    return previous is not None and previous.group(1).lower() in leads


def _soft_wrap(text: str, match: re.Match[str]) -> bool:
    """A single line break inside a hard-wrapped paragraph ("runs on 10,000\nNvidia
    GPUs") is a space. It is one when the line before does not end a sentence and
    either the next line goes on in lower case or with a number, or a long line
    before ends in a number (whose unit is on the next line). A headline followed
    by a capitalised paragraph stays a sentence of its own, and so does a row of a
    table (`ROW_OF_FIGURES`)."""
    if match.group().count("\n") > 1 or match.end() >= len(text):
        return False
    line_start = text.rfind("\n", 0, match.start()) + 1
    line = text[line_start : match.start()].rstrip()
    if not line or line[-1] in _TERMINAL or line.lstrip().startswith(("#", "|", "-", "*", ">")):
        return False
    following = text[match.end()]
    if ROW_OF_FIGURES.search(line):
        return False
    if following.islower() or following.isdigit():
        return True
    return len(line) >= 40 and line[-1].isdigit()


# A line that ends in three figures is a row of a table ("Umsatzerlöse 4.149 3.702
# 3.919"), not prose wrapped before the unit of its last number.
ROW_OF_FIGURES = re.compile(r"(?:(?<!\S)[-−+(]?\d[\d.,]*[%)]?[ \t]+){2}[-−+(]?\d[\d.,]*[%)]?$")
_TERMINAL = frozenset('.!?。！？:;；："”’)）」』')


def _append(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = _cut(text, start, start + MAX_SENTENCE)
        _append(spans, text, start, cut)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))


def _cut(text: str, start: int, limit: int) -> int:
    """Where to cut an over-long sentence: after the last space or comma in the second
    half of `text[start:limit]`, else at `limit`."""
    for at in range(limit - 1, start + (limit - start) // 2, -1):
        if text[at] in _SOFT_BREAKS:
            return at + 1
    return limit


class SentenceIndex:
    """Find the sentence of an offset by bisection over the sentence starts."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self._starts = [s for s, _ in spans]

    def index_of(self, offset: int) -> int:
        return max(0, bisect_right(self._starts, offset) - 1)

    def span_of(self, offset: int) -> tuple[int, int]:
        if not self.spans:
            return (offset, offset)
        return self.spans[self.index_of(offset)]
