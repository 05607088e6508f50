"""What a figure measures when no word names it, from what it is of: "Azure grew 39%"
(a business grows by its `grows_by` measure), "die AfD kam auf 20,8 %" (a party's bare
percentage is its `percent_of`, its share of the vote); and in a story about an
election (`election_words` in lexicon/subjects.yaml), the bare percentage of a name the
table does not list: a candidate's ("Jara kam auf 41,83 Prozent", "Franco Parisi
obtuvo 19,7 %"), a pollster's turned a forecast by the words around it."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from factcheck.annotation.names import unlisted_kind
from factcheck.extraction.patterns import phrase_trie
from factcheck.lexicon import by_language, load_table
from factcheck.models import Subject

if TYPE_CHECKING:
    from factcheck.annotation.entities import EntityTable

VOTE_SHARE = "vote_share"


def unnamed_measure(
    entities: EntityTable, subject: Subject | None, unit: str, changed: bool, election: bool
) -> str | None:
    """The measure a figure of one subject is when no word names it, or None."""
    if subject is None or len(subject) != 1:
        return None
    known = entities.entities.get(subject[0])
    if known is None:
        candidate = election and unit == "percent" and not changed
        return VOTE_SHARE if candidate and unlisted_kind(subject[0]) != "place" else None
    if changed and known.grows_by:
        return known.grows_by
    return known.percent_of if unit == "percent" else None


def names_an_election(text: str, lang: str) -> bool:
    """Whether the text speaks of an election ("Stichwahl", "verkiezingen", "选举")."""
    return _election_words(lang).search(text) is not None


@cache
def _election_words(lang: str) -> re.Pattern[str]:
    listed = by_language(load_table("subjects")["election_words"], lang)
    return re.compile(phrase_trie(listed, word_edges=lang != "zh", ignore_case=True), re.I)
