"""A listed one-word name inside a longer one that opens with a capitalised adjective:
"Quiroga von der rechten Freien Allianz (AL)" is a Bolivian alliance, not the insurer
Allianz, and "der Europäischen Union" no German party. German writes the adjectives
of names capitalised and no others, so a capitalised word with an adjective's ending
(`name_adjective_endings` in lexicon/subjects.yaml) after a lower-case word opens a
longer name; an adjective of nationality keeps the name ("der Deutschen Telekom")."""

from __future__ import annotations

import re
from functools import cache

from factcheck.annotation.demonyms import demonyms_for
from factcheck.annotation.roles import Mention
from factcheck.extraction.patterns import alternation
from factcheck.lexicon import by_language, load_table

ADJECTIVE_REACH = 30  # characters before a name that may hold its adjective


@cache
def _adjective_before(lang: str) -> re.Pattern[str] | None:
    endings = by_language(load_table("subjects").get("name_adjective_endings") or {}, lang)
    if not endings:
        return None
    ending = alternation(endings, word_edges=False)
    return re.compile(rf"(?<=[a-zäöüß,] )([A-ZÄÖÜ][a-zäöüß]{{2,}}(?:{ending}))[ \t]+\Z")


def adjective_opening(text: str, mention: Mention, lang: str) -> int | None:
    """Where the longer name a listed organisation's one-word name ends begins, when a
    capitalised adjective stands right before it; None if none does."""
    pattern = _adjective_before(lang)
    if pattern is None or mention.kind != "organization":
        return None
    if not text[mention.start : mention.end].isalpha():
        return None
    found = pattern.search(text, max(0, mention.start - ADJECTIVE_REACH), mention.start)
    if found is None or found.group(1).lower() in demonyms_for(lang).countries:
        return None
    return found.start(1)
