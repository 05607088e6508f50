"""Roles a name takes from the name right before it: a place after a reporter is
where the reporter sits ("das Statistikamt in Peking"), and a name listed after
another, or restating it in brackets, plays the first one's role ("von OpenAI,
Anthropic und anderen").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from factcheck.annotation.roles import Mention
from factcheck.extraction.patterns import NEVER, alternation
from factcheck.lexicon import by_language, load_table

OPENING_COMMA = re.compile(r"\s*[,，]\s*")
LIST_GOES_ON = re.compile(r"\s*(?:[,，、]|(?:and|und|en|et)\s|[和及与與])", re.IGNORECASE)
OPENING_REACH = 40  # characters back from a name to the start of its sentence
OPENING_WORDS = 4  # "Bei der Wahl in", "In", "在"
SENTENCE_ENDS = (".", "!", "?", "\n", "。", "！", "？")
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
    first: Anthropic is a possessor here, KMT is no subject, and Iran in "aus China und
    Iran" is where people come from. A sentence's opening
    phrase is no list ("In Britain, Labour won": Labour is the subject)."""
    gap = list_member_gap(lang)
    kept: list[Mention] = []
    for mention in mentions:
        before = kept[-1] if kept else None
        if (
            before is not None
            and mention.direct
            and not before.direct
            and not ends_opening_phrase(text, before, mention)
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
                origin=before.origin and mention.kind == "place",
            )
        kept.append(mention)
    return kept


def ends_opening_phrase(text: str, first: Mention, second: Mention) -> bool:
    """Whether `first`, an object, ends a sentence's opening phrase, a comma alone
    parts it from `second`, and no list goes on after `second`: "In Britain, Labour
    won" is no list of two names. The phrase is a few words from the sentence's start."""
    if not first.oblique or not OPENING_COMMA.fullmatch(text, first.end, second.start):
        return False
    if LIST_GOES_ON.match(text, second.end):
        return False  # "In Nederland, Frankrijk en Duitsland": a list after all
    lo = max(0, first.start - OPENING_REACH)
    head = text[lo : first.start]
    cut = max(head.rfind(mark) for mark in SENTENCE_ENDS)
    if cut < 0 and lo > 0:
        return False
    return len(head[cut + 1 :].split()) <= OPENING_WORDS


@cache
def list_gap() -> re.Pattern[str]:
    """What stands between two names listed together: a comma or a conjunction, and
    perhaps a partner's title ("The Liberal Democratic Party and its partner Komeito
    won 47 seats between them", `list_partners` in lexicon/subjects.yaml)."""
    partners = [w for row in load_table("subjects")["list_partners"].values() for w in row]
    partner = rf"(?:(?:{alternation(partners)})\s+)?" if partners else ""
    joiner = r"(?:,|、|，|and|und|en|和|與|与|及|&|/|\+)"
    return re.compile(rf"\s*{joiner}\s*{partner}", re.IGNORECASE)
