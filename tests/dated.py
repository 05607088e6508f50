"""A draft checked against sources of given publication dates, as Markdown files
with front matter: what the tests of confirmations and periods share."""

from __future__ import annotations

import tempfile
from pathlib import Path

from factcheck.knowledge import Knowledge
from factcheck.models import CheckResult
from factcheck.runs.checking import check_paths


def check_dated(
    draft: tuple[str, str], *sources: tuple[str, str, str], knowledge: Knowledge | None = None
) -> CheckResult:
    """A check of a Markdown draft (text, lang) against Markdown sources (text, lang,
    publication date), with the shipped rules unless `knowledge` is given."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for i, (text, lang, published) in enumerate(sources):
            front = f"---\ndate: {published}\nlang: {lang}\n---\n"
            (root / f"s{i}.md").write_text(front + text, encoding="utf-8")
        (root / "draft.md").write_text(f"---\nlang: {draft[1]}\n---\n{draft[0]}", "utf-8")
        paths = [root / f"s{i}.md" for i in range(len(sources))]
        return check_paths([root / "draft.md"], paths, knowledge)
