"""Who gives a figure: a source the sentence names ("according to AFP", "Xinhua
said"), an agency wherever it stands, or a reporter it names without a name ("the
police", "die Veranstalter", "警方"). One article's two counts of a toll or a crowd
from two reporters disagree; from one reporter, the later is an update.

The unnamed reporters are language data (`factcheck/lexicon/subjects.yaml`,
`reporters`), compiled once per language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

from factcheck.annotation.roles import Mention, Roles, word_pattern
from factcheck.extraction.patterns import NEVER, WORD_CHARS, alternation, normalise_phrase
from factcheck.lexicon import load_table, words


class Reporter(NamedTuple):
    """`clause`: the time clause the reporter stands in ("After Lam said …,"), the only
    figures it reports; None for a reporter of its whole sentence."""

    start: int
    end: int
    name: str
    clause: tuple[int, int] | None = None


CLAUSE_BREAKS = ",，;；:：。"


@cache
def _time_clause(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A clause's opening word that makes it a time clause ("after", "nachdem"), and
    the closing word before its comma ("…後,")."""
    table = load_table("subjects")
    openers = list(words(table["time_clause_openers"], lang))
    closers = list(words(table["time_clause_closers"], lang))
    opening = rf"\s*(?:{alternation(openers)})(?![{WORD_CHARS}])"
    closing = rf"[^{CLAUSE_BREAKS}]*?(?:{alternation(closers)})[ \t]*[,，]"
    return (
        re.compile(opening, re.IGNORECASE) if openers else NEVER,
        re.compile(closing) if closers else NEVER,
    )


@cache
def _reporter_words(lang: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """One language's unnamed reporters: a pattern and each word's reporter id."""
    ids = {
        word.lower(): str(row["id"])
        for row in load_table("subjects").get("reporters", [])
        for word in words(row, lang)
    }
    if not ids:
        return re.compile("(?!)"), {}
    if lang == "zh":
        return re.compile(alternation(ids)), ids
    edges = rf"(?<![{WORD_CHARS}])(?:{alternation(ids)})(?![{WORD_CHARS}])"
    return re.compile(edges, re.IGNORECASE), ids


@cache
def _reporter_anaphora(lang: str) -> re.Pattern[str]:
    """Words that point back at the last sentence's reporter ("nach diesen Angaben")."""
    listed = words(load_table("subjects").get("reporter_anaphora", {}), lang)
    return word_pattern(listed, lang == "zh")


def points_at_a_reporter(text: str, lang: str, span: tuple[int, int]) -> bool:
    """Whether text[lo:hi] refers back to a reporter named before ("nach diesen Angaben")."""
    return _reporter_anaphora(lang).search(text, *span) is not None


def reporters_in(
    text: str, lang: str, span: tuple[int, int], mentions: Iterable[Mention], roles: Roles
) -> list[Reporter]:
    """The reporters of text[lo:hi]: named sources, agencies, names followed by a
    reporting verb (an organisation that says a figure may also be its subject: "民陣指
    有103萬人參加"), and unnamed reporters."""
    lo, hi = span
    found = [
        Reporter(m.start, m.end, m.entity)
        for m in mentions
        if m.source or m.kind == "agency" or roles.sources_after.match(text, m.end, hi)
    ]
    pattern, ids = _reporter_words(lang)
    found += [
        Reporter(m.start(), m.end(), ids[normalise_phrase(m.group())])
        for m in pattern.finditer(text, lo, hi)
    ]
    return sorted(_in_time_clause(text, lang, (lo, hi), r) for r in found)


def _in_time_clause(text: str, lang: str, span: tuple[int, int], reporter: Reporter) -> Reporter:
    """The reporter with the time clause it stands in, if it stands in one."""
    lo, hi = span
    opening, closing = _time_clause(lang)
    start = max((text.rfind(mark, lo, reporter.start) for mark in CLAUSE_BREAKS), default=-1)
    start = lo if start < 0 else start + 1
    closed = closing.match(text, reporter.end, hi)
    if closed is None and not opening.match(text, start, reporter.start):
        return reporter
    end = closed.end() if closed else _next_break(text, reporter.end, hi)
    return reporter._replace(clause=(start, end))


def _next_break(text: str, at: int, hi: int) -> int:
    found = [i for i in (text.find(mark, at, hi) for mark in CLAUSE_BREAKS) if i >= 0]
    return min(found, default=hi)


def reporter_of(reporters: list[Reporter], start: int, end: int) -> str | None:
    """The reporter nearest before the claim ("警方則指…有24萬人"), else nearest after."""
    reporters = [r for r in reporters if r.clause is None or r.clause[0] <= start < r.clause[1]]
    before = [r for r in reporters if r.end <= start]
    if before:
        return before[-1].name
    after = [r for r in reporters if r.start >= end]
    return after[0].name if after else None
