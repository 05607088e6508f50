"""Silencing findings an editor has looked at: rule selection, inline comments,
blocks and baselines.

Inline: `factcheck: ignore` on a line (in Markdown and HTML inside a comment,
`<!-- factcheck: ignore[FC101] -->`) silences the findings on that line and on
the next. Block: `factcheck: off` silences every finding from its line to the
next `factcheck: on` (or the end of the file). `[...]` narrows either to rule
codes, comma-separated: a rule's id, its name or its check kind, in any case.
A code that names no rule, and a comment that silenced nothing, are warned
about: a typo must not silently fail to silence, nor a stale comment silently
hide the next real problem.

Selection (`Selection`): `select`/`ignore` choose the rules whose findings are
reported, `exclude` skips drafts by path and `per-file-ignores` ignores rules
in the drafts a glob matches, as in ruff.

Baseline: a JSON file of finding fingerprints (file, rule, claim text and its
sentence; not line numbers, so edits elsewhere keep it valid). A newsroom writes
one for its archive and from then on sees only new problems.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path, PurePath

from factcheck.errors import ConfigError, InputError
from factcheck.load.positions import Locator
from factcheck.models import CheckFinding
from factcheck.ruleset import Rule

DIRECTIVE = re.compile(r"factcheck:\s*(ignore|off|on)\b(?:\[([^\]\n]*)\])?", re.IGNORECASE)
BASELINE_VERSION = 1
END_OF_FILE = 1 << 62


class RuleCodes:
    """Rule ids, rule names and check kinds, in any case, each standing for rule ids."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules = list(rules)
        self.by_code: dict[str, frozenset[str]] = {}
        for rule in self.rules:
            for code in (rule.id, rule.name, rule.check):
                key = code.casefold()
                self.by_code[key] = self.by_code.get(key, frozenset()) | {rule.id}
        self.enabled = frozenset(rule.id for rule in self.rules if rule.enabled)

    def ids(self, code: str) -> frozenset[str] | None:
        """The rules `code` names; None when it names none."""
        return self.by_code.get(code.strip().casefold())

    def resolve(self, codes: Iterable[str], what: str) -> frozenset[str]:
        """The rule ids of every code; an unknown one is an error naming it."""
        codes = [code for code in codes if code.strip()]
        unknown = [code for code in codes if self.ids(code) is None]
        if unknown:
            known = ", ".join(f"{rule.id} ({rule.name})" for rule in self.rules) or "none"
            raise ConfigError(f"{what}: unknown rule {', '.join(unknown)} (known: {known})")
        return frozenset(rule for code in codes for rule in self.ids(code) or ())


def split_codes(values: Iterable[str] | None) -> tuple[str, ...] | None:
    """`--select FC101,FC102 --select scale-error` as one tuple of codes (None: not given)."""
    if values is None:
        return None
    return tuple(code.strip() for value in values for code in value.split(",") if code.strip())


@dataclass(frozen=True)
class Selection:
    """Which drafts are checked and which rules' findings are reported in each.

    Globs (`exclude`, the keys of `per_file_ignores`) are fnmatch patterns (`*`
    crosses folders) matched against a draft's path relative to `root` (the
    configuration's folder; default: the working directory), its path as given,
    and, for a pattern without a slash, its file name.
    """

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    per_file_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    root: Path | None = None

    def resolved(self, rules: Iterable[Rule]) -> ResolvedSelection:
        """The codes as rule ids; an unknown code fails the run before any work."""
        codes = RuleCodes(rules)
        every = frozenset(rule.id for rule in codes.rules)
        per_file = tuple(
            (glob, codes.resolve(ids, f"per-file-ignores: {glob!r}"))
            for glob, ids in self.per_file_ignores.items()
        )
        return ResolvedSelection(
            codes=codes,
            selected=codes.resolve(self.select, "select") if self.select else every,
            ignored=codes.resolve(self.ignore, "ignore"),
            exclude=self.exclude,
            per_file=per_file,
            root=(self.root or Path.cwd()).absolute(),
        )


@dataclass(frozen=True)
class ResolvedSelection:
    """A `Selection` with its codes resolved against the run's rules."""

    codes: RuleCodes
    selected: frozenset[str]
    ignored: frozenset[str]
    exclude: tuple[str, ...]
    per_file: tuple[tuple[str, frozenset[str]], ...]
    root: Path

    def excluded(self, path: str) -> bool:
        return any(self._matches(glob, path) for glob in self.exclude)

    def active(self, path: str) -> frozenset[str]:
        """The enabled rules whose findings are reported in the draft at `path`."""
        off = self.ignored.union(*(ids for glob, ids in self.per_file if self._matches(glob, path)))
        return (self.codes.enabled & self.selected) - off

    def _matches(self, glob: str, path: str) -> bool:
        given = PurePath(path)
        names = [given.as_posix()]
        absolute = Path(os.path.abspath(path))
        if absolute.is_relative_to(self.root):
            names.append(absolute.relative_to(self.root).as_posix())
        if "/" not in glob:
            names.append(given.name)
        glob = glob.removeprefix("./")
        folder = glob.rstrip("/") + "/*"  # a folder's name stands for everything in it
        return any(fnmatchcase(name, glob) or fnmatchcase(name, folder) for name in names)


@dataclass
class Directive:
    """One `factcheck: ignore` or `factcheck: off` comment and the lines it covers."""

    line: int
    last: int
    text: str
    codes: tuple[str, ...]
    ids: frozenset[str] | None  # None: every rule
    silenced: set[str] = field(default_factory=set)

    def covers(self, finding: CheckFinding) -> bool:
        in_range = self.line <= finding.line <= self.last
        return in_range and (self.ids is None or finding.rule in self.ids)


class Suppressions:
    """The suppression comments of one draft: what they silence and what is wrong
    with them (unknown codes, nothing silenced, an `on` without an `off`)."""

    def __init__(self, source: str, locator: Locator, codes: RuleCodes) -> None:
        self.codes = codes
        self.directives: list[Directive] = []
        self.problems: list[tuple[int, str]] = []
        open_blocks: list[Directive] = []
        for match in DIRECTIVE.finditer(source):
            line = locator.line_of(match.start())
            verb = match.group(1).lower()
            if verb == "on":
                if not open_blocks:
                    self.problems.append((line, f"'{match.group(0)}' without a 'factcheck: off'"))
                for block in open_blocks:
                    block.last = line
                open_blocks = []
                continue
            directive = self._directive(line, match)
            if verb == "off":
                directive.last = END_OF_FILE
                open_blocks.append(directive)
            self.directives.append(directive)

    def _directive(self, line: int, match: re.Match[str]) -> Directive:
        listed = match.group(2)
        codes = tuple(c.strip() for c in (listed or "").split(",") if c.strip())
        ids: frozenset[str] | None = None
        if codes:
            ids = frozenset()
            for code in codes:
                found = self.codes.ids(code)
                if found is None:
                    self.problems.append((line, f"unknown rule code '{code}' in '{match[0]}'"))
                else:
                    ids |= found
        return Directive(line, line + 1, match.group(0), codes, ids)

    def kept(self, findings: Iterable[CheckFinding]) -> list[CheckFinding]:
        """The findings no comment silences; the comments remember what they silenced."""
        kept = []
        for finding in findings:
            covering = [d for d in self.directives if d.covers(finding)]
            for directive in covering:
                directive.silenced.add(finding.rule or "")
            if not covering:
                kept.append(finding)
        return kept

    def warnings(self, file: str, active: frozenset[str]) -> list[str]:
        """One `file:line: ...` line per problem; a code is unused only when its rule
        ran and was reported in this file (a deselected rule finds nothing to silence)."""
        problems = list(self.problems)
        for d in self.directives:
            if d.ids is None and not d.silenced:
                problems.append((d.line, f"unused suppression '{d.text}': nothing to silence"))
            for code in d.codes:
                ids = self.codes.ids(code)
                if ids and ids & active and not ids & d.silenced:
                    problems.append((d.line, f"unused suppression code '{code}' in '{d.text}'"))
        return [f"{file}:{line}: {message}" for line, message in sorted(problems)]


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


def fingerprint(file: str, rule: str, text: str, sentence: str) -> str:
    """A finding's identity for baselines: stable when lines move, new when the words change."""
    key = "\x1f".join((file, rule, text, " ".join(sentence.split())))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
