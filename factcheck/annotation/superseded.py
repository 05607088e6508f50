"""A running count the article itself sets aside as an earlier one: "Zuvor hatten einige
Medien von bis zu 2.500 Vermissten berichtet", "Previously, officials had put the toll
at 158", "此前有报道称…". Such a figure was replaced by the one the article reports
now; it is read, but never held against a current count (as "up from 300,000" is
not: `origin`). Only where all of these hold:
- the sentence opens with the word;
- the figure is a running count (a toll, the missing): an earlier plan or price is
  still a figure of its own;
- it names no day ("Zuvor wurden bis Donnerstagnachmittag 158 Leichen geborgen" is
  Thursday's count);
- the article also gives the count that replaced it: an earlier figure alone ("Zuvor
  hatte das Außenministerium bereits 41 Tote bestätigt") is the article's figure."""

from __future__ import annotations

from factcheck.annotation.attributes import AttributeTable
from factcheck.extraction.daydates import days_in
from factcheck.extraction.relative_time import sentence_opener
from factcheck.extraction.weekdays import weekday_pattern
from factcheck.models import ReportClaim


def _names_a_moment(text: str, sentence: tuple[int, int], lang: str) -> bool:
    """The sentence names a day or a weekday: its count is of that moment (`runs.moments`)."""
    lo, hi = sentence
    named = weekday_pattern(lang).search(text, lo, hi) is not None
    return named or bool(days_in(text, lo, hi, None))


def superseded(
    claims: list[ReportClaim], text: str, lang: str, attributes: AttributeTable
) -> list[ReportClaim]:
    """The claims, each running count of a sentence opened by an earlier-report word
    marked as a level since replaced (`origin`) when the article also gives the count
    that replaced it (of the same subject and measure, in a sentence of its own), unless
    it names its own period or day."""
    opener = sentence_opener("earlier_openers", lang)
    earlier = {
        index
        for index, claim in enumerate(claims)
        if _running(claim, attributes)
        and not claim.time
        and opener.match(text, claim.sentence[0])
        and not _names_a_moment(text, claim.sentence, lang)
    }
    if not earlier:
        return claims
    current = {
        (c.subject, c.attribute)
        for index, c in enumerate(claims)
        if index not in earlier and c.compared
    }
    return [
        c.model_copy(update={"origin": True})
        if index in earlier and (c.subject, c.attribute) in current
        else c
        for index, c in enumerate(claims)
    ]


def _running(claim: ReportClaim, attributes: AttributeTable) -> bool:
    definition = attributes.definition(claim.attribute) if claim.attribute else None
    return definition is not None and getattr(definition, "running", False)
