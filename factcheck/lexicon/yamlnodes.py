"""Parsing YAML into plain data and the line of every node, with PyYAML's safe
composer: nothing is constructed from tags, nothing is evaluated, and only the core
scalar types, mappings and sequences are accepted (`yamlfile` says why). A separate
module so that a run whose tables are kept (`keptbuilds`) never imports PyYAML.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from factcheck.errors import RuleFileError
from factcheck.lexicon.yamlfile import Loc

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


def parse_table(name: str, text: str) -> Any:
    """A shipped language table (`factcheck/lexicon/<name>.yaml`), with the fast loader."""
    try:
        return yaml.load(text, Loader=FastSafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise RuleFileError(f"factcheck/lexicon/{name}.yaml", line, str(exc)) from exc


def _compose(text: str) -> Node | None:
    """The node tree, fast; on a syntax error, the pure parser's error and mark."""
    try:
        return yaml.compose(text, Loader=FastSafeLoader)
    except yaml.YAMLError:
        return yaml.compose(text, Loader=yaml.SafeLoader)


def parse_located(path: str, text: str) -> tuple[Any, dict[Loc, int]]:
    """Plain data of one YAML file and the line of every key and item; `path` names
    the file in errors."""
    try:
        root = _compose(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        raise RuleFileError(path, line, f"YAML syntax error: {exc.problem}") from exc
    except yaml.YAMLError as exc:
        raise RuleFileError(path, None, f"YAML syntax error: {exc}") from exc
    except RecursionError as exc:
        raise RuleFileError(path, None, "YAML nesting too deep") from exc
    if root is None:
        raise RuleFileError(path, None, "empty file")
    builder = _Builder(path)
    try:
        data = builder.build(root, (), frozenset())
    except RecursionError as exc:
        raise RuleFileError(path, None, "YAML nesting too deep") from exc
    builder.lines[()] = _line(root)
    return data, builder.lines


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
