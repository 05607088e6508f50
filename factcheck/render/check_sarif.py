"""`factcheck check --format sarif`: SARIF 2.1.0 for code-scanning dashboards.

One run, the tool's rules as `reportingDescriptor`s (id, name, description,
default level), one `result` per finding with the draft span as its location
and each source claim as a `relatedLocation`. Character offsets and 1-based
lines and columns are both given; columns count characters
(`columnKind: unicodeCodePoints`). Every file under the working directory is a
URI relative to `%SRCROOT%`, which `originalUriBaseIds` sets to the working
directory, so code-scanning dashboards place the findings in the repository
whatever folder the check ran in; a file outside it gets an absolute `file://` URI.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

from factcheck.models import CheckFinding, CheckResult, Evidence
from factcheck.render.check_text import one_line
from factcheck.ruleset import Rule
from factcheck.version import __version__

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
INFORMATION_URI = "https://github.com/factcheck/factcheck"
SRCROOT = "%SRCROOT%"


def render_sarif(result: CheckResult, rules: list[Rule], root: Path | None = None) -> str:
    """The SARIF log; `root` (default: the working directory) is `%SRCROOT%`."""
    index = {rule.id: number for number, rule in enumerate(rules)}
    base = Path(os.path.abspath(root or Path.cwd()))
    run = {
        "tool": {"driver": _driver(rules)},
        "originalUriBaseIds": {SRCROOT: {"uri": _folder_uri(base)}},
        "columnKind": "unicodeCodePoints",
        "results": [_result(finding, index, base) for finding in result.findings],
    }
    sarif = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(sarif, ensure_ascii=False, indent=2) + "\n"


def _driver(rules: list[Rule]) -> dict[str, Any]:
    return {
        "name": "factcheck",
        "version": __version__,
        "informationUri": INFORMATION_URI,
        "rules": [
            {
                "id": rule.id,
                "name": rule.name,
                "shortDescription": {"text": rule.description.strip().split(". ")[0]},
                "fullDescription": {"text": " ".join(rule.description.split())},
                "defaultConfiguration": {
                    "level": LEVELS[rule.severity],
                    "enabled": rule.enabled,
                },
                "properties": {"check": rule.check},
            }
            for rule in rules
        ],
    }


def _result(finding: CheckFinding, index: dict[str, int], base: Path) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "level": LEVELS[finding.severity or "info"],
        "kind": "fail",
        "message": {"text": f"{finding.kind}: '{one_line(finding.text)}': {finding.message}"},
        "locations": [_location(finding.file, finding, base)],
        "partialFingerprints": {"factcheck/v1": finding.fingerprint},
        "properties": {
            "kind": finding.kind,
            "value": finding.value,
            "unit": finding.unit,
            "subject": None if finding.subject is None else str(finding.subject),
            "attribute": None if finding.attribute is None else str(finding.attribute),
        },
    }
    if finding.rule in index:
        result["ruleIndex"] = index[finding.rule]
    if finding.evidence:
        result["relatedLocations"] = [
            {
                "id": number,
                **_location(item.file, item, base),
                "message": {"text": f"source: '{one_line(item.text)}'"},
            }
            for number, item in enumerate(finding.evidence, 1)
        ]
    return result


def _location(file: str, span: CheckFinding | Evidence, base: Path) -> dict[str, Any]:
    end_line, end_column = span.end_line, span.end_column
    return {
        "physicalLocation": {
            "artifactLocation": _artifact(file, base),
            "region": {
                "startLine": span.line,
                "startColumn": span.column,
                "endLine": end_line,
                "endColumn": end_column,
                "charOffset": span.start,
                "charLength": span.end - span.start,
            },
        }
    }


def _folder_uri(folder: Path) -> str:
    """A folder's `file://` URI ends with a slash, so relative URIs resolve inside it."""
    uri = folder.as_uri()
    return uri if uri.endswith("/") else uri + "/"


def _artifact(file: str, base: Path) -> dict[str, str]:
    """Relative to `%SRCROOT%` when the file is under it (forward slashes, spaces and
    such percent-encoded), else an absolute `file://` URI."""
    path = Path(os.path.abspath(file))
    if not path.is_relative_to(base):
        return {"uri": path.as_uri()}
    return {"uri": quote(path.relative_to(base).as_posix()), "uriBaseId": SRCROOT}
