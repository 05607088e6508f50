"""The lines of a page and the words of furniture.yaml, compiled once: what the
furniture rules (`furniture`, `furniture_shapes`) read a page with."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from factcheck.extraction.patterns import is_han, trie_pattern
from factcheck.lexicon import load_table
from factcheck.models import LANGUAGES

Span = tuple[int, int]

SHORT_LINE = 80
CUE_LINE = 40
# A link ("Next article...", "Lees ook: ...") is a title, not a paragraph.
LINK_LINE = 150
# An item of a list of other articles is a headline (up to this long), not a paragraph;
# at most RELATED_ITEMS lines with words under one list heading are taken for its items.
RELATED_LINE = 140
RELATED_ITEMS = 15
# A multi-entry ticker line ("DAX 15.432 +0,5% | Dow 38.654 -0,3%") may be longer.
TICKER_LINE = 200
# Words or Chinese characters besides the cues that make a short cue line a headline.
HEADLINE_WORDS = 5
HEADLINE_HAN = 10
# Words a heading may add to its cue ("Recommended for you", "Mehr zum Thema Erdbeben").
HEADING_WORDS = 3
# A dated item of a list of other articles: this much headline besides its date.
ITEM_WORDS = 3
ITEM_HAN = 6
# Signs of code on one line ("function(", "=>", "var x =", "})", "a.b(").
CODE_SIGNS = 2
# Characters before a cut-off number that must also stand earlier in the text.
CUT_CONTEXT = 12

# A sentence of the story: closing punctuation and enough words. "Nvidia shares rose
# 3% on Monday." and "谷歌的广告收入增长了 11%。" hold a cue word (shares, 广告) but are
# prose; "Lesezeit: 4 Min." and "0浏览 收藏" are not.
PROSE_WORDS = 4
PROSE_HAN = 8
_CLOSERS = " \t\"'»«“”’)]）」』"
_SENTENCE_MARKS = ".!?。！？"
_WORD = re.compile(r"[^\W\d_]{2,}")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]{2,}")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_HAN_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_DIGIT = re.compile(r"\d")
_NUMBER = re.compile(r"\d+(?:[.,:/]\d+)*")
_LINE = re.compile(r"[^\n]+")
# Decoration before a heading or a date: bullets, brackets, quotes ("【相关阅读】", "» ").
# decoration before a cue, and a quoted section name ('"Society" POPULAR ARTICLE')
_LEAD = re.compile(r"[\s•·▪◦‣*>»›【\[(（「『\"'“]*(?:[^\s\"“”]{1,20}[\"”][ \t]+)?")

# Widgets: signed changes and arrows, scores, temperatures.
_SIGNED_PERCENT = re.compile(r"(?<![\w.,])[+\-±][ \t]?\d+(?:[.,]\d+)?[ \t]?%")
_ARROW = re.compile(r"[▲▼△▽↑↓⬆⬇][ \t]?[+\-]?\d")
_SIGNED_DECIMAL = re.compile(r"(?<![\w.,])[+\-]\d+[.,]\d+")
# A score: "3:1", "2 - 1", "2–1", and "2-1" with one digit a side ("18-24" is a range).
_SCORE = re.compile(
    r"(?<![\d:.,])\d{1,2}[ \t]?:[ \t]?\d(?![\d:.,])"
    r"|(?<![\d.,/\-–])(?:\d{1,2}(?: [-–] |–)\d{1,2}|\d-\d)(?![\d.,/\-–])"
)
_DEGREE = re.compile(r"\d[ \t]?°")
_PERCENT = re.compile(r"\d[ \t]?%")

# Markers: references, list numbers opening a line, caption counters.
_BRACKET_REF = re.compile(r"[\[［]\d{1,3}(?:[,–-]\d{1,3})*[\]］]")
_LIST_NUMBER = re.compile(
    r"^[ \t]*(?:[•·▪◦‣*\-][ \t]*)?(?:\(\d{1,2}\)|\d{1,2}[.)])(?=[ \t]+[^\d\s])"
    r"|^[ \t]*\d{1,2}\.(?=[\u3400-\u9fff])",
    re.MULTILINE,
)
_CAPTION_COUNTER = re.compile(r"[(（]\d{1,3}[ \t]*/[ \t]*\d{1,3}[)）][ \t]*$", re.MULTILINE)

# Footnotes: a numbered note opening a line ("(1) Installed Base Management sales ...");
# a note number glued to a word or to closing punctuation ("billion2", "sales.2"), or
# to a grouped figure ("2,6022" is 2,602 and note 2); a note number between a table
# row's label and its figures ("Management sales 1 1,365 1,555").
_NOTE = re.compile(r"^[ \t]*(?:\((\d{1,2})\)|\[(\d{1,2})\]|(\d{1,2})\))[ \t]+\S", re.MULTILINE)
_GLUED_TO_WORD = re.compile(
    r"(?<=[^\W\d_]{3})\d{1,2}(?!\d)(?![.,]\d)|(?<=[^\W\d_][.;:)”\"’])\d{1,2}(?=\s)"
)
_GLUED_TO_FIGURE = re.compile(r"(?<![\d.,])\d{1,3}(?:[.,]\d{3})+(\d)(?!\d)(?![.,]\d)")
_NOTE_IN_ROW = re.compile(r"(?<=[^\W\d_][ \t])\d{1,2}(?=[ \t]+\d)")

_CODE = re.compile(
    r"function[ \t]*\(|=>|\bvar[ \t]+[\w$]+[ \t]*=|\}[ \t]*\)|[A-Za-z_$]\.[A-Za-z_$][\w$]*\("
)  # a method call is ASCII: "4.77萬億日元(折合…)" is a figure and its conversion
# Month and day without a year, as lists of articles date them: "06-19", "03/30".
_SHORT_DATE = re.compile(r"(?<![\d.,/-])(?:0?[1-9]|1[0-2])[-/](?:0?[1-9]|[12]\d|3[01])(?![\d/-])")
# A counter's number next to its cue: "1,234 views", "Kommentare (23)", "阅读量 1.2万".
# "Werbung 238 Milliarden" is no counter: after a Latin cue a colon or bracket comes.
_ADJACENT_AFTER = re.compile(r"[ \t]*[:：(（\[|·•][ \t:：(（\[|·•]*\d")
_ADJACENT_AFTER_HAN = re.compile(r"[ \t:：(（\[|·•]{0,3}\d")
# A cue that labels its line: "Anzeige: ...", "Sponsored | ...".
_LABEL = re.compile(r"[ \t]*[:：|·•»›]")
# A date opening an entry of the story's own timeline: "6. Februar 2023: ...", "6月9日:".
_TIMELINE = re.compile(r"[ \t]*[:：]")
_SEPARATOR = re.compile(r"[ \t]*[:：|\-–—»›>][ \t]*")


def reads_as_prose(line: str) -> bool:
    """A line that is a sentence of the story, whatever words it contains: closing
    punctuation and at least `PROSE_WORDS` words or `PROSE_HAN` Chinese characters."""
    return _prose(line.strip(), lambda: han_count(line))[0]


def han_count(text: str) -> int:
    """How many Chinese characters `text` holds, counted by runs: a third of the time
    of one string per character."""
    return len("".join(_HAN_RUN.findall(text)))


def _prose(text: str, han: Callable[[], int]) -> tuple[bool, bool]:
    """Whether `text` reads as prose, and whether as a statement: prose that ends with
    a full stop, where "!", "?" and "..." end headlines too."""
    body = text.rstrip(_CLOSERS)
    if body[-1:] not in _SENTENCE_MARKS:
        return False, False
    prose = han() >= PROSE_HAN or len(_WORD.findall(text)) >= PROSE_WORDS
    return prose, prose and body[-1] in ".。" and body[-2:-1] not in (".", "…")


# --- lines ----------------------------------------------------------------------------------


class _Line:
    """One non-blank line and what the rules ask of it. Words, Chinese characters and
    numbers are counted when a rule first asks; a line longer than `TICKER_LINE` (a
    paragraph) is only asked whether it opens with a cue or is code."""

    __slots__ = (
        "_han",
        "_numbers",
        "_words",
        "digits",
        "end",
        "prose",
        "start",
        "statement",
        "text",
    )

    def __init__(self, start: int, text: str) -> None:
        self.start, self.end, self.text = start, start + len(text), text
        self._words = self._han = self._numbers = -1
        self.digits = self.prose = self.statement = False
        if len(text) > TICKER_LINE:
            self._words = self._han = self._numbers = 0
            return
        self.digits = _DIGIT.search(text) is not None
        self.prose, self.statement = _prose(text, lambda: self.han)

    @property
    def words(self) -> int:
        """Latin words of two letters or more."""
        if self._words < 0:
            self._words = len(_LATIN_WORD.findall(self.text))
        return self._words

    @property
    def han(self) -> int:
        """Chinese characters."""
        if self._han < 0:
            self._han = han_count(self.text)
        return self._han

    @property
    def numbers(self) -> int:
        """Numbers written in digits ("15.432,10" is one)."""
        if self._numbers < 0:
            self._numbers = len(_NUMBER.findall(self.text)) if self.digits else 0
        return self._numbers

    @property
    def span(self) -> Span:
        return self.start, self.end

    def dense(self) -> bool:
        """Numbers and hardly a word: "15.432,10", "1. Bayern München 25 61"."""
        return self.words + self.han / 2 <= self.numbers + 1


def _lines(text: str) -> list[_Line]:
    lines = []
    for match in _LINE.finditer(text):
        raw = match.group()
        stripped = raw.strip()
        if stripped:
            lines.append(_Line(match.start() + len(raw) - len(raw.lstrip()), stripped))
    return lines


# --- language data --------------------------------------------------------------------------


def _phrases(key: str) -> list[str]:
    """One row of furniture.yaml, all languages."""
    table = load_table("furniture").get(key) or {}
    return [str(w) for lang in LANGUAGES for w in table.get(lang) or []]


def _split(phrases: list[str]) -> tuple[list[str], list[str]]:
    """Latin and Chinese phrases."""
    return [p for p in phrases if not is_han(p[0])], [p for p in phrases if is_han(p[0])]


def _alternation(phrases: list[str], glued: bool = False) -> str:
    """Phrases as one pattern of prefix tries; Latin phrases stand as whole words (at
    their start only when `glued`: "Next articleEindhoven")."""
    latin, han = _split(phrases)
    parts = []
    if latin:
        right = "" if glued else r"(?:(?<=\.)|(?![^\W_]))"
        parts.append(rf"(?<![^\W_])(?:{trie_pattern(latin)}){right}")
    if han:
        parts.append(f"(?:{trie_pattern(han)})")
    return "|".join(parts) or "(?!)"


def _cased(phrases: list[str], lower: bool = True) -> str:
    """A case-sensitive prefix trie of `phrases` as written, capitalised, in capitals
    and (when `lower`) in lower case: much faster on a whole page than ignoring case."""
    forms = {f for p in phrases for f in (p, p[:1].upper() + p[1:], p.upper())}
    if lower:
        forms |= {p.lower() for p in phrases}
    trie: dict[str, Any] = {}
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict[str, Any]) -> str:
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _guard(starts: list[str]) -> str:
    """A lookahead for the first characters of `starts`: the cheap test that fails at
    most positions of a page before any branch of the pattern is tried."""
    chars = {c for p in starts if p for c in (p[0].lower(), p[0].upper())}
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"


def _chars(key: str) -> str:
    """A row of single characters as the body of a character class."""
    return "".join(re.escape(c) for c in _phrases(key))


@cache
def _cues(key: str, glued: bool = False) -> re.Pattern[str]:
    """All languages' cues of one row as one pattern."""
    return re.compile(_alternation(_phrases(key), glued), re.IGNORECASE)


@cache
def _openings() -> re.Pattern[str]:
    """Any tail, link or list cue: most lines fail this one match and skip the three."""
    keys = ("tail_cues", "link_cues", "list_cues")
    return re.compile(_alternation([p for key in keys for p in _phrases(key)], True), re.I)


@cache
def _picture_words() -> re.Pattern[str]:
    return re.compile(_alternation(_phrases("gallery_labels") + _phrases("more_photos")), re.I)


@cache
def _ticker_names() -> re.Pattern[str]:
    return re.compile(_alternation(_phrases("ticker_names")), re.IGNORECASE)


@cache
def counter_after() -> re.Pattern[str]:
    """A page counter right after a number: "543次学习", "1.2k views". Not in a sentence
    of prose, whose line ends in a full stop ("... racked up more than 800,000 views.",
    "该视频获得了80万次浏览。")."""
    prose_end = r"[^\n]*[.!?。！？][\"'»«“”’)\]）」』]*[ \t]*(?:\n|$)"
    return re.compile(rf"[ \t]*(?:{_cues('count_after').pattern})(?!{prose_end})", re.I)


@cache
def _ago() -> re.Pattern[str]:
    """A byline's relative time: "2 hours ago", "vor 3 Stunden", "3小时前"."""
    table = load_table("furniture")
    parts = []
    for lang in LANGUAGES:
        unit = f"(?:{trie_pattern(str(u) for u in table['ago_units'].get(lang) or [])})"
        gap = r"[ \t]*" if lang == "zh" else r"[ \t]+"
        for template in table["ago"].get(lang) or []:
            body = gap.join(re.escape(piece) for piece in str(template).split(" "))
            body = body.replace(re.escape("{n}"), r"\d{1,3}").replace(re.escape("{unit}"), unit)
            parts.append(body if lang == "zh" else rf"(?<![^\W_]){body}(?![^\W_])")
    return re.compile("|".join(parts) or "(?!)", re.IGNORECASE)


@cache
def _clock_only() -> re.Pattern[str]:
    """A clock time and nothing else: "23:50", "14:23 Uhr"."""
    words = trie_pattern(_phrases("clock_words"))
    return re.compile(rf"\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?(?:[ \t]*(?:{words}))?$", re.I)


def _suffixes() -> str:
    """A counter's scale letters and words as a character class body ("K", "w", "万")."""
    letters = {c for s in _phrases("counter_suffixes") for c in (s, s.upper())}
    return "".join(re.escape(c) for c in sorted(letters))  # sorted: one pattern every run


def _counted() -> str:
    """A counter's number with its scale ("1.2K", "3.4w", "1.2万")."""
    return rf"\d[\d.,]*(?:[ \t]?[{_suffixes()}])?\+?"


@cache
def _adjacent_before() -> re.Pattern[str]:
    """A counter's number right before its cue: "1,234 views", "0浏览", "5 min read"."""
    return re.compile(rf"\d[ \t]?[{_suffixes()}+]?[ \t:：)）\]|·•\-]{{0,3}}$")


@cache
def _labelled() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A number after its label, as a Latin and a Chinese pattern:

    - gallery and page counters: "Bild 3 von 12", "Foto: 1/5", "第3张/共12张", "第2页";
    - figure labels: "Fig. 2", "Abb. 3", "图1" (a Latin label is capitalised, as labels
      are: "the table 2 shows" is no label);
    - counters before their number: "Kommentare (23)", "阅读 1.2万", "人氣 23969" (a
      Latin counter needs a colon or a bracket before the number).

    Latin labels are tried only where a word starts with one of their first letters.
    """
    gallery_latin, gallery_han = _split(_phrases("gallery_labels"))
    figure_latin, figure_han = _split(_phrases("figure_labels"))
    count_latin, count_han = _split(_phrases("count_before"))
    of_latin, of_han = _split(_phrases("of_words"))
    of = rf"(?:/|(?:{_cased(of_latin)})(?![^\W_]))"
    units = f"(?:{trie_pattern(_phrases('gallery_units'))})"
    ordinal = f"(?:{trie_pattern(_phrases('list_ordinal'))})"
    total = f"(?:{trie_pattern(of_han)})"
    number, after = _counted(), r"[ \t]*[)）\]]?(?=[ \t]*(?:$|[|·•/,，)）\]】]))"
    latin = [
        rf"(?:{_cased(gallery_latin)})(?![^\W_])[ \t]*[:：]?[ \t]*"
        rf"\d{{1,3}}[ \t]*{of}[ \t]*\d{{1,3}}(?!\d)",
        rf"(?:{_cased(figure_latin, lower=False)})(?:(?<=\.)|(?![^\W_]))"
        rf"[ \t]?\d{{1,2}}(?!\d)(?![.,]\d)",
        rf"(?:{_cased(count_latin)})(?![^\W_])"
        rf"[ \t]*(?:[:：][ \t]*[(（\[]?|[(（\[])[ \t]*{number}{after}",
    ]
    han = [
        rf"(?:{trie_pattern(gallery_han)})[ \t]*[:：]?[ \t]*"
        rf"\d{{1,3}}[ \t]*[/／][ \t]*\d{{1,3}}(?!\d)",
        rf"{ordinal}[ \t]*\d{{1,3}}[ \t]*{units}[ \t]*[/／]?[ \t]*"
        rf"{total}[ \t]*\d{{1,3}}[ \t]*{units}",
        rf"{ordinal}[ \t]*\d{{1,3}}[ \t]*{units}(?![\u3400-\u9fff])",
        rf"(?:(?<![\u3400-\u9fff])|(?<=[{_chars('figure_before')}]))"
        rf"(?:{trie_pattern(figure_han)})[ \t]?\d{{1,2}}(?![\d.,])",
        rf"(?:{trie_pattern(count_han)})[ \t]*[:：]?[ \t]*[(（\[]?[ \t]*{number}{after}",
    ]
    latin_guard = _guard([*gallery_latin, *figure_latin, *count_latin])
    han_guard = _guard([*gallery_han, *_phrases("list_ordinal"), *figure_han, *count_han])
    return (
        re.compile(rf"\b{latin_guard}(?<![^\W_])(?:{'|'.join(latin)})", re.MULTILINE),
        re.compile(rf"{han_guard}(?:{'|'.join(han)})", re.MULTILINE),
    )


@cache
def _bare_counters() -> re.Pattern[str]:
    """A gallery's counters alone on their line: "3 / 12", "3 von 12", "+17", "+5 Fotos",
    "12 Bilder", "共12张"."""
    of_latin, of_han = _split(_phrases("of_words"))
    more_latin, more_han = _split(_phrases("more_photos"))
    of = rf"(?:/|(?:{trie_pattern(of_latin)})(?![^\W_]))"
    return re.compile(
        rf"^[ \t]*(?:[(（]?\d{{1,3}}[ \t]*{of}[ \t]*\d{{1,3}}[)）]?"
        rf"|\+[ \t]?\d{{1,3}}(?:[ \t]*(?:{_alternation(more_latin + more_han)}))?"
        rf"|\d{{1,3}}[ \t]*(?:{_alternation(more_latin)})"
        rf"|(?:{trie_pattern(of_han)})?[ \t]*\d{{1,3}}[ \t]*(?:{trie_pattern(more_han)}))[ \t]*$",
        re.IGNORECASE | re.MULTILINE,
    )


@cache
def _picture_count() -> re.Pattern[str]:
    """A Chinese count of pictures without a label: "3/12张", "3/共12张"."""
    units = f"(?:{trie_pattern(_phrases('gallery_units'))})"
    total = f"(?:{trie_pattern(_split(_phrases('of_words'))[1])})"
    return re.compile(  # "(?<![\d.,])\d{1,3}", digit first: the scan jumps to digits
        rf"\d(?<![\d.,]\d)\d{{0,2}}[ \t]*[/／][ \t]*{total}?[ \t]*\d{{1,3}}[ \t]*{units}"
    )


@cache
def _clause_numbers() -> re.Pattern[str]:
    """Chinese list numbers opening a line or a clause after a colon or semicolon:
    "(一)", "第一,", "第2,", "一、", "1、" (but "三、四十人" is thirty or forty people)."""
    numerals = _chars("list_numerals")
    ordinal = f"(?:{trie_pattern(_phrases('list_ordinal'))})"
    return re.compile(
        rf"(?:^|(?<=[:：;；。！？!?]))[ \t]*"
        rf"(?:[(（][{numerals}\d]{{1,3}}[)）]"
        rf"|{ordinal}(?:[{numerals}]{{1,3}}|\d{{1,2}})[,，、]"
        rf"|[{numerals}]{{1,3}}、(?![{numerals}\d])"
        rf"|\d{{1,2}}、(?![{numerals}\d]))",
        re.MULTILINE,
    )


@cache
def _pagination_words() -> re.Pattern[str]:
    words = _alternation(_phrases("pagination_words"))
    return re.compile(rf"{words}|[«»‹›<>|…·.,:\-–—\s]+", re.IGNORECASE)


# --- cue words ------------------------------------------------------------------------------
