"""Phrases that refer back to a name: "the company", "das Unternehmen", "het bedrijf",
"该公司", "the country", "全国".

An anaphor stands for the last entity of a matching kind that was the subject of a
sentence before it (or earlier in its own sentence): after "BYD sold 526,000 cars,
compared with Tesla's 484,500." the company of the next sentence is BYD, not the
possessor Tesla. A sentence's subject is its first name that is neither an object
nor a possessor (else its first possessor). The phrases are language data
(`factcheck/lexicon/subjects.yaml`); the whole document is resolved in one pass.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from factcheck.annotation.roles import Mention, Roles
from factcheck.extraction.patterns import WORD_CHARS, alternation
from factcheck.lexicon import load_table, words

SURE_DISTANCE = 2  # an anaphor is sure when its referent is at most this many sentences back
# Unknown names are mostly organisations ("Nikkei", "Studio040"), so "the company"
# may refer to one; other anaphors need a listed entity of their kind.
REFERENT_KINDS = {"organization": frozenset({"organization", "unknown"})}
Anaphor = tuple[int, int, frozenset[str]]  # start, end, kinds of its referent


@dataclass(frozen=True)
class Anaphora:
    """One language's anaphoric phrases, and the kinds each may refer to."""

    pattern: re.Pattern[str]
    kinds: dict[str, frozenset[str]]  # lower-cased phrase -> kinds of its referent

    def find(self, text: str) -> list[Anaphor]:
        matches = self.pattern.finditer(text)
        return [
            (m.start(), m.end(), self.kinds[" ".join(m.group().lower().split())]) for m in matches
        ]


@cache
def anaphora_for(lang: str) -> Anaphora:
    """The compiled anaphora of a language (built once per process)."""
    kinds: dict[str, frozenset[str]] = {}
    for row in load_table("subjects")["anaphora"]:
        referents = frozenset().union(*(REFERENT_KINDS.get(k, {k}) for k in row["kinds"]))
        for phrase in words(row, lang):
            kinds[" ".join(phrase.lower().split())] = referents
    if not kinds:
        return Anaphora(re.compile("(?!)"), {})
    edge = rf"(?![{WORD_CHARS}-])"
    return Anaphora(re.compile(rf"(?:{alternation(kinds)}){edge}", re.IGNORECASE), kinds)


def with_anaphora(
    text: str,
    mentions: Sequence[Mention],
    sentences: Sequence[tuple[int, int]],
    anaphora: Anaphora,
    roles: Roles,
) -> list[Mention]:
    """The mentions with each resolvable anaphor added as a mention of its referent."""
    starts = [m.start for m in mentions]
    found = [a for a in anaphora.find(text) if not _overlaps(a, mentions, starts)]
    if not found:
        return list(mentions)
    items = sorted([*mentions, *found], key=_start)
    resolved: list[Mention] = []
    last: dict[str, tuple[int, Mention]] = {}  # kind -> (sentence index, subject)
    position = 0
    for number, (_, end) in enumerate(sentences):
        in_sentence: list[Mention] = []
        while position < len(items) and _start(items[position]) < end:
            item = items[position]
            position += 1
            if isinstance(item, Mention):
                in_sentence.append(item)
                continue
            mention = _resolve(item, number, last, in_sentence)
            if mention is not None:
                in_sentence.append(roles.mark(mention, text))
        resolved += in_sentence
        _remember(last, number, in_sentence)
    resolved += [m for m in items[position:] if isinstance(m, Mention)]
    return resolved


def _resolve(
    anaphor: Anaphor,
    number: int,
    last: dict[str, tuple[int, Mention]],
    in_sentence: list[Mention],
) -> Mention | None:
    start, end, kinds = anaphor
    here = _subject(m for m in in_sentence if m.kind in kinds)
    if here is not None:
        return Mention(start, end, here.entity, here.kind, anaphor=True)
    earlier = [last[k] for k in kinds if k in last]
    if not earlier:
        return None
    distance, referent = max(earlier, key=lambda e: (e[0], e[1].start))
    sure = number - distance <= SURE_DISTANCE and referent.sure
    return Mention(start, end, referent.entity, referent.kind, anaphor=True, sure=sure)


def _remember(last: dict[str, tuple[int, Mention]], number: int, mentions: list[Mention]) -> None:
    """Each kind's subject of the sentence, for the anaphors of the sentences after it."""
    for kind in {m.kind for m in mentions}:
        subject = _subject(m for m in mentions if m.kind == kind)
        if subject is not None:
            last[kind] = (number, subject)


def _subject(mentions: Iterable[Mention]) -> Mention | None:
    """The first name that is not an object, else the first possessor."""
    candidates = [m for m in mentions if not m.oblique]
    direct = [m for m in candidates if not m.possessive]
    return (direct or candidates or [None])[0]


def _start(item: Mention | Anaphor) -> int:
    return item[0] if isinstance(item, tuple) else item.start


def _overlaps(anaphor: Anaphor, mentions: Sequence[Mention], starts: list[int]) -> bool:
    """Whether a name covers the phrase ("the Chinese company BYD" is a name there)."""
    start, end, _ = anaphor
    index = bisect_left(starts, end)
    return index > 0 and mentions[index - 1].end > start
