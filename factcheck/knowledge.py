"""What a run knows besides the text: the entity table, the attribute table and the rules.

All three come from rule folders (`rules/` ships with factcheck; `--rules DIR` and
the configuration name others). A later folder's `entities.yaml` or
`attributes.yaml` replaces an earlier one's; the rules of all folders are merged.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from factcheck.annotation.attributes import AttributeTable, load_attributes
from factcheck.annotation.entities import EntityTable, load_entities
from factcheck.ruleset import Rule, default_rules_dir, inside, load_rules


@dataclass(frozen=True)
class Knowledge:
    """The data a report or a check runs on: entities, attributes and rules."""

    entities: EntityTable
    attributes: AttributeTable
    rules: list[Rule]

    @classmethod
    def from_dirs(cls, rules_dirs: Iterable[Path] | None = None) -> Knowledge:
        """Rule folders in order; the last one with entities.yaml/attributes.yaml wins."""
        dirs = list(rules_dirs) if rules_dirs else [default_rules_dir()]
        entities_file = attributes_file = None
        for folder in dirs:
            if (folder / "entities.yaml").exists():
                entities_file = inside(folder, folder / "entities.yaml")
            if (folder / "attributes.yaml").exists():
                attributes_file = inside(folder, folder / "attributes.yaml")
        shipped = default_rules_dir().resolve()
        entities = (
            load_entities(entities_file)
            if entities_file and entities_file.resolve() != shipped / "entities.yaml"
            else default_entities()
        )
        attributes = (
            load_attributes(attributes_file)
            if attributes_file and attributes_file.resolve() != shipped / "attributes.yaml"
            else default_attributes()
        )
        return cls(entities, attributes, load_rules(dirs))

    @property
    def variants(self) -> list[tuple[str, str]]:
        """(entity, the entity it is a variant of): related names, never merged."""
        return [(e.id, e.variant_of) for e in self.entities.entities.values() if e.variant_of]


@cache
def default_entities() -> EntityTable:
    """The shipped entity table (read once per process)."""
    return load_entities(default_rules_dir() / "entities.yaml")


@cache
def default_attributes() -> AttributeTable:
    """The shipped attribute table (read once per process)."""
    return load_attributes(default_rules_dir() / "attributes.yaml")


RulesArg = str | os.PathLike[str] | Iterable[str | os.PathLike[str]] | None


def load_knowledge(rules: RulesArg = None) -> Knowledge:
    """Entities, attributes and rules from rule folders (default: the shipped `rules/`).

    Each folder holds `checks/*.yaml` and optionally `entities.yaml` and
    `attributes.yaml`; a bad file raises `RuleFileError` naming its line.
    """
    if rules is None:
        return Knowledge.from_dirs()
    folders = [rules] if isinstance(rules, str | os.PathLike) else list(rules)
    return Knowledge.from_dirs(Path(folder) for folder in folders)


def time_kinds_of(knowledge: Knowledge) -> dict[str, str]:
    """How each attribute's figures hold in time, as the draft lookups need it:
    "static" for all time (a model's parameter count), "moving" for a market price
    (a market value "in 2025" is one published in 2025), else its granularity."""
    return {
        a.id: "moving" if a.moves else a.granularity
        for a in knowledge.attributes.attributes.values()
    }
