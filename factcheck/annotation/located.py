"""One input file, read, extracted and annotated: the unit of work that reports,
checks, the claims store and the scale-out engines share.

Two shapes come back from a worker process: an `AnnotatedFile` (status, claims,
optionally the text) for a report, and a `LocatedFile` (status, and per claim its
position in the file and its sentence) for a check's sources, the store and the
Parquet dataset. A bug while annotating one file costs that file, never the run.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.annotation import annotate_claims
from factcheck.extraction.batch import extract_input
from factcheck.load import InputItem, Reading, failed
from factcheck.load.positions import Position, locator_for, placed
from factcheck.models import Claim, Document, DocumentStatus, Evidence, ReportClaim, Skipped

if TYPE_CHECKING:
    from factcheck.knowledge import Knowledge

Extracted = tuple[Document, list[Claim]] | Skipped
LocatedClaim = tuple[ReportClaim, Position, str]
LocatedFile = tuple[DocumentStatus, list[LocatedClaim]]


@dataclass(frozen=True)
class AnnotatedFile:
    """One input's part of a report: its status, its annotated claims (ids not yet
    given) and, when kept, its text. What a worker process sends back."""

    status: DocumentStatus
    claims: list[ReportClaim]
    text: str | None = None


def annotated_input(context: tuple[Knowledge, Reading, bool], item: InputItem) -> AnnotatedFile:
    """Read, extract and annotate one input (in a worker process when jobs > 1);
    `context` is (knowledge, how to read inputs, keep the text)."""
    knowledge, reading, keep_texts = context
    return annotated_file(extract_input((reading, False), item), knowledge, keep_texts)


def annotated_file(item: Extracted, knowledge: Knowledge, keep_texts: bool) -> AnnotatedFile:
    if isinstance(item, Skipped):
        return AnnotatedFile(DocumentStatus.of_skipped(item), [])
    document, found = item
    try:
        annotated = annotate_claims(document, found, knowledge.entities, knowledge.attributes)
    except Exception as exc:  # a bug must cost one file, not the report
        return AnnotatedFile(DocumentStatus.of_skipped(failed(document.path, exc)), [])
    text = document.text if keep_texts else None
    return AnnotatedFile(DocumentStatus.read(document, len(found)), annotated, text)


def located_input(context: tuple[Knowledge, Reading], item: InputItem) -> LocatedFile:
    """One source read, extracted, annotated and located (in a worker when jobs > 1)."""
    knowledge, reading = context
    return located_file(extract_input((reading, False), item), knowledge)


def located_file(item: Extracted, knowledge: Knowledge) -> LocatedFile:
    if not isinstance(item, Skipped):
        try:
            return _located(item[0], item[1], knowledge)
        except Exception as exc:  # a bug must cost one source, not the check
            item = failed(item[0].path, exc)
    return DocumentStatus.of_skipped(item), []


def _located(document: Document, claims: list[Claim], knowledge: Knowledge) -> LocatedFile:
    locator = locator_for(document)
    annotated = annotate_claims(document, claims, knowledge.entities, knowledge.attributes)
    entries = [(c, locator.span(c.start, c.end), sentence_of(document.text, c)) for c in annotated]
    return DocumentStatus.read(document, len(claims)), entries


def sentence_of(text: str, claim: Claim, limit: int = 400) -> str:
    """The claim's sentence on one line, cut around the claim when very long."""
    start, end = claim.sentence
    if end - start > limit:
        start = max(start, claim.start - limit // 2)
        end = min(end, start + limit)
    return " ".join(text[start:end].split())


def evidence_of(claim: ReportClaim, position: Position, sentence: str) -> Evidence:
    return Evidence(**placed(claim, position), sentence=sentence)
