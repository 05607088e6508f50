"""A figure of a subject together with others it counts: "de Arbeiderspartij samen met
vier kleine linkse partijen 88 zetels", "Labour and four smaller parties won 88
seats", "工党与另外四个左翼政党共获得88席". The seats are the group's, never the named
party's alone (which won 53): the figure's subject becomes the named one and the
others as many as the text counts, written alike in every language ("Arbeiderspartij
and 4 other parties"), and its figure the group's total (`summed`), which no member's
figure meets.

The others are a counted claim of a kind that stands beside a subject (`fellows` in
`lexicon/subjects.yaml`: parties; not countries, which "in Germany and 30 other
countries" a company's figure stands among) right after a companion
word (`companions`: "together with", "samen met", "und", 与); the figures after them
in the sentence are the group's.
"""

from __future__ import annotations

from functools import cache

from factcheck.extraction.patterns import Preceding
from factcheck.extraction.unit_names import unit_name
from factcheck.lexicon import by_language, load_table
from factcheck.models import ReportClaim, Subject

COMPANION_REACH = 24  # characters before the others' count a companion word may take


@cache
def _companion(lang: str) -> Preceding:
    words = by_language(load_table("subjects")["companions"], lang)
    return Preceding(words, word_edges=lang != "zh")


@cache
def _fellows() -> frozenset[str]:
    return frozenset(load_table("subjects")["fellows"])


def with_companions(claims: list[ReportClaim], text: str, lang: str) -> list[ReportClaim]:
    """The claims, each figure after a subject's counted companions in its sentence
    said of the group and marked `summed`."""
    others = {
        claim.sentence: claim
        for claim in reversed(claims)
        if claim.unit in _fellows() and _after_companion_word(claim, text, lang)
    }
    if not others:
        return claims
    return [_of_group(claim, others.get(claim.sentence)) for claim in claims]


def _after_companion_word(claim: ReportClaim, text: str, lang: str) -> bool:
    window = max(claim.sentence[0], claim.start - COMPANION_REACH)
    return _companion(lang).search(text, window, claim.start) is not None


def _of_group(claim: ReportClaim, others: ReportClaim | None) -> ReportClaim:
    """The claim said of its subject and the others counted before it, if any."""
    subject = claim.subject
    if others is None or subject is None or subject.joint or claim.start <= others.start:
        return claim
    group = Subject((*subject, _others(others)))
    return claim.model_copy(update={"subject": group, "summed": True})


def _others(claim: ReportClaim) -> str:
    """ "4 other parties": the companions as one member of the group, written alike in
    every language (messages are English), the count as the text gives it."""
    count = f"{claim.value:g}" if claim.value is not None else claim.text
    return f"{count} other {unit_name(claim.unit, many=True)}"
