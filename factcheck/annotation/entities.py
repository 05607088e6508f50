"""Who a number is about: the entity table, finding mentions in text, and
matching names across documents with rapidfuzz.

Listed entities (`rules/entities.yaml`) are found by their aliases in any of the
four languages. Names that are not listed (product codes, CamelCase and
all-caps names, capitalised names in English and Dutch) are still recognised,
and matched against the table and against each other across documents, so
"Trainium" in one article and "Trainium2" in another do not stay strangers.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from rapidfuzz import fuzz, process

from factcheck.errors import RuleFileError
from factcheck.extraction.patterns import alternation
from factcheck.lexicon.yamlfile import LineMap, load_yaml, validation_error
from factcheck.models import LANGUAGES

EntityKind = Literal["organization", "product", "model", "chip", "group", "person", "place"]
# The capital first, then the look back at the character before it: the scan skips
# to capitals instead of testing the look-behind at every position.
UNKNOWN_NAME = re.compile(r"[A-Z](?<![\w-][A-Z])[a-z]*[A-Z0-9][\w&]*(?:-[A-Z0-9][\w]*)*(?![\w-])")
LATIN_CAPITALISED = re.compile(r"[A-Z](?<![\w-][A-Z])[a-z]{2,}(?:[ -][A-Z][a-z]+)*(?![\w-])")


class Aliases(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    en: tuple[str, ...] = ()
    de: tuple[str, ...] = ()
    nl: tuple[str, ...] = ()
    zh: tuple[str, ...] = ()

    def all(self) -> list[str]:
        return [name for lang in LANGUAGES for name in getattr(self, lang)]


class Entity(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    kind: EntityKind
    aliases: Aliases
    variant_of: str | None = None


class Matching(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    alias_threshold: float = Field(92, ge=0, le=100)
    unknown_name_threshold: float = Field(90, ge=0, le=100)


class EntityFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    matching: Matching = Matching()
    entities: tuple[Entity, ...]
    not_names: tuple[str, ...] = ()
    oblique_before: Aliases = Aliases()
    genitive_before: Aliases = Aliases()


@dataclass(frozen=True, slots=True)
class Mention:
    """A name in a text: where it stands and which entity it is."""

    start: int
    end: int
    entity: str
    kind: str
    possessive: bool
    oblique: bool = False


class EntityTable:
    """The known entities and a matcher for their names."""

    def __init__(self, table: EntityFile, path: str = "rules/entities.yaml") -> None:
        self.path = path
        self.fingerprint = hashlib.sha256(table.model_dump_json().encode()).hexdigest()
        self.matching = table.matching
        self.entities = {e.id: e for e in table.entities}
        self.alias_to_id: dict[str, str] = {}
        for entity in table.entities:
            for alias in (entity.id, *entity.aliases.all()):
                self._claim_alias(alias, entity.id)
        self._pattern = re.compile(alternation(self.alias_to_id))
        self.not_names = frozenset(table.not_names)
        self._oblique = {lang: _oblique_pattern(table.oblique_before, lang) for lang in LANGUAGES}
        self._genitive = {
            lang: _oblique_pattern(table.genitive_before, lang, gap=False) for lang in LANGUAGES
        }
        self._lower = {a.lower(): e for a, e in self.alias_to_id.items()}
        self._choices = sorted(self.alias_to_id)

    def _claim_alias(self, alias: str, entity_id: str) -> None:
        owner = self.alias_to_id.get(alias)
        if owner is not None and owner != entity_id:
            raise RuleFileError(
                self.path, None, f"alias {alias!r} is claimed by {owner!r} and {entity_id!r}"
            )
        self.alias_to_id[alias] = entity_id

    def mentions(
        self, text: str, start: int = 0, end: int | None = None, lang: str = "en"
    ) -> list[Mention]:
        """Known entities and unknown names in text[start:end], in text order."""
        end = len(text) if end is None else end
        found = [self._known(m) for m in self._pattern.finditer(text, start, end)]
        taken = [(m.start, m.end) for m in found]
        for match in _unknown_names(text, start, end, lang):
            overlaps = any(s < match.end() and match.start() < e for s, e in taken)
            if not overlaps and not self._not_a_name(match.group()):
                found.append(self._unknown(match))
        oblique = self._oblique.get(lang, self._oblique["en"])
        genitive = self._genitive.get(lang, self._genitive["en"])
        marked = (_with_preposition(m, text, oblique, genitive) for m in found)
        return sorted(marked, key=lambda m: m.start)

    def _not_a_name(self, name: str) -> bool:
        """'AI', 'KI-Entwicklung', 'AI-GPUs': acronyms and compounds built on them."""
        return any(part in self.not_names for part in name.split("-"))

    def _known(self, match: re.Match[str]) -> Mention:
        entity = self.entities[self.alias_to_id[match.group()]]
        return Mention(match.start(), match.end(), entity.id, entity.kind, self._possessive(match))

    def _possessive(self, match: re.Match[str]) -> bool:
        """ "NVIDIA's GPUs", "Microsofts Wette", "微软的": the name qualifies another noun."""
        surface = match.group()
        if surface.endswith(("'s", "’s")) or match.string.startswith("的", match.end()):
            return True
        stem = self.alias_to_id.get(surface[:-1])
        return surface.endswith("s") and stem == self.alias_to_id[surface]

    def _unknown(self, match: re.Match[str]) -> Mention:
        name = match.group()
        entity_id = self.canonical(name)
        kind = self.entities[entity_id].kind if entity_id in self.entities else "unknown"
        return Mention(match.start(), match.end(), entity_id, kind, False)

    def canonical(self, name: str) -> str:
        """The entity a name stands for: exact alias, case-folded alias, or a fuzzy match."""
        if name in self.alias_to_id:
            return self.alias_to_id[name]
        if name.lower() in self._lower:
            return self._lower[name.lower()]
        best = process.extractOne(
            name,
            self._choices,
            scorer=fuzz.token_sort_ratio,
            score_cutoff=self.matching.alias_threshold,
        )
        return self.alias_to_id[best[0]] if best else name

    def is_variant(self, a: str, b: str) -> bool:
        """MAI-1-preview and MAI-1 are related, not identical."""
        ea, eb = self.entities.get(a), self.entities.get(b)
        return bool((ea and ea.variant_of == b) or (eb and eb.variant_of == a))


def _oblique_pattern(words: Aliases, lang: str, gap: bool = True) -> re.Pattern[str]:
    """A preposition right before the name; in Chinese it may open a longer phrase
    ("向阿布扎比人工智能公司 G42"), so up to 15 characters of description may follow it."""
    listed = getattr(words, lang)
    if not listed:
        return re.compile("(?!)")
    between = r"[^，。,;；、！？]{0,15}" if lang == "zh" and gap else ""
    return re.compile(rf"(?:{alternation(listed)}){between}\s*$", re.IGNORECASE)


def _with_preposition(
    mention: Mention, text: str, oblique: re.Pattern[str], genitive: re.Pattern[str]
) -> Mention:
    """Mark a name after a preposition: "from NVIDIA" is an object, not the subject;
    "the market value of NVIDIA" is a possessive."""
    lo = max(0, mention.start - 20)
    if genitive.search(text, lo, mention.start):
        return Mention(mention.start, mention.end, mention.entity, mention.kind, True)
    if not oblique.search(text, lo, mention.start):
        return mention
    return Mention(
        mention.start, mention.end, mention.entity, mention.kind, mention.possessive, True
    )


def _unknown_names(text: str, start: int, end: int, lang: str) -> list[re.Match[str]]:
    """Product codes and CamelCase names anywhere; capitalised words in English and
    Dutch when they do not open a sentence (German capitalises every noun)."""
    found = list(UNKNOWN_NAME.finditer(text, start, end))
    if lang in ("en", "nl"):
        found += [m for m in LATIN_CAPITALISED.finditer(text, start, end) if not _opens(text, m)]
    return found


def _opens(text: str, match: re.Match[str]) -> bool:
    before = text[max(0, match.start() - 3) : match.start()].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?:\n"


def load_entities(path: Path) -> EntityTable:
    """Read and validate an entities file (errors name the file and line)."""
    data, lines = load_yaml(path)
    try:
        table = EntityFile.model_validate(data)
    except ValidationError as exc:
        raise validation_error(str(path), exc, lines) from exc
    _check_aliases(table, lines, str(path))
    return EntityTable(table, str(path))


def _check_aliases(table: EntityFile, lines: LineMap, path: str) -> None:
    """One name, one entity: an alias listed under two entities is an error at its line."""
    owner: dict[str, str] = {}
    for index, entity in enumerate(table.entities):
        names = [(entity.id, ("entities", index, "id"))]
        for lang in LANGUAGES:
            aliases = getattr(entity.aliases, lang)
            names += [(a, ("entities", index, "aliases", lang, k)) for k, a in enumerate(aliases)]
        for alias, loc in names:
            first = owner.setdefault(alias, entity.id)
            if first != entity.id:
                reason = f"alias {alias!r} is claimed by {first!r} and {entity.id!r}"
                raise RuleFileError(path, lines.line_of(loc), reason)
