"""Ranks and ordinal words: "24th", "am 28.", "Platz 24", "第二大"; an ordinal that is
an adverb ("erstmals", "voor het eerst") or an adjective ("for the first time") is
no rank. Anchored matches at a quantity's ends (`growth.grow`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcheck.extraction.numeral import Numeral
from factcheck.extraction.quantity import Quantity

if TYPE_CHECKING:
    from factcheck.extraction.scanner import Scan

DOTTED_ORDINAL = re.compile(r"\.[ \t]+[^\W\d_]")
PER_BEFORE = re.compile(r"(?:\bper|\bpro|\bje)[ \t]+$", re.IGNORECASE)


def attach_rank(scan: Scan, quantity: Quantity, numeral: Numeral) -> None:
    """A rank by its ending ("24th", "am 28." is a day), or by the word before it
    ("Platz 24", "第24名"); 第16任 and 第一季 are labels, not ranks."""
    work, g = scan.work, scan.g
    if quantity.is_range or quantity.unit not in (None, "count", "rank"):
        return
    if not numeral.words:
        suffix = g.ordinal_suffix.match(work, quantity.end)
        dotted = DOTTED_ORDINAL.match(work, quantity.end) and g.dotted_before.search(
            work, max(0, quantity.start - 8), quantity.start
        )
        if suffix or dotted:
            quantity.unit, quantity.end = "rank", suffix.end() if suffix else quantity.end + 1
            # "announced on the 28th", "am 28.": a day of the month, no rank
            quantity.label = bool(
                g.day_before.search(work, max(0, quantity.start - 8), quantity.start)
            )
            return
    top = g.top_before.search(work, max(0, quantity.start - 8), quantity.start)
    if top and numeral.kind != "ordinal":
        quantity.unit, quantity.start, quantity.bound = "rank", top.start(), "le"
        return  # "among the top three": a rank of three at most
    before = g.rank_before.search(work, max(0, quantity.start - 12), quantity.start)
    if before and (numeral.kind != "ordinal"):
        quantity.unit, quantity.start = "rank", before.start()
        label = g.not_rank_after.match(work, quantity.end)  # 第16任, 第一季, 第三名死者
        after = None if label else g.rank_after.match(work, quantity.end)
        if after:
            quantity.end = after.end()
        elif label:
            quantity.label = True  # a label or the Nth of a toll's dead, not a rank


def is_adverb(scan: Scan, numeral: Numeral) -> bool:
    """'erst', 'zuerst', 'voor het eerst', 'zu dritt': an ordinal stem with no ending is
    an adverb in German and Dutch, never a rank."""
    word = scan.work[numeral.start : numeral.end].lower()
    return scan.lang in ("de", "nl") and word in scan.g.ordinal_stems


def is_rank_word(scan: Scan, quantity: Quantity, numeral: Numeral) -> bool:
    """An ordinal word is a rank next to a rank word ("ranked first", "first place",
    "第二大") or standing on its own ("She came second.", "erster"); before a noun it
    is an adjective ("for the first time", "erste Anzeichen", "voor het eerst") and
    no claim."""
    g, work = scan.g, scan.work
    if PER_BEFORE.search(work, max(0, quantity.start - 6), quantity.start):
        return False  # "two kb per second"
    if g.rank_before.search(work, max(0, quantity.start - 12), quantity.start):
        return True
    if g.rank_cue_after.match(work, quantity.end):
        return True
    return bool(scan.units.alone_after.match(work, quantity.end))  # "She came second."
