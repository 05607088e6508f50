"""The range patterns of a language's `Grammar`: "6 bis 10", "between 6 and 10", "von
28,6 auf 33,1", "± 500", "zwei von drei" (lexicon/ranges.yaml)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcheck.extraction.patterns import Preceding, alternation, is_han, phrase_trie
from factcheck.lexicon import by_language, load_table

if TYPE_CHECKING:
    from factcheck.extraction.grammar import Grammar


def add_ranges(g: Grammar) -> None:
    """Range connectors, "from", tolerances, "between … and", ratios and changes
    (lexicon/ranges.yaml), compiled onto the grammar."""
    table = load_table("ranges")
    words_ = [w for w in by_language(table["connectors"], g.lang) if w[0].isalpha() or is_han(w[0])]
    symbols = [w for w in by_language(table["connectors"], g.lang) if w not in words_]
    space = r"[ \t\u00a0]"
    word_alt = phrase_trie(words_, ignore_case=True)
    symbol_alt = "|".join(re.escape(s) for s in symbols)
    g.connector = re.compile(
        rf"(?:{space}*-?{space}+(?P<word>{word_alt}){space}+|{space}*(?P<sym>{symbol_alt}){space}*)"
        if g.lang != "zh"
        else rf"{space}*(?P<word>{word_alt}|{symbol_alt}){space}*",
        re.IGNORECASE,
    )
    g.range_from = Preceding(by_language(table["from"], g.lang))
    g.origin_before = Preceding(by_language(table.get("origin_before") or {}, g.lang))
    tolerance = by_language(table.get("tolerance") or {}, g.lang)
    spoken = rf"|{phrase_trie(tolerance, ignore_case=True)}" if tolerance else ""
    g.plus_minus = re.compile(rf"[ \t,，]*(?:±|\+/-|\+-{spoken})[ \t]*", re.IGNORECASE)
    pairs = table["between"].get(g.lang) or []
    for pair in sorted(pairs, key=lambda p: -len(p[0]) - len(p[1])):  # longest first
        opener = Preceding([pair[0]])
        closer = re.compile(rf"[ \t\u00a0]*({alternation([pair[1]])})[ \t\u00a0]*", re.IGNORECASE)
        g.between.append((opener, closer))
    closers: dict[str, list[str]] = {}
    for middle, closer in (table.get("enclosed") or {}).get(g.lang) or []:
        closers.setdefault(middle, []).append(closer)
    if closers:  # one match for the middle word, then only its own closers
        g.enclosed_middle = re.compile(rf"[ \t]*({phrase_trie(closers)})[ \t]*")
        g.enclosed_closers = {m: re.compile(rf"[ \t]*{phrase_trie(c)}") for m, c in closers.items()}
    for key in ("ratio", "part_of"):
        words = by_language(table.get(key), g.lang)
        if words:
            pattern = rf"[ \t]+{phrase_trie(words, ignore_case=True)}[ \t]+"
            setattr(g, key, re.compile(pattern, re.IGNORECASE))
    if tenths := by_language(load_table("fractions").get("tenths"), g.lang):
        g.tenths = re.compile(
            rf"[ \t]*({'|'.join(map(re.escape, tenths))})(半)?(?![为為功本员員立果绩績交长長])"
        )
    change = phrase_trie(by_language(table["change"], g.lang), ignore_case=True)
    g.change = re.compile(rf"[ \t\u00a0]*({change})[ \t\u00a0]*", re.IGNORECASE)
    g.change_from = Preceding(by_language(table.get("change_from"), g.lang))
    g.change_by_to = Preceding(by_language(table.get("change_by_to"), g.lang))
