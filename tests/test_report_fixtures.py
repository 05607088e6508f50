"""Cross-source reports over small hand-written corpora with planted problems.

Each folder of tests/fixtures/report is one scenario: a few short articles in
en/de/nl/zh restating the seed facts, with at most one planted problem (a scale
word read wrong, a figure off by ten, parameters called GPUs, a figure moved to
another company, a misdated event). tests/fixtures/report/expected.yaml says
which findings the report must give (a finding lists every claim on both sides
of a disagreement, so it must hold the expected claims), and which claims must be
aligned with each other; any other error or warning is a false alarm and fails the
test.

Scenarios that fail because of a known bug in extraction, annotation or
alignment are strict xfails: the suite stays green while the bug is open and
turns red the day it is fixed, as a reminder to drop the mark.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck.knowledge import Knowledge
from factcheck.models import ReportData
from factcheck.runs.reporting import build_report

FIXTURES = Path(__file__).parent / "fixtures" / "report"
EXPECTED: dict[str, dict[str, Any]] = yaml.safe_load(
    (FIXTURES / "expected.yaml").read_text(encoding="utf-8")
)["scenarios"]
ALARMS = ("error", "warning")

# (scenario, test) -> reason for a scenario a known bug breaks; "findings" is
# test_findings, "aligned" test_aligned. Empty: every scenario passes. The bugs this
# corpus found (a bound anchoring a value cluster, time conflicts on bounds, topics
# on market values, Chinese descriptive obliques, 一个 as a claim) are fixed.
KNOWN_BUGS: dict[tuple[str, str], str] = {}


@cache
def _report(scenario: str) -> ReportData:
    return build_report(FIXTURES / scenario, knowledge=_knowledge())


@cache
def _knowledge() -> Knowledge:
    return Knowledge.from_dirs()


def _params(test: str, scenarios: list[str]) -> list[Any]:
    params = []
    for scenario in scenarios:
        reason = KNOWN_BUGS.get((scenario, test))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(scenario, id=scenario, marks=marks))
    return params


def _surface(report: ReportData, claim_id: str) -> tuple[str, str]:
    claim = next(c for c in report.claims if c.id == claim_id)
    return Path(claim.file or "").name, " ".join(claim.text.split())


def _expected_surfaces(claims: list[dict[str, str]]) -> Counter[tuple[str, str]]:
    return Counter((c["file"], " ".join(c["text"].split())) for c in claims)


def _describe(report: ReportData) -> str:
    """Every claim and finding, so a failure shows what the report did say."""
    lines = [
        f"  {c.id} {Path(c.file or '').name}: {c.text!r} = {c.value or (c.low, c.high)} "
        f"{c.unit} subject={c.subject} attribute={c.attribute} topic={c.topic} time={c.time}"
        for c in report.claims
    ]
    lines += [f"  {f.severity} {f.kind} {f.claim_ids}: {f.message}" for f in report.findings]
    return "\n".join(lines)


def test_every_scenario_folder_is_listed() -> None:
    folders = {p.name for p in FIXTURES.iterdir() if p.is_dir()}
    assert folders == set(EXPECTED)


@pytest.mark.parametrize("scenario", sorted(EXPECTED))
def test_documents_are_read_in_their_language(scenario: str) -> None:
    """Every article is processed and detected as the language its name starts with."""
    report = _report(scenario)
    for document in report.documents:
        assert document.status == "ok", document
        assert document.lang == Path(document.file).name[:2], document.file


@pytest.mark.parametrize("scenario", _params("findings", sorted(EXPECTED)))
def test_findings(scenario: str) -> None:
    report = _report(scenario)
    unmatched = [f for f in report.findings if f.severity in ALARMS]
    for wanted in EXPECTED[scenario]["findings"]:
        surfaces = _expected_surfaces(wanted["claims"])
        match = next(
            (
                f
                for f in unmatched
                if f.kind == wanted["kind"]
                and surfaces <= Counter(_surface(report, i) for i in f.claim_ids)
            ),
            None,
        )
        assert match is not None, (
            f"{scenario}: no {wanted['kind']} on {sorted(surfaces)}\n{_describe(report)}"
        )
        unmatched.remove(match)
    assert not unmatched, f"{scenario}: unexpected findings\n{_describe(report)}"


ALIGNED = sorted(s for s, spec in EXPECTED.items() if spec.get("aligned"))


@pytest.mark.parametrize("scenario", _params("aligned", ALIGNED))
def test_aligned(scenario: str) -> None:
    """Restated figures share one block (subject, attribute, topic, dimension), so the
    absence of findings means they were compared and agreed, not that they were apart."""
    report = _report(scenario)
    block_of = {
        claim_id: (g.subject, g.attribute, g.topic, g.dimension)
        for g in report.groups
        for claim_id in g.claim_ids
    }
    by_surface = {_surface(report, c.id): c.id for c in report.claims}
    for claims in EXPECTED[scenario]["aligned"]:
        surfaces = list(_expected_surfaces(claims))
        missing = [s for s in surfaces if s not in by_surface]
        assert not missing, f"{scenario}: no claim {missing}\n{_describe(report)}"
        keys = {s: block_of.get(by_surface[s]) for s in surfaces}
        assert len(set(keys.values())) == 1 and None not in keys.values(), (
            f"{scenario}: not aligned: {keys}\n{_describe(report)}"
        )
