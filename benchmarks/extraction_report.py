"""The Markdown report of the extraction benchmark (`python -m benchmarks extraction`):
the machine the figures were taken on, the throughput, stage and memory tables, and
the comparison with quantulum3."""

from __future__ import annotations

import os
import platform
import subprocess
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.extraction_texts import ROOT

if TYPE_CHECKING:
    from benchmarks.extraction import Measure, Stages


# --- report ---------------------------------------------------------------------


def machine() -> dict[str, str]:
    """What the figures depend on: CPU, core count, Python, and the code version."""
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    return {
        "date": date.today().isoformat(),
        "cpu": model,
        "nproc": str(os.cpu_count()),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "commit": commit,
        "load": " / ".join(f"{x:.1f}" for x in os.getloadavg()),
    }


def _n(value: float) -> str:
    return f"{value:,.0f}"


def _mb(value: float) -> str:
    return f"{value / 2**20:,.1f} MiB"


def throughput_table(measures: Iterable[Measure]) -> list[str]:
    lines = [
        "| corpus | lang | files | chars | claims | chars/s (median) | chars/s (min–max) "
        "| claims/s | chars per CPU-s (median) |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for m in measures:
        slow, fast = m.spread
        lines.append(
            f"| {m.corpus} | {m.lang} | {m.files} | {_n(m.chars)} | {_n(m.claims)} "
            f"| {_n(m.chars_per_s)} | {_n(slow)}–{_n(fast)} | {_n(m.claims_per_s)} "
            f"| {_n(m.chars_per_cpu_s)} |"
        )
    return lines


def memory_table(rows: list[dict[str, float]]) -> list[str]:
    lines = [
        "| corpus (4 languages) | files | chars | claims | seconds | chars/s "
        "| RSS after warm-up | peak RSS | growth |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['total_mb']:g} MB | {r['files']:,} | {_n(r['chars'])} | {_n(r['claims'])} "
            f"| {r['seconds']:.1f} | {_n(r['chars'] / r['seconds'])} | {_mb(r['baseline_rss'])} "
            f"| {_mb(r['peak_rss'])} | {_mb(r['peak_rss'] - r['baseline_rss'])} |"
        )
    return lines


def stages_section(rows: list[Stages]) -> list[str]:
    return [
        "## Where the time goes: the peer cases, stage by stage",
        "",
        "CPU time of each stage run on its own, fastest of the runs. At 1,000,000 chars/s a",
        "claim may cost as many microseconds as it has characters of text; the last column",
        "is the throughput if building each `Claim` (pydantic validation of its fields)",
        "were the only work left.",
        "",
        *stages_table(rows),
    ]


def stages_table(rows: list[Stages]) -> list[str]:
    def share(part: float, row: Stages) -> str:
        return f"{part * 1e3:.1f} ms ({part / row.total:.0%})"

    lines = [
        "| lang | chars per claim | whole extraction | per-text passes | candidate scan "
        "| numerals read and grown | building the Claim models | µs per claim "
        "| ceiling if only the models were built |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r.lang} | {r.chars / r.claims:.1f} | {r.total * 1e3:.1f} ms "
            f"| {share(r.prepare, r)} | {share(r.candidates, r)} | {share(r.rest, r)} "
            f"| {share(r.build, r)} | {r.total / r.claims * 1e6:.0f} "
            f"| {_n(r.ceiling)} chars/s |"
        )
    return lines


def report(
    info: dict[str, str],
    settings: dict[str, str],
    measures: list[Measure],
    memory: list[dict[str, float]],
    quantulum: dict[str, float] | None,
    english: Measure | None,
    per_input: Measure | None = None,
    stages: list[Stages] | None = None,
) -> str:
    lines = [
        "# Extraction benchmark",
        "",
        f"{info['date']} · {info['cpu']} · nproc {info['nproc']} · Python {info['python']} "
        f"· {info['platform']} · commit {info['commit']} · load average {info['load']} "
        "(1/5/15 min, at the end)",
        "",
        "Settings: " + ", ".join(f"{k} {v}" for k, v in settings.items()),
        "",
        "## Throughput (one process, one thread)",
        "",
        *throughput_table(measures),
    ]
    if stages:
        lines += ["", *stages_section(stages)]
    if memory:
        lines += [
            "",
            "## Memory: the synthetic corpus streamed, one fresh process per size",
            "",
            *memory_table(memory),
        ]
    if quantulum and per_input and english:
        ratio = per_input.chars_per_s / quantulum["chars_per_s"]
        joined_ratio = english.chars_per_s / quantulum["joined_chars_per_s"]
        q = quantulum
        lines += [
            "",
            "## Comparison: quantulum3 on the English peer-case inputs",
            "",
            "| extractor | input | chars | found | chars/s (median) | chars/s (min–max) |",
            "|---|---|---:|---:|---:|---:|",
            f"| factcheck | one call per input | {_n(per_input.chars)} "
            f"| {_n(per_input.claims)} claims | {_n(per_input.chars_per_s)} "
            f"| {_n(per_input.spread[0])}–{_n(per_input.spread[1])} |",
            f"| quantulum3 | one call per input | {_n(q['chars'])} | {_n(q['quantities'])} "
            f"quantities | {_n(q['chars_per_s'])} | {_n(q['min'])}–{_n(q['max'])} |",
            f"| factcheck | joined, one text | {_n(english.chars)} | {_n(english.claims)} claims "
            f"| {_n(english.chars_per_s)} | {_n(english.spread[0])}–{_n(english.spread[1])} |",
            f"| quantulum3 | joined, one text (1 run) | {_n(q['joined_chars'])} "
            f"| {_n(q['joined_quantities'])} quantities | {_n(q['joined_chars_per_s'])} | |",
            "",
            f"factcheck / quantulum3 throughput: {ratio:.1f}× one call per input, "
            f"{joined_ratio:.0f}× on the joined text.",
        ]
    return "\n".join(lines) + "\n"
