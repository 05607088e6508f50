"""`python -m benchmarks plot`: time and memory against size, as one PNG.

Reads the JSON the `alignment` and `e2e` benchmarks leave in benchmarks/out/
and draws two panels: alignment + rules against the number of claims (wall and
CPU time, process peak RSS, with the 60 s / 4 GB targets), and `factcheck report`
end to end against the number of articles for each --jobs value. matplotlib is
part of the optional [bench] extra.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
TARGET_SECONDS, TARGET_BYTES = 60, 4 * 2**30


def _alignment(ax: Any, rows: list[dict[str, Any]]) -> None:
    claims = [r["claims"] for r in rows]
    ax.plot(claims, [r["total"] for r in rows], "o-", label="wall time (median)")
    ax.plot(claims, [r["cpu"] for r in rows], "s--", label="CPU time (median)")
    ax.axhline(TARGET_SECONDS, color="grey", linestyle=":", linewidth=1, label="target: 60 s")
    ax.set(xscale="log", yscale="log", xlabel="claims", ylabel="seconds",
           title="alignment + five rules")  # fmt: skip
    memory = ax.twinx()
    memory.plot(claims, [r["rss"] / 2**20 for r in rows], "^-", color="tab:red",
                label="peak RSS (process)")  # fmt: skip
    memory.axhline(
        TARGET_BYTES / 2**20, color="tab:red", linestyle=":", linewidth=1, label="target: 4 GB"
    )
    memory.set(yscale="log", ylabel="MiB")
    lines = ax.get_legend_handles_labels()
    extra = memory.get_legend_handles_labels()
    ax.legend(lines[0] + extra[0], lines[1] + extra[1], loc="upper left", fontsize=8)


def _end_to_end(ax: Any, scenarios: list[dict[str, Any]]) -> None:
    import statistics

    names = sorted({s["name"] for s in scenarios if s["runs"] and s["name"].startswith("report")})
    for name in names:
        chosen = sorted((s for s in scenarios if s["name"] == name and s["runs"]),
                        key=lambda s: s["articles"])  # fmt: skip
        sizes = [s["articles"] for s in chosen]
        ax.plot(sizes, [statistics.median(r["wall"] for r in s["runs"]) for s in chosen], "o-",
                label=f"{name}: wall")  # fmt: skip
    memory = ax.twinx()
    for name in names:
        chosen = sorted((s for s in scenarios if s["name"] == name and s["runs"]),
                        key=lambda s: s["articles"])  # fmt: skip
        memory.plot([s["articles"] for s in chosen],
                    [statistics.median(r["peak_rss"] for r in s["runs"]) / 2**20 for s in chosen],
                    "^:", label=f"{name}: peak RSS")  # fmt: skip
    ax.set(xscale="log", yscale="log", xlabel="articles", ylabel="seconds",
           title="factcheck report, end to end")  # fmt: skip
    memory.set(yscale="log", ylabel="MiB")
    lines, extra = ax.get_legend_handles_labels(), memory.get_legend_handles_labels()
    ax.legend(lines[0] + extra[0], lines[1] + extra[1], loc="upper left", fontsize=8)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks plot", description=__doc__)
    parser.add_argument("--alignment", type=Path, default=OUT / "alignment.json")
    parser.add_argument("--e2e", type=Path, default=OUT / "e2e.json")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results.png")
    args = parser.parse_args(argv)
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise SystemExit("matplotlib is missing: pip install -e '.[bench]'") from None
    alignment = json.loads(args.alignment.read_text(encoding="utf-8"))
    e2e = json.loads(args.e2e.read_text(encoding="utf-8"))
    figure, (left, right) = plt.subplots(1, 2, figsize=(12, 4.5))
    _alignment(left, alignment)
    _end_to_end(right, e2e["scenarios"])
    info = e2e["machine"]
    figure.suptitle(f"{info['cpu']}, {info['nproc']} cores (shared) · Python {info['python']} "
                    f"· commit {info['commit']} · {info['date']}", fontsize=9)  # fmt: skip
    figure.tight_layout()
    figure.savefig(args.out, dpi=110)
    print(f"written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
