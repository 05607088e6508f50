"""factcheck: find the numeric claims in news articles (English, German, Dutch, Chinese).

    >>> import factcheck
    >>> [c.value for c in factcheck.extract("Microsoft kaufte fast 500.000 GPUs", lang="de")]
    [500000.0]

`extract` reads one text, `extract_frame` whole files and folders into a pandas
DataFrame, `report` checks the claims of several sources against each other.
Everything heavy (the grammars, pandas, the language detector) is imported on
first use, so `import factcheck` stays cheap for the CLI and tools.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from importlib import import_module
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from factcheck.errors import ConfigError, FactcheckError, InputError
    from factcheck.models import Claim, Document, Skipped
    from factcheck.runs.reporting import Report

try:
    __version__ = version("factcheck")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = [
    "Claim",
    "ConfigError",
    "Document",
    "FactcheckError",
    "InputError",
    "Report",
    "Skipped",
    "__version__",
    "extract",
    "extract_frame",
    "report",
]

# Public names defined elsewhere, resolved on first access (PEP 562) to keep imports light.
_LAZY = {
    "Claim": "factcheck.models",
    "Document": "factcheck.models",
    "Skipped": "factcheck.models",
    "FactcheckError": "factcheck.errors",
    "ConfigError": "factcheck.errors",
    "InputError": "factcheck.errors",
    "Report": "factcheck.runs.reporting",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")


def extract(text: str, lang: str | None = None) -> list[Claim]:
    """Every numeric claim of `text`, in text order.

    `lang` accepts any common spelling ("de", "de-DE", "German"); without it the
    language is detected. An unsupported language raises `ConfigError` rather
    than silently parsing with the wrong numeral grammar. Boilerplate claims are
    kept (flagged `boilerplate=True`): with a bare string there is no page to
    judge, so the caller decides.
    """
    from factcheck.extraction.scanner import extract_text
    from factcheck.load.language import normalise_language

    return extract_text(text, normalise_language(lang) if lang else None)


def extract_frame(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    lang: str | None = None,
    include_boilerplate: bool = False,
    jobs: int | str | None = 1,
) -> pd.DataFrame:
    """The claims of files and folders as a DataFrame, one row per claim.

    Columns are the `Claim` fields in model order with `sentence` split into
    `sentence_start` and `sentence_end` (the CSV columns too). Rows are in file
    order, then by start offset, so two runs give equal frames; an empty result
    still has every column. Files that could not be read are listed in
    `frame.attrs["skipped"]` as {"path", "reason"} dicts, not raised, so one bad
    file does not lose a folder; a missing path raises `InputError`. `jobs` extracts
    on that many processes (0 or "auto": one per CPU) with the same result.
    """
    import pandas as pd

    from factcheck import frames
    from factcheck.extraction.batch import extract_paths

    result = extract_paths(paths, lang=lang, include_boilerplate=include_boilerplate, jobs=jobs)
    columns = frames.CLAIM_COLUMNS
    rows = [frames.claim_row(c) for c in result.claims]
    frame = pd.DataFrame(rows, columns=frames.names(columns)).astype(frames.pandas_dtypes(columns))
    frame.attrs["skipped"] = [s.model_dump() for s in result.skipped]
    return frame


def report(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    lang: str | None = None,
    rules: str | os.PathLike[str] | Iterable[str | os.PathLike[str]] | None = None,
    jobs: int | str | None = 1,
) -> Report:
    """Extract the claims of files and folders, align them across documents and run the
    rules; the result has pandas frames (`claims`, `groups`, `findings`, `documents`)
    and the validated models in `.data` for the renderers in `factcheck.render`.

    `rules` names rule folders (each with `checks/*.yaml`, optionally `entities.yaml`
    and `attributes.yaml`) that replace the shipped rules. The documents' texts are
    kept so renderers can quote each claim's sentence. Unreadable files are listed
    as skipped documents, not raised; a missing path raises `InputError` and a bad
    rule file `RuleFileError`. `jobs` reads the files on that many processes (0 or
    "auto": one per CPU); the report is the same.
    """
    from pathlib import Path

    from factcheck.knowledge import Knowledge
    from factcheck.runs.reporting import Report, build_report

    knowledge = None
    if rules is not None:
        folders = [rules] if isinstance(rules, str | os.PathLike) else list(rules)
        knowledge = Knowledge.from_dirs(Path(folder) for folder in folders)
    return Report(build_report(paths, lang, knowledge, keep_texts=True, jobs=jobs))
