"""Figures given member by member: "Iran and Senegal lost 11 and 3 citizens
respectively", "伊朗和塞内加尔各有11名和3名公民在这场宗教之旅中丧生". Read one claim at a
time, each figure is said of the joint subject ("Iran and Senegal"), which no source
matches; the sentence's marker (`respectively` in `lexicon/subjects.yaml`) pairs the
members with the figures in order. A joint subject's figure said "together"
("zusammen", "合计") is the members' total, which no member's figure meets.
"""

from __future__ import annotations

from collections import defaultdict

from factcheck.annotation.roles import roles_for
from factcheck.models import ReportClaim, Subject


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
