"""`factcheck evaluate` (and `python -m factcheck.evaluation.command`): score the
extractor and print the tables."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from factcheck.errors import FactcheckError, InputError
from factcheck.evaluation.peer import DEFAULT_CASES, Extractor, evaluate, load_cases
from factcheck.evaluation.summary import (
    format_misses,
    format_table,
    misses,
    summarize,
)
from factcheck.models import LANGUAGES


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factcheck evaluate",
        description="Value recall and precision of factcheck on the peer cases.",
    )
    parser.add_argument("--cases", type=Path, default=DEFAULT_CASES, help="peer-cases folder")
    parser.add_argument("--by-model", action="store_true", help="one row per suite and model")
    parser.add_argument("--markdown", action="store_true", help="Markdown tables")
    parser.add_argument(
        "--misses", type=int, default=0, metavar="N", help="N examples per miss kind"
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="only this language")
    parser.add_argument("--json", action="store_true", help="summary and misses as JSON")
    return parser


def run(args: argparse.Namespace, extract: Extractor | None = None) -> str:
    """Load, score and format according to parsed arguments; the text to print."""
    if not args.cases.is_dir():
        raise InputError(str(args.cases), "no peer-cases folder (pass --cases DIR)")
    cases = [c for c in load_cases(args.cases) if args.lang in (None, c.lang)]
    if not cases:
        raise InputError(str(args.cases), "no peer cases found")
    results = evaluate(cases, extract)
    summary, found = summarize(results), misses(results)
    if args.json:
        payload = {
            "rows": [row.as_dict() for row in summary],
            "misses": [asdict(m) for m in found],
        }
        return json.dumps(payload, ensure_ascii=False, indent=2)
    parts = [format_table(summary, args.markdown, args.by_model)]
    errors = [r for r in results if r.error]
    if errors:
        parts.append(f"\n{len(errors)} cases raised in the extractor; first: {errors[0].error}")
    if args.misses:
        parts.append("\n" + format_misses(found, args.misses, args.markdown))
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    """`python -m factcheck.evaluation.peer`: print the tables; 0, or 2 on a user error."""
    args = build_parser().parse_args(argv)
    try:
        print(run(args))
    except FactcheckError as exc:
        print(f"factcheck evaluate: {exc}", file=sys.stderr)
        return exc.exit_code
    return 0


if __name__ == "__main__":
    sys.exit(main())
