"""Extraction throughput (characters/s, claims/s) per language, and peak memory.

Three corpora, each timed per language:

(a) the seed articles in seeds/ (real news prose, few numbers per sentence);
(b) the peer-case inputs in tests/data/peer-cases (short, number-dense phrases
    from other extractors' test suites), joined into one text per language;
(c) a synthetic corpus shuffled from (a) and (b) with a fixed seed, written as
    ~50 KB articles into a temporary folder and streamed through
    `factcheck.extraction.batch` (the path the CLI takes: read, decode, extract).

Every figure is the median of --repeat runs after a warm-up (the grammars
compile once per process, and a first run would time that instead of the
scan), with the min-max spread so a noisy machine is visible. Everything runs
in one process on one thread: the figures are per core.

Memory is measured separately, one child process per corpus size (10 MB and
100 MB by default, all four languages together), because `ru_maxrss` is a
high-water mark of the whole process: a fresh process per size is the only way
to show the peak does not grow with the input when claims are streamed.

The texts are read and written by `benchmarks.extraction_texts`, the report is
formatted by `benchmarks.extraction_report`.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.extraction_report import machine, report, stages_section
from benchmarks.extraction_texts import (
    LANGS,
    ROOT,
    paragraph_pool,
    peer_inputs,
    seed_texts,
    write_corpus,
)
from factcheck.extraction.scanner import extract_text

DEFAULT_OUT = ROOT / "benchmarks" / "out" / "extraction.md"
MB = 1_000_000


# --- measuring -----------------------------------------------------------------


@dataclass
class Measure:
    """One corpus of one language, timed `len(seconds)` times."""

    corpus: str
    lang: str
    files: int
    chars: int
    claims: int
    seconds: list[float] = field(default_factory=list)
    cpu_seconds: list[float] = field(default_factory=list)

    def rate(self, amount: int, pick: Callable[[list[float]], float]) -> float:
        """Amount per second for the run `pick` chooses (median of times, min, max)."""
        seconds = pick(self.seconds)
        return amount / seconds if seconds > 0 else float("inf")

    @property
    def chars_per_s(self) -> float:
        return self.rate(self.chars, statistics.median)

    @property
    def chars_per_cpu_s(self) -> float:
        """Characters per second of this process's CPU time (median run): on a
        machine shared with other jobs, wall-clock time also counts the waiting."""
        seconds = statistics.median(self.cpu_seconds) if self.cpu_seconds else 0.0
        return self.chars / seconds if seconds > 0 else float("inf")

    @property
    def claims_per_s(self) -> float:
        return self.rate(self.claims, statistics.median)

    @property
    def spread(self) -> tuple[float, float]:
        """Slowest and fastest run, in characters per second."""
        return self.rate(self.chars, max), self.rate(self.chars, min)


def time_texts(corpus: str, lang: str, texts: list[str], repeat: int) -> Measure:
    """Time `extract_text` over in-memory texts: the scan alone, no file reading."""
    measure = Measure(corpus, lang, len(texts), sum(map(len, texts)), 0)
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        claims = sum(len(extract_text(text, lang)) for text in texts)
        measure.seconds.append(time.perf_counter() - start)
        measure.cpu_seconds.append(time.process_time() - cpu)
        measure.claims = claims
    return measure


def stream_folder(directory: Path, lang: str) -> tuple[int, int, int]:
    """(files, characters, claims) of a folder, streamed: nothing is kept per file.

    Goes through `factcheck.extraction.batch` (reading, decoding, extraction: what the
    CLI does) when it exists, else reads each file and calls `extract_text`.
    """
    files = chars = claims = 0
    try:
        from factcheck.extraction.batch import iter_documents
    except ImportError:
        for path in sorted(directory.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            files, chars = files + 1, chars + len(text)
            claims += len(extract_text(text, lang))
        return files, chars, claims
    for item in iter_documents([directory], lang, include_boilerplate=True):
        if isinstance(item, tuple):
            document, found = item
            files, chars, claims = files + 1, chars + len(document.text), claims + len(found)
    return files, chars, claims


def pipeline_name() -> str:
    """How the synthetic corpus is streamed, for the report."""
    try:
        import factcheck.extraction.batch  # noqa: F401
    except ImportError:
        return "extract_text per file (factcheck.extraction.batch not found)"
    return "factcheck.extraction.batch.iter_documents"


def time_folder(corpus: str, lang: str, directory: Path, repeat: int) -> Measure:
    measure = Measure(corpus, lang, 0, 0, 0)
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        measure.files, measure.chars, measure.claims = stream_folder(directory, lang)
        measure.seconds.append(time.perf_counter() - start)
        measure.cpu_seconds.append(time.process_time() - cpu)
    return measure


def warm_up(texts: dict[str, list[str]]) -> None:
    """Compile every grammar and fill the caches before anything is timed."""
    for lang in LANGS:
        extract_text("Revenue rose 3.5% to $1,234 million, about 20 to 30 units.", lang)
        for text in texts.get(lang, [])[:2]:
            extract_text(text, lang)


def peak_rss_bytes() -> int:
    """This process's peak resident set size (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


# --- where the time goes -----------------------------------------------------------


@dataclass
class Stages:
    """One joined peer-case text split into what its extraction costs (CPU seconds,
    the fastest of `repeat` runs each): the per-text passes, the candidate scan, and
    building the `Claim` models. `rest` is reading numerals and growing them into
    claims (units, hedges, bounds, ranges, time). The ceiling is the throughput if
    building the claims were the only cost."""

    lang: str
    chars: int
    claims: int
    total: float
    prepare: float
    candidates: float
    build: float

    @property
    def rest(self) -> float:
        return max(0.0, self.total - self.prepare - self.candidates - self.build)

    @property
    def ceiling(self) -> float:
        return self.chars / self.build if self.build > 0 else float("inf")


def _fastest(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return min(times)


def stage_times(lang: str, text: str, repeat: int) -> Stages:
    """Time each stage of extracting `text` on its own (see `Stages`)."""
    from factcheck.extraction.grammar import grammar
    from factcheck.extraction.scanner import _prepare
    from factcheck.models import Claim

    claims = extract_text(text, lang)
    fields = [claim.model_dump() for claim in claims]
    work = _prepare(text, lang).work
    start = grammar(lang).start
    return Stages(
        lang=lang,
        chars=len(text),
        claims=len(claims),
        total=_fastest(lambda: extract_text(text, lang), repeat),
        prepare=_fastest(lambda: _prepare(text, lang), repeat),
        candidates=_fastest(lambda: sum(1 for _ in start.finditer(work)), repeat),
        build=_fastest(lambda: [Claim(**f) for f in fields], repeat),
    )


# --- memory: one child process per size ----------------------------------------


def memory_child(total_mb: float, seed: int) -> dict[str, float]:
    """Generate `total_mb` of synthetic articles (split over the languages) and stream
    them; report the RSS before generating anything and the peak afterwards."""
    seeds, peers = seed_texts(), peer_inputs()
    warm_up(seeds)
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-warm-") as warm:
        (Path(warm) / "warm.txt").write_text("Es waren 5 Mio. Euro.", encoding="utf-8")
        stream_folder(Path(warm), "de")  # imports the pipeline and the decoder
    baseline = peak_rss_bytes()
    per_lang = int(total_mb * MB / len(LANGS))
    files = chars = claims = 0
    seconds = 0.0
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-mem-") as tmp:
        for lang in LANGS:
            pool = paragraph_pool(seeds.get(lang, []), peers.get(lang, []))
            folder = Path(tmp) / lang
            write_corpus(folder, lang, pool, per_lang, seed)
            start = time.perf_counter()
            f, c, n = stream_folder(folder, lang)
            seconds += time.perf_counter() - start
            files, chars, claims = files + f, chars + c, claims + n
            _remove_tree(folder)  # keep the disk footprint to one language at a time
    return {
        "total_mb": total_mb,
        "files": files,
        "chars": chars,
        "claims": claims,
        "seconds": seconds,
        "baseline_rss": baseline,
        "peak_rss": peak_rss_bytes(),
    }


def _remove_tree(path: Path) -> None:
    for child in path.iterdir():
        child.unlink()
    path.rmdir()


def measure_memory(total_mb: float, seed: int) -> dict[str, float]:
    """Run `memory_child` in a fresh interpreter and read its JSON answer."""
    command = [sys.executable, "-m", "benchmarks", "extraction",
               "--memory-child", str(total_mb), "--seed", str(seed)]  # fmt: skip
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- comparison -----------------------------------------------------------------


def quantulum_comparison(inputs: list[str], repeat: int) -> dict[str, float] | None:
    """Throughput of quantulum3 on the English peer-case inputs, if it is installed.

    quantulum3 is no dependency (an optional extra for this comparison only);
    without it the report leaves the section out. It is timed one call per
    input, the way it is meant to be used, and once on the inputs joined into
    one text, because its time grows faster than linearly with the text length.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError:
        return None
    chars = sum(map(len, inputs))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parser.parse("It weighs 3 kg and costs $5.")
        seconds, found = [], 0
        for _ in range(repeat):
            start = time.perf_counter()
            found = sum(len(parser.parse(text)) for text in inputs)
            seconds.append(time.perf_counter() - start)
        joined = "\n\n".join(inputs)
        start = time.perf_counter()
        joined_found = len(parser.parse(joined))
        joined_seconds = time.perf_counter() - start
    return {
        "chars": chars,
        "quantities": found,
        "chars_per_s": chars / statistics.median(seconds),
        "min": chars / max(seconds),
        "max": chars / min(seconds),
        "joined_chars": len(joined),
        "joined_quantities": joined_found,
        "joined_chars_per_s": len(joined) / joined_seconds,
    }


# --- command line ---------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks extraction",
        description="Extraction throughput per language and peak memory at two corpus sizes.",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=5,
        metavar="N",
        help="timed runs per measurement; medians are reported (default 5)",
    )
    parser.add_argument(
        "--size-mb",
        type=float,
        default=2.0,
        metavar="M",
        help="synthetic corpus per language for throughput, in MB (default 2)",
    )
    parser.add_argument(
        "--memory-mb",
        default="10,100",
        metavar="A,B",
        help="total synthetic sizes for the memory runs, comma-separated; "
        "empty to skip (default 10,100)",
    )
    parser.add_argument("--seed", type=int, default=0, help="shuffle seed (default 0)")
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help=f"Markdown report (default {DEFAULT_OUT.relative_to(ROOT)})",
    )
    parser.add_argument(
        "--no-quantulum",
        action="store_true",
        help="skip the quantulum3 comparison even if it is installed",
    )
    parser.add_argument(
        "--stages-only",
        action="store_true",
        help="only the stage-by-stage split of the peer cases (a few seconds)",
    )
    parser.add_argument("--memory-child", type=float, help=argparse.SUPPRESS)
    return parser  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.memory_child is not None:
        print(json.dumps(memory_child(args.memory_child, args.seed)))
        return 0
    if args.repeat < 1:
        raise SystemExit("--repeat must be at least 1")
    seeds, peers = seed_texts(), peer_inputs()
    warm_up(seeds)
    stages = [stage_times(lang, "\n\n".join(peers[lang]), max(args.repeat, 5))
              for lang in LANGS if peers.get(lang)]  # fmt: skip
    if args.stages_only:
        print("\n".join(stages_section(stages)))
        return 0
    measures: list[Measure] = []
    for lang in LANGS:
        if seeds.get(lang):
            measures.append(time_texts("seeds", lang, seeds[lang], args.repeat))
    english: Measure | None = None
    for lang in LANGS:
        if peers.get(lang):
            measures.append(time_texts("peer cases", lang, ["\n\n".join(peers[lang])], args.repeat))
            english = measures[-1] if lang == "en" else english
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        for lang in LANGS:
            folder = Path(tmp) / lang
            pool = paragraph_pool(seeds.get(lang, []), peers.get(lang, []))
            write_corpus(folder, lang, pool, int(args.size_mb * MB), args.seed)
            stream_folder(folder, lang)  # warm the page cache and the decoder
            measures.append(
                time_folder(f"synthetic {args.size_mb:g} MB", lang, folder, args.repeat)
            )
    memory = [measure_memory(float(size), args.seed)
              for size in args.memory_mb.split(",") if size.strip()]  # fmt: skip
    quantulum, per_input = None, None
    if english is not None and not args.no_quantulum:
        quantulum = quantulum_comparison(peers["en"], args.repeat)
        if quantulum is not None:
            per_input = time_texts("peer cases, per input", "en", peers["en"], args.repeat)
    settings = {"repeat": str(args.repeat), "synthetic": f"{args.size_mb:g} MB per language",
                "seed": str(args.seed), "streaming": pipeline_name()}  # fmt: skip
    text = report(machine(), settings, measures, memory, quantulum, english, per_input, stages)
    print(text, end="")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"\nwritten to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
