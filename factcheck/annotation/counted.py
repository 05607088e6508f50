"""Names that only say what a figure counts: "19 H160 helicopters", "19架H160直升机",
"19 H160-Hubschrauber", "19 H160-helikopters".

An unknown name right after a count, with the counted noun going on after it, is the
kind of thing counted, not who the sentence is about. Left among the names, it became
the sentence's subject, and the next sentence's "the company" (该公司) took it as its
referent: Airbus's half-year revenue was said of the helicopter H160. Listed entities
keep their roles (a chip line counted is handled by its kind, a known maker may be
the seller); only names the entity list does not know are left out.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from factcheck.annotation.roles import Mention

# Between the count and the name: nothing, or spaces ("19架H160", "19 H160").
COUNT_GAP = re.compile(r"[^\S\n]*")
# After the name, the counted noun goes on: "H160 helicopters", "H160直升机".
NOUN_AFTER = re.compile(r"(?:-|[^\S\n]?)[^\W\d_]")


def without_counted_names(
    text: str, mentions: Sequence[Mention], claim_spans: Sequence[tuple[int, int]]
) -> list[Mention]:
    """The mentions less the unknown names that only qualify a counted noun, after a
    count or inside its words ("19 E195-Jets")."""
    spans = sorted(claim_spans)
    starts = [start for start, _ in spans]
    return [m for m in mentions if not _counted(text, m, spans, starts)]


def _counted(text: str, mention: Mention, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    if mention.kind != "unknown":
        return False
    index = bisect_right(starts, mention.start) - 1
    if index < 0:
        return False
    end = spans[index][1]
    if mention.end <= end:
        return True
    if not COUNT_GAP.fullmatch(text, end, mention.start):
        return False
    named = text[mention.start : mention.end]
    return "-" in named.strip("-") or NOUN_AFTER.match(text, mention.end) is not None
