"""Time named relative to something else: years relative to the publication date
("last year", "vorig jaar", "去年"), quarters relative to another ("the prior
quarter", "去年同期"), and the phrase lists of `lexicon/time.yaml` they are found
with. A relative year that is a comparison's base, or that names the same period of
that year, dates nothing."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from factcheck.extraction.base_years import BASE_REACH, FOUR_DIGITS, base_year_pattern
from factcheck.extraction.patterns import (
    initials_guard,
    letter_cues,
    opening_pattern,
    phrase_trie,
)
from factcheck.lexicon import by_language, load_table, words

ISO_STAMP = re.compile(r"\d{4}-[01]\d(?!\d)")  # "2025-05", "2025-05-08": a date stamp


class TimePhrases(NamedTuple):
    """A list of time phrases of `lexicon/time.yaml` ("the prior quarter", "第一财季"),
    and the letters one of which each holds: a span whose lower case holds none of them
    names none, and is not searched."""

    pattern: re.Pattern[str]
    cues: tuple[str, ...]

    def in_text(self, text: str, lo: int = 0, hi: int | None = None) -> bool:
        hi = len(text) if hi is None else hi
        if not holds_cue(text[lo:hi].lower(), self.cues):
            return False
        return self.pattern.search(text, lo, hi) is not None


@cache
def sentence_opener(key: str, lang: str) -> re.Pattern[str]:
    """A sentence's first words from a time.yaml list (`earlier_openers`,
    `aside_openers`), after any opening quote or bracket; matched at a sentence's
    start."""
    listed = by_language(load_table("time").get(key, {}), lang)
    return opening_pattern(listed, han=lang == "zh", lead=r"[\s\"'„“«(]*")


def phrases_of(entry: dict | list, lang: str) -> list[str]:
    """A time.yaml list's phrases in one language, from a `{lang: [...]}` mapping or
    from rows that each carry a value (`fiscal_quarters`)."""
    if isinstance(entry, list):
        return [w for row in entry for w in words(row, lang)]
    return words(entry, lang)


@cache
def time_phrases(key: str, lang: str) -> TimePhrases:
    """The phrases of one time.yaml list: `fiscal_quarters` (a quarter of a fiscal
    year), `relative_quarters` (a quarter named relative to another), `same_period`,
    `period_anaphora` ("in that quarter")."""
    phrases = phrases_of(load_table("time")[key], lang)
    if not phrases:
        return TimePhrases(re.compile("(?!)"), ())
    trie = initials_guard(phrases) + phrase_trie(phrases, ignore_case=True)
    return TimePhrases(re.compile(trie, re.IGNORECASE), letter_cues(phrases))


def holds_cue(lowered: str, cues: tuple[str, ...]) -> bool:
    """Whether a lower-cased text holds one of the `letter_cues` of some phrases: else
    no case-insensitive pattern of those phrases matches in it."""
    return any(cue in lowered for cue in cues)


@cache
def relative_years(lang: str) -> tuple[re.Pattern[str], dict[str, int]]:
    """Phrases naming a year relative to the publication date, and their offsets."""
    offsets = {
        " ".join(phrase.lower().split()): int(row["offset"])
        for row in load_table("time")["relative_years"]
        for phrase in words(row, lang)
    }
    edges = lang != "zh"
    trie = phrase_trie(offsets, ignore_case=True, word_edges=edges)
    return re.compile(initials_guard(offsets) + trie, re.I), offsets


@cache
def anaphoric_years(lang: str) -> frozenset[str]:
    """The relative year phrases that count from the year their sentence names."""
    rows = (row for row in load_table("time")["relative_years"] if row.get("anaphoric"))
    return frozenset(" ".join(p.lower().split()) for row in rows for p in words(row, lang))


@cache
def _anaphoric_cues(lang: str) -> tuple[str, ...]:
    return letter_cues(anaphoric_years(lang))


def anaphoric_cue(text: str, lang: str) -> bool:
    """Whether the text may hold an anaphoric relative year (a letter each one holds)."""
    return holds_cue(text.lower(), _anaphoric_cues(lang))


@cache
def relative_year_cues(lang: str) -> tuple[str, ...]:
    """Letters one of which every relative year phrase holds ("year", "jahr", "年")."""
    return letter_cues(relative_years(lang)[1])


def names_relative_year(sentence: str, lang: str) -> bool:
    """Whether a sentence dates itself only relative to its publication ("im laufenden
    Geschäftsjahr"): a relative phrase and no year written out (a date stamp, "2025-05",
    is no year the sentence speaks of)."""
    return relative_years(lang)[0].search(sentence) is not None and not any(
        not ISO_STAMP.match(sentence, year.start()) for year in FOUR_DIGITS.finditer(sentence)
    )


def relative_year(
    text: str, lang: str, published: str | None, anchor: str | None = None
) -> str | None:
    """'last year' in an article of 2024-01-17 is 2023; nothing without a date. An
    anaphoric phrase ("the previous year") counts from the `anchor` year its sentence
    names. Without one, the year in focus ("over the year", "im Gesamtjahr") is none,
    and so is the year before in a sentence of a quarter ("Net profit for the quarter
    surged to $27.47 billion, up from $14.74 billion in the prior year": the same
    quarter a year before)."""
    if not (published or anchor):
        return None  # nothing to count from
    found = _own_relative(text, lang, 0, len(text))
    if found is None:
        return None
    offset, anaphoric = found
    if anaphoric and not anchor and (offset == 0 or _of_a_quarter(text, lang)):
        return None
    year = anchor if anaphoric and anchor else published and published[:4]
    return str(int(year) + offset) if year else None


@cache
def _quarter_words(lang: str) -> re.Pattern[str]:
    return re.compile(
        phrase_trie(by_language(load_table("time")["quarter_words"], lang), ignore_case=True),
        re.IGNORECASE,
    )


@cache
def quarter_stems(lang: str) -> re.Pattern[str]:
    """What every word of a quarter holds, inside compounds too (`quarter_stems`)."""
    stems = by_language(load_table("time")["quarter_stems"], lang)
    return re.compile("|".join(map(re.escape, stems)) or "(?!)", re.IGNORECASE)


def _of_a_quarter(text: str, lang: str) -> bool:
    """Whether the text speaks of a quarter (`quarter_words`)."""
    return _quarter_words(lang).search(text) is not None


def own_relative_year(text: str, lang: str, lo: int = 0, hi: int | None = None) -> int | None:
    """The offset of the first relative year text[lo:hi] dates itself by ("last year":
    -1). The base of a comparison ("down 2.08 million from last year", "比上年末",
    "去年同期") is no period of the text's own."""
    found = _own_relative(text, lang, lo, len(text) if hi is None else hi)
    return None if found is None else found[0]


def _own_relative(text: str, lang: str, lo: int, hi: int) -> tuple[int, bool] | None:
    """The offset of the text's own relative year, and whether it is anaphoric."""
    if not holds_cue(text[lo:hi].lower(), relative_year_cues(lang)):
        return None
    pattern, offsets = relative_years(lang)
    base = base_year_pattern(lang)
    for found in pattern.finditer(text, lo, hi):
        if base.search(text, max(lo, found.start() - BASE_REACH), found.start()):
            continue
        if not _names_base_period(text, lang, found.start(), found.end()):
            phrase = " ".join(found.group().lower().split())
            return offsets[phrase], phrase in anaphoric_years(lang)
    return None


def _names_base_period(text: str, lang: str, start: int, end: int) -> bool:
    """Whether the relative year at text[start:end] names the same period of that year,
    the base of a comparison ("去年同期", "in the same period last year"), not a year."""
    if time_phrases("relative_quarters", lang).in_text(text, start, min(len(text), end + 2)):
        return True
    lo, hi = max(0, start - BASE_REACH), min(len(text), end + BASE_REACH)
    return time_phrases("same_period", lang).in_text(text, lo, hi)


def dated_relatively(text: str, lang: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] dates itself by a relative year (not a comparison's base)."""
    return own_relative_year(text, lang, lo, hi) is not None


def names_relative_quarter(text: str, lang: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] names a quarter relative to another ("the prior quarter",
    "去年同期"), or the same period of a relative year ("een jaar eerder in dezelfde
    periode"; not "in the same period" alone, the period just named)."""
    if time_phrases("relative_quarters", lang).in_text(text, lo, hi):
        return True
    if not time_phrases("same_period", lang).in_text(text, lo, hi):
        return False
    return relative_years(lang)[0].search(text, lo, hi) is not None


@cache
def period_words(lang: str) -> tuple[TimePhrases, re.Pattern[str]]:
    """The words that name a period or stretch of time (`period_words`), and the
    phrases that compare with the year before and name none (`period_words_neutral`)."""
    table = load_table("time")
    named = words(table["period_words"], lang)
    anywhere = lang in ("de", "zh")
    trie = phrase_trie(named, ignore_case=True, word_edges=False, left_edge=not anywhere)
    neutral = words(table["period_words_neutral"], lang)
    neutral_trie = phrase_trie(neutral, ignore_case=True) if neutral else "(?!)"
    found = TimePhrases(re.compile(trie, re.IGNORECASE), letter_cues(named))
    return found, re.compile(neutral_trie, re.IGNORECASE)


def names_time(text: str, lang: str) -> bool:
    """Whether the text names a period or stretch of time of its own ("im dritten
    Quartal", "last year", "前三季度"), other than a comparison with the year before."""
    named, neutral = period_words(lang)
    if not named.in_text(text):
        return False
    return named.pattern.search(neutral.sub(" ", text)) is not None


@cache
def deadlines(lang: str) -> re.Pattern[str]:
    """A year named as a deadline (`deadline_before`, `deadline_after`): "bis 2029",
    "by 2030", "2027年前"."""
    table = load_table("time")
    before = words(table["deadline_before"], lang)
    after = words(table["deadline_after"], lang)
    edges = lang != "zh"
    options = [rf"(?:{phrase_trie(before, ignore_case=True, word_edges=edges)})\s*\d{{4}}"]
    if after:
        options.append(rf"\d{{4}}\s*(?:{phrase_trie(after, word_edges=False)})")
    return re.compile("|".join(options), re.IGNORECASE)


def names_deadline(text: str, lang: str) -> bool:
    """Whether the text names a year as a deadline ("Bis 2029 sollen … abgebaut werden")."""
    return deadlines(lang).search(text) is not None
