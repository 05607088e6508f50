"""Documentation generated from the rule files: docs/rules.md and the `factcheck rules`
listing. Generated, so that the docs cannot drift from the rules the code runs.

    python -m factcheck.render.docs            # rewrite docs/rules.md
    python -m factcheck.render.docs --check    # exit 1 when it is out of date (CI)

docs/report-schema.md is written by hand: the JSON report's shape changes with
the models, not with the rule files.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from factcheck.ruleset import Rule, default_rules_dir, load_rules, rules_markdown

DOCS_DIR = Path(__file__).resolve().parents[2] / "docs"
RULES_DOC = "rules.md"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")
_SPACES = re.compile(r"\s+")


def first_sentence(text: str) -> str:
    """The description's first sentence, on one line: what a listing has room for."""
    flat = _SPACES.sub(" ", text).strip()
    return _SENTENCE_END.split(flat, maxsplit=1)[0]


LISTING_HEADER = ("rule", "severity", "check", "name", "description")


def rules_listing(rules: Iterable[Rule]) -> str:
    """A header and one aligned line per rule: id, severity, check, name, first sentence."""
    rows = [LISTING_HEADER] + [
        (
            rule.id,
            rule.severity,
            rule.check,
            rule.name + ("" if rule.enabled else " (disabled)"),
            first_sentence(rule.description),
        )
        for rule in sorted(rules, key=lambda r: r.id)
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(LISTING_HEADER) - 1)]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False))
        + "  "
        + row[-1]
        for row in rows
    ]
    return "\n".join(lines) + "\n"


def rules_doc(rules_dirs: Iterable[Path] | None = None) -> str:
    """docs/rules.md for the given rule folders (default: the shipped rules)."""
    return rules_markdown(load_rules(list(rules_dirs or [default_rules_dir()])))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m factcheck.render.docs", description="Regenerate docs/rules.md."
    )
    parser.add_argument("--docs", type=Path, default=DOCS_DIR, help="docs folder to write")
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is outdated")
    args = parser.parse_args(argv)
    target = args.docs / RULES_DOC
    text = rules_doc()
    current = target.read_text(encoding="utf-8") if target.exists() else None
    if args.check:
        if current != text:
            print(f"{target} is out of date: run python -m factcheck.render.docs", file=sys.stderr)
            return 1
        return 0
    if current != text:
        target.write_text(text, encoding="utf-8", newline="\n")
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
