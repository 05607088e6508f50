"""A text's claims as a report sees them (extracted and annotated), without the files
and the alignment: what the tests of subjects, attributes and periods share."""

from __future__ import annotations

from typing import NamedTuple

from factcheck.annotation import annotate_claims
from factcheck.extraction.scanner import extract_text
from factcheck.knowledge import Knowledge
from factcheck.models import Claim, Document


def annotated_claims(text: str, lang: str, date: str | None = None) -> list[Claim]:
    """`date` is the publication date, as a manifest or the page would give it."""
    knowledge = Knowledge.from_dirs()
    document = Document(path="a.txt", text=text, lang=lang, date=date)
    claims = extract_text(text, lang, "a.txt", date)
    return list(annotate_claims(document, claims, knowledge.entities, knowledge.attributes))


def subjects_of(text: str, lang: str, date: str | None = None) -> dict[str, str | None]:
    """Each claim's text and the subject it is read as being about (None: no one)."""
    claims = annotated_claims(text, lang, date)
    return {c.text: c.subject.readable() if c.subject else None for c in claims}


class Reading(NamedTuple):
    """What a claim is read as: its subject (None: no one), attribute, topic and period."""

    subject: str | None
    attribute: str
    topic: str | None
    time: str | None


def readings(text: str, lang: str, date: str | None = None) -> dict[str, Reading]:
    """Each claim's text and how it is read."""
    return {
        c.text: Reading(str(c.subject) if c.subject else None, str(c.attribute), c.topic, c.time)
        for c in annotated_claims(text, lang, date)
    }
