"""Multipliers that compare two subjects, not two times.

"Microsoft bought twice as many chips as Meta", "doppelt so viele wie Meta",
"twee keer zoveel als Meta", "是 Meta 的两倍": the figure says how Microsoft stands
against a rival, not how its purchases changed. Held against "Microsoft's purchases
tripled from 2023" it would make a false conflict, so such a multiplier keeps no
measure of change. The words are language data (`factcheck/lexicon/subjects.yaml`,
`rival_markers` and `rival_nouns`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from factcheck.annotation.roles import Mention, word_pattern
from factcheck.lexicon import by_language, load_table
from factcheck.models import Subject

RIVAL_KINDS = frozenset({"organization", "unknown"})


@dataclass(frozen=True)
class Rivals:
    """One language's words that open the base of a comparison, and the nouns that
    name rivals without a name ("its closest competitors", "竞争对手")."""

    markers: re.Pattern[str]
    nouns: re.Pattern[str]

    def compared(
        self,
        text: str,
        clause: tuple[int, int],
        end: int,
        after: Sequence[Mention],
        subject: Subject | None,
    ) -> bool:
        """Whether the multiplier ending at `end` is measured against a rival: a noun
        for rivals in its clause ("doubling the purchases of its closest
        competitors", "高出其主要竞争对手两倍多"), or a comparison word after it, then
        a rival's name ("twice as many as Meta")."""
        if self.nouns.search(text, *clause):
            return True
        marker = self.markers.search(text, end, clause[1])
        if marker is None:
            return False
        own = set(subject or ())
        return any(
            m.kind in RIVAL_KINDS and m.entity not in own and marker.end() <= m.start < clause[1]
            for m in after
        )


@cache
def rivals_for(lang: str) -> Rivals:
    """The compiled comparison words of a language (built once per process)."""
    table = load_table("subjects")
    han = lang == "zh"
    return Rivals(
        word_pattern(by_language(table.get("rival_markers"), lang), han),
        word_pattern(by_language(table.get("rival_nouns"), lang), han),
    )
