"""The cross-source report: extract every document, say what each claim is
about, align claims across documents and run the rules.

`build_report` returns the validated `ReportData` that every renderer works
from; `Report` wraps it with pandas DataFrames for analysts.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import cached_property
from typing import TYPE_CHECKING

from pydantic import BaseModel

from factcheck import frames
from factcheck.annotation.located import annotated_file, annotated_input
from factcheck.checks.runner import assemble_report
from factcheck.errors import ConfigError
from factcheck.extraction.batch import Paths, map_inputs
from factcheck.extraction.scanner import extract_document
from factcheck.knowledge import Knowledge
from factcheck.load.documents import Reading, text_document
from factcheck.load.manifest import Manifest
from factcheck.models import (
    CheckFinding,
    CheckResult,
    CheckSummary,
    Claim,
    Document,
    DocumentStatus,
    Finding,
    Group,
    ReportData,
    Skipped,
)
from factcheck.parallel import checked_engine
from factcheck.progress import Progress

if TYPE_CHECKING:
    import pandas as pd


def build_report(
    paths: Paths,
    lang: str | None = None,
    knowledge: Knowledge | None = None,
    keep_texts: bool = False,
    jobs: int | str | None = 1,
    progress: Progress | None = None,
    manifest: Manifest | None = None,
) -> ReportData:
    """Extract, annotate, align and check; documents are taken in path order so the
    result does not depend on the order the paths were given in. `keep_texts` keeps
    each document's text for renderers that show the sources (HTML). With `jobs`
    processes (0 or "auto": one per CPU) the files are extracted and annotated in
    parallel; the report is the same as with one. `progress` hears of each file;
    `manifest` dates (and languages) the files it lists."""
    knowledge = knowledge or Knowledge.from_dirs()
    context = (knowledge, Reading.of(lang, manifest), keep_texts)
    files = list(map_inputs(annotated_input, paths, context, jobs, progress))
    if progress is not None:
        progress.stage(f"checking {sum(len(f.claims) for f in files):,} claims")
    return assemble_report(files, knowledge)


def run_report(
    paths: Paths | None = None,
    *,
    db: str | os.PathLike[str] | None = None,
    parquet: str | os.PathLike[str] | None = None,
    knowledge: Knowledge | None = None,
    lang: str | None = None,
    jobs: int | str | None = 1,
    engine: str = "local",
    scheduler: str | None = None,
    progress: Progress | None = None,
    manifest: Manifest | None = None,
) -> ReportData:
    """The report over files, a claims store (`db`) or a claims dataset (`parquet`),
    here or on a Dask cluster (`engine="dask"`): the run behind `factcheck.report` and
    `factcheck report`. Exactly one of `paths`, `db` and `parquet` is given."""
    if sum(map(bool, (db, paths, parquet))) != 1:
        raise ConfigError(
            "no sources: give PATH..., --db PATH (or `db` in factcheck.toml) or --parquet DIR"
            if not (db or paths or parquet)
            else "give PATH..., --db PATH or --parquet DIR, not several"
        )
    dask = checked_engine(engine, scheduler)
    if manifest is not None and (db or parquet or dask):
        raise ConfigError(
            "--manifest applies to source files read here, not to --db, --parquet or --engine dask"
        )
    knowledge = knowledge or Knowledge.from_dirs()
    if db:
        from factcheck.store.reader import report_from_store

        return report_from_store(db, knowledge, keep_texts=True)
    if parquet and dask:
        from factcheck.scale.engine import report_dataset

        return report_dataset(parquet, knowledge, scheduler, jobs)
    if parquet:
        from factcheck.scale.dataset import report_parquet

        return report_parquet(parquet, knowledge)
    if dask:
        from factcheck.scale.engine import report_dask

        return report_dask(paths, knowledge, lang, True, scheduler, jobs, progress)
    return build_report(paths, lang, knowledge, True, jobs, progress, manifest)  # type: ignore[arg-type]


def report_texts(
    texts: Iterable[tuple[str, str, str | None]], knowledge: Knowledge | None = None
) -> ReportData:
    """A report over in-memory texts given as (name, text, language or None):
    rule examples and tests use it."""
    documents = []
    for name, text, lang in texts:
        document = text_document(name, text, lang)
        documents.append((document, extract_document(document)))
    return report_documents(documents, knowledge or Knowledge.from_dirs(), keep_texts=True)


def report_documents(
    items: Iterable[tuple[Document, list[Claim]] | Skipped],
    knowledge: Knowledge,
    keep_texts: bool = False,
) -> ReportData:
    """Annotate every document's claims, then align and check them all."""
    return assemble_report(
        [annotated_file(item, knowledge, keep_texts) for item in items], knowledge
    )


class Report:
    """A report as pandas DataFrames (`claims`, `groups`, `findings`, `documents`);
    `data` keeps the validated models for renderers."""

    def __init__(self, data: ReportData) -> None:
        self.data = data

    @cached_property
    def claims(self) -> pd.DataFrame:
        """One row per claim over `frames.REPORT_CLAIM_COLUMNS` (the sentence span split)."""
        import pandas as pd

        columns = frames.REPORT_CLAIM_COLUMNS
        rows = [frames.claim_row(c, columns) for c in self.data.claims]
        return pd.DataFrame(rows, columns=frames.names(columns)).astype(
            frames.pandas_dtypes(columns)
        )

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


class Check:
    """A draft check as pandas DataFrames, like `Report`: `findings` and `supported`
    (one row per draft figure, with its verdict, rule, severity, message and place),
    `documents` (drafts, then sources). `data` keeps the validated `CheckResult` for
    the renderers; `summary` and `exit_code(fail_on)` are the command line's."""

    def __init__(self, data: CheckResult) -> None:
        self.data = data

    @cached_property
    def findings(self) -> pd.DataFrame:
        return _verdicts_frame(self.data.findings)

    @cached_property
    def supported(self) -> pd.DataFrame:
        return _verdicts_frame(self.data.supported)

    @cached_property
    def documents(self) -> pd.DataFrame:
        rows = [
            {"role": role, **d.model_dump()}
            for role, statuses in (("draft", self.data.drafts), ("source", self.data.sources))
            for d in statuses
        ]
        frame = _frame(rows, DocumentStatus)
        frame.insert(0, "role", [r["role"] for r in rows])
        return frame

    @property
    def summary(self) -> CheckSummary:
        return self.data.summary

    def exit_code(self, fail_on: str = "error") -> int:
        return self.data.exit_code(fail_on)


def _verdicts_frame(verdicts: list[CheckFinding]) -> pd.DataFrame:
    """The verdicts without their evidence models: the sources as "file:line" text."""
    rows = []
    for verdict in verdicts:
        row = verdict.model_dump(exclude={"evidence"})
        row["sources"] = "; ".join(f"{e.file}:{e.line}" for e in verdict.evidence)
        rows.append(row)
    columns = [n for n in CheckFinding.model_fields if n != "evidence"] + ["sources"]
    import pandas as pd

    return pd.DataFrame(rows, columns=columns)


def _frame(rows: list[dict], model: type[BaseModel]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(rows, columns=list(model.model_fields))
