"""Where a claim's subject may stand, most telling first.

`TIERS` lists the places in order. Each looks at the names around one claim
(`Around`) and returns the chosen name, as a subject with whether its own sentence
names it, or None to let the next place try. `OPEN_TIERS` follow only in an article
that names no main organisation: there an object or a reporter may be what a figure
is about; in a known story they are not.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from factcheck.annotation.entities import Mention
from factcheck.extraction.patterns import alternation
from factcheck.lexicon import by_language, load_table
from factcheck.models import Claim, Subject

if TYPE_CHECKING:
    from factcheck.annotation.subjects import Context, DocumentAnnotator

APPOSITION = re.compile(r"\s*[,，]\s*")
CLOSING_COMMA = re.compile(r"[,，]")
ASIDE = re.compile(r"\s*[(（]\s*")  # "Meta (224,000 chips)": the aside describes the name
AGENT_REACH = 30  # characters between a figure and "bought by Meta"'s name
HELD_FOR_UNITS = frozenset({"percent", "vote", "seat"})


@cache
def holder_for(lang: str) -> re.Pattern[str]:
    """ "for", "für", "voor" and up to two words (a title) before the name."""
    words = by_language(load_table("subjects")["holder_for"], lang)
    listed = rf"[ \t]+(?:{alternation(words)})(?:[ \t]+[\w-]+){{0,2}}[ \t]+"
    return re.compile(listed if words else "(?!)", re.IGNORECASE)


Choice = tuple[Subject, bool]


@dataclass(frozen=True)
class Around:
    """The names around one claim, sorted into the pools the tiers choose from."""

    annotator: DocumentAnnotator
    claim: Claim
    context: Context
    names: list[Mention]  # before it in its sentence; a chip only says what is counted
    later: list[Mention]  # after it, before a contrast ("während die BJP"); no reporter,
    # nor a name heading the next figure ("die AfD 152")
    in_clause: list[Mention]  # before it, in its own clause
    after_in_clause: list[Mention]
    owners: list[Mention]  # possessors before it, neither reporters nor a multiplier's base

    @classmethod
    def of(cls, annotator: DocumentAnnotator, claim: Claim, context: Context) -> Around:
        names = [
            m
            for m in context.before
            if m.kind != "chip" and not _in_closed_aside(annotator, m, claim)
        ]
        contrast = annotator.keywords.contrast_after(claim.end, claim.sentence)
        later = [
            m
            for m in context.after
            if m.kind != "chip"
            and not m.source
            and m.end <= contrast
            and not annotator.heads_figure(m)
            and not _held_by_another(annotator, m, claim)
        ]
        owners = [
            m for m in names if m.possessive and not (m.source or annotator.base_of(claim, m))
        ]
        return cls(
            annotator,
            claim,
            context,
            names,
            later,
            [m for m in names if m.start >= context.clause_start],
            [m for m in later if m.end <= context.clause_end],
            owners,
        )

    @property
    def text(self) -> str:
        return self.annotator.text

    def last(self, tier: list[Mention]) -> Choice | None:
        """The last of `tier`, with the names listed beside it among those before."""
        return self.annotator.chosen(tier[-1], self.names) if tier else None

    def first(self, tier: list[Mention]) -> Choice | None:
        """The first of `tier`, with the names listed beside it among those after."""
        return self.annotator.chosen(tier[0], self.later) if tier else None


def _held_by_another(annotator: DocumentAnnotator, mention: Mention, claim: Claim) -> bool:
    """ "58.2% of the vote, compared with 41.8% for Jara": a name a later figure holds
    (`held_for`) is no subject of the figures before it."""
    index = bisect_left(annotator.claim_starts, mention.start) - 1
    if index < 0 or annotator.claim_starts[index] <= claim.start:
        return False
    end = annotator.claim_spans[index][1]
    return holder_for(annotator.lang).fullmatch(annotator.text, end, mention.start) is not None


def _in_closed_aside(annotator: DocumentAnnotator, mention: Mention, claim: Claim) -> bool:
    """ "Sales of the group's cars, which also include the Mini and Rolls-Royce brands,
    dropped 4%": a name inside a relative clause set off by commas (`aside_openers`)
    that closes before the figure describes what the clause is about; not one that an
    apposition describes in turn ("…, die größer sind als die für MAI-1, ein Modell mit
    500 Milliarden Parametern")."""
    text, roles = annotator.text, annotator.roles
    opening = text.rfind(",", claim.sentence[0], mention.start)
    if opening < 0 or not roles.aside.match(text, opening + 1):
        return False
    closing = CLOSING_COMMA.search(text, mention.end, claim.start)
    if closing is None:
        return False
    described = not text[mention.end : closing.start()].strip()
    return not (described and roles.opens_apposition(text, closing.end()))


def described_by_its_clause(x: Around) -> Choice | None:
    """ "für MAI-1, ein Modell mit 500 Milliarden Parametern": the figure's clause is an
    apposition to the name before it; after a reporter ("According to Microsoft, the
    model's training …") the sentence's own clause begins."""
    start = x.context.clause_start
    named = any(m.direct and not m.anaphor for m in x.in_clause)
    if named or not x.annotator.roles.opens_apposition(x.text, start):
        return None  # "Under Rishi Sunak, the Conservatives won": the clause names its own
    described = [m for m in x.names if not m.source and APPOSITION.fullmatch(x.text, m.end, start)]
    return x.last([_apposition_head(x, described[-1])] if described else [])


def _apposition_head(x: Around, name: Mention) -> Mention:
    """The name an apposition that ends with `name` describes: "Sen. Bato dela Rosa, a
    former police chief under Rodrigo Duterte, with 20.2 million votes" is Dela Rosa's,
    not Duterte's. The name itself when it stands in no apposition."""
    roles, text = x.annotator.roles, x.text
    for before in reversed([m for m in x.names if m.end <= name.start]):
        comma = APPOSITION.match(text, before.end)
        if comma is None or not roles.opens_apposition(text, comma.end()):
            continue
        if CLOSING_COMMA.search(text, comma.end(), name.start) is None:
            return before
    return name


def holder_before(x: Around) -> Choice | None:
    """ "The CDU/CSU won 28.5%, followed by the AfD with 20.8%": the name right before
    "with" and the figure holds it, whatever the clause's subject."""
    roles, start = x.annotator.roles, x.claim.start
    named = [m for m in x.names[-1:] if not (m.source or m.anaphor)]  # not "ein Modell mit"
    return x.last([m for m in named if roles.holds(x.text, m, start)])


def held_for(x: Around) -> Choice | None:
    """ "58.2% against 41.8% for Jeannette Jara", "41,8 Prozent für Kandidatin Jara": a
    share or a count of votes or seats right before "for" and a name is that name's
    (`holder_for` in lexicon/subjects.yaml), whoever the clause's subject is. Money "for"
    a name is its recipient's, never its holder's."""
    if x.claim.unit not in HELD_FOR_UNITS:
        return None
    held = holder_for(x.annotator.lang)
    return x.first([m for m in x.later[:1] if held.fullmatch(x.text, x.claim.end, m.start)])


def described_after(x: Around) -> Choice | None:
    """ "拥有10个席位的D66": a word after the figure ties it to the name."""
    roles = x.annotator.roles
    return x.first([m for m in x.after_in_clause[:1] if roles.describes(x.text, x.claim.end, m)])


def owner_after(x: Around) -> Choice | None:
    """ "the 70 billion parameter models of Meta": an owner right after the figure; a
    bare number's or a percentage's "of" names a whole ("about 60 percent of the House
    of Commons": Labour's share of it)."""
    bare, roles = x.claim.unit in ("count", "percent"), x.annotator.roles
    owning = [m for m in x.later[:1] if m.possessive]
    return x.first([m for m in owning if roles.owns_figure(x.text, x.claim.end, m, bare)])


def clause_subject(x: Around) -> Choice | None:
    """The subject of the figure's own clause; not one that reports what a name after
    it did ("Microsoft said OpenAI's revenue reached $3.7 billion")."""
    roles = x.annotator.roles
    return x.last(
        [
            m
            for m in x.in_clause
            if m.direct
            and not (roles.says(x.text, m) and any(n.start > m.end for n in x.in_clause))
        ]
    )


def bracket_aside(x: Around) -> Choice | None:
    """ "Meta (224,000)": a figure in brackets after a name is that name's."""
    start = x.context.clause_start
    return x.last(
        [m for m in x.names if ASIDE.fullmatch(x.text, m.end, start) and m.kind != "place"]
    )


def clause_owner(x: Around) -> Choice | None:
    """ "compared with Tesla's 484,500": a possessor in the figure's clause."""
    return x.last([m for m in x.owners if m.start >= x.context.clause_start])


def agent_after(x: Around) -> Choice | None:
    """ "more than twice the 224,000 bought by Meta": a passive's agent right after the
    figure, in its clause, is its subject, whatever an earlier clause's subject is."""
    roles, end = x.annotator.roles, x.claim.end
    return x.first(
        [
            m
            for m in x.after_in_clause[:1]
            if m.start - end <= AGENT_REACH
            and roles.done_by(x.text, end, m)
            and not x.annotator.base_of(x.claim, m)
        ]
    )


def relative_agent(x: Around) -> Choice | None:
    """ "more than the 450,000 vehicles that rival Volkswagen sold": the subject of a
    relative clause right after the figure did what it counts, whatever the sentence's
    subject."""
    roles, end = x.annotator.roles, x.claim.end
    return x.first([m for m in x.later[:1] if m.direct and roles.did_in_relative(x.text, end, m)])


def sentence_subject(x: Around) -> Choice | None:
    """The subject of an earlier clause of the sentence; not a name inside an
    apposition to it ("TSMC, een belangrijke klant van ASML, boekte een nettowinst")."""
    direct = [m for m in x.names if m.direct]
    return x.last(direct[: _before_apposition(x, direct)] if direct else direct)


def _before_apposition(x: Around, direct: list[Mention]) -> int:
    """How many of the names precede the first apposition that the figure's clause
    follows: ", een belangrijke klant van ASML," describes the name before it."""
    roles, text = x.annotator.roles, x.text
    closed = CLOSING_COMMA.search(text, direct[-1].end, x.claim.start) is not None
    for i, name in enumerate(direct[:-1] if closed else ()):
        comma = APPOSITION.match(text, name.end)
        if comma is not None and roles.opens_apposition(text, comma.end()):
            return i + 1
    return len(direct)


def named_after(x: Around) -> Choice | None:
    """ "5,000 people died in Turkey and Syria", "sold by BYD": a subject or a place
    after the figure in its clause, or a passive's agent; not the next figure's object
    ("15 Milliarden Euro und für Nordrhein-Westfalen 12,3")."""
    annotator, end = x.annotator, x.claim.end
    return x.first(
        [
            m
            for m in x.after_in_clause
            if not (m.possessive or annotator.next_ones(x.claim, m))
            and (m.direct or m.kind == "place" or annotator.roles.by_agent(x.text, end, m))
        ]
    )


def sentence_owner(x: Around) -> Choice | None:
    """A possessor anywhere before the figure in its sentence."""
    return x.last(x.owners)


def opens_next_clause(x: Around) -> Choice | None:
    """ "Boasting 500 billion parameters, MAI-1 …": a clause that opens the sentence
    and names no one is about the name opening the next, unless that name reports."""
    context = x.context
    if x.names or context.clause_start != x.claim.sentence[0]:
        return None
    roles = x.annotator.roles
    opens = [
        m
        for m in x.later[:1]
        if APPOSITION.fullmatch(x.text, context.clause_end, m.start) and not roles.says(x.text, m)
    ]
    return x.first([m for m in opens if m.direct])


def place_before(x: Around) -> Choice | None:
    """ "in Gansu, 113 died": a place before the figure."""
    return x.last([m for m in x.names if m.oblique and m.kind == "place"])


def fronted_name(x: Around) -> Choice | None:
    """A name fronted at the start of the sentence as its topic."""
    roles, start = x.annotator.roles, x.claim.sentence[0]
    return x.last([m for m in x.names[:1] if roles.fronted_at(x.text, start, m)])


def reporting_organisation(x: Around) -> Choice | None:
    """ "据特斯拉公布的数据", "according to Tesla": a company reports its own figures."""
    return x.last([m for m in x.names if m.source and m.kind == "organization"])


def object_before(x: Around) -> Choice | None:
    return x.last([m for m in x.names if m.oblique and not m.source])


def name_after(x: Around) -> Choice | None:
    return x.first([m for m in x.later if not m.possessive])


def reporter_before(x: Around) -> Choice | None:
    """A reporting organisation may be what it reports on; a person quoted never is."""
    return x.last([m for m in x.names if m.source and m.kind != "person"])


def reporter_after(x: Around) -> Choice | None:
    after = x.context.after
    tier = [m for m in after if m.source and m.kind not in ("chip", "person")]
    return x.annotator.chosen(tier[0], after) if tier else None


Tier = Callable[[Around], Choice | None]
TIERS: tuple[Tier, ...] = (
    holder_before,
    held_for,
    described_by_its_clause,
    described_after,
    owner_after,
    clause_subject,
    bracket_aside,
    clause_owner,
    agent_after,
    relative_agent,
    sentence_subject,
    named_after,
    sentence_owner,
    opens_next_clause,
    place_before,
    fronted_name,
    reporting_organisation,
)
OPEN_TIERS: tuple[Tier, ...] = (object_before, name_after, reporter_before, reporter_after)
