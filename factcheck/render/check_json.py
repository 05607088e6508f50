"""`factcheck check --format json`: the documented shape of docs/check-schema.md.

The body is `CheckResult.model_dump(mode="json")`, so the JSON cannot drift from
the models; keys keep model order and lists the result's deterministic order.
"""

from __future__ import annotations

import json

from factcheck.models import CheckResult

SCHEMA = "factcheck-check/1"


def render_json(result: CheckResult, *, show_supported: bool = False) -> str:
    body = result.model_dump(mode="json")
    if not show_supported:
        body["supported"] = []
    return json.dumps({"schema": SCHEMA, **body}, ensure_ascii=False, indent=2) + "\n"
