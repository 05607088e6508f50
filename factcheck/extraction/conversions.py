"""A figure that restates the one before it in another unit of the same kind: in
brackets ("80 billion dollars (74 billion euros)"), after a conversion's words
("Umgerechnet entspricht das rund 52,4 Milliarden Euro", "约合701亿新元"), hedged right
after a comma ("3499美元,约2.5万元人民币", "$3,499, or about 25,000 yuan"), or joined by
"or" to such a restatement ("…,或约530亿欧元"). Two views of one figure, never a pair
to compare; the words are language data (`conversion_openers`, `conversion_phrases`,
`conversion_joiners` in lexicon/units.yaml)."""

from __future__ import annotations

import re

from factcheck.extraction.quantity import Quantity
from factcheck.extraction.units import UnitWords

CLOSING = re.compile(r"[ \t]*[)）]")
COMMA = re.compile(r"[ \t]*[,，][ \t]*")
REACH = 40  # how far before the figure the words of a conversion may stand


def restates(
    work: str, previous_end: int, figure: Quantity, units: UnitWords, chained: bool
) -> bool:
    """Whether the `figure` restates the one ending at `previous_end`, in its sentence
    or the one before (itself a restatement when `chained`)."""
    start = figure.start
    if units.conversion_open.fullmatch(work, previous_end, start):
        return CLOSING.match(work, figure.end) is not None
    if units.conversion_words.search(work, max(previous_end, start - REACH), start):
        return True
    if figure.approx and COMMA.fullmatch(work, previous_end, start):
        return True
    joined = units.conversion_or.fullmatch(work, previous_end, start)
    return joined is not None and (chained or figure.approx)
