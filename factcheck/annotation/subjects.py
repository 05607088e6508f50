"""Subject, attribute and topic for each claim of a document.

The subject is the entity the number is about. News sentences put it before the
number, so the nearest name before the claim in its clause wins, then in its
sentence; a name that owns the measured thing ("NVIDIA's market value",
"微软的") comes next; a sentence without such a name falls back to the
organisation the article is mostly about. Names after a preposition ("von
NVIDIA") and chips are objects, used only when nothing else is there, unless
the claim's clause describes them ("für MAI-1, ein Modell mit 500 Milliarden
Parametern"). A list of
names ("谷歌、Meta 和 xAI") is one joint subject.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence

from factcheck.annotation.attributes import AttributeTable
from factcheck.annotation.entities import EntityTable, Mention
from factcheck.models import Attribute, Claim, Subject

APPOSITION = re.compile(r"\s*[,，]\s*")
CLAUSE_BREAK = re.compile(r"[,;:()，；：（）、]|\s[-–—]\s")
LIST_GAP = re.compile(r"^\s*(?:,|、|，|and|und|en|和|與|与|&|/)?\s*$", re.IGNORECASE)
SUBJECT_KINDS = frozenset({"organization", "model", "product", "group", "unknown", "chip"})


class DocumentAnnotator:
    """Annotates the claims of one document; mentions are found once per text."""

    def __init__(
        self, text: str, lang: str, entities: EntityTable, attributes: AttributeTable
    ) -> None:
        self.text, self.lang = text, lang
        self.attributes = attributes
        self.entities = entities
        self.keywords = attributes.keywords(text, lang)
        self.mentions = entities.mentions(text, lang=lang)
        self._starts = [m.start for m in self.mentions]
        self.main = _main_entity(self.mentions)

    def annotate(self, claim: Claim) -> tuple[Subject | None, Attribute, str | None]:
        """(subject, attribute, topic) of one claim."""
        subject = self.subject_of(claim)
        attribute = self.keywords.attribute_of((claim.start, claim.end), claim.sentence, claim.unit)
        topic = None
        if self.attributes.is_topical(attribute):
            topic = self.keywords.topic_of(claim.sentence)
            topic = topic or self._object_of(claim, subject)
        return subject, attribute, topic

    def subject_of(self, claim: Claim) -> Subject | None:
        before = [m for m in self._in_sentence(claim) if m.end <= claim.start]
        clause_start = _clause_start(self.text, claim.sentence[0], claim.start)
        names = [m for m in before if m.kind != "chip"]
        direct = [m for m in names if not (m.possessive or m.oblique)]
        tiers = (
            [m for m in names if APPOSITION.fullmatch(self.text, m.end, clause_start)],
            [m for m in direct if m.start >= clause_start],
            direct,
            [m for m in names if m.possessive],
        )
        for tier in tiers:
            if tier:
                return self._joint(tier[-1], before)
        if self.main is not None:
            return Subject((self.main,))
        return self._joint(before[-1], before) if before else None

    def _in_sentence(self, claim: Claim) -> list[Mention]:
        lo, hi = claim.sentence
        first = bisect_left(self._starts, lo)
        inside = []
        for mention in self.mentions[first:]:
            if mention.start >= hi:
                break
            overlaps_claim = mention.start < claim.end and claim.start < mention.end
            if not overlaps_claim and mention.kind in SUBJECT_KINDS:
                inside.append(mention)
        return inside

    def _joint(self, chosen: Mention, before: Sequence[Mention]) -> Subject:
        """The names listed together with the chosen one: ("Google", "Meta", "xAI")."""
        members = [chosen]
        index = before.index(chosen)
        while index > 0 and LIST_GAP.match(self.text[before[index - 1].end : members[0].start]):
            index -= 1
            members.insert(0, before[index])
        return Subject(dict.fromkeys(m.entity for m in members))

    def _object_of(self, claim: Claim, subject: Subject | None) -> str | None:
        """A known entity other than the subject named in the sentence: what the amount went to."""
        for mention in self._in_sentence(claim):
            if mention.entity not in (subject or ()) and mention.kind != "unknown":
                return mention.entity
        return None


def _main_entity(mentions: Sequence[Mention]) -> str | None:
    """The organisation an article names most often (first named wins a tie)."""
    counts = Counter(m.entity for m in mentions if m.kind == "organization")
    if not counts:
        return None
    best = max(counts.values())
    return next(m.entity for m in mentions if counts.get(m.entity) == best)


def _clause_start(text: str, sentence_start: int, claim_start: int) -> int:
    last = sentence_start
    for match in CLAUSE_BREAK.finditer(text, sentence_start, claim_start):
        last = match.end()
    return last
