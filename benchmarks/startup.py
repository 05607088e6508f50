"""Start-up: a one-page draft checked against `seeds/`, as an editor runs it.

`python -m benchmarks startup [--repeat 7]` times, as medians of --repeat runs:

- the whole command, `python -m factcheck check DRAFT --against seeds/`, in a new
  process each time (interpreter, imports, rule tables, grammars, the check), with
  the start-up cache (compiled patterns, built tables) off, and with it filled by an
  earlier run (what an editor's second check costs; `lexicon/regexcache.py`,
  `lexicon/keptbuilds.py`);
- `python -m factcheck --version`, the floor of any command;
- in one fresh process per run, the stages of that check: imports, the rule
  tables (entities, attributes, rules), and the per-language tables (grammar,
  unit words) that the first document of each language compiles.

The draft is the README's example plus a paragraph in each language, so every
language's tables are built, as they are for a real check against `seeds/`.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from factcheck.lexicon.regexcache import CACHE_ENV

ROOT = Path(__file__).resolve().parent.parent
DRAFT = """# Draft

Microsoft's MAI-1 model, presented earlier this year, has 50 billion parameters.
Microsoft kaufte 2024 fast 500.000 GPUs von Nvidia.
Nvidia is nu ongeveer 4 biljoen dollar waard.
谷歌、Meta 和 xAI 的训练集群规模达到微软的 6 到 10 倍。
"""
STAGES = """
import json, os, sys, time
os.environ["FACTCHECK_CACHE_DIR"] = ""
t0 = time.perf_counter()
import factcheck.cli
from factcheck.knowledge import Knowledge
from factcheck.extraction.grammar import grammar
from factcheck.extraction.units import unit_words
t1 = time.perf_counter()
Knowledge.from_dirs()
t2 = time.perf_counter()
for lang in ("en", "de", "nl", "zh"):
    grammar(lang), unit_words(lang)
t3 = time.perf_counter()
print(json.dumps({"imports": t1 - t0, "rule tables": t2 - t1, "language tables": t3 - t2}))
"""


def _timed(command: list[str], cache: str = "") -> float:
    """Wall time of a new process; `cache` is its FACTCHECK_CACHE_DIR ("" for none)."""
    environment = {**os.environ, CACHE_ENV: cache}
    start = time.perf_counter()
    subprocess.run(
        command, cwd=ROOT, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return time.perf_counter() - start


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks startup", description=__doc__)
    parser.add_argument("--repeat", type=int, default=7, help="runs per timing (median)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        draft = Path(folder) / "draft.md"
        draft.write_text(DRAFT, encoding="utf-8")
        check = [sys.executable, "-m", "factcheck", "check", str(draft), "--against", "seeds"]
        version = [sys.executable, "-m", "factcheck", "--version"]
        checks = [_timed(check) for _ in range(args.repeat)]
        kept = str(Path(folder) / "cache")
        _timed(check, kept)  # fills the start-up cache
        cached = [_timed(check, kept) for _ in range(args.repeat)]
        versions = [_timed(version) for _ in range(args.repeat)]
    stages = [
        json.loads(subprocess.run([sys.executable, "-c", STAGES], capture_output=True,
                                  text=True, check=True, cwd=ROOT).stdout)
        for _ in range(args.repeat)
    ]  # fmt: skip
    print(f"| measure (median of {args.repeat}) | seconds |\n|---|---:|")
    print(f"| `factcheck check draft.md --against seeds/` | {statistics.median(checks):.2f} |")
    print(
        "| the same, patterns and built tables kept from an earlier run "
        f"(`lexicon.regexcache`, `lexicon.keptbuilds`) | {statistics.median(cached):.2f} |"
    )
    print(f"| `factcheck --version` | {statistics.median(versions):.2f} |")
    for stage in stages[0]:
        print(f"| in process: {stage} | {statistics.median(s[stage] for s in stages):.2f} |")
    return 0
