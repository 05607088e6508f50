"""The pre-publish check as a run: read the sources once, check every draft against
them (`runs.verdicts`), honour inline suppressions and a baseline, and count what is
reported. The sources are files (`SourceIndex`) or a claims store (`StoredSources`).
"""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from factcheck.errors import ConfigError
from factcheck.extraction.batch import Paths, iter_documents
from factcheck.extraction.scanner import extract_document
from factcheck.knowledge import Knowledge
from factcheck.load.language import detect_language
from factcheck.load.positions import Locator
from factcheck.models import (
    CheckedDraft,
    CheckFinding,
    CheckResult,
    CheckSummary,
    Claim,
    Document,
    DocumentStatus,
    Skipped,
)
from factcheck.progress import Progress
from factcheck.runs.source_index import SourceIndex, Sources
from factcheck.runs.suppressions import apply_baseline, inline_ignores, is_ignored, read_baseline
from factcheck.runs.verdicts import DraftText, check_draft

UNSUPPORTED = "unsupported"


def summarize(
    drafts: list[CheckedDraft],
    findings: list[CheckFinding],
    sources: Sources,
    listed: list[DocumentStatus],
    suppressed: int = 0,
    baselined: int = 0,
) -> CheckSummary:
    """Counts over the findings that are reported (after suppression and baseline);
    `listed` holds every skipped source."""
    by_kind: dict[str, int] = defaultdict(int)
    for finding in findings:
        by_kind[finding.kind] += 1
    statuses = [d.document for d in drafts] + listed
    return CheckSummary(
        drafts=len(drafts),
        sources=sources.processed(),
        skipped=sum(1 for s in statuses if s.status == "skipped"),
        claims=sum(d.claims for d in drafts),
        supported=sum(len(d.supported) for d in drafts),
        findings=len(findings),
        errors=sum(1 for f in findings if f.severity == "error"),
        warnings=sum(1 for f in findings if f.severity == "warning"),
        infos=sum(1 for f in findings if f.severity == "info"),
        suppressed=suppressed,
        baselined=baselined,
        by_kind=dict(sorted(by_kind.items())),
    )


# --------------------------------------------------------------------------- runs

FAIL_ON = ("error", "warning", "info", "never")


def load_sources(
    paths: Paths,
    knowledge: Knowledge,
    lang: str | None = None,
    jobs: int | str | None = 1,
    progress: Progress | None = None,
) -> SourceIndex:
    """Read, extract, annotate and index the sources once for a whole run, on `jobs`
    processes; the index is the same for any number."""
    return SourceIndex.from_paths(paths, knowledge, lang, jobs, progress)


def check_paths(
    drafts: Paths,
    sources: Paths | Sources,
    knowledge: Knowledge | None = None,
    *,
    lang: str | None = None,
    source_lang: str | None = None,
    baseline: Counter[str] | None = None,
    jobs: int | str | None = 1,
    progress: Progress | None = None,
) -> CheckResult:
    """Check every draft under `drafts` against `sources` (paths, or an index built once:
    a `SourceIndex` or a claims store's `StoredSources`).

    `lang` forces the drafts' language, `source_lang` the sources'. Inline
    `factcheck: ignore` comments are honoured; `baseline` fingerprints are left out.
    """
    knowledge = knowledge or Knowledge.from_dirs()
    items = iter_documents(drafts, lang)
    if isinstance(sources, Sources):
        index = sources
    else:
        index = load_sources(sources, knowledge, source_lang, jobs, progress)
    checked, suppressed = [], 0
    for item in items:
        if isinstance(item, Skipped):
            status = DocumentStatus.of_skipped(item)
            checked.append(CheckedDraft(document=status, findings=[], supported=[], claims=0))
            continue
        draft = draft_text(*item)
        result = check_draft(draft, index, knowledge)
        ignores = inline_ignores(draft.source, draft.locator)
        kept = [f for f in result.findings if not is_ignored(f, ignores)]
        suppressed += len(result.findings) - len(kept)
        checked.append(result.model_copy(update={"findings": kept}))
    return _result(checked, index, knowledge, suppressed, baseline)


def run_check(
    drafts: Paths,
    against: Paths | None = None,
    *,
    db: str | os.PathLike[str] | None = None,
    knowledge: Knowledge | None = None,
    lang: str | None = None,
    source_lang: str | None = None,
    baseline: str | os.PathLike[str] | Counter[str] | None = None,
    jobs: int | str | None = 1,
    progress: Progress | None = None,
) -> CheckResult:
    """Check the drafts against source files (`against`) or a claims store (`db`): the
    run behind `factcheck.check` and `factcheck check`. `baseline` is a baseline file
    or its fingerprints; findings recorded there are left out."""
    if (against is None) == (db is None):
        raise ConfigError("give the sources to check against or a claims store, not both")
    knowledge = knowledge or Knowledge.from_dirs()
    if baseline is not None and not isinstance(baseline, Counter):
        baseline = read_baseline(Path(baseline))
    options = {"lang": lang, "baseline": baseline, "jobs": jobs, "progress": progress}
    if db is None:
        return check_paths(drafts, against, knowledge, source_lang=source_lang, **options)
    from factcheck.store.reader import StoredSources

    stored = StoredSources.open(db, knowledge)
    try:
        return check_paths(drafts, stored, knowledge, **options)
    finally:
        stored.close()


def check_texts(
    draft: tuple[str, str, str | None],
    sources: Iterable[tuple[str, str, str | None]],
    knowledge: Knowledge | None = None,
) -> CheckResult:
    """A check over in-memory texts given as (name, text, language or None):
    rule examples and tests use it."""
    knowledge = knowledge or Knowledge.from_dirs()
    index = SourceIndex.build((_in_memory(*source) for source in sources), knowledge)
    checked = check_draft(draft_text(*_in_memory(*draft)), index, knowledge)
    return _result([checked], index, knowledge, 0, None)


def _in_memory(name: str, text: str, lang: str | None) -> tuple[Document, list[Claim]]:
    document = Document(path=name, lang=lang or detect_language(text), text=text)
    return document, extract_document(document)


def draft_text(document: Document, claims: list[Claim]) -> DraftText:
    """The draft with its file as written: Markdown comments hold `factcheck: ignore`."""
    return DraftText(
        document, claims, Locator.of(document.source, document.source_map), document.source
    )


def _result(
    checked: list[CheckedDraft],
    index: Sources,
    knowledge: Knowledge,
    suppressed: int,
    baseline: Counter[str] | None,
) -> CheckResult:
    findings = sorted((f for d in checked for f in d.findings), key=_finding_order)
    baselined = 0
    if baseline is not None:
        findings, baselined = apply_baseline(findings, baseline)
    supported = sorted((f for d in checked for f in d.supported), key=_finding_order)
    cited = {e.file for f in [*findings, *supported] for e in f.evidence}
    listed = index.statuses(cited)
    return CheckResult(
        summary=summarize(checked, findings, index, listed, suppressed, baselined),
        findings=findings,
        supported=supported,
        drafts=[d.document for d in checked],
        sources=listed,
        rules=[r.id for r in knowledge.rules if r.enabled],
    )


def _finding_order(finding: CheckFinding) -> tuple:
    return (finding.file, finding.start, finding.end, finding.rule or "", finding.message)
