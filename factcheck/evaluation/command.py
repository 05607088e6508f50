"""`factcheck evaluate` (and `python -m factcheck.evaluation.command`): score the
extractor and print the tables."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from factcheck.errors import FactcheckError, InputError
from factcheck.evaluation.alignment import (
    ALIGNMENT_COLUMNS,
    DEFAULT_DRAFTS,
    alignment_rows,
    evaluate_alignment,
    evaluate_drafts,
)
from factcheck.evaluation.peer import DEFAULT_CASES, Extractor, evaluate, load_cases
from factcheck.evaluation.real import COLUMNS as REAL_COLUMNS
from factcheck.evaluation.real import (
    DEFAULT_REAL,
    evaluate_corpus,
    miss_summary,
    table_rows,
    totals,
    validate,
)
from factcheck.evaluation.summary import (
    format_misses,
    format_table,
    misses,
    render,
    summarize,
)
from factcheck.models import LANGUAGES


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factcheck evaluate",
        description="Accuracy of factcheck on the peer cases, or with --real on the "
        "real-article corpus.",
    )
    parser.add_argument(
        "--real",
        nargs="?",
        type=Path,
        const=DEFAULT_REAL,
        metavar="DIR",
        help="score extraction on the real-article corpus (default folder: corpus/real)",
    )
    parser.add_argument(
        "--alignment",
        nargs="?",
        type=Path,
        const=DEFAULT_REAL,
        metavar="DIR",
        help="score report findings and draft checks on the real corpus's gold alignment "
        "(story.yaml per story; drafts from --drafts)",
    )
    parser.add_argument(
        "--drafts", type=Path, default=DEFAULT_DRAFTS, metavar="DIR", help="drafts folder"
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
    if args.real is not None:
        return run_real(args)
    if args.alignment is not None:
        return run_alignment(args)
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


def _validated(corpus: Path) -> Path:
    """The corpus folder, once every annotation matches its text (else an input error
    naming the first bad file and line)."""
    if not corpus.is_dir():
        raise InputError(str(corpus), "no such corpus folder")
    problems = validate(corpus)
    if problems:
        raise InputError(problems[0], f"the corpus does not validate ({len(problems)} problems)")
    return corpus


def run_real(args: argparse.Namespace) -> str:
    """The real-article corpus: validated first (a bad annotation is an input error
    naming its file and line), then scored per language."""
    corpus = _validated(args.real)
    evaluation = evaluate_corpus(corpus)
    if args.json:
        payload = {
            "rows": [
                {"lang": s.lang, **vars(s), **s.rates}
                for s in [*evaluation.scores.values(), totals(evaluation.scores)]
            ],
            "misses": [asdict(m) for m in evaluation.misses],
        }
        return json.dumps(payload, ensure_ascii=False, indent=2)
    parts = [render(list(REAL_COLUMNS), list(table_rows(evaluation)), args.markdown)]
    if args.misses:
        parts.append("")
        for category, count in miss_summary(evaluation.misses):
            parts.append(f"{category}: {count}")
            shown = [m for m in evaluation.misses if m.category == category][: args.misses]
            parts += [f"  {m.file}: {m.gold} -> {m.found}" for m in shown]
    return "\n".join(parts)


def run_alignment(args: argparse.Namespace) -> str:
    """Findings and draft verdicts against the corpus's known conflicts and look-alikes."""
    corpus = _validated(args.alignment)
    report = evaluate_alignment(corpus)
    drafts = evaluate_drafts(args.drafts, corpus) if args.drafts.is_dir() else None
    rows = alignment_rows(report, drafts)
    if args.json:
        payload = {
            "rows": [dict(zip(ALIGNMENT_COLUMNS, row, strict=True)) for row in rows],
            "unreviewed": report.unreviewed,
            "missed": [pair.model_dump() for pair in report.missed],
            "draft_misses": drafts.misses if drafts else [],
        }
        return json.dumps(payload, ensure_ascii=False, indent=2)
    parts = [render(list(ALIGNMENT_COLUMNS), rows, args.markdown)]
    if args.misses:
        parts.append("\nunreviewed findings:")
        parts += [f"  {held}" for held in report.unreviewed[: args.misses]]
        parts.append("missed conflicts:")
        parts += [
            f"  {p.a.file}#{p.a.id} ~ {p.b.file}#{p.b.id} ({p.kind})"
            for p in report.missed[: args.misses]
        ]
        if drafts:
            parts.append("drafts:")
            parts += [f"  {line}" for line in drafts.misses[: args.misses]]
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
