"""Counting the words that tell our languages apart (`lexicon/language_cues.yaml`).

Function words, number words and the verbs and nouns that carry figures in news
are what a reader uses to tell English from German or Dutch in one sentence:
"has" and a lowercase "billion" are English, "heeft" and "miljard" Dutch,
"wurde" and "Milliarden" German, "bought", "kaufte" and "kocht" one each. They
are cheap to count, need no model, and unlike character statistics they are not
fooled by the brand names and loan words ("Microsoft", "GPU", "model") news is
full of.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from factcheck.lexicon import load_table
from factcheck.models import LANGUAGES

# A word of letters, with an inner apostrophe kept ("it's", "zo'n"); digits split words.
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_SECTIONS = ("function_words", "number_words", "news_words")
# Chinese cues are matched as substrings: Chinese does not separate its words.
_SPACELESS = frozenset({"zh"})


@dataclass(frozen=True, slots=True)
class CueEntry:
    """One listed word of one language; `capitalised` entries count only when the
    text capitalises the word too (German nouns)."""

    lang: str
    capitalised: bool


@dataclass(frozen=True, slots=True)
class CueCounts:
    """How many cue words of each language a sample holds.

    `listed` counts every cue a language lists (shared ones included), `own` only
    the cues no other language lists, `against` the cues a language does not list:
    a sure answer needs its own evidence and little against it.
    """

    listed: Counter[str]
    own: Counter[str]
    against: Counter[str]


@cache
def _cue_index() -> dict[str, tuple[CueEntry, ...]]:
    """Lowercased word -> the languages listing it, built once from the table."""
    table = load_table("language_cues")
    index: dict[str, list[CueEntry]] = {}
    for section in _SECTIONS:
        for lang in LANGUAGES:
            if lang in _SPACELESS:
                continue
            for word in table[section].get(lang) or []:
                entry = CueEntry(lang, str(word)[:1].isupper())
                index.setdefault(str(word).lower(), []).append(entry)
    return {word: tuple(entries) for word, entries in index.items()}


@cache
def _spaceless_cues() -> dict[str, tuple[str, ...]]:
    """Language -> its cue strings, for languages written without spaces."""
    table = load_table("language_cues")
    return {
        lang: tuple(str(w) for section in _SECTIONS for w in table[section].get(lang) or [])
        for lang in _SPACELESS
    }


def count_cues(sample: str) -> CueCounts:
    """The cue words of every language in `sample`.

    Acronyms (all capitals: "MIT", "IT", "DIE") are skipped: they are names, not
    the function words they spell.
    """
    listed: Counter[str] = Counter()
    own: Counter[str] = Counter()
    against: Counter[str] = Counter()
    index = _cue_index()
    for word in _WORD.findall(sample):
        if len(word) > 1 and word.isupper():
            continue
        langs = _languages_of(word, index.get(word.lower(), ()))
        _tally(langs, listed, own, against)
    for lang, cues in _spaceless_cues().items():
        hits = sum(sample.count(cue) for cue in cues)
        listed[lang] += hits
        own[lang] += hits
        for other in LANGUAGES:
            if other != lang:
                against[other] += hits
    return CueCounts(listed, own, against)


def _languages_of(word: str, entries: tuple[CueEntry, ...]) -> frozenset[str]:
    capital = word[:1].isupper()
    return frozenset(e.lang for e in entries if capital or not e.capitalised)


def _tally(
    langs: frozenset[str], listed: Counter[str], own: Counter[str], against: Counter[str]
) -> None:
    if not langs:
        return
    for lang in LANGUAGES:
        if lang in langs:
            listed[lang] += 1
        else:
            against[lang] += 1
    if len(langs) == 1:
        own[next(iter(langs))] += 1
