"""The cross-source report: extract every document, say what each claim is
about, align claims across documents and run the rules.

`build_report` returns the validated `ReportData` that every renderer works
from; `Report` wraps it with pandas DataFrames for analysts.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from factcheck.align import align_claims
from factcheck.annotation.attributes import AttributeTable, default_attributes, load_attributes
from factcheck.annotation.entities import EntityTable, default_entities, load_entities
from factcheck.annotation.subjects import DocumentAnnotator, unify_names
from factcheck.checks import run_rules
from factcheck.checks.context import CheckContext
from factcheck.extraction.batch import Paths, extract_input, map_inputs
from factcheck.extraction.scanner import extract_document
from factcheck.load import InputItem, failed
from factcheck.load.language import detect_language, normalise_language
from factcheck.models import Claim, Document, DocumentStatus, Finding, Group, ReportClaim, Skipped
from factcheck.progress import Progress
from factcheck.ruleset import Rule, default_rules_dir, inside, load_rules

if TYPE_CHECKING:
    import pandas as pd


class ReportData(BaseModel):
    """Everything a report says, in a documented, serialisable shape."""

    model_config = ConfigDict(frozen=True)

    documents: list[DocumentStatus]
    claims: list[ReportClaim]
    groups: list[Group]
    findings: list[Finding]
    rules: list[str]
    texts: dict[str, str] = Field(default_factory=dict, exclude=True, repr=False)

    @property
    def exit_code(self) -> int:
        """1 when a finding is an error, else 0 (2 is for input errors, set by the CLI)."""
        return 1 if any(f.severity == "error" for f in self.findings) else 0


@dataclass(frozen=True)
class Knowledge:
    """The data a report runs on: entities, attributes and rules."""

    entities: EntityTable
    attributes: AttributeTable
    rules: list[Rule]

    @classmethod
    def from_dirs(cls, rules_dirs: Iterable[Path] | None = None) -> Knowledge:
        """Rule folders in order; the last one with entities.yaml/attributes.yaml wins."""
        dirs = list(rules_dirs) if rules_dirs else [default_rules_dir()]
        entities, attributes = default_entities(), default_attributes()
        for folder in dirs:
            if (folder / "entities.yaml").exists():
                entities = load_entities(inside(folder, folder / "entities.yaml"))
            if (folder / "attributes.yaml").exists():
                attributes = load_attributes(inside(folder, folder / "attributes.yaml"))
        return cls(entities, attributes, load_rules(dirs))


def build_report(
    paths: Paths,
    lang: str | None = None,
    knowledge: Knowledge | None = None,
    keep_texts: bool = False,
    jobs: int | str | None = 1,
    progress: Progress | None = None,
) -> ReportData:
    """Extract, annotate, align and check; documents are taken in path order so the
    result does not depend on the order the paths were given in. `keep_texts` keeps
    each document's text for renderers that show the sources (HTML). With `jobs`
    processes (0 or "auto": one per CPU) the files are extracted and annotated in
    parallel; the report is the same as with one. `progress` hears of each file."""
    knowledge = knowledge or Knowledge.from_dirs()
    context = (knowledge, normalise_language(lang) if lang else None, keep_texts)
    files = list(map_inputs(_report_input, paths, context, jobs, progress))
    if progress is not None:
        progress.stage(f"checking {sum(len(f.claims) for f in files):,} claims")
    return _assembled(files, knowledge)


def report_texts(
    texts: Iterable[tuple[str, str, str | None]], knowledge: Knowledge | None = None
) -> ReportData:
    """A report over in-memory texts given as (name, text, language or None):
    rule examples and tests use it."""
    documents = []
    for name, text, lang in texts:
        document = Document(path=name, lang=lang or detect_language(text), text=text)
        documents.append((document, extract_document(document)))
    return report_documents(documents, knowledge or Knowledge.from_dirs(), keep_texts=True)


def report_documents(
    items: Iterable[tuple[Document, list[Claim]] | Skipped],
    knowledge: Knowledge,
    keep_texts: bool = False,
) -> ReportData:
    """Annotate every document's claims, then align and check them all."""
    return _assembled([_annotated_file(item, knowledge, keep_texts) for item in items], knowledge)


@dataclass(frozen=True)
class AnnotatedFile:
    """One input's part of a report: its status, its annotated claims (ids not yet
    given) and, when kept, its text. What a worker process sends back."""

    status: DocumentStatus
    claims: list[ReportClaim]
    text: str | None = None


def _report_input(context: tuple[Knowledge, str | None, bool], item: InputItem) -> AnnotatedFile:
    """Read, extract and annotate one input (in a worker process when jobs > 1)."""
    knowledge, lang, keep_texts = context
    extracted = extract_input((lang, False), item)
    return _annotated_file(extracted, knowledge, keep_texts)


def _annotated_file(
    item: tuple[Document, list[Claim]] | Skipped, knowledge: Knowledge, keep_texts: bool
) -> AnnotatedFile:
    if isinstance(item, Skipped):
        return AnnotatedFile(
            DocumentStatus(file=item.path, status="skipped", reason=item.reason), []
        )
    document, found = item
    try:
        annotated = annotate_claims(document, found, knowledge)
    except Exception as exc:  # a bug must cost one file, not the report
        lost = failed(document.path, exc)
        return AnnotatedFile(
            DocumentStatus(file=lost.path, status="skipped", reason=lost.reason), []
        )
    text = document.text if keep_texts else None
    return AnnotatedFile(document_status(document, found), annotated, text)


def report_annotated(files: Iterable[AnnotatedFile], knowledge: Knowledge) -> ReportData:
    """A report over files already annotated elsewhere (a claims dataset, a store)."""
    return _assembled(list(files), knowledge)


def _assembled(files: list[AnnotatedFile], knowledge: Knowledge) -> ReportData:
    """Ids, one spelling per unknown name, then alignment and the rules, over all files."""
    files.sort(key=lambda entry: entry.status.file)
    claims = [c for entry in files for c in entry.claims]
    names = unify_names(
        (c.subject for c in claims), knowledge.entities.matching.unknown_name_threshold
    )
    claims = [
        c.model_copy(update={"id": f"c{i}", "subject": names.get(c.subject or "", c.subject)})
        for i, c in enumerate(claims, 1)
    ]
    report = checked_report([entry.status for entry in files], claims, knowledge)
    texts = {entry.status.file: entry.text for entry in files if entry.text is not None}
    return report.model_copy(update={"texts": texts})


def checked_report(
    documents: list[DocumentStatus], claims: list[ReportClaim], knowledge: Knowledge
) -> ReportData:
    """Align annotated claims (ids and names final) and run the rules: the report.
    The claims store (`factcheck.store.reader`) starts here with the claims it holds."""
    with paused_gc():
        groups = align_claims(claims)
        group_of = {claim_id: g.id for g in groups for claim_id in g.claim_ids}
        related = [
            (e.id, e.variant_of) for e in knowledge.entities.entities.values() if e.variant_of
        ]
        context = CheckContext({c.id: c for c in claims}, group_of, related)
        findings = run_rules(knowledge.rules, context)
    return ReportData(
        documents=documents,
        claims=claims,
        groups=groups,
        findings=findings,
        rules=[r.id for r in knowledge.rules if r.enabled],
    )


@contextmanager
def paused_gc() -> Iterator[None]:
    """Alignment and the checks build hundreds of thousands of small, acyclic objects
    (tuples, findings) while a million claims are alive; each automatic collection
    would walk every claim again, a quarter of the checking time. Nothing here makes
    reference cycles, so the collector waits until the checks are done."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def annotate_claims(
    document: Document, claims: list[Claim], knowledge: Knowledge
) -> list[ReportClaim]:
    """Claims with subject, attribute and topic; ids are given once all files are in."""
    annotator = DocumentAnnotator(
        document.text, document.lang, knowledge.entities, knowledge.attributes
    )
    result = []
    for claim in claims:
        subject, attribute, topic = annotator.annotate(claim)
        result.append(
            ReportClaim(
                **claim.model_dump(exclude={"subject", "attribute"}),
                id="",
                subject=subject,
                attribute=attribute,
                topic=topic,
            )
        )
    return result


def document_status(document: Document, claims: list[Claim]) -> DocumentStatus:
    return DocumentStatus(
        file=document.path, lang=document.lang, date=document.date, claims=len(claims)
    )


class Report:
    """A report as pandas DataFrames (`claims`, `groups`, `findings`, `documents`);
    `data` keeps the validated models for renderers."""

    def __init__(self, data: ReportData) -> None:
        self.data = data

    @cached_property
    def claims(self) -> pd.DataFrame:
        return _frame([c.model_dump() for c in self.data.claims], ReportClaim)

    @cached_property
    def groups(self) -> pd.DataFrame:
        return _frame([g.model_dump() for g in self.data.groups], Group)

    @cached_property
    def findings(self) -> pd.DataFrame:
        return _frame([f.model_dump() for f in self.data.findings], Finding)

    @cached_property
    def documents(self) -> pd.DataFrame:
        return _frame([d.model_dump() for d in self.data.documents], DocumentStatus)

    @property
    def exit_code(self) -> int:
        return self.data.exit_code


def _frame(rows: list[dict], model: type[BaseModel]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(rows, columns=list(model.model_fields))
