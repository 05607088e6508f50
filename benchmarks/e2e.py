"""End-to-end timings on generated corpora: `factcheck report` and `factcheck check`
as a user runs them, per-language extraction on the same articles, and
quantulum3 side by side on the English ones.

For each corpus size (articles, generated with `benchmarks.corpus`, cached in
benchmarks/out/corpora/), each scenario is a command line run in a fresh process,
--repeat times; the table gives the median wall time, the slowest and fastest
run, the CPU time of the process and its workers, and the peak resident memory
of the largest process (from wait4, so a pool worker counts as itself). The
--jobs scenarios show the speed-up of the process pool on this machine.

A scenario whose subcommand does not exist (`check`, being written elsewhere)
is skipped with a note, so the harness runs on any version of factcheck.

    python -m benchmarks e2e [--sizes 100,1000,10000] [--repeat 3] [--jobs 1,2]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from benchmarks.corpus import generate
from benchmarks.extraction_report import machine
from benchmarks.extraction_texts import LANGS

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
CORPORA = OUT / "corpora"
DEFAULT_CHECK = "check {draft} --against {corpus}"


@dataclass
class Run:
    wall: float
    cpu: float
    peak_rss: int
    code: int


@dataclass
class Scenario:
    name: str
    articles: int
    command: list[str]
    runs: list[Run] = field(default_factory=list)
    skipped: str = ""

    def median(self, attribute: str) -> float:
        return statistics.median(getattr(r, attribute) for r in self.runs)


# --- corpora -----------------------------------------------------------------------


def corpus(articles: int, seed: int) -> Path:
    """The generated corpus of this size and seed, written once and reused."""
    folder = CORPORA / f"{articles}-seed{seed}"
    if not (folder / "manifest.json").exists():
        shutil.rmtree(folder, ignore_errors=True)
        generate(folder, articles, seed)
    return folder


def articles_of(folder: Path, lang: str) -> Iterator[Path]:
    return iter(sorted(folder.glob(f"*/*_{lang}.txt")))


# --- running commands ----------------------------------------------------------------


def run_command(command: list[str]) -> Run:
    """Run `python -m factcheck ...` to completion: wall time, CPU time of the process
    and its waited-for children, and the largest peak RSS among them."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "factcheck", *command],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    error = process.stderr.read().decode() if process.stderr else ""
    if process.returncode not in (0, 1):
        raise SystemExit(f"factcheck {' '.join(command)} failed:\n{error}")
    peak = usage.ru_maxrss if sys.platform == "darwin" else usage.ru_maxrss * 1024
    return Run(wall, usage.ru_utime + usage.ru_stime, peak, process.returncode)


def has_subcommand(name: str) -> bool:
    done = subprocess.run([sys.executable, "-m", "factcheck", name, "--help"], cwd=ROOT,
                          capture_output=True, text=True)  # fmt: skip
    return done.returncode == 0


def scenarios(folder: Path, articles: int, jobs: list[int], check: str) -> list[Scenario]:
    found = []
    for command, fmt in (("report", "json"), ("extract", "jsonl")):
        for n in jobs:
            line = [command, str(folder), "--format", fmt, "--jobs", str(n), "-q"]
            found.append(Scenario(f"{command} --jobs {n}", articles, line))
    draft = next(articles_of(folder, "en"))
    command = check.format(draft=draft, corpus=folder).split()
    scenario = Scenario("check (one draft)", articles, command)
    if not has_subcommand(command[0]):
        scenario.skipped = f"`factcheck {command[0]}` does not exist in this version"
    found.append(scenario)
    return found


# --- extraction per language, and quantulum3 ----------------------------------------


@dataclass
class LanguageRate:
    lang: str
    files: int
    chars: int
    claims: int
    seconds: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    quantulum_seconds: list[float] = field(default_factory=list)
    quantities: int = 0


def language_rates(folder: Path, repeat: int, with_quantulum: bool) -> list[LanguageRate]:
    """Read-decode-extract per language on one core (`extraction.batch`), after a warm-up."""
    from factcheck.extraction.batch import iter_documents

    rates = []
    for lang in LANGS:
        paths = list(articles_of(folder, lang))
        if not paths:
            continue
        list(iter_documents(paths[:3], lang))  # compile this language's grammar
        rate = LanguageRate(lang, len(paths), 0, 0)
        for _ in range(repeat):
            started, cpu = time.perf_counter(), time.process_time()
            chars = claims = 0
            for document, found in iter_documents(paths, lang):  # type: ignore[misc]
                chars, claims = chars + len(document.text), claims + len(found)
            rate.seconds.append(time.perf_counter() - started)
            rate.cpu.append(time.process_time() - cpu)
            rate.chars, rate.claims = chars, claims
        if lang == "en" and with_quantulum:
            _time_quantulum(rate, paths, repeat)
        rates.append(rate)
    return rates


def _time_quantulum(rate: LanguageRate, paths: list[Path], repeat: int) -> None:
    """quantulum3 (the [bench] extra) on the same English articles, one call each."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError:
        return
    texts = [p.read_text(encoding="utf-8") for p in paths]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parser.parse(texts[0])
        for _ in range(repeat):
            started = time.perf_counter()
            rate.quantities = sum(len(parser.parse(text)) for text in texts)
            rate.quantulum_seconds.append(time.perf_counter() - started)


# --- report --------------------------------------------------------------------------


def _s(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms" if seconds < 1 else f"{seconds:,.2f} s"


def _mib(size: float) -> str:
    return f"{size / 2**20:,.0f} MiB"


def scenario_table(found: list[Scenario]) -> list[str]:
    lines = [
        "| articles | scenario | wall (median) | wall min–max | CPU (median) | peak RSS "
        "| speed-up vs --jobs 1 |",
        "|---:|---|---:|---:|---:|---:|---:|",
    ]
    for s in found:
        if s.skipped:
            lines.append(f"| {s.articles:,} | {s.name} | skipped: {s.skipped} | | | | |")
            continue
        walls = [r.wall for r in s.runs]
        base = next((b for b in found if b.articles == s.articles and b.runs
                     and b.name == s.name.split(" --jobs")[0] + " --jobs 1"), None)  # fmt: skip
        speedup = f"{base.median('wall') / s.median('wall'):.2f}×" if base and base is not s else ""
        lines.append(
            f"| {s.articles:,} | {s.name} | {_s(s.median('wall'))} | {_s(min(walls))}–"
            f"{_s(max(walls))} | {_s(s.median('cpu'))} | {_mib(s.median('peak_rss'))} "
            f"| {speedup} |"
        )
    return lines


def language_table(rates: list[LanguageRate]) -> list[str]:
    lines = [
        "| lang | articles | chars | claims | chars/s (median) | chars per CPU-second | claims/s "
        "| quantulum3 chars/s | factcheck / quantulum3 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rates:
        seconds = statistics.median(r.seconds)
        q = ""
        ratio = ""
        if r.quantulum_seconds:
            q_seconds = statistics.median(r.quantulum_seconds)
            q = f"{r.chars / q_seconds:,.0f} ({r.quantities:,} quantities)"
            ratio = f"{q_seconds / seconds:.1f}×"
        lines.append(
            f"| {r.lang} | {r.files:,} | {r.chars:,} | {r.claims:,} | {r.chars / seconds:,.0f} "
            f"| {r.chars / statistics.median(r.cpu):,.0f} "
            f"| {r.claims / seconds:,.0f} | {q} | {ratio} |"
        )
    return lines


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks e2e", description=__doc__)
    parser.add_argument(
        "--sizes",
        default="100,1000,10000",
        help="corpus sizes in articles, comma-separated (default 100,1000,10000)",
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs per scenario (default 3)")
    parser.add_argument(
        "--jobs",
        default=f"1,{os.cpu_count() or 1}",
        help="--jobs values to time, comma-separated (default 1,CPUs)",
    )
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument(
        "--languages-at",
        type=int,
        default=1000,
        metavar="N",
        help="corpus size for the per-language extraction rates (default 1000; 0 to skip)",
    )
    parser.add_argument(
        "--check", default=DEFAULT_CHECK, help=f"the check command line (default {DEFAULT_CHECK!r})"
    )
    parser.add_argument("--no-quantulum", action="store_true")
    parser.add_argument(
        "--out",
        type=Path,
        default=OUT / "e2e.json",
        help="JSON results for `python -m benchmarks plot`",
    )
    return parser  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    jobs = [int(j) for j in args.jobs.split(",") if j.strip()]
    found: list[Scenario] = []
    for size in sizes:
        folder = corpus(size, args.seed)
        for scenario in scenarios(folder, size, jobs, args.check):
            found.append(scenario)
            if scenario.skipped:
                print(f"{size:,} articles: {scenario.name}: skipped ({scenario.skipped})",
                      file=sys.stderr)  # fmt: skip
                continue
            for _ in range(args.repeat):
                scenario.runs.append(run_command(scenario.command))
            print(f"{size:,} articles: {scenario.name}: {_s(scenario.median('wall'))}",
                  file=sys.stderr, flush=True)  # fmt: skip
    rates: list[LanguageRate] = []
    if args.languages_at:
        rates = language_rates(corpus(args.languages_at, args.seed), args.repeat,
                               not args.no_quantulum)  # fmt: skip
    info = machine()
    text = "\n".join([
        f"{info['date']} · {info['cpu']} · nproc {info['nproc']} · Python {info['python']} "
        f"· commit {info['commit']} · median of {args.repeat} runs · seed {args.seed}",
        "", "### End to end", "", *scenario_table(found),
        "", f"### Extraction per language ({args.languages_at:,} generated articles, one core)",
        "", *language_table(rates),
    ])  # fmt: skip
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    results = {"machine": info, "scenarios": [asdict(s) for s in found],
               "languages": [asdict(r) for r in rates]}  # fmt: skip
    args.out.write_text(json.dumps(results, indent=1), encoding="utf-8")
    (args.out.with_suffix(".md")).write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
