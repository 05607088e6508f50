"""What a number counts when no word right after it says: the counted noun of its
clause ("fast 500.000 Einheiten" of NVIDIA's GPUs), the thing a stand-in's genitive
names ("224.000 Exemplare des … Chips"), or the noun an elided count refers back to
("Dit jaar zouden dat er 400.000 zijn geweest"); and whether a claim writes a noun of
its own ("421 new lithography systems", "75 miljard inwoners")."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from factcheck.extraction.grammar import grammar
from factcheck.extraction.patterns import listed
from factcheck.extraction.quantity import Quantity, clause_bounds

if TYPE_CHECKING:
    from factcheck.extraction.scanner import Scan
    from factcheck.extraction.units import UnitWords

UNIT_REACH = 2  # sentences back that a bare number's counted noun may be named in
STAND_IN_REACH = 40  # characters after a stand-in's genitive that may name its thing
RATE_REACH = 12  # characters before a noun that may say "per" ("for every")
LETTER = re.compile(r"[^\W\d_]")


def counted_in_clause(
    scan: Scan, quantity: Quantity, fits: Callable[[str], bool] = lambda _: True
) -> str | None:
    """What a generic noun ("fast 500.000 Einheiten" of NVIDIA's GPUs) or a bare number
    ("the death toll rose to 5,400") counts: the counted thing named nearest to it in
    its own clause, never one from another clause. A noun before it whose unit does not
    `fit` the number is passed over ("die Zahl der Toten nach dem Erdbeben der Stärke
    7,7 … auf mehr als 1000": the dead, not the magnitude)."""
    start, end = scan.sentences.span_of(quantity.start)
    lo, hi = clause_bounds(scan.work, start, end, quantity.start, quantity.end)
    at = quantity.start
    while True:
        before, after = scan.counted_nouns(lo, at, quantity.end, hi)
        if _noun_phrase_follows(scan, quantity):
            before = None  # "10万颗Blackwell人工智能芯片", "8000块H100": not "规模"
        if before and (after is None or at - before.end() < after.start() - quantity.end):
            unit = _unit_of_noun(scan, before)
            if (unit is None or fits(unit)) and not _a_rates_noun(scan, before.start()):
                return unit
            at = before.start()
            continue
        return scan.units.resolve(after.group()) if after else None


def _a_rates_noun(scan: Scan, start: int) -> bool:
    """ "von denen pro Token nur 37 Milliarden aktiv sind": a noun after "per" is what
    the figure is counted against (`rate_before` in lexicon/units.yaml), and one after
    "an" who received it ("an Kunden": `recipient_before`)."""
    lo = max(0, start - RATE_REACH)
    return any(
        listed("units", key, scan.lang, r"\s*$").search(scan.work, lo, start) is not None
        for key in ("rate_before", "recipient_before")
    )


def _noun_phrase_follows(scan: Scan, quantity: Quantity) -> bool:
    """A Chinese classifier with a name right after it ("颗Blackwell…芯片") opens the
    noun phrase of what it counts."""
    following = scan.work[quantity.end : quantity.end + 1]
    return scan.lang == "zh" and following.isascii() and following.isalpha()


def named_after(scan: Scan, quantity: Quantity) -> str | None:
    """ "224.000 Exemplare des gleichen Flaggschiff-Chips": the thing a stand-in noun's
    genitive names, a few words on, in its clause."""
    link = scan.units.stand_in_link.match(scan.work, quantity.end)
    if link is None:
        return None
    start, end = scan.sentences.span_of(quantity.start)
    _, hi = clause_bounds(scan.work, start, end, quantity.start, quantity.end)
    reach = min(hi, link.end() + STAND_IN_REACH)
    _, noun = scan.counted_nouns(link.end(), link.end(), link.end(), reach)
    return scan.units.resolve(noun.group()) if noun else None


def _unit_of_noun(scan: Scan, noun: re.Match[str]) -> str | None:
    """What a counted noun counts; a noun inside the claim before belongs to that claim
    ("inwoners" of "7,52 baby's per duizend inwoners" is a rate's, not people)."""
    return scan.unit_of_claim_at(noun.start(), noun.end()) or scan.units.resolve(noun.group())


def counted_earlier(scan: Scan, quantity: Quantity) -> str | None:
    """What an elided noun counts ("Dit jaar zouden dat er 400.000 zijn geweest"): the
    counted thing named last in the sentences of its paragraph just before."""
    if not scan.sentences.spans:
        return None
    index = scan.sentences.index_of(quantity.start)
    lo = scan.sentences.spans[max(0, index - UNIT_REACH)][0]
    before, _ = scan.counted_nouns(lo, quantity.start, quantity.start, quantity.start)
    if before is None or not scan.same_paragraph(before.end(), quantity.start):
        return None
    return _unit_of_noun(scan, before)


def names_a_noun_after(uw: UnitWords, text: str, end: int) -> bool:
    """A word follows the number that may be what it counts ("421 new lithography
    systems"), in a language that writes its noun there (`noun_after`); not a part
    of what is named later ("two million of the population"). In German, where the
    words that end a bare number include every lowercase word, an adjective may stand
    between ("421 neue Lithografiesysteme")."""
    if not uw.writes_noun_after or uw.part_after.match(text, end):
        return False
    return not uw.bare_after.match(text, end) or bool(uw.noun_after.match(text, end))


def writes_a_word(text: str, scale: str | None, hedge: str | None, lang: str | None = None) -> bool:
    """Whether a claim's text holds a word besides its number, scale, hedge and (given
    its language) opening bound: a unit or a noun of its own ("75 miljard inwoners";
    not "4万亿", nor "超23.2亿"). A number written in words counts as one ("nine
    billion"): the answer errs towards "written"."""
    for part in (scale, hedge):
        if part:
            text = text.replace(part, " ")
    if lang is not None and (bound := grammar(lang).bound_start.match(text)):
        text = text[bound.end() :]
    return LETTER.search(text) is not None
