"""The place a measure of a place, or of an event, is about: a country's population, a
flood's toll, a quake's magnitude. The sentence's own place first; then, by what the
article names, a place that points back, the place named just before, a round-up's
paragraph set in a country, and the place or country the article names most."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.annotation.article import (
    countries_in_clause,
    place_before,
    place_pointed_at,
    scene_of,
)
from factcheck.annotation.attributes import PlaceScope
from factcheck.annotation.clauses import clause_end
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
    most. Sure for an event (an article tells of one), otherwise when all the places
    the article names lie in one country. An event is known by its outermost place (a
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
        return Subject((place,)), chosen.sure
    if not outermost and (pointed := place_pointed_at(claim.sentence[0], doc)):
        return Subject((pointed,)), True
    fallback = _fallback(doc, claim, scope, elsewhere)
    if fallback is None:
        return None
    return Subject((fallback,)), outermost or doc.one_country


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
