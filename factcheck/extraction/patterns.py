"""Regular expressions built from word lists: alternations, phrase tries, look-behinds.

Word tables in the lexicon become one compiled pattern each. A trie of phrases
(`phrase_trie`) shares prefixes so a list of thousands of aliases compiles and
matches fast; `Preceding` finds the nearest phrase that ends at a position
without scanning backwards character by character.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

from factcheck.lexicon import by_language, load_table
from factcheck.lexicon.keptbuilds import remembered

# Languages that write a head noun at the end of a compound ("Rüstungssparte",
# "Millionenmetropole", "defensietak").
COMPOUND_LANGS = frozenset({"de", "nl"})
# The years news names, 1900 to 2079 ("von 2094 im Vorjahr" counts orders).
YEAR_DIGITS = r"19\d{2}|20[0-7]\d"
NEVER = re.compile("(?!)")  # what an empty word list matches: nothing

# Letters and digits of alphabetic scripts: a Latin word ends where these end, so
# "GPU" is a word in "50万块GPU的" although Chinese characters are word characters too.
WORD_CHARS = r"0-9A-Za-z_\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff"


def opening_pattern(
    phrases: Iterable[str], *, han: bool, lead: str = r"\s*", hyphen: bool = False
) -> re.Pattern[str]:
    """Phrases matched at a position (`.match`), after `lead` (spaces, or an opening
    quote too): a sentence's or a clause's first words ("Allerdings", ", which",
    ", including"). Outside Han script a phrase must end its word (and, with `hyphen`,
    not run on into a compound: "Daar-")."""
    listed = [p for p in phrases if p]
    if not listed:
        return NEVER
    edge = "" if han else (r"(?![\w-])" if hyphen else r"(?![\w])")
    return re.compile(rf"{lead}(?:{alternation(listed, word_edges=False)}){edge}", re.IGNORECASE)


def alternation(phrases: Iterable[str], *, word_edges: bool = True, left_edge: bool = True) -> str:
    """A regex alternation, longest first, spaces matching any white space.

    With `word_edges` a phrase that starts or ends with a letter must not touch
    another letter there; `left_edge=False` drops the start check, for symbols
    written straight after digits ("75ml", "500Km").
    """
    unique = sorted({p for p in phrases if p}, key=lambda p: (-len(p), p))
    edged, free = [], []
    for phrase in unique:
        body = r"\s+".join(re.escape(piece) for piece in phrase.split())
        if word_edges and left_edge and phrase[0].isalnum() and not is_han(phrase[0]):
            edged.append(body)
        else:
            free.append(body)
    # One shared left edge check instead of one per phrase: the regex engine then tests
    # it once per position, about ten times faster. The two groups start with different
    # characters, so splitting them keeps the longest-first choice at every position.
    if edged:
        free.insert(0, rf"(?<![{WORD_CHARS}])(?:{'|'.join(edged)})")
    if not free:
        return "(?!)"
    return "(?:" + "|".join(free) + ")" + (WORD_END if word_edges else "")


_SPACE_ATOM = " "
# The end of a phrase does not run into a word: its last character is no word
# character, or the next one is not. One check after a whole alternation or trie
# (the engine backtracks into shorter phrases when it fails) instead of one per
# phrase: a table of thousands of words then compiles about ten times faster.
WORD_END = rf"(?:(?<![{WORD_CHARS}])|(?![{WORD_CHARS}]))"


def phrase_trie(
    phrases: Iterable[str],
    *,
    word_edges: bool = True,
    left_edge: bool = True,
    ignore_case: bool = False,
    gap: str | None = None,
) -> str:
    """The same language as `alternation(phrases, ...)`, factored by common prefixes.

    Python's regex engine tries the branches of an alternation one by one, so a
    table of a thousand unit words costs a thousand attempts at every position
    it is matched; a trie costs one step per character. Longer phrases are still
    preferred (a branch is tried before the phrase that ends at its node).
    `ignore_case` merges phrases that differ in case (for patterns compiled
    case-insensitively); `gap` joins the characters of a phrase and drops its
    spaces ("个 百分点": Chinese unit words may be spaced out), without word edges.
    """
    listed = sorted(phrases) if isinstance(phrases, set | frozenset) else list(phrases)
    options = f"{word_edges} {left_edge} {ignore_case} {gap!r}\x1e"
    return remembered(
        "trie",
        options + "\x1f".join(listed),
        lambda: _built_trie(listed, word_edges, left_edge, ignore_case, gap),
    )


def _built_trie(
    phrases: list[str], word_edges: bool, left_edge: bool, ignore_case: bool, gap: str | None
) -> str:
    trie: dict[str, Any] = {}
    for phrase in phrases:
        atoms = _atoms(phrase.lower() if ignore_case else phrase, gap)
        if not atoms:
            continue
        node = trie
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[""] = {}
    if not trie:
        return "(?!)"
    edges = word_edges and gap is None
    body = "(?:" + _phrase_node(trie, None, edges, edges and left_edge, gap) + ")"
    return body + WORD_END if edges else body


def _atoms(phrase: str, gap: str | None) -> list[str]:
    if gap is not None:
        return [ch for ch in phrase if ch != " "]
    atoms: list[str] = []
    for piece in phrase.split():
        if atoms:
            atoms.append(_SPACE_ATOM)
        atoms.extend(piece)
    return atoms


def _is_word_char(atom: str | None) -> bool:
    return atom is not None and atom != _SPACE_ATOM and atom.isalnum() and not is_han(atom)


def _phrase_node(
    node: dict[str, Any], incoming: str | None, edges: bool, left: bool, gap: str | None
) -> str:
    branches = []
    for atom, child in sorted(node.items()):
        if not atom:
            continue
        piece = r"\s+" if atom == _SPACE_ATOM else re.escape(atom)
        if incoming is None and left and _is_word_char(atom):
            # the word-start check after the first letter: a failing position
            # costs one character comparison, not a lookbehind
            piece += rf"(?<![{WORD_CHARS}].)"
        if incoming is not None and gap:
            piece = gap + piece
        branches.append(piece + _phrase_node(child, atom, edges, left, gap))
    if "" in node:
        branches.append("")
    return _group(branches)


def _group(branches: list[str]) -> str:
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


class Hit:
    """Where a phrase found by `Preceding` stands, in the coordinates of the text."""

    __slots__ = ("_end", "_phrase", "_start")

    def __init__(self, start: int, end: int, phrase: str) -> None:
        self._start, self._end, self._phrase = start, end, phrase

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, index: int = 0) -> str:
        return self._phrase


class Preceding:
    """Phrases that end just before a position ("rund" in "rund 30"), found by
    matching a reversed pattern on the reversed window: one anchored match
    instead of a search that retries the whole alternation at every offset.

    When only spaces may stand between the phrase and the position, the window is
    matched only where its last other character can end a phrase (`_last_letters`):
    most numbers stand after a word that ends no hedge, bound or change phrase.
    """

    def __init__(
        self,
        phrases: Iterable[str],
        *,
        gap: str = r"[ \t\u00a0]*(?:\n[ \t\u00a0]*)?",
        between: str = "",
        flags: int = re.IGNORECASE,
        word_edges: bool = True,
    ) -> None:
        reversed_phrases = [p[::-1] for p in phrases]
        ignore_case = bool(flags & re.IGNORECASE)
        body = phrase_trie(reversed_phrases, word_edges=word_edges, ignore_case=ignore_case)
        self.pattern = re.compile(rf"{gap}{between}({body})", flags)
        spaced = not between and _only_spaces(gap)
        self._lasts = _last_letters(phrases) if spaced else None

    def search(self, text: str, lo: int, hi: int) -> Hit | None:
        if hi <= lo:
            return None
        if self._lasts is not None:
            last = hi - 1
            while last >= lo and text[last].isspace():
                last -= 1
            if last < lo or text[last] not in self._lasts:
                return None
        window = text[hi - 1 : lo - 1 : -1] if lo else text[hi - 1 :: -1]
        match = self.pattern.match(window)
        if match is None:
            return None
        return Hit(hi - match.end(), hi - match.start(1), match.group(1)[::-1])


def _only_spaces(gap: str) -> bool:
    """Whether a gap pattern consumes white space only (its classes of spaces, tabs,
    line breaks and no-break spaces, repeated or optional)."""
    spaces = r"\\[tn]|\\u(?:00a0|2009|202f|3000)|[ \t\n\u00a0\u2009\u202f\u3000]"
    return re.fullmatch(rf"(?:{spaces}|[\[\]*+?():])*", gap) is not None


def _last_letters(phrases: Iterable[str]) -> frozenset[str] | None:
    """The characters that may end one of `phrases` as a case-insensitive pattern
    matches them: their last letters in either case, and what re.IGNORECASE also takes
    i, k and s for; None (no shortcut) when a phrase ends in another non-ASCII letter
    with cases, whose folding is not sure."""
    lasts: set[str] = set()
    for phrase in phrases:
        if not phrase.strip():
            continue
        last = phrase.rstrip()[-1]
        if not (last.isascii() or is_han(last) or _caseless(last)):
            return None
        lasts |= {last, last.lower(), last.upper(), *_FOLDS.get(last.lower(), "")}
    return frozenset(lasts)


def _caseless(ch: str) -> bool:
    """A symbol with no other case ("€", "≈"), which re.IGNORECASE matches to itself."""
    return not ch.isalpha() and ch.lower() == ch == ch.upper()


def initials(phrases: Iterable[str]) -> str:
    """The first letters of `phrases` in either case, escaped for a character class
    (a phrase's first word too: an alternation drops the spaces before it)."""
    heads = {h for p in phrases for h in (p[:1], p.lstrip()[:1]) if h}
    return re.escape("".join(sorted({c for h in heads for c in (h.lower(), h.upper())})))


def initials_guard(phrases: Iterable[str]) -> str:
    """A look-ahead for the first letters of `phrases` in either case: a
    case-insensitive trie behind it is tried only where a phrase can start (no guard
    for no phrases: an empty class would not compile)."""
    firsts = initials(phrases)
    return f"(?=[{firsts}])" if firsts else ""


NON_WORD = rf"[^{WORD_CHARS}]"  # a character that no word runs across
# Characters beyond a letter's two cases that re.IGNORECASE matches to it.
_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


class Cued:
    """The matches of `pattern.finditer`, found faster where each match starts at one
    of a few characters (`at`, a character class body) or right after one (`after`, a
    character class; or at the text's start).

    Python's regex engine jumps at C speed only to a character that a pattern must
    start with, and a look-ahead guard, a case-insensitive letter or a look-behind
    opening names none: it then tries the whole pattern at every position. Here it
    jumps to the cue characters (digits, line breaks, the spaces before words) and
    tries the pattern only there, two to three times as fast. The matches are the same
    provided none is empty and none starts elsewhere; `tests/test_fast_patterns.py`.
    """

    def __init__(self, pattern: re.Pattern[str], *, at: str = "", after: str = "") -> None:
        self.pattern, self._after = pattern, bool(after)
        if after:
            self._cue = re.compile(rf"(?-i:{after})(?={pattern.pattern})", pattern.flags)
        else:
            cue = rf"(?-i:[{at}])(?<=(?={pattern.pattern})[\s\S])"
            self._cue = re.compile(cue, pattern.flags)

    @classmethod
    def guarded(cls, pattern: re.Pattern[str]) -> Cued | re.Pattern[str]:
        """A pattern that opens with a guard `(?=[...])`, cued by its characters (a
        case-insensitive one only by ASCII characters, and by what re.IGNORECASE also
        takes them for); any other pattern as it is."""
        head = re.match(r"\(\?=\[((?:[^\]\\]|\\.)+)\]\)", pattern.pattern)
        if head is None:
            return pattern
        firsts = head.group(1)
        if pattern.flags & re.IGNORECASE:
            if not firsts.isascii() or re.search("[A-Za-z]-|-[A-Za-z]", firsts):
                return pattern  # which characters IGNORECASE folds these to is unsaid
            firsts += "".join(f for ch, f in _FOLDS.items() if ch in firsts.lower())
        return cls(pattern, at=firsts)

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else endpos
        match = self.pattern.match(text, 0, end) if self._after and pos == 0 else None
        while True:
            if match is None:
                cue = self._cue.search(text, max(pos - self._after, 0), end)
                if cue is None:
                    return
                match = self.pattern.match(text, cue.end() if self._after else cue.start(), end)
                if match is None:  # cannot be: the look-ahead matched there
                    raise AssertionError(self.pattern.pattern)
            yield match
            pos, match = match.end(), None


def word_led(phrases: Iterable[str]) -> bool:
    """Whether every phrase opens with a word character, so that its `phrase_trie`
    (with word edges) matches only at a word start, after a `NON_WORD` character."""
    return all(_is_word_char(atoms[0]) for p in phrases if (atoms := _atoms(p.lower(), None)))


def is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def trie_pattern(phrases: Iterable[str]) -> str:
    """A regex matching any of `phrases`, factored by common prefixes."""
    trie: dict[str, Any] = {}
    for phrase in phrases:
        node = trie
        for ch in phrase.lower():
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict[str, Any]) -> str:
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    optional = "" in node
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if optional:
        return f"(?:{body})?"
    return body


def _norm(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def normalise_phrase(phrase: str) -> str:
    """Lower-case and single-space a matched phrase to look it up in a table."""
    return _norm(phrase)


def letter_cues(phrases: Iterable[str]) -> tuple[str, ...]:
    """Runs of letters such that every phrase holds one, in lower case: a text where a
    case-insensitive pattern of `phrases` matches holds one in its own lower case, so a
    few cheap `in` tests rule most texts out before the search ("jahr" or "heuer").
    Only ASCII letters but i, k and s (re.IGNORECASE also matches "İ", "K" and "ſ" to
    them) and Chinese characters qualify; ("",), in every text, when a phrase has none
    (or there are no phrases). The runs are picked greedily, the one in most phrases
    first, the longer on a tie."""
    left = {p.lower() for p in phrases}
    if not left:
        return ("",)
    runs = {run for p in left for run in _letter_runs(p)}
    cues: list[str] = []
    while left:
        held = {run: sum(run in p for p in left) for run in runs}
        best = max(held, key=lambda run: (held[run], len(run), run), default=None)
        if best is None or held[best] == 0:
            return ("",)
        cues.append(best)
        left = {p for p in left if best not in p}
    return tuple(cues)


def _letter_runs(phrase: str) -> set[str]:
    """The phrase's runs of plain letters: Latin ones of three or more (or its longest
    if shorter), Chinese ones of any length (a character is as telling as a word)."""
    runs = {
        phrase[i:j]
        for i in range(len(phrase))
        for j in range(i + 1, len(phrase) + 1)
        if all(_plain_letter(ch) for ch in phrase[i:j])
    }
    longest = max(map(len, runs), default=0)
    return {run for run in runs if len(run) >= min(3, longest) or is_han(run[0])}


def _plain_letter(ch: str) -> bool:
    """A letter that re.IGNORECASE matches only to itself in either case."""
    return ("a" <= ch <= "z" and ch not in "iks") or is_han(ch)


@cache
def listed(table: str, key: str, lang: str, after: str) -> re.Pattern[str]:
    """One language's phrases of a lexicon row as one pattern, `after` appended (with
    spaces and an end anchor after it, the words right before a position, searched in
    the text up to that position: "reached_before" in changes.yaml)."""
    phrases = by_language(load_table(table).get(key) or {}, lang)
    if not phrases:
        return re.compile("(?!)")
    return re.compile(rf"(?:{alternation(phrases, word_edges=lang != 'zh')}){after}", re.I)
