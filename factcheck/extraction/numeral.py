"""What reading a number at a position yields (`Numeral`), and the limits every
reader keeps to so that no read is unbounded."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A numeral is read from a bounded stretch of text. No real number is longer, and a
# read that could run to the end of a 1 MB line of digits or number words would be
# repeated at every position after it: quadratic. A longer run is no numeral at all
# (an identifier, a hash, a list) and is skipped whole.
MAX_DIGIT_RUN = 24
MAX_DIGIT_GROUPS = 12
MAX_NUMBER_WORDS = 32
MAX_HAN_RUN = 40
LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]")


class OverLong(Exception):
    """A run of digits or number words too long to be a numeral; the scan resumes at `end`."""

    def __init__(self, end: int) -> None:
        super().__init__(end)
        self.end = end


@dataclass(slots=True)
class Numeral:
    """A number read from text: [start, end) and its value after scale words."""

    start: int
    end: int
    value: float
    kind: str = "cardinal"
    scale: str | None = None
    scale_value: float = 1.0
    percent: bool = False
    words: bool = False
    high: float | None = None
    bound: str | None = None
    change: bool = False  # a change, not a level: "doubled", "−2,1 %", "min 2 procent"
    footnote_end: int | None = None  # "2,6022": the end of a footnote marker after it
    unit: str | None = None  # a unit the word itself states ("vijftiger": years of age)


def is_letter(ch: str) -> bool:
    return bool(LATIN_LETTER.match(ch))
