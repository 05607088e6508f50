"""The counted nouns of a text ("vehicles", "Einheiten", "zetels") near its claims,
found only in the stretches of text that claims ask about.

A bare number looks for what it counts in its own clause (`Scan.counted_nouns`). The
nouns are the matches of `UnitWords.counted_anywhere` over the whole text, one after
the other; scanning all of it costs as much as a twentieth of an extraction, though
few claims ever ask. A scan may instead begin right after a character that no noun
holds (a comma, a bracket: `UnitWords.counted_breaks`): no match of the whole-text scan
runs across that character, so from there on the scan finds exactly the whole-text
matches. Each such start keeps its scan and extends it as far as asked.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from factcheck.extraction.units import UnitWords

BREAK_REACH = 400  # no break this far before a clause: the scan starts at the text's start


class _Run:
    """The whole-text matches from one start on, as far as scanned, and those of them
    that count. The scan goes on in stretches that end on a break character: no match
    runs across one, so a scan cut just after it finds what the whole-text scan finds."""

    __slots__ = ("found", "scanned", "start", "starts")

    def __init__(self, start: int) -> None:
        self.start = self.scanned = start  # every match from start to scanned is seen
        self.found: list[re.Match[str]] = []
        self.starts: list[int] = []

    def extend(self, hi: int, nouns: CountedNouns) -> None:
        """Scan on until every match starting before `hi` is seen."""
        if self.scanned >= hi:
            return
        work = nouns.work
        stop = nouns.breaks.search(work, hi) if nouns.breaks else None
        end = stop.end() if stop else len(work)
        for match in nouns.units.counted_anywhere.finditer(work, self.scanned, end):
            if nouns.counts(match):
                self.found.append(match)
                self.starts.append(match.start())
        self.scanned = end


LOWER_CASE_NOUNS = frozenset({"en", "nl"})  # German capitalises every noun
PRODUCT_CODE = re.compile(r"[ \t]+(?:[A-Z]|\d{1,3}[a-z]?s?)\b")  # "Model| Y", "Model| 3s"


def after_a_name(text: str, start: int, word: str) -> bool:
    """ "48.5萬塊Hopper架構芯片": a Chinese classifier stands before what it counts, so a
    counted word of one character right after a Latin name begins a word of its own
    (架構, architecture), not a count of aircraft."""
    return len(word) == 1 and start > 0 and text[start - 1].isascii() and text[start - 1].isalpha()


def starts_a_name(text: str, start: int, end: int, lang: str) -> bool:
    """ "500.000 Model Y", "200,000 Model 3s": a counted noun written with a capital in
    a language that writes nouns in lower case, a short code right after it, begins a
    product's name; the figure counts the product, not "models"."""
    if lang not in LOWER_CASE_NOUNS or not text[start:end][:1].isupper():
        return False
    return PRODUCT_CODE.match(text, end) is not None


class CountedNouns:
    """The counted nouns of `work` (`UnitWords.counted_anywhere`, less a singular
    noun's use as a modifier), looked up by clause."""

    __slots__ = ("_breaks_at", "_last", "_runs", "breaks", "units", "work")

    def __init__(self, work: str, units: UnitWords) -> None:
        self.work, self.units = work, units
        self.breaks = _breaks(units.counted_breaks) if units.counted_breaks else None
        self._runs: dict[int, _Run] = {}
        self._breaks_at: list[int] | None = None
        self._last: _Run | None = None

    def around(
        self, lo: int, at: int, until: int, hi: int
    ) -> tuple[re.Match[str] | None, re.Match[str] | None]:
        """The counted noun ending last in [lo, at) and the first starting in
        [until, hi)."""
        starts, found = self._nouns(min(lo, until), max(at, hi))
        index = bisect_left(starts, at)
        before = found[index - 1] if index and found[index - 1].start() >= lo else None
        if before is not None and before.end() > at:
            before = None
        index = bisect_left(starts, until)
        after = found[index] if index < len(found) and found[index].end() <= hi else None
        return before, after

    def counts(self, match: re.Match[str]) -> bool:
        """A noun counts unless it is singular after a number-like modifier, or a
        Chinese character that begins a word after a name ("Hopper架構")."""
        if after_a_name(self.work, match.start(), match.group()):
            return False
        if match.group().lower() in self.units.context_words:
            return True
        singular = self.units.singular_before
        return not singular.search(self.work, max(0, match.start() - 16), match.start())

    def _nouns(self, lo: int, hi: int) -> tuple[list[int], list[re.Match[str]]]:
        """The nouns of a run that holds every whole-text match starting in [lo, hi):
        the run asked last when it began before `lo` and has come as far (claims ask
        in text order), else the one that begins at the break before `lo`."""
        run = self._last
        if run is not None and run.start <= lo and hi <= run.scanned:
            return run.starts, run.found  # seen already
        start = self._break_before(lo)
        if run is None or not run.start <= start <= run.scanned:
            if start not in self._runs:
                self._runs[start] = _Run(start)
            run = self._last = self._runs[start]
        run.extend(hi, self)
        return run.starts, run.found

    def _break_before(self, lo: int) -> int:
        """Just after the last break character before `lo` (a clause mostly starts
        right after one), if near; else 0. The breaks are found once, on first need."""
        lo = min(lo, len(self.work))
        if self.breaks is None or lo == 0:
            return 0
        if self.work[lo - 1] in self.units.counted_breaks:
            return lo
        if self._breaks_at is None:
            self._breaks_at = [found.start() for found in self.breaks.finditer(self.work)]
        index = bisect_left(self._breaks_at, lo) - 1
        last = self._breaks_at[index] if index >= 0 else -1
        return last + 1 if last >= 0 and lo - last <= BREAK_REACH else 0


@cache
def _breaks(characters: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(characters)}]")
