"""Alignment and the rules over a Dask data frame of claims.

Every check compares claims only with claims that share a key, so a shuffle by
that key puts each comparison inside one partition and the checks run per
partition, unchanged (`factcheck.checks`), on a `CheckContext` of that partition.
There are three kinds of key; each claim is emitted once per kind it has a key
of, keyed "kind + key", so one shuffle serves them all (a shuffle costs a fixed
few seconds of scheduling on a small cluster, whatever the data):

- alignment, value-conflict, scale-error and time-conflict compare inside a block,
  keyed by `align.block_key` (subject, attribute, topic, unit dimension);
- unit-mismatch indexes by (subject, attribute, topic) and by (subject, value), and
  holds one figure in two units against related names (a product and its family): a
  shuffle by the top of the subject's line (`Setup.families`) holds them whole;
- attribution-conflict indexes by the figure (`checks.attribution.figure`), whatever it is
  said of.

What needs every claim is done on the driver before the shuffle: one spelling per
unknown name (`annotation.names.unify_names`, over the distinct subjects only) and the
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

from factcheck.align import align_claims, block_key, block_order
from factcheck.annotation.names import unify_names
from factcheck.checks.attribution import figure
from factcheck.checks.context import CheckContext, Setup
from factcheck.checks.runner import run_rules
from factcheck.knowledge import Knowledge
from factcheck.models import DocumentStatus, Finding, Group, ReportClaim, ReportData, Subject
from factcheck.ruleset import Rule
from factcheck.scale.dataset import (
    CLAIM_FIELDS,
    Record,
    claim_of,
    claim_record,
    frame_records,
    pandas_frame,
)

BLOCK, OWNER, FIGURE, CLAIM, DOCUMENT = "block", "owner", "figure", "claim", "document"
KINDS = (BLOCK, OWNER, FIGURE, CLAIM, DOCUMENT)
KIND, KEY = "kind", "key"
# check kind -> the column its claims are shuffled by (None: finds nothing in a report)
SHUFFLE_KEY: dict[str, str | None] = {
    "value-conflict": BLOCK,
    "scale-error": BLOCK,
    "time-conflict": BLOCK,
    "unit-mismatch": OWNER,
    "attribution-conflict": FIGURE,
    "unsupported": None,  # a verdict of `factcheck check` only
    "implausible": CLAIM,  # each claim on its own
    "conversion-rate": DOCUMENT,  # a figure and its conversion, in text order
}
IDENTIFIED_SCHEMA = pa.schema([("number", pa.int64()), *CLAIM_FIELDS])
KEYED_SCHEMA = pa.schema([*IDENTIFIED_SCHEMA, (KIND, pa.string()), (KEY, pa.string())])
# The columns `_keyed` reads of the claims table: no positions or sentences.
SOURCE_SCHEMA = pa.schema([("document", pa.string()), ("seq", pa.int64()), *CLAIM_FIELDS])

PartResult = tuple[list[Group], list[Finding]]


def checked_frame(
    claims: dd.DataFrame, statuses: list[DocumentStatus], knowledge: Knowledge
) -> ReportData:
    """The report of `claims` (columns of `dataset.CLAIMS_SCHEMA`) over the inputs
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
    names = unify_names([Subject.parse(text) for text in subjects], threshold)
    starts = delayed(first_numbers(statuses), traverse=False)
    meta = pandas_frame([], IDENTIFIED_SCHEMA)
    identified = claims.map_partitions(
        _identified, starts, delayed(names, traverse=False), meta=meta
    ).persist()
    setup = Setup.of(knowledge)
    enabled = [rule for rule in knowledge.rules if rule.enabled]
    groups, findings = _shuffled_checks(identified, enabled, setup)
    every = _claims_of(frame_records(identified.compute(), IDENTIFIED_SCHEMA))
    findings += _driver_checks(every, groups, enabled, setup)
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


def _identified(
    frame: pd.DataFrame, starts: dict[str, int], names: dict[Subject, Subject]
) -> pd.DataFrame:
    """Runs on a worker: the claims with their ids and one spelling per name."""
    records = []
    for row in frame_records(frame, SOURCE_SCHEMA):
        number = starts[row["document"]] + row["seq"] + 1
        claim = claim_of(row)
        subject = names.get(claim.subject) if claim.subject else None
        claim = claim.model_copy(update={"id": f"c{number}", "subject": subject})
        records.append({"number": number, **claim_record(claim)})
    return pandas_frame(records, IDENTIFIED_SCHEMA)


def shuffle_keys(
    claim: ReportClaim, families: dict[str, str] | None = None
) -> dict[str, str | None]:
    """The keys a claim is compared under; None where no check would look at it. A
    name is shuffled with its family (`Setup.families`): unit-mismatch holds one
    figure of the SU7 Max in miles against the SU7's in kilometres."""
    if not claim.compared:  # the earlier level of a move may still be converted
        document = None if claim.boilerplate or claim.label else claim.file
        return {BLOCK: None, OWNER: None, FIGURE: None, CLAIM: None, DOCUMENT: document}
    if not claim.subject:
        return {BLOCK: None, OWNER: None, FIGURE: None, CLAIM: claim.id, DOCUMENT: claim.file}
    key = block_key(claim)
    return {
        BLOCK: None if key is None else repr(block_order(key)),
        OWNER: _family(claim.subject, families or {}),
        FIGURE: repr(tuple(figure(claim))),
        CLAIM: claim.id,
        DOCUMENT: claim.file,
    }


def _family(subject: Subject, families: dict[str, str]) -> str:
    if subject.joint:
        return str(subject)
    return families.get(subject[0], subject[0])


def _keyed(frame: pd.DataFrame, kinds: list[str], families: dict[str, str]) -> pd.DataFrame:
    """Runs on a worker: one row per claim and key kind it has a key of, the key
    prefixed with its kind, so one shuffle serves every check."""
    records = []
    for row in frame_records(frame, IDENTIFIED_SCHEMA):
        keys = shuffle_keys(claim_of(row), families)
        for kind in kinds:
            if keys[kind] is not None:
                records.append({**row, KIND: kind, KEY: f"{kind}\x1f{keys[kind]}"})
    return pandas_frame(records, KEYED_SCHEMA)


def _claims_of(records: Iterable[Record]) -> list[ReportClaim]:
    return [claim_of(r) for r in sorted(records, key=lambda r: r["number"])]


# --------------------------------------------------------------------------- per partition


def _shuffled_checks(
    identified: dd.DataFrame, rules: list[Rule], setup: Setup
) -> tuple[list[Group], list[Finding]]:
    """Groups and the findings of every check that has a shuffle key: one shuffle of
    the claims by (kind, key), then alignment and the rules per partition."""
    by_kind = {kind: [r for r in rules if SHUFFLE_KEY.get(r.check) == kind] for kind in KINDS}
    kinds = [kind for kind in KINDS if kind == BLOCK or by_kind[kind]]  # blocks: the groups
    meta = pandas_frame([], KEYED_SCHEMA)
    keyed = identified.map_partitions(_keyed, kinds, setup.families, meta=meta)
    shuffled = keyed.shuffle(on=KEY, force=True)
    shared = delayed((by_kind, setup), traverse=False)
    tasks = [delayed(_check_part)(part, shared) for part in shuffled.to_delayed()]
    results: list[PartResult] = list(dask.compute(*tasks))
    groups, renamed = _numbered_groups(results)
    findings = [
        f.model_copy(update={"group_id": renamed[(part, f.group_id)]}) if f.group_id else f
        for part, (_, found) in enumerate(results)
        for f in found
    ]
    return groups, findings


def _check_part(frame: pd.DataFrame, shared: tuple[dict[str, list[Rule]], Setup]) -> Any:
    """Runs on a worker: alignment and the rules of each key kind over one partition."""
    by_kind, setup = shared
    rows = frame_records(frame, KEYED_SCHEMA)
    groups: list[Group] = []
    findings: list[Finding] = []
    for kind, rules in by_kind.items():
        if kind != BLOCK and not rules:
            continue
        claims = _claims_of(row for row in rows if row[KIND] == kind)
        if kind == BLOCK:
            groups = align_claims(claims, setup.static)
        group_of = {cid: g.id for g in groups for cid in g.claim_ids} if kind == BLOCK else {}
        findings += run_rules(rules, CheckContext({c.id: c for c in claims}, group_of, setup))
    return groups, findings


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
    key = block_order((group.subject, group.attribute, group.topic or "", group.dimension))
    return -group.documents, key, group.time or ""


def _driver_checks(
    claims: list[ReportClaim], groups: list[Group], rules: list[Rule], setup: Setup
) -> list[Finding]:
    """Checks with no shuffle key, over every claim here (none of the shipped ones)."""
    rest = [rule for rule in rules if rule.check not in SHUFFLE_KEY]
    if not rest:
        return []
    group_of = {claim_id: g.id for g in groups for claim_id in g.claim_ids}
    return run_rules(rest, CheckContext({c.id: c for c in claims}, group_of, setup))
