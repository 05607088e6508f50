"""Numbers that are not claims: years, names and versions ("Pixel 9", "S&P 500"),
list markers, coordinates, dates written as decimals ("6.16遊行") and "one" used
as a pronoun ("one of the victims").

Each test looks at a few characters around the numeral, so a text is still scanned
once; the word lists are data (lexicon/names.yaml, number_words.yaml, time.yaml).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from factcheck.extraction.grammar import grammar
from factcheck.extraction.numeral import Numeral, is_letter
from factcheck.extraction.patterns import Cued, Preceding, alternation, listed
from factcheck.extraction.quantity import SPACES, Quantity, clause_bounds, numeral_at
from factcheck.lexicon import by_language, load_table

if TYPE_CHECKING:
    from factcheck.extraction.scanner import Scan

PLAIN_INTEGER = re.compile(r"[+-]?\d+")
VERSION = re.compile(r"\d{1,2}\.\d{1,2}")  # "Llama 3.1", "Gemini 1.5": a name's version
# "Llama 3.1 405B", "Llama 3 70B": a size glued to its scale letter after a name and its
# version is the name of one model of the family
MODEL_SIZE = re.compile(r"\d{1,4}[BM]")
SIZE_LIST_AFTER = re.compile(r"(?:-?[ \t]*(?:,|and|und|en|和|及)[ \t]*\d{1,4}[BM])+")
NAME_AND_VERSION_BEFORE = re.compile(
    r"(?<![\w-])[A-Z][A-Za-z-]*?[ \t]?\d{1,2}(?:\.\d{1,2})?[ \t-]$"
)
SIZE_LISTED_BEFORE = re.compile(r"(?<![$€£¥\d.,])\d{1,4}[BM][ \t]*(?:,|and|und|en|和|及)[ \t]*$")


# "208 Abgeordnete, die AfD 152": a name after a figure and its noun, as the next item
# of a list of such figures, heads a figure too.
COUNTED_ITEM_BEFORE = re.compile(r"\d[\d.,]*\s+[^\W\d_]{2,}\s*,\s*(?:[a-zäöüé]{1,4}\s+)?$")
# A capitalised or camel-cased word ("Pixel", "iOS"), not all capitals, right before.
NAME_BEFORE = re.compile(r"(?<![A-Za-z0-9_-])([A-Z][a-z][A-Za-z]*|[a-z]+[A-Z][A-Za-z]*)[ \t]$")


# 一个, 一家, 一项 ... before a noun is the article "a", not the number one.
ZH_ARTICLE = re.compile(r"[一壹][个個位家项項款种種场場台篇条條]")


# A model code glued to letters, then a hyphen: "A320-|200", "B737-|800".
GLUED_MODEL_BEFORE = re.compile(r"(?<![A-Za-z0-9_-])[A-Z]{1,3}[0-9]{2,4}-$")
VARIANT_REACH = 24


LIST_MARKER = re.compile(r"[.)][ \t]")


LINE_START = re.compile(r"(?:^|\n)[ \t#*>-]*$")


def not_a_claim(scan: Scan, numeral: Numeral) -> bool:
    """A year, a name, a list marker, a coordinate, a dated event, a pronoun or a
    thing described by its size."""
    if is_name_or_year(scan, numeral) or is_zh_short_date(scan, numeral):
        return True
    if numeral.kind == "vague" and _described_heads(scan.lang).fullmatch(
        scan.work, numeral.start, numeral.end
    ):
        return True  # "Millionenmetropole": a city of millions, no figure
    if is_coordinate(scan, numeral):
        return True
    if _foreign_scales(scan.lang).match(scan.work, numeral.end):
        return True  # "€17.823 milioni" in an English page: a scale that cannot be told
    if numeral.value == 1 and _one_picked_out(scan, numeral):
        return True
    return numeral.words and numeral.value == 1 and one_as_pronoun(scan, numeral)


def _one_picked_out(scan: Scan, numeral: Numeral) -> bool:
    """ "前一季", "新一轮", "下一代": 一 after such a word is one of a sequence, no count."""
    if numeral.end - numeral.start != 1 or scan.work[numeral.start] not in "一壹":
        return False
    return scan.work[numeral.start - 1 : numeral.start] in _one_determiners(scan.lang)


@cache
def _one_determiners(lang: str) -> frozenset[str]:
    return frozenset(by_language(load_table("number_words").get("one_after_determiner"), lang))


@cache
def _foreign_scales(lang: str) -> re.Pattern[str]:
    """`foreign_scales` (number_words.yaml) but the language's own scale words."""
    own = {w.lower() for row in load_table("scales") for w in by_language(row, lang)}
    foreign = [w for w in load_table("number_words")["foreign_scales"] if w.lower() not in own]
    return re.compile(rf"[ \t\u00a0]*(?:{alternation(foreign)})", re.IGNORECASE)


@cache
def _described_heads(lang: str) -> re.Pattern[str]:
    """A vague amount glued to a noun it describes (`described_heads` in vague.yaml)."""
    heads = by_language(load_table("vague").get("described_heads"), lang)
    if not heads:
        return re.compile("(?!)")
    return re.compile(rf"[^\W\d_]+(?:{alternation(heads, word_edges=False)})", re.IGNORECASE)


def han_list_marker(scan: Scan, numeral: Numeral) -> bool:
    """'一、' '二、' opening an item of a list (after a line start or a clause mark): a
    list number, not a figure."""
    if not numeral.words or not scan.work.startswith("、", numeral.end):
        return False
    before = scan.work[max(0, numeral.start - 2) : numeral.start].strip(" \t")
    return not before or before[-1] in "\n:：;；。，,（(「“"


def hyphened_word(scan: Scan, quantity: Quantity, numeral: Numeral) -> bool:
    """ "one-off", "one-time", "two-way": a number word hyphened to one of
    `hyphened_adjectives` (lexicon/number_words.yaml) is part of an adjective, not a
    figure; "two-year" took its unit, "a three-way race" counts its candidates. A
    multiplier hyphened to a word ("a triple-train crash") multiplies nothing."""
    end, work = quantity.end, scan.work
    if not numeral.words or end != numeral.end or not work.startswith("-", end):
        return False
    if quantity.unit == "multiplier":
        return is_letter(work[end + 1 : end + 2])  # "a triple-train crash", "double-decker"
    adjectives = listed("number_words", "hyphened_adjectives", scan.lang, r"(?![\w-])")
    return quantity.unit in (None, "count") and bool(adjectives.match(work, end + 1))


def glued_to_letters(work: str, end: int) -> bool:
    """'3D', '5G': digits running straight into letters are a name."""
    return end < len(work) and is_letter(work[end]) and work[end - 1].isdigit()


ZH_SHORT_DATE = re.compile(r"(1[0-2]|0?[1-9])\.(3[01]|[12]\d|0?[1-9])")


def is_zh_short_date(scan: Scan, numeral: Numeral) -> bool:
    """'6.16遊行', '【12.8】': a month and day written as a decimal, naming an event."""
    if scan.lang != "zh" or not ZH_SHORT_DATE.fullmatch(scan.work, numeral.start, numeral.end):
        return False
    return bool(_zh_event_after().match(scan.work, numeral.end))


@cache
def _zh_event_after() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, load_table("time")["zh_event_after"])))


def one_as_pronoun(scan: Scan, numeral: Numeral) -> bool:
    """'one of the victims', 'één van de slachtoffers' pick one out; 'één van de
    twintig' is a ratio and stays."""
    picked = scan.g.one_as_pronoun.match(scan.work, numeral.end)
    if picked is None:
        return False
    following = SPACES.match(scan.work, picked.end()).end()  # type: ignore[union-attr]
    return following >= len(scan.work) or numeral_at(scan, following) is None


def is_coordinate(scan: Scan, numeral: Numeral) -> bool:
    """'北纬37.15度', '37.15°N', 'latitude 37.15': a place, not a claim."""
    g, work = scan.g, scan.work
    if g.coordinate_after.match(work, numeral.end):
        return True
    before = work[max(0, numeral.start - 2) : numeral.start].rstrip()
    if not before or before[-1].lower() not in g.coordinate_ends:
        return False  # the cheap test first: no coordinate word ends right here
    return bool(g.coordinate_before.search(work, max(0, numeral.start - 14), numeral.start))


@cache
def exchange_label() -> str:
    """The regex of what stands before a ticker: a stock exchange or a word for a
    ticker ("Euronext Paris", "股票代码"), then a colon of either width."""
    exchanges = alternation(load_table("subjects")["exchanges"])
    return rf"(?:{exchanges})(?:[^\S\n][A-Z][a-z]+)?[^\S\n]*[:：][^\S\n]*"


@cache
def _ticker_before() -> Preceding:
    """The exchange label ending where a ticker starts, matched backwards once (a
    place name may stand between the exchange and its colon: "Euronext Paris:")."""
    return Preceding(
        load_table("subjects")["exchanges"],
        gap=r"[^\S\n]*[:：][^\S\n]*",
        between=r"(?:[a-z]+[A-Z][^\S\n])?",
        flags=0,
    )


TICKER_REACH = 30  # "Euronext Paris: ", "证券交易所代码：" before a ticker


def is_ticker(work: str, start: int) -> bool:
    """ "(HKEX: 0700)", "(股票代码:002594)": a listed company's code, not a figure."""
    return _ticker_before().search(work, max(0, start - TICKER_REACH), start) is not None


def is_name_or_year(scan: Scan, numeral: Numeral) -> bool:
    """Years are time scope; "Maia 100" and "S&P 500" are names; "1." opening
    a line is a list marker; a number after a stock exchange is a ticker."""
    surface = scan.work[numeral.start : numeral.end]
    if MODEL_SIZE.fullmatch(surface):
        return _a_models_size(scan, numeral)
    if not PLAIN_INTEGER.fullmatch(surface):
        return VERSION.fullmatch(surface) is not None and _a_names_version(scan, numeral)
    if is_ticker(scan.work, numeral.start):
        return True
    if LIST_MARKER.match(scan.work, numeral.end) and LINE_START.search(
        scan.work, max(0, numeral.start - 8), numeral.start
    ):
        return True
    if scan.g.name_before.search(scan.work, max(0, numeral.start - 25), numeral.start):
        return True  # "Snapdragon 8295-chip": a listed name wins over a unit after it
    if scan.g.han_name_before.search(scan.work, max(0, numeral.start - 8), numeral.start):
        return True  # "波音737"
    if is_variant(scan.work, scan.g.variant_before, numeral.start):
        return True
    after = scan.work[numeral.end : numeral.end + 12]
    if scan.lang == "zh":
        after = after.lstrip("多余餘几幾")  # "2000多人", "2000余名": a count, no year
    if scan.units.after.match(after) or scan.g.multiplier_after.match(after):
        return False
    if len(surface) == 4 and 1900 <= numeral.value <= 2099:
        if level_of_a_count(scan, numeral.start, numeral.end):
            return False
        return not scan.units.prefix_before.search(
            scan.work, max(0, numeral.start - 6), numeral.start
        )
    return len(surface) <= 3 and _after_a_name(scan, numeral)


def is_variant(work: str, variant_before: Preceding, start: int) -> bool:
    """ "Boeing 737-800", "Airbus A320-200": the number after a model number and a
    hyphen names the model's variant; it counts nothing ("Alle passagiers van de Boeing
    737-800 kwamen om" counted 800 people)."""
    lo = max(0, start - VARIANT_REACH)
    glued = GLUED_MODEL_BEFORE.search(work, lo, start)
    return bool(glued or variant_before.search(work, lo, start))


def level_of_a_count(scan: Scan, at: int, end: int) -> bool:
    """ "Het dodental ligt volgens de junta op 2056", "die Zahl der Toten bei 2065": a
    year-like number (at work[at:end]) after a word that gives a level (`level_before`
    in lexicon/time.yaml), a bound between them or not ("stieg auf über 2065"), in a
    clause that names what is counted, is that count."""
    level_before = listed("time", "level_before", scan.lang, r"[ \t]*$")
    if not level_before.search(scan.work, max(0, at - 8), at):
        bound = scan.g.bound_before.search(scan.work, max(0, at - 24), at)
        if bound is None or not level_before.search(
            scan.work, max(0, bound.start() - 8), bound.start()
        ):
            return False
    start, stop = scan.sentences.span_of(at)
    lo, _ = clause_bounds(scan.work, start, stop, at, end)
    before, _ = scan.counted_nouns(lo, at, end, end)
    return before is not None


def _a_models_size(scan: Scan, numeral: Numeral) -> bool:
    """'Llama 3.1 405B', 'the 8B and 70B models': a size glued to its scale letter after
    a name and its version, or before "models" (of one or the other), names a model."""
    before = max(0, numeral.start - 30)
    if NAME_AND_VERSION_BEFORE.search(scan.work, before, numeral.start):
        return True
    if SIZE_LISTED_BEFORE.search(scan.work, before, numeral.start):
        return True  # "Llama3-8B and 70B"
    listed = SIZE_LIST_AFTER.match(scan.work, numeral.end)
    after = scan.units.after.match(scan.work, listed.end() if listed else numeral.end)
    return after is not None and scan.units.resolve(after.group("word") or "") == "model"


def _a_names_version(scan: Scan, numeral: Numeral) -> bool:
    """'Llama 3.1', 'Gemini 1.5 Pro': a decimal right after a capitalised name, with no
    unit after it ("Apple 3.5 procent"), is the name's version."""
    word = NAME_BEFORE.search(scan.work, max(0, numeral.start - 24), numeral.start)
    if word is None or word.group(1).lower() in scan.g.not_names:
        return False
    after = scan.work[numeral.end : numeral.end + 12]
    return not (scan.units.after.match(after) or scan.g.multiplier_after.match(after))


def _after_a_name(scan: Scan, numeral: Numeral) -> bool:
    """'Pixel 9', 'iOS 18', 'Llama 3', 'Mate 60 Pro': a capitalised name followed directly
    by a small number that counts nothing after it (or that a model suffix closes) is a
    product or version name. Acronyms ('PVV 37'), function
    words ('In 5 cases') and unit prefixes ('EUR 5') are not names."""
    word = NAME_BEFORE.search(scan.work, max(0, numeral.start - 24), numeral.start)
    if word is None or word.group(1).lower() in scan.g.not_names:
        return False
    if COUNTED_ITEM_BEFORE.search(scan.work, max(0, word.start() - 40), word.start()):
        return False
    if not scan.units.alone_after.match(scan.work, numeral.end) and not (
        scan.g.name_suffix_after.match(scan.work, numeral.end)
    ):
        return False  # "Leerzeichen 74 Zeichen": the number counts the noun after it
    if (
        scan.work[numeral.end : numeral.end + 1] in ("-", "–", ".")
        and scan.work[numeral.end + 1 : numeral.end + 2].isdigit()
    ):
        return False  # "Week 3-4", "Pixel 9.5": a range or a decimal reads on
    return not scan.units.prefix_before.search(scan.work, max(0, numeral.start - 6), numeral.start)


def sprint_spans(work: str, lang: str) -> list[tuple[int, int]]:
    """'von 0 auf 100 km/h', '0-60 mph': the numbers name a speed test, not claims."""
    return [match.span() for match in _sprint(lang).finditer(work)]


@cache
def _sprint(lang: str) -> re.Pattern[str] | Cued:
    """The speed-test pattern, looked for only at its first characters (`Cued`)."""
    return Cued.guarded(grammar(lang).sprint)
