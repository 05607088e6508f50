"""factcheck: find the numeric claims in news articles (English, German, Dutch, Chinese).

    >>> import factcheck
    >>> [c.value for c in factcheck.extract("Microsoft kaufte fast 500.000 GPUs", lang="de")]
    [500000.0]

`extract` reads one text, `extract_frame` whole files and folders into a pandas
DataFrame, `report` checks the claims of several sources against each other and
`check` holds drafts against sources; `load_knowledge` reads rule folders once for
several calls. Everything heavy (the grammars, pandas, the language detector) is
imported on first use, so `import factcheck` stays cheap for the CLI and tools.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from importlib import import_module
from typing import TYPE_CHECKING, Any

from factcheck.version import __version__

if TYPE_CHECKING:
    import pandas as pd

    from factcheck.errors import ConfigError, FactcheckError, InputError, RuleFileError
    from factcheck.knowledge import Knowledge
    from factcheck.load.manifest import Manifest
    from factcheck.models import (
        CheckFinding,
        CheckResult,
        Claim,
        Document,
        DocumentStatus,
        Finding,
        Group,
        ReportClaim,
        ReportData,
        Skipped,
    )
    from factcheck.progress import Progress
    from factcheck.runs.reporting import Check, Report


__all__ = [
    "CheckFinding",
    "CheckResult",
    "Claim",
    "ConfigError",
    "Document",
    "DocumentStatus",
    "FactcheckError",
    "Finding",
    "Group",
    "InputError",
    "Knowledge",
    "Report",
    "ReportClaim",
    "ReportData",
    "RuleFileError",
    "Skipped",
    "__version__",
    "check",
    "extract",
    "extract_frame",
    "load_knowledge",
    "report",
]

# Public names defined elsewhere, resolved on first access (PEP 562) to keep imports light.
_LAZY = {
    **dict.fromkeys(
        (
            "CheckFinding",
            "CheckResult",
            "Claim",
            "Document",
            "DocumentStatus",
            "Finding",
            "Group",
            "ReportClaim",
            "ReportData",
            "Skipped",
        ),
        "factcheck.models",
    ),
    **dict.fromkeys(
        ("FactcheckError", "ConfigError", "InputError", "RuleFileError"), "factcheck.errors"
    ),
    "Knowledge": "factcheck.knowledge",
    "Report": "factcheck.runs.reporting",
}

PathArg = str | os.PathLike[str]
Paths = PathArg | Iterable[PathArg]
RulesArg = PathArg | Iterable[PathArg] | None


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")


def extract(text: str, lang: str | None = None) -> list[Claim]:
    """Every numeric claim of `text`, in text order.

    `lang` accepts any common spelling ("de", "de-DE", "German"); without it the
    language is detected, and when detection is unsure the text is read in every
    candidate language and only the claims all readings agree on are returned
    ("1.500" is 1.5 in English and 1500 in German: better no number than a wrong
    one). An unsupported language raises `ConfigError` rather than silently
    parsing with the wrong numeral grammar. Boilerplate claims are kept (flagged
    `boilerplate=True`): with a bare string there is no page to judge, so the
    caller decides.
    """
    from factcheck.extraction.agreement import agreed_claims
    from factcheck.extraction.scanner import extract_text
    from factcheck.load.language import configured_or_detected

    guess = configured_or_detected(text, lang)
    return agreed_claims([extract_text(text, each) for each in guess.candidates])


def extract_frame(
    paths: Paths | None = None,
    lang: str | None = None,
    include_boilerplate: bool = False,
    jobs: int | str | None = 1,
    *,
    texts: Iterable[tuple[str, str]] = (),
    knowledge: Knowledge | None = None,
) -> pd.DataFrame:
    """The claims of files and folders, and of in-memory `texts` given as (name, text)
    pairs, as a DataFrame, one row per claim.

    Columns are `frames.CLAIM_COLUMNS`: the `Claim` fields in model order with
    `sentence` split into `sentence_start` and `sentence_end` (the CSV columns too).
    `subject` and `attribute` are what each claim is about as its own document says it
    (`knowledge`: the rule tables, the shipped ones by default); names are unified
    across documents, topics given and figures compared only by `report`. `time` is
    the period the claim's clause states, `as_of` the document's date. Rows are in
    file order (paths, then texts), then by start offset, so two runs give equal
    frames; an empty result still has every column. Files that could not be read are
    listed in `frame.attrs["skipped"]` as {"path", "reason"} dicts, not raised, so one
    bad file does not lose a folder; a missing path raises `InputError`. `jobs`
    extracts on that many processes (0 or "auto": one per CPU) with the same result.
    """
    import pandas as pd

    from factcheck import frames
    from factcheck.annotation import annotate_claims
    from factcheck.extraction.batch import extract_loaded, iter_documents
    from factcheck.load.documents import text_document
    from factcheck.models import Skipped

    tables = knowledge or load_knowledge()
    documents: list[tuple[Document, list[Claim]]] = []
    skipped: list[Skipped] = []
    items = iter_documents(paths, lang, include_boilerplate, jobs) if paths is not None else []
    for item in items:
        if isinstance(item, Skipped):
            skipped.append(item)
        else:
            documents.append(item)
    for name, text in texts:
        loaded = extract_loaded(text_document(name, text, lang), include_boilerplate)
        if isinstance(loaded, Skipped):
            skipped.append(loaded)
        else:
            documents.append(loaded)
    columns = frames.CLAIM_COLUMNS
    rows = [
        frames.claim_row(claim)
        for document, claims in documents
        for claim in annotate_claims(document, claims, tables.entities, tables.attributes)
    ]
    frame = pd.DataFrame(rows, columns=frames.names(columns)).astype(frames.pandas_dtypes(columns))
    frame.attrs["skipped"] = [s.model_dump() for s in skipped]
    return frame


def load_knowledge(rules: RulesArg = None) -> Knowledge:
    """Entities, attributes and rules from rule folders (default: the shipped rules).

    Each folder holds `checks/*.yaml` and optionally `entities.yaml` and
    `attributes.yaml`; a bad file raises `RuleFileError` naming its line. Pass the
    result as `knowledge=` to `report` and `check` to read the folders once.
    """
    from factcheck.knowledge import load_knowledge as load

    return load(rules)


def report(
    paths: Paths | None = None,
    lang: str | None = None,
    rules: RulesArg = None,
    jobs: int | str | None = 1,
    *,
    knowledge: Knowledge | None = None,
    db: PathArg | None = None,
    parquet: PathArg | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    progress: Progress | None = None,
    manifest: PathArg | Manifest | None = None,
) -> Report:
    """Extract the claims of files and folders, align them across documents and run the
    rules; the result has pandas frames (`claims`, `groups`, `findings`, `documents`)
    and the validated models in `.data` for the renderers in `factcheck.render`.

    Instead of `paths`, `db` names a claims store (`factcheck index`) and `parquet` a
    claims dataset (`factcheck extract --parquet-out`). `rules` names rule folders
    that replace the shipped rules (or pass `knowledge`). The documents' texts are
    kept so renderers can quote each claim's sentence. Unreadable files are listed
    as skipped documents, not raised; a missing path raises `InputError` and a bad
    rule file `RuleFileError`. `jobs` reads the files on that many processes (0 or
    "auto": one per CPU), `engine="dask"` on a Dask cluster; the report is the same.
    `manifest` is a sources manifest (CSV or JSONL: path,date[,url,outlet,lang]) that
    dates the files it lists.
    """
    from factcheck.runs.reporting import Report, run_report

    data = run_report(
        paths,
        db=db,
        parquet=parquet,
        knowledge=knowledge or load_knowledge(rules),
        lang=lang,
        jobs=jobs,
        engine=engine,
        scheduler=scheduler,
        progress=progress,
        manifest=_manifest(manifest),
    )
    return Report(data)


def check(
    drafts: Paths,
    against: Paths | None = None,
    *,
    db: PathArg | None = None,
    rules: RulesArg = None,
    knowledge: Knowledge | None = None,
    lang: str | None = None,
    source_lang: str | None = None,
    baseline: PathArg | Counter[str] | None = None,
    jobs: int | str | None = 1,
    progress: Progress | None = None,
    manifest: PathArg | Manifest | None = None,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    exclude: Iterable[str] = (),
    per_file_ignores: dict[str, Iterable[str]] | None = None,
) -> Check:
    """Hold every number of the drafts against the sources: files and folders
    (`against`) or a claims store (`db`), one of the two.

    Each draft number gets a verdict (supported, a conflict found by a rule, or
    unsupported); `lang` forces the drafts' language and `source_lang` the sources'.
    Inline `factcheck: ignore` comments and `factcheck: off`/`on` blocks are
    honoured (a comment naming an unknown rule, or silencing nothing, is a
    `CheckWarning`), and findings recorded in `baseline` (a file written by
    `factcheck check --write-baseline`) are left out. `select`/`ignore` choose the
    rules reported (ids or names, any case), `exclude` skips drafts by glob and
    `per_file_ignores` maps a glob to rules not reported there; globs are relative
    to the working directory. The result has pandas frames (`findings`, `supported`,
    `documents`) and the validated `CheckResult` in `.data`; `result.exit_code(fail_on)`
    is what the command line exits with. `manifest` dates the source files it lists
    (see `report`).
    """
    from factcheck.runs.checking import run_check
    from factcheck.runs.reporting import Check
    from factcheck.runs.suppressions import Selection

    selection = Selection(
        select=tuple(select),
        ignore=tuple(ignore),
        exclude=tuple(exclude),
        per_file_ignores={glob: tuple(ids) for glob, ids in (per_file_ignores or {}).items()},
    )
    result = run_check(
        drafts,
        against,
        db=db,
        knowledge=knowledge or load_knowledge(rules),
        lang=lang,
        source_lang=source_lang,
        baseline=baseline,
        jobs=jobs,
        progress=progress,
        manifest=_manifest(manifest),
        selection=selection,
    )
    return Check(result)


def _manifest(given: PathArg | Manifest | None) -> Manifest | None:
    from factcheck.load.manifest import Manifest, read_manifest

    return given if given is None or isinstance(given, Manifest) else read_manifest(given)
