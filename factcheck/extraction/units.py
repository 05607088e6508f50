"""Units: one pint registry extended with factcheck's definitions, and the
unit words of each language that point into it.

Currencies and counted things (GPU, parameter, user, ...) are dimensions of
their own in `lexicon/units.txt`, so "500 billion parameters" and "500 billion
GPUs" are incompatible quantities and no exchange rate is ever applied.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from factcheck.extraction.counted_gaps import (
    SPACE,
    counted_gap,
    of_total,
    one_modifier,
    total_number,
)
from factcheck.extraction.patterns import Preceding, alternation, initials_guard, phrase_trie
from factcheck.lexicon import by_language, load_table, read_text, words
from factcheck.lexicon.yamlfile import LocatedValueError

if TYPE_CHECKING:
    import pint

SECTIONS = ("currencies", "counted", "percent", "physical", "temperature", "duration")
CATEGORY_OF_SECTION = {
    "currencies": "currency",
    "counted": "counted",
    "percent": "percent",
    "physical": "dimension",
    "temperature": "temperature",
    "duration": "duration",
}
NUMBER_UNITS = frozenset({"count", "multiplier", "fraction"})
# What `unit_category` answers; rule and attribute files may name these instead of units.
UNIT_CATEGORIES: tuple[str, ...] = (
    "currency",
    "counted",
    "percent",
    "number",
    "rank",
    "dimension",
    "temperature",
    "duration",
)
WRAP = rf"{SPACE}*(?:\n{SPACE}*)?"  # a hard-wrapped line may put the unit on the next line


@cache
def registry() -> pint.UnitRegistry:
    """The one pint registry: pint's defaults plus `lexicon/units.txt`."""
    import pint

    ureg = pint.UnitRegistry(on_redefinition="raise")
    ureg.load_definitions(read_text("units.txt").splitlines())
    return ureg


def quantity(value: float, unit: str) -> pint.Quantity:
    """A pint quantity for a claim's value and canonical unit."""
    return registry().Quantity(value, unit)


DIMENSIONS_FILE = "dimensions.yaml"
DIMENSIONS_PATH = Path(__file__).resolve().parents[1] / "lexicon" / DIMENSIONS_FILE


def dimension_key(unit: str) -> str | None:
    """A stable name of a unit's dimension, for blocking claims that can be compared;
    None for a unit pint does not know. The table's units are answered from
    `lexicon/dimensions.yaml`, which pint wrote (`python -m factcheck.extraction.units`; a test
    keeps it current, `unit_tables`): building the registry costs about a second at
    every start."""
    known = _written_dimensions().get(unit)
    return known if known is not None else pint_dimension(unit)


def pint_dimension(unit: str) -> str | None:
    """The dimension as the registry computes it."""
    from pint.errors import UndefinedUnitError

    try:
        return str(registry().Unit(unit).dimensionality) or "[]"
    except UndefinedUnitError:
        return None


@cache
def _written_dimensions() -> dict[str, str]:
    return dict(load_table(DIMENSIONS_FILE.removesuffix(".yaml")) or {})


@cache
def unit_categories() -> dict[str, str]:
    """Every canonical unit of the tables, mapped to its category."""
    table = load_table("units")
    mapping = {"rank": "rank", "ordinal": "rank"}
    for section in SECTIONS:
        for row in table.get(section) or []:
            if not row.get("generic"):
                mapping[row["unit"]] = CATEGORY_OF_SECTION[section]
    mapping.update({unit: "number" for unit in NUMBER_UNITS})
    return mapping


@cache
def known_units() -> frozenset[str]:
    """Every unit a claim can carry: the canonical units of `lexicon/units.yaml`."""
    table = load_table("units")
    rows = [row for section in SECTIONS for row in table.get(section) or []]
    return frozenset({str(row["unit"]) for row in rows} | set(unit_categories()))


def check_unit(name: str) -> str:
    """`name` when a claim's unit or category can be it; else a ValueError that names
    the nearest ones, so a typo in a rule file ("GPUs") is not a selector that never
    matches anything."""
    if name in known_units() or name in UNIT_CATEGORIES:
        return name
    choices = sorted(known_units() | set(UNIT_CATEGORIES))
    close = difflib.get_close_matches(name, choices, n=3, cutoff=0.6)
    hint = (
        f"did you mean {' or '.join(repr(c) for c in close)}?"
        if close
        else (f"units are those of lexicon/units.yaml, categories {', '.join(UNIT_CATEGORIES)}")
    )
    raise ValueError(f"unknown unit {name!r} ({hint})")


def unit_category(unit: str) -> str:
    """number, percent, rank, currency, counted, dimension, temperature or duration."""
    if unit in unit_categories():
        return unit_categories()[unit]
    if len(unit) == 3 and unit.isupper():
        return "currency"
    return "dimension"


class MinorUnit(NamedTuple):
    """A minor unit of a major one: its name, how many make one major unit,
    whether its word may be left out, and words that name it only there."""

    unit: str
    ratio: float
    bare: bool
    words: re.Pattern[str] | None


@dataclass(slots=True)
class UnitWords:
    """The unit words of one language, compiled for matching after a number."""

    lang: str
    lookup: dict[str, str] = field(default_factory=dict)
    symbols: dict[str, str] = field(default_factory=dict)
    prefixes: dict[str, str] = field(default_factory=dict)
    prefix_below: dict[str, float] = field(default_factory=dict)  # "M7.8", not "M365"
    generic: set[str] = field(default_factory=set)
    glued: set[str] = field(default_factory=set)
    scaled: dict[str, tuple[str, float]] = field(default_factory=dict)
    after: re.Pattern[str] = re.compile("(?!)")
    counted_after: re.Pattern[str] = re.compile("(?!)")
    word_gap: re.Pattern[str] = re.compile("(?!)")  # one word between a number and its noun
    counted_anywhere: re.Pattern[str] = re.compile("(?!)")
    bare_after: re.Pattern[str] = re.compile("(?!)")  # a number counting no noun after it
    writes_noun_after: bool = False  # whether a word after a number is its noun (`noun_after`)
    part_after: re.Pattern[str] = re.compile("(?!)")  # "two million of the population"
    noun_after: re.Pattern[str] = re.compile("(?!)")  # "421 neue Systeme": lowercase, then a noun
    alone_after: re.Pattern[str] = re.compile("(?!)")  # a word standing alone: "came second."
    per_thousand: re.Pattern[str] = re.compile("(?!)")
    figure_anaphora: re.Pattern[str] = re.compile("(?!)")  # "dat getal", "the figure"
    stand_ins: frozenset[str] = frozenset()  # "Exemplare": the genitive's thing, if named
    stand_in_link: re.Pattern[str] = re.compile("(?!)")  # " des gleichen "
    context_after: re.Pattern[str] = re.compile("(?!)")  # "1.808.581 verkopen"
    elided_before: re.Pattern[str] = re.compile("(?!)")  # "krijgt er 1"
    money_context: re.Pattern[str] = re.compile("(?!)")
    money_tail: re.Pattern[str] = re.compile("(?!)")
    bare_cents: frozenset[str] = frozenset()  # "cent": a hundredth of the text's currency
    cents_of: dict[str, str] = field(default_factory=dict)  # USD -> USD_cent
    carrier: re.Pattern[str] = re.compile("(?!)")
    list_rest: re.Pattern[str] = re.compile("(?!)")  # "4.7, 6.3 and 5.9": a list goes on
    singular_before: re.Pattern[str] = re.compile("(?!)")
    counted_breaks: str = ""  # characters no counted noun holds: `nouns`
    conversion_open: re.Pattern[str] = re.compile("(?!)")  # " (about ", "（约合"
    conversion_words: re.Pattern[str] = re.compile("(?!)")  # "umgerechnet", "约合"
    conversion_or: re.Pattern[str] = re.compile("(?!)")  # ", or about ", ",或约"
    context_words: frozenset[str] = frozenset()  # "death toll": says what is counted
    prefix_before: Preceding = field(default_factory=lambda: Preceding([]))
    context: dict[str, tuple[str, str, re.Pattern[str]]] = field(default_factory=dict)
    minor: dict[str, list[MinorUnit]] = field(default_factory=dict)
    in_major_currency: dict[str, tuple[str, float]] = field(default_factory=dict)  # "cent"

    def resolve(self, surface: str) -> str | None:
        """Canonical unit of a matched unit word or symbol."""
        squeezed = " ".join(surface.split())
        if self.lang == "zh":
            squeezed = "".join(surface.split())
        return self.symbols.get(squeezed) or self.lookup.get(squeezed.lower())

    def in_context(self, unit: str, sentence: str) -> str:
        """'degree' is a temperature unless the sentence speaks of angles; '210
        kilometer' is a speed when the sentence speaks of one ("topsnelheid")."""
        rule = self.context.get(unit)
        if rule is None:
            return unit
        cued, otherwise, cues = rule
        return cued if cues.search(sentence) else otherwise


@cache
def unit_words(lang: str) -> UnitWords:
    """Compiled unit words of `lang` (built once per process)."""
    table = load_table("units")
    uw = UnitWords(lang=lang)
    counted_words: list[str] = []
    for section in SECTIONS:
        for row in table.get(section) or []:
            _add_row(uw, row, lang, counted_words if section == "counted" else None)
    _add_scaled_codes(uw, table.get("scaled_codes") or {}, lang)
    _compile_after(uw, lang)
    _compile_counted(uw, table, lang, counted_words)
    _compile_money(uw, table, lang)
    _compile_bare(uw, table, lang)
    _compile_minor_and_context(uw, table, lang)
    return uw


def _compile_after(uw: UnitWords, lang: str) -> None:
    """A unit word or symbol right after a number ("500 GPUs", "7.8%", "5 km", or glued
    to a scale's abbreviation: "12,8 Mrd.Dollar"), never one of the language's
    `lowercase_other_words` ("für 2026 stellen": a verb), nor a prefix of the next number."""
    spaced = rf"{SPACE}*" if lang == "zh" else None  # "个 百分点": Chinese words spaced out
    words_alt = phrase_trie(uw.lookup, ignore_case=True, gap=spaced)
    symbols_alt = phrase_trie(set(uw.symbols) - uw.glued, left_edge=False)
    glued_alt = phrase_trie(uw.glued, left_edge=False)
    wrap = rf"{SPACE}*\n{SPACE}*{_new_sentence_guard(lang)}"
    sep = rf"{SPACE}*" if lang == "zh" else rf"(?:{SPACE}+|-|{wrap}{_stop_of(lang)})"
    other = by_language(load_table("units").get("lowercase_other_words", {}), lang)
    not_other = rf"(?!(?-i:{alternation(other)}))" if other else ""
    marks = re.escape("".join(sorted({p[-1] for p in uw.prefixes if not p[-1].isalnum()})))
    of_next = rf"(?!(?<=[{marks}])\d)" if marks else ""  # "in 2025 $139,5 miljard"
    uw.after = re.compile(
        rf"(?:{sep}{not_other}(?P<word>(?i:{words_alt}))|(?P<space>{SPACE})?(?P<open>[(\[{{<])?"
        rf"(?P<sym>{symbols_alt}|(?(space)(?!)|{glued_alt})){of_next}(?(open)[)\]}}>]))"
    )


def _new_sentence_guard(lang: str) -> str:
    """After a line break, no capitalised word: a unit on the next line continues a
    wrapped line, not a new sentence ("Total production Q3 2025: 447,450\nShares
    climbed"); German capitalises its nouns."""
    return "" if lang == "de" else r"(?![A-Z][a-z])"


def _stop_of(lang: str) -> str:
    """The full stop of a scale's abbreviation, glued to the unit ("Mrd.Dollar")."""
    table = load_table("scales")
    dotted = {w[:-1] for row in table for w in words(row, lang) if w.endswith(".") and w[:-1]}
    return "".join(f"|(?<={re.escape(w)})\\." for w in sorted(dotted))


NOUN_BREAKS = ',;:()[]!?"“”„«»，；：（）！？。、'


def _compile_counted(uw: UnitWords, table: dict, lang: str, counted_words: list[str]) -> None:
    """The noun a number counts, across names and modifiers ("485,000 of Nvidia's
    Hopper chips"), and the words that count without a noun ("killed", "死亡")."""
    names = r"(?:[A-Z][A-Za-z0-9-]*|[A-Z0-9][A-Z0-9-]+)(?:['’]s)?"  # "of Nvidia's Hopper chips"
    counted_alt = phrase_trie(counted_words, ignore_case=True)
    gap = counted_gap(table.get("counted_gap") or {}, lang)
    uw.word_gap = re.compile(gap)
    modifier = one_modifier(table.get("counted_gap") or {}, lang)  # "of the same flagship
    uw.counted_after = re.compile(  # Nvidia chip": a modifier before the maker's name too
        rf"(?:{SPACE}*[颗顆台块塊个個张張枚片名位家])?(?:{SPACE}+(?:of|von|van))?"
        rf"(?P<of_total>{SPACE}+{of_total(table, lang)}{SPACE}+{total_number(lang)})?"
        rf"(?:{WRAP}{names}){{0,3}}"
        rf"(?:(?:{gap}){{1,3}}?{modifier}(?:{WRAP}[A-Z][A-Za-z0-9-]*){{0,3}})?"
        rf"{modifier}(?:{SPACE}*\n{SPACE}*{_new_sentence_guard(lang)}|{SPACE}*|(?<=[A-Za-z0-9])-)"
        rf"(?P<word>(?i:{counted_alt}))"
        + ("" if lang == "zh" else r"(?![\w-])")  # "Nvidia-H800-Chips": a compound's end
    )
    edges = ("", "") if lang == "zh" else (r"(?<!\w)", r"(?![\w-])")
    rows = table.get("counted_context") or []
    context = {w: row["unit"] for row in rows for w in words(row, lang)}
    for word in context:
        uw.lookup.setdefault(" ".join(word.lower().split()), context[word])
    uw.context_words = frozenset(" ".join(word.lower().split()) for word in context)
    counting = [w for w in context if unit_category(context[w]) == "counted"]
    if counting and lang in table.get("counted_context_after", []):
        trie = phrase_trie(counting, ignore_case=True)
        uw.context_after = re.compile(rf"{SPACE}+(?P<word>(?i:{trie}))(?![\w-])")
    elided = words(table.get("elided_noun_cues") or {}, lang)
    if elided:
        uw.elided_before = re.compile(rf"{edges[0]}(?i:{alternation(elided)}){edges[1]}")
    uw.stand_ins = frozenset(w.lower() for w in words(table.get("stand_ins") or {}, lang))
    links = words(table.get("stand_in_links") or {}, lang)
    if links:
        uw.stand_in_link = re.compile(rf"{SPACE}+(?i:{alternation(links)}){SPACE}+")
    anaphora = words(table.get("figure_anaphora") or {}, lang)
    if anaphora:
        genitives = words(table.get("figure_genitives") or {}, lang)
        whole = rf"(?!{SPACE}+(?i:{alternation(genitives)}))" if genitives else ""
        uw.figure_anaphora = re.compile(rf"{edges[0]}(?i:{alternation(anaphora)}){edges[1]}{whole}")
    alone = {
        w.lower()
        for row in table["counted"]
        if row.get("with_its_number")
        for w in words(row, lang)
    }
    nouns = [
        w for w in [*counted_words, *context] if w.lower() not in alone
    ]  # no Chinese word starts
    uw.counted_anywhere = re.compile(
        rf"{edges[0]}(?i:{initials_guard(nouns)}{phrase_trie(nouns, ignore_case=True)}){edges[1]}"
    )
    uw.counted_breaks = "".join(c for c in NOUN_BREAKS if all(c not in n for n in nouns))


def _compile_money(uw: UnitWords, table: dict, lang: str) -> None:
    """Money and rate cues: "per thousand", words that say a bare figure is money, a
    conversion in brackets, cents of the currency named last."""
    per_thousand = words(table.get("per_thousand") or {}, lang)
    uw.per_thousand = re.compile(
        rf"(?:{WRAP}(?P<noun>[^\W\d][\w'’-]*))?{SPACE}+(?i:{alternation(per_thousand)})(?![\d.,]\d)"
        rf"(?:{SPACE}+[^\W\d][\w'’-]*)?"
        if per_thousand
        else "(?!)"
    )
    money = words(table.get("money_context") or {}, lang)
    edge = "" if lang == "zh" else r"(?![\w-])"
    money_alt = phrase_trie(money, ignore_case=True) if money else "(?!)"
    uw.money_context = re.compile(rf"(?i:{money_alt}){edge}")
    tails = phrase_trie(money, ignore_case=True, word_edges=False) if money else "(?!)"
    uw.money_tail = re.compile(rf"[\w-](?:{tails})", re.IGNORECASE)
    carriers = words(table.get("unit_carriers") or {}, lang)
    edge = "" if lang == "zh" else r"(?<![\w-])"
    uw.carrier = re.compile(rf"{edge}(?i:{alternation(carriers)}){SPACE}*$" if carriers else "(?!)")
    joiners = words(table.get("list_conjunctions") or {}, lang)
    if joiners:
        item, joiner = r"\d[\d.,]*", f"(?i:{alternation(joiners)})"
        uw.list_rest = re.compile(
            rf"{item}(?:{SPACE}*[,、]{SPACE}*{item})*{SPACE}*[,、]?{SPACE}*{joiner}{SPACE}*\d"
        )
    singular = words(table.get("singular_before") or {}, lang)
    uw.singular_before = re.compile(
        rf"{edge}(?i:{alternation(singular)}){SPACE}+$" if singular else "(?!)"
    )
    openers = words(table.get("conversion_openers") or {}, lang)
    opener = rf"(?:(?i:{alternation(openers)}){SPACE}*)?" if openers else ""
    per_unit = words(table.get("conversion_per_unit") or {}, lang)
    per = rf"(?:{SPACE}*(?i:{alternation(per_unit)}))?" if per_unit else ""
    uw.conversion_open = re.compile(rf"{per}{SPACE}*[(（]{SPACE}*{opener}")
    phrases = words(table.get("conversion_phrases") or {}, lang)
    if phrases:
        edge = "" if lang == "zh" else r"(?<![\w-])"
        uw.conversion_words = re.compile(rf"{edge}(?i:{alternation(phrases)})")
    joiners = words(table.get("conversion_joiners") or {}, lang)
    if joiners:
        joiner = f"(?i:{alternation(joiners)})"
        uw.conversion_or = re.compile(rf"{SPACE}*[,，、]?{SPACE}*{joiner}{SPACE}*{opener}")
    cents = table.get("cents_of_recent_currency") or {}
    uw.bare_cents = frozenset(w.lower() for w in cents.get("words", []))
    uw.cents_of = dict(cents.get("currencies") or {})


def _compile_bare(uw: UnitWords, table: dict, lang: str) -> None:
    """What may follow a number that counts no noun written after it ("5 in 2023",
    German "5 neue Autos" against "5 Autos"), and unit prefixes before it ("EUR 5")."""
    bare = words(table.get("bare_before") or {}, lang)
    # German capitalises every noun: a number before a lowercase word counts no noun
    nouns_capitalised = lang in table.get("bare_before_lowercase", [])
    lowercase = r"|[a-zäöüß][\w]*(?![\w-])" if nouns_capitalised else ""
    uw.writes_noun_after = bool(bare) and lang in table.get("noun_after", [])
    uw.part_after = re.compile(rf"{SPACE}+{of_total(table, lang)}(?![\w-])")
    uw.bare_after = re.compile(
        rf"{SPACE}*(?:$|-(?![^\W\d_])|[^\w\s-]|\n|\d|(?i:{alternation(bare)})(?![\w-]){lowercase})"
        if bare
        else "(?!)"
    )
    uw.noun_after = re.compile(
        rf"{SPACE}+(?:(?!(?i:{alternation(bare)})(?![\w-]))[a-zäöüß][\w-]*{SPACE}+)?[A-ZÄÖÜ]"
        if nouns_capitalised and bare
        else "(?!)"
    )
    uw.alone_after = re.compile(
        rf"{SPACE}*(?:$|[^\w\s]|\n|(?i:{alternation(bare)})(?![\w-]))" if bare else "(?!)"
    )
    uw.prefix_before = Preceding(uw.prefixes, gap=rf"{SPACE}*", flags=0)


def _compile_minor_and_context(uw: UnitWords, table: dict, lang: str) -> None:
    """Minor units of a major one (cent, 角) and units a text's words decide."""
    for row in table.get("minor_units") or []:
        own = words(row.get("words") or {}, lang)
        pattern = re.compile(rf"{SPACE}*{alternation(own)}", re.IGNORECASE) if own else None
        rule = MinorUnit(row["minor"], float(row["ratio"]), bool(row.get("bare")), pattern)
        uw.minor.setdefault(row["major"], []).append(rule)
    for major, rules in uw.minor.items():
        rules.sort(key=lambda rule: rule.ratio)
        if unit_category(major) == "currency":
            for rule in rules:
                uw.in_major_currency.setdefault(rule.unit, (major, rule.ratio))
    for rule in table.get("context") or []:
        cues = re.compile(alternation(words(rule["cues"], lang)), re.IGNORECASE)
        unit = rule["unit"]
        uw.context[unit] = (rule.get("cued", unit), rule.get("otherwise", unit), cues)


def _add_scaled_codes(uw: UnitWords, table: dict, lang: str) -> None:
    """'MUSD', 'TEUR': a currency code behind a scale letter, after or before the number."""
    for row in table.get("letters") or []:
        if lang not in row.get("langs", [lang]):
            continue
        for code in table.get("codes") or []:
            symbol = f"{row['letter']}{code}"
            uw.symbols.setdefault(symbol, code)
            uw.prefixes.setdefault(symbol, code)
            uw.scaled[symbol] = (str(row["letter"]), float(row["value"]))


def _add_row(uw: UnitWords, row: dict, lang: str, counted: list[str] | None) -> None:
    unit = row["unit"]
    for symbol in row.get("symbols") or []:
        uw.symbols.setdefault(str(symbol), unit)
    for symbol in row.get("glued") or []:
        uw.symbols.setdefault(str(symbol), unit)
        uw.glued.add(str(symbol))
    prefixes = row.get("prefix") or []
    for prefix in words(prefixes, lang) if isinstance(prefixes, dict) else prefixes:
        uw.prefixes.setdefault(str(prefix), unit)
    if row.get("prefix_below") is not None:
        uw.prefix_below[unit] = float(row["prefix_below"])
    for word in words(row, lang):
        uw.lookup.setdefault(" ".join(word.lower().split()), unit)
        if row.get("generic"):
            uw.generic.add(unit)
        elif counted is not None:
            counted.append(word)
    if counted is not None and not row.get("generic"):
        counted.extend(str(s) for s in row.get("symbols") or [])


def checked_units(units: tuple[str, ...]) -> tuple[str, ...]:
    """Every unit name is one a claim can have; the error points at the bad item."""
    for index, unit in enumerate(units):
        try:
            check_unit(unit)
        except ValueError as exc:
            raise LocatedValueError((index,), str(exc)) from None
    return units
