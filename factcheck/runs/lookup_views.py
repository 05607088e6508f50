"""The views a draft's claims look the sources up by, beyond their own keys: the same
figure said of what a subject belongs to, at another scale, in another currency, with
two digits swapped, or as a bare number; and a source's figure of a joint subject as
its member's. Views carry no measure: they meet figures by value alone
(`checks.candidates.lookup_keys`)."""

from __future__ import annotations

from factcheck.checks.agreement import DEFAULT_FACTORS
from factcheck.checks.attribution import significant_digits
from factcheck.checks.candidates import MIN_SAME_FIGURE_DIGITS
from factcheck.checks.digit_slips import MIN_DIGITS as MIN_SLIP_DIGITS
from factcheck.extraction.units import unit_category
from factcheck.knowledge import Knowledge
from factcheck.models import ReportClaim, Subject
from factcheck.runs.slips import MIN_DIGITS_SAME_MEASURE, TENFOLD, currency_views, transposed_views

# Whose figures may be said of what they belong to: a product's, a model's, a chip's
# or a place's. A company's unit (GitHub of Microsoft) has figures of its own, and
# its owner's block of a measure is an archive's largest.
OWNED_KINDS = frozenset({"product", "model", "chip", "place"})


def owner_views(claims: list[ReportClaim], knowledge: Knowledge) -> list[ReportClaim]:
    """The draft's figures as said of what their subjects belong to (SU7 Max -> SU7,
    Xiaomi): the lookups that find the sources that may confirm them."""
    entities = knowledge.entities
    return [
        claim.model_copy(update={"subject": Subject((owner,))})
        for claim in claims
        if claim.subject
        and not claim.subject.joint
        and entities.kind_of(claim.subject[0]) in OWNED_KINDS
        for owner in entities.owners(claim.subject[0])
    ]


def lookup_views(claims: list[ReportClaim], knowledge: Knowledge) -> list[ReportClaim]:
    """The draft's claims, and the views that find the sources' slips of them: the same
    figure said of what the subject belongs to (800 miles for the SU7 Max, 800 km for
    the SU7), and the same distinctive digits at another scale (227 million square
    metres, 227,000); and a counted figure as a bare number ("44.218 Tote", where a
    source says "het aantal op 44.218"). A view has no measure: it meets figures by
    value alone."""
    owned = owner_views(claims, knowledge)
    scaled = [
        claim.model_copy(update={"value": value, "low": value, "high": value})
        for claim in claims
        if claim.value is not None and _slip_digits(claim)
        for factor in (*DEFAULT_FACTORS, *((TENFOLD,) if _named(claim) else ()))
        for value in (claim.value * factor, claim.value / factor)
    ]
    bare = [
        claim.model_copy(update={"unit": "count"})
        for claim in claims
        if unit_category(claim.unit) == "counted"
        and claim.value is not None
        and significant_digits(claim.value) >= MIN_SAME_FIGURE_DIGITS
    ]
    views = [*owned, *scaled, *bare, *currency_views(claims), *transposed_views(claims)]
    return [*claims, *(v.model_copy(update={"attribute": None}) for v in views)]


def _slip_digits(claim: ReportClaim) -> bool:
    """Digits rare enough to look up at other scales: three significant, or two of a
    named measure and subject ("2,7 miljoen euro" of operating profit, where the
    sources give Continental's 2.7 billion; `Slips` holds the two to one measure)."""
    digits = significant_digits(claim.value or 0.0)
    return digits >= MIN_SLIP_DIGITS or (digits >= MIN_DIGITS_SAME_MEASURE and _named(claim))


def _named(claim: ReportClaim) -> bool:
    measure = claim.attribute
    return claim.subject is not None and measure is not None and not measure.generic


def member_views(claims: list[ReportClaim], candidates: list[ReportClaim]) -> list[ReportClaim]:
    """A draft about one member of a joint subject ("Google") is held against what the
    sources say of the group ("Google, Meta and xAI"): such a source claim is taken as
    said of that member."""
    wanted = {(c.subject[0], c.attribute) for c in claims if c.subject and not c.subject.joint}
    result = []
    for source in candidates:
        members = source.subject or ()
        member = next((m for m in members if (m, source.attribute) in wanted), None)
        if len(members) > 1 and member is not None and not source.summed:
            source = source.model_copy(update={"subject": Subject((member,))})
        result.append(source)
    return result
