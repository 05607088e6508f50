"""Alignment and rule checking at scale: `align_claims` + `run_rules` on synthetic claims.

No text is extracted: the claims are built directly as `ReportClaim` objects with
the shape a large news corpus gives them, so the figures isolate the
cross-document part of a report (`factcheck.runs.reporting.checked_report`).

The corpus (`benchmarks.alignment_claims`) is a set of facts, each restated by one
to a dozen documents in the words sources use (rounded, hedged, bounded); about one
fact in eight has a planted problem for each of the checks to find.

Each size is timed as the median of --repeat runs of three stages: alignment
(`align_claims`), blocking (`CheckContext`, which the checks share) and the
rules (`run_rules` with the shipped rules). Peak memory is the tracemalloc
peak of one more run of the three stages (traced separately, as tracing slows
the code down), i.e. what checking adds on top of the claims themselves.

    python -m benchmarks alignment [--max 1000000] [--repeat 3] [--out FILE]
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import platform
import resource
import statistics
import sys
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks.alignment_claims import PROBLEMS, build_corpus
from factcheck.align import align_claims
from factcheck.checks.context import CheckContext, Setup
from factcheck.checks.runner import paused_gc, run_rules
from factcheck.knowledge import Knowledge
from factcheck.models import Finding, Group, ReportClaim

ROOT = Path(__file__).resolve().parent.parent
SIZES: tuple[int, ...] = (1_000, 10_000, 100_000, 1_000_000)


# --- timing ----------------------------------------------------------------------


@dataclass
class Stages:
    align: float
    block: float
    rules: float
    cpu: float = 0.0  # CPU seconds of the three stages: less noisy than wall on a shared machine

    @property
    def total(self) -> float:
        return self.align + self.block + self.rules


def check(
    claims: list[ReportClaim], knowledge: Knowledge
) -> tuple[Stages, list[Group], list[Finding]]:
    """What `factcheck.runs.reporting.checked_report` does, stage by stage."""
    with paused_gc():
        cpu = time.process_time()
        started = time.perf_counter()
        groups = align_claims(claims)
        aligned = time.perf_counter()
        group_of = {claim_id: g.id for g in groups for claim_id in g.claim_ids}
        context = CheckContext({c.id: c for c in claims}, group_of, Setup.of(knowledge))
        blocked = time.perf_counter()
        findings = run_rules(knowledge.rules, context)
        done = time.perf_counter()
    stages = Stages(aligned - started, blocked - aligned, done - blocked, time.process_time() - cpu)
    return stages, groups, findings


def peak_memory(claims: list[ReportClaim], knowledge: Knowledge) -> int:
    """tracemalloc peak of one checking run, in bytes, above what was allocated before."""
    gc.collect()
    tracemalloc.start()
    try:
        base, _ = tracemalloc.get_traced_memory()
        check(claims, knowledge)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak - base


@dataclass
class Row:
    size: int
    documents: int
    facts: int
    groups: int
    findings: Counter[tuple[str, bool]]
    planted: Counter[str]
    runs: list[Stages]
    peak: int
    rss: int = 0  # process peak RSS after this size (sizes only grow, so it is this one's)
    total_findings: int = 0

    def median(self, stage: str) -> float:
        return statistics.median(getattr(s, stage) for s in self.runs)


def measure(size: int, repeat: int, seed: int, knowledge: Knowledge, memory: bool) -> Row:
    corpus = build_corpus(size, seed)
    by_id = {c.id: c for c in corpus.claims}
    runs: list[Stages] = []
    groups: list[Group] = []
    findings: list[Finding] = []
    for _ in range(repeat):
        groups, findings = [], []  # drop the last run's results: RSS is one run's peak
        gc.collect()
        stages, groups, findings = check(corpus.claims, knowledge)
        runs.append(stages)
    peak = peak_memory(corpus.claims, knowledge) if memory else 0
    return Row(
        size=len(corpus.claims),
        documents=corpus.documents,
        facts=corpus.facts,
        groups=len(groups),
        findings=Counter((f.kind, _on_planted(f, by_id)) for f in findings),
        planted=corpus.planted,
        runs=runs,
        peak=peak,
        rss=peak_rss(),
        total_findings=len(findings),
    )


def peak_rss() -> int:
    """ru_maxrss in bytes (KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def rows_json(rows: list[Row]) -> list[dict[str, Any]]:
    """The medians per size, for `python -m benchmarks plot`."""
    return [
        {"claims": r.size, "documents": r.documents, "groups": r.groups,
         "findings": r.total_findings, "align": r.median("align"), "block": r.median("block"),
         "rules": r.median("rules"), "total": r.median("total"), "cpu": r.median("cpu"),
         "total_min": min(s.total for s in r.runs), "total_max": max(s.total for s in r.runs),
         "traced_peak": r.peak, "rss": r.rss}
        for r in rows
    ]  # fmt: skip


def _on_planted(finding: Finding, by_id: dict[str, ReportClaim]) -> bool:
    return any(by_id[i].text.startswith("planted") for i in finding.claim_ids)


# --- report ------------------------------------------------------------------------


def _seconds(value: float) -> str:
    return f"{value * 1000:,.1f} ms" if value < 1 else f"{value:,.2f} s"


def _growth(rows: list[Row], index: int, value: Callable[[Row], float]) -> str:
    if index == 0:
        return "–"
    previous, current = rows[index - 1], rows[index]
    if value(previous) <= 0:
        return "–"
    per_tenfold = (value(current) / value(previous)) ** (
        1 / max(1e-9, math.log10(current.size / previous.size))
    )
    return f"{per_tenfold:.1f}×"


KIND_ORDER = tuple(PROBLEMS)
SHORT = {
    "value-conflict": "value",
    "scale-error": "scale",
    "unit-mismatch": "unit",
    "attribution-conflict": "attribution",
    "time-conflict": "time",
}


def table(rows: list[Row]) -> list[str]:
    lines = [
        "| claims | documents | groups | align | block | rules | total (median) "
        "| total min–max | CPU (median) | growth per 10× | µs/claim | findings | traced peak "
        "| memory growth per 10× | process peak RSS |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for i, r in enumerate(rows):
        totals = [s.total for s in r.runs]
        lines.append(
            f"| {r.size:,} | {r.documents:,} | {r.groups:,} | {_seconds(r.median('align'))} "
            f"| {_seconds(r.median('block'))} | {_seconds(r.median('rules'))} "
            f"| {_seconds(r.median('total'))} | {_seconds(min(totals))}–{_seconds(max(totals))} "
            f"| {_seconds(r.median('cpu'))} "
            f"| {_growth(rows, i, lambda row: row.median('total'))} "
            f"| {r.median('total') / r.size * 1e6:.1f} | {r.total_findings:,} "
            f"| {f'{r.peak / 2**20:,.1f} MiB' if r.peak else '–'} "
            f"| {_growth(rows, i, lambda row: row.peak)} "
            f"| {r.rss / 2**20:,.0f} MiB |"
        )
    return lines


def findings_table(rows: list[Row]) -> list[str]:
    """Planted problems and findings per kind: the workload exercises every check, and
    the findings that involve no planted claim show what the checks add by chance."""
    head = " | ".join(f"{SHORT[k]}: planted / found on planted / other" for k in KIND_ORDER)
    lines = [f"| claims | {head} |", "|---:|" + "---:|" * len(KIND_ORDER)]
    for r in rows:
        cells = " | ".join(
            f"{r.planted[k]:,} / {r.findings[(k, True)]:,} / {r.findings[(k, False)]:,}"
            for k in KIND_ORDER
        )
        lines.append(f"| {r.size:,} | {cells} |")
    return lines


def markdown(rows: list[Row], repeat: int, seed: int) -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return "\n".join(
        [
            "## Alignment + rules on synthetic claims",
            "",
            f"{date.today().isoformat()} · {cpu} · nproc {os.cpu_count()} · Python "
            f"{platform.python_version()} · median of {repeat} runs · seed {seed}",
            "",
            *table(rows),
            "",
            "Planted problems and findings per check (a finding on a planted claim may "
            "be another check's: a figure x1000 also differs in value):",
            "",
            *findings_table(rows),
        ]
    )


# --- command line ------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks alignment",
        description="Time align_claims + run_rules on synthetic claims at growing sizes.",
    )
    parser.add_argument(
        "--max",
        type=int,
        default=100_000,
        metavar="N",
        help="largest size: 1000, 10000, ... up to N (default 100000; "
        "1000000 adds the million-claim run)",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        metavar="N",
        help="timed runs per size; medians are reported (default 3)",
    )
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument(
        "--no-memory", action="store_true", help="skip the traced run that measures peak memory"
    )
    parser.add_argument("--out", type=Path, help="also write the Markdown table to this file")
    parser.add_argument(
        "--json",
        type=Path,
        default=ROOT / "benchmarks" / "out" / "alignment.json",
        help="medians per size as JSON, for `python -m benchmarks plot` "
        "(default benchmarks/out/alignment.json)",
    )
    return parser  # fmt: skip


def iter_sizes(largest: int) -> Iterator[int]:
    for size in SIZES:
        if size <= largest:
            yield size


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.repeat < 1:
        raise SystemExit("--repeat must be at least 1")
    knowledge = Knowledge.from_dirs()
    check(build_corpus(200, args.seed).claims, knowledge)  # warm caches (units, pint)
    rows = []
    for size in iter_sizes(args.max):
        rows.append(measure(size, args.repeat, args.seed, knowledge, not args.no_memory))
        print(f"{size:,} claims done", file=sys.stderr, flush=True)
    text = markdown(rows, args.repeat, args.seed)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(rows_json(rows), indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
