"""The place a measure of a place, or of an event, is about: a country's population, a
flood's toll, a quake's magnitude. The sentence's own place first; then, by what the
article names, a place that points back, the place named just before, a round-up's
paragraph set in a country, and the place or country the article names most."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.annotation.article import (
    countries_in_clause,
    one_place,
    place_before,
    place_pointed_at,
    scene_of,
)
from factcheck.annotation.attributes import PlaceScope
from factcheck.annotation.clauses import clause_end
from factcheck.annotation.han_words import unlisted_toponyms
from factcheck.annotation.origins import anothers_origin
from factcheck.models import Claim, Subject

if TYPE_CHECKING:
    from factcheck.annotation.roles import Mention
    from factcheck.annotation.subjects import DocumentAnnotator

PLACE_BACK = 2  # a statistic said of no place is of the one country named this close before


def place_of(
    doc: DocumentAnnotator, claim: Claim, scope: PlaceScope, elsewhere: bool = False
) -> tuple[Subject, bool] | None:
    """The place a measure of a place (or of an event) is about: the place the
    sentence names, nearest before the claim, else first after it in its clause (not a
    victim's after a comma: "凯米台风造成7死,死者分别为高雄市64岁妇人…"). Else, for a place's
    measure, the place the article names most; for an event's measure or a local count
    of it (a toll: "20 dead" in an article on Belgium's floods), the country it names
    most. Sure for an event (an article tells of one); for a place's measure when the
    article names that place only; for a local count when all the places it names lie
    in one country. An event is known by its outermost place (a
    country). People from `elsewhere` (a toll's foreigners) are counted in the event's
    country, whatever places their sentence names."""
    places = [m for m in doc.in_sentence(claim) if m.kind == "place" and not m.source]
    places = [] if elsewhere else places
    if scope == "outermost":  # an unlisted place ("Stadt Mandalay") is in no country
        places = [m for m in places if m.entity in doc.entities.entities]
    places = [m for m in places if not anothers_origin(claim, m, doc.claim_starts)]
    before = [m for m in places if m.end <= claim.start]
    chosen = before[-1] if before else _first_in_clause(doc, claim, places)
    outermost = scope == "outermost"
    if scope == "local" and (joint := countries_in_clause(doc, claim, before)):
        return joint, all(m.sure for m in before)
    if chosen is not None:
        place = doc.entities.outermost_place(chosen.entity) if outermost else chosen.entity
        unlisted = scope == "named" and _unlisted_place_before(doc, claim, places)
        return Subject((place,)), chosen.sure and not unlisted
    if not outermost and (pointed := place_pointed_at(claim.sentence[0], doc)):
        return Subject((pointed,)), True
    fallback = _fallback(doc, claim, scope, elsewhere)
    if fallback is None:
        return None
    alone = outermost or (one_place(doc.mentions) if scope == "named" else doc.one_country)
    return Subject((fallback,)), alone and _named_near(doc, claim, fallback)


def _named_near(doc: DocumentAnnotator, claim: Claim, place: str) -> bool:
    """Whether the article's lead or the claim's paragraph names the place (or a place
    in its country, or an institution serving it: "香港政府", "Tweede Kamer"), or no
    unlisted name stands in the paragraph before the claim: a story's place, not that
    of a later story in a round-up ("alle 175 passagiers" on Muan airport, in a draft
    whose third paragraph is on Pakistan)."""
    country = doc.entities.outermost_place(place)
    lo = paragraph_start(doc, claim)
    near = (m for m in doc.mentions if m.start < doc.lead_end or lo <= m.start < claim.end)
    if any(_of_country(doc, m, country) for m in near if not m.origin):
        return True
    return not any(m.kind == "unknown" for m in doc.mentions if lo <= m.start < claim.start)


def _of_country(doc: DocumentAnnotator, mention: Mention, country: str) -> bool:
    entities = doc.entities
    place = mention.entity if mention.kind == "place" else entities.served_place(mention.entity)
    return place is not None and entities.outermost_place(place) == country


def _unlisted_place_before(doc: DocumentAnnotator, claim: Claim, places: list[Mention]) -> bool:
    """Whether a Chinese place the entity table does not list (a word ending as places
    end: "博哥市", "宿霧省") stands before the claim in its sentence: a population said
    there may be its, not the listed country's ("宿霧省是菲律賓…之一，擁有340萬人口")."""
    if doc.lang != "zh":
        return False
    lo = claim.sentence[0]
    listed = [(m.start, m.end) for m in places]
    return any(
        not any(a <= found.start() < b for a, b in listed)
        for found in unlisted_toponyms().finditer(doc.text, lo, claim.start)
    )


def _first_in_clause(doc: DocumentAnnotator, claim: Claim, places: list[Mention]) -> Mention | None:
    """The first place after the claim in its own clause (its clause's end is looked
    for only when no place stands before it)."""
    if not places:
        return None
    end = clause_end(doc.text, claim.end, claim.sentence[1])
    return next((m for m in places if claim.end <= m.start < end), None)


def _fallback(
    doc: DocumentAnnotator, claim: Claim, scope: PlaceScope, elsewhere: bool
) -> str | None:
    """A place's measure: the place named just before (`PLACE_BACK`), else the one the
    article names most; an event's: the country of a round-up's paragraph ("In Libyen
    …", or the one country its places lie in), else the one the article names most."""
    if scope == "named":
        before = (
            None
            if doc.one_country
            else place_before(claim.sentence[0], doc, doc.entities, PLACE_BACK)
        )
        return before or doc.main_place
    if not (doc.one_country or elsewhere):
        scene = scene_of(paragraph_start(doc, claim), doc) or _paragraph_country(doc, claim)
        return scene or doc.event_place
    return doc.event_place


def _paragraph_country(doc: DocumentAnnotator, claim: Claim) -> str | None:
    """The one country of the places named earlier in the claim's paragraph: a
    round-up's paragraph set in a country without a scene opener ("飓风奥蒂斯袭击墨西哥
    阿卡普尔科。…损失初步估计约为150亿美元", where the article names Taiwan more often)."""
    index = doc.sentence_index(claim)
    back = index - doc.paragraph_first.get(index, index)
    place = place_before(claim.sentence[0], doc, doc.entities, back)
    return doc.entities.outermost_place(place) if place else None


def paragraph_start(doc: DocumentAnnotator, claim: Claim) -> int:
    """Where the paragraph of the claim's sentence starts."""
    index = doc.sentence_index(claim)
    return doc.sentence_starts[doc.paragraph_first.get(index, index)]
