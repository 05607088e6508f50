"""A text's claims as a report sees them (extracted and annotated), without the files
and the alignment: what the tests of subjects, attributes and periods share."""

from __future__ import annotations

from factcheck.annotation import annotate_claims
from factcheck.extraction.scanner import extract_text
from factcheck.knowledge import Knowledge
from factcheck.models import Claim, Document


def annotated_claims(text: str, lang: str) -> list[Claim]:
    knowledge = Knowledge.from_dirs()
    document = Document(path="a.txt", text=text, lang=lang)
    return list(
        annotate_claims(
            document, extract_text(text, lang), knowledge.entities, knowledge.attributes
        )
    )
