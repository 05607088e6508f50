"""Score factcheck on a held-out batch kept outside the project.

A held-out batch is built blind (by someone who never read the code) in a light
format: `manifest.csv`, `pages/<story>/*.txt`, `known.jsonl` (disagreements),
`lookalikes.jsonl` (pairs that are not conflicts) and `drafts/draft.<lang>.md` with
`draft.<lang>.expect.jsonl`. Each figure is a quote unique in its file holding the
figure once. The batch stays outside the repository so that it keeps measuring what
the corpus does not; this script is what reads it.

    python tools/heldout.py BATCH_DIR [--out DIR] [-v]

prints known disagreements found, error/warning findings and how many of them match
a known pair, look-alike false alarms, and per draft planted errors caught, correct
figures flagged and correct figures supported. `--out` keeps the JSON outputs and a
summary (diff two summaries to see what a change moved).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ALARMS = {"error", "warning"}


@dataclass(frozen=True)
class Figure:
    """Where one quoted figure sits: file and character span."""

    path: str
    start: int
    end: int

    def overlaps(self, path: str, start: int, end: int) -> bool:
        return path == self.path and start < self.end and self.start < end


def locate(batch: Path, path: str, quote: str, figure: str) -> Figure:
    text = (batch / path).read_text(encoding="utf-8")
    at = text.find(quote)
    if at < 0 or figure not in quote:
        raise SystemExit(f"{path}: quote or figure not found: {quote[:60]!r}")
    start = at + quote.index(figure)
    return Figure(path, start, start + len(figure))


def read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def run_json(args: list[str], cwd: Path) -> dict:
    done = subprocess.run(args, cwd=cwd, capture_output=True, text=True)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)}: exit {done.returncode}\n{done.stderr}")
    return json.loads(done.stdout)


def claim_figures(report: dict) -> dict[str, tuple[str, int, int]]:
    return {c["id"]: (c["file"], c["start"], c["end"]) for c in report["claims"]}


def sides(finding: dict) -> tuple[list[str], list[str]]:
    ids = finding["claim_ids"]
    cut = finding.get("first_side") or 0
    if not cut:
        return ids, ids
    return ids[:cut], ids[cut:]


def holds(finding: dict, claims: dict, a: Figure, b: Figure) -> bool:
    first, second = sides(finding)

    def on(side: list[str], fig: Figure) -> bool:
        return any(fig.overlaps(*claims[i]) for i in side if i in claims)

    return (on(first, a) and on(second, b)) or (on(first, b) and on(second, a))


def pair_figures(batch: Path, row: dict) -> tuple[Figure, Figure]:
    a, b = row["a"], row["b"]
    return (
        locate(batch, a["path"], a["quote"], a["figure"]),
        locate(batch, b["path"], b["quote"], b["figure"]),
    )


def score_report(batch: Path, verbose: bool) -> tuple[dict, dict]:
    report = run_json(
        ["factcheck", "report", "pages", "--manifest", "manifest.csv", "--format", "json"], batch
    )
    claims = claim_figures(report)
    alarms = [f for f in report["findings"] if f["severity"] in ALARMS]
    known = [(r, *pair_figures(batch, r)) for r in read_jsonl(batch / "known.jsonl")]
    looks = [(r, *pair_figures(batch, r)) for r in read_jsonl(batch / "lookalikes.jsonl")]
    found = [r for r, a, b in known if any(holds(f, claims, a, b) for f in alarms)]
    matched = [f for f in alarms if any(holds(f, claims, a, b) for _, a, b in known)]
    false_looks = [r for r, a, b in looks if any(holds(f, claims, a, b) for f in alarms)]
    summary = {
        "known found": f"{len(found)}/{len(known)}",
        "alarms": len(alarms),
        "alarms matching a known pair": len(matched),
        "look-alike false alarms": f"{len(false_looks)}/{len(looks)}",
    }
    if verbose:
        for f in alarms:
            mark = "KNOWN" if f in matched else "?"
            print(f"[{mark}] {f['rule']} {f['severity']}: {f['message'][:400]}")
        for r in false_looks:
            print(
                f"[LOOK-ALIKE FLAGGED] {r['a']['figure']} / {r['b']['figure']}: {r.get('why', '')}"
            )
    return summary, report


def score_draft(batch: Path, draft: Path, verbose: bool) -> dict:
    rel = str(draft.relative_to(batch))
    args = ["factcheck", "check", rel, "--against", "pages", "--manifest", "manifest.csv"]
    result = run_json([*args, "--format", "json", "--show-supported"], batch)
    rows = read_jsonl(draft.with_suffix(".expect.jsonl"))
    caught = flagged = supported = planted = 0
    for row in rows:
        fig = locate(batch, rel, row["quote"], row["figure"])
        hits = [f for f in result["findings"] if fig.overlaps(rel, f["start"], f["end"])]
        alarm = [f for f in hits if f["severity"] in ALARMS]
        sup = any(fig.overlaps(rel, s["start"], s["end"]) for s in result["supported"])
        if row["planted"]:
            planted += 1
            caught += bool(alarm)
        else:
            flagged += bool(alarm)
            supported += sup and not alarm
        if verbose and (bool(alarm) != bool(row["planted"]) or (not row["planted"] and not sup)):
            got = "; ".join(f"{f['severity']} {f['message'][:200]}" for f in hits) or (
                "supported" if sup else "-"
            )
            print(f"  {rel} {'PLANTED' if row['planted'] else 'correct'} {row['figure']!r}: {got}")
    correct = len(rows) - planted
    return {
        "caught": f"{caught}/{planted}",
        "flagged": f"{flagged}/{correct}",
        "supported": f"{supported}/{correct}",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("batch", type=Path)
    parser.add_argument("--out", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    ns = parser.parse_args()
    batch = ns.batch.resolve()
    summary, report = score_report(batch, ns.verbose)
    for draft in sorted((batch / "drafts").glob("draft.*.md")):
        summary[draft.name] = score_draft(batch, draft, ns.verbose)
    text = json.dumps(summary, indent=1, ensure_ascii=False)
    print(text)
    if ns.out:
        ns.out.mkdir(parents=True, exist_ok=True)
        (ns.out / f"{batch.name}.json").write_text(text + "\n", encoding="utf-8")
        (ns.out / f"{batch.name}.report.json").write_text(
            json.dumps(report, indent=1, ensure_ascii=False)
        )


if __name__ == "__main__":
    sys.exit(main())
