"""A text's claims as a report sees them (extracted and annotated), without the files
and the alignment: what the tests of subjects, attributes and periods share."""

from __future__ import annotations

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
