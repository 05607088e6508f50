"""Safe YAML loading that remembers where every value came from.

Rule and data files are written by hand, so a mistake must be reported as
`path:line: reason`. `yaml.safe_load` throws the positions away; here the file
is composed into a node tree with the safe loader (nothing is constructed from
tags, nothing is evaluated) and plain Python data is built from the nodes while
recording the line of every key and list item. Only the core YAML scalar types,
mappings and sequences are accepted: any other tag (`!!python/...`, `!!binary`,
`!!set`, custom `!tags`) is an error, not a silent string.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from factcheck.errors import RuleFileError
from factcheck.lexicon.keptbuilds import plain, remembered, unplain

Loc = tuple[str | int, ...]


class LocatedValueError(ValueError):
    """A validator's error about a part of its input, e.g. one key of a dict field.

    pydantic reports a field validator's error at the field; `loc` (relative to
    that field) lets `validation_error` point at the exact key instead.
    """

    def __init__(self, loc: Loc, message: str) -> None:
        super().__init__(message)
        self.loc = loc


@dataclass(frozen=True)
class LineMap:
    """The 1-based line of every mapping key and sequence item, by key path.

    The root is `()`; `("examples", "must_flag", 0)` is the first flagged example.
    """

    lines: Mapping[Loc, int]

    def resolve(self, loc: Sequence[Any]) -> Loc:
        """The longest path of existing nodes along `loc`.

        Elements that are not keys of the data (pydantic adds union member and
        validator names to its locs) are skipped rather than ending the walk.
        """
        found: Loc = ()
        for part in loc:
            candidate = (*found, part)
            if candidate in self.lines:
                found = candidate
        return found

    def line_of(self, loc: Sequence[Any]) -> int:
        """Line of the node at `loc`, or of its nearest existing parent."""
        return self.lines.get(self.resolve(loc), 1)


def load_yaml(path: Path) -> tuple[Any, LineMap]:
    """Parse one YAML file into plain data plus the line of every node."""
    text = _read(path)
    return remembered("located", text, lambda: _parsed(path, text), _encoded, _decoded)


def _parsed(path: Path, text: str) -> tuple[Any, LineMap]:
    from factcheck.lexicon.yamlnodes import parse_located  # PyYAML: only when not kept

    data, lines = parse_located(str(path), text)
    return data, LineMap(lines)


def _encoded(parsed: tuple[Any, LineMap]) -> list[Any]:
    data, lines = parsed
    return [plain(data), [[list(loc), line] for loc, line in lines.lines.items()]]


def _decoded(kept: list[Any]) -> tuple[Any, LineMap]:
    data, lines = kept
    return unplain(data), LineMap({tuple(loc): line for loc, line in lines})


def _read(path: Path) -> str:
    """The file's text; an unreadable or non-UTF-8 file is the user's to fix."""
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise RuleFileError(str(path), None, f"not valid UTF-8: {exc.reason}") from exc
    except OSError as exc:
        raise RuleFileError(str(path), None, f"cannot read: {exc.strerror or exc}") from exc


def validation_error(
    path: str | Path,
    exc: ValidationError,
    lines: LineMap,
    rule_id: str | None = None,
) -> RuleFileError:
    """The first pydantic error as one `path:line: [id] reason` line.

    One precise error beats a wall of them: fixing the first usually fixes the
    rest, and the user reruns anyway.
    """
    error = exc.errors()[0]
    loc: Loc = tuple(error["loc"])
    cause = (error.get("ctx") or {}).get("error")
    if isinstance(cause, LocatedValueError):
        loc = (*loc, *cause.loc)
    found = lines.resolve(loc)
    kind = error["type"]
    if kind == "missing":
        reason = f"missing key '{_dotted((*found, loc[-1]))}'"
    elif kind == "extra_forbidden":
        reason = f"unknown key '{_dotted(found)}'"
    else:
        message = str(cause) if isinstance(cause, ValueError) else _lower_first(error["msg"])
        reason = f"{_dotted(found)}: {message}" if found else message
    return RuleFileError(str(path), lines.line_of(found), reason, rule_id)


def _dotted(loc: Loc) -> str:
    return ".".join(str(part) for part in loc)


def _lower_first(message: str) -> str:
    """pydantic's "Input should be ..." reads better after a colon as "input should be"."""
    if len(message) > 1 and message[0].isupper() and message[1].islower():
        return message[0].lower() + message[1:]
    return message
