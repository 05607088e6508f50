"""Paths in, claims out: the library layer the command line and the public API call.

Inputs are processed one file at a time so a large folder never sits in memory:
`iter_documents` and `iter_claims` stream, `extract_paths` collects for callers
that want everything at once. Mistakes in the call itself (a missing path, an
unknown language) raise before any result is produced, so a command fails
before it writes anything; a file that cannot be read becomes a `Skipped`
entry and the others go on.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from itertools import chain
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ConfigDict

from factcheck.extract import extract_document
from factcheck.load import failed, load_documents
from factcheck.models import Claim, Document, DocumentStatus, Skipped

PathLike = str | os.PathLike[str]
Paths = PathLike | Iterable[PathLike]
DocumentClaims = tuple[Document, list[Claim]]

T = TypeVar("T")


class ExtractionResult(BaseModel):
    """Every claim of a run, in file order then text order, with per-file outcomes."""

    model_config = ConfigDict(frozen=True)

    claims: list[Claim]
    documents: list[DocumentStatus]
    skipped: list[Skipped]

    @property
    def ok(self) -> bool:
        """True when every input was read: the CLI's exit code hangs on this."""
        return not self.skipped


def iter_documents(
    paths: Paths, lang: str | None = None, include_boilerplate: bool = False
) -> Iterator[DocumentClaims | Skipped]:
    """Stream (document, its claims) per input file, or `Skipped` for unreadable ones.

    Not a generator itself: the first input is read at call time, so a missing
    top-level path (`InputError`) or a bad `lang` (`ConfigError`) raises here,
    before the caller has written any output.
    """
    documents = _started(load_documents(_as_list(paths), lang))
    return (_extract_one(item, include_boilerplate) for item in documents)


def iter_claims(
    paths: Paths, lang: str | None = None, include_boilerplate: bool = False
) -> Iterator[Claim | Skipped]:
    """Stream the claims of every input file, and a `Skipped` for each unreadable one.

    Each claim's `file` is the display path (as the user typed it, see
    `iter_input_files`). Boilerplate claims (page furniture, view counters) are
    dropped unless `include_boilerplate`. Errors in the call raise immediately,
    as in `iter_documents`.
    """
    results = iter_documents(paths, lang, include_boilerplate)
    return chain.from_iterable([item] if isinstance(item, Skipped) else item[1] for item in results)


def extract_paths(
    paths: Paths, lang: str | None = None, include_boilerplate: bool = False
) -> ExtractionResult:
    """Extract every input and collect the claims, per-document summaries and skips."""
    claims: list[Claim] = []
    documents: list[DocumentStatus] = []
    skipped: list[Skipped] = []
    for item in iter_documents(paths, lang, include_boilerplate):
        if isinstance(item, Skipped):
            skipped.append(item)
            documents.append(DocumentStatus(file=item.path, status="skipped", reason=item.reason))
            continue
        document, found = item
        claims.extend(found)
        documents.append(
            DocumentStatus(
                file=document.path, lang=document.lang, date=document.date, claims=len(found)
            )
        )
    return ExtractionResult(claims=claims, documents=documents, skipped=skipped)


def _extract_one(item: Document | Skipped, include_boilerplate: bool) -> DocumentClaims | Skipped:
    """Claims of one document in offset order, boilerplate filtered as asked."""
    if isinstance(item, Skipped):
        return item
    try:
        claims = extract_document(item)
    except Exception as exc:  # a bug must cost one file, not the run
        return failed(item.path, exc)
    if not include_boilerplate:
        claims = [claim for claim in claims if not claim.boilerplate]
    claims.sort(key=lambda claim: (claim.start, claim.end))
    return item, claims


def _as_list(paths: Paths) -> list[PathLike]:
    """Accept one path as well as many: iterating a str would walk its characters."""
    if isinstance(paths, str | Path | os.PathLike):
        return [paths]
    return list(paths)


def _started(items: Iterator[T]) -> Iterator[T]:
    """Advance a generator to its first item now, so its argument checks raise now."""
    try:
        first = next(items)
    except StopIteration:
        return iter(())
    return chain([first], items)
