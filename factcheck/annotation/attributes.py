"""What a number measures: attributes from `rules/attributes.yaml`, found by their
keywords in the claim's clause, and the topic an amount goes to.

Keyword tables are data, four languages side by side. The unit of a claim narrows the
candidates ("500 Milliarden Parametern" can only be a parameter count, "fast 500.000
Einheiten ... erworben" only a count of things bought). A keyword names the claim's
measure only from the claim's own clause (`clauses`); in German and Dutch it may end
a compound ("Jahresumsatz", "jaaromzet"). Modifier words turn a measure into a related
one: next to "revenue", a change word ("rose", "stieg", 增长) makes a percentage a
`revenue_change` and an expectation ("analysts expected") makes an amount a
`revenue_expected`; a change word with no measure in reach names nothing. A claim no
keyword explains keeps the generic attribute of its unit ("currency:USD"): precision
first, it is never guessed into a specific one.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from factcheck.annotation.attribute_file import (
    AttributeDefinition,
    AttributeFile,
    Granularity,
    Keywords,
    PlaceScope,
    admits,
)
from factcheck.annotation.attribute_names import named_attribute, unit_attribute
from factcheck.annotation.bound_words import FigureSpans
from factcheck.annotation.clauses import (
    CONJUNCTIONS,
    SPLIT,
    WHOLE,
    CompoundRule,
    Hit,
    PhraseMatcher,
    Word,
    compile_language,
    normal,
)
from factcheck.annotation.document_keywords import DocumentKeywords
from factcheck.extraction.patterns import NEVER, alternation, opening_pattern
from factcheck.extraction.units import unit_category
from factcheck.lexicon import by_language, load_table
from factcheck.lexicon.yamlfile import load_yaml, validation_error
from factcheck.models import LANGUAGES, Attribute

AMOUNTS = frozenset({"currency", "counted"})  # the unit categories of levels

__all__ = [
    "AttributeTable",
    "Granularity",
    "PlaceScope",
    "load_attributes",
    "named_attribute",
    "unit_attribute",
]


@dataclass(frozen=True, slots=True)
class Measure:
    """A named attribute: one of the table, or one a modifier derives from it."""

    name: str
    base: AttributeDefinition
    units: tuple[str, ...]
    not_of_base: bool = False
    change: bool = False  # derived by the change modifier ("revenue_change")
    several: bool = False  # one of several figures that may all be right (an hour's turnout)
    planned: bool = False  # a plan or forecast for a period, revised until it ends
    from_elsewhere: bool = False  # people from elsewhere (a toll's foreigners)

    def admits(self, unit: str) -> bool:
        if unit in self.base.not_units or (self.not_of_base and self.base.admits(unit)):
            return False
        return admits(self.units, unit)


class AttributeTable:
    """Keyword matchers per language for attributes, modifiers, clauses and topics."""

    def __init__(self, table: AttributeFile) -> None:
        self.fingerprint = hashlib.sha256(table.model_dump_json().encode()).hexdigest()
        self.window = table.window
        self.attributes = {a.id: a for a in table.attributes}
        self.order = {a.id: i for i, a in enumerate(table.attributes)}
        self.topic_order = [t.id for t in table.topics]
        self._spent_as = {t.id: t.spent_as for t in table.topics if t.spent_as}
        self.modifiers = table.modifiers
        self.in_figure = frozenset(m.id for m in table.modifiers if m.in_figure)
        self.nearest_figure = frozenset(m.id for m in table.modifiers if m.nearest_figure)
        self.shared = frozenset(m.id for m in table.modifiers if m.shared)
        self.frames = frozenset(m.id for m in table.modifiers if m.frames)
        self.measures = {
            a.id: Measure(a.id, a, a.units, several=a.several, planned=a.planned)
            for a in table.attributes
        }
        changes = (a for a in reversed(table.attributes) if a.change_of)
        self._change_measures = {a.change_of: a.id for a in changes}  # first in the file wins
        self._refines = {a.id: a.refines for a in table.attributes if a.refines}
        self._variants: dict[tuple[str, str], Measure] = {}
        self._variant_of: dict[str, tuple[str, str]] = {}  # name -> (measure, modifier)
        self._taking_over = {m.id: m.takes_over for m in table.modifiers if m.takes_over}
        self._document_words: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {}
        self.labels = {a.id: a.label for a in table.attributes}
        for a in table.attributes:
            for m in table.modifiers:
                if not m.derives_from(a):
                    continue
                units = m.units or a.units
                several, elsewhere = a.several or m.several, m.from_elsewhere
                name = f"{a.id}_{m.suffix}"
                planned = a.planned or m.planned
                measure = Measure(
                    name, a, units, bool(m.units), m.change, several, planned, elsewhere
                )
                self._variants[(a.id, m.id)] = self.measures[measure.name] = measure
                self._variant_of[measure.name] = (a.id, m.id)
                self.labels[measure.name] = m.label_of(a.label)
        self.planned = frozenset(m.name for m in self.measures.values() if m.planned)
        variants = {m.id: m.change for m in table.modifiers if m.variant}
        self.variants = {
            name: (a, variants[m]) for name, (a, m) in self._variant_of.items() if m in variants
        }
        self.bases = {name: m.base.id for name, m in self.measures.items()}
        conjunctions = {
            lang: {k: getattr(table.clauses, k).of(lang) for k in CONJUNCTIONS}
            for lang in LANGUAGES
        }
        self.languages = {
            lang: compile_language(
                _language_words(table, lang),
                conjunctions[lang],
                table.clauses.marks,
                lang in table.compounds,
                by_language(load_table("time")["year_phrases"], lang),
                CompoundRule(
                    table.compound_heads.min_letters,
                    frozenset(w.lower() for w in table.compound_heads.verb_prefixes.of(lang)),
                ),
            )
            for lang in LANGUAGES
        }
        self.concessives = _phrase_patterns(
            table.clauses.concessive, lambda words: rf"(?<!\w)(?:{words})\s[^,;:()，；：]*$"
        )
        self.inclusives = {
            lang: opening_pattern(table.clauses.inclusive.of(lang), han=lang == "zh")
            for lang in LANGUAGES
        }
        self.inclusive_items = {
            lang: _own_item_pattern(
                self.inclusives[lang], table.clauses.inclusive_items.of(lang), lang
            )
            for lang in LANGUAGES
        }
        self.amountings = _phrase_patterns(
            table.clauses.amounting, lambda words: rf"(?:{words})\s*(?:[^\W\d]+\.?\s+)?\Z"
        )
        self._topic_words = {
            lang: PhraseMatcher.of((t.id, t.keywords.of(lang)) for t in table.topics)
            for lang in LANGUAGES
        }
        nouns, verbs = _owned_words(table, "nouns"), _owned_words(table, "verbs")
        self.yielding = {lang: nouns[lang] | verbs[lang] for lang in LANGUAGES}
        self.specific = _owned_words(table, "specific")
        self._resolved: dict[tuple[str, str, frozenset[str]], str | None] = {}
        self._implied: dict[tuple[str, frozenset[str]], str | None] = {}

    def attribute_of(
        self, text: str, lang: str, span: tuple[int, int], sentence: tuple[int, int], unit: str
    ) -> Attribute:
        """The admitted attribute named nearest the claim in its clause (else in the
        clause before it that names one, when the claim's names none), else one the unit
        implies, else the unit's generic attribute (category and unit)."""
        return self.keywords(text, lang).attribute_of(span, sentence, unit)

    def counted_unit(self, attribute: Attribute) -> str | None:
        """The thing a measure counts, when its first unit is a counted one (people for
        a death toll, vehicles for deliveries): what a bare number of it counts."""
        known = self.measures.get(attribute.name or "")
        unit = known.units[0] if known else None
        return unit if unit and unit_category(unit) == "counted" else None

    def bare_units(self, value: float) -> list[str]:
        """The units a bare figure with decimals of this value may be in (magnitude)."""
        return [
            a.units[0]
            for a in self.attributes.values()
            if a.bare_below is not None and 0 < value < a.bare_below
        ]

    def refined_by(self, hits: list[Hit], text: str, lang: str) -> set[str]:
        """The measures a more closely named one among `hits` refines (the injured,
        when the critically injured are named too); a measure with `specific` words
        refines only where one of them names it (the epicentre, not a direction)."""
        if not self._refines:
            return set()
        return {
            self._refines[owner]
            for hit in hits
            for owner in hit.owners
            if owner in self._refines and self._refining(owner, hit, text, lang)
        }

    def _refining(self, owner: str, hit: Hit, text: str, lang: str) -> bool:
        if not self.attributes[owner].specific.of(lang):
            return True
        return (normal(text[hit.start : hit.end]), owner) in self.specific[lang]

    def of_amounts(self, name: str) -> bool:
        """Whether the measure (or the one it derives from) is an amount or a count, a
        level that a percentage changes ("die Anlageinvestitionen um 3,0 Prozent"); not
        a ratio ("um 13 Prozentpunkte größer": no change of a size ratio)."""
        measure = self.measures.get(name)
        units = measure.base.units if measure else ()
        return any((u if u in AMOUNTS else unit_category(u)) in AMOUNTS for u in units)

    def change_measure(self, attribute: Attribute, unit: str) -> Attribute | None:
        """The measure a figure written as a change of this one is: the table's measure
        of its changes (`change_of`: seats won or lost), else its `stated` variant
        ("revenue rose by $5 billion" is a change of revenue, not revenue); none for a
        measure that is a change already ("rose 5 %")."""
        name = attribute.name or ""
        if name in self._change_measures:
            return named_attribute(self._change_measures[name])
        known = self.measures.get(name)
        if known is None or known.change or known.name != known.base.id or known.base.change_of:
            return None
        stated = next((m.id for m in self.modifiers if m.stated), "")
        variant = self._variants.get((name, stated))
        if variant is None or stated in known.base.unmodified or not variant.admits(unit):
            return None
        return named_attribute(variant.name)

    def named_over_documents(self, text: str, lang: str) -> frozenset[str]:
        """The modifiers that `take_over` another and that the text names anywhere."""
        if lang not in self._document_words:
            self._document_words[lang] = tuple(
                (m.id, re.compile(alternation(m.keywords.of(lang)), re.IGNORECASE))
                for m in self.modifiers
                if m.takes_over and m.keywords.of(lang)
            )
        found = (m for m, words in self._document_words[lang] if words.search(text))
        return frozenset(found)

    def taken_over(self, attribute: Attribute, named: frozenset[str]) -> Attribute:
        """The variant of a modifier named in the document (`named`) that takes over
        the attribute's own ("seats_expected" in an exit poll's article: its seats)."""
        measure, modifier = self._variant_of.get(attribute.name or "", ("", ""))
        for taker in sorted(named):  # in one order, whatever the set's
            variant = self._variants.get((measure, taker))
            if self._taking_over[taker] == modifier and variant is not None:
                return named_attribute(variant.name)
        return attribute

    def is_change(self, attribute: Attribute) -> bool:
        """Whether the attribute is a change of a measure ("gpu_purchases_change")."""
        known = self.measures.get(attribute.name or "")
        return known is not None and known.change

    def base_of(self, attribute: Attribute) -> str:
        """The measure a variant derives from ("deliveries" of "deliveries_change"); a
        generic attribute is its own."""
        return self.bases.get(attribute.name or "", str(attribute))

    def definition(self, attribute: Attribute) -> AttributeDefinition | None:
        """The table's row of a named attribute (of the measure a modifier derives from)."""
        known = self.measures.get(attribute.name or "")
        return known.base if known else None

    def granularity(self, attribute: Attribute) -> Granularity:
        """What one figure of the attribute covers: one day, a period, or all time.
        Generic and unknown attributes: a period."""
        known = self.definition(attribute)
        return known.granularity if known else "period"

    def of_period(self, attribute: Attribute | None) -> bool:
        """A specific measure of a period (revenue, deliveries), not of a day or of no
        time: an undated figure of it may take a period named near it."""
        return (
            attribute is not None
            and not attribute.generic
            and self.granularity(attribute) == "period"
        )

    def place_scope(self, attribute: Attribute) -> PlaceScope | None:
        """Whether the measure is said of a place (and at which level), or of anyone."""
        known = self.definition(attribute)
        return known.place if known else None

    def from_elsewhere(self, attribute: Attribute) -> bool:
        """A count of people from elsewhere (`from_elsewhere` modifiers: a toll's foreigners)."""
        known = self.measures.get(attribute.name or "")
        return known.from_elsewhere if known else False

    def is_bought(self, attribute: Attribute) -> bool:
        """A measure of what someone buys (`bought`): the product is no subject of it."""
        known = self.definition(attribute)
        return known.bought if known else False

    def is_personal(self, attribute: Attribute) -> bool:
        """A person's measure (`personal`: an age): "a 64-year-old woman in Kaohsiung"
        names no one whose age another article could give, so the place is no subject."""
        known = self.definition(attribute)
        return known.personal if known else False

    def is_party(self, attribute: Attribute) -> bool:
        """A party's measure (`party`: seats, a share of the vote)."""
        known = self.definition(attribute)
        return known.party if known else False

    def is_topical(self, attribute: Attribute) -> bool:
        """Money that goes somewhere (investment, spending) or, without a keyword, any amount."""
        known = self.definition(attribute)
        return known.topical if known else attribute.category == "currency"

    def spent_on(self, attribute: Attribute, topic: str | None) -> Attribute:
        """Money of a topical measure put into a topic with a `spent_as` measure is that
        measure ("investment" in data centres is "capex"), as far as the table derives
        the same variant of it, or the measure itself where it is `unmodified` by that
        variant's modifier (a planned investment in data centres is capex); else the
        attribute as it is."""
        target = self._spent_as.get(topic or "")
        known = self.measures.get(attribute.name or "")
        if target is None or known is None or not known.base.topical or known.base.id == target:
            return attribute
        _, modifier = self._variant_of.get(known.name, ("", ""))
        if modifier in self.attributes[target].unmodified:
            return named_attribute(target)
        name = target + known.name.removeprefix(known.base.id)
        return named_attribute(name) if name in self.measures else attribute

    def topic_of(self, text: str, lang: str, sentence: tuple[int, int]) -> str | None:
        """The most specific topic named in the sentence, if any."""
        return self.keywords(text, lang).topic_of(sentence)

    def keywords(
        self, text: str, lang: str, figures: FigureSpans | None = None
    ) -> DocumentKeywords:
        """Keyword lookups for the claims of one document, sharing one scan per sentence
        (`figures`: where its claims stand, for the words bound to one of them)."""
        return DocumentKeywords(self, text, lang, figures or FigureSpans())

    def _unchanging(self, owner: str) -> bool:
        """A measure of changes has no change of its own, nor (of any accounting) one
        the table keeps `unmodified` by change: "zweiten Quartal … währungsbereinigt um
        10,1 Prozent" is no change of a second quake's magnitude."""
        attribute = self.attributes[owner]
        return bool(attribute.change_of) or "change" in attribute.unmodified

    def resolve(self, owner: str, unit: str, modifiers: frozenset[str]) -> str | None:
        """The measure a keyword of `owner` names for a claim in `unit`: the variant of
        the first modifier present that admits the unit, else the attribute itself if
        it admits the unit, else none."""
        key = (owner, unit, modifiers)
        if key not in self._resolved:
            found = None
            for modifier in self.modifiers:
                if modifier.id in self.attributes[owner].unmodified:
                    continue
                if modifier.change and self._unchanging(owner):
                    continue  # a measure of changes, or of what never changes
                variant = self._variants.get((owner, modifier.id))
                present = modifier.id in modifiers and modifiers.issuperset(modifier.needs)
                if variant and present and variant.admits(unit):
                    found = variant.name
                    break
            if found is None and self.attributes[owner].admits(unit):
                found = owner
            self._resolved[key] = found
        return self._resolved[key]

    def implied(self, unit: str, modifiers: frozenset[str]) -> str | None:
        """The attribute the unit alone says (seats, votes, magnitude), with modifiers."""
        key = (unit, modifiers)
        if key not in self._implied:
            owner = next((a.id for a in self.attributes.values() if a.implied_by(unit)), None)
            self._implied[key] = owner and self.resolve(owner, unit, modifiers)
        return self._implied[key]

    def whole_of(self, unit: str) -> Attribute:
        """What the whole a part is counted out of measures: the `whole` measure of the
        unit itself (the chamber's seats), else only its unit, compared with nothing."""
        wholes = (a.id for a in self.attributes.values() if a.whole and unit in a.units)
        owner = next(wholes, None) if unit != "count" else None  # a bare count names no whole
        return named_attribute(owner) if owner else unit_attribute(unit)

    def modifiers_of(self, unit: str) -> frozenset[str]:
        """Modifiers a unit carries by nature."""
        return frozenset(m.id for m in self.modifiers if unit in m.implied_by)

    def crosses_relative(self, unit: str, modifiers: frozenset[str]) -> bool:
        """A change in one of its units may take its measure across a relative clause."""
        return any(m.change and m.id in modifiers and admits(m.units, unit) for m in self.modifiers)

    def weak(self, owner: str, word: str = "", lang: str = "") -> bool:
        """A `by_unit` measure's keyword, unless it is one of its `specific` ones, or a
        measure's word that is the figure's own noun (`nouns`) or its subject's verb
        (`verbs`)."""
        if (word, owner) in self.yielding.get(lang, ()):
            return True
        return bool(self.attributes[owner].by_unit) and (word, owner) not in self.specific.get(
            lang, ()
        )

    def yields(self, owner: str, word: str, lang: str, present: set[str]) -> bool:
        """A word of a refining measure other than its `specific` ones gives way to the
        measure it refines: "40 km northwest of Herat" is the epicentre's, but "Herat,
        located 120 km east of the border" is where Herat lies."""
        definition = self.attributes[owner]
        return (
            definition.refines in present
            and bool(definition.specific.of(lang))
            and (word, owner) not in self.specific[lang]
        )


def _phrase_patterns(
    keywords: Keywords, around: Callable[[str], str]
) -> dict[str, re.Pattern[str] | None]:
    """Per language, its phrases as one alternation set `around` (ignoring case); None
    for a language that lists none."""
    return {
        lang: re.compile(around(alternation(words)), re.IGNORECASE)
        if (words := keywords.of(lang))
        else None
        for lang in LANGUAGES
    }


def _own_item_pattern(
    inclusive: re.Pattern[str], articles: Iterable[str], lang: str
) -> re.Pattern[str] | None:
    """A list's opener, an article and a noun: "including an adjustment"; not "waaronder
    een met een kracht van 6,3", where "een" is "one" and a preposition follows."""
    listed = list(articles)
    if not listed or inclusive is NEVER:
        return None
    prepositions = alternation(by_language(load_table("subjects")["objects_before"], lang))
    return re.compile(
        rf"{inclusive.pattern}\s+(?:{alternation(listed)})\s+(?!{prepositions})[^\W\d]{{3}}",
        re.IGNORECASE,
    )


def _owned_words(table: AttributeFile, listed: str) -> dict[str, set[tuple[str, str]]]:
    """Per language, (word, attribute) for each word an attribute lists as `listed`."""
    return {
        lang: {(normal(w), a.id) for a in table.attributes for w in getattr(a, listed).of(lang)}
        for lang in LANGUAGES
    }


def _language_words(table: AttributeFile, lang: str) -> dict[str, Word]:
    owners: dict[str, list[str]] = defaultdict(list)
    modifiers: dict[str, set[str]] = defaultdict(set)
    endings = table.noun_endings.of(lang)
    for attribute in table.attributes:
        words = (attribute.keywords, attribute.specific, attribute.nouns, attribute.verbs)
        for word in (w for listed in words for w in listed.of(lang)):
            owners[normal(word)].append(attribute.id)
        for word in (w for listed in words[:3] for w in listed.of(lang)):
            for inflected in _inflected(word, endings):
                owners[normal(inflected)].append(attribute.id)
    for modifier in table.modifiers:
        for word in modifier.keywords.of(lang):
            modifiers[normal(word)].add(modifier.id)
    phrases = {*owners, *modifiers, *(normal(w) for w in table.ignore.of(lang))}
    return {
        p: Word(tuple(dict.fromkeys(owners.get(p, ()))), frozenset(modifiers.get(p, ())))
        for p in phrases
    }


def _inflected(word: str, endings: tuple[str, ...]) -> list[str]:
    """A capitalised noun keyword with each case ending of its language ("operativen
    Gewinns", "des Umsatzes"): a German noun is written capitalised, so no verb or
    adjective ("stieg") takes an ending it never has."""
    last = word.rsplit(" ", 1)[-1].lstrip(WHOLE)
    if not endings or SPLIT in word or not last[:1].isupper() or not last[-1:].isalpha():
        return []
    return [word + ending for ending in endings]


def load_attributes(path: Path) -> AttributeTable:
    """Read and validate an attributes file (errors name the file and line)."""
    data, lines = load_yaml(path)
    try:
        return AttributeTable(AttributeFile.model_validate(data))
    except ValidationError as exc:
        raise validation_error(str(path), exc, lines) from exc
