"""Figures given member by member: "Iran and Senegal lost 11 and 3 citizens
respectively", "伊朗和塞内加尔各有11名和3名公民在这场宗教之旅中丧生". Read one claim at a
time, each figure is said of the joint subject ("Iran and Senegal"), which no source
matches; the sentence's marker (`respectively` in `lexicon/subjects.yaml`) pairs the
members with the figures in order, and so the measures it names ("Vorsteuerergebnis
und Überschuss gingen um 36 beziehungsweise 37 Prozent zurück"). A joint subject's
figure said "together" ("zusammen", "合计") is the members' total, which no member's
figure meets.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from factcheck.annotation.attribute_names import named_attribute
from factcheck.annotation.roles import roles_for
from factcheck.models import Attribute, ReportClaim, Subject

if TYPE_CHECKING:
    from factcheck.annotation.attributes import AttributeTable
    from factcheck.annotation.document_keywords import DocumentKeywords


def distributed(claims: list[ReportClaim], text: str, lang: str) -> list[ReportClaim]:
    """The claims, each figure of a "respectively" sentence said of its own member."""
    together: dict[tuple[tuple[int, int], Subject], list[int]] = defaultdict(list)
    for index, claim in enumerate(claims):
        if claim.subject is not None and claim.subject.joint and claim.compared:
            together[(claim.sentence, claim.subject)].append(index)
    result = list(claims)
    marker = roles_for(lang).respectively
    for (sentence, subject), indexes in together.items():
        if len(indexes) != len(subject) or not marker.search(text, *sentence):
            continue
        last = claims[indexes[-1]]
        for index, member in zip(indexes, subject, strict=True):
            update: dict[str, object] = {"subject": Subject((member,))}
            if _elided(claims[index], last):
                update |= {"unit": last.unit, "attribute": last.attribute}
            result[index] = claims[index].model_copy(update=update)
    return result


def measured_in_turn(
    claims: list[ReportClaim], keywords: DocumentKeywords, attributes: AttributeTable
) -> list[ReportClaim]:
    """The claims, the figures of a "respectively" sentence that all took the measure
    nearest them each of the measure its sentence names in turn before them, when it
    names as many: read alone, "36" and "37 Prozent" are both of the "Überschuss"."""
    marker = roles_for(keywords.lang).respectively
    runs: dict[tuple[tuple[int, int], Attribute, str], list[int]] = defaultdict(list)
    for index, claim in enumerate(claims):
        if claim.attribute is not None and not claim.attribute.generic and claim.compared:
            runs[(claim.sentence, claim.attribute, claim.unit)].append(index)
    result = list(claims)
    for (sentence, attribute, _), indexes in runs.items():
        if len(indexes) < 2 or not marker.search(keywords.text, *sentence):
            continue
        owners = keywords.owners_before(sentence, claims[indexes[0]].start)
        turned = _in_turn(owners, attribute, attributes)
        if turned is None or len(turned) != len(indexes):
            continue
        for index, measure in zip(indexes, turned, strict=True):
            result[index] = result[index].model_copy(update={"attribute": measure})
    return result


def _in_turn(
    owners: list[tuple[str, ...]], attribute: Attribute, attributes: AttributeTable
) -> list[Attribute] | None:
    """The measures the keywords name, each as `attribute` derives from its base
    ("profit_change" of "profit": "pretax_profit_change" of "pretax_profit"); None if a
    keyword names no such measure. A keyword repeated names one measure."""
    suffix = (attribute.name or "").removeprefix(attributes.base_of(attribute))
    turned: list[Attribute] = []
    for candidates in owners:
        name = next((o + suffix for o in candidates if o + suffix in attributes.measures), None)
        if name is None:
            return None
        if not turned or turned[-1].name != name:
            turned.append(named_attribute(name))
    return turned


def summed(claims: list[ReportClaim], text: str, lang: str) -> list[ReportClaim]:
    """The claims, a joint subject's total marked `summed`."""
    together = roles_for(lang).together
    return [
        claim.model_copy(update={"summed": True})
        if claim.subject is not None
        and claim.subject.joint
        and together.search(text, *claim.sentence)
        else claim
        for claim in claims
    ]


def _elided(claim: ReportClaim, last: ReportClaim) -> bool:
    """ "11 and 3 citizens": a figure before the last that names neither its unit nor
    its measure takes the last one's."""
    generic = claim.attribute is None or claim.attribute.generic
    return generic and claim.unit in ("count", last.unit) and claim is not last
