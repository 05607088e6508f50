"""Annotation: what each claim is about.

Entities (`entities`: the alias table and rapidfuzz matching), subjects
(`subjects`: who a number is about), attributes and topics (`attributes`: what it
measures and what money goes to), one spelling per unknown name (`names`), and the
per-file unit of work that reports, checks and the claims store share (`located`).
"""

from __future__ import annotations

from factcheck.annotation.attributes import AttributeTable
from factcheck.annotation.entities import EntityTable
from factcheck.annotation.respectively import distributed
from factcheck.annotation.subjects import DocumentAnnotator
from factcheck.extraction.daydates import names_day
from factcheck.extraction.periods import holds
from factcheck.models import Claim, Document, ReportClaim


def annotate_claims(
    document: Document, claims: list[Claim], entities: EntityTable, attributes: AttributeTable
) -> list[ReportClaim]:
    """Claims with subject, attribute and topic; ids are given once all files are in."""
    spans = [(claim.start, claim.end) for claim in claims]
    annotator = DocumentAnnotator(document.text, document.lang, entities, attributes, spans)
    result = []
    for claim in claims:
        about = annotator.annotate(claim)
        daily = about.attribute is not None and attributes.granularity(about.attribute) == "day"
        result.append(
            ReportClaim(
                **claim.model_dump(exclude={"subject", "attribute", "time", "unit"}),
                unit=about.unit or claim.unit,
                time=None
                if daily and _on_its_day(claim, document)
                else entities.calendar_period(about.subject, claim.time),
                id="",
                subject=about.subject,
                subject_sure=about.subject_sure,
                attribute=about.attribute,
                topic=about.topic,
                reported_by=about.reported_by,
            )
        )
    return distributed(result, document.text, document.lang)


def _on_its_day(claim: Claim, document: Document) -> bool:
    """A day's figure (a toll, a crowd) whose sentence names its day ("am 6. Februar
    2023 meldete die AFAD 5.400 Tote") speaks for that day, not for the year the date
    holds: it meets the other figures of that day."""
    day = claim.as_of
    if claim.time is None or day is None or len(day) != 10 or not holds(claim.time, day):
        return False
    return names_day(document.text, claim.sentence, day, document.date)
