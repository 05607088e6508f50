"""Who a number is about: the entity table, finding mentions in text, and matching
names across documents with rapidfuzz.

Listed entities (`rules/entities.yaml`) are found by their aliases in any of the
four languages, with their possessive and genitive forms ("Tesla’s", "Teslas",
"ASML's") and as the first part of a compound ("Tesla-Werk"). Names that are not
listed (`names.NameFinder`) are still recognised, and matched against the table
and against each other across documents, so "Trainium" in one article and
"Trainium2" in another do not stay strangers. A model, product or plant may be
`part_of` its owner (MAI-1 of Microsoft, Model Y of Tesla).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from rapidfuzz import fuzz, process

from factcheck.annotation.demonyms import demonyms_for
from factcheck.annotation.divisions import division_end
from factcheck.annotation.han_words import a_name_here, chinese_names
from factcheck.annotation.home_names import PARTIES, HomeNames, check_home_names
from factcheck.annotation.names import NameFinder, name_finder, unlisted_kind
from factcheck.annotation.neighbours import listed_roles, seats_of_reporters
from factcheck.annotation.roles import Mention, Roles, roles_for
from factcheck.annotation.short_places import short_place_mentions
from factcheck.annotation.spelled_names import (
    first_of_overlapping,
    with_acronyms,
    with_full_names,
    without_overlaps,
)
from factcheck.annotation.verb_objects import verb_objects
from factcheck.errors import RuleFileError
from factcheck.extraction.patterns import WORD_CHARS, alternation, phrase_trie
from factcheck.lexicon import load_table
from factcheck.lexicon.yamlfile import LineMap, load_yaml, validation_error
from factcheck.models import LANGUAGES, Subject

__all__ = ["Entity", "EntityTable", "Mention", "load_entities"]

# An agency (a news agency, a statistics office, a seismological service) reports the
# figures of others and is never their subject.
EntityKind = Literal[
    "organization", "agency", "product", "model", "chip", "group", "person", "place"
]
# After a listed name: the English possessive, the apostrophe alone ("Reuters’"), or
# the German and Dutch genitive s ("Teslas", "Microsofts").
SUFFIX = re.compile(rf"(?:['’]s|['’]|s)(?![{WORD_CHARS}])")
SUFFIXES = ("'s", "’s", "'", "’", "s")
POSSESSIVE_END = re.compile(r"['’]s?$")
GLUED_GENITIVE = frozenset({"de", "nl"})
HAN_POSSESSIVE_AFTER = tuple(load_table("subjects")["possessive_after"]["zh"])  # 的, 旗下
FISCAL_YEAR = re.compile(r"FY\d{4}")
FISCAL_PERIOD = re.compile(r"FY(\d{4})(?:-Q([1-4]))?")  # a fiscal year, or a quarter of one


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
    part_of: str | None = None
    fiscal_year_ends: int | None = Field(None, ge=1, le=12)
    short: Aliases = Aliases()  # what it goes by once its family is named: "Pro版", "the Max"
    grows_by: str | None = None  # the measure a bare change of a business is: "revenue"
    percent_of: str | None = None  # the measure a bare percentage of it is: "vote_share"
    counts: str | None = None  # what a chip line's "chips" are: "Hopper chips" are GPUs
    serves: str | None = None  # the country a national institution is of: Kiesraad, Netherlands
    home_names: Aliases = Aliases()  # what it goes by in a story about that country: "Labour"
    family_names: Aliases = Aliases()  # so, shared with its family abroad: "die Grünen"
    sizes: bool = False  # a family named alone for each of its sizes: "Llama", 8B to 405B

    def matched_names(self) -> tuple[str, ...]:
        """Its id and aliases, which name it anywhere; an id that is one of its home names
        names it only at home ("Die Linke unter Führung von PC" is Chile's left)."""
        return (*(() if self.id in self.home_names.all() else (self.id,)), *self.aliases.all())


class Matching(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    alias_threshold: float = Field(92, ge=0, le=100)
    unknown_name_threshold: float = Field(90, ge=0, le=100)


class EntityFile(BaseModel):
    """The entities file. `oblique_before` and `genitive_before` add words to the
    language data of `factcheck/lexicon/subjects.yaml` for one rule set."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    matching: Matching = Matching()
    entities: tuple[Entity, ...]
    not_names: tuple[str, ...] = ()
    oblique_before: Aliases = Aliases()
    genitive_before: Aliases = Aliases()


class EntityTable:
    """The known entities and a matcher for their names."""

    def __init__(self, table: EntityFile, path: str = "rules/entities.yaml") -> None:
        self.path = path
        self.fingerprint = hashlib.sha256(table.model_dump_json().encode()).hexdigest()
        self.matching = table.matching
        self.entities = {e.id: e for e in table.entities}
        self.alias_to_id: dict[str, str] = {}
        for entity in table.entities:
            for alias in entity.matched_names():
                self._claim_alias(alias, entity.id)
        self.home_names = HomeNames(table.entities)
        self._pattern = _alias_pattern([*self.alias_to_id, *self.home_names.names()])
        self.listed = frozenset([*self.alias_to_id.values(), *self.home_names.names()])
        self._short = _short_names(table.entities)
        self.not_names = frozenset(table.not_names)
        self._extra = (table.oblique_before, table.genitive_before)
        self._lower = {a.lower(): e for a, e in self.alias_to_id.items()}
        self._choices = sorted(self.alias_to_id)
        self._canonical: dict[str, str] = {}
        self._han_names = chinese_names([*self.alias_to_id, *self.home_names.names()])

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
        """Known entities and unknown names in text[start:end], in text order, each
        marked with its role (subject, possessor, object, source)."""
        end = len(text) if end is None else end
        roles = self.roles(lang)
        known = (self._known(m, lang) for m in self._pattern.finditer(text, start, end))
        found = [m for m in known if m is not None]
        if lang == "zh":  # 民阵 inside 人民阵线, 纽埃 (Niue) inside 埃马纽埃尔·马克龙
            names, spans = self._han_names, ((m, m.kind == "place") for m in found)
            found = [m for m, place in spans if a_name_here(text, m.start, m.end, place, names)]
        found = [m for m in found if m.kind != "place" or not roles.clock_after.match(text, m.end)]
        found += self._short_mentions(text, start, end, lang, found)
        found += demonyms_for(lang).mentions(text, (start, end), found, self.place_id)
        if lang == "zh":
            found += short_place_mentions(text, (start, end), found, self.place_id)
        finder = name_finder(lang, self.not_names)
        found = [self._in_a_name(text, m, finder) for m in found]
        found = self._divisions(text, found, lang)
        taken = sorted((m.start, m.end) for m in found)
        unknown = finder.find(text, start, end)
        spans = first_of_overlapping(without_overlaps(unknown, taken))
        found += with_full_names([self._unknown(text, lo, hi) for lo, hi in spans])
        found = with_acronyms(text, found, self.alias_to_id, self.listed, lang)
        marked = sorted((roles.mark(m, text) for m in found), key=lambda m: m.start)
        return verb_objects(
            seats_of_reporters(listed_roles(marked, text, lang), text, lang), text, lang
        )

    def _short_mentions(
        self, text: str, start: int, end: int, lang: str, known: list[Mention]
    ) -> list[Mention]:
        """Short names ("Pro版", "the Max") stand for a version of a product once the
        text has named the product (SU7) before them; a name that fits several
        products named so far stands for none."""
        short = self._short.get(lang)
        if short is None:
            return []
        pattern, owners = short
        found = []
        for match in pattern.finditer(text, start, end):
            if any(m.start < match.end() and match.start() < m.end for m in known):
                continue
            named = {m.entity for m in known if m.end <= match.start()}
            named |= {self.entities[n].variant_of for n in named if n in self.entities}
            name = " ".join(match.group().split())  # "the\nMax", wrapped
            fits = [e for e in owners[name] if (self.entities[e].variant_of or e) in named]
            if len(fits) == 1:
                entity = self.entities[fits[0]]
                found.append(Mention(match.start(), match.end(), entity.id, entity.kind))
        return found

    def place_id(self, name: str) -> str | None:
        """A country of the demonyms table as this table knows it (an entry of the rules
        file that lists it, under its own id or by the same name)."""
        entity_id = name if name in self.entities else self.alias_to_id.get(name)
        return entity_id if entity_id and self.entities[entity_id].kind == "place" else None

    def roles(self, lang: str) -> Roles:
        """The language's role patterns, with this table's extra words."""
        objects, genitives = (getattr(words, lang, ()) for words in self._extra)
        return roles_for(lang, objects, genitives)

    def _known(self, match: re.Match[str], lang: str) -> Mention | None:
        surface = " ".join(match.group().split())  # "Microsoft\nCorporation", wrapped
        alias, suffix = surface, ""
        if not self._names_one(alias):
            suffix = next(
                s for s in SUFFIXES if surface.endswith(s) and self._names_one(surface[: -len(s)])
            )
            alias = surface[: -len(suffix)]
        genitive = bool(suffix) and (suffix != "s" or lang in GLUED_GENITIVE)
        possessive = genitive or _possessive_form(surface, match.string, match.end())
        if alias not in self.alias_to_id:  # a home name: the article's country tells whose
            return Mention(match.start(), match.end(), alias, "unknown", possessive)
        entity = self.entities[self.alias_to_id[alias]]
        if suffix == "s" and not genitive and _foreign_alias(entity, alias, lang):
            return None  # "Islands": the name finder sees "Kuril Islands"
        return Mention(match.start(), match.end(), entity.id, entity.kind, possessive)

    def _names_one(self, name: str) -> bool:
        return name in self.alias_to_id or name in self.home_names

    def _in_a_name(self, text: str, mention: Mention, finder: NameFinder) -> Mention:
        """A place that ends a name ("Alternative for Germany") as that whole name."""
        name_start = finder.name_before(text, mention.start) if mention.kind == "place" else None
        if name_start is None:
            return mention
        end = mention.end
        if mention.possessive and (suffix := POSSESSIVE_END.search(text, mention.start, end)):
            end = suffix.start()  # "Bank of Japan’s": the name, then its possessive
        return self._unknown(text, name_start, end)

    def _divisions(self, text: str, found: list[Mention], lang: str) -> list[Mention]:
        """A company's name that a division's begins ("Airbus Helicopters") as the
        division's whole name (`divisions.division_end`), unless a listed name follows
        ("Nvidia Hopper", "Tesla Model Y")."""
        starts = {m.start for m in found}
        result = []
        for mention in found:
            end = None
            if mention.kind == "organization" and not mention.possessive:
                end = division_end(text, mention.end, lang)
            if end is None or mention.end + 1 in starts:
                result.append(mention)
            else:
                result.append(self._unknown(text, mention.start, end))
        return result

    def _unknown(self, text: str, lo: int, hi: int) -> Mention:
        entity_id = self.canonical(text[lo:hi])
        listed = self.entities.get(entity_id)
        kind = listed.kind if listed is not None else unlisted_kind(entity_id)
        suffix = re.match(r"['’]s?(?!\w)", text[hi : hi + 3])
        end = hi + suffix.end() if suffix else hi
        return Mention(lo, end, entity_id, kind, suffix is not None)

    def canonical(self, name: str) -> str:
        """The entity a name stands for: exact alias, case-folded alias, or a fuzzy match."""
        if name in self.alias_to_id:
            return self.alias_to_id[name]
        if name in self._canonical:
            return self._canonical[name]
        if name.lower() in self._lower:
            result = self._lower[name.lower()]
        else:
            best = process.extractOne(
                name,
                self._choices,
                scorer=fuzz.token_sort_ratio,
                score_cutoff=self.matching.alias_threshold,
            )
            result = self.alias_to_id[best[0]] if best else name
        self._canonical[name] = result
        return result

    def is_variant(self, a: str, b: str) -> bool:
        """MAI-1-preview and MAI-1 are related, not identical."""
        ea, eb = self.entities.get(a), self.entities.get(b)
        return bool((ea and ea.variant_of == b) or (eb and eb.variant_of == a))

    def kind_of(self, entity: str) -> str | None:
        known = self.entities.get(entity)
        return known.kind if known else None

    def owner_of(self, entity: str) -> str | None:
        """The entity a model, product or plant belongs to (MAI-1 -> Microsoft), or None."""
        known = self.entities.get(entity)
        return known.part_of if known else None

    def line_of(self, entity: str) -> str:
        """The product a version is of (SU7 Max -> SU7), else the entity itself."""
        seen = {entity}
        while (known := self.entities.get(entity)) and known.variant_of not in (None, *seen):
            entity = known.variant_of
            seen.add(entity)
        return entity

    def owners(self, entity: str) -> list[str]:
        """What an entity is a version of or belongs to, nearest first (SU7 Max -> SU7,
        Xiaomi): what it is said to be when a writer names the family or the maker."""
        found: list[str] = []
        frontier = [entity]
        while frontier:
            known = self.entities.get(frontier.pop(0))
            for parent in (known.variant_of, known.part_of) if known else ():
                if parent is not None and parent != entity and parent not in found:
                    found.append(parent)
                    frontier.append(parent)
        return found

    def calendar_period(self, subject: Subject | None, period: str | None) -> str | None:
        """A fiscal year that is a calendar year is said as that year: ASML's "FY 2023"
        is 2023, like its figures "for 2023". A fiscal quarter of a year that ends with
        a calendar quarter is that quarter: Microsoft's FY2026-Q1 (its year ends in
        June) is 2025-Q3. Other periods are kept as they are."""
        fiscal = FISCAL_PERIOD.fullmatch(period) if subject and period else None
        if fiscal is None:
            return period
        ends = {self.fiscal_year_end(self.family_of(name)) for name in subject or ()}
        end = ends.pop() if len(ends) == 1 else None
        if end is None or end % 3:
            return period
        year, quarter = int(fiscal[1]), int(fiscal[2] or 0)
        if not quarter:
            return str(year) if end == 12 else period
        month = end - 3 * (4 - quarter)  # the month the fiscal quarter ends in
        return f"{year if month > 0 else year - 1}-Q{(month % 12 or 12) // 3}"

    def fiscal_year_on(self, subject: Subject | None, period: str | None, day: str) -> str | None:
        """The fiscal year a relative phrase ("im laufenden Geschäftsjahr") names, read
        as the calendar year of publication `day`: a fiscal year that ends in June and
        was published in October is the next one (Microsoft's FY2025 from October 2024)."""
        if subject is None or period is None or not FISCAL_YEAR.fullmatch(period):
            return period
        ends = {self.fiscal_year_end(self.family_of(name)) for name in subject}
        end = ends.pop() if len(ends) == 1 else None
        if end is None or len(day) < 7:
            return period
        return f"FY{int(period[2:]) + 1}" if int(day[5:7]) > end else period

    def counted_as(self, entity: str) -> str | None:
        """The unit a chip line's chips count ("GPU" for Hopper), if the table says."""
        known = self.entities.get(entity)
        return known.counts if known else None

    def fiscal_year_end(self, entity: str) -> int | None:
        known = self.entities.get(entity)
        return known.fiscal_year_ends if known else None

    def family_of(self, entity: str) -> str:
        """The entity at the top of an entity's line, through what it belongs to or is
        a version of (SU7 Max -> Xiaomi, Wallonia -> Belgium): related names share it."""
        seen = {entity}
        while known := self.entities.get(entity):
            parent = known.part_of or known.variant_of
            if parent is None or parent in seen:
                break
            entity = parent
            seen.add(parent)
        return entity

    def served_place(self, entity: str) -> str | None:
        """The country a national institution is of (the Tweede Kamer, the Kiesraad:
        the Netherlands), or None."""
        known = self.entities.get(entity)
        return known.serves if known else None

    def outermost_place(self, entity: str) -> str:
        """The place that contains a place and is in no other (Jishishan -> China):
        what an event is known by across outlets that name it at different levels."""
        seen = {entity}
        owner = self.owner_of(entity)
        while owner is not None and self.kind_of(owner) == "place" and owner not in seen:
            entity = owner
            seen.add(owner)
            owner = self.owner_of(owner)
        return entity


def _alias_pattern(aliases: list[str]) -> re.Pattern[str]:
    """All aliases, longest first, as a trie (thousands of names: one step per
    character, not one attempt per name); a Latin alias may carry a possessive suffix."""
    body = phrase_trie(sorted(set(aliases)))
    return re.compile(
        body.replace(rf"(?![{WORD_CHARS}])", rf"(?:{SUFFIX.pattern}|(?![{WORD_CHARS}]))")
    )


def _foreign_alias(entity: Entity, alias: str, lang: str) -> bool:
    """ "Kuril Islands" in English is no German "Island" (Iceland) with a plural's s: only
    the text's own language's aliases (and the id) take a bare s."""
    return alias != entity.id and alias not in getattr(entity.aliases, lang, ())


def _possessive_form(surface: str, text: str, end: int) -> bool:
    """ "NVIDIA's" listed as an alias, or "微软的", "马斯克旗下的": the name qualifies
    another noun."""
    return surface.endswith(("'s", "’s")) or text.startswith(HAN_POSSESSIVE_AFTER, end)


def load_entities(path: Path) -> EntityTable:
    """Read and validate an entities file (errors name the file and line)."""
    data, lines = load_yaml(path)
    try:
        table = EntityFile.model_validate(data)
    except ValidationError as exc:
        raise validation_error(str(path), exc, lines) from exc
    _check_aliases(table, lines, str(path))
    full = with_world_entities(table)  # a party `serves` a country the file need not list
    _check_links(full, lines, str(path), len(table.entities))
    aliases = (name for entity in full.entities for name in entity.matched_names())
    check_home_names(full.entities, aliases, lines, str(path), len(table.entities))
    return EntityTable(full, str(path))


def with_world_entities(table: EntityFile) -> EntityFile:
    """The file's entities and the world's countries, parliaments and parties it does
    not list itself (`lexicon/countries.yaml`, `lexicon/parties.yaml`): an article on
    Myanmar or Morocco has its country as the place of its tolls, one on Germany's
    election its parties. An entry any of whose names the file uses is the file's, and a
    party serves the file's entry of its country."""
    file_ids = {name: entity.id for entity in table.entities for name in entity.matched_names()}
    added = []
    for row in load_table("countries")["countries"]:
        aliases = Aliases(**{lang: tuple(row.get(lang) or ()) for lang in LANGUAGES})
        added.append(Entity(id=row["id"], kind="place", aliases=aliases))
    for row in load_table("parties")["parties"]:
        party = Entity.model_validate(row)
        served = file_ids.get(party.serves or "", party.serves)
        added.append(party.model_copy(update={"serves": served}))
    kept = [e for e in added if e.id not in file_ids and not file_ids.keys() & e.aliases.all()]
    return table.model_copy(update={"entities": (*table.entities, *kept)})


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


def _check_links(table: EntityFile, lines: LineMap, path: str, in_file: int) -> None:
    """`part_of`, `variant_of` and `serves` name a listed entity other than the entity
    itself; an error names the line of the rules file for its first `in_file` entities,
    else `lexicon/parties.yaml` (a party serving a country the file lists otherwise)."""
    ids = {entity.id for entity in table.entities}
    for index, entity in enumerate(table.entities):
        for field in ("part_of", "variant_of", "serves"):
            target = getattr(entity, field)
            if target is not None and (target not in ids or target == entity.id):
                reason = f"{field} of {entity.id!r} names no other listed entity: {target!r}"
                if index >= in_file:
                    raise RuleFileError(PARTIES, None, reason)
                raise RuleFileError(path, lines.line_of(("entities", index, field)), reason)


def _short_names(
    entities: tuple[Entity, ...],
) -> dict[str, tuple[re.Pattern[str], dict[str, list[str]]]]:
    """Per language, a matcher of the entities' short names and the entities each
    name may stand for."""
    result = {}
    for lang in LANGUAGES:
        owners: dict[str, list[str]] = {}
        for entity in entities:
            for name in getattr(entity.short, lang):
                owners.setdefault(name, []).append(entity.id)
        if owners:
            edge = ("", "") if lang == "zh" else (rf"(?<![{WORD_CHARS}-])", rf"(?![{WORD_CHARS}-])")
            pattern = re.compile(rf"{edge[0]}(?:{alternation(owners)}){edge[1]}")
            result[lang] = (pattern, owners)
    return result
