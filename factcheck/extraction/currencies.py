"""A figure of money named before the text names its currency ("Das Milliardenprojekt
…", then "… 5 Milliarden Euro") is in the first currency the text names after it; one
named after a currency is in the last before it (`growth._about_money`). A generic
currency word (元) or a symbol two currencies share (¥: the yuan and the yen) is in the
currency the text names with it, by its name or by its country's ("TOKYO – SoftBank …
¥517.18 billion": `generic_currencies`, `currency_places`)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from factcheck.extraction.han_script import in_traditional_script
from factcheck.extraction.patterns import alternation
from factcheck.extraction.sentences import SentenceIndex
from factcheck.extraction.units import unit_category, unit_words
from factcheck.lexicon import load_table
from factcheck.models import Claim

NAMED_RIGHT_BEFORE = 3  # "新台币 8,392.5亿元", "新台幣9,899億": the number follows the name


def in_the_currency_named_after(
    claims: list[Claim], waiting: Sequence[int], currencies: Sequence[tuple[int, str]]
) -> list[Claim]:
    """`claims` with each amount starting at a `waiting` offset in the first of the
    `currencies` (offset, unit; in text order) named after it."""
    if not (waiting and currencies):
        return claims
    pending = set(waiting)
    starts = [start for start, _ in currencies]
    result = []
    for claim in claims:
        at = bisect_right(starts, claim.start)
        if claim.start in pending and at < len(starts):
            claim = claim.model_copy(update={"unit": currencies[at][1]})
        result.append(claim)
    return result


@dataclass(frozen=True)
class GenericCurrency:
    """A language's generic currency word, the currencies it may stand for (its own
    first), and every word that names a currency outright, with its unit. A generic
    word (元) is in any currency its sentence names before it ("以美元計算…1887億元");
    a `shared` symbol (¥) only in one of its own."""

    word: str
    units: tuple[str, ...]
    named: re.Pattern[str]
    unit_of: dict[str, str]
    shared: bool = False


@cache
def generic_currencies(lang: str) -> tuple[GenericCurrency, ...]:
    """The language's generic currency words (built once per process)."""
    words, table = unit_words(lang), load_table("units")
    names = {
        **words.lookup,
        **{k.lower(): u for k, u in (*words.symbols.items(), *words.prefixes.items())},
    }
    places = {
        place.lower(): unit
        for unit, row in (table.get("currency_places") or {}).items()
        for place in row.get(lang, [])
    }
    generic = {w.lower() for w in ((table.get("generic_currencies") or {}).get(lang) or {})}
    found = []
    for shared in (False, True):
        key = "shared_currency_symbols" if shared else "generic_currencies"
        for word, units in ((table.get(key) or {}).get(lang) or {}).items():
            unit_of = {n: u for n, u in names.items() if unit_category(u) == "currency"}
            unit_of = {n: u for n, u in unit_of.items() if n not in generic | {word.lower()}}
            unit_of |= {place: unit for place, unit in places.items() if unit in units}
            named = re.compile(alternation(unit_of, word_edges=lang != "zh"), re.IGNORECASE)
            found.append(GenericCurrency(word, tuple(units), named, unit_of, shared))
    return tuple(found)


def in_named_currency(
    claims: list[Claim], work: str, sentences: SentenceIndex, lang: str
) -> list[Claim]:
    """`claims` with each amount written with a generic currency word alone (元) in the
    currency named right before it, else the last one its sentence names before it,
    else the one of its word's currencies the text alone names (a share price, "报
    140.90港元", names only the currency its stock trades in: not the text's), unless
    that one stands for 元 only in Traditional characters (`traditional_only`): a
    mainland outlet's 元 is the yuan beside the Hong Kong dollars of a listing
    ("募资353.31亿港元 … 净利507.45亿元")."""
    for generic in generic_currencies(lang):
        default = generic.units[0]
        bare = [i for i, c in enumerate(claims) if c.unit == default and bare_generic(c, generic)]
        if not bare:
            continue
        named = [
            (m.start(), m.end(), generic.unit_of[" ".join(m.group().lower().split())])
            for m in generic.named.finditer(work)
        ]
        ends = [end for _, end, _ in named]
        prices = [(c.start, c.end) for c in claims if c.scale is None and c.unit != default]
        starts = [start for start, _ in prices]
        in_text = {
            u for a, b, u in named if u in generic.units and not _inside(prices, starts, a, b)
        }
        alone = in_text.pop() if len(in_text) == 1 else default
        if alone in traditional_only() and not in_traditional_script(work):
            alone = default
        for i in bare:
            claim = claims[i]
            sentence_start = sentences.span_of(claim.start)[0]
            unit = _named_before(named, ends, claim.start, sentence_start, generic) or alone
            if unit != default:
                claims[i] = claim.model_copy(update={"unit": unit})
    return claims


@cache
def traditional_only() -> frozenset[str]:
    """Currencies a bare 元 stands for only in a text in Traditional characters."""
    return frozenset(load_table("units").get("traditional_only_currencies") or ())


def _inside(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    """Whether text[start:end] lies inside one of `spans` (in text order, `starts`
    their starts)."""
    at = bisect_right(starts, start) - 1
    return at >= 0 and end <= spans[at][1]


def possible_currencies(claim: Claim) -> tuple[str, ...]:
    """The currencies an amount written with a generic word or a shared symbol alone
    ("263元", "¥2.93 trillion") may be in, whichever its text was read as; none for
    one that names its own."""
    for generic in generic_currencies(claim.lang):
        if claim.unit in generic.units and bare_generic(claim, generic):
            return generic.units
    return ()


def bare_generic(claim: Claim, generic: GenericCurrency) -> bool:
    """Whether the amount names its currency with the generic word alone (after the
    number, "120亿元", or before it, "¥517.18 billion")."""
    written = claim.text.endswith(generic.word) or claim.text.startswith(generic.word)
    return written and generic.named.search(claim.text) is None


def _named_before(
    named: list[tuple[int, int, str]],
    ends: list[int],
    start: int,
    sentence_start: int,
    generic: GenericCurrency,
) -> str | None:
    """The currency named last before `start` in its sentence (or right before it);
    for a shared symbol, only one of its own: "$30 billion" before a "¥" says nothing
    of it."""
    at = bisect_right(ends, start)
    if at == 0:
        return None
    name_start, name_end, unit = named[at - 1]
    near = name_start >= sentence_start or start - name_end <= NAMED_RIGHT_BEFORE
    return unit if near and (unit in generic.units or not generic.shared) else None
