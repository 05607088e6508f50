"""Reading number words: "zwei Milliarden", "twee biljoen", "three hundred and
five", "sechs- bis zehnmal", "a quarter", ordinals and fractions in words.

The word tables come from the lexicon (`grammar.Word`); this module combines a
run of words into one value and decides where the run ends.
"""

from __future__ import annotations

import itertools
import math
import re
from functools import lru_cache

from factcheck.extraction.digits import evaluate_words
from factcheck.extraction.grammar import Grammar, Word, grammar
from factcheck.extraction.numeral import MAX_NUMBER_WORDS, Numeral, OverLong
from factcheck.extraction.patterns import NEVER, Preceding, alternation
from factcheck.extraction.word_fractions import ordinal_fraction
from factcheck.lexicon import by_language, load_table
from factcheck.models import LANGUAGES

OF_A = re.compile(r"[ \t]+of[ \t]+an?[ \t]+", re.IGNORECASE)
TOKEN_GAP = re.compile(r"[ \t\u00a0]*-[ \t\u00a0]*|[ \t\u00a0]+")
# The endings of ordinal words that also name a fraction ("sixth", "zesde"): not
# "quarter" or "kwart", which are fractions only.
ORDINAL_ENDINGS = {"en": ("th", "rd", "nd", "st"), "nl": ("de", "ste")}
FRACTION_END = re.compile(r"[ \t]*(?:$|\n|[^\w \t-]|(?:of|van)(?![^\W\d_]))", re.IGNORECASE)


def _lowered(table: str, section: str) -> dict[str, frozenset[str]]:
    rows = load_table(table).get(section) or {}
    return {lang: frozenset(w.lower() for w in by_language(rows, lang)) for lang in LANGUAGES}


def _preceding(words: list[str], lang: str) -> Preceding:
    return Preceding(words) if lang == "zh" else Preceding(words, gap=r"[ \t]+")


_NOT_ORDINAL = _lowered("fractions", "not_ordinal")
_HALF_ALONE = _lowered("fractions", "half_alone")
_ARTICLE_FORMS = _lowered("number_words", "one_as_article")
_ORDINAL_STEMS: dict[str, dict[str, Word]] = {lang: {} for lang in LANGUAGES}
for _row in load_table("ordinals")["words"]:
    for _lang in ("de", "nl"):
        for _w in _row.get(_lang) or []:
            _ORDINAL_STEMS[_lang][_w.lower()] = Word("ordinal", float(_row["value"]))
MINUS = {
    lang: _preceding(by_language(load_table("number_words").get("minus"), lang), lang)
    for lang in LANGUAGES
}
# "fell by a third", "daalde met een derde": after these a singular ordinal is a fraction
_BY_BEFORE = {
    lang: _preceding(by_language(load_table("fractions").get("by_before"), lang), lang)
    for lang in LANGUAGES
}
_AFTER_BY = {
    lang: re.compile(rf"[ \t]+(?:{alternation(words)})", re.IGNORECASE) if words else NEVER
    for lang in LANGUAGES
    for words in [by_language(load_table("fractions").get("after_by"), lang)]
}
# "a hundred", "an eighth": the cardinals marked `article` (a, an) before a number word
_ARTICLE_BEFORE = {
    lang: _preceding(
        [w for row in load_table("number_words")["cardinals"] if row.get("article")
         for w in by_language(row, lang)],
        lang,
    )
    for lang in LANGUAGES
}  # fmt: skip


def read_words(text: str, pos: int, g: Grammar) -> Numeral | None:
    items: list[tuple[Word, int, int]] = []
    cursor = pos
    while True:
        token = g.word_token.match(text, cursor)
        if token is None:
            break
        info = classify_word(token.group(), g)
        if info is None or not _may_extend(items, info):
            break
        if len(items) == MAX_NUMBER_WORDS:
            raise OverLong(_chain_end(text, token.start(), items, g))
        items.append((info, token.start(), token.end()))
        gap = TOKEN_GAP.match(text, token.end())
        if gap is None:
            break
        cursor = gap.end()
    while items and items[-1][0].kind in ("joiner", "article"):
        items.pop()
    if not items:
        return None
    _of_a_scale(text, items, g)
    fraction = _ordinal_fraction(text, items, pos, g)
    if fraction is not None:
        return fraction
    decimals = _decimal_words(text, items[-1][2], g)
    article = _ARTICLE_BEFORE[g.lang].search(text, max(0, pos - 4), pos)
    if _ordinal_before_noun(text, items, g):
        # "een zesde slachtoffer", "an eighth place": the ordinal alone, not 1/6
        items, article = items[-1:], None
        pos = items[0][1]
    if article and items[0][0].kind in ("scale", "dozen", "denominator", "fraction"):
        items.insert(0, (Word("article", 1.0), article.start(), article.start() + 1))
        pos = article.start()
    numeral = _words_value(items, pos, text, g)
    while numeral is None and any(w.kind == "joiner" for w, _, _ in items[1:]):
        # "between five and ten", "two hundred and three hundred": "and" joins
        # two numbers, not the parts of one; the first number ends before it
        cut = max(i for i, (w, _, _) in enumerate(items) if w.kind == "joiner")
        items, decimals = items[:cut], None
        numeral = _words_value(items, pos, text, g)
    if numeral is not None and decimals is not None and numeral.kind == "cardinal":
        digits, end = decimals
        numeral.value = float(f"{int(numeral.value)}.{digits}")
        numeral.end = end
    return numeral


def _ordinal_fraction(
    text: str, items: list[tuple[Word, int, int]], pos: int, g: Grammar
) -> Numeral | None:
    """'three twenty-firsts', 'a trillionth', 'drie eenentwintigste' (see wordfractions).

    A singular ordinal is a fraction only where a fraction can end ("a
    twenty-first of", "a twenty-first."): "a twenty-first century" is an ordinal.
    """
    last, _, end = items[-1]
    if last.kind not in ("denominator", "ordinal"):
        return None
    plural = text[end - 1 : end].lower() == ("s" if g.lang == "en" else "n")
    article = _ARTICLE_BEFORE[g.lang].search(text, max(0, pos - 4), pos)
    opening = article.start() if article else pos
    if not plural and not FRACTION_END.match(text, end) and not _after_by(text, opening, end, g):
        return None
    words = [w for w, _, _ in items]
    hyphened = [False] + ["-" in text[a[2] : b[1]] for a, b in itertools.pairwise(items)]
    if article is not None and words[0].kind != "article":
        with_article = [Word("article", 1.0), *words]
        value = ordinal_fraction(with_article, plural, g.lang, [False, *hyphened])
        if value is not None:
            return Numeral(article.start(), end, value, words=True)
    value = ordinal_fraction(words, plural, g.lang, hyphened)
    return None if value is None else Numeral(pos, end, value, words=True)


def _ordinal_before_noun(text: str, items: list[tuple[Word, int, int]], g: Grammar) -> bool:
    """A lone singular denominator that is an ordinal too ("zesde", "eighth") read
    after an article and before a noun: "een zesde slachtoffer" is the sixth victim;
    a fraction ends there or goes on with "of", "van" ("een derde van de stemmen")."""
    word, start, end = items[-1]
    if not text[start:end].lower().endswith(ORDINAL_ENDINGS.get(g.lang, ())):
        return False  # "een kwart brood", "a quarter": fractions only
    leading = items[:-1]
    one = all(w.kind == "article" or (w.kind == "cardinal" and w.value == 1) for w, _, _ in leading)
    if len(leading) > 1 or not one or word.kind != "denominator" or g.lang not in ("en", "nl"):
        return False
    plural = text[end - 1 : end].lower() == ("s" if g.lang == "en" else "n")
    if plural or FRACTION_END.match(text, end) or _after_by(text, items[0][1], end, g):
        return False
    return word.value > 2


def _after_by(text: str, start: int, end: int, g: Grammar) -> bool:
    """A "by" word right before and a word that goes on with the change right after:
    "fell by a third to", "daalde met een derde tot" (not "met een achtste plek")."""
    if _BY_BEFORE[g.lang].search(text, max(0, start - 12), start) is None:
        return False
    return _AFTER_BY[g.lang].match(text, end) is not None


def _chain_end(text: str, cursor: int, items: list[tuple[Word, int, int]], g: Grammar) -> int:
    """Where a chain of number words that is too long to be a numeral ends.

    Every later word of the chain would start an equally long chain, so the scan
    goes on after it rather than retrying word by word (quadratic).
    """
    last = items[-1][0]
    while token := g.word_token.match(text, cursor):
        info = classify_word(token.group(), g)
        if info is None or not _may_extend([(last, 0, 0)], info):
            break
        last = info
        gap = TOKEN_GAP.match(text, token.end())
        if gap is None:
            return token.end()
        cursor = gap.end()
    return cursor


def _of_a_scale(text: str, items: list[tuple[Word, int, int]], g: Grammar) -> None:
    """'two thirds of a million': a fraction of a scale word."""
    if g.lang != "en" or items[-1][0].kind not in ("denominator", "fraction"):
        return
    joined = OF_A.match(text, items[-1][2])
    token = g.word_token.match(text, joined.end()) if joined else None
    info = classify_word(token.group(), g) if token else None
    if token is not None and info is not None and info.kind == "scale":
        items.append((info, token.start(), token.end()))


def _decimal_words(text: str, pos: int, g: Grammar) -> tuple[str, int] | None:
    """'zwei Komma drei', 'two point five': digits spelled after a decimal word;
    or one number below a hundred, read as two digits ('point seventy-one')."""
    point = g.decimal_point.match(text, pos)
    if point is None:
        return None
    two_digits = _two_digit_words(text, point.end(), g)
    if two_digits is not None:
        return two_digits
    digits, cursor, end = "", point.end(), None
    while True:
        token = g.word_token.match(text, cursor)
        info = classify_word(token.group(), g) if token else None
        if token is None or info is None or info.kind != "cardinal" or info.value > 9:
            break
        digits, end = digits + str(int(info.value)), token.end()
        gap = TOKEN_GAP.match(text, end)
        if gap is None:
            break
        cursor = gap.end()
    return (digits, end) if digits and end is not None else None


def _two_digit_words(text: str, pos: int, g: Grammar) -> tuple[str, int] | None:
    """'seventy-one', 'eleven' after 'point': the digits 71, 11."""
    token = g.word_token.match(text, pos)
    info = classify_word(token.group(), g) if token else None
    if token is None or info is None or info.kind != "cardinal" or not 10 <= info.value < 100:
        return None
    value, end = int(info.value), token.end()
    gap = TOKEN_GAP.match(text, end)
    unit = g.word_token.match(text, gap.end()) if gap and value % 10 == 0 else None
    ones = classify_word(unit.group(), g) if unit else None
    if unit is not None and ones is not None and ones.kind == "cardinal" and 0 < ones.value < 10:
        value, end = value + int(ones.value), unit.end()
    return str(value), end


def _may_extend(items: list[tuple[Word, int, int]], info: Word) -> bool:
    """Words join one numeral only in number-like orders."""
    if not items:
        return info.kind not in ("joiner", "plus_half")
    last = items[-1][0]
    if last.kind in ("ordinal", "multiplier", "denominator", "plus_half", "fraction"):
        fractional = last.kind in ("fraction", "plus_half", "denominator")
        return fractional and info.kind in ("scale", "dozen", "article")
    if info.kind == "ordinal" and info.value == 2 and last.kind == "cardinal" and last.value < 20:
        return False  # "twenty-second", but "one second" is a time, no ordinal nor a half
    if info.kind == "joiner":
        return last.kind in ("cardinal", "scale", "dozen")
    if info.kind == "article":
        return last.kind in ("joiner", "fraction", "denominator")
    return info.kind != "multiplier" or last.kind == "article"


def _words_value(
    items: list[tuple[Word, int, int]], pos: int, text: str, g: Grammar
) -> Numeral | None:
    kinds = [w.kind for w, _, _ in items]
    if kinds == ["cardinal"] and items[0][0].value == 1:
        at = items[0][2]
        counts = _unit_follows(text, at, g) or g.ratio.match(text, at) or g.part_of.match(text, at)
        article = _is_article(text, items[0], g) or g.pronoun_before.search(
            text, max(0, pos - 12), pos
        )
        signed = MINUS[g.lang].search(text, max(0, pos - 12), pos)  # "min een" is -1
        if article and not counts and not signed:
            return None
    if kinds == ["scale"] and _looks_like_name(text, items[0], pos):
        return None
    end = items[-1][2]
    if kinds == ["ordinal"] and _capitalised_noun(text, pos, g):
        return None
    if kinds[0] in ("ordinal", "multiplier"):
        return Numeral(pos, items[0][2], items[0][0].value, kind=kinds[0], words=True)
    if kinds[-1] == "denominator":
        ordinal = _ordinal_from_denominator(items, text, g)
        if ordinal is not None:
            return None if ordinal < 0 else Numeral(pos, end, ordinal, kind="ordinal", words=True)
    value = _combine(items)
    if value is None:
        return None
    kind = "ordinal" if items[-1][0].kind == "ordinal" else "cardinal"
    if items[-1][0].kind == "multiplier":
        kind = "multiplier"
    scale = next(
        (text[s:e] for w, s, e in reversed(items) if w.kind == "scale" and w.value >= 1e3), None
    )
    return Numeral(pos, end, value, kind=kind, scale=scale, words=True)


def _ordinal_from_denominator(
    items: list[tuple[Word, int, int]], text: str, g: Grammar
) -> float | None:
    """'fifth' can be an ordinal or a fraction: 'the fifth' and 'twenty-fifth' are
    ordinals, 'a fifth' and 'three fifths' fractions. Returns the ordinal value,
    -1 for a word that is no number alone ('quarter'), None for a fraction."""
    word = text[items[-1][1] : items[-1][2]].lower()
    if len(items) == 1:
        if word in _HALF_ALONE[g.lang]:
            return None
        if word in _NOT_ORDINAL[g.lang]:
            return -1.0
        return items[0][0].value
    head = [w for w, _, _ in items[:-1]]
    if [w.value for w in head] == [1.0] or word.endswith(("s", "n")) or g.lang != "en":
        return None
    value = _evaluate([*head, Word("cardinal", items[-1][0].value)])
    return value


def _capitalised_noun(text: str, pos: int, g: Grammar) -> bool:
    """German 'von Dritten' (third parties) is a noun; 'den Dritten' may be an ordinal."""
    if g.lang != "de" or not text[pos].isupper():
        return False
    if not g.dotted_before.search(text, max(0, pos - 8), pos):
        return bool(re.search(r"[^\W\d_][ \t]+$", text[max(0, pos - 3) : pos]))
    return False


def _unit_follows(text: str, pos: int, g: Grammar) -> bool:
    """'ein Pfund', 'einen Euro', 'een kilo': an article before a unit counts one."""
    from factcheck.extraction.units import unit_category, unit_words

    units = unit_words(g.lang)
    match = units.after.match(text, pos)
    unit = units.resolve(match.group("word") or match.group("sym")) if match else None
    return unit is not None and unit_category(unit) in ("currency", "dimension", "temperature")


def _looks_like_name(text: str, item: tuple[Word, int, int], pos: int) -> bool:
    """'Claudia Tausend': a capitalised scale word after a capitalised word is a name."""
    word = text[item[1] : item[2]]
    before = re.search(r"([^\W\d_]+)[ \t]+$", text[max(0, pos - 30) : pos])
    return word[:1].isupper() and before is not None and before.group(1)[:1].isupper()


def _is_article(text: str, item: tuple[Word, int, int], g: Grammar) -> bool:
    """A lone ein/een is an article unless spelled 'eins'/'één'."""
    word = text[item[1] : item[2]].lower()
    return word in _ARTICLE_FORMS[g.lang]


def _combine(items: list[tuple[Word, int, int]]) -> float | None:
    """Value of number words with fractions: 'drei Viertel', 'twee en een half'.

    `part` collects the words since the last joiner: a denominator divides it
    ("three fifths"); scale words after a fraction multiply everything
    ("eine halbe Million").
    """
    whole: list[Word] = []
    part: list[Word] = []
    fraction, multiplier = 0.0, 1.0
    for word, _, _ in items:
        kind = word.kind
        if kind == "joiner":
            whole, part = whole + part, []
        elif kind == "article" and fraction:
            continue
        elif kind == "scale" and fraction:
            multiplier *= word.value
        elif kind == "dozen" and fraction:
            multiplier *= 12
        elif kind == "dozen":
            part = [Word("cardinal", (_evaluate(part) or 1.0) * 12)]
        elif kind == "denominator":
            top = _evaluate(part) if part else 1.0
            if top is None:
                return None
            fraction, part = fraction + top / word.value, []
        elif kind in ("fraction", "plus_half"):
            if [w.value for w in part] == [1.0] and word.value < 1:
                part = []
            whole, part, fraction = whole + part, [], fraction + word.value
        else:
            part.append(word)
    rest = whole + part
    base = _evaluate(rest) if rest else 0.0
    if base is None:
        return None
    scales = [w.value for w in whole if w.kind == "scale" and w.value >= 1e3]
    if scales and fraction:
        return base + fraction * (multiplier if multiplier != 1.0 else scales[-1])
    return (base + fraction) * multiplier


def _evaluate(words: list[Word]) -> float | None:
    """Ordinals of scale words ('drie miljoenste') multiply like the scale word."""
    return evaluate_words([w.value for w in words], [_acts_as_scale(w) for w in words])


def _acts_as_scale(word: Word) -> bool:
    if word.kind == "scale":
        return True
    return word.kind == "ordinal" and word.value >= 1000 and math.log10(word.value).is_integer()


def classify_word(token: str, g: Grammar) -> Word | None:
    """The meaning of one word, including German and Dutch compounds."""
    lower = token.lower()
    known = g.words.get(lower)
    if known is not None:
        return known
    return _derived_word(lower, g.lang)


@lru_cache(maxsize=8192)
def _derived_word(lower: str, lang: str) -> Word | None:
    """A word no list names: a compound or a derived ordinal, or nothing. The same
    words ("and", "een", "Jahren") come again and again, so each is taken apart once."""
    g = grammar(lang)
    if g.compound is None:
        return _english_compound(lower, g)
    return _compound_word(lower, g)


def _english_compound(lower: str, g: Grammar) -> Word | None:
    """'twentieth', 'hundredth' from cardinal stems; a plural ordinal is a
    denominator ('twenty-firsts', 'trillionths'), except 'seconds' (time)."""
    if lower.endswith("s") and len(lower) > 4 and lower != "seconds":
        singular = g.words.get(lower[:-1]) or _english_compound(lower[:-1], g)
        if singular is not None and singular.kind in ("ordinal", "denominator"):
            return Word("denominator", singular.value)
    for ending in ("ieth", "th"):
        if lower.endswith(ending):
            stem = lower[: -len(ending)] + ("y" if ending == "ieth" else "")
            base = g.words.get(stem)
            if base is not None and base.kind in ("cardinal", "scale"):
                return Word("ordinal", base.value)
    return None


def _compound_word(lower: str, g: Grammar) -> Word | None:
    match = g.compound.fullmatch(lower) if g.compound else None
    if match is None:
        return None
    if match.group("stem"):
        body = _morph_values(match.group("body2") or "", g)
        if body is None:
            return None
        stem = g.words.get(match.group("stem")) or _ORDINAL_STEMS[g.lang].get(match.group("stem"))
        value = evaluate_words([*body, stem.value]) if stem else None
        return Word("ordinal", value) if value is not None else None
    values = _morph_values(match.group("body"), g)
    value = evaluate_words(values) if values else None
    if value is None:
        return None
    if match.group("half"):
        return Word("fraction", value + 0.5)
    if match.group("mult"):  # "einfach", "einmal", "eenmaal" mean simply, once, just
        return Word("multiplier", value) if value != 1 else None
    if match.group("ord"):
        return Word("ordinal", value)
    return Word("scale" if value >= 1e3 and len(values) == 1 else "cardinal", value)


def _morph_values(body: str, g: Grammar) -> list[float] | None:
    """Split a compound into number morphemes, backtracking where a greedy split
    fails ("eintausendeinhundert" is ein-tausend-ein-hundert, not ein-tausende-...)."""
    if not body:
        return []
    parts = _segment(body, 0, g, ())
    if parts is None:
        return None
    return [g.words[p].value for p in parts if g.words[p].kind != "joiner"]


def _segment(word: str, pos: int, g: Grammar, parts: tuple[str, ...]) -> tuple[str, ...] | None:
    if pos == len(word):
        return parts if _valid_joiners(parts, g) else None
    for candidate in g.morphemes_at(word, pos):
        found = _segment(word, pos + len(candidate), g, (*parts, candidate))
        if found is not None:
            return found
    return None


def _valid_joiners(parts: tuple[str, ...], g: Grammar) -> bool:
    """A joiner ("und", "en") stands between a unit and a ten, never at an edge."""
    kinds = [g.words[p].kind for p in parts]
    if kinds[0] == "joiner" or kinds[-1] == "joiner":
        return False
    return all(not (a == b == "joiner") for a, b in itertools.pairwise(kinds))
