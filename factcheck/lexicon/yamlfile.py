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

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from factcheck.errors import RuleFileError
from factcheck.lexicon.keptbuilds import remembered

Loc = tuple[str | int, ...]

# libyaml's parser when PyYAML has it (about 10x faster: the tables are read at every
# start); same safe resolver and constructor. Errors come from the pure-Python one.
FastSafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_TAG = "tag:yaml.org,2002:"
_SCALAR_TAGS = frozenset(_TAG + name for name in ("str", "int", "float", "bool", "null"))
_TIMESTAMP = _TAG + "timestamp"
# YAML 1.1 (PyYAML) reads `1e6` as a string; rule authors mean a number, as in YAML 1.2.
_EXPONENT_FLOAT = re.compile(r"[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)[eE][-+]?\d+")
# Aliases can expand a small file into a huge structure ("billion laughs").
MAX_NODES = 200_000


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


def _compose(text: str) -> Node | None:
    """The node tree, fast; on a syntax error, the pure parser's error and mark."""
    try:
        return yaml.compose(text, Loader=FastSafeLoader)
    except yaml.YAMLError:
        return yaml.compose(text, Loader=yaml.SafeLoader)


def load_yaml(path: Path) -> tuple[Any, LineMap]:
    """Parse one YAML file into plain data plus the line of every node."""
    text = _read(path)
    return remembered("located", text, lambda: _parsed(path, text), _encoded, _decoded)


def _encoded(parsed: tuple[Any, LineMap]) -> list[Any]:
    data, lines = parsed
    return [data, [[list(loc), line] for loc, line in lines.lines.items()]]


def _decoded(kept: list[Any]) -> tuple[Any, LineMap]:
    data, lines = kept
    return data, LineMap({tuple(loc): line for loc, line in lines})


def _parsed(path: Path, text: str) -> tuple[Any, LineMap]:
    try:
        root = _compose(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        raise RuleFileError(str(path), line, f"YAML syntax error: {exc.problem}") from exc
    except yaml.YAMLError as exc:
        raise RuleFileError(str(path), None, f"YAML syntax error: {exc}") from exc
    except RecursionError as exc:
        raise RuleFileError(str(path), None, "YAML nesting too deep") from exc
    if root is None:
        raise RuleFileError(str(path), None, "empty file")
    builder = _Builder(str(path))
    try:
        data = builder.build(root, (), frozenset())
    except RecursionError as exc:
        raise RuleFileError(str(path), None, "YAML nesting too deep") from exc
    builder.lines[()] = _line(root)
    return data, LineMap(builder.lines)


def _read(path: Path) -> str:
    """The file's text; an unreadable or non-UTF-8 file is the user's to fix."""
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise RuleFileError(str(path), None, f"not valid UTF-8: {exc.reason}") from exc
    except OSError as exc:
        raise RuleFileError(str(path), None, f"cannot read: {exc.strerror or exc}") from exc


def _line(node: Node) -> int:
    return node.start_mark.line + 1


class _Builder:
    """Turns a composed node tree into dicts, lists and scalars, recording lines."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.lines: dict[Loc, int] = {}
        self.budget = MAX_NODES
        self.scalars = SafeConstructor()

    def fail(self, node: Node, reason: str) -> RuleFileError:
        return RuleFileError(self.path, _line(node), reason)

    def build(self, node: Node, loc: Loc, active: frozenset[int]) -> Any:
        """Plain data for `node`; `active` holds the collections being built (cycles)."""
        self.budget -= 1
        if self.budget < 0:
            raise self.fail(node, f"too many YAML nodes (more than {MAX_NODES}, aliases?)")
        if id(node) in active:  # report where the alias is used, not its anchor
            raise RuleFileError(self.path, self.lines.get(loc, _line(node)), "recursive YAML alias")
        if isinstance(node, ScalarNode):
            return self.scalar(node)
        if isinstance(node, SequenceNode) and node.tag == _TAG + "seq":
            return self.sequence(node, loc, active | {id(node)})
        if isinstance(node, MappingNode) and node.tag == _TAG + "map":
            return self.mapping(node, loc, active | {id(node)})
        raise self.fail(node, f"unsupported YAML tag {_short_tag(node.tag)}")

    def scalar(self, node: ScalarNode) -> Any:
        if node.tag == _TIMESTAMP:
            return node.value  # dates stay text: the models parse what they need
        if node.tag not in _SCALAR_TAGS:
            raise self.fail(node, f"unsupported YAML tag {_short_tag(node.tag)}")
        if (
            node.tag == _TAG + "str"
            and not node.style  # plain: None from PyYAML's parser, '' from libyaml's
            and _EXPONENT_FLOAT.fullmatch(node.value)
        ):
            return float(node.value.replace("_", ""))
        return self.scalars.construct_object(node, deep=True)

    def sequence(self, node: SequenceNode, loc: Loc, active: frozenset[int]) -> list[Any]:
        items = []
        for index, child in enumerate(node.value):
            self.lines[(*loc, index)] = _line(child)
            items.append(self.build(child, (*loc, index), active))
        return items

    def mapping(self, node: MappingNode, loc: Loc, active: frozenset[int]) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _TAG + "merge":
                raise self.fail(key_node, "YAML merge keys (<<) are not supported")
            if not isinstance(key_node, ScalarNode):
                raise self.fail(key_node, "mapping keys must be plain values")
            key = self.scalar(key_node)
            if key in result:
                raise self.fail(key_node, f"duplicate key '{key}'")
            self.lines[(*loc, key)] = _line(key_node)
            result[key] = self.build(value_node, (*loc, key), active)
        return result


def _short_tag(tag: str) -> str:
    """`tag:yaml.org,2002:python/object` -> `!!python/object` as the author wrote it."""
    return "!!" + tag.removeprefix(_TAG) if tag.startswith(_TAG) else tag


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
