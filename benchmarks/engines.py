"""`python -m benchmarks engines [--articles N] [--runs R] [--workers W]`: the whole
report on a generated corpus with the local engine (`--jobs W`) and on a Dask
`LocalCluster` of W worker processes, runs interleaved, medians printed. The
cluster is started once, before the runs (its start-up is printed apart), as a
real cluster would be running already. Needs the `dask` extra.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import generate


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks engines")
    parser.add_argument("--articles", type=int, default=1000, help="corpus size (default 1000)")
    parser.add_argument("--runs", type=int, default=3, help="runs per engine (default 3)")
    parser.add_argument("--workers", type=int, default=2, help="processes / workers (default 2)")
    parser.add_argument("--seed", type=int, default=0)
    return parser


def main(argv: list[str] | None = None) -> int:
    from distributed import Client, LocalCluster

    from factcheck.knowledge import Knowledge
    from factcheck.render.report_json import render_report
    from factcheck.runs.reporting import build_report
    from factcheck.scale.engine import report_dask

    args = build_parser().parse_args(argv)
    knowledge = Knowledge.from_dirs()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        generate(corpus, args.articles, args.seed, False)
        started = time.perf_counter()
        with (
            LocalCluster(
                n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster,
            Client(cluster),
        ):
            print(f"cluster start {time.perf_counter() - started:.1f} s")
            times: dict[str, list[float]] = {"local": [], "dask": []}
            outputs: dict[str, str] = {}
            for run in range(args.runs):
                for engine in ("local", "dask"):
                    started = time.perf_counter()
                    if engine == "local":
                        data = build_report([corpus], knowledge=knowledge, jobs=args.workers)
                    else:
                        data = report_dask([corpus], knowledge, scheduler=cluster.scheduler_address)
                    times[engine].append(time.perf_counter() - started)
                    outputs[engine] = render_report(data)
                    print(f"run {run + 1} {engine}: {times[engine][-1]:.1f} s", flush=True)
    same = outputs["local"] == outputs["dask"]
    for engine, found in times.items():
        runs = ", ".join(f"{t:.1f}" for t in found)
        print(f"{engine}: median {statistics.median(found):.1f} s of {runs}")
    print(f"{args.articles} articles, {args.workers} workers; same JSON report: {same}")
    return 0 if same else 1
