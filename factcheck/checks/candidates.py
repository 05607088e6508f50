"""Which claims a check can ever compare, and how many copies of a figure it needs.

A draft of a few thousand words names a handful of subjects and figures; its
sources may be a whole archive. Every claim has lookup keys: its block (subject,
attribute), its (subject, value) for unit-mismatch and its figure for
attribution-conflict. The sources index (`runs.source_index`) and the claims store
(`store`) keep claims under these keys, so a check reads only what the draft's
claims can meet; and since every rule needs at most "a claim from another file",
each figure is kept from at most two files.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from typing import NamedTuple, TypeVar

from factcheck.align import UNKNOWN_COUNT
from factcheck.checks.attribution import AttributionParams, figure, significant_digits
from factcheck.checks.compare import round_figure
from factcheck.checks.unit_mismatch import UnitMismatchParams
from factcheck.extraction.periods import months_after, months_within
from factcheck.models import FIGURE_FIELDS, Attribute, ReportClaim, Subject


class BlockLookup(NamedTuple):
    """A claim's block without its topic and dimension: what value checks compare in,
    for one stated period ("" when none is stated) or for any (`period` None)."""

    subject: Subject
    attribute: Attribute
    period: str | None = None


class PublishedLookup(NamedTuple):
    """A block's figures that state no period, by the month they were published in:
    where a draft's figure for a period meets the sources reported soon after it."""

    subject: Subject
    attribute: Attribute
    month: str


class SubjectValueLookup(NamedTuple):
    """A subject and a value: where unit-mismatch finds one figure in two units."""

    subject: Subject
    value: float | None


class FigureLookup(NamedTuple):
    """A figure whatever it is said of: where attribution-conflict finds two owners."""

    dimension: str
    low: float | None
    high: float | None
    is_range: bool


LookupKey = BlockLookup | PublishedLookup | SubjectValueLookup | FigureLookup


# The smallest figure the checks that match by value look at (the defaults of
# unit-mismatch's `min_value` and attribution-conflict's `min_value` and
# `min_significant_digits`): "one", "drie" or "10" meet no other claim by value, and
# in an archive they would pull in tens of thousands of candidates.
MIN_MATCHED_VALUE = min(UnitMismatchParams().min_value, AttributionParams().min_value)
MIN_MATCHED_DIGITS = AttributionParams().min_significant_digits
# A figure matched by value alone must be one rarely written by chance: "16,546" or
# "1.03 million", not "15,000" or "two million".
MIN_SAME_FIGURE_DIGITS = 3


EMPTY: Mapping[str, str] = {}


def lookup_keys(claim: ReportClaim) -> Iterator[LookupKey]:
    """Every key under which a claim can meet another claim in some check: its block
    (subject, attribute), its (subject, value) for unit-mismatch and its figure for
    attribution-conflict, the last two only for figures those checks consider."""
    if claim.subject:
        if claim.attribute and claim.attribute != UNKNOWN_COUNT:
            for subject in _subjects(claim.subject, claim.summed):
                yield BlockLookup(subject, claim.attribute)
                yield BlockLookup(subject, claim.attribute, claim.time or "")
                if not claim.time and claim.as_of and len(claim.as_of) >= 7:
                    yield PublishedLookup(subject, claim.attribute, claim.as_of[:7])
        if _large(claim) and claim.unit != "count":
            yield SubjectValueLookup(claim.subject, round_figure(claim.value))
    if claim.value is None or (_large(claim) and _distinctive(claim)) or _precise(claim):
        yield FigureLookup(*figure(claim))
    elif claim.topic and claim.bound == "le" and _large(claim):
        yield FigureLookup(*figure(claim))  # a deal's figure: found by who else made it


def query_keys(claim: ReportClaim, time_kinds: Mapping[str, str] = EMPTY) -> Iterator[LookupKey]:
    """The keys a draft claim looks its candidates up by. A draft figure that states
    its period meets the sources' figures of that period only (the others sit in other
    time buckets; the same figure in another period is found by value): in an archive,
    a subject's block of every year is thousands of claims. A figure of a static
    attribute (a model's parameters) is held against every period; a market price "in
    2025" against the sources published in its period too. `time_kinds`: each
    attribute's (`knowledge.time_kinds_of`)."""
    kind = time_kinds.get(claim.attribute.name or "") if claim.attribute else None
    dated = bool(claim.time) and kind != "static"
    for key in lookup_keys(claim):
        if isinstance(key, BlockLookup) and (key.period is not None) != dated:
            continue
        if isinstance(key, BlockLookup) and dated and claim.attribute:
            within = months_within(claim.time or "") if kind == "moving" else []
            yield from (
                PublishedLookup(key.subject, claim.attribute, month)
                for month in [*within, *months_after(claim.time or "")]
            )
        yield key


def _subjects(subject: Subject, summed: bool = False) -> list[Subject]:
    """The subject, and each member of a joint one ("Google" meets "Google, Meta and
    xAI"), unless the figure is their total."""
    if not subject.joint or summed:
        return [subject]
    return [subject, *(Subject((m,)) for m in subject)]


def encode_key(key: LookupKey) -> str:
    """A lookup key as the claims store keeps it: its kind and fields as compact JSON,
    so floats and None round-trip exactly."""
    fields = [str(f) if isinstance(f, Subject | Attribute) else f for f in key]
    return json.dumps([type(key).__name__, *fields], ensure_ascii=False, separators=(",", ":"))


def _large(claim: ReportClaim) -> bool:
    return claim.value is not None and abs(claim.value) >= MIN_MATCHED_VALUE


def _distinctive(claim: ReportClaim) -> bool:
    return claim.value is not None and significant_digits(claim.value) >= MIN_MATCHED_DIGITS


def _precise(claim: ReportClaim) -> bool:
    """A figure of three digits or more ("77.7 percent"): found by value whatever its
    size, so a draft that leaves out what it is of still meets it (`runs.confirming`)."""
    return claim.value is not None and significant_digits(claim.value) >= MIN_SAME_FIGURE_DIGITS


# How many files' copies of one figure a check needs: every rule looks, at most, for
# "a claim from another file than this one".
COPIES_PER_FIGURE = 2

Payload = TypeVar("Payload")


def figure_identity(claim: ReportClaim) -> tuple:
    """The claim's `FIGURE_FIELDS`: what makes two claims state the same figure."""
    return identity_of(tuple(getattr(claim, name) for name in FIGURE_FIELDS))


FLAGS = frozenset(
    {"change", "approx", "boilerplate", "label", "conversion", "origin", "subject_sure"}
)
_AS_OF, _TIME = FIGURE_FIELDS.index("as_of"), FIGURE_FIELDS.index("time")


def identity_of(values: tuple) -> tuple:
    """A figure's identity from its `FIGURE_FIELDS` values (a claim's, or a stored
    row's, whose flags are integers). The publication date counts only for a figure
    that states no period: "8,000 GPUs in 2021" is one figure in every article that
    restates it, whatever day each appeared."""
    values = tuple(
        bool(v) if name in FLAGS else v for name, v in zip(FIGURE_FIELDS, values, strict=True)
    )
    if values[_TIME]:
        values = (*values[:_AS_OF], None, *values[_AS_OF + 1 :])
    return values


def copies_kept(
    items: Iterable[tuple[tuple, str | None, Payload]], per_figure: int = COPIES_PER_FIGURE
) -> list[Payload]:
    """Of (identity, file, payload) in file order, the first claim of each of the first
    `per_figure` files stating one figure. An archive repeats a wire story's figures in
    thousands of articles; the verdicts need two copies, and thousands would cost the
    check (and fill its evidence lists) in proportion."""
    files: dict[tuple, list[str | None]] = defaultdict(list)
    kept = []
    for identity, file, payload in items:
        seen = files[identity]
        if len(seen) < per_figure and file not in seen:
            seen.append(file)
            kept.append(payload)
    return kept
