"""Files and folders in, `Document`s out: finding inputs, decoding, HTML and Markdown.

Every claim offset points into `Document.text`, so nothing here rewrites text:
decoding keeps newlines as they are, HTML extraction records where each text
character came from, and Markdown masking blanks syntax with spaces instead of
deleting it. Inputs that cannot be read become `Skipped` records so one bad file
does not stop a batch, and the reason is never dropped silently.
"""

from __future__ import annotations

import codecs
import html
import os
import re
from bisect import bisect_right
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from datetime import date
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import charset_normalizer

from factcheck.errors import InputError
from factcheck.lang import detect_language, normalise_language
from factcheck.lexicon import load_table
from factcheck.models import Document, Skipped

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})

SourceMap = tuple[tuple[int, int], ...]

# --------------------------------------------------------------------------- finding inputs


def iter_input_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str]]:
    """Yield (filesystem path, display path) for every input under `paths`.

    A file given by name is taken whatever its extension (the user asked for it);
    a folder contributes its text-like files only. Display paths keep the form the
    user typed so reports point at files the way the user thinks of them. Folders
    that cannot be listed are left out here; `load_documents` reports them.
    """
    for item in _walk_inputs(paths):
        if not isinstance(item, Skipped):
            yield item


def _walk_inputs(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str] | Skipped]:
    """Check every top-level path exists, then walk them in order."""
    given = list(paths)
    for entry in given:
        _require_exists(entry)
    for entry in given:
        root = Path(entry)
        if root.is_dir():
            yield from _walk_folder(root, root, set())
        else:
            yield root, str(entry)


def _require_exists(entry: str | Path) -> None:
    """Fail before any work when a named input is missing: a typo must not pass quietly."""
    try:
        os.stat(entry)
    except (FileNotFoundError, NotADirectoryError):
        raise InputError(str(entry), "no such file or directory") from None
    except OSError:
        pass  # exists but cannot be inspected: reading it reports the reason


def _walk_folder(
    folder: Path, shown: Path, seen: set[tuple[int, int]]
) -> Iterator[tuple[Path, str] | Skipped]:
    """Depth-first walk in the order of the relative paths as strings, one listing at a time.

    Sorting a folder's own entries with a separator appended to folder names gives
    exactly the string order of the full relative paths, so nothing beyond one
    listing is held. `seen` guards against symlink cycles.
    """
    try:
        info = folder.stat()
        with os.scandir(folder) as listing:
            entries = [
                (entry.name, entry.is_dir())
                for entry in listing
                if not entry.name.startswith(".") and (entry.is_dir() or entry.is_file())
            ]
    except OSError as exc:
        yield Skipped(path=str(shown), reason=os_reason(exc))
        return
    if (info.st_dev, info.st_ino) in seen:
        return
    seen.add((info.st_dev, info.st_ino))
    entries.sort(key=lambda entry: entry[0] + os.sep if entry[1] else entry[0])
    for name, is_dir in entries:
        if is_dir:
            yield from _walk_folder(folder / name, shown / name, seen)
        elif Path(name).suffix.lower() in TEXT_SUFFIXES:
            yield folder / name, str(shown / name)


def os_reason(exc: OSError) -> str:
    """An OS error in a few lower-case words ("permission denied"), without the path."""
    return (exc.strerror or type(exc).__name__).lower()


# --------------------------------------------------------------------------- decoding

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Our languages are written in Western European or Chinese encodings. charset_normalizer
# on its own often names a look-alike code page (cp1250, mac_latin2) whose decoding of
# Dutch or German accents differs, so these are tried first; the full search is the fallback.
_PREFERRED = ["utf_16_le", "utf_16_be", "utf_32_le", "utf_32_be", "cp1252", "gb18030", "big5"]
_WIDE = ["utf_16_le", "utf_16_be", "utf_32_le", "utf_32_be"]
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_CONTROL_SAMPLE = 65_536
_CONTROL_SHARE = 0.01


def decode_bytes(data: bytes, path: str) -> tuple[str, str]:
    """Decode a file's bytes to (text, encoding name), refusing files that are not text.

    A byte order mark is trusted first, then strict UTF-8 (the common case, and
    unambiguous), then charset_normalizer. NUL bytes only occur in text encoded as
    UTF-16/32, so elsewhere they mark a binary file.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                reason = f"cannot decode: invalid {encoding} after its byte order mark"
                raise InputError(path, reason) from None
            name = "utf-8-sig" if bom == codecs.BOM_UTF8 else encoding
            return _require_text(text, path), name
    if b"\x00" in data:
        found = _detect(data, _WIDE)
        if found is None:
            raise InputError(path, "cannot decode: not a text file (contains NUL bytes)")
    else:
        try:
            found = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            found = _detect(data, _PREFERRED) or _detect(data, None)
        if found is None:
            raise InputError(path, "cannot decode: not a text file (no text encoding fits)")
    text, encoding = found
    return _require_text(text.removeprefix("\ufeff"), path), encoding


def _detect(data: bytes, isolation: list[str] | None) -> tuple[str, str] | None:
    """charset_normalizer's best guess among `isolation` (None: all), decoded strictly."""
    best = charset_normalizer.from_bytes(data, cp_isolation=isolation).best()
    if best is None:
        return None
    try:
        return data.decode(best.encoding), codecs.lookup(best.encoding).name
    except (UnicodeDecodeError, LookupError):
        return None


def _require_text(text: str, path: str) -> str:
    """Reject decoded text full of control characters: some binaries decode without error."""
    sample = text[:_CONTROL_SAMPLE]
    if "\x00" in sample:
        raise InputError(path, "cannot decode: not a text file (contains NUL characters)")
    if len(_CONTROL.findall(sample)) > _CONTROL_SHARE * len(sample):
        raise InputError(path, "cannot decode: not a text file (control characters)")
    return text


# --------------------------------------------------------------------------- HTML

_DROP = frozenset(
    {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form"}
    | {"svg", "head"}
)
_BLOCK = frozenset(
    {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th"}
    | {"section", "article", "table", "ul", "ol", "blockquote", "pre", "hr", "dt", "dd"}
    | {"figure", "figcaption", "nav", "header", "footer", "aside", "form", "main", "body"}
)


class _TextExtractor(HTMLParser):
    """Collects visible text and, for each piece, the source offset it came from."""

    def __init__(self, source: str, fed: str) -> None:
        super().__init__(convert_charrefs=False)
        self._source = source
        self._fed = fed
        self._line_starts = [0, *(m.end() for m in re.finditer("\n", source))]
        self.parts: list[str] = []
        self.pairs: list[tuple[int, int]] = []
        self._length = 0
        self._delta: int | None = None
        self._dropping: list[str] = []
        self._open: Counter[str] = Counter()  # open dropped elements by name

    def _offset(self) -> int:
        """Absolute source offset of the current event (HTMLParser counts lines by "\\n")."""
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def _emit(self, text: str, source_at: int, verbatim: bool) -> None:
        """Append text; verbatim text maps char by char, other text all to `source_at`."""
        if verbatim:
            self._shift(source_at)
            self.parts.append(text)
            self._length += len(text)
            return
        for char in text:
            self._shift(source_at)
            self.parts.append(char)
            self._length += 1

    def _shift(self, source_at: int) -> None:
        if self._delta != source_at - self._length:
            self._delta = source_at - self._length
            self.pairs.append((self._length, source_at))

    def _separate(self) -> None:
        """A newline between blocks, so that "<p>5</p><p>6</p>" does not read "56"."""
        if self._dropping or not self.parts or self.parts[-1].endswith("\n"):
            return
        self._emit("\n", self._offset(), verbatim=False)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body" and self._open["head"]:  # a missing </head>
            self.handle_endtag("head")
        if tag in _BLOCK:
            self._separate()
        if tag in _DROP:
            self._dropping.append(tag)
            self._open[tag] += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self._separate()

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP and self._open[tag]:
            index = len(self._dropping) - 1
            while self._dropping[index] != tag:  # close what the page left open inside
                index -= 1
            for name in self._dropping[index:]:
                self._open[name] -= 1
            del self._dropping[index:]
        if tag in _BLOCK:
            self._separate()

    def handle_data(self, data: str) -> None:
        if self._dropping:
            return
        at = self._offset()
        if self._fed.startswith(data, at):
            self._emit(self._source[at : at + len(data)], at, verbatim=True)
        else:  # not expected with convert_charrefs=False; keep offsets safe regardless
            self._emit(data, at, verbatim=False)

    def handle_entityref(self, name: str) -> None:
        self._reference("&" + name)

    def handle_charref(self, name: str) -> None:
        self._reference("&#" + name)

    def _reference(self, raw: str) -> None:
        """Decode an entity; every character it yields maps to its "&"."""
        if self._dropping:
            return
        at = self._offset()
        if self._source.startswith(";", at + len(raw)):
            raw += ";"
        decoded = html.unescape(raw)
        self._emit(decoded, at, verbatim=decoded == raw)


def html_to_text(source: str) -> tuple[str, SourceMap]:
    """Visible text of an HTML page and the map from text offsets back to `source`.

    Page furniture (navigation, headers, footers, forms, scripts) is dropped, block
    elements become line breaks, entities are decoded. The map lists
    (text offset, source offset) where their difference changes; see `map_offset`.
    """
    fed = _defuse_tail(source)
    parser = _TextExtractor(source, fed)
    parser.feed(fed)
    parser.close()
    return "".join(parser.parts), tuple(parser.pairs)


def _defuse_tail(source: str) -> str:
    """What the parser is fed: `source` without the markup that can never close.

    HTMLParser rescans to the end of the input for each construct it cannot close,
    which is quadratic on truncated or hostile pages. A comment opened after the last
    "-->" runs to the end of the page (as in HTML5), so the input is cut there; a "<"
    after the last ">" cannot start a tag, so it becomes a space, and the data it
    belongs to is read back from `source` (same offsets).
    """
    last_close = source.rfind("-->")
    cut = source.find("<!--", last_close + 3 if last_close >= 0 else 0)
    head = source if cut < 0 else source[:cut]
    last_gt = head.rfind(">")
    return head[: last_gt + 1] + head[last_gt + 1 :].replace("<", " ")


def map_offset(source_map: SourceMap, index: int) -> int:
    """The source offset of text index `index` (identity for an empty map).

    For a span's end, map `end - 1` and add one: an end can sit after a dropped element.
    """
    k = bisect_right(source_map, index, key=lambda pair: pair[0]) - 1
    if k < 0:
        return index
    text_at, source_at = source_map[k]
    return source_at + index - text_at


# --------------------------------------------------------------------------- Markdown

_FRONT_KEY = re.compile(r"[A-Za-z_][\w-]*[ \t]*:")
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


# --------------------------------------------------------------------------- dates

_DATE_WINDOW = 400
_DATE_KEYWORD = (
    r"(?:\b(?i:date|datum|published|updated|veröffentlicht|aktualisiert|gepubliceerd"
    r"|bijgewerkt)\b|日期|发布|發布)"
)
_Y = r"(?P<y>(?:19|20)[0-9]{2})"
_NUMERIC_DATES = (
    rf"(?<![\w/.]){_Y}-(?P<m>[0-9]{{1,2}})-(?P<d>[0-9]{{1,2}})(?![0-9])",
    rf"(?<![\w/.]){_Y}/(?P<m>[0-9]{{1,2}})/(?P<d>[0-9]{{1,2}})(?![\w/])",
    rf"(?<![\w./])(?P<d>[0-9]{{1,2}})\.(?P<m>[0-9]{{1,2}})\.{_Y}(?![0-9])",
    rf"(?<![\w/-])(?P<d>[0-9]{{1,2}})-(?P<m>[0-9]{{1,2}})-{_Y}(?![0-9-])",
    r"(?P<y>[0-9０-９]{4})\s*年\s*(?P<m>[0-9０-９]{1,2})\s*月\s*(?P<d>[0-9０-９]{1,2})\s*[日号號]",
    rf"{_DATE_KEYWORD}[\s:：]*{_Y}-(?P<m>[0-9]{{1,2}})(?![0-9-])",
)


@cache
def _date_patterns() -> tuple[re.Pattern[str], ...]:
    """The numeric date forms plus month-name forms built from `lexicon/months.yaml`."""
    months = _month_numbers()
    names = "|".join(re.escape(name) for name in sorted(months, key=len, reverse=True))
    month = rf"(?P<mon>{names})\.?"
    day = r"(?P<d>[0-3]?[0-9])"
    named = (
        rf"\b{month}[ \t]+{day}(?:st|nd|rd|th)?,?[ \t]+{_Y}\b",
        rf"\b{day}(?:\.|st|nd|rd|th|e|ste|de)?[ \t]+{month},?[ \t]+{_Y}\b",
    )
    flags = re.IGNORECASE
    return tuple(re.compile(p, flags) for p in (*_NUMERIC_DATES, *named))


@cache
def _month_numbers() -> dict[str, int]:
    """Lower-cased en/de/nl month names and abbreviations -> month number."""
    table = load_table("months")
    return {
        str(name).lower(): int(number)
        for number, row in table.items()
        for lang in ("en", "de", "nl")
        for name in row.get(lang) or []
    }


def find_publication_date(text: str) -> str | None:
    """The date an article states near its top, as ISO "YYYY-MM-DD" (or "YYYY-MM").

    Scraped articles carry their date in a header line ("date 2025-10-03",
    "2025-09-15 18:13:54", "12. September 2025"); only the opening is searched so a
    date mentioned in the story is not taken for the publication date.
    """
    head = text[:_DATE_WINDOW]
    found: list[tuple[int, str]] = []
    for pattern in _date_patterns():
        for match in pattern.finditer(head):
            iso = _iso_date(match)
            if iso is not None:
                found.append((match.start(), iso))
                break
    return min(found)[1] if found else None


def _iso_date(match: re.Match[str]) -> str | None:
    """ISO form of a date match, or None when it names no real day (e.g. 2025-13-40)."""
    groups = match.groupdict()
    year = int(groups["y"])
    month = _month_numbers()[groups["mon"].lower()] if groups.get("mon") else int(groups["m"])
    if groups.get("d") is None:
        return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None
    try:
        return date(year, month, int(groups["d"])).isoformat()
    except ValueError:
        return None


# --------------------------------------------------------------------------- documents


def read_document(path: Path, display: str, lang: str | None = None) -> Document:
    """Read, decode and prepare one file; `lang` (any spelling) overrides detection.

    HTML is reduced to its visible text with a map back to the file; Markdown is
    masked in place; anything else is taken as plain text.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(display, os_reason(exc)) from None
    raw, encoding = decode_bytes(data, display)
    suffix = path.suffix.lower()
    text, source_map = raw, ()
    if suffix in HTML_SUFFIXES:
        text, source_map = html_to_text(raw)
    elif suffix in MARKDOWN_SUFFIXES:
        text = mask_markdown(raw)
    return Document(
        path=display,
        lang=normalise_language(lang) if lang else detect_language(text),
        text=text,
        date=find_publication_date(raw if suffix in MARKDOWN_SUFFIXES else text),
        encoding=encoding,
        source_map=source_map,
    )


def load_documents(
    paths: Iterable[str | Path], lang: str | None = None
) -> Iterator[Document | Skipped]:
    """Stream Documents for every input; unreadable or binary files become `Skipped`.

    A missing top-level path raises `InputError` before anything is read: that is
    a mistake in the command, not a property of one file.
    """
    lang = normalise_language(lang) if lang else None
    for item in _walk_inputs(paths):
        yield load_input(item, lang)


InputItem = tuple[Path, str] | Skipped


def iter_inputs(paths: Iterable[str | Path]) -> Iterator[InputItem]:
    """(filesystem path, display path) per input file, or `Skipped` for a folder that
    cannot be listed; the unit of work a process pool hands out (see `parallel`).
    A missing top-level path raises `InputError` on the first `next()`."""
    return _walk_inputs(paths)


def load_input(item: InputItem, lang: str | None = None) -> Document | Skipped:
    """Read one walked input; a file that cannot be read becomes `Skipped`.
    `lang` must already be normalised (`normalise_language`)."""
    if isinstance(item, Skipped):
        return item
    path, display = item
    try:
        return read_document(path, display, lang)
    except InputError as exc:
        return Skipped(path=display, reason=exc.reason)
