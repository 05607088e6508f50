"""Language tables shipped with factcheck, loaded once from package data.

Each YAML file holds one concern (scale words, hedges, bounds, units, ...) with
the four languages side by side, so a linguist can extend a language without
touching the grammar. Loading goes through importlib.resources so installed
wheels find the same files as a checkout.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

from factcheck.lexicon.keptbuilds import plain, remembered, unplain


@cache
def load_table(name: str) -> Any:
    """Parse `factcheck/lexicon/<name>.yaml` with the safe loader (cached)."""
    text = resources.files(__name__).joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    return remembered("table", text, lambda: _parsed_table(name, text), plain, unplain)


def _parsed_table(name: str, text: str) -> Any:
    from factcheck.lexicon.yamlnodes import parse_table  # PyYAML: only when not kept

    return parse_table(name, text)


def read_text(filename: str) -> str:
    """Raw text of a non-YAML resource (the pint definitions file)."""
    return resources.files(__name__).joinpath(filename).read_text(encoding="utf-8")


def words(entry: dict[str, Any], lang: str) -> list[str]:
    """The words of one table row for one language (empty when the row has none)."""
    return [str(w) for w in entry.get(lang) or []]


def by_language(section: dict[str, Any] | None, lang: str) -> list[str]:
    """A `{lang: [words]}` mapping's list for one language."""
    if not section:
        return []
    return [str(w) for w in section.get(lang) or []]
