"""A conversion (`extraction.conversions`) restates the figure before it in another
currency or unit ("NT$452.3 billion ($13.9 billion) in net income", "Umgerechnet
entspricht das rund 52,4 Milliarden Euro"): it measures what that figure measures. The
keyword often stands beside one of the two only, out of the other's reach, so the two
views of one figure share the measure either one names."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import takewhile

from factcheck.extraction.units import unit_category
from factcheck.models import ReportClaim


@dataclass(frozen=True)
class Restatement:
    """A conversion, the figure it restates (the last of its unit's kind before it that
    restates none) and the other figures of that kind in their sentences, which it
    may restate instead: "2,9 biljoen won, waar dat … 346 miljard won was, omgerekend
    respectievelijk 1,9 miljard euro en 234 miljoen euro"."""

    conversion: ReportClaim
    source: ReportClaim
    near: tuple[ReportClaim, ...]


def restatements(claims: Iterable[ReportClaim]) -> Iterator[Restatement]:
    """Every conversion in each document with the figure it restates. The earlier level
    of a move is converted too ("up from 668.5 billion won (about USD490 million)");
    page furniture and labels are not (`scale.checks` shuffles the rest by document)."""
    by_file: dict[str | None, list[ReportClaim]] = defaultdict(list)
    for claim in claims:
        if not (claim.boilerplate or claim.label):
            by_file[claim.file].append(claim)
    for in_file in by_file.values():
        figures: dict[str, list[ReportClaim]] = defaultdict(list)  # per kind, restating none
        for claim in sorted(in_file, key=lambda c: c.start):
            before = figures[unit_category(claim.unit)]
            if not claim.conversion or not before:
                before.append(claim)
            elif before[-1].unit != claim.unit:
                yield Restatement(claim, before[-1], _near(before, claim))


def _near(before: list[ReportClaim], conversion: ReportClaim) -> tuple[ReportClaim, ...]:
    """The figures before the last in the two sentences of a restatement: the tail of
    `before`, read back from its end (a document's figures are never all scanned)."""
    sentences = (before[-1].sentence, conversion.sentence)
    tail = takewhile(lambda c: c.sentence in sentences, reversed(before))
    return tuple(reversed([c for c in tail if c is not before[-1]]))


def converted_alike(claims: list[ReportClaim]) -> list[ReportClaim]:
    """The claims, each conversion (or chain of them: "约合701亿新元,或约530亿欧元") and
    the figure it restates given the specific measure (and topic) only one names."""
    result = list(claims)
    at = {(c.file, c.start): index for index, c in enumerate(result)}
    for found in restatements(result):
        source = at[(found.source.file, found.source.start)]
        conversion = at[(found.conversion.file, found.conversion.start)]
        if _named(result[source]) and not _named(result[conversion]):
            result[conversion] = _measuring(result[conversion], result[source])
        elif _named(result[conversion]) and not _named(result[source]):
            result[source] = _measuring(result[source], result[conversion])
    return result


def _named(claim: ReportClaim) -> bool:
    return claim.attribute is not None and not claim.attribute.generic


def _measuring(claim: ReportClaim, like: ReportClaim) -> ReportClaim:
    return claim.model_copy(update={"attribute": like.attribute, "topic": like.topic})
