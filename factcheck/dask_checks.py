"""Alignment and the rules over a Dask data frame of claims.

Every check compares claims only with claims that share a key, so a shuffle by
that key puts each comparison inside one partition and the checks run per
partition, unchanged (`factcheck.checks`), on a `CheckContext` of that partition:

- alignment, value-conflict, scale-error and time-conflict compare inside a block,
  keyed by `align.block_key` (subject, attribute, topic, unit dimension);
- unit-mismatch indexes by (subject, attribute, topic) and by (subject, value):
  both start with the subject, so a shuffle by subject holds them whole;
- attribution-conflict indexes by the figure (`sources.figure`), whatever it is
  said of.

What needs every claim is done on the driver before the shuffle: one spelling per
unknown name (`annotate.unify_names`, over the distinct subjects only) and the
ids `c1`, `c2`, ... in path order (from each file's claim count). After it, the
groups are numbered in `align_claims`' order and the findings sorted as
`run_rules` sorts them, so the result equals `report._assembled`'s. A check kind
without a key here runs on the driver over all the claims.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import dask
import dask.dataframe as dd
import pandas as pd
import pyarrow as pa
from dask.delayed import delayed

from factcheck.align import align_claims, block_key
from factcheck.annotate import unify_names
from factcheck.checks import run_rules
from factcheck.checks.context import CheckContext
from factcheck.claimtable import (
    CLAIM_FIELDS,
    Record,
    claim_of,
    claim_record,
    frame_records,
    pandas_frame,
)
from factcheck.models import DocumentStatus, Finding, Group, ReportClaim
from factcheck.report import Knowledge, ReportData
from factcheck.ruleset import Rule
from factcheck.sources import figure

BLOCK, OWNER, FIGURE = "block", "owner", "figure"
# check kind -> the column its claims are shuffled by (None: finds nothing in a report)
SHUFFLE_KEY: dict[str, str | None] = {
    "value-conflict": BLOCK,
    "scale-error": BLOCK,
    "time-conflict": BLOCK,
    "unit-mismatch": OWNER,
    "attribution-conflict": FIGURE,
    "unsupported": None,  # a verdict of `factcheck check` only
}
KEYED_SCHEMA = pa.schema(
    [
        ("number", pa.int64()),
        *CLAIM_FIELDS,
        (BLOCK, pa.string()),
        (OWNER, pa.string()),
        (FIGURE, pa.string()),
    ]
)
# The columns `_keyed` reads of the claims table: no positions or sentences.
SOURCE_SCHEMA = pa.schema([("document", pa.string()), ("seq", pa.int64()), *CLAIM_FIELDS])
Related = list[tuple[str, str]]
PartResult = tuple[list[Group], list[Finding]]


def checked_frame(
    claims: dd.DataFrame, statuses: list[DocumentStatus], knowledge: Knowledge
) -> ReportData:
    """The report of `claims` (columns of `claimtable.CLAIMS_SCHEMA`) over the inputs
    `statuses`; the caller holds the Dask client. Shuffles are task-based unless the
    Dask configuration names a method: p2p pays off only for far bigger frames."""
    method = dask.config.get("dataframe.shuffle.method", None) or "tasks"
    with dask.config.set({"dataframe.shuffle.method": method}):
        return _checked(claims, statuses, knowledge)


def _checked(
    claims: dd.DataFrame, statuses: list[DocumentStatus], knowledge: Knowledge
) -> ReportData:
    statuses = sorted(statuses, key=lambda status: status.file)
    subjects = claims["subject"].dropna().unique().compute()
    threshold = knowledge.entities.matching.unknown_name_threshold
    names = unify_names(list(subjects), threshold)
    starts = delayed(first_numbers(statuses), traverse=False)
    meta = pandas_frame([], KEYED_SCHEMA)
    keyed = claims.map_partitions(_keyed, starts, delayed(names, traverse=False), meta=meta)
    keyed = keyed.persist()
    related = [(e.id, e.variant_of) for e in knowledge.entities.entities.values() if e.variant_of]
    enabled = [rule for rule in knowledge.rules if rule.enabled]
    groups, findings = _shuffled_checks(keyed, enabled, related)
    every = _all_claims(keyed)
    findings += _driver_checks(every, groups, enabled, related)
    return ReportData(
        documents=statuses,
        claims=every,
        groups=groups,
        findings=sorted(findings, key=lambda f: (f.rule, f.claim_ids, f.message)),
        rules=[rule.id for rule in enabled],
    )


def first_numbers(statuses: Iterable[DocumentStatus]) -> dict[str, int]:
    """Per file, the number of claims before it in path order: ids run on from there."""
    starts, total = {}, 0
    for status in statuses:
        starts[status.file] = total
        total += status.claims
    return starts


def _keyed(frame: pd.DataFrame, starts: dict[str, int], names: dict[str, str]) -> pd.DataFrame:
    """Runs on a worker: ids, one spelling per name, and the shuffle keys."""
    records = []
    for row in frame_records(frame, SOURCE_SCHEMA):
        number = starts[row["document"]] + row["seq"] + 1
        claim = claim_of(row)
        subject = names.get(claim.subject or "", claim.subject)
        claim = claim.model_copy(update={"id": f"c{number}", "subject": subject})
        records.append({"number": number, **claim_record(claim), **shuffle_keys(claim)})
    return pandas_frame(records, KEYED_SCHEMA)


def shuffle_keys(claim: ReportClaim) -> dict[str, str | None]:
    """The keys a claim is compared under; None where no check would look at it."""
    if claim.boilerplate or not claim.subject:
        return {BLOCK: None, OWNER: None, FIGURE: None}
    key = block_key(claim)
    return {
        BLOCK: None if key is None else repr(key),
        OWNER: claim.subject,
        FIGURE: repr(figure(claim)),
    }


def _claims_of(records: Iterable[Record]) -> list[ReportClaim]:
    return [claim_of(r) for r in sorted(records, key=lambda r: r["number"])]


def _all_claims(keyed: dd.DataFrame) -> list[ReportClaim]:
    """Every claim on the driver, in id order: the report lists them all."""
    return _claims_of(frame_records(keyed.compute(), KEYED_SCHEMA))


# --------------------------------------------------------------------------- per partition


def _shuffled_checks(
    keyed: dd.DataFrame, rules: list[Rule], related: Related
) -> tuple[list[Group], list[Finding]]:
    """Groups and the findings of every check that has a shuffle key."""
    block_results = _per_partition(keyed, BLOCK, _rules_on(rules, BLOCK), related, True)
    groups, renamed = _numbered_groups(block_results)
    findings = [
        f.model_copy(update={"group_id": renamed.get((part, f.group_id))})
        if f.group_id is not None
        else f
        for part, (_, found) in enumerate(block_results)
        for f in found
    ]
    for column in (OWNER, FIGURE):
        chosen = _rules_on(rules, column)
        if chosen:
            results = _per_partition(keyed, column, chosen, related, False)
            findings += [f for _, found in results for f in found]
    return groups, findings


def _rules_on(rules: list[Rule], column: str) -> list[Rule]:
    return [rule for rule in rules if SHUFFLE_KEY.get(rule.check) == column]


def _per_partition(
    keyed: dd.DataFrame, column: str, rules: list[Rule], related: Related, groups: bool
) -> list[PartResult]:
    """Shuffle the claims that have `column` by it and run `rules` per partition."""
    subset = keyed[~keyed[column].isna()].shuffle(on=column, force=True)
    shared = delayed((rules, related), traverse=False)
    tasks = [delayed(_check_part)(part, shared, groups) for part in subset.to_delayed()]
    return list(dask.compute(*tasks))


def _check_part(frame: pd.DataFrame, shared: tuple[list[Rule], Related], groups: bool) -> Any:
    """Runs on a worker: alignment (when asked) and the rules over one partition."""
    rules, related = shared
    claims = _claims_of(frame_records(frame, KEYED_SCHEMA))
    found = align_claims(claims) if groups else []
    group_of = {claim_id: g.id for g in found for claim_id in g.claim_ids}
    context = CheckContext({c.id: c for c in claims}, group_of, related)
    return found, run_rules(rules, context)


def _numbered_groups(
    results: list[PartResult],
) -> tuple[list[Group], dict[tuple[int, str], str]]:
    """Every partition's groups in `align_claims`' order, numbered g1, g2, ...;
    and the new id of each (partition, local id)."""
    every = [(part, group) for part, (found, _) in enumerate(results) for group in found]
    every.sort(key=lambda pair: _group_order(pair[1]))
    groups, renamed = [], {}
    for number, (part, group) in enumerate(every, 1):
        renamed[(part, group.id)] = f"g{number}"
        groups.append(group.model_copy(update={"id": f"g{number}"}))
    return groups, renamed


def _group_order(group: Group) -> tuple:
    key = (group.subject, group.attribute, group.topic or "", group.dimension)
    return -group.documents, key, group.time or ""


def _driver_checks(
    claims: list[ReportClaim], groups: list[Group], rules: list[Rule], related: Related
) -> list[Finding]:
    """Checks with no shuffle key, over every claim here (none of the shipped ones)."""
    rest = [rule for rule in rules if rule.check not in SHUFFLE_KEY]
    if not rest:
        return []
    group_of = {claim_id: g.id for g in groups for claim_id in g.claim_ids}
    return run_rules(rest, CheckContext({c.id: c for c in claims}, group_of, related))
