"""Annotation: what each claim is about.

Entities (`entities`: the alias table and rapidfuzz matching), subjects
(`subjects`: who a number is about), attributes and topics (`attributes`: what it
measures and what money goes to), one spelling per unknown name (`names`), and the
per-file unit of work that reports, checks and the claims store share (`located`).
"""

from __future__ import annotations

from factcheck.annotation.attributes import AttributeTable
from factcheck.annotation.entities import EntityTable
from factcheck.annotation.subjects import DocumentAnnotator
from factcheck.models import Claim, Document, ReportClaim


def annotate_claims(
    document: Document, claims: list[Claim], entities: EntityTable, attributes: AttributeTable
) -> list[ReportClaim]:
    """Claims with subject, attribute and topic; ids are given once all files are in."""
    annotator = DocumentAnnotator(document.text, document.lang, entities, attributes)
    result = []
    for claim in claims:
        about = annotator.annotate(claim)
        result.append(
            ReportClaim(
                **claim.model_dump(exclude={"subject", "attribute"}),
                id="",
                subject=about.subject,
                subject_sure=about.subject_sure,
                attribute=about.attribute,
                topic=about.topic,
                reported_by=about.reported_by,
            )
        )
    return result
