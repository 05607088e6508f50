"""What an article says as a whole, for the claims whose sentences name no one: the
organisation it names most, the place it names most, each sentence's subject, and
the product lines of each maker it names, the names that are the story's (not page
furniture's). Computed once per document.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from typing import Protocol

from factcheck.annotation.clauses import clause_start
from factcheck.annotation.credits import in_photo_credit
from factcheck.annotation.entities import EntityTable, Mention
from factcheck.annotation.roles import Roles, roles_for
from factcheck.extraction.counted import LETTER
from factcheck.extraction.digits import fold_width
from factcheck.extraction.furniture import furniture_spans
from factcheck.extraction.furniture_shapes import SpanSet
from factcheck.extraction.sentences import PARAGRAPH_BREAK
from factcheck.models import Claim, Subject

# Kinds of names that may be a claim's subject.
SUBJECT_KINDS = frozenset(
    {"organization", "model", "product", "group", "unknown", "chip", "person", "place"}
)
PRODUCT_KINDS = frozenset({"product", "model"})
# The place of a news article's lead (headline and first sentence) is its story's
# ("Myanmar heeft een minuut stilte gehouden …"), however often a list of helping or
# neighbouring countries names others later.
LEAD_WEIGHT = 3


def sentence_subjects(
    mentions: Sequence[Mention], sentences: Sequence[tuple[int, int]]
) -> dict[int, str]:
    """Sentence index -> the entity its first direct name (not an object, possessor
    or source) stands for, for the sentences that have one; a possessor that opens the
    sentence is its subject's ("Toyota's operating profit almost doubled")."""
    subjects: dict[int, str] = {}
    starts = [start for start, _ in sentences]
    for mention in mentions:
        if mention.kind not in SUBJECT_KINDS:
            continue
        index = bisect_left(starts, mention.start + 1) - 1
        opening = index >= 0 and mention.start - starts[index] <= 1
        if mention.direct or (opening and mention.possessive and not mention.oblique):
            subjects.setdefault(index, mention.entity)
    return subjects


def paragraph_firsts(text: str, sentences: Sequence[tuple[int, int]]) -> dict[int, int]:
    """Sentence index -> the index of the first sentence of its paragraph (a blank line
    ends one), for the sentences after a paragraph's first."""
    firsts: dict[int, int] = {}
    first = 0
    for index in range(1, len(sentences)):
        if PARAGRAPH_BREAK.search(text, sentences[index - 1][1], sentences[index][0] + 1):
            first = index
        elif first < index:
            firsts[index] = first
    return firsts


def product_lines(mentions: Sequence[Mention], entities: EntityTable) -> dict[str, set[str]]:
    """Per maker, the product lines the text names (a version stands for its line:
    SU7 Max for SU7)."""
    lines: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.kind in PRODUCT_KINDS and (maker := entities.owner_of(mention.entity)):
            lines.setdefault(maker, set()).add(entities.line_of(mention.entity))
    return lines


def main_entity(mentions: Sequence[Mention]) -> str | None:
    """The organisation an article names most often as a subject (first named wins a
    tie): the fallback for a sentence that names no one."""
    counts = _named(mentions, ("organization",))
    if not counts:
        return None
    best = max(counts.values())
    return next(m.entity for m in mentions if counts.get(m.entity) == best)


def dominant_name(mentions: Sequence[Mention]) -> str | None:
    """The unknown name an article is about, if one is: named at least twice, and more
    often than every other organisation and unknown name together ("Toyota" in an
    article that names Daihatsu and Hino once). An article on an election names many
    parties and has none."""
    counts = _named(mentions, ("organization", "unknown"))
    best = max(counts.values(), default=0)
    if best < 2 or 2 * best <= sum(counts.values()):
        return None
    first = next(m for m in mentions if counts.get(m.entity) == best)
    return first.entity if first.kind == "unknown" else None


def _named(mentions: Sequence[Mention], kinds: tuple[str, ...]) -> Counter[str]:
    return Counter(m.entity for m in mentions if m.kind in kinds and not (m.anaphor or m.source))


MODEL_NUMBER = re.compile(r"[ \t\u00a0-]?[A-Z]?\d")  # "Boeing 787-9", "Airbus A320"


def sole_organisation(mentions: Sequence[Mention], text: str = "") -> bool:
    """Whether the article names one organisation only, reporters aside: then a
    sentence that names no one is about it, and its figures are sure of their subject
    ("Volkswagen hat … Der Betriebsgewinn wuchs auf 7,4 Milliarden Euro"). Not a
    maker named with a model's number ("een Boeing 787-9 Dreamliner" in a story on a
    hurricane): that names a product."""
    named = {m.entity for m in mentions if m.kind == "organization" and not m.source}
    if len(named) != 1:
        return False
    entity = named.pop()
    models = [m for m in mentions if m.entity == entity and MODEL_NUMBER.match(text, m.end)]
    return named_directly([m for m in mentions if m not in models], entity)


def named_directly(mentions: Sequence[Mention], entity: str) -> bool:
    """Whether the article names the organisation as a subject somewhere, not only as
    an object or a possessor ("Familieleden delen via Facebook …" is no story about
    Meta)."""
    return any(m.entity == entity and m.direct and not m.anaphor for m in mentions)


def one_country(mentions: Sequence[Mention], entities: EntityTable) -> bool:
    """Whether all the places an article names lie in one outermost place; where people
    come from ("26 foreigners, five from China") is no place of the article."""
    return len({entities.outermost_place(place) for place in _article_places(mentions)}) == 1


def one_place(mentions: Sequence[Mention]) -> bool:
    """Whether an article names one place only: a place's measure said of none (a
    population, a turnout) is then that place's; beside a province and a town it may
    be any of them ("博哥市人口约9万" in an article on Cebu, the Philippines)."""
    return len(_article_places(mentions)) == 1


def _article_places(mentions: Sequence[Mention]) -> set[str]:
    """The places an article names, not as a source nor as where people come from."""
    return {m.entity for m in mentions if m.kind == "place" and not (m.source or m.origin)}


def main_place(
    mentions: Sequence[Mention], entities: EntityTable, outermost: bool, lead_end: int = 0
) -> str | None:
    """The place (or outermost place) an article names most often, a mention in its
    lead (before `lead_end`) counting `LEAD_WEIGHT` times (first named wins a tie); in
    an article that names no place, the country its national institutions serve
    ("Tweede Kamerverkiezingen", "國家統計局": the Netherlands, China); failing that, the
    country its adjectives name ("in the Indian state of Odisha")."""
    counts: Counter[str] = Counter()
    for m in mentions:
        if outermost and m.entity not in entities.entities:
            continue  # an unlisted place ("Sagaing Region") is in no country we know
        if m.kind == "place" and not (m.anaphor or m.source or m.origin or m.adjective):
            place = entities.outermost_place(m.entity) if outermost else m.entity
            counts[place] += LEAD_WEIGHT if m.start < lead_end else 1
    if not counts:
        served = (entities.served_place(m.entity) for m in mentions if not m.anaphor)
        counts.update(place for place in served if place)
    if not counts:
        counts.update(m.entity for m in mentions if m.adjective and not (m.source or m.origin))
    if not counts:
        return None
    best = max(counts.values())
    return next(place for place in counts if counts[place] == best)


def in_the_story(text: str, mentions: list[Mention], roles: Roles, lang: str) -> list[Mention]:
    """The names outside page furniture, datelines and picture credits: a list of
    other articles, a masthead or a footer names places and companies ("高樓林立的香港")
    that the story is not about, and would make them the article's main subject; a
    dateline names where a dispatch was filed ("BEIJING, Jan 17 (Reuters) -",
    "新华社兰州12月20日电"), a credit who took a picture ("(Foto: dpa)")."""
    furniture = SpanSet(furniture_spans(fold_width(text)))
    glosses = _glosses(text, mentions)
    return [
        m
        for m in mentions
        if not (
            furniture.covers(m.start)
            or roles.files_dispatch(m, text)
            or in_photo_credit(text, m.start, m.end, lang)
            or m.start in glosses
        )
    ]


def _glosses(text: str, mentions: list[Mention]) -> set[int]:
    """The starts of mentions in a short bracket right after a name, with words of its
    own and no figure: a gloss of that name ("台风“格美”(台湾称“凯米”)", "Typhoon Gaemi
    (known in the Philippines as Carina)"), no subject of the sentence. A bracket that
    holds a name alone renames the one before ("The Left (Die Linke)")."""
    found: set[int] = set()
    starts = [m.start for m in mentions]
    for name in mentions:
        opened = GLOSS_OPEN.match(text, name.end)
        closed = (
            GLOSS_CLOSE.search(text, opened.end(), opened.end() + GLOSS_REACH) if opened else None
        )
        if opened is None or closed is None:
            continue
        lo, hi = opened.end(), closed.start()
        first = bisect_left(starts, lo)
        inside = [m for m in mentions[first : bisect_left(starts, hi)] if m.end <= hi]
        rest = text[lo:hi]
        for mention in inside:
            rest = rest.replace(text[mention.start : mention.end], " ")
        if LETTER.search(rest) and not any(ch.isdigit() for ch in text[lo:hi]):
            found.update(m.start for m in inside if m.entity != name.entity)
    return found


GLOSS_OPEN = re.compile(r"[”」\"]?\s*[(（]")
GLOSS_CLOSE = re.compile(r"[)）]")
GLOSS_REACH = 40


class Indexed(Protocol):
    """A document's sentence starts and mentions, with the mentions' starts, sorted."""

    sentence_starts: list[int]
    mentions: list[Mention]
    mention_starts: list[int]
    text: str
    lang: str
    entities: EntityTable


def place_before(lo: int, doc: Indexed, entities: EntityTable, back: int) -> str | None:
    """The place named last in the `back` sentences before the one starting at `lo`,
    when they name places of one country only: "Die deutsche Wirtschaft ist …
    geschrumpft. … Im Jahr davor war das Bruttoinlandsprodukt noch um 1,8 Prozent
    gewachsen" is Germany's, though the article names Japan more often; "more than
    America, Europe and Japan combined" names no one place."""
    index = bisect_left(doc.sentence_starts, lo)
    start = doc.sentence_starts[max(0, index - back)]
    first, last = bisect_left(doc.mention_starts, start), bisect_left(doc.mention_starts, lo)
    places = [
        m.entity
        for m in doc.mentions[first:last]
        if m.kind == "place" and not (m.source or m.origin)
    ]
    countries = {entities.outermost_place(place) for place in places}
    return places[-1] if len(countries) == 1 else None


def scene_of(lo: int, doc: Indexed) -> str | None:
    """The country of the listed place a sentence starting at `lo` opens with after a
    `scene_openers` phrase ("In Libyen teilte …", "在利比亚,"): in a round-up of several
    stories, where the paragraph it opens is set."""
    opener = roles_for(doc.lang).scene.match(doc.text, lo)
    if opener is None:
        return None
    index = bisect_left(doc.mention_starts, opener.end())
    if index == len(doc.mentions):
        return None
    first = doc.mentions[index]
    if first.kind != "place" or doc.text[opener.end() : first.start].strip():
        return None
    listed = first.entity in doc.entities.entities
    return doc.entities.outermost_place(first.entity) if listed else None


def place_pointed_at(lo: int, doc: Indexed) -> str | None:
    """The place a sentence starting at `lo` points at with its first word ("Daar zijn
    zeker zes mensen omgekomen", "Dort starben sechs Menschen", "那里有6人遇难"): the one
    the sentence before names last, when it names places of one country."""
    if not roles_for(doc.lang).locative.match(doc.text, lo):
        return None
    return place_before(lo, doc, doc.entities, 1)


def countries_in_clause(doc: Indexed, claim: Claim, before: Sequence[Mention]) -> Subject | None:
    """ "in het zuidoosten van Turkije en het noorden van Syrië zijn 19.863 doden
    gevallen": a toll whose clause names two countries (in `before`) is of both."""
    start = clause_start(doc.text, claim.sentence[0], claim.start)
    countries = [doc.entities.outermost_place(m.entity) for m in before if m.start >= start]
    named = list(dict.fromkeys(countries))
    return Subject(tuple(named)) if len(named) > 1 else None
