"""Silencing findings an editor has looked at: inline comments and baselines.

Inline: `factcheck: ignore` on a line (in Markdown and HTML inside a comment,
`<!-- factcheck: ignore[FC101] -->`) silences the findings on that line and on
the next; `[...]` narrows it to rule ids or kinds, comma-separated.

Baseline: a JSON file of finding fingerprints (file, rule, claim text and its
sentence; not line numbers, so edits elsewhere keep it valid). A newsroom writes
one for its archive and from then on sees only new problems.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from factcheck.errors import ConfigError, InputError
from factcheck.load.positions import Locator
from factcheck.models import CheckFinding

IGNORE = re.compile(r"factcheck:\s*ignore(?:\[([^\]\n]*)\])?", re.IGNORECASE)
BASELINE_VERSION = 1


def inline_ignores(source: str, locator: Locator) -> dict[int, frozenset[str] | None]:
    """Line -> the rule ids/kinds ignored there (None: everything)."""
    ignores: dict[int, frozenset[str] | None] = {}
    for match in IGNORE.finditer(source):
        line = locator.line_of(match.start())
        names = _names(match.group(1))
        for target in (line, line + 1):
            ignores[target] = _merge(ignores.get(target, frozenset()), names)
    return ignores


def _names(listed: str | None) -> frozenset[str] | None:
    if listed is None:
        return None
    names = frozenset(name.strip() for name in listed.split(",") if name.strip())
    return names or None


def _merge(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    return None if a is None or b is None else a | b


def is_ignored(finding: CheckFinding, ignores: dict[int, frozenset[str] | None]) -> bool:
    if finding.line not in ignores:
        return False
    names = ignores[finding.line]
    return names is None or finding.rule in names or finding.kind in names


def write_baseline(path: Path, findings: Iterable[CheckFinding]) -> int:
    """Record the fingerprints of `findings`; returns how many were written."""
    counts = Counter(f.fingerprint for f in findings)
    entries = [{"fingerprint": key, "count": counts[key]} for key in sorted(counts)]
    data = {"factcheck-baseline": BASELINE_VERSION, "findings": entries}
    try:
        path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise InputError(str(path), (exc.strerror or type(exc).__name__).lower()) from None
    return sum(counts.values())


def read_baseline(path: Path) -> Counter[str]:
    """Fingerprint -> how many findings with it the baseline accepts."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(str(path), (exc.strerror or type(exc).__name__).lower()) from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not a factcheck baseline (invalid JSON: {exc})") from None
    if not isinstance(data, dict) or data.get("factcheck-baseline") != BASELINE_VERSION:
        raise ConfigError(f"{path}: not a factcheck baseline (version {BASELINE_VERSION})")
    counts: Counter[str] = Counter()
    for entry in data.get("findings", []):
        if not isinstance(entry, dict) or not isinstance(entry.get("fingerprint"), str):
            raise ConfigError(f"{path}: baseline entry without a fingerprint: {entry!r}")
        counts[entry["fingerprint"]] += int(entry.get("count", 1))
    return counts


def apply_baseline(
    findings: list[CheckFinding], baseline: Counter[str]
) -> tuple[list[CheckFinding], int]:
    """Findings not in the baseline (each fingerprint absorbs up to its count), and how
    many were absorbed."""
    remaining = Counter(baseline)
    kept = []
    for finding in findings:
        if remaining[finding.fingerprint] > 0:
            remaining[finding.fingerprint] -= 1
        else:
            kept.append(finding)
    return kept, len(findings) - len(kept)
