"""Names a party goes by in a story about its own country: "Labour", "the
Republicans", "die Union", "社民党". Parties of several countries share such a name
(the Republicans of France and of the United States, the 自民党 of Japan and of
Germany), so it stands for the party that `serves` the country the article is about;
in an article about another country it stays an unknown name, matched by its spelling.
A family's name ("die Grünen", "the Social Democrats") is a European Parliament
group's as well: it stands for the party too, but never surely, so a figure said of
it is listed and compared, and raises no alarm.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from factcheck.annotation.roles import Mention
from factcheck.errors import RuleFileError
from factcheck.lexicon.yamlfile import LineMap
from factcheck.models import LANGUAGES

if TYPE_CHECKING:
    from factcheck.annotation.entities import Entity

PARTIES = "factcheck/lexicon/parties.yaml"


FIELDS = ("home_names", "family_names")


class HomeNames:
    """Each home or family name, and per country the entity it names there (and
    whether surely)."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self._parties: dict[str, dict[str, tuple[Entity, bool]]] = {}
        for entity in entities:
            for field, sure in zip(FIELDS, (True, False), strict=True):
                for name in getattr(entity, field).all():
                    if entity.serves is not None:
                        self._parties.setdefault(name, {})[entity.serves] = (entity, sure)

    def __contains__(self, name: str) -> bool:
        return name in self._parties

    def names(self) -> list[str]:
        return list(self._parties)

    def at_home(self, mentions: Sequence[Mention], country: str | None) -> list[Mention]:
        """The mentions, with each home name of a party of `country` (the country the
        article is about) standing for that party."""
        if country is None:
            return list(mentions)
        resolved = []
        for mention in mentions:
            found = self._parties.get(mention.entity, {}).get(country)
            if found is not None and mention.kind == "unknown":
                party, sure = found
                mention = replace(mention, entity=party.id, kind=party.kind, sure=sure)
            resolved.append(mention)
        return resolved


def check_home_names(
    entities: Sequence[Entity], aliases: Iterable[str], lines: LineMap, path: str, in_file: int
) -> None:
    """A home name needs the country its entity `serves`, is no entity's alias, and
    names one entity per country; an error names the line (of the rules' file for its
    first `in_file` entities, else of `lexicon/parties.yaml`)."""
    listed = set(aliases)
    seen: dict[tuple[str, str], str] = {}
    for index, entity in enumerate(entities):
        for field, lang in ((f, lang) for f in FIELDS for lang in LANGUAGES):
            for k, name in enumerate(getattr(getattr(entity, field), lang)):
                line = lines.line_of(("entities", index, field, lang, k))
                where = path if index < in_file else PARTIES
                line = line if index < in_file else None
                if entity.serves is None:
                    reason = f"home name {name!r} of {entity.id!r} needs `serves`"
                elif name in listed:
                    reason = f"home name {name!r} of {entity.id!r} is also an alias"
                elif seen.setdefault((name, entity.serves), entity.id) != entity.id:
                    first = seen[(name, entity.serves)]
                    reason = f"home name {name!r} names {first!r} and {entity.id!r} alike"
                else:
                    continue
                raise RuleFileError(where, line, reason)
