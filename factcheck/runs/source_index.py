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
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from factcheck.annotation.located import (
    LocatedFile,
    evidence_of,
    located_file,
    located_input,
)
from factcheck.annotation.names import NameResolver, names_of, unify_names
from factcheck.checks.candidates import (
    LookupKey,
    copies_kept,
    figure_identity,
    lookup_keys,
    query_keys,
)
from factcheck.extraction.batch import Paths, map_inputs
from factcheck.knowledge import Knowledge, time_kinds_of
from factcheck.load.documents import Reading
from factcheck.load.manifest import Manifest
from factcheck.load.positions import Position
from factcheck.models import (
    Claim,
    Document,
    DocumentStatus,
    Evidence,
    ReportClaim,
    Skipped,
)
from factcheck.progress import Progress


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
    order: dict[str, int] = field(default_factory=dict)  # claim id -> place in file order
    time_kinds: dict[str, str] = field(default_factory=dict)  # `time_kinds_of`

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
        manifest: Manifest | None = None,
    ) -> SourceIndex:
        """Read, extract and annotate every source under `paths`, on `jobs` processes;
        the `manifest` dates (and languages) the files it lists."""
        context = (knowledge, Reading.of(lang, manifest))
        return cls.assemble(
            list(map_inputs(located_input, paths, context, jobs, progress)), knowledge
        )

    @classmethod
    def assemble(cls, per_file: list[LocatedFile], knowledge: Knowledge) -> SourceIndex:
        """Files in path order, ids `s1`, `s2`, ..., one spelling per unknown name."""
        per_file.sort(key=lambda entry: entry[0].file)
        index = cls(
            documents=[status for status, _ in per_file], time_kinds=time_kinds_of(knowledge)
        )
        located = [entry for _, entries in per_file for entry in entries]
        names = unify_names(
            (c.subject for c, _, _ in located), knowledge.entities.matching.unknown_name_threshold
        )
        for number, (claim, position, sentence) in enumerate(located, 1):
            subject = names.get(claim.subject) if claim.subject else None
            index.add(
                claim.model_copy(update={"id": f"s{number}", "subject": subject}),
                position,
                sentence,
            )
        index.names = names_of(names.values())
        return index

    def processed(self) -> int:
        return sum(1 for d in self.documents if d.status == "ok")

    def statuses(self, cited: Iterable[str]) -> list[DocumentStatus]:
        wanted = set(cited)
        return [d for d in self.documents if d.status != "ok" or d.file in wanted]

    def add(self, claim: ReportClaim, position: Position, sentence: str) -> None:
        self.order[claim.id] = len(self.order)
        self.claims[claim.id] = claim
        self.positions[claim.id] = position
        self.sentences[claim.id] = sentence
        if claim.compared:
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
            for key in query_keys(claim, self.time_kinds):
                found.update(self.keys.get(key, ()))
        ordered = (self.claims[i] for i in sorted(found, key=self.order.__getitem__))
        return copies_kept((figure_identity(c), c.file, c) for c in ordered)

    def evidence(self, claim_id: str) -> Evidence:
        claim, position = self.claims[claim_id], self.positions[claim_id]
        return evidence_of(claim, position, self.sentences[claim_id])
