"""The claims store: index build time and size, and a 2,000-word draft checked against it.

`python -m benchmarks store --corpus DIR --db PATH [--articles N]` generates the
corpus when DIR does not exist (`benchmarks.corpus`, seed 0), builds the store
when PATH does not exist (timed once: the one-off cost), writes a draft of about
2,000 words from English articles of the corpus (restatements, so its figures
meet many source claims), then times, as medians of --repeat runs:

- in process, the check alone: open the store, check the draft, render JSON
  (the rule tables are loaded once, as a long-running service would);
- the same with the rule tables loaded each time;
- the whole command line, `python -m factcheck check DRAFT --db PATH`, in a new
  process each time (Python start-up and imports included);
- `python -m factcheck --version`, the start-up floor of any command.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "benchmarks" / "out" / "store.md"
DRAFT_WORDS = 2000


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks store", description=__doc__)
    parser.add_argument("--corpus", type=Path, required=True, help="corpus (made if missing)")
    parser.add_argument("--db", type=Path, required=True, help="claims store (built if missing)")
    parser.add_argument("--articles", type=int, default=100_000, help="articles to generate")
    parser.add_argument("--jobs", default="auto", help="processes for the index build")
    parser.add_argument("--repeat", type=int, default=5, help="runs per timing (median)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the draft's sample")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="Markdown report")
    return parser  # fmt: skip


def make_draft(corpus: Path, target: Path, seed: int, words: int = DRAFT_WORDS) -> int:
    """English articles of the corpus, sampled with `seed`, joined to ~`words` words."""
    articles = sorted(corpus.rglob("*_en.txt"))
    random.Random(seed).shuffle(articles)
    parts, count = ["# Draft\n"], 0
    for article in articles:
        text = article.read_text(encoding="utf-8").split("\n", 1)[1].strip()  # no date line
        parts.append(text + "\n")
        count += len(text.split())
        if count >= words:
            break
    target.write_text("\n".join(parts), encoding="utf-8")
    return count


def median_seconds(run: Callable[[], object], repeat: int) -> tuple[float, float, float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times), min(times), max(times)


def check_once(draft: Path, db: Path, knowledge: object | None = None) -> str:
    from factcheck.knowledge import Knowledge
    from factcheck.render.check_json import render_json
    from factcheck.runs.checking import check_paths
    from factcheck.store.reader import StoredSources

    knowledge = knowledge or Knowledge.from_dirs()
    sources = StoredSources.open(db, knowledge)
    try:
        return render_json(check_paths([draft], sources, knowledge), show_supported=True)
    finally:
        sources.close()


def command(args: list[str]) -> Callable[[], object]:
    """A timed command line. A check that finds errors exits 1; any other failure (a
    store indexed by other code exits 2 at once) is raised, never timed as a run."""

    def run() -> object:
        done = subprocess.run(
            [sys.executable, "-m", "factcheck", *args],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
        if done.returncode not in (0, 1):
            raise RuntimeError(f"factcheck {' '.join(args)}: {done.stderr.strip()}")
        return done

    return run


def stages(draft: Path, db: Path, repeat: int) -> list[tuple[str, float]]:
    """Where the in-process time goes (medians): opening, candidates, the rest."""
    from factcheck.extraction.batch import iter_documents
    from factcheck.knowledge import Knowledge
    from factcheck.runs.checking import draft_text
    from factcheck.runs.verdicts import _draft_claims
    from factcheck.store.reader import StoredSources

    knowledge = Knowledge.from_dirs()
    document, claims = next(iter(iter_documents([draft])))  # type: ignore[misc]
    text = draft_text(document, claims)
    opened = median_seconds(lambda: StoredSources.open(db, knowledge).close(), repeat)[0]
    sources = StoredSources.open(db, knowledge)
    drafted = _draft_claims(text, sources, knowledge)
    found = median_seconds(lambda: sources.candidates(drafted), repeat)[0]
    count = len(sources.candidates(drafted))
    sources.close()
    looked_up = f"candidates ({count:,} source claims for {len(drafted)} draft claims)"
    return [("open the store (documents, names)", opened), (looked_up, found)]


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from factcheck.knowledge import Knowledge
    from factcheck.store.writer import index_paths

    machine = platform.processor() or platform.machine()
    lines = [f"# Claims store benchmark\n\n{date.today()} · {machine} · nproc {os.cpu_count()}"
             f" · Python {platform.python_version()} · {_commit()}\n"]  # fmt: skip
    if not args.corpus.exists():
        from benchmarks.corpus import generate

        started = time.perf_counter()
        generate(args.corpus, args.articles, 0)
        lines.append(f"- corpus: generated {args.articles:,} articles in "
                     f"{time.perf_counter() - started:.0f} s")  # fmt: skip
    if not args.db.exists():
        started = time.perf_counter()
        summary, _ = index_paths(args.db, [args.corpus], Knowledge.from_dirs(), jobs=args.jobs)
        seconds = time.perf_counter() - started
        lines.append(f"- index build (`--jobs {args.jobs}`): {seconds:.0f} s, "
                     f"{summary.files:,} files, {summary.claims:,} claims")  # fmt: skip
        started = time.perf_counter()
        again, _ = index_paths(args.db, [args.corpus], Knowledge.from_dirs(), jobs=args.jobs)
        lines.append(f"- re-index, nothing changed ({again.unchanged:,} unchanged): "
                     f"{time.perf_counter() - started:.1f} s")  # fmt: skip
    size = sum(p.stat().st_size for p in args.db.parent.glob(args.db.name + "*"))
    lines.append(f"- store size: {size / 2**20:,.1f} MiB ({args.db})")
    draft = args.db.parent / "draft-2000.md"
    words = make_draft(args.corpus, draft, args.seed)
    knowledge = Knowledge.from_dirs()
    output = check_once(draft, args.db, knowledge)  # warm-up, and the figures below
    findings = output.count('"kind": ')
    lines.append(f"- draft: {words:,} words ({draft}); {findings} verdicts with --show-supported\n")
    lines.append("| what | median | min–max |\n|---|---:|---:|")
    timed = [
        ("check in process (tables loaded once)", lambda: check_once(draft, args.db, knowledge)),
        ("check in process (tables loaded each time)", lambda: check_once(draft, args.db)),
        ("`factcheck check DRAFT --db PATH --format json` (new process)",
         command(["check", str(draft), "--db", str(args.db), "--format", "json"])),
        ("`factcheck --version` (start-up floor)", command(["--version"])),
    ]  # fmt: skip
    for name, run in timed:
        mid, low, high = median_seconds(run, args.repeat)
        lines.append(f"| {name} | {mid:.3f} s | {low:.3f}–{high:.3f} s |")
        print(lines[-1], flush=True)
    for name, seconds in stages(draft, args.db, args.repeat):
        lines.append(f"| · {name} | {seconds:.3f} s | |")
    report = "\n".join(lines) + "\n"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report, encoding="utf-8")
    print(report)
    return 0


def _commit() -> str:
    try:
        result = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                                capture_output=True, text=True, check=True)  # fmt: skip
    except (OSError, subprocess.CalledProcessError):
        return "commit unknown"
    return f"commit {result.stdout.strip()}"


if __name__ == "__main__":
    sys.exit(main())
