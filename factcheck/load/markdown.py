"""Markdown masked in place: syntax blanked with spaces, prose left at its offsets.

Numbers in code, link targets, URLs, list numbering and table syntax are not
claims. Masking instead of deleting keeps every claim offset valid in the file.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import deque
from collections.abc import Iterator

_FRONT_KEY = re.compile(r"[A-Za-z_][\w-]*[ \t]*:")
_FRONT_LANGUAGE = re.compile(r"(?:lang|language)[ \t]*:[ \t]*(\S.*?)[ \t]*$", re.IGNORECASE)
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})(.*)")
_FENCE_CLOSE = re.compile(r" {0,3}(`{3,}|~{3,})[ \t]*")
_REF_DEF = re.compile(r" {0,3}\[[^\]^\n][^\]\n]*\]:[ \t]*\S")
_HEADING = re.compile(r"( {0,3}(?:>[ \t]*)*)(#{1,6})(?=[ \t]|$)")
_ORDERED = re.compile(r"([ \t]*(?:>[ \t]*)*)(\d{1,9}[.)])(?=[ \t]|$)")
_DELIMITER_ROW = re.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*")
_PIPE = re.compile(r"(?<!\\)\|")

_AUTOLINK = re.compile(
    r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[\w.!#$%&'*+/=?^`{|}~-]+@[\w.-]+)>"
)
_RAW_TEXT = re.compile(r"<(script|style)\b", re.IGNORECASE)
_RAW_TEXT_END = {name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in ("script", "style")}
_TICKS = re.compile(r"`+")
_BLANK_LINE = re.compile(r"\n[ \t]*(?=\n)")
# Lengths are bounded so that a page of stray brackets stays linear, not quadratic.
_LINK = re.compile(
    r"(!?\[)[^\[\]]{0,1000}(?:\[[^\[\]]{0,1000}\][^\[\]]{0,1000}){0,8}"
    r"(\]\([ \t]*(?:<[^<>\n]{0,2000}>|[^\s()]{0,2000}(?:\([^\s()]{0,2000}\)[^\s()]{0,2000}){0,4})"
    r"(?:[ \t]+(?:\"[^\"\n]{0,1000}\"|'[^'\n]{0,1000}'|\([^()\n]{0,1000}\)))?[ \t]*\)"
    r"|\]\[[^\[\]\n]{0,1000}\])"
)
_AFTER_LINKS: tuple[re.Pattern[str], ...] = (
    re.compile(r"\[\^[^\]\s]+\]"),
    re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"),
)
_CITATION = re.compile(r"[ \t]*\d{1,3}[ \t]*")  # a link whose text is a number cites a source
_BARE_URL = re.compile(r"\b(?:(?:https?|ftp)://|www\.)[^\s<>]+")
_URL_TAIL = ".,:;!?\"'*_~)"


def mask_markdown(source: str) -> str:
    """Blank Markdown syntax with spaces, keeping every prose character at its offset.

    Numbers in code, link targets, URLs, list numbering and table syntax are not
    claims; numbers in prose and table cells are, and must keep their positions.
    Newlines are never masked, so line structure survives.
    """
    chars = list(source)
    _mask_blocks(source, chars)
    for spans in (_comment_spans, _raw_text_spans, _code_spans):
        text = "".join(chars)
        for start, end in spans(text):
            _blank(chars, start, end)
    text = _mask_matches(_AUTOLINK, "".join(chars))
    chars = list(text)
    for match in _LINK.finditer(text):
        _blank(chars, *match.span(1))
        _blank(chars, *match.span(2))
        if _CITATION.fullmatch(text, match.end(1), match.start(2)):  # "[1](#ref-1)"
            _blank(chars, match.end(1), match.start(2))
    text = "".join(chars)
    for pattern in _AFTER_LINKS:
        text = _mask_matches(pattern, text)
    chars = list(text)
    for match in _BARE_URL.finditer(text):
        end = len(match.group().rstrip(_URL_TAIL))
        _blank(chars, match.start(), match.start() + end)
    return "".join(chars)


def _comment_spans(text: str) -> Iterator[tuple[int, int]]:
    """HTML comments, found by plain search (a lazy regex is quadratic on unclosed ones)."""
    at = 0
    while (start := text.find("<!--", at)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            return
        yield start, end + 3
        at = end + 3


def _raw_text_spans(text: str) -> Iterator[tuple[int, int]]:
    """<script> and <style> elements inside Markdown: their content is never prose."""
    at, unclosed = 0, set()
    while opening := _RAW_TEXT.search(text, at):
        name = opening.group(1).lower()
        at = opening.end()
        if name in unclosed:
            continue
        closing = _RAW_TEXT_END[name].search(text, at)
        if closing is None:  # no later one can close either: do not search again
            unclosed.add(name)
            continue
        yield opening.start(), closing.end()
        at = closing.end()


def _code_spans(text: str) -> Iterator[tuple[int, int]]:
    """Inline code: a backtick run closed by the next run of the same length in the paragraph.

    Runs are indexed by length once, so unmatched backticks cost no rescanning.
    """
    runs = [match.span() for match in _TICKS.finditer(text)]
    breaks = [match.start() for match in _BLANK_LINE.finditer(text)]
    by_length: dict[int, deque[int]] = {}
    for number, (start, end) in enumerate(runs):
        by_length.setdefault(end - start, deque()).append(number)
    number = 0
    while number < len(runs):
        start, end = runs[number]
        later = by_length[end - start]
        while later and later[0] <= number:
            later.popleft()
        if later:
            close_start, close_end = runs[later[0]]
            paragraph_break = bisect_right(breaks, start)
            if paragraph_break == len(breaks) or breaks[paragraph_break] > close_start:
                yield start, close_end
                number = later[0] + 1
                continue
        number += 1


def _mask_matches(pattern: re.Pattern[str], text: str) -> str:
    chars = list(text)
    for match in pattern.finditer(text):
        _blank(chars, *match.span())
    return "".join(chars)


def _blank(chars: list[str], start: int, end: int) -> None:
    """Replace chars[start:end] with spaces, keeping line breaks."""
    for i in range(start, end):
        if chars[i] not in "\r\n":
            chars[i] = " "


def _lines(source: str) -> list[tuple[int, str]]:
    """(start offset, line without its line break) for every line."""
    out, start = [], 0
    for line in source.split("\n"):
        out.append((start, line.removesuffix("\r")))
        start += len(line) + 1
    return out


def _mask_blocks(source: str, chars: list[str]) -> None:
    """Line-level syntax: front matter, fences, reference definitions, headings, lists, tables."""
    lines = _lines(source)
    index = _front_matter_end(lines)
    for start, line in lines[:index]:
        _blank(chars, start, start + len(line))
    fence: tuple[str, int] | None = None
    in_list = prev_blank = False
    in_table = False
    while index < len(lines):
        start, line = lines[index]
        index += 1
        blank = not line.strip()
        if fence is not None:
            close = _FENCE_CLOSE.fullmatch(line)
            if close and close.group(1)[0] == fence[0] and len(close.group(1)) >= fence[1]:
                fence = None
            _blank(chars, start, start + len(line))
            continue
        opening = _FENCE.fullmatch(line)
        if opening and not (opening.group(1)[0] == "`" and "`" in opening.group(2)):
            fence = (opening.group(1)[0], len(opening.group(1)))
            _blank(chars, start, start + len(line))
            continue
        if _REF_DEF.match(line):
            _blank(chars, start, start + len(line))
            continue
        if heading := _HEADING.match(line):
            _blank(chars, start + heading.start(2), start + heading.end(2))
        in_list = _mask_list_marker(line, start, chars, in_list, prev_blank)
        if not in_table and index < len(lines) and "|" in line and not blank:
            in_table = _is_delimiter_row(lines[index][1])
        elif blank:
            in_table = False
        if in_table:
            if _is_delimiter_row(line):
                _blank(chars, start, start + len(line))
            for pipe in _PIPE.finditer(line):
                _blank(chars, start + pipe.start(), start + pipe.end())
        prev_blank = blank


def front_matter_language(source: str) -> tuple[str, int] | None:
    """The `lang:` (or `language:`) a leading front matter block states, with its line
    number: the writer's word for the language, over detection."""
    lines = _lines(source)
    for number, (_, line) in enumerate(lines[1 : _front_matter_end(lines) - 1], start=2):
        match = _FRONT_LANGUAGE.match(line)
        if match:
            return match.group(1).strip().strip("'\""), number
    return None


def _front_matter_end(lines: list[tuple[int, str]]) -> int:
    """Number of lines of a leading YAML front matter block (0 when there is none)."""
    if len(lines) < 3 or lines[0][1].rstrip() != "---" or not _FRONT_KEY.match(lines[1][1]):
        return 0
    for number, (_, line) in enumerate(lines[1:], start=1):
        if line.rstrip() in ("---", "..."):
            return number + 1
    return 0


def _mask_list_marker(
    line: str, start: int, chars: list[str], in_list: bool, prev_blank: bool
) -> bool:
    """Blank "3." list numbering; returns whether we are inside a list afterwards.

    As in CommonMark, only "1." may interrupt a paragraph, so a wrapped line that
    happens to begin "2024. " inside a paragraph keeps its number.
    """
    marker = _ORDERED.match(line)
    if marker and (in_list or prev_blank or marker.group(2)[:-1].lstrip("0") == "1"):
        _blank(chars, start + marker.start(2), start + marker.end(2))
        return True
    if line.strip() and prev_blank and not line[:1].isspace():
        return False
    return in_list


def _is_delimiter_row(line: str) -> bool:
    return "|" in line and "-" in line and _DELIMITER_ROW.fullmatch(line) is not None
