"""The cross-source report as one JSON document, described in docs/report-schema.md.

The body is `ReportData.model_dump(mode="json")`, so the JSON can never drift
from the models; `schema` names the format version for consumers and `summary`
holds the counts every other format shows in its header. Keys keep model order
(not sorted), and lists keep the report's deterministic order, so two runs over
the same inputs give the same bytes.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from factcheck.models import SEVERITY_ORDER

if TYPE_CHECKING:
    from factcheck.models import ReportData

SCHEMA = "factcheck-report/1"
# Most severe first: the order the summary lists them in.
SEVERITIES: tuple[str, ...] = tuple(sorted(SEVERITY_ORDER, key=SEVERITY_ORDER.__getitem__)[::-1])


def report_summary(data: ReportData) -> dict[str, Any]:
    """The counts a reader wants before the details; shared by every format."""
    skipped = sum(1 for d in data.documents if d.status == "skipped")
    by_severity = {name: 0 for name in SEVERITIES}
    for finding in data.findings:
        by_severity[finding.severity] = by_severity.get(finding.severity, 0) + 1
    return {
        "documents": len(data.documents),
        "documents_processed": len(data.documents) - skipped,
        "documents_skipped": skipped,
        "claims": len(data.claims),
        "groups": len(data.groups),
        "groups_multi_source": sum(1 for g in data.groups if g.documents >= 2),
        "findings": len(data.findings),
        "findings_by_severity": by_severity,
    }


def report_document(data: ReportData) -> dict[str, Any]:
    """The JSON object: `schema`, `summary`, then the report's fields in model order."""
    return {"schema": SCHEMA, "summary": report_summary(data), **data.model_dump(mode="json")}


def render_report(data: ReportData) -> str:
    """The report as indented JSON with readable non-ASCII text and a final newline."""
    return json.dumps(report_document(data), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
