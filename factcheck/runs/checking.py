"""The pre-publish check as a run: read the sources once, check every draft against
them (`runs.verdicts`), honour inline suppressions and a baseline, and count what is
reported. The sources are files (`SourceIndex`) or a claims store (`StoredSources`).
"""

from __future__ import annotations

import os
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from factcheck.errors import ConfigError, InputError
from factcheck.extraction.batch import (
    DocumentClaims,
    Paths,
    as_path_list,
    extract_loaded,
    iter_documents,
)
from factcheck.extraction.scanner import extract_document
from factcheck.knowledge import Knowledge
from factcheck.load.documents import Reading, load_bytes, text_document
from factcheck.load.inputs import TEXT_SUFFIXES, iter_inputs
from factcheck.load.manifest import Manifest
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
from factcheck.runs.suppressions import (
    ResolvedSelection,
    Selection,
    Suppressions,
    apply_baseline,
    read_baseline,
)
from factcheck.runs.verdicts import DraftText, check_draft

UNSUPPORTED = "unsupported"
Warn = Callable[[str], None]
StdinDraft = tuple[str, bytes]


class CheckWarning(UserWarning):
    """A problem the check went past: a suppression comment that names no rule or
    silences nothing, a configured source that is missing."""


def python_warning(message: str) -> None:
    """The library's default for `warn`: a Python warning the caller can filter."""
    warnings.warn(message, CheckWarning, stacklevel=3)


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
    manifest: Manifest | None = None,
) -> SourceIndex:
    """Read, extract, annotate and index the sources once for a whole run, on `jobs`
    processes; the index is the same for any number."""
    return SourceIndex.from_paths(paths, knowledge, lang, jobs, progress, manifest)


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
    manifest: Manifest | None = None,
    selection: Selection | None = None,
    stdin: StdinDraft | None = None,
    warn: Warn | None = None,
) -> CheckResult:
    """Check every draft under `drafts` against `sources` (paths, or an index built once:
    a `SourceIndex` or a claims store's `StoredSources`).

    `lang` forces the drafts' language, `source_lang` the sources'. `selection`
    chooses the drafts and the rules reported; inline and block `factcheck:`
    comments are honoured and their mistakes go to `warn` (default: a Python
    warning); `baseline` fingerprints are left out. `stdin` is one more draft
    given as (name, bytes). `manifest` dates the source files it lists.
    """
    knowledge = knowledge or Knowledge.from_dirs()
    chosen = (selection or Selection()).resolved(knowledge.rules)
    warn = warn or python_warning
    items = _drafts(drafts, chosen, lang, stdin)
    if isinstance(sources, Sources):
        index = sources
    else:
        index = load_sources(sources, knowledge, source_lang, jobs, progress, manifest)
    checked, suppressed = [], 0
    for item in items:
        if isinstance(item, Skipped):
            status = DocumentStatus.of_skipped(item)
            checked.append(CheckedDraft(document=status, findings=[], supported=[], claims=0))
            continue
        draft = draft_text(*item)
        result = check_draft(draft, index, knowledge)
        active = chosen.active(draft.document.path)
        reported = [f for f in result.findings if f.rule in active]
        comments = Suppressions(draft.source, draft.locator, chosen.codes)
        kept = comments.kept(reported)
        for message in comments.warnings(draft.document.path, active):
            warn(message)
        suppressed += len(reported) - len(kept)
        checked.append(result.model_copy(update={"findings": kept}))
    return _result(checked, index, knowledge, suppressed, baseline)


def _drafts(
    drafts: Paths, chosen: ResolvedSelection, lang: str | None, stdin: StdinDraft | None
) -> Iterator[DocumentClaims | Skipped]:
    """The drafts' documents in path order, the excluded ones left out, then stdin's."""
    paths = as_path_list(drafts)
    if chosen.exclude:
        paths = [_walked(item) for item in iter_inputs(paths)]
        paths = [path for path in paths if not chosen.excluded(path)]
    items = iter_documents(paths, lang)
    if stdin is None or chosen.excluded(stdin[0]):
        return items
    name, data = stdin
    loaded = load_bytes(data, Path(name).suffix, name, Reading.of(lang))
    return _chained(items, extract_loaded(loaded, include_boilerplate=False))


def _walked(item: tuple[Path, str] | Skipped) -> str:
    """A walked input as a path to walk again: a file, or a folder that cannot be
    listed (walking it again reports it as skipped)."""
    return item.path if isinstance(item, Skipped) else item[1]


def _chained(
    items: Iterator[DocumentClaims | Skipped], last: DocumentClaims | Skipped
) -> Iterator[DocumentClaims | Skipped]:
    yield from items
    yield last


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
    manifest: Manifest | None = None,
    selection: Selection | None = None,
    stdin: StdinDraft | None = None,
    warn: Warn | None = None,
) -> CheckResult:
    """Check the drafts against source files (`against`) or a claims store (`db`): the
    run behind `factcheck.check` and `factcheck check`. `baseline` is a baseline file
    or its fingerprints; findings recorded there are left out. Source files of which
    not one can be read are an error: a check against nothing would pass every draft."""
    if (against is None) == (db is None):
        raise ConfigError("give the sources to check against or a claims store, not both")
    if db is not None and manifest is not None:
        raise ConfigError(
            "--manifest dates source files; give it to `factcheck index`, not with --db"
        )
    knowledge = knowledge or Knowledge.from_dirs()
    selection = selection or Selection()
    selection.resolved(knowledge.rules)  # an unknown rule code fails before any reading
    if baseline is not None and not isinstance(baseline, Counter):
        baseline = read_baseline(Path(baseline))
    options = {
        "lang": lang,
        "baseline": baseline,
        "jobs": jobs,
        "progress": progress,
        "selection": selection,
        "stdin": stdin,
        "warn": warn,
    }
    next(iter_inputs(as_path_list(drafts)), None)  # a missing draft fails before the sources
    if db is None:
        assert against is not None
        index = load_sources(against, knowledge, source_lang, jobs, progress, manifest)
        if not index.processed():
            raise _no_sources(as_path_list(against), index)
        return check_paths(drafts, index, knowledge, **options)
    from factcheck.store.reader import StoredSources

    stored = StoredSources.open(db, knowledge)
    try:
        return check_paths(drafts, stored, knowledge, **options)
    finally:
        stored.close()


def _no_sources(paths: list[str | os.PathLike[str]], index: SourceIndex) -> InputError:
    named = ", ".join(str(path) for path in paths) or "(none given)"
    skipped = sum(1 for d in index.statuses(()) if d.status == "skipped")
    suffixes = ", ".join(sorted(TEXT_SUFFIXES))
    reason = f"no readable source file (folders are searched for {suffixes})"
    if skipped:
        reason = f"no readable source file ({skipped} skipped: none could be read)"
    return InputError(named, reason)


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
    document = text_document(name, text, lang)
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
