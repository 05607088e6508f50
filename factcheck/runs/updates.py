"""A draft's toll held against the update it quotes another figure from.

A draft count that names no hour ("632 deaths and 392 injuries") is held against the
sources' counts of every hour only as information (`checks.sides.revised`): any may
be the one it means. But a bulletin is passed on whole. When a source sentence gives
the draft's companion figure exactly ("已造成632人遇难,329人受伤"), that source passes on
the update the draft quotes, and its figure of the draft's count is the one to match.
When no source sentence that gives the companion agrees with the draft's count, the
draft has it wrong: a warning, as the update is inferred from one figure. The
companion also vouches for the subject the draft's sentence leaves to an earlier one:
the sources give that very figure of it.

The companion must be rare enough not to meet by chance (three significant digits,
exact), and each sentence must give one figure of each of the two counts: "rose to
2,862 from 2,122" names two moments, and which one a figure belongs to is unknown. A
toll that stays while another count moves (113 dead for two days as the injured
went from 536 to 782) is no slip: the draft that quotes the later update is supported
by the source that gives it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

from factcheck.checks.agreement import agree
from factcheck.checks.attribution import significant_digits
from factcheck.checks.compare import round_figure
from factcheck.checks.wording import amount
from factcheck.models import ReportClaim, Subject

MIN_DIGITS = 3  # a companion this distinctive names one update of one story

SentenceKey = tuple[str | None, tuple[int, int]]
CountKey = tuple[Subject | None, str, float | None]


class Quoted(NamedTuple):
    """The draft's companion figure and the sources' figures of the draft's count
    given with it."""

    companion: ReportClaim
    figures: list[ReportClaim]


class Updates:
    """The sentences of the sources and the draft that give running counts, indexed by
    the counts they give, built once per check."""

    def __init__(
        self, claims: Iterable[ReportClaim], running: frozenset[str], options: dict[str, Any]
    ) -> None:
        self.running, self.options = running, options
        self.sentences: dict[SentenceKey, list[ReportClaim]] = {}
        for claim in claims:
            if self._counts(claim):
                self.sentences.setdefault((claim.file, claim.sentence), []).append(claim)
        self.giving: dict[CountKey, list[SentenceKey]] = {}
        for key, figures in self.sentences.items():
            for figure in figures:
                if figure.role == "source" and self._companion(figure, figures):
                    self.giving.setdefault(_count_key(figure), []).append(key)

    def _counts(self, claim: ReportClaim) -> bool:
        measure = claim.attribute
        return (
            measure is not None
            and measure.name in self.running
            and claim.value is not None
            and not (claim.change or claim.origin or claim.boilerplate)
        )

    def _companion(self, figure: ReportClaim, sentence: list[ReportClaim]) -> bool:
        """An exact, distinctive figure, its sentence's only one of its count."""
        return (
            not (figure.bound or figure.approx)
            and significant_digits(figure.value or 0) >= MIN_DIGITS
            and _only_figure(figure, sentence)
        )

    def quoted(self, claim: ReportClaim) -> Quoted | None:
        """The sources' figures of the draft claim's count, given with a companion of
        the draft's sentence, when none agrees with the claim; None otherwise."""
        if claim.time or claim.as_of or claim.subject is None or not self._counts(claim):
            return None
        mates = self.sentences.get((claim.file, claim.sentence), [])
        if not _only_figure(claim, mates):
            return None
        for companion in mates:
            if companion.attribute == claim.attribute or companion.subject != claim.subject:
                continue
            if not self._companion(companion, mates):
                continue
            figures = self._given_with(companion, claim)
            if figures and not any(agree(self.options, claim, f) for f in figures):
                return Quoted(companion, figures)
        return None

    def _given_with(self, companion: ReportClaim, claim: ReportClaim) -> list[ReportClaim]:
        found = []
        for key in self.giving.get(_count_key(companion), []):
            sentence = self.sentences[key]
            figures = [f for f in sentence if _same_count(f, claim)]
            if figures and _only_figure(figures[0], sentence):
                found.append(figures[0])
        return found


def _count_key(claim: ReportClaim) -> CountKey:
    name = claim.attribute.name if claim.attribute else None
    return claim.subject, name or "", round_figure(claim.value)


def _same_count(a: ReportClaim, b: ReportClaim) -> bool:
    return a.attribute == b.attribute and a.subject == b.subject


def _only_figure(claim: ReportClaim, sentence: list[ReportClaim]) -> bool:
    """Whether the sentence gives no other value of the claim's count."""
    value = round_figure(claim.value)
    return all(round_figure(o.value) == value for o in sentence if _same_count(o, claim))


def quoted_message(claim: ReportClaim, quoted: Quoted, about: str, label: str) -> str:
    """ "Morocco / injured: the draft gives 392 people beside a death toll of 632
    people; the source that gives that death toll says 329 people in zh-xywbxg.txt"."""
    companion, figures = quoted
    cited = ", ".join(f"{amount(f)} in {f.file}" for f in figures[:3])
    more = f" and {len(figures) - 3} more" if len(figures) > 3 else ""
    sources = "the sources that give" if len(figures) > 1 else "the source that gives"
    says = "say" if len(figures) > 1 else "says"
    return (
        f"{about}: the draft gives {amount(claim)} beside a {label} of {amount(companion)}; "
        f"{sources} that {label} {says} {cited}{more}"
    )
