"""Hostile input at full size: extraction time against ordinary text of the same size.

The inputs are those of `tests/hostile.py` (endless digit runs, scale words, number
words, connectors, hedges, nested brackets, combining marks, bidi controls,
full-width text), by default 1 MB each, in every language. Each is timed against
two ordinary texts of the same size: news prose (the seeds, few numbers) and
number-dense prose (the peer-case sentences), in the same round so that a machine
whose load drifts still gives fair ratios. The time over that of a quarter-size input
is about 4 when the time is linear in the size, 16 when quadratic.

    python -m benchmarks hostile                     # 1 MB, median of 3 runs
    python -m benchmarks hostile --size 200000 --langs en,zh --repeat 5

Prints a Markdown table and writes it to benchmarks/out/hostile.md.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from factcheck.extraction.scanner import extract_text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from hostile import HOSTILE, number_dense, ordinary  # noqa: E402 (the shared generators live with the tests)

DEFAULT_OUT = ROOT / "benchmarks" / "out" / "hostile.md"
LANGS = ("en", "de", "nl", "zh")


def seconds(text: str, lang: str) -> tuple[float, int]:
    """Time of one extraction of `text`, and the number of claims."""
    start = time.perf_counter()
    claims = len(extract_text(text, lang))
    return time.perf_counter() - start, claims


def measure(text: str, quarter: str, news: str, dense: str, lang: str, repeat: int) -> list[str]:
    """Median time and claims of `text`, and the medians of its time over the two ordinary
    texts and over its own quarter, each ratio taken within one round: on a shared
    machine the load drifts between rounds, not within one."""
    times, over_news, over_dense, growth, claims = [], [], [], [], 0
    for _ in range(repeat):
        news_s, _ = seconds(news, lang)
        dense_s, _ = seconds(dense, lang)
        quarter_s, _ = seconds(quarter, lang)
        text_s, claims = seconds(text, lang)
        times.append(text_s)
        over_news.append(text_s / news_s)
        over_dense.append(text_s / dense_s)
        growth.append(text_s / quarter_s)
    median = statistics.median
    return [
        f"{median(times):.2f}",
        f"{claims:,}",
        f"{median(over_news):.1f}",
        f"{median(over_dense):.1f}",
        f"{median(growth):.1f}",
    ]


def rows(langs: list[str], size: int, repeat: int) -> list[list[str]]:
    """One row per language and input: seconds, claims, the two ratios and the growth."""
    table = []
    for lang in langs:
        extract_text("about 5 million GPUs", lang)  # compile the grammar untimed
        news, dense = ordinary(lang, size), number_dense(lang, size)
        kinds: list[tuple[str, Callable[[str, int], str]]] = [
            ("ordinary: news prose", ordinary),
            ("ordinary: number-dense", number_dense),
            *sorted(HOSTILE.items()),
        ]
        for name, make in kinds:
            figures = measure(make(lang, size), make(lang, size // 4), news, dense, lang, repeat)
            table.append([lang, name, *figures])
            print(" | ".join(table[-1]), file=sys.stderr, flush=True)
    return table


def report(langs: list[str], size: int, repeat: int) -> str:
    header = ["lang", "input", "seconds", "claims", "× news", "× number-dense", "× its quarter"]
    lines = [
        f"# Hostile input, {size:,} characters, medians of {repeat} rounds",
        "",
        "| " + " | ".join(header) + " |",
        "|" + "---|" * len(header),
    ]
    lines += ["| " + " | ".join(row) + " |" for row in rows(langs, size, repeat)]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks hostile", description=__doc__)
    parser.add_argument("--size", type=int, default=1_000_000, help="characters per input")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement")
    parser.add_argument("--langs", default=",".join(LANGS), help="comma-separated languages")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write the table")
    args = parser.parse_args(argv)
    text = report(args.langs.split(","), args.size, args.repeat)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
