"""The clauses of a sentence, and which of its keywords may name a claim's measure.

A keyword names what a number measures only inside the number's clause: in "BYD
sold 526,000 battery-only vehicles, while Tesla delivered 484,500", "sold" and
"battery-only" say nothing about Tesla's figure. Clauses end at punctuation (, ; :
parentheses, dashes, 、) and at conjunctions, which `rules/attributes.yaml` lists per
language in three strengths:

- weak ("and", "und", "en", 和): the next clause may continue the last one's measure
  ("the PVV with 37 seats, GroenLinks-PvdA with 25");
- relative ("which", ", die", ", wat"): the clause is about what was just said, so only
  a change borrows the measure from before ("a turnover of 27.6 billion, which is a
  rise of 30 %");
- contrast ("while", "aber", "terwijl", 而): the clause sets something against the
  last one; with no measure word of its own it speaks of the same measure ("资本支出为
  349亿美元，而前一季度为262亿美元"), else of its own;
- strong ("of which", "davon", 其中, 此外): the clause has a measure of its own (a part,
  an addition); nothing before it names the claim's.

So a keyword in another clause is used only when the claim's own clause names no
measure at all (no keyword of any attribute), and then only the nearest clause before
it that names one, reached across weak boundaries (and relative ones for a change).
Marks between two digits ("1,000", "9:57", "2021–2022") are not boundaries.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from factcheck.annotation.datelines import CAPITALS_DATELINE
from factcheck.extraction.patterns import WORD_CHARS, alternation, normalise_phrase, phrase_trie
from factcheck.extraction.quantity import between_digits

WEAK, RELATIVE, CONTRAST, STRONG = 0, 1, 2, 3
STRENGTHS = {
    "strong": STRONG, "contrast": CONTRAST, "relative": RELATIVE, "weak": WEAK, "mark": WEAK
}  # fmt: skip
CONJUNCTIONS = ("strong", "contrast", "relative", "weak")  # matched in this order
KEYWORD_REACH = 24  # characters around a conjunction a keyword holding it may span
WORD_CHAR = re.compile(rf"[{WORD_CHARS}]")
YEAR_AFTER = re.compile(r"\s*(?:19|20)\d\d(?!\d)")  # "im Jahr 2023"
HYPHENATED = re.compile(r"-[^\W\d_]")  # a hyphen going on into a compound: "year-on-year"
SPLIT = "…"  # in a keyword: a separable verb and its particle ("nahmen … teil")
SPLIT_REACH = 80  # characters between a separable verb and its particle
SPLIT_REACH_TO_END = 160  # the same for a particle that ends its clause (long German clauses)
WHOLE = "="  # before a keyword: a whole word, never the end of a compound
# A particle marked "$" ends its clause: "kwamen 154 mensen om." (omkomen, to die), not
# "kwamen 5.000 mensen op straat om te protesteren" nor "om 10 uur".
CLAUSE_END = "$"
CLOSING = r"(?=[ \t]*(?:[,;:.!?()]|$))"
# A full stop inside a sentence, before a space, ends an abbreviation ("80 Mrd. USD")
ABBREVIATION = r"(?<=[^\W\d])\.(?=\s)"
SUSPENDED = re.compile(r"(?<=[^\W\d_])-[ \t]")  # "Cloud- und": a compound's suspended part
# The stop of a German day or ordinal ("am 21. Juli", "im 1. Quartal") ends nothing
# A bracket that holds a figure, at most a unit or scale word and up to two short
# words before it ("(ca. 29,7 Milliarden Euro)", "(bis zu 633,08 Mrd. Euro)"): a
# conversion.
CONVERSION = re.compile(
    r"\((?:[^\W\d_]{1,12}\.?\s){0,2}(?:US|HK|NT|A|C)?[$€£¥]?\s?\d[\d.,]*\s?"
    r"(?:[^\W\d_][\w-]{0,15}\.?)?(?:\s[^\W\d_][\w-]{0,15})?\)"
)
# A bracket that glosses the words before it ("den bereinigten operativen Gewinn
# (EBITDA) auf 8,0 Milliarden Euro"): a few words and no figure.
GLOSS = re.compile(r"\([^\W\d_][^\d()]{0,30}\)")
ORDINAL_STOP = r"(?<=\b\d)\.(?=\s)|(?<=\b\d\d)\.(?=\s)"


class Word(NamedTuple):
    """What a matched phrase says: the attributes it names (table order) and the
    modifiers ("rose", "expected") it carries. Both empty: a phrase that names nothing
    ("per share"), matched only so that the shorter keyword inside it is not."""

    owners: tuple[str, ...]
    modifiers: frozenset[str]


class Hit(NamedTuple):
    start: int
    end: int
    owners: tuple[str, ...]
    modifiers: frozenset[str]


class Break(NamedTuple):
    start: int
    end: int
    strength: int


@dataclass(frozen=True, slots=True)
class CompoundRule:
    """What may open a compound a keyword ends: `min_letters` at least ("gleichen" is
    no "Leichen", "sprang" no "Rang"), and no verb's prefix before a keyword written in
    lower case, a verb's or (in Dutch) any ("einstellen" is no "stellen",
    "uitleveringen" no "leveringen")."""

    min_letters: int = 3
    verb_prefixes: frozenset[str] = frozenset()

    def opens(self, head: str, keyword: str) -> bool:
        if len(head) < self.min_letters:
            return False
        return keyword[:1].isupper() or head.lower() not in self.verb_prefixes


@dataclass(frozen=True, slots=True)
class LanguageWords:
    """The compiled tables of one language: keywords, modifiers and clause breaks."""

    keywords: re.Pattern[str]
    words: dict[str, Word]
    breaks: re.Pattern[str]
    compounds: bool
    split: SplitVerbs | None = None
    whole_only: frozenset[str] = frozenset()  # keywords that end no compound ("=Wirtschaft")
    dating: frozenset[str] = frozenset()  # keywords that name the year after them ("im Jahr")
    heads: CompoundRule = CompoundRule()

    def hits(self, text: str, lo: int, hi: int) -> list[Hit]:
        """Keyword hits in text[lo:hi]; in compound languages a keyword may end a word
        ("Jahresumsatz", "jaaromzet"), and a change word ending a word takes the measure
        its compound begins with ("Umsatzplus": revenue, changed; `_with_prefix`). A separable verb
        ("namen … deel", "sammelte … ein") is a hit at its verb, when its particle
        follows in the clause: the verb stands next to its object ("sammelte 6,6
        Milliarden Dollar bei einer Bewertung von 157 Milliarden Dollar ein")."""
        found = self._split_hits(text, lo, hi)
        for m in self.keywords.finditer(text, lo, hi):
            word = self.words.get(normal(m.group()))
            if word is None or not (word.owners or word.modifiers):
                continue
            if not self.compounds and HYPHENATED.match(text, m.end()):
                continue  # "a year-on-year increase" is no "a year", "per year"
            if normal(m.group()) in self.dating and YEAR_AFTER.match(text, m.end()):
                continue  # "stieg im Jahr 2023 um 5 Prozent": a date, not "per year"
            start = m.start()
            if self.compounds and start > lo and WORD_CHAR.match(text, start - 1):
                if normal(m.group()) in self.whole_only:
                    continue  # "Versicherungswirtschaft" is an industry, not the economy
                start = _word_start(text, lo, start)
                if not self.heads.opens(text[start : m.start()], m.group()):
                    continue
                word = self._with_prefix(text[start : m.start()], word, normal(m.group()))
                start, word = self._qualified(text, lo, start, normal(m.group()), word)
            found.append(Hit(start, m.end(), word.owners, word.modifiers))
        return sorted(found) if self.split else found

    def _qualified(self, text: str, lo: int, start: int, tail: str, word: Word) -> tuple[int, Word]:
        """A compound after the adjective of a two-word keyword that ends as the compound
        does: "operativen Rekordgewinn" is an "operativen Gewinn", not a plain profit."""
        before = text[max(lo, start - ADJECTIVE_REACH) : start]
        adjective = PREVIOUS_WORD.search(before)
        if adjective is None:
            return start, word
        joined = self.words.get(f"{adjective.group(1).lower()} {tail}")
        if joined is None or not joined.owners:
            return start, word
        return start - len(before) + adjective.start(1), joined

    def _split_hits(self, text: str, lo: int, hi: int) -> list[Hit]:
        if self.split is None:
            return []
        found = []
        for verb in self.split.verbs.finditer(text, lo, hi):
            matched = [
                (m.end("particle"), -order, word)
                for order, (particle, word) in enumerate(
                    self.split.particles[normalise_phrase(verb.group())]
                )
                if (m := particle.match(text, verb.end(), hi))
            ]
            if matched:  # the last particle of the clause: "zette … in dezelfde periode … om"
                word = max(matched, key=lambda found: found[:2])[2]
                found.append(Hit(verb.start(), verb.end(), word.owners, word.modifiers))
        return found

    def _with_prefix(self, prefix: str, word: Word, phrase: str) -> Word:
        """A compound whose last part is a change word names the measure its first part
        names, changed: "Umsatzplus", and "Umsatzrückgang um", "omzetdaling van" though
        "Rückgang um" and "daling van" alone name a population's change. Any other last
        part keeps its own measure ("Umsatzrendite" is a margin)."""
        head = self.words.get(phrase.split(" ")[0])
        change = head.modifiers if head is not None and not head.owners else frozenset()
        if word.owners and not change:
            return word
        named = self.words.get(prefix.lower()) or self.words.get(prefix.lower().rstrip("s"))
        if named is None or (word.owners and not named.owners):
            return word
        return Word(named.owners, word.modifiers | change)

    def boundaries(self, text: str, lo: int, hi: int) -> list[Break]:
        found = []
        converted = _conversion_brackets(text, lo, hi)
        for m in self.breaks.finditer(text, lo, hi):
            start, end = m.span()
            if m.lastgroup == "mark" and (between_digits(text, start, end) or start in converted):
                continue
            if m.lastgroup == "mark" and _ends_a_dateline(text, lo, end):
                continue  # "MÜNCHEN/OSLO/COLOMBO - Der Auftragseingang …": no clause before it
            if m.lastgroup != "mark" and SUSPENDED.match(text, max(lo, start - 2), start):
                continue  # "Cloud- und KI-Infrastruktur": one compound, shared
            if m.lastgroup != "mark" and self._in_keyword(text, start, end):
                continue  # "支付和解金": 和 ("and") inside 和解 (a settlement)
            found.append(Break(start, end, STRENGTHS[m.lastgroup or "mark"]))
        return found

    def _in_keyword(self, text: str, start: int, end: int) -> bool:
        """Whether a conjunction is part of a longer keyword around it."""
        lo, hi = max(0, start - KEYWORD_REACH), min(len(text), end + KEYWORD_REACH)
        return any(
            k.start() <= start and end <= k.end() and k.end() - k.start() > end - start
            for k in self.keywords.finditer(text, lo, hi)
        )


def _ends_a_dateline(text: str, lo: int, end: int) -> bool:
    """Whether a dash ends a dateline of places in capitals that opens the sentence."""
    found = CAPITALS_DATELINE.match(text, lo)
    return found is not None and found.end() >= end


def _conversion_brackets(text: str, lo: int, hi: int) -> set[int]:
    """Where the brackets of a conversion stand ("about 35km (21 miles) deep",
    "CNY87bn ($12.29bn) in net profits") or of a gloss ("operativen Gewinn (EBITDA)"):
    the figure's clause goes on past them."""
    if "(" not in text[lo:hi]:
        return set()
    found = (*CONVERSION.finditer(text, lo, hi), *GLOSS.finditer(text, lo, hi))
    return {at for m in found for at in (m.start(), m.end() - 1)}


def normal(phrase: str) -> str:
    return " ".join(phrase.lower().replace("’", "'").split())


ADJECTIVE_REACH = 24  # characters back to the adjective of a compound
PREVIOUS_WORD = re.compile(r"(?<![\w-])([^\W\d_]+)[ \t\u00a0]+$")


def _word_start(text: str, lo: int, start: int) -> int:
    while start > lo and WORD_CHAR.match(text, start - 1):
        start -= 1
    return start


def compile_language(
    words: dict[str, Word],
    conjunctions: dict[str, tuple[str, ...]],
    marks: tuple[str, ...],
    compounds: bool,
    dating: Iterable[str] = (),
    heads: CompoundRule | None = None,
) -> LanguageWords:
    """Keyword and clause patterns of one language; keywords are a trie, so a table of
    hundreds costs one step per character, and in compound languages they need no
    word start."""
    whole_only = frozenset(w.removeprefix(WHOLE) for w in words if w.startswith(WHOLE))
    words = {w.removeprefix(WHOLE): word for w, word in words.items()}
    whole = {w: word for w, word in words.items() if SPLIT not in w}
    phrases = {*whole, *(w.replace("'", "’") for w in whole if "'" in w)}
    keywords = phrase_trie(phrases, ignore_case=True, left_edge=not compounds)
    split = _split_verbs({w: word for w, word in words.items() if SPLIT in w})
    groups = [
        f"(?P<{name}>{phrase_trie(conjunctions[name], ignore_case=True)})" for name in CONJUNCTIONS
    ]
    escaped = sorted((re.escape(m).replace("\\ ", r"\s") for m in marks), key=len, reverse=True)
    groups.append(f"(?P<mark>{'|'.join(escaped) or '(?!)'})")
    return LanguageWords(
        re.compile(keywords, re.IGNORECASE),
        words,
        re.compile("|".join(groups), re.IGNORECASE),
        compounds,
        split,
        whole_only,
        frozenset(normal(w) for w in dating),
        heads or CompoundRule(),
    )


@dataclass(frozen=True, slots=True)
class SplitVerbs:
    """Separable verbs ("namen … deel"): one pattern finds their verbs; each verb's
    particles are then looked for after it, up to SPLIT_REACH characters of its clause
    (marks between digits are no breaks: "1,8 miljoen", nor an abbreviation's stop,
    nor a conversion's bracket: "legte … auf 12,42 Billionen Won (neun Milliarden
    Dollar) zu")."""

    verbs: re.Pattern[str]
    particles: dict[str, list[tuple[re.Pattern[str], Word]]]


def _split_verbs(words: dict[str, Word]) -> SplitVerbs | None:
    if not words:
        return None
    by_verb: dict[str, list[tuple[re.Pattern[str], Word]]] = {}
    edge, end = rf"(?<![{WORD_CHARS}])", rf"(?![{WORD_CHARS}])"
    for phrase, word in sorted(words.items()):
        verb, particle = (part.strip() for part in phrase.split(SPLIT, 1))
        closing = CLOSING if particle.endswith(CLAUSE_END) else ""
        reach = SPLIT_REACH_TO_END if closing else SPLIT_REACH
        pattern = re.compile(
            rf"{end}(?:[^,;:.!?()]|(?<=\d)[,.](?=\d)|{ABBREVIATION}|{ORDINAL_STOP}"
            rf"|{CONVERSION.pattern})"
            rf"{{1,{reach}}}?"
            rf"(?P<particle>{edge}{re.escape(particle.rstrip(CLAUSE_END))}){end}{closing}",
            re.IGNORECASE,
        )
        by_verb.setdefault(verb.lower(), []).append((pattern, word))
    verbs = re.compile(rf"{edge}{phrase_trie(by_verb, ignore_case=True)}{end}", re.IGNORECASE)
    return SplitVerbs(verbs, by_verb)


@dataclass(slots=True)
class SentenceScan:
    """One sentence's keyword hits and clause breaks, found once for all its claims."""

    hits: list[Hit]
    breaks: list[Break]
    lo: int
    hi: int
    _hit_starts: list[int] = field(init=False)
    _break_starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self._hit_starts = [h.start for h in self.hits]
        self._break_starts = [b.start for b in self.breaks]

    def clause(self, span: tuple[int, int]) -> tuple[int, int, int]:
        """(start, end) of the claim's clause and the index of the break that opens it
        (-1: the sentence start). Breaks inside the claim ("5 and 5.5 billion") do not
        count."""
        first = bisect_right(self._break_starts, span[0]) - 1
        while first >= 0 and self.breaks[first].end > span[0]:
            first -= 1
        after = bisect_left(self._break_starts, span[1])
        lo = self.breaks[first].end if first >= 0 else self.lo
        hi = self.breaks[after].start if after < len(self.breaks) else self.hi
        return lo, hi, first

    def following(self, hi: int) -> tuple[int, int, int] | None:
        """The strength of the break that starts at `hi` (where a clause ends) and the
        clause after it (start, end); None when no break starts there."""
        index = bisect_left(self._break_starts, hi)
        if index == len(self.breaks) or self.breaks[index].start != hi:
            return None
        end = self.breaks[index + 1].start if index + 1 < len(self.breaks) else self.hi
        return self.breaks[index].strength, self.breaks[index].end, end

    def before(self, index: int) -> tuple[int, int]:
        """The clause that ends at break `index`."""
        lo = self.breaks[index - 1].end if index > 0 else self.lo
        return lo, self.breaks[index].start

    def hits_in(self, lo: int, hi: int) -> list[Hit]:
        first = bisect_left(self._hit_starts, lo)
        last = bisect_left(self._hit_starts, hi, first)
        return self.hits[first:last]


@dataclass(frozen=True, slots=True)
class PhraseMatcher:
    """Phrases (case and spacing aside) and the row each names, first row first."""

    pattern: re.Pattern[str]
    owner: dict[str, str]

    @classmethod
    def of(cls, rows: Iterable[tuple[str, Iterable[str]]]) -> PhraseMatcher:
        owner: dict[str, str] = {}
        for row, phrases in rows:
            for phrase in phrases:
                owner.setdefault(" ".join(phrase.lower().split()), row)
        return cls(re.compile(alternation(owner), re.IGNORECASE), owner)

    def hits(self, text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
        return [
            (m.start(), m.end(), self.owner[" ".join(m.group().lower().split())])
            for m in self.pattern.finditer(text, lo, hi)
        ]


# What parts a sentence's clauses for the names around a claim: punctuation, a dash.
CLAUSE_BREAK = re.compile(r"[,;:()，；：（）、]|\s[-–—]\s")


def clause_start(text: str, sentence_start: int, claim_start: int) -> int:
    """Where the clause of a claim starting at `claim_start` begins."""
    last = sentence_start
    for match in CLAUSE_BREAK.finditer(text, sentence_start, claim_start):
        last = match.end()
    return last


def clause_end(text: str, claim_end: int, sentence_end: int) -> int:
    """Where the clause of a claim ending at `claim_end` ends."""
    match = CLAUSE_BREAK.search(text, claim_end, sentence_end)
    return match.start() if match else sentence_end
