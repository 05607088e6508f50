"""The report as every format shows it: findings in order, groups by how many sources
report them, excerpts around claims, the summary lines. The terminal, Markdown and
HTML renderers share this view and differ only in how they draw it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any, NamedTuple

from factcheck.models import SEVERITY_ORDER, DocumentStatus, Finding, Group, ReportClaim, ReportData
from factcheck.render.claims import APPROX_SYMBOL, BOUND_SYMBOLS, value_cell

EXCERPT_LIMIT = 220  # characters of a sentence shown around a claim


ELLIPSIS = "…"


_SPACES = re.compile(r"\s+")


_ID = re.compile(r"^(\D*)(\d*)$")


def id_key(identifier: str) -> tuple[str, int, str]:
    """Sort "c2" before "c10": ids are a prefix and a running number."""
    match = _ID.match(identifier)
    if match is None or not match.group(2):
        return (identifier, -1, identifier)
    return (match.group(1), int(match.group(2)), identifier)


def figure(claim: ReportClaim) -> str:
    """The number as stated, with its qualifiers: "≈4,000,000,000,000", ">1,000", "6–10"."""
    prefix = BOUND_SYMBOLS.get(claim.bound or "", "") + (APPROX_SYMBOL if claim.approx else "")
    return prefix + value_cell(claim)


def figure_with_unit(claim: ReportClaim) -> str:
    """The figure and its normalised unit: "≈4,000,000,000,000 USD"."""
    return f"{figure(claim)} {claim.unit}"


def one_line(text: str) -> str:
    """Whitespace (newlines included) collapsed: every cell and excerpt is one line."""
    return _SPACES.sub(" ", text).strip()


class Excerpt(NamedTuple):
    """A sentence cut around a claim: the claim's own words can be emphasised."""

    before: str
    claim: str
    after: str


def excerpt(claim: ReportClaim, texts: Mapping[str, str], limit: int = EXCERPT_LIMIT) -> Excerpt:
    """The claim's sentence from its document's text, shortened around the claim.

    Without the text (a report built without `keep_texts`) only the claim's own
    words are known; offsets that do not match the text are not trusted either.
    Each side gets half the room; a side that needs less leaves the rest to the other.
    """
    text = texts.get(claim.file or "")
    if text is None or text[claim.start : claim.end] != claim.text:
        return Excerpt("", one_line(claim.text), "")
    left_need = max(claim.start - claim.sentence[0], 0)
    right_need = max(claim.sentence[1] - claim.end, 0)
    room = max(limit - (claim.end - claim.start), 0)
    left_take = min(left_need, max(room // 2, room - right_need))
    right_take = min(right_need, room - left_take)
    before = _SPACES.sub(" ", text[claim.start - left_take : claim.start]).lstrip()
    after = _SPACES.sub(" ", text[claim.end : claim.end + right_take]).rstrip()
    if left_take < left_need:
        before = ELLIPSIS + before
    if right_take < right_need:
        after += ELLIPSIS
    return Excerpt(before, one_line(claim.text), after)


def severity_rank(severity: str) -> int:
    return SEVERITY_ORDER.get(severity, -1)


def ordered_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Errors first, then by rule and the claims involved: a stable reading order."""
    return sorted(
        findings,
        key=lambda f: (
            -severity_rank(f.severity),
            f.rule,
            [id_key(i) for i in f.claim_ids],
            f.message,
        ),
    )


def group_title(group: Group) -> str:
    """A group in words: "Microsoft / investment (topic gpus, 2024)"."""
    details = [f"topic {group.topic}"] if group.topic else []
    details += [group.time] if group.time else []
    suffix = f" ({', '.join(details)})" if details else ""
    return f"{group.subject} / {group.attribute}{suffix}"


def ungrouped_reason(claim: ReportClaim) -> str:
    """Why a claim is in no group, so nothing disappears from the report unexplained."""
    if claim.boilerplate:
        return "page furniture"
    if claim.subject is None:
        return "no subject found"
    if claim.attribute is None:
        return "no attribute found"
    return "not aligned"


@dataclass(frozen=True)
class SingleRow:
    """One claim of a group that only one document reports."""

    group: Group
    claim: ReportClaim


class ReportView:
    """The report's content in reading order; every renderer draws from this."""

    def __init__(self, data: ReportData) -> None:
        self.data = data
        self.claims: dict[str, ReportClaim] = {c.id: c for c in data.claims}

    @cached_property
    def summary(self) -> dict[str, Any]:
        from factcheck.render.report_json import report_summary

        return report_summary(self.data)

    @cached_property
    def findings(self) -> list[Finding]:
        return ordered_findings(self.data.findings)

    @cached_property
    def documents(self) -> list[DocumentStatus]:
        return sorted(self.data.documents, key=lambda d: d.file)

    @cached_property
    def processed(self) -> list[DocumentStatus]:
        return [d for d in self.documents if d.status != "skipped"]

    @cached_property
    def noted(self) -> list[DocumentStatus]:
        """Processed documents with a note a reader needs (an unsure language)."""
        return [d for d in self.processed if d.note]

    @cached_property
    def skipped(self) -> list[DocumentStatus]:
        return [d for d in self.documents if d.status == "skipped"]

    @cached_property
    def multi_source_groups(self) -> list[Group]:
        """Groups that two or more documents speak of: where sources can disagree."""
        return [g for g in self.data.groups if g.documents >= 2]

    @cached_property
    def single_rows(self) -> list[SingleRow]:
        """Every claim of a one-document group, in group order then claim order."""
        return [
            SingleRow(group, self.claims[claim_id])
            for group in self.data.groups
            if group.documents < 2
            for claim_id in self.ordered_ids(group.claim_ids)
        ]

    @cached_property
    def ungrouped(self) -> list[ReportClaim]:
        grouped = {claim_id for g in self.data.groups for claim_id in g.claim_ids}
        return [c for c in self.ordered_claims if c.id not in grouped]

    @cached_property
    def ordered_claims(self) -> list[ReportClaim]:
        return sorted(self.data.claims, key=lambda c: id_key(c.id))

    @cached_property
    def claim_severity(self) -> dict[str, str]:
        """The most severe finding each claim is involved in."""
        result: dict[str, str] = {}
        for finding in self.data.findings:
            for claim_id in finding.claim_ids:
                current = result.get(claim_id)
                if current is None or severity_rank(finding.severity) > severity_rank(current):
                    result[claim_id] = finding.severity
        return result

    def ordered_ids(self, ids: Iterable[str]) -> list[str]:
        """Ids of claims that exist, numerically ordered (c2 before c10)."""
        return sorted((i for i in ids if i in self.claims), key=id_key)

    def claims_of(self, ids: Iterable[str]) -> list[ReportClaim]:
        return [self.claims[i] for i in self.ordered_ids(ids)]

    def excerpt(self, claim: ReportClaim) -> Excerpt:
        return excerpt(claim, self.data.texts)

    def findings_of(self, group: Group) -> list[Finding]:
        """Findings about a group: by its id, or through one of its claims."""
        members = set(group.claim_ids)
        return [
            f for f in self.findings if f.group_id == group.id or members.intersection(f.claim_ids)
        ]


def summary_lines(view: ReportView) -> list[str]:
    """The summary as short "label: value" lines (terminal and Markdown)."""
    summary = view.summary
    by_severity = summary["findings_by_severity"].items()
    severities = ", ".join(f"{count} {name}" for name, count in by_severity)
    return [
        f"Documents: {summary['documents_processed']} processed, "
        f"{summary['documents_skipped']} skipped",
        f"Claims: {summary['claims']}",
        f"Groups: {summary['groups']}, {summary['groups_multi_source']} spanning 2+ sources",
        f"Findings: {summary['findings']} ({severities})",
        "Rules: " + (", ".join(view.data.rules) or "none"),
    ]
