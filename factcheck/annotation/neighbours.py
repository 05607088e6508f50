"""Roles a name takes from the name right before it: a place after a reporter is
where the reporter sits ("das Statistikamt in Peking"), and a name listed after
another, or restating it in brackets, plays the first one's role ("von OpenAI,
Anthropic und anderen").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from factcheck.annotation.roles import NEVER, Mention
from factcheck.extraction.patterns import alternation
from factcheck.lexicon import by_language, load_table

BRACKET_OPEN = re.compile(r"\s*[(（]\s*")
BRACKET_CLOSE = re.compile(r"\s*[)）]")


def seats_of_reporters(mentions: list[Mention], text: str, lang: str) -> list[Mention]:
    """A place right after a reporter ("das Statistikamt in Peking", "the health
    ministry in Riyadh") is where the reporter sits: it reports, it is no subject."""
    seat = seat_gap(lang)
    kept: list[Mention] = []
    for mention in mentions:
        before = kept[-1] if kept else None
        if (
            before is not None
            and mention.kind == "place"
            and (before.source or before.kind == "agency")
            and seat.fullmatch(text, before.end, mention.start)
        ):
            mention = replace(mention, source=True, possessive=False, oblique=False)
        kept.append(mention)
    return kept


@cache
def seat_gap(lang: str) -> re.Pattern[str]:
    """What stands between a reporter and its seat (`seat_joiners`)."""
    joiners = by_language(load_table("subjects").get("seat_joiners", {}), lang)
    if not joiners:
        return NEVER
    return re.compile(rf"\s+(?:{alternation(joiners)})\s+", re.IGNORECASE)


@cache
def list_member_gap(lang: str) -> re.Pattern[str]:
    """What stands between two names of one list (`list_joiners`)."""
    joiners = by_language(load_table("subjects")["list_joiners"], lang)
    return re.compile(rf"\s*(?:{alternation(joiners)})\s*", re.IGNORECASE)


def listed_roles(mentions: list[Mention], text: str, lang: str = "en") -> list[Mention]:
    """A name listed after another ("von OpenAI, Anthropic und anderen"), or restating
    it in brackets ("Hou Yu-ih of the Kuomintang (KMT) took"), plays the role of the
    first: Anthropic is a possessor here, and KMT is no subject."""
    gap = list_member_gap(lang)
    kept: list[Mention] = []
    for mention in mentions:
        before = kept[-1] if kept else None
        if (
            before is not None
            and mention.direct
            and not before.direct
            and (
                gap.fullmatch(text, before.end, mention.start)
                or (
                    BRACKET_OPEN.fullmatch(text, before.end, mention.start)
                    and BRACKET_CLOSE.match(text, mention.end)
                )
            )
        ):
            mention = replace(
                mention,
                possessive=before.possessive,
                oblique=before.oblique,
                source=before.source,
            )
        kept.append(mention)
    return kept
