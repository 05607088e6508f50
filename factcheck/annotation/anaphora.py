"""Phrases that refer back to a name: "the company", "das Unternehmen", "het bedrijf",
"该公司", "the country", "全国".

An anaphor stands for the last entity of a matching kind that was the subject of a
sentence before it (or earlier in its own sentence): after "BYD sold 526,000 cars,
compared with Tesla's 484,500." the company of the next sentence is BYD, not the
possessor Tesla. A sentence's subject is its first name that is neither an object
nor a possessor (else its first possessor). The phrases are language data
(`factcheck/lexicon/subjects.yaml`); the whole document is resolved in one pass.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import NamedTuple

from factcheck.annotation.roles import Mention, Roles, person_titles
from factcheck.extraction.patterns import WORD_CHARS, alternation
from factcheck.lexicon import load_table, words

SURE_DISTANCE = 2  # an anaphor is sure when its referent is at most this many sentences back
# Unknown names are mostly organisations ("Nikkei", "Studio040"), so "the company"
# may refer to one; other anaphors need a listed entity of their kind.
REFERENT_KINDS = {"organization": frozenset({"organization", "unknown"})}
OWNER_KINDS = REFERENT_KINDS["organization"]  # what "its", "seine", "其" stand for
OPENING = " \t\n\"'“„‘-–—•*"  # what may stand before a sentence's first word
DESCRIBING_WORDS = re.compile(r"(?:\s+(?:[a-z][\w-]*|\d+)){1,3}\s+")  # " chip machine ", " 100 "
# A model or a product is introduced as an object as often as a subject ("Microsoft
# stellte MAI-1-preview vor. … das Modell"): "the model" refers to it either way.
INTRODUCED_AS_OBJECTS = frozenset({"model", "product"})

TITLE_REACH = 30  # characters before a name that may hold a person's title
UNIT_REACH = 20  # characters before a name that may hold its business unit's word ("der Sparte")
UNIT_WORD_REACH = 16  # characters a business unit's word may take after its name


class Anaphor(NamedTuple):
    """Where an anaphor stands, the kinds of name it may stand for, and whether it is a
    possessive pronoun ("its", "seine", "其"): a possessor of what follows."""

    start: int
    end: int
    kinds: frozenset[str]
    possessive: bool = False


@dataclass(frozen=True)
class Anaphora:
    """One language's anaphoric phrases, and the kinds each may refer to."""

    pattern: re.Pattern[str]
    kinds: dict[str, frozenset[str]]  # lower-cased phrase -> kinds of its referent
    naming: re.Pattern[str]  # "the province| of |Gansu": the phrase names what follows
    determiner: re.Pattern[str] = re.compile("(?!)")  # right before a name: "the |Veldhoven"
    determiner_word: re.Pattern[str] = re.compile("(?!)")  # one anywhere: "werden |de| derde"
    person_title: re.Pattern[str] = re.compile("(?!)")  # right before a name: "Topman |Fouquet"
    executive_title: re.Pattern[str] = re.compile("(?!)")  # one who runs an organisation

    def find(self, text: str) -> list[Anaphor]:
        found = []
        for match in self.pattern.finditer(text):
            if match.groupdict().get("own"):
                found.append(Anaphor(match.start(), match.end(), OWNER_KINDS, possessive=True))
                continue
            noun = match.group("noun") or match.groupdict().get("one") or ""
            kinds = self.kinds[" ".join(noun.lower().split())]
            found.append(Anaphor(match.start(), match.end(), kinds))
        return found


@cache
def anaphora_for(lang: str) -> Anaphora:
    """The compiled anaphora of a language (built once per process)."""
    kinds: dict[str, frozenset[str]] = {}
    for row in load_table("subjects")["anaphora"]:
        referents = frozenset().union(*(REFERENT_KINDS.get(k, {k}) for k in row["kinds"]))
        for phrase in words(row, lang):
            kinds[" ".join(phrase.lower().split())] = referents
    table = load_table("subjects")
    links = alternation(table["genitive_before"].get(lang) or ["(?!)"])
    naming = re.compile(rf"\s+(?:{links})\s+", re.IGNORECASE)
    if not kinds:
        return Anaphora(re.compile("(?P<noun>(?!))"), {}, naming)
    edge = rf"(?![{WORD_CHARS}-])"
    # A one-character Chinese noun (国, 市, 车) is part of too many words (多个国家,
    # 市场, 汽车): it refers back only after a determiner (该国, 本市, 这辆车).
    single = [phrase for phrase in kinds if len(phrase) == 1 and not phrase.isascii()]
    whole = alternation([phrase for phrase in kinds if phrase not in single] or ["(?!)"])
    nouns = rf"(?P<noun>{whole})"
    if single:
        determiners = alternation(table["determiners"].get(lang, []))
        nouns = rf"(?:{nouns}|(?:{determiners})(?P<one>{alternation(single)}))"
    pattern = re.compile(rf"(?:{nouns}{edge}|{_pronouns(table, lang)})", re.IGNORECASE)
    before = alternation(table["determiners"].get(lang, []))
    titles = _title_pattern(person_titles(lang), lang)
    executive = _title_pattern(table["executive_titles"].get(lang) or [], lang)
    if lang == "zh":
        return Anaphora(pattern, kinds, naming, person_title=titles, executive_title=executive)
    determiner = re.compile(rf"(?<![{WORD_CHARS}])(?:{before})\s+$", re.IGNORECASE)
    word = re.compile(rf"(?<![{WORD_CHARS}])(?:{before})(?![{WORD_CHARS}])", re.IGNORECASE)
    return Anaphora(pattern, kinds, naming, determiner, word, titles, executive)


def _title_pattern(titles: list[str], lang: str) -> re.Pattern[str]:
    """Titles right before a name ("Topman |Fouquet", "首席执行官|傅恪礼")."""
    if not titles:
        return re.compile("(?!)")
    if lang == "zh":
        return re.compile(rf"(?:{alternation(titles)})\s*$")
    return re.compile(rf"(?<![{WORD_CHARS}-])(?i:{alternation(titles)})\s+$")


def _pronouns(table: dict, lang: str) -> str:
    """The possessive pronouns of a language (`possessive_pronouns`), as a group `own`:
    whole words, or in Chinese not inside a word (`possessive_pronouns_not_…`)."""
    listed = table["possessive_pronouns"].get(lang) or []
    if not listed:
        return "(?!)"
    pronoun = rf"(?P<own>{alternation(listed)})"
    if lang != "zh":
        return rf"(?<![{WORD_CHARS}-]){pronoun}(?![{WORD_CHARS}-])"
    after = alternation(table["possessive_pronouns_not_after"].get(lang) or ["(?!)"])
    before = "".join(table["possessive_pronouns_not_before"].get(lang) or [])
    guard = rf"(?<![{before}])" if before else ""
    return rf"{guard}{pronoun}(?!{after})"


def with_anaphora(
    text: str,
    mentions: Sequence[Mention],
    sentences: Sequence[tuple[int, int]],
    anaphora: Anaphora,
    roles: Roles,
) -> list[Mention]:
    """The mentions with each resolvable anaphor added as a mention of its referent; a
    business unit named after its word ("die Sparte Tires") or before it ("FoA业务")
    is no company that "der Konzern" or "公司" refers back to."""
    mentions = _titled_people(text, mentions, anaphora)
    starts = [m.start for m in mentions]
    found = [
        a
        for a in anaphora.find(text)
        if not (
            _overlaps(a, mentions, starts)
            or _titles(a, text, mentions, starts)
            or _follows_a_name(a, text, mentions, starts)
        )
    ]
    if not found:
        return list(mentions)
    mentions = _modifiers(text, mentions, found, anaphora)
    mentions, found = _named(text, mentions, starts, found, anaphora, roles)
    items = sorted([*mentions, *found], key=_start)
    resolved: list[Mention] = []
    last: dict[str, tuple[int, Mention]] = {}  # kind -> (sentence index, subject)
    named: dict[str, set[str]] = {}  # kind -> every entity of it named so far
    position = 0
    for number, (begin, end) in enumerate(sentences):
        in_sentence: list[Mention] = []
        while position < len(items) and _start(items[position]) < end:
            item = items[position]
            position += 1
            if isinstance(item, Mention):
                in_sentence.append(item)
                named.setdefault(item.kind, set()).add(item.entity)
                continue
            if item.possessive and not in_sentence and text[begin : item.start].strip(OPENING):
                continue  # "The division raised its revenue": its own clause's subject
            mention = _resolve(item, number, last, in_sentence, named)
            if mention is not None:
                in_sentence.append(roles.mark(mention, text))
        resolved += in_sentence
        fronted = [m for m in in_sentence if m.oblique and roles.fronted_at(text, begin, m)]
        units = [
            m
            for m in in_sentence
            if roles.names_unit(text, max(begin, m.start - UNIT_REACH), m.start)
            or _unit_after(roles, text, m.end)
        ]
        _remember(last, number, [m for m in in_sentence if m not in units], fronted)
    resolved += [m for m in items[position:] if isinstance(m, Mention)]
    return resolved


def executives(text: str, mentions: Sequence[Mention], lang: str) -> frozenset[str]:
    """Unlisted people named after the title of one who runs an organisation ("Chief
    executive Lip-Bu Tan"): their figures are the organisation's, where a candidate's
    are the candidate's."""
    title = anaphora_for(lang).executive_title
    return frozenset(
        m.entity
        for m in mentions
        if m.kind == "person" and title.search(text, max(0, m.start - TITLE_REACH), m.start)
    )


def _titled_people(text: str, mentions: Sequence[Mention], anaphora: Anaphora) -> list[Mention]:
    """An unlisted name after a person's title ("Topman Christophe Fouquet zegt …") is a
    person: "het bedrijf" of the next sentence is not that name but the company."""
    return [
        replace(m, kind="person")
        if m.kind == "unknown"
        and anaphora.person_title.search(text, max(0, m.start - TITLE_REACH), m.start)
        else m
        for m in mentions
    ]


def _modifiers(
    text: str, mentions: Sequence[Mention], found: list[Anaphor], anaphora: Anaphora
) -> list[Mention]:
    """ "The Veldhoven chip machine maker saw its sales increase", "the FTSE 100 group's
    adjusted earnings": a place or an unknown name between a determiner and a
    describing phrase's words only says which one; the phrase refers back (to ASML,
    to Shell), and the name is no subject."""
    starts = sorted(anaphor.start for anaphor in found)
    kept = []
    for mention in mentions:
        index = bisect_left(starts, mention.end)
        after = starts[index] if index < len(starts) else None
        if (
            mention.kind in ("place", "unknown")
            and after is not None
            and DESCRIBING_WORDS.fullmatch(text, mention.end, after)
            and not anaphora.determiner_word.search(text, mention.end, after)
            and anaphora.determiner.search(text, max(0, mention.start - 8), mention.start)
        ):
            mention = replace(mention, oblique=True)
        kept.append(mention)
    return kept


def _named(
    text: str,
    mentions: Sequence[Mention],
    starts: list[int],
    found: list[Anaphor],
    anaphora: Anaphora,
    roles: Roles,
) -> tuple[list[Mention], list[Anaphor]]:
    """ "in the province of Gansu": a phrase that names the entity after it is no
    anaphor, and the name takes the phrase's role (an object here), not a possessor's.
    "de partij van Keir Starmer" names the party's leader: the phrase refers back."""
    named: dict[int, Mention] = {}
    kept: list[Anaphor] = []
    for anaphor in found:
        link = anaphora.naming.match(text, anaphor[1])
        index = bisect_left(starts, link.end()) if link else len(starts)
        leader = index < len(mentions) and roles.leads(mentions[index], text)
        if link and index < len(mentions) and starts[index] == link.end() and not leader:
            name = mentions[index]
            whole = Mention(anaphor[0], name.end, name.entity, name.kind, sure=name.sure)
            named[index] = roles.mark(whole, text)
        else:
            kept.append(anaphor)
    return [named.get(i, m) for i, m in enumerate(mentions)], kept


def _resolve(
    anaphor: Anaphor,
    number: int,
    last: dict[str, tuple[int, Mention]],
    in_sentence: list[Mention],
    named: dict[str, set[str]],
) -> Mention | None:
    """The anaphor's referent: sure when it was a subject at most `SURE_DISTANCE`
    sentences back, or when the text has named no other entity of its kinds ("the
    city" in a story that names one city only); for a model or a product, nor any
    name the table does not know ("its R1 model … The model boasts 671 billion
    parameters" is not ChatGPT's, the one listed model named five sentences back)."""
    start, end, kinds, possessive = anaphor
    here = _subject(m for m in in_sentence if m.kind in kinds) or _listed_object(in_sentence, kinds)
    if here is not None:
        return Mention(start, end, here.entity, here.kind, possessive, anaphor=True)
    earlier = [last[k] for k in kinds if k in last]
    if not earlier:
        return None
    # the latest sentence's subject; of one sentence's, the first ("Microsoft kocht
    # chips, meldt Omdia. Het bedrijf …" is Microsoft), a name in an object's
    # preposition last ("placed MAI-1-preview 13th on LMArena")
    distance, referent = max(earlier, key=lambda e: (e[0], not e[1].oblique, -e[1].start))
    alone = set().union(*(named.get(k, set()) for k in kinds)) == {referent.entity}
    alone = alone and not (kinds & INTRODUCED_AS_OBJECTS and named.get("unknown"))
    sure = (number - distance <= SURE_DISTANCE or alone) and referent.sure
    if possessive and not sure:
        return None  # "its" far from any subject says nothing the sentence does not
    return Mention(start, end, referent.entity, referent.kind, possessive, anaphor=True, sure=sure)


def _listed_object(mentions: list[Mention], kinds: frozenset[str]) -> Mention | None:
    """A listed entity its sentence names before the anaphor only as an object ("Shares
    in Siemens Energy jumped after the company reported …"): nearer than any earlier
    sentence's subject."""
    return next(
        (m for m in mentions if m.kind in kinds and m.kind != "unknown" and not m.source), None
    )


def _remember(
    last: dict[str, tuple[int, Mention]],
    number: int,
    mentions: list[Mention],
    fronted: list[Mention],
) -> None:
    """Each kind's subject of the sentence, for the anaphors of the sentences after it;
    a name the sentence opens with a preposition ("At Porsche, operating profit fell")
    when no other is its subject."""
    for kind in {m.kind for m in mentions}:
        named = [m for m in mentions if m.kind == kind]
        subject = _subject(named) or next((m for m in fronted if m.kind == kind), None)
        if subject is None and kind in INTRODUCED_AS_OBJECTS:
            subject = next((m for m in named if not m.source), None)
        if subject is not None:
            last[kind] = (number, subject)


def _subject(mentions: Iterable[Mention]) -> Mention | None:
    """The first name that is neither an object nor who reports the figure ("meldt
    Omdia"), else the first possessor."""
    candidates = [m for m in mentions if not (m.oblique or m.source)]
    direct = [m for m in candidates if not m.possessive]
    return (direct or candidates or [None])[0]


def _start(item: Mention | Anaphor) -> int:
    return item[0] if isinstance(item, tuple) else item.start


def _titles(anaphor: Anaphor, text: str, mentions: Sequence[Mention], starts: list[int]) -> bool:
    """Whether the phrase is a title of the name right after it ("Chipfabrikant Nvidia",
    "the carmaker Tesla", "电动车制造商比亚迪"): a description, not a reference back."""
    index = bisect_left(starts, anaphor[1])
    return index < len(mentions) and not text[anaphor[1] : mentions[index].start].strip(" ")


def _follows_a_name(
    anaphor: Anaphor, text: str, mentions: Sequence[Mention], starts: list[int]
) -> bool:
    """Whether the phrase stands right after a name it describes ("Meta公司", "the VVD
    party", "der Tesla-Konzern"): that name, not the last subject."""
    index = bisect_left(starts, anaphor[0])
    return index > 0 and not text[mentions[index - 1].end : anaphor[0]].strip(" -")


def _overlaps(anaphor: Anaphor, mentions: Sequence[Mention], starts: list[int]) -> bool:
    """Whether a name covers the phrase ("the Chinese company BYD" is a name there)."""
    start, end = anaphor.start, anaphor.end
    index = bisect_left(starts, end)
    return index > 0 and mentions[index - 1].end > start


def _unit_after(roles: Roles, text: str, end: int) -> bool:
    """Whether a business unit's word follows the name right away ("FoA业务", "the
    Reality Labs division"): the name is the unit's, not a company's."""
    at = end + 1 if text[end : end + 1] == " " else end
    return roles.business_units.match(text, at, at + UNIT_WORD_REACH) is not None
