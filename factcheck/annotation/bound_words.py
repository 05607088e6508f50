"""Keywords bound to one figure, which name no other figure's measure.

Three bindings: a word after "in" that follows a figure ("CNY704.2bn ($99.45bn) in
revenue and CNY87bn in net profits": the revenue is the first figure's), a word
after a figure and before "of" and another ("to 10.44 trillion won on sales of 74.06
trillion won": the sales are the second figure's), and, for the
measures whose words are `bound` (rules/attributes.yaml), a phrase that runs on from
a figure's own words or a compound glued to it, or follows it at once ("the 650-seat
House of Commons", "650 Sitze zählenden Unterhaus", "650个议席的下议院": the chamber's
size, not the 411 seats Labour won in it; "the 5% threshold"). Other words stay
free: "15- to 59-year-olds numbered 894.4 million" is an age group's headcount, "elf
doden, Senegal dertien" Senegal's dead.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping

# A figure, its conversion in brackets, then "in" and the word of its measure: "$3.2
# billion in revenue", "€4 miljard aan omzet".
BOUND_TO_FIGURE = re.compile(r"\s*(?:\([^()\n]{0,30}\))?\s*(?:in|aan)\s+$")
# A `bound` measure's word, then its figure: "threshold of 5%", "Hürde von fünf Prozent",
# "kiesdrempel van 5 procent", "门槛为5%".
WORD_THEN_FIGURE = re.compile(r"\s*(?:of|von|van|at|bei|op|为|為|是|:|：)?\s*")
# Any measure's word, then "of" and a figure: "sales of 74.06 trillion won", "Umsatz von
# 74 Billionen Won", "omzet van 74 biljoen won".
FIGURE_AFTER_OF = re.compile(r"[ \t]+(?:of|von|van)[ \t]+")
# Any measure's word, then a relative clause with a figure of its own: "on sales revenue
# which eased 1.8% to CHF 91.4 billion", "de omzet, die met 2 procent daalde".
RELATIVE_AFTER = re.compile(
    r"(?:[ \t]+[^\W\d_]+)?,?[ \t]+(?:which|that|die|dat|wat|welche|welcher|welches)[ \t]"
)
RELATIVE_REACH = 40  # characters between the relative pronoun and its clause's figure
CLAUSE_MARK = re.compile(r"[,;.:!?\n，；、。]")


class FigureSpans:
    """Where a document's figures stand, to tell which figure a keyword is bound to."""

    def __init__(
        self,
        spans: Iterable[tuple[int, int]] = (),
        units: Mapping[tuple[int, int], str] | None = None,
    ) -> None:
        self.spans = sorted(spans)
        self.starts = [start for start, _ in self.spans]
        self.ends = frozenset(end for _, end in self.spans)
        self.start_set = frozenset(self.starts)
        self.units = units or {}  # each figure's unit, by its span

    def units_around(self, lo: int, hi: int, span: tuple[int, int]) -> list[str]:
        """The units of the figures in text[lo:hi] other than `span`, in text order."""
        first = bisect_right(self.starts, lo - 1)
        inside = (s for s in self.spans[first:] if s[0] < hi and s != span)
        return [self.units[s] for s in inside if s in self.units]

    def runs_on_elsewhere(self, text: str, word: tuple[int, int], span: tuple[int, int]) -> bool:
        """Whether the phrase at text[word[0]:word[1]] starts inside a figure other than
        `span` and runs on past it, is glued to it with a hyphen ("650-seat",
        "Fünf-Prozent-Hürde"), or follows it with nothing but a space ("the 5%
        threshold")."""
        index = bisect_right(self.starts, word[0]) - 1
        if index < 0 or self.spans[index] == span:
            return False
        start, end = self.spans[index]
        runs_on = word[1] > end or text[word[0]] == "-"
        return (start <= word[0] < end and runs_on) or (
            end <= word[0] and not text[end : word[0]].strip()
        )

    def nearest(self, text: str, word: tuple[int, int], span: tuple[int, int]) -> bool:
        """Whether the figure at `span` is the one nearest the word (or as near as any),
        a comma between counting as far: "rose 14.3% quarter-on-quarter and 38.8%
        year-on-year", "同比增长38.8%,环比增长14.3%"."""
        index = bisect_right(self.starts, word[0])
        before = self.spans[index - 1] if index > 0 else None
        after = self.spans[index] if index < len(self.spans) else None
        gaps = [_gap(text, word, s) for s in (before, after) if s is not None]
        return not gaps or _gap(text, word, span) <= min(gaps)

    @staticmethod
    def binds(text: str, word: tuple[int, int], span: tuple[int, int]) -> bool:
        """Whether a `bound` measure's word names the figure at `span`: it starts in the
        figure or right after it ("650-seat", "5% threshold", "Fünf-Prozent-Hürde"), or
        the figure follows it ("threshold of 5%")."""
        start, end = span
        if start <= word[0] and not text[end : max(end, word[0])].strip(" -的"):
            return True
        return word[1] <= start and WORD_THEN_FIGURE.fullmatch(text, word[1], start) is not None

    def bound_elsewhere(self, text: str, word: tuple[int, int], span: tuple[int, int]) -> bool:
        """Whether the word at text[word[0]:word[1]] follows another figure and "in"
        ("CNY87bn in net profits"), or stands after the claim and before "of" and another
        figure ("operating profit to 10.44 trillion won on sales of 74.06 trillion won":
        the sales are the second's; a word before the claim may name several figures),
        or before a relative clause with a figure of its own ("… on sales revenue which
        eased 1.8% to CHF 91.4 billion")."""
        if not self.ends:
            return False
        bound = BOUND_TO_FIGURE.search(text, max(0, word[0] - 40), word[0])
        if bound is not None and bound.start() != span[1] and bound.start() in self.ends:
            return True
        if word[0] < span[1]:
            return False  # "revenue of $47.5 billion and expects $50.5 billion": both's
        of = FIGURE_AFTER_OF.match(text, word[1])
        if of is not None and of.end() in self.start_set:
            return True
        relative = RELATIVE_AFTER.match(text, word[1])
        if relative is None:
            return False
        index = bisect_right(self.starts, relative.end() - 1)
        at = self.starts[index] if index < len(self.starts) else len(text)
        return at - relative.end() <= RELATIVE_REACH and not CLAUSE_MARK.search(
            text, relative.end(), at
        )


def _gap(text: str, word: tuple[int, int], span: tuple[int, int]) -> tuple[bool, int]:
    """How far a figure stands from a word: whether a clause mark parts them, then the
    characters between."""
    lo, hi = (span[1], word[0]) if span[1] <= word[0] else (word[1], span[0])
    return CLAUSE_MARK.search(text, lo, max(lo, hi)) is not None, max(0, hi - lo)
