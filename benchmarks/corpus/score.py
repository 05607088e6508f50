"""Which planted problems a report found, and how many figures it read right.

A planted problem counts as found when a finding of its kind (FC101 for a value
conflict, ...) involves the claim at the planted statement's span; found by
another check when only other kinds flag it; missed otherwise, with the reason
split into "the planted figure was not extracted" and "extracted, not flagged".
Findings (errors and warnings) that involve no planted claim are counted too:
chance coincidences of the synthetic facts, or false alarms.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.models import ReportClaim, ReportData

Key = tuple[str, int, int]
ALARMS = ("error", "warning")


@dataclass
class Score:
    planted: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    other_check: Counter[str] = field(default_factory=Counter)
    not_extracted: Counter[str] = field(default_factory=Counter)
    not_flagged: Counter[str] = field(default_factory=Counter)
    unplanted_findings: Counter[str] = field(default_factory=Counter)
    misses: list[dict[str, Any]] = field(default_factory=list)

    def recall(self, kind: str | None = None) -> float:
        planted = self.planted[kind] if kind else sum(self.planted.values())
        found = self.found[kind] if kind else sum(self.found.values())
        return found / planted if planted else 1.0

    def table(self) -> list[str]:
        lines = [
            "| planted problem | planted | found by its check | found by another check "
            "| missed: not extracted | missed: not flagged | recall |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
        for kind in sorted(self.planted):
            lines.append(
                f"| {kind} | {self.planted[kind]} | {self.found[kind]} | {self.other_check[kind]} "
                f"| {self.not_extracted[kind]} | {self.not_flagged[kind]} "
                f"| {self.recall(kind):.0%} |"
            )
        total = sum(self.planted.values())
        lines.append(
            f"| all | {total} | {sum(self.found.values())} | {sum(self.other_check.values())} "
            f"| {sum(self.not_extracted.values())} | {sum(self.not_flagged.values())} "
            f"| {self.recall():.0%} |"
        )
        return lines


def load_manifest(folder: Path) -> dict[str, Any]:
    return json.loads((folder / "manifest.json").read_text(encoding="utf-8"))


def relative(file: str | None, root: Path) -> str:
    """A claim's display path relative to the corpus folder, as the manifest writes it."""
    path = Path(file or "")
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


class ClaimIndex:
    """Claims by file, to find the claim at a manifest span."""

    def __init__(self, claims: list[ReportClaim], root: Path) -> None:
        self.by_file: dict[str, list[ReportClaim]] = defaultdict(list)
        for claim in claims:
            self.by_file[relative(claim.file, root)].append(claim)

    def at(self, span: dict[str, Any]) -> list[ReportClaim]:
        return [
            c for c in self.by_file.get(span["file"], [])
            if c.start < span["end"] and span["start"] < c.end
        ]  # fmt: skip


def score(report: ReportData, folder: Path, manifest: dict[str, Any] | None = None) -> Score:
    manifest = manifest or load_manifest(folder)
    index = ClaimIndex(report.claims, folder)
    kinds_by_claim: dict[str, set[str]] = defaultdict(set)
    for finding in report.findings:
        if finding.severity in ALARMS:
            for claim_id in finding.claim_ids:
                kinds_by_claim[claim_id].add(finding.kind)
    result = Score()
    planted_ids: set[str] = set()
    for problem in manifest["problems"]:
        kind = problem["kind"]
        result.planted[kind] += 1
        claims = index.at(problem["planted"])
        planted_ids.update(c.id for c in claims)
        flagged = set().union(*(kinds_by_claim[c.id] for c in claims)) if claims else set()
        if kind in flagged:
            result.found[kind] += 1
            continue
        if flagged:
            result.other_check[kind] += 1
        elif claims:
            result.not_flagged[kind] += 1
        else:
            result.not_extracted[kind] += 1
        result.misses.append({**problem, "flagged_as": sorted(flagged), "claims": len(claims)})
    for finding in report.findings:
        if finding.severity in ALARMS and not planted_ids.intersection(finding.claim_ids):
            result.unplanted_findings[finding.kind] += 1
    return result


@dataclass
class Reading:
    """How many generated figures the extractor found, and with the right value, unit,
    subject, attribute and period (from statements.jsonl)."""

    statements: int = 0
    extracted: int = 0
    value: int = 0
    unit: int = 0
    subject: int = 0
    attribute: int = 0
    time: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)


def reading(report: ReportData, folder: Path) -> Reading:
    index = ClaimIndex(report.claims, folder)
    result = Reading()
    with (folder / "statements.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            statement = json.loads(line)
            result.statements += 1
            claims = index.at(statement)
            if not claims:
                result.misses.append(statement)
                continue
            claim = claims[0]
            result.extracted += 1
            result.value += _close(claim.low, statement["low"]) and _close(
                claim.high, statement["high"]
            )
            result.unit += claim.unit == statement["unit"]
            result.subject += str(claim.subject) == statement["subject"]
            result.attribute += str(claim.attribute) == statement["attribute"]
            result.time += (claim.time or None) == statement["time"]
    return result


def _close(found: float | None, wanted: float) -> bool:
    return found is not None and abs(found - wanted) <= 1e-6 * max(1.0, abs(wanted))
