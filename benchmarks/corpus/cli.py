"""`python -m benchmarks corpus OUT --articles N [--seed S] [--statements] [--score]`.

Writes a synthetic corpus (see `benchmarks.corpus.generator`); with --score, also
runs `factcheck.runs.reporting` over it and prints which planted problems were found.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from benchmarks.corpus.generator import generate


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks corpus",
        description="Write a seeded synthetic news corpus (en, de, nl, zh) with planted "
        "problems recorded in OUT/manifest.json.",
    )
    parser.add_argument("out", type=Path, metavar="OUT", help="folder to write (created)")
    parser.add_argument(
        "--articles",
        type=int,
        default=1000,
        metavar="N",
        help="number of articles, 100 to 100000 (default 1000)",
    )
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument(
        "--statements",
        action="store_true",
        help="also write every generated figure to OUT/statements.jsonl",
    )
    parser.add_argument(
        "--score",
        action="store_true",
        help="run factcheck report on the corpus and print the planted problems it found",
    )
    parser.add_argument("--jobs", default="auto", help="processes for --score (default auto)")
    return parser  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.articles < 1:
        raise SystemExit("--articles must be at least 1")
    if args.out.exists() and any(args.out.iterdir()):
        raise SystemExit(f"{args.out} is not empty: give a new folder")
    started = time.perf_counter()
    summary = generate(args.out, args.articles, args.seed, args.statements)
    seconds = time.perf_counter() - started
    print(f"{summary.articles:,} articles, {summary.characters:,} characters, "
          f"{summary.statements:,} figures, planted {dict(summary.problems)} "
          f"in {seconds:.1f} s -> {args.out}")  # fmt: skip
    if args.score:
        print_score(args.out, args.jobs, args.statements)
    return 0


def print_score(folder: Path, jobs: str, statements: bool) -> None:
    from benchmarks.corpus.score import reading, score
    from factcheck.runs.reporting import build_report

    data = build_report([folder], jobs=jobs)
    result = score(data, folder)
    print("\n".join(result.table()))
    unplanted = ", ".join(f"{k} {v}" for k, v in sorted(result.unplanted_findings.items()))
    print(f"findings on no planted claim: {unplanted or 'none'}")
    if statements:
        read = reading(data, folder)
        print(f"figures extracted: {read.extracted:,} of {read.statements:,}; right value "
              f"{read.value:,}, unit {read.unit:,}, subject {read.subject:,}, attribute "
              f"{read.attribute:,}, period {read.time:,}")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
