"""What a number measures: attributes from `rules/attributes.yaml`, found by
their keywords near the claim, and the topic an amount goes to.

Keyword tables are data, four languages side by side; the unit of a claim
narrows the candidates ("500 Milliarden Parametern" can only be a parameter
count, "fast 500.000 Einheiten ... erworben" only a count of things bought).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from factcheck.extraction.patterns import alternation
from factcheck.extraction.units import checked_units, unit_category
from factcheck.lexicon.yamlfile import load_yaml, validation_error
from factcheck.models import LANGUAGES, Attribute


class Keywords(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    en: tuple[str, ...] = ()
    de: tuple[str, ...] = ()
    nl: tuple[str, ...] = ()
    zh: tuple[str, ...] = ()


class AttributeDefinition(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    label: str
    units: tuple[str, ...] = Field(min_length=1)
    by_unit: bool = False
    topical: bool = False
    keywords: Keywords = Keywords()

    @field_validator("units")
    @classmethod
    def _known_units(cls, units: tuple[str, ...]) -> tuple[str, ...]:
        return checked_units(units)

    def admits(self, unit: str) -> bool:
        return unit in self.units or unit_category(unit) in self.units


class Topic(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    keywords: Keywords


class AttributeFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    window: int = Field(80, ge=0)
    attributes: tuple[AttributeDefinition, ...]
    topics: tuple[Topic, ...] = ()


@dataclass(frozen=True, slots=True)
class KeywordHit:
    start: int
    end: int
    owner: str


class AttributeTable:
    """Keyword matchers per language for attributes and topics."""

    def __init__(self, table: AttributeFile) -> None:
        self.fingerprint = hashlib.sha256(table.model_dump_json().encode()).hexdigest()
        self.window = table.window
        self.attributes = {a.id: a for a in table.attributes}
        self.topic_order = [t.id for t in table.topics]
        self._attribute_words = {lang: _matcher(table.attributes, lang) for lang in LANGUAGES}
        self._topic_words = {lang: _matcher(table.topics, lang) for lang in LANGUAGES}

    def attribute_of(
        self, text: str, lang: str, span: tuple[int, int], sentence: tuple[int, int], unit: str
    ) -> Attribute:
        """The admitted attribute whose keyword is nearest the claim, else one the unit
        implies, else the unit's generic attribute (category and unit)."""
        return self.keywords(text, lang).attribute_of(span, sentence, unit)

    def is_topical(self, attribute: Attribute) -> bool:
        """Money that goes somewhere (investment, spending) or, without a keyword, any amount."""
        known = self.attributes.get(attribute.name or "")
        return known.topical if known else attribute.category == "currency"

    def topic_of(self, text: str, lang: str, sentence: tuple[int, int]) -> str | None:
        """The most specific topic named in the sentence, if any."""
        return self.keywords(text, lang).topic_of(sentence)

    def keywords(self, text: str, lang: str) -> DocumentKeywords:
        """Keyword lookups for the claims of one document, sharing one scan per sentence."""
        return DocumentKeywords(self, text, lang)


class DocumentKeywords:
    """The attribute and topic keywords of one document, found once per sentence.

    Claims look for keywords in their own sentence, so claims that share a sentence
    share its scan: a line of a thousand figures is read once, not a thousand times.
    """

    def __init__(self, table: AttributeTable, text: str, lang: str) -> None:
        self.table, self.text = table, text
        self._matchers = (table._attribute_words[lang], table._topic_words[lang])
        self._scanned: dict[tuple[int, int], tuple[list[KeywordHit], list[KeywordHit]]] = {}

    def _in(self, sentence: tuple[int, int]) -> tuple[list[KeywordHit], list[KeywordHit]]:
        if sentence not in self._scanned:
            attribute, topic = self._matchers
            self._scanned[sentence] = (
                _hits(attribute, self.text, *sentence),
                _hits(topic, self.text, *sentence),
            )
        return self._scanned[sentence]

    def attribute_of(
        self, span: tuple[int, int], sentence: tuple[int, int], unit: str
    ) -> Attribute:
        """As `AttributeTable.attribute_of`: keywords within `window` of the claim count."""
        table = self.table
        lo, hi = span[0] - table.window, span[1] + table.window
        best: tuple[int, str] | None = None
        for hit in self._in(sentence)[0]:
            if lo <= hit.start and hit.end <= hi and table.attributes[hit.owner].admits(unit):
                distance = max(0, span[0] - hit.end, hit.start - span[1])
                if best is None or distance < best[0]:
                    best = (distance, hit.owner)
        if best is not None:
            return named_attribute(best[1])
        by_unit = [a.id for a in table.attributes.values() if a.by_unit and a.admits(unit)]
        return named_attribute(by_unit[0]) if by_unit else unit_attribute(unit)

    def topic_of(self, sentence: tuple[int, int]) -> str | None:
        owners = {hit.owner for hit in self._in(sentence)[1]}
        return next((t for t in self.table.topic_order if t in owners), None)


@cache
def named_attribute(name: str) -> Attribute:
    """One object per attribute name: a million claims share a few dozen."""
    return Attribute(name=name)


@cache
def unit_attribute(unit: str) -> Attribute:
    """The attribute of a claim no keyword explains: built from its unit ("currency:USD")."""
    return Attribute(category=unit_category(unit), unit=unit)


def _matcher(
    rows: tuple[AttributeDefinition, ...] | tuple[Topic, ...], lang: str
) -> tuple[re.Pattern[str], dict[str, str]]:
    owner = {}
    for row in rows:
        for word in getattr(row.keywords, lang):
            owner.setdefault(" ".join(word.lower().split()), row.id)
    return re.compile(alternation(owner), re.IGNORECASE), owner


def _hits(
    matcher: tuple[re.Pattern[str], dict[str, str]], text: str, lo: int, hi: int
) -> list[KeywordHit]:
    pattern, owner = matcher
    return [
        KeywordHit(m.start(), m.end(), owner[" ".join(m.group().lower().split())])
        for m in pattern.finditer(text, lo, hi)
    ]


def load_attributes(path: Path) -> AttributeTable:
    """Read and validate an attributes file (errors name the file and line)."""
    data, lines = load_yaml(path)
    try:
        return AttributeTable(AttributeFile.model_validate(data))
    except ValidationError as exc:
        raise validation_error(str(path), exc, lines) from exc
