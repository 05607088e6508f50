"""How the unknown names found in one text are spelled: once for overlapping finds; a
person's surname ("Jara") or a party's name without "Party" ("Progress") written alone
as the full name the text gave before ("帕斯" as "罗德里戈·帕斯"); and a name the text
defines an acronym for as that acronym ("the Party of Action and Solidarity (PAS)")."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import replace
from functools import cache

from factcheck.annotation.han_words import NAME_DOTS
from factcheck.annotation.names import party_short_name
from factcheck.annotation.roles import Mention
from factcheck.lexicon import by_language, load_table

HAN_QUOTED_BEFORE = re.compile(r"[「『“](?P<name>[^」』”\s]{2,12})[」』”]\s?$")
ACRONYM_IN_BRACKETS = re.compile(r"[(（]\s*(?P<acronym>[A-ZÄÖÜ]{2,8})\s*[)）]")
NAME_PARTS = re.compile(f"[ {''.join(sorted(NAME_DOTS))}]")  # "Jeannette Jara", "罗德里戈·帕斯"


def first_of_overlapping(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Unknown names found by two patterns once each: the longer of overlapping spans."""
    kept: list[tuple[int, int]] = []
    for lo, hi in sorted(spans, key=lambda s: (s[0], -s[1])):
        if not kept or kept[-1][1] <= lo:
            kept.append((lo, hi))
    return kept


def without_overlaps(
    spans: Iterable[tuple[int, int]], taken: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The spans that overlap none of `taken` (sorted, non-overlapping), found by bisection."""
    starts = [s for s, _ in taken]
    kept = []
    for lo, hi in spans:
        index = bisect_left(starts, hi)
        if index == 0 or taken[index - 1][1] <= lo:
            kept.append((lo, hi))
    return kept


def with_full_names(mentions: list[Mention]) -> list[Mention]:
    """Each unknown name's short form written alone as the full name the text gave
    before: a surname ("die linke Kandidatin Jeannette Jara … Jara kam auf 41,83
    Prozent"), a party without "Party" ("the Progress Party … Progress secured 48
    seats"). One name, one subject; a short form two full names share stays as it is."""
    full: dict[str, set[str]] = {}
    result = []
    for mention in mentions:
        entity = mention.entity
        parts = NAME_PARTS.split(entity)
        if mention.kind in ("person", "unknown") and len(parts) > 1:
            short = party_short_name(entity) or parts[-1]
            full.setdefault(short, set()).add(entity)
        named = full.get(entity, set()) if len(parts) == 1 else set()
        result.append(replace(mention, entity=next(iter(named))) if len(named) == 1 else mention)
    return result


def with_acronyms(
    text: str,
    mentions: list[Mention],
    aliases: Mapping[str, str],
    listed: Collection[str],
    lang: str,
) -> list[Mention]:
    """An unlisted name the text defines an acronym for ("the Party of Action and
    Solidarity (PAS)", "「行动团结党」（PAS）") as that acronym wherever the text writes
    it: outlets in every language write the acronym alike, the long name each in its
    own. The acronym's letters must begin words of a Latin name ("Olaf Scholz (SPD)" is
    a person and his party); a name the table lists (`aliases`), or one holding a
    `listed` entity or home name ("New Democratic Party (NDP)"), keeps its entity."""
    spelled: dict[str, str] = {}
    for found in ACRONYM_IN_BRACKETS.finditer(text):
        name = long_name(text, found.start(), mentions, lang)
        acronym = found["acronym"]
        if name and name not in aliases and _spells(acronym, name):
            lo = found.start() - len(name) - 2
            if not any(m.entity in listed and lo <= m.start < found.start() for m in mentions):
                spelled.setdefault(name, aliases.get(acronym, acronym))
    if not spelled:
        return mentions
    spans = [(m.start(), m.end(), spelled[m.group()]) for m in _written(text, spelled)]
    kept = [m for m in mentions if not any(lo < m.end and m.start < hi for lo, hi, _ in spans)]
    named = [Mention(lo, hi, entity, "unknown") for lo, hi, entity in spans]
    return sorted([*kept, *named], key=lambda m: m.start)


def long_name(text: str, bracket: int, mentions: list[Mention], lang: str) -> str | None:
    """The name a bracket right after it defines: a Chinese name found there, or the
    capitalised words (and the short words joining them, `name_joiners`) before it."""
    if lang == "zh":
        quoted = HAN_QUOTED_BEFORE.search(text, max(0, bracket - 30), bracket)
        if quoted:
            return quoted["name"]  # "「行动团结党」（PAS）"
        before = [m for m in mentions if 0 <= bracket - m.end <= 1]  # "美国地质调查局(USGS)"
        return before[-1].entity if before else None
    joiners = name_joiners(lang)
    words = text[max(0, bracket - 120) : bracket].split()
    taken: list[str] = []
    for word in reversed(words):
        capitalised = word[:1].isupper() and word[-1].isalnum()
        if not (capitalised or (word in joiners and taken)):
            break
        taken.insert(0, word)
    while taken and taken[0].lower() in joiners:
        taken.pop(0)  # "The New Democratic Party (NDP)"
    return " ".join(taken) if len(taken) > 1 else None


def _spells(acronym: str, name: str) -> bool:
    """Whether an acronym can stand for the name: a Chinese name, or one whose
    capitalised words begin with each of its letters."""
    if not any(c.isascii() and c.isalpha() for c in name):
        return True
    initials = {word[0] for word in re.split(r"[\s\-]+", name) if word[:1].isupper()}
    return set(acronym) <= initials


def _written(text: str, names: Collection[str]) -> Iterator[re.Match[str]]:
    """Where the text writes any of the names, as whole words."""
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    latin = r"(?<![A-Za-zÀ-ÿ])(?:{})(?![A-Za-zÀ-ÿ])"
    return re.finditer(latin.format(alternatives), text)


@cache
def name_joiners(lang: str) -> frozenset[str]:
    """The short words that join the capitalised words of a long name (`name_joiners`)."""
    return frozenset(by_language(load_table("subjects")["name_joiners"], lang))
