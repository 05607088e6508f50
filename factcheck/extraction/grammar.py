"""Per-language patterns compiled once from the lexicon tables.

A `Grammar` is everything the extractor needs to know about one language: which
characters can start a numeral, what each number word is worth, and the anchored
patterns for the words around a number (scale words, units, hedges, bounds, range
connectors, multipliers). Nothing here scans a text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any, NamedTuple

from factcheck.extraction.digits import HAN_CHARS
from factcheck.extraction.grammar_ranges import add_ranges
from factcheck.extraction.patterns import (
    Preceding,
    _norm,
    alternation,
    initials,
    normalise_phrase,
    phrase_trie,
    trie_pattern,
)
from factcheck.lexicon import by_language, load_table, words


@dataclass(frozen=True, slots=True)
class Word:
    """What one number word means: kind is cardinal, scale, joiner, article,
    dozen, denominator, fraction, plus_half, ordinal or multiplier."""

    kind: str
    value: float


class Carried(NamedTuple):
    """The number a word carries: 2 for "doubled" (a multiplier, a change), 2 for
    "zweitgrößte" (a rank)."""

    value: float
    kind: str
    change: bool


class VagueAmount(NamedTuple):
    """A vague amount's power and the range it stands for ("thousands": 1,000, 2,000-9,999)."""

    power: float
    low: float
    high: float
    unit: str | None = None  # "vijftiger": someone in their fifties, 50-59 years


@dataclass(slots=True)
class Grammar:
    """Compiled patterns and word tables of one language."""

    lang: str
    words: dict[str, Word] = field(default_factory=dict)
    scale_names: dict[str, float] = field(default_factory=dict)
    tight_scales: dict[str, float] = field(default_factory=dict)
    money_scales: set[str] = field(default_factory=set)
    cased_scales: dict[str, float] = field(default_factory=dict)  # "billion" in German text
    start: re.Pattern[str] = re.compile("(?!)")
    word_token: re.Pattern[str] = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
    compound: re.Pattern[str] | None = None
    morpheme: re.Pattern[str] | None = None
    scale_after: re.Pattern[str] = re.compile("(?!)")
    tight_after: re.Pattern[str] = re.compile("(?!)")
    hedge_before: Preceding = field(default_factory=lambda: Preceding([]))
    change_before: Preceding = field(default_factory=lambda: Preceding([]))
    no_change_before: Preceding = field(default_factory=lambda: Preceding([]))  # "set up"
    compared_before: re.Pattern[str] = re.compile("(?!)")  # "比日本高": a difference follows
    change_after: re.Pattern[str] = re.compile("(?!)")
    change_particle: re.Pattern[str] = re.compile("(?!)")
    change_by: Preceding = field(default_factory=lambda: Preceding([]))
    change_from: Preceding = field(default_factory=lambda: Preceding([]))
    change_by_to: Preceding = field(default_factory=lambda: Preceding([]))  # "fell by X to Y"
    hedge_after: re.Pattern[str] = re.compile("(?!)")
    hedge_ahead: re.Pattern[str] = re.compile("(?!)")  # "auf |rund |66,4": a hedge at a position
    bound_before: Preceding = field(default_factory=lambda: Preceding([]))
    bound_after: re.Pattern[str] = re.compile("(?!)")
    bound_of: dict[str, str] = field(default_factory=dict)
    bound_start: re.Pattern[str] = re.compile("(?!)")
    bound_joint: re.Pattern[str] = re.compile("(?!)")
    cents_joint: re.Pattern[str] = re.compile("(?!)")
    connector: re.Pattern[str] = re.compile("(?!)")
    range_from: Preceding = field(default_factory=lambda: Preceding([]))
    between: list[tuple[Preceding, re.Pattern[str]]] = field(default_factory=list)
    change: re.Pattern[str] = re.compile("(?!)")
    enclosed_middle: re.Pattern[str] = re.compile("(?!)")
    enclosed_closers: dict[str, re.Pattern[str]] = field(default_factory=dict)
    ratio: re.Pattern[str] = re.compile("(?!)")
    part_of: re.Pattern[str] = re.compile("(?!)")
    tenths: re.Pattern[str] = re.compile("(?!)")
    multiplier_after: re.Pattern[str] = re.compile("(?!)")
    ordinal_suffix: re.Pattern[str] = re.compile("(?!)")
    rank_before: Preceding = field(default_factory=lambda: Preceding([]))
    top_before: Preceding = field(default_factory=lambda: Preceding([]))  # "the top three"
    rank_after: re.Pattern[str] = re.compile("(?!)")
    rank_cue_after: re.Pattern[str] = re.compile("(?!)")
    not_rank_after: re.Pattern[str] = re.compile("(?!)")
    dotted_before: Preceding = field(default_factory=lambda: Preceding([]))
    day_before: Preceding = field(default_factory=lambda: Preceding([]))
    name_before: Preceding = field(default_factory=lambda: Preceding([]))
    variant_before: Preceding = field(default_factory=lambda: Preceding([]))
    han_name_before: Preceding = field(default_factory=lambda: Preceding([]))
    name_suffix_after: re.Pattern[str] = re.compile("(?!)")
    coordinate_before: Preceding = field(default_factory=lambda: Preceding([]))
    coordinate_after: re.Pattern[str] = re.compile("(?!)")
    coordinate_ends: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()  # capitalised words that name nothing: "In 5"
    one_as_pronoun: re.Pattern[str] = re.compile("(?!)")  # "one of the victims"
    sprint: re.Pattern[str] = re.compile("(?!)")  # "0 auf 100": a speed test
    ordinal_stems: frozenset[str] = frozenset()  # "erst", "eerst": adverbs alone
    origin_before: Preceding = field(default_factory=lambda: Preceding([]))  # "up from"

    def scale_value(self, word: str) -> float | None:
        """The factor of a scale word: as written where its case tells (`cased`: a
        German text's "$102.5 billion" quotes the English word), else whatever its case."""
        return self.cased_scales.get(word) or self.scale_names.get(word.lower())

    def morphemes_at(self, word: str, pos: int) -> list[str]:
        """Morphemes that match `word` at `pos`, longest first."""
        return [m for m in self.morphemes_by_first.get(word[pos], ()) if word.startswith(m, pos)]

    vague: re.Pattern[str] = re.compile("(?!)")
    morphemes_by_first: dict[str, tuple[str, ...]] = field(default_factory=dict)
    decimal_point: re.Pattern[str] = re.compile("(?!)")
    pronoun_before: Preceding = field(default_factory=lambda: Preceding([]))
    plus_minus: re.Pattern[str] = re.compile(r"[ \t]*(?:±|\+/-|\+-)[ \t]*")
    vague_values: dict[str, VagueAmount] = field(default_factory=dict)
    carried_words: dict[str, Carried] = field(default_factory=dict)
    carried: re.Pattern[str] = re.compile("(?!)")


@cache
def grammar(lang: str) -> Grammar:
    """The compiled grammar of `lang` (built once per process)."""
    g = Grammar(lang=lang)
    _add_words(g)
    _add_scales(g)
    _add_context(g)
    add_ranges(g)
    _add_ordinals(g)
    _add_vague(g)
    _add_carried(g)
    g.start = re.compile(_start_pattern(g), re.IGNORECASE)
    return g


def _add_words(g: Grammar) -> None:
    table = load_table("number_words")
    for row in table["cardinals"]:
        kind = "article" if row.get("article") else "dozen" if row.get("dozen") else "cardinal"
        for w in words(row, g.lang):
            g.words.setdefault(w.lower(), Word(kind, float(row["value"])))
    for w in by_language(table["joiners"], g.lang):
        g.words[w.lower()] = Word("joiner", 0.0)
    pronoun = by_language(table.get("pronoun_one_after"), g.lang)
    if pronoun:
        g.pronoun_before = Preceding(pronoun, gap=r"[ \t]+")
    points = by_language(table.get("decimal_point"), g.lang)
    if points:
        g.decimal_point = re.compile(
            rf"[ \t]+{phrase_trie(points, ignore_case=True)}[ \t]+", re.IGNORECASE
        )
    fractions = load_table("fractions")
    for row in fractions["denominators"]:
        for w in words(row, g.lang):
            g.words.setdefault(w.lower(), Word("denominator", float(row["value"])))
    for row in fractions["words"]:
        for w in words(row, g.lang):
            if " " not in w:
                g.words[w.lower()] = Word("fraction", float(row["value"]))
    for w in by_language(fractions["plus_half"], g.lang):
        if " " not in w:
            g.words[w.lower()] = Word("plus_half", 0.5)
    for row in load_table("multipliers")["words"]:
        for w in words(row, g.lang):
            g.words.setdefault(w.lower(), Word("multiplier", float(row["value"])))
    if g.lang in ("de", "nl"):
        _add_compounds(g, table, fractions)


def _add_compounds(g: Grammar, table: dict[str, Any], fractions: dict[str, Any]) -> None:
    """German and Dutch write numbers as one word: split them into morphemes."""
    parts = [w.lower() for row in table["cardinals"] for w in words(row, g.lang)]
    parts += [w.lower() for w in by_language(table["joiners"], g.lang)]
    parts += [
        w.lower()
        for row in load_table("scales")
        for w in words(row, g.lang)
        if w.isalpha() and len(w) > 2 and not row.get("cased")
    ]
    halves = [w.lower() for w in by_language(fractions["plus_half"], g.lang) if " " not in w]
    fused = [w.lower() for w in by_language(load_table("multipliers")["fused"], g.lang)]
    ordinal = load_table("ordinals")
    stems = [w.lower() for row in ordinal["words"] for w in words(row, g.lang)]
    g.ordinal_stems = frozenset(stems)
    endings = [w.lower() for w in by_language(ordinal["endings"], g.lang)]
    morph = alternation(parts, word_edges=False)
    g.morpheme = re.compile(morph, re.IGNORECASE)
    by_first: dict[str, list[str]] = {}
    for part in sorted(set(parts), key=len, reverse=True):
        by_first.setdefault(part[0], []).append(part)
    g.morphemes_by_first = {k: tuple(v) for k, v in by_first.items()}
    g.compound = re.compile(
        rf"(?P<body>{morph}+?)(?:(?P<half>{alternation(halves, word_edges=False)})"
        rf"|(?P<mult>{alternation(fused, word_edges=False)})"
        rf"|(?P<ord>{alternation(endings, word_edges=False)}))?"
        rf"|(?P<body2>{morph}*?)(?P<stem>{alternation(stems, word_edges=False)})"
        rf"(?P<ord2>e|en|er|es|em|n)?",
        re.IGNORECASE,
    )


def _add_scales(g: Grammar) -> None:
    plain: list[str] = []
    tight: list[str] = []
    for row in load_table("scales"):
        for w in words(row, g.lang):
            if row.get("cased"):
                g.cased_scales[w] = float(row["value"])
                continue
            target = g.tight_scales if row.get("tight") else g.scale_names
            key = w if row.get("tight") else w.lower()
            target[key] = float(row["value"])
            (tight if row.get("tight") else plain).append(w)
            if row.get("money"):
                g.money_scales.add(w)
            if not row.get("tight") and float(row["value"]) >= 100 and w.lower() not in g.words:
                g.words.setdefault(w.lower(), Word("scale", float(row["value"])))
    sep = r"[ \t\u00a0\u2009\u202f]*" if g.lang == "zh" else r"(?:\s+|-)"
    if g.lang == "zh":
        g.scale_after = re.compile(rf"{sep}({phrase_trie(plain, ignore_case=True)})", re.IGNORECASE)
    else:  # "€9.2 billion2": a footnote marker may be glued to the scale word
        body = phrase_trie(plain, ignore_case=True, word_edges=False)
        g.scale_after = re.compile(rf"{sep}({body})(?![^\W\d_])(?!\d\d)", re.IGNORECASE)
    for w in plain:
        g.tight_scales.setdefault(w, g.scale_names[w.lower()])
    tight_alt = "|".join(re.escape(w) for w in sorted(tight + plain, key=len, reverse=True))
    g.tight_after = re.compile(rf"({tight_alt})(?![A-Za-z\u00c0-\u024f])" if tight_alt else "(?!)")


def _phrases(section: dict[str, Any] | None, lang: str) -> list[str]:
    return by_language(section, lang)


def _add_context(g: Grammar) -> None:
    """The words around a number that qualify it: hedges, changes, bounds,
    multipliers, and the names and places a number belongs to."""
    _add_hedges_and_changes(g)
    _add_bounds(g)
    mult = load_table("multipliers")
    sep = r"[ \t\u00a0]*-?[ \t\u00a0]*"
    mult_alt = phrase_trie(_phrases(mult["after"], g.lang), left_edge=False, ignore_case=True)
    g.multiplier_after = re.compile(rf"{sep}({mult_alt})", re.IGNORECASE)
    pronoun = _phrases(load_table("number_words").get("one_as_pronoun_before") or {}, g.lang)
    g.one_as_pronoun = re.compile(
        rf"[ \t]+(?:{phrase_trie(pronoun, ignore_case=True)})" if pronoun else "(?!)", re.IGNORECASE
    )
    _add_names_and_places(g)


def _add_hedges_and_changes(g: Grammar) -> None:
    hedges = load_table("hedges")
    g.hedge_before = Preceding(_phrases(hedges["before"], g.lang))
    changes = load_table("changes")
    g.change_before = Preceding(_phrases(changes["before"], g.lang))
    g.no_change_before = Preceding(_phrases(changes.get("not_before"), g.lang))
    g.compared_before = _compared(
        _phrases(changes.get("than_before"), g.lang), _phrases(changes.get("more_before"), g.lang)
    )
    g.change_after = _word_after(_phrases(changes.get("after"), g.lang))
    g.change_particle = _word_after(_phrases(changes.get("particle_after"), g.lang))
    g.change_by = Preceding(_phrases(changes.get("by_before"), g.lang))
    g.hedge_after = re.compile(
        rf"[ \t\u00a0]*({phrase_trie(_phrases(hedges['after'], g.lang), ignore_case=True)})",
        re.IGNORECASE,
    )
    edge = "" if g.lang == "zh" else r"(?![\w])"
    before = phrase_trie(_phrases(hedges["before"], g.lang), ignore_case=True)
    g.hedge_ahead = re.compile(rf"[ \t\u00a0]*(?:{before}){edge}[ \t\u00a0]*", re.IGNORECASE)


def _compared(than: list[str], more: list[str]) -> re.Pattern[str]:
    """A comparison's base, then a word of more or less ending where it is searched
    up to: "比日本高|将近0.2万亿美元"."""
    if not (than and more):
        return re.compile("(?!)")
    base = r"[^\d，。,；;、：:\n]{1,12}?"
    return re.compile(rf"(?:{phrase_trie(than)}){base}(?:{phrase_trie(more)})[ \t]*$")


def _word_after(phrases: list[str]) -> re.Pattern[str]:
    """One of the phrases after a space, anchored where it is matched."""
    if not phrases:
        return re.compile("(?!)")
    return re.compile(rf"[ \t\u00a0]+{phrase_trie(phrases, ignore_case=True)}", re.IGNORECASE)


def _add_bounds(g: Grammar) -> None:
    """Bound words before and after a number, and what joins two bounds of a range."""
    before: list[str] = []
    after: list[str] = []
    for bound, sides in load_table("bounds").items():
        for side, bucket in (("before", before), ("after", after)):
            for phrase in _phrases(sides.get(side), g.lang):
                g.bound_of.setdefault(f"{side}:{_norm(phrase)}", bound)
                bucket.append(phrase)
    particle = "(?:[了有为為是达達到]{1,2})?" if g.lang == "zh" else ""
    g.bound_before = Preceding(before, between=particle)
    g.bound_start = re.compile(
        rf"({phrase_trie(before, ignore_case=True)})[ \t\u00a0]*", re.IGNORECASE
    )
    number_words = load_table("number_words")
    plain_joiners = by_language(number_words["joiners"], g.lang)
    joiners = plain_joiners + by_language(number_words["bound_joiners"], g.lang)
    gap = r"[ \t]*" if g.lang == "zh" else r"[ \t]+"
    g.cents_joint = re.compile(
        rf"{gap}(?:{phrase_trie(plain_joiners, ignore_case=True)}{gap})?", re.IGNORECASE
    )
    g.bound_joint = re.compile(
        rf"[ \t\u00a0]*,?[ \t\u00a0]*(?:{phrase_trie(joiners, ignore_case=True)})?[ \t\u00a0]*",
        re.IGNORECASE,
    )
    after_alt = phrase_trie(after, ignore_case=True)
    g.bound_after = re.compile(
        rf"[ \t\u00a0]*({after_alt})"
        rf"(?![ \t]+(?:than|dan|als|as|ist|is|to|or minus|oder minus|minus|of min)(?![^\W_]))"
        r"(?![/-]min)",
        re.IGNORECASE,
    )


def _add_names_and_places(g: Grammar) -> None:
    """Names a number belongs to ("Maia 100", "S&P 500") and coordinates."""
    table = load_table("names")
    sprints = _phrases(table["sprints"], g.lang)
    initials = re.escape("".join(sorted({c for p in sprints for c in p[0].lower() + p[0].upper()})))
    g.sprint = re.compile(rf"(?=[{initials}])(?:{phrase_trie(sprints, ignore_case=True)})", re.I)
    g.not_names = frozenset(w.lower() for w in _phrases(table["not_names"], g.lang))
    g.not_names |= {m.lower() for row in load_table("months").values() for m in words(row, g.lang)}
    g.name_before = Preceding(table["prefixes"], gap=r"[ \t\u00a0]+", flags=0)
    spaces = r"[ \t\u00a0]*"
    g.variant_before = Preceding(table["variants"], gap=rf"-[0-9]{{3,4}}{spaces}", word_edges=False)
    g.han_name_before = Preceding(table["han_prefixes"], gap=spaces, word_edges=False)
    g.name_suffix_after = re.compile(rf"[ \t\u00a0]+{phrase_trie(table['suffixes'])}(?![\w-])")
    places = table["coordinates"]
    before = _phrases(places["before"], g.lang)
    g.coordinate_before = Preceding(before, word_edges=g.lang != "zh")
    g.coordinate_ends = frozenset(phrase[-1].lower() for phrase in before)
    after = _phrases(places["after"], g.lang)
    after_alt = phrase_trie(after, ignore_case=True, left_edge=False) if after else "(?!)"
    g.coordinate_after = re.compile(rf"[ \t\u00a0]*(?:{after_alt})", re.IGNORECASE)


def _add_vague(g: Grammar) -> None:
    """'hundreds of millions', 'Millionen', '数千': vague amounts, read as ranges."""
    table = load_table("vague")
    for row in table["amounts"]:
        power = float(row["value"])
        low = float(row.get("low", 2 * power))
        high = float(row.get("high", 10 * power - 1))
        for w in words(row, g.lang):
            g.vague_values[normalise_phrase(w)] = VagueAmount(power, low, high, row.get("unit"))
    compound = g.lang in ("de", "nl")
    amount = phrase_trie(g.vague_values, ignore_case=True, word_edges=not compound, left_edge=True)
    of = phrase_trie(by_language(table["of"], g.lang), ignore_case=True)
    scale = phrase_trie(g.scale_names, ignore_case=True)
    # German and Dutch glue amounts into compounds: "Milliardeninvestition",
    # "einstelligen Milliardenbetrags", "miljardeninvestering" (not "Tausendstel").
    numbers = trie_pattern(w for w, info in g.words.items() if w.isalpha())
    glued = rf"(?:(?!st|en(?:{numbers})|{numbers})[a-zäöüß]+)?(?![\w])"
    tail = glued if compound else "" if g.lang == "zh" else r"(?![\w])"
    g.vague = re.compile(
        rf"(?P<first>{amount})(?:[ \t]+(?:{of}[ \t]+)?(?P<second>{amount})"
        rf"|[ \t]*(?P<scale>{scale}){tail})?{tail}",
        re.IGNORECASE,
    )


def _add_carried(g: Grammar) -> None:
    """'doubled', 'verdubbeld', 'zweitgrößte', 'op één na grootste': words that carry
    a number (lexicon/carried.yaml)."""
    for row in load_table("carried")["words"]:
        carried = Carried(float(row["value"]), str(row["kind"]), bool(row.get("change")))
        for w in words(row, g.lang):
            g.carried_words[normalise_phrase(w)] = carried
    if g.carried_words:
        alternatives = phrase_trie(g.carried_words, ignore_case=True)
        g.carried = re.compile(rf"(?:{alternatives})(?![\w-])", re.IGNORECASE)


def _add_ordinals(g: Grammar) -> None:
    table = load_table("ordinals")
    suffixes = _phrases(table["suffixes"], g.lang)
    if suffixes:
        g.ordinal_suffix = re.compile(
            rf"({'|'.join(map(re.escape, suffixes))})(?![^\W_])", re.IGNORECASE
        )
    dotted = _phrases(table.get("dotted_after"), g.lang)
    if dotted:
        g.dotted_before = Preceding(dotted, gap=r"[ \t]+")
    g.day_before = Preceding(_phrases(table.get("day_of_month_before"), g.lang), gap=r"[ \t]+")
    rank = _phrases(table["rank_before"], g.lang)
    g.rank_before = Preceding(rank)
    g.top_before = Preceding(_phrases(table.get("top_before"), g.lang))
    g.rank_after = re.compile(
        rf"[ \t\u00a0]*({alternation(_phrases(table.get('rank_after'), g.lang))})"
    )
    cues = alternation(_phrases(table.get("rank_cues_after"), g.lang), word_edges=False)
    most = r"[ \t]+(?:most|meest|meist)[ \t]+"
    g.rank_cue_after = re.compile(rf"(?:-|[ \t\u00a0]*|{most})(?:{cues})", re.IGNORECASE)
    labels = alternation(_phrases(table.get("not_rank_after"), g.lang), word_edges=False)
    g.not_rank_after = re.compile(rf"[ \t]*(?:{labels})")
    if g.lang == "en":
        for row in table["words"]:
            for w in words(row, g.lang):
                g.words.setdefault(w.lower(), Word("ordinal", float(row["value"])))


START_KINDS = frozenset(
    {"cardinal", "scale", "dozen", "fraction", "multiplier", "ordinal", "denominator"}
)


def _start_pattern(g: Grammar) -> str:
    """Where a numeral may begin: a digit, a number word, or a Chinese numeral.

    Words are compiled into a trie behind a word-start check, so the scan stays
    in the regex engine for the letters inside ordinary words.
    """
    starters = {w for w, info in g.words.items() if info.kind in START_KINDS and w.isalpha()}
    for phrase in [*g.vague_values, *g.carried_words]:
        if phrase.split()[0].replace("-", "").isalpha():
            starters.add(phrase.split()[0])
    if g.morpheme is not None:
        starters |= set(_morphemes(g))
        starters |= {
            w.lower() for row in load_table("ordinals")["words"] for w in words(row, g.lang)
        }
    decimal_start = r"(?<![\d.,])\.\d" if g.lang in ("en", "zh") else r"(?<![\d.,]),\d"
    options = [r"\d", decimal_start, "[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒]"]
    firsts = r"\d.,½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒" + initials(starters)
    if starters:
        options.append(rf"(?<![^\W_])(?:{trie_pattern(starters)})")
    if g.lang == "zh":
        spoken = [*g.vague_values, *g.carried_words]
        options.append(phrase_trie(spoken, ignore_case=True))
        options.append(f"[{re.escape(HAN_CHARS)}半]")
        firsts += initials(spoken) + re.escape(HAN_CHARS) + "半"
    return rf"(?=[{firsts}])(?:{'|'.join(options)})"  # one class test rejects most positions


def _morphemes(g: Grammar) -> list[str]:
    """Morphemes that can open a compound number word (joiners cannot)."""
    table = load_table("number_words")
    joiners = {w.lower() for w in by_language(table["joiners"], g.lang)}
    opening = [w.lower() for row in table["cardinals"] for w in words(row, g.lang)]
    opening += [
        w.lower()
        for row in load_table("scales")
        for w in words(row, g.lang)
        if w.isalpha() and len(w) > 2
    ]
    return [w for w in opening if w not in joiners and w.isalpha()]
