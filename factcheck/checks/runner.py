"""Running the rules: align the claims, then every enabled check over the blocks.

`check_claims` is the one place that aligns claims and runs the rules over them; a
report (`checked_report`, `assemble_report`) and a draft check both call it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from factcheck.align import align_claims
from factcheck.annotation.located import AnnotatedFile
from factcheck.annotation.names import unify_names
from factcheck.checks.context import CheckContext, Setup
from factcheck.checks.registry import CHECKS
from factcheck.models import DocumentStatus, Finding, Group, ReportClaim, ReportData

if TYPE_CHECKING:
    from factcheck.knowledge import Knowledge
    from factcheck.ruleset import Rule


def run_rules(rules: list[Rule], context: CheckContext) -> list[Finding]:
    """Every enabled rule over the context, findings in a stable order."""
    findings: list[Finding] = []
    context.scale_rule = next((r for r in rules if r.enabled and r.check == "scale-error"), None)
    for rule in rules:
        if rule.enabled:
            run = CHECKS[rule.check][0]
            findings.extend(run(rule, context))
    return sorted(findings, key=lambda f: (f.rule, f.claim_ids, f.message))


def check_claims(
    claims: Iterable[ReportClaim], knowledge: Knowledge
) -> tuple[list[Group], dict[str, str], list[Finding]]:
    """Align annotated claims (ids and names final) and run the rules: the groups, each
    claim's group id and the findings."""
    claims = list(claims)
    setup = Setup.of(knowledge)
    groups = align_claims(claims, setup.static)
    group_of = {claim_id: g.id for g in groups for claim_id in g.claim_ids}
    context = CheckContext({c.id: c for c in claims}, group_of, setup)
    return groups, group_of, run_rules(knowledge.rules, context)


def checked_report(
    documents: list[DocumentStatus], claims: list[ReportClaim], knowledge: Knowledge
) -> ReportData:
    """The report over annotated claims whose ids and names are final. The claims store
    (`store.reader`) starts here with the claims it holds."""
    with paused_gc():
        groups, _, findings = check_claims(claims, knowledge)
    return ReportData(
        documents=documents,
        claims=claims,
        groups=groups,
        findings=findings,
        rules=[r.id for r in knowledge.rules if r.enabled],
    )


def assemble_report(files: Iterable[AnnotatedFile], knowledge: Knowledge) -> ReportData:
    """A report over annotated files (read now, from a dataset or from a store): files in
    path order, ids `c1`, `c2`, ..., one spelling per unknown name, then the checks."""
    files = sorted(files, key=lambda entry: entry.status.file)
    claims = [c for entry in files for c in entry.claims]
    names = unify_names(
        (c.subject for c in claims), knowledge.entities.matching.unknown_name_threshold
    )
    claims = [
        c.model_copy(update={"id": f"c{i}", "subject": names.get(c.subject) if c.subject else None})
        for i, c in enumerate(claims, 1)
    ]
    report = checked_report([entry.status for entry in files], claims, knowledge)
    texts = {entry.status.file: entry.text for entry in files if entry.text is not None}
    return report.model_copy(update={"texts": texts})


@contextmanager
def paused_gc() -> Iterator[None]:
    """Alignment and the checks build hundreds of thousands of small, acyclic objects
    (tuples, findings) while a million claims are alive; each automatic collection
    would walk every claim again, a quarter of the checking time. Nothing here makes
    reference cycles, so the collector waits until the checks are done."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
