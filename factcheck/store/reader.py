"""Reading a claims store: `check --db` and `report --db` without re-reading the sources.

`StoredSources` answers the questions `factcheck check` asks of a `SourceIndex`
(`Sources` in `factcheck.runs.source_index`) with indexed lookups, so a check costs what
the draft's own claims touch. Claims keep the subject as read in their file; the
store's unified spellings are put on them as they are read, and a draft's
subject is looked up under every raw spelling that unifies to it. Source claims
are identified as `s<row id>`, which is stable for the life of the reader.
`report_from_store` builds the same `ReportData` as `build_report` over the
same files.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from factcheck.annotation.located import evidence_of
from factcheck.annotation.names import NameResolver, names_of
from factcheck.checks.candidates import (
    FigureLookup,
    copies_kept,
    encode_key,
    identity_of,
    query_keys,
)
from factcheck.checks.runner import checked_report, paused_gc
from factcheck.errors import InputError
from factcheck.knowledge import Knowledge, time_kinds_of
from factcheck.load import read_document
from factcheck.load.positions import Position
from factcheck.models import DocumentStatus, Evidence, ReportClaim, ReportData, Subject
from factcheck.store.schema import Store, StoreError, spelling_of
from factcheck.store.writer import store_fingerprint


def open_current(path: str | os.PathLike[str], knowledge: Knowledge) -> Store:
    """Open a store for reading; refuse one annotated with other tables or another version."""
    store = Store.open(path)
    if store.meta("fingerprint") != store_fingerprint(knowledge):
        store.close()
        raise StoreError(
            path,
            "indexed with other entity or attribute tables, another factcheck (version, "
            "code or lexicon) or other versions of the libraries that read files: "
            "run `factcheck index` again",
        )
    return store


def unified_names(store: Store, threshold: float) -> dict[str, str]:
    """Raw subject -> its spelling over the whole store; recomputed (the same function of
    the stored names) when a run was stopped before it could store them."""
    if store.meta("names") == "current":
        return store.unified()
    return spelling_of(store.names(), threshold)


class StoredSources:
    """The sources of `factcheck check`, read from a claims store on demand."""

    def __init__(
        self, store: Store, threshold: float, time_kinds: dict[str, str] | None = None
    ) -> None:
        self.store, self.time_kinds = store, time_kinds or {}
        self.spelling = unified_names(store, threshold)
        self._raw: dict[str, list[str]] = defaultdict(list)
        for raw, canonical in sorted(self.spelling.items()):
            self._raw[canonical].append(raw)
        self.names = names_of(Subject.parse(text) for text in self.spelling.values())
        self._cited: dict[str, tuple[ReportClaim, Position, str]] = {}

    @classmethod
    def open(cls, path: str | os.PathLike[str], knowledge: Knowledge) -> StoredSources:
        store = open_current(path, knowledge)
        return cls(
            store, knowledge.entities.matching.unknown_name_threshold, time_kinds_of(knowledge)
        )

    def close(self) -> None:
        self.store.close()

    def processed(self) -> int:
        return self.store.processed()

    def statuses(self, cited: Iterable[str]) -> list[DocumentStatus]:
        return self.store.statuses(cited)

    def name_resolver(self, threshold: float) -> NameResolver:
        resolver = NameResolver(threshold)
        resolver.canonical = list(self.names)
        return resolver

    def candidates(self, claims: Iterable[ReportClaim]) -> list[ReportClaim]:
        """The stored claims any of `claims` could be compared with, in file order."""
        keys: set[str] = set()
        for claim in claims:
            for key in query_keys(claim, self.time_kinds):
                if isinstance(key, FigureLookup):
                    keys.add(encode_key(key))
                else:
                    raws = self._raw[str(key.subject)]
                    keys.update(encode_key(key._replace(subject=Subject.parse(r))) for r in raws)
        figures = (
            (self._identity(row[3:]), row[1], row[0]) for row in self.store.figures_under(keys)
        )
        found = []
        for row_id, claim, position, sentence in self.store.claims_by_id(copies_kept(figures)):
            claim = self._spelled(claim, f"s{row_id}")
            self._cited[claim.id] = (claim, position, sentence)
            found.append(claim)
        return found

    def evidence(self, claim_id: str) -> Evidence:
        return evidence_of(*self._cited[claim_id])

    def _identity(self, columns: tuple) -> tuple:
        """`figure_identity` of a stored row, its subject spelled as the store spells it."""
        subject, *rest = columns
        return identity_of((self.spelling.get(subject or "", subject), *rest))

    def _spelled(self, claim: ReportClaim, claim_id: str) -> ReportClaim:
        return claim.model_copy(update={"id": claim_id, "subject": spelled(claim, self.spelling)})


def spelled(claim: ReportClaim, spelling: dict[str, str]) -> Subject | None:
    """A stored claim's subject as the whole store spells it (`spelling`: raw text to
    canonical text, as the store keeps them)."""
    if claim.subject is None:
        return None
    return Subject.parse(spelling.get(str(claim.subject), str(claim.subject)))


def report_from_store(
    path: str | os.PathLike[str], knowledge: Knowledge, keep_texts: bool = False
) -> ReportData:
    """The report `build_report` gives over the stored files, from their stored claims.
    `keep_texts` re-reads the files still there (for excerpts; nothing is re-extracted)."""
    store = open_current(path, knowledge)
    try:
        with paused_gc():
            spelling = unified_names(store, knowledge.entities.matching.unknown_name_threshold)
            documents = store.documents()
            claims = [
                claim.model_copy(
                    update={
                        "id": f"c{n}",
                        "subject": spelled(claim, spelling),
                    }
                )
                for n, (_, claim, _, _) in enumerate(store.all_claims(), 1)
            ]
    finally:
        store.close()
    report = checked_report(documents, claims, knowledge)
    if not keep_texts:
        return report
    return report.model_copy(update={"texts": _texts(documents)})


def _texts(documents: list[DocumentStatus]) -> dict[str, str]:
    """The decoded text of every stored file that can still be read."""
    texts = {}
    for status in documents:
        if status.status == "ok":
            try:
                texts[status.file] = read_document(Path(status.file), status.file, status.lang).text
            except InputError:
                continue
    return texts
