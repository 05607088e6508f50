"""The sources a draft is checked against, read once and indexed for lookup.

A draft of a few thousand words names a handful of subjects and figures; the
sources may be a whole archive. `SourceIndex` keeps every source claim with its
position and sentence, keyed three ways: by (subject, attribute), by (subject,
value) and by figure (unit dimension, value or range). `candidates` returns
only the source claims a draft's claims could be compared with, so checking a
draft costs what its own claims touch, not the size of the archive. The claims
store (`factcheck index`) answers the same questions from a database.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol, TypeVar, runtime_checkable

from factcheck.align import UNKNOWN_COUNT
from factcheck.annotation.entities import NameResolver
from factcheck.annotation.subjects import unify_names
from factcheck.checks.attribution import figure, significant_digits
from factcheck.checks.compare import round_figure
from factcheck.extraction.batch import InputItem, Paths, extract_input, map_inputs
from factcheck.load import failed
from factcheck.load.language import normalise_language
from factcheck.load.positions import Locator, Position, locator_for, placed
from factcheck.models import (
    FIGURE_FIELDS,
    Claim,
    Document,
    DocumentStatus,
    Evidence,
    ReportClaim,
    Skipped,
)
from factcheck.progress import Progress
from factcheck.runs.reporting import Knowledge, annotate_claims, document_status

LookupKey = tuple


# The smallest figure the checks that match by value look at (the defaults of
# unit-mismatch's `min_value` and attribution-conflict's `min_value` and
# `min_significant_digits`): "one", "drie" or "10" meet no other claim by value, and
# in an archive they would pull in tens of thousands of candidates.
MIN_MATCHED_VALUE = 100.0
MIN_MATCHED_DIGITS = 2


def lookup_keys(claim: ReportClaim) -> Iterator[LookupKey]:
    """Every key under which a claim can meet another claim in some check: its block
    (subject, attribute), its (subject, value) for unit-mismatch and its figure for
    attribution-conflict, the last two only for figures those checks consider."""
    if claim.subject:
        if claim.attribute and claim.attribute != UNKNOWN_COUNT:
            yield ("sa", claim.subject, claim.attribute)
        if _large(claim) and claim.unit != "count":
            yield ("sv", claim.subject, round_figure(claim.value))
    if claim.value is None or (_large(claim) and _distinctive(claim)):
        yield ("fig", *figure(claim))


def _large(claim: ReportClaim) -> bool:
    return claim.value is not None and abs(claim.value) >= MIN_MATCHED_VALUE


def _distinctive(claim: ReportClaim) -> bool:
    return claim.value is not None and significant_digits(claim.value) >= MIN_MATCHED_DIGITS


# How many files' copies of one figure a check needs: every rule looks, at most, for
# "a claim from another file than this one".
COPIES_PER_FIGURE = 2

Payload = TypeVar("Payload")


def figure_identity(claim: ReportClaim) -> tuple:
    """The claim's `FIGURE_FIELDS`: what makes two claims state the same figure."""
    return tuple(getattr(claim, name) for name in FIGURE_FIELDS)


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


@runtime_checkable
class Sources(Protocol):
    """What `factcheck check` asks of its sources: `SourceIndex` answers from memory,
    `factcheck.store.reader.StoredSources` from a claims store."""

    def processed(self) -> int:
        """How many source files were read (or indexed) without a problem."""
        ...

    def statuses(self, cited: Iterable[str]) -> list[DocumentStatus]:
        """The skipped source files and the `cited` ones, in path order: what a check
        lists (an archive's every file would make each check's output its size)."""
        ...

    def name_resolver(self, threshold: float) -> NameResolver: ...

    def candidates(self, claims: Iterable[ReportClaim]) -> list[ReportClaim]: ...

    def evidence(self, claim_id: str) -> Evidence: ...


@dataclass
class SourceIndex:
    """Annotated source claims with positions, sentences and lookup keys."""

    documents: list[DocumentStatus] = field(default_factory=list)
    claims: dict[str, ReportClaim] = field(default_factory=dict)
    positions: dict[str, Position] = field(default_factory=dict)
    sentences: dict[str, str] = field(default_factory=dict)
    keys: dict[LookupKey, list[str]] = field(default_factory=lambda: defaultdict(list))
    names: tuple[str, ...] = ()

    @classmethod
    def build(
        cls, items: Iterable[tuple[Document, list[Claim]] | Skipped], knowledge: Knowledge
    ) -> SourceIndex:
        """Annotate and index every source; files in path order, ids `s1`, `s2`, ..."""
        return cls.assemble([located_file(item, knowledge) for item in items], knowledge)

    @classmethod
    def from_paths(
        cls,
        paths: Paths,
        knowledge: Knowledge,
        lang: str | None = None,
        jobs: int | str | None = 1,
        progress: Progress | None = None,
    ) -> SourceIndex:
        """Read, extract and annotate every source under `paths`, on `jobs` processes."""
        context = (knowledge, normalise_language(lang) if lang else None)
        return cls.assemble(
            list(map_inputs(_source_input, paths, context, jobs, progress)), knowledge
        )

    @classmethod
    def assemble(cls, per_file: list[LocatedFile], knowledge: Knowledge) -> SourceIndex:
        """Files in path order, ids `s1`, `s2`, ..., one spelling per unknown name."""
        per_file.sort(key=lambda entry: entry[0].file)
        index = cls(documents=[status for status, _ in per_file])
        located = [entry for _, entries in per_file for entry in entries]
        names = unify_names(
            (c.subject for c, _, _ in located), knowledge.entities.matching.unknown_name_threshold
        )
        for number, (claim, position, sentence) in enumerate(located, 1):
            subject = names.get(claim.subject or "", claim.subject)
            index.add(
                claim.model_copy(update={"id": f"s{number}", "subject": subject}),
                position,
                sentence,
            )
        index.names = tuple(sorted({p for s in names.values() for p in s.split(" + ")}))
        return index

    def processed(self) -> int:
        return sum(1 for d in self.documents if d.status == "ok")

    def statuses(self, cited: Iterable[str]) -> list[DocumentStatus]:
        wanted = set(cited)
        return [d for d in self.documents if d.status != "ok" or d.file in wanted]

    def add(self, claim: ReportClaim, position: Position, sentence: str) -> None:
        self.claims[claim.id] = claim
        self.positions[claim.id] = position
        self.sentences[claim.id] = sentence
        if not claim.boilerplate:
            for key in lookup_keys(claim):
                self.keys[key].append(claim.id)

    def name_resolver(self, threshold: float) -> NameResolver:
        """Resolves a draft's unknown names onto the spellings the sources use."""
        resolver = NameResolver(threshold)
        resolver.canonical = list(self.names)
        return resolver

    def candidates(self, claims: Iterable[ReportClaim]) -> list[ReportClaim]:
        """The source claims any of `claims` could be compared with, in id order, each
        figure in at most `COPIES_PER_FIGURE` files."""
        found: set[str] = set()
        for claim in claims:
            for key in lookup_keys(claim):
                found.update(self.keys.get(key, ()))
        ordered = (self.claims[i] for i in sorted(found, key=_id_number))
        return copies_kept((figure_identity(c), c.file, c) for c in ordered)

    def evidence(self, claim_id: str) -> Evidence:
        claim, position = self.claims[claim_id], self.positions[claim_id]
        return evidence_of(claim, position, self.sentences[claim_id])


def evidence_of(claim: ReportClaim, position: Position, sentence: str) -> Evidence:
    return Evidence(**placed(claim, position), sentence=sentence)


LocatedFile = tuple[DocumentStatus, list[tuple[ReportClaim, Position, str]]]


def _source_input(context: tuple[Knowledge, str | None], item: InputItem) -> LocatedFile:
    """One source read, extracted and annotated (in a worker process when jobs > 1)."""
    knowledge, lang = context
    return located_file(extract_input((lang, False), item), knowledge)


def located_file(item: tuple[Document, list[Claim]] | Skipped, knowledge: Knowledge) -> LocatedFile:
    if not isinstance(item, Skipped):
        try:
            return _located(item[0], item[1], knowledge)
        except Exception as exc:  # a bug must cost one source, not the check
            item = failed(item[0].path, exc)
    return DocumentStatus(file=item.path, status="skipped", reason=item.reason), []


def _located(document: Document, claims: list[Claim], knowledge: Knowledge) -> LocatedFile:
    locator = locator_for(document)
    annotated = annotate_claims(document, claims, knowledge)
    entries = [(c, locator.span(c.start, c.end), sentence_of(document.text, c)) for c in annotated]
    return document_status(document, claims), entries


def sentence_of(text: str, claim: Claim, limit: int = 400) -> str:
    """The claim's sentence on one line, cut around the claim when very long."""
    start, end = claim.sentence
    if end - start > limit:
        start = max(start, claim.start - limit // 2)
        end = min(end, start + limit)
    return " ".join(text[start:end].split())


def _id_number(claim_id: str) -> int:
    return int(claim_id[1:])


__all__ = [
    "Locator",
    "SourceIndex",
    "Sources",
    "copies_kept",
    "evidence_of",
    "figure_identity",
    "lookup_keys",
    "sentence_of",
]
