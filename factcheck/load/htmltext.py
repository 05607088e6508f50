"""HTML to visible text, with a map from every text offset back to the file.

Claim offsets must point into the file the user has, so nothing is rewritten
without recording where it came from; navigation, scripts and styles are dropped
before extraction so their numbers never become claims.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections import Counter
from html.parser import HTMLParser

SourceMap = tuple[tuple[int, int], ...]

_DROP = frozenset(
    {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form"}
    | {"svg", "head", "menu", "dialog"}
)
# ARIA landmarks that mark page furniture on any element (<div role="navigation">).
_DROP_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search"}
)
# Elements whose <header> is the story's, not the site's.
_STORY = frozenset({"article", "main"})
# Elements without an end tag: they never open anything to close.
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param"}
    | {"source", "track", "wbr"}
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
        self._dropping: list[str] = []  # elements open since a dropped one, outermost first
        self._open: Counter[str] = Counter()  # the same by name
        self._stories = 0  # <article>/<main> elements open (and read)

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
        if tag not in _VOID and (self._dropping or _is_furniture(tag, attrs, self._stories > 0)):
            self._dropping.append(tag)  # inner elements too: their end tags must not end it
            self._open[tag] += 1
        elif tag in _STORY:
            self._stories += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self._separate()

    def handle_endtag(self, tag: str) -> None:
        if tag in _STORY and self._stories and not self._open[tag]:
            self._stories -= 1
        if self._open[tag]:
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


def _is_furniture(tag: str, attrs: list[tuple[str, str | None]], in_story: bool) -> bool:
    """Navigation, scripts, hidden parts: elements whose numbers are not the story's.

    A <header> inside <article> or <main> is the story's own (headline, standfirst:
    figures of the story), not the site's banner, so it is read; what in it is not the
    story is left to the main-content vote (`maincontent`).
    """
    if tag in _DROP and not (tag == "header" and in_story):
        return True
    for name, value in attrs:
        if name == "hidden" or (name == "aria-hidden" and value == "true"):
            return True
        if name == "role" and value and not _DROP_ROLES.isdisjoint(value.lower().split()):
            return True
    return False


def html_to_text(source: str) -> tuple[str, SourceMap]:
    """Visible text of an HTML page and the map from text offsets back to `source`.

    Page furniture (navigation, headers, footers, forms, scripts) is dropped, block
    elements become line breaks, entities are decoded. The map lists
    (text offset, source offset) where their difference changes; see `map_offset`.
    """
    fed = BARE_AMPERSAND.sub(" ", _defuse_tail(source))
    parser = _TextExtractor(source, fed)
    parser.feed(fed)
    parser.close()
    return "".join(parser.parts), tuple(parser.pairs)


# An "&" that starts no character reference is data: fed as a space, so that the parser
# reads a run of them as one piece of text, not one call each ("&&&&…" cost 8× ordinary
# HTML); the text is read back from the source, so the "&" stays.
BARE_AMPERSAND = re.compile(r"&(?![#A-Za-z])")


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
