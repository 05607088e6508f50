"""Who may hold a measure: a check on a subject once its claim's measure is known.

The subject tiers choose a name before the measure is read, and the article's main
organisation stands in where a sentence names no one. Some pairs are impossible
whatever the text: an age is a person's, a party's seats are never a person's
("Spolu van premier Petr Fiala kreeg 52 zetels"), and no company wins votes (a
multi-story text's "SAP" for Noboa's 55.8 % in the runoff).
"""

from __future__ import annotations

from collections.abc import Set

from factcheck.annotation.attributes import AttributeTable
from factcheck.annotation.entities import EntityTable
from factcheck.models import Attribute, Subject


def may_hold(
    entities: EntityTable,
    attributes: AttributeTable,
    people: Set[str],
    claim_measure: tuple[Attribute, str],
    subject: Subject,
) -> bool:
    """Whether the subject may hold the measure (`claim_measure`: its attribute and
    unit). A company is an organisation that reports by fiscal year."""
    attribute, unit = claim_measure
    if attributes.is_personal(attribute):
        return all(entities.kind_of(n) in ("person", "unknown") for n in subject)
    if not attributes.is_party(attribute):
        return True
    if any(entities.fiscal_year_end(n) is not None for n in subject):
        return False
    persons = all(n in people or entities.kind_of(n) == "person" for n in subject)
    return not (persons and unit == "seat")
