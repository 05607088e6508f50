"""The README shows `factcheck report seeds/ --format markdown`; it must be today's output
(headings are demoted there to sit under the README's own)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
SUMMARY = "<details><summary><code>factcheck report seeds/ --format markdown</code></summary>"


def _levelled(markdown: str) -> list[str]:
    return [re.sub(r"^#+ ", "# ", line) for line in markdown.splitlines() if line.strip()]


def test_the_readme_report_on_the_seeds_is_current(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index(SUMMARY) + len(SUMMARY)
    shown = readme[start : readme.index("</details>", start)]
    monkeypatch.chdir(ROOT)
    main(["report", "seeds/", "--format", "markdown"])
    assert _levelled(shown) == _levelled(capsys.readouterr().out)
