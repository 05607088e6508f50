"""A draft claim read in the sources' terms.

A draft is written for readers, not for the checker: it says "capital expenditure"
where the sources say "capital expenditure on AI". Before the rules run, a draft
claim that leaves out what the sources all add takes it from them, so that it meets
the figures it restates.
"""

from __future__ import annotations

from collections import defaultdict

from factcheck.align import dimension_of
from factcheck.checks.agreement import agreeing
from factcheck.knowledge import Knowledge
from factcheck.models import ReportClaim


def with_source_topics(
    claims: list[ReportClaim], candidates: list[ReportClaim], knowledge: Knowledge
) -> list[ReportClaim]:
    """A draft that says only "Microsoft's capital expenditure" means whatever the
    sources spend it on: a topic-less draft claim takes the sources' topic when they
    name one, or when they name several, the topic of the figures that agree with it.
    A place that scopes another measure ("19,428 cars in the Netherlands") is no
    topic to take: a draft that names none means the whole. So does one whose measure
    some source also states without a topic ("Rekordinvestitionen von 35 Milliarden",
    beside the 13 billion "in OpenAI" of another page) for the draft's period: next
    year's plan without a topic says nothing of this year's spending on AI."""
    topics: dict[tuple, list[ReportClaim]] = defaultdict(list)
    whole: dict[tuple, set[str | None]] = defaultdict(set)
    for source in candidates:
        key = (source.subject, source.attribute, dimension_of(source.unit))
        if source.topic:
            topics[key].append(source)
        elif source.role == "source":
            whole[key].add(source.time)
    rule = next((r for r in knowledge.rules if r.check == "value-conflict"), None)
    result = []
    for claim in claims:
        if claim.attribute is None or not knowledge.attributes.is_topical(claim.attribute):
            result.append(claim)
            continue
        key = (claim.subject, claim.attribute, dimension_of(claim.unit))
        periods = whole.get(key, set())
        stated = claim.time is None or None in periods or claim.time in periods
        found = [] if periods and stated else topics.get(key, [])
        named = {s.topic for s in found}
        if claim.topic is None and len(named) > 1:
            named = {s.topic for s in found if agreeing(rule, claim, s)}
        if claim.topic is None and len(named) == 1:
            claim = claim.model_copy(update={"topic": named.pop()})
        result.append(claim)
    return result
