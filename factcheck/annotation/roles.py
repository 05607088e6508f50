"""What a name does in its sentence, read from the words around it: the subject,
an object ("in OpenAI", "向 G42"), a possessor ("of Nvidia", "Teslas", "Tesla-Werk")
or a source ("according to Nikkei", "Xinhua reported", "民陣指"). The words are
language data (`factcheck/lexicon/subjects.yaml`); each language's patterns are
compiled once and looked up only in the few characters around a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from factcheck.annotation.datelines import dateline_pattern, files_dispatch
from factcheck.annotation.divisions import unit_words_pattern
from factcheck.extraction.patterns import NEVER, alternation, opening_pattern
from factcheck.extraction.units import unit_words
from factcheck.lexicon import by_language, load_table

LOOK_BEHIND = 30  # characters before a name that can hold its marker
LOOK_AHEAD = 30
TITLE_LOOK_BEHIND = 60  # "led by outgoing prime minister |Rishi Sunak"
# In Chinese a marker may be separated from its name by a short description
# ("向阿布扎比人工智能公司 G42"), and a name from its verb by a time ("特斯拉2日表示").
HAN_GAP_BEFORE = r"[^，。,;；、！？：:“”\"「」()（）\n]{0,15}"
HAN_GAP_AFTER = r"[^，。,;；、！？：:“”\"「」()（）]{0,6}?"
# Who reports a figure by saying it ("Wennink said", "Xinhua meldete"); an organisation
# that reports a figure is mostly its subject ("Microsoft reported growth of 4%").
REPORTING_KINDS = frozenset({"person", "agency"})
# White space within a sentence: one line break (a wrapped line), never a blank line.
SPACE = r"(?:[^\S\n]+\n?[^\S\n]*|\n[^\S\n]*)"
SPACE_OR_NONE = rf"(?:{SPACE})?"
COMPOUND = re.compile(r"-[^\W\d_]")  # "Tesla-Werk", "BYD-teller": the name qualifies a noun
POSSESSIVE_S = re.compile(r"['’]s\b")  # "the model’s training": an anaphor's possessive


@dataclass(frozen=True, slots=True)
class Mention:
    """A name in a text: where it stands, which entity it is, and its role.

    `possessive`: it qualifies another noun ("NVIDIA's GPUs", "der Wert von Nvidia");
    `oblique`: it is an object ("from NVIDIA", "in OpenAI"); `source`: it reports the
    figure ("according to Nikkei", "Xinhua reported"); `origin`: a place people or
    things come from ("Täter aus Tadschikistan"), no place of an event; `adjective`: an
    adjective of nationality ("die deutsche Wirtschaft"), a possessor. An anaphor ("the company")
    stands for the entity it refers back to; `sure` is False when that entity was
    last the subject more than two sentences back.
    """

    start: int
    end: int
    entity: str
    kind: str
    possessive: bool = False
    oblique: bool = False
    source: bool = False
    anaphor: bool = False
    sure: bool = True
    origin: bool = False
    adjective: bool = False

    @property
    def direct(self) -> bool:
        """Neither possessor, object nor source: a candidate subject of its clause."""
        return not (self.possessive or self.oblique or self.source)


AGENT_LOOK_BEHIND = 40  # "followed by the Alternative for Germany (AfD)"


@dataclass(frozen=True)
class Roles:
    """One language's patterns for the words around a name."""

    objects: re.Pattern[str]
    genitives: re.Pattern[str]
    sources_before: re.Pattern[str]
    sources_after: re.Pattern[str]
    described_after: re.Pattern[str]
    holder_gap: re.Pattern[str]  # "the AfD| with |20.8%": the name holds the figure
    product_after: re.Pattern[str]  # "的AMD芯片": the name qualifies the thing counted
    apposition: re.Pattern[str]
    aside: re.Pattern[str]  # ", which also include …,": a relative clause set off
    locative: re.Pattern[str]  # a sentence's first word pointing at a place ("Daar", "Dort")
    scene: re.Pattern[str]  # a paragraph's first words before its place ("In", "在")
    coordinators: re.Pattern[str]
    fronted: re.Pattern[str]
    respectively: re.Pattern[str]
    together: re.Pattern[str]  # "zusammen", "合计": a joint subject's total
    clock_after: re.Pattern[str]  # "北京时间", "Beijing time": a clock, not a place
    made: re.Pattern[str]  # "Nvidia Hopper chips": the name is the maker of what follows
    made_before: re.Pattern[str]  # "GPUs von NVIDIA", "chips from Nvidia": the same
    owner_after: re.Pattern[str]  # "70 billion parameter| models of |Meta"
    ends_a_phrase: re.Pattern[str]  # after a name: no noun it qualifies ("Azure services")
    agents: re.Pattern[str]  # "sold by", "verkauft von": who did what the figure counts
    passive_agents: re.Pattern[str]  # "bought by": unambiguous ("von" is also "of", "from")
    relative_agents: re.Pattern[str]  # "450,000 vehicles| that rival |Volkswagen sold"
    datelines: re.Pattern[str]  # "新华社兰州12月20日电", "BERLIN (AP) —"
    measure_pronouns: re.Pattern[str]  # "In 2021 was het 78,7 procent"
    business_units: re.Pattern[str]  # "the consumer business recorded …": the unit's figures
    clause_openers: frozenset[str]  # ", als": a conjunction, not "than"
    adverbials: frozenset[str]  # "In the end |Meta": no object marker
    recipients: re.Pattern[str]  # "in OpenAI investieren": where the money goes
    origins: re.Pattern[str]  # "Täter aus Tadschikistan": where people come from
    institutions: re.Pattern[str]  # "德国|地球科学研究中心": the place names who reports
    leaders: tuple[re.Pattern[str], re.Pattern[str]] = (NEVER, NEVER)  # "led by |Rishi Sunak"
    participle: tuple[re.Pattern[str], re.Pattern[str]] = (NEVER, NEVER)  # "with |X| achieving"

    def mark(self, mention: Mention, text: str) -> Mention:
        """The mention with the role its neighbouring words give it."""
        lo = max(0, mention.start - LOOK_BEHIND)
        hi = min(len(text), mention.end + LOOK_AHEAD)
        if mention.kind == "place" and self.institutions.match(text, mention.end, hi):
            return replace(mention, source=True)
        says = mention.kind in REPORTING_KINDS and self.sources_after.match(text, mention.end, hi)
        if says or mention.kind == "agency" or self.sources_before.search(text, lo, mention.start):
            return replace(mention, source=True)
        if mention.kind == "organization" and (
            self.made.match(text, mention.end, hi)
            or self.made_before.search(text, lo, mention.start)
        ):
            return replace(mention, oblique=True)
        if self.leads(mention, text):
            return replace(mention, oblique=True)  # "led by Rishi Sunak": the party's leader
        if self.genitives.search(text, lo, mention.start):
            return replace(mention, possessive=True)
        if COMPOUND.match(text, mention.end) or POSSESSIVE_S.match(text, mention.end):
            return replace(mention, possessive=True)
        marker = self.objects.search(text, lo, mention.start)
        if marker and not (
            self._opens_clause(text, marker)
            or self._adverbial(marker)
            or self._leads_participle(mention, text)
        ):
            origin = mention.kind == "place" and self.origins.search(text, lo, mention.start)
            return replace(mention, oblique=True, origin=bool(origin))
        return mention

    def leads(self, mention: Mention, text: str) -> bool:
        """Whether the name leads the organisation its sentence is about ("led by Rishi
        Sunak", "de partij van Keir Starmer", "苏纳克领导的")."""
        before, after = self.leaders
        far = max(0, mention.start - TITLE_LOOK_BEHIND)
        hi = min(len(text), mention.end + LOOK_AHEAD)
        return bool(before.search(text, far, mention.start) or after.match(text, mention.end, hi))

    def _adverbial(self, marker: re.Match[str]) -> bool:
        """ "In the end Meta spent": an adverbial (`adverbials_before`) that ends before
        the clause's subject, not a preposition before an object."""
        return " ".join(marker.group().lower().split()) in self.adverbials

    def _leads_participle(self, mention: Mention, text: str) -> bool:
        """ "with Google Cloud achieving 32 percent": the subject of a participle."""
        before, after = self.participle
        lo = max(0, mention.start - LOOK_BEHIND)
        return bool(before.search(text, lo, mention.start) and after.match(text, mention.end))

    def _opens_clause(self, text: str, marker: re.Match[str]) -> bool:
        """ "…, als Microsoft auf 3,75 Billionen kam": after a comma the word is a
        conjunction opening a clause, not a preposition before an object."""
        words = marker.group().split()
        before = text[max(0, marker.start() - 4) : marker.start()].rstrip()
        return bool(words) and words[0].lower() in self.clause_openers and before.endswith(",")

    def receives(self, mention: Mention, text: str) -> bool:
        """Whether money in the name's clause goes to it ("in OpenAI", "向 OpenAI")."""
        lo = max(0, mention.start - LOOK_BEHIND)
        return self.recipients.search(text, lo, mention.start) is not None

    def names_unit(self, text: str, lo: int, hi: int) -> bool:
        """Whether text[lo:hi] names a business unit ("the consumer business recorded
        sales of CNY251.5bn", "Apple's services business … is worth $1.5 trillion"): a
        figure after it is the unit's, and a name before it only owns the unit."""
        return self.business_units.search(text, lo, hi) is not None

    def files_dispatch(self, mention: Mention, text: str) -> bool:
        """Whether the name is in a wire dateline (`datelines.files_dispatch`)."""
        return files_dispatch(self.datelines, mention.kind, mention.start, mention.end, text)

    def opens_apposition(self, text: str, clause_start: int) -> bool:
        """ "…, ein Modell mit 500 Milliarden Parametern": the clause describes the name
        before its comma, rather than continuing the sentence ("BYD, based in Shenzhen,
        said it sold")."""
        return self.apposition.match(text, clause_start) is not None

    def by_agent(self, text: str, claim_end: int, mention: Mention) -> bool:
        """ "526,000 vehicles sold by BYD": an object after the figure is its subject
        only as the agent of a passive; "valued at $500 billion with ChatGPT" is not."""
        return self.agents.search(text, claim_end, mention.start) is not None

    def did_in_relative(self, text: str, claim_end: int, mention: Mention) -> bool:
        """ "the 450,000 vehicles that rival Volkswagen sold": the subject of a relative
        clause right after the figure, its noun at most a few words on."""
        return self.relative_agents.fullmatch(text, claim_end, mention.start) is not None

    def done_by(self, text: str, claim_end: int, mention: Mention) -> bool:
        """ "the 224,000 bought by Meta": the agent of a passive right after a figure."""
        return self.passive_agents.search(text, claim_end, mention.start) is not None

    def says(self, text: str, mention: Mention) -> bool:
        """Whether a reporting verb follows the name ("…, Mustafa Suleyman said")."""
        hi = min(len(text), mention.end + LOOK_AHEAD)
        return self.sources_after.match(text, mention.end, hi) is not None

    def owns_figure(self, text: str, claim_end: int, mention: Mention, bare: bool) -> bool:
        """ "the 70 billion parameter models of Meta", "die 5.000 Mitarbeiter von Tesla":
        the name owns what the figure's noun names, right after it. A `bare` number
        right before the genitive is a part of a whole ("8 of Taiwan's counties"); a
        name that qualifies a noun after it owns nothing ("$250 billion of Azure
        services")."""
        owner = self.owner_after.fullmatch(text, claim_end, mention.start)
        if owner is None or (bare and owner.group("noun") is None):
            return False
        return self.ends_a_phrase.match(text, mention.end) is not None

    def fronted_at(self, text: str, sentence_start: int, mention: Mention) -> bool:
        """ "Bij Xiaomi krijg je …": the name follows the sentence's opening preposition."""
        return self.fronted.fullmatch(text, sentence_start, mention.start) is not None

    def coordinated(self, text: str, lo: int, hi: int) -> bool:
        """Whether a coordinator ("und", "and", "和") stands in text[lo:hi]."""
        return self.coordinators.search(text, lo, hi) is not None

    def holds(self, text: str, mention: Mention, claim_start: int) -> bool:
        """ "gefolgt von der AfD mit 20,8 Prozent": the name right before "mit" and the
        figure holds the figure; an object only as a passive's agent ("followed by the
        Alternative for Germany (AfD) with 20.80%"), not "a place in the Bundestag with
        8.7%"."""
        if self.holder_gap.fullmatch(text, mention.end, claim_start) is None:
            return False
        lo = max(0, mention.start - AGENT_LOOK_BEHIND)
        return (
            not mention.oblique or self.passive_agents.search(text, lo, mention.start) is not None
        )

    def describes(self, text: str, claim_end: int, mention: Mention) -> bool:
        """ "拥有10个席位的D66": the name right after the number's relative clause; not a
        maker that a product's name or noun goes on from ("6吉瓦的AMD Instinct GPU",
        "6吉瓦的AMD芯片": the chips)."""
        if self.described_after.fullmatch(text, claim_end, mention.start) is None:
            return False
        after = mention.end
        while after < len(text) and text[after] in " \t":
            after += 1
        if after < len(text) and text[after].isascii() and text[after].isalnum():
            return False  # a product's name goes on: "AMD Instinct GPU"
        return self.product_after.match(text, after) is None


@cache
def person_titles(lang: str) -> list[str]:
    """Every title a person's name may follow: an executive's (`executive_titles`) and
    anyone else's (`person_titles`)."""
    table = load_table("subjects")
    return [*table["executive_titles"].get(lang, []), *table["person_titles"].get(lang, [])]


@cache
def roles_for(lang: str, objects: tuple[str, ...] = (), genitives: tuple[str, ...] = ()) -> Roles:
    """The compiled role patterns of a language, with a rule set's extra object and
    genitive words (built once per process and word list)."""
    table = load_table("subjects")
    han = lang == "zh"
    dets = () if han else tuple(by_language(table["determiners"], lang))
    return Roles(
        objects=_before([*by_language(table["objects_before"], lang), *objects], han, dets),
        genitives=_genitive(
            [*by_language(table["genitive_before"], lang), *genitives], dets, person_titles(lang)
        ),
        sources_before=_before(by_language(table["sources_before"], lang), han, dets),
        sources_after=_after(by_language(table["sources_after"], lang), gap=han),
        described_after=_described(by_language(table["described_after"], lang)),
        holder_gap=_holder_gap(by_language(table["holders_before"], lang), han),
        product_after=word_pattern(by_language(table["product_nouns_after"], lang), han),
        apposition=_opening(by_language(table["apposition_openers"], lang), han),
        aside=_opening(by_language(table["aside_openers"], lang), han),
        locative=_opening(by_language(table["locative_openers"], lang), han),
        scene=_opening(by_language(table["scene_openers"], lang), han),
        coordinators=word_pattern(by_language(table["coordinators"], lang), han),
        fronted=_fronted(by_language(table["fronted_before"], lang)),
        respectively=word_pattern(by_language(table["respectively"], lang), han),
        together=word_pattern(by_language(table["together"], lang), han),
        clock_after=_clock(by_language(table["clock_after"], lang), han),
        made=_products(
            by_language(table["products_after"], lang),
            by_language(table.get("products_kept"), lang),
            han,
        ),
        owner_after=_owner_after(by_language(table["genitive_before"], lang), dets),
        ends_a_phrase=unit_words(lang).alone_after,
        agents=word_pattern(by_language(table["agents_before"], lang), han),
        passive_agents=word_pattern(by_language(table["passive_agents"], lang), han),
        relative_agents=_relative(
            by_language(table["relative_agents"], lang),
            by_language(table["rival_nouns"], lang),
            dets,
        ),
        datelines=dateline_pattern(by_language(table["datelines_after"], lang), han),
        measure_pronouns=word_pattern(by_language(table["measure_pronouns"], lang), han),
        business_units=unit_words_pattern(by_language(table["business_units"], lang), lang),
        clause_openers=frozenset(w.lower() for w in by_language(table["clause_openers"], lang)),
        adverbials=frozenset(
            " ".join(w.lower().split()) for w in by_language(table["adverbials_before"], lang)
        ),
        recipients=_before(by_language(table["recipients_before"], lang), han, dets),
        origins=_before(by_language(table["origins_before"], lang), han, dets),
        institutions=_institution(by_language(table["institutions_after"], lang), han),
        participle=_participle(table.get("participle_subjects", {}).get(lang)),
        leaders=(
            _led_by(by_language(table["leaders_before"], lang), dets),
            _after(by_language(table["leaders_after"], lang), gap=han),
        ),
        made_before=NEVER
        if han
        else _before(
            [
                f"{noun} {link}"
                for noun in by_language(table["products_after"], lang)
                for link in by_language(table["made_by_links"], lang)
            ],
            False,
            dets,
        ),
    )


def _before(words: Iterable[str], gap: bool, determiners: tuple[str, ...] = ()) -> re.Pattern[str]:
    """A marker right before the name; a determiner and one lower-case word may come
    between ("in het Midden-Oosten", "according to the Chinese CEC"), in Chinese a
    short description ("向阿布扎比人工智能公司 G42")."""
    listed = list(words)
    if not listed:
        return NEVER
    between = HAN_GAP_BEFORE if gap else ""
    if determiners:
        between = rf"(?:{SPACE}(?:{alternation(determiners)})(?:{SPACE}[a-zà-ÿ][\w-]*)?)?"
    return re.compile(rf"(?:{alternation(listed)}){between}{SPACE_OR_NONE}\Z", re.IGNORECASE)


def _genitive(
    words: Iterable[str], determiners: tuple[str, ...], titles: list[str]
) -> re.Pattern[str]:
    """A genitive's word right before the name it makes a possessor, a determiner and a
    person's title between: "the Patriotic Bloc of| former president |Igor Dodon", "der
    Block des früheren |Präsidenten |Igor Dodon" (not "five of them from |China")."""
    listed = list(words)
    if not listed:
        return NEVER
    det = rf"(?:{SPACE}(?i:{alternation(determiners)}))?" if determiners else ""
    adjective = rf"(?:{SPACE}[a-zà-ÿ][\w-]*)?"
    title = rf"(?:{adjective}{SPACE}(?i:{alternation(titles)}))?" if titles else ""
    return re.compile(rf"(?i:{alternation(listed)}){det}{title}{SPACE_OR_NONE}\Z")


def _led_by(words: Iterable[str], determiners: tuple[str, ...]) -> re.Pattern[str]:
    """ "led by| outgoing prime minister |Rishi Sunak": a determiner and up to three
    lower-case words of title may stand between."""
    listed = list(words)
    if not listed:
        return NEVER
    det = rf"(?:{SPACE}(?:{alternation(determiners)}))?" if determiners else ""
    return re.compile(
        rf"(?:{alternation(listed)}){det}(?:{SPACE}[a-zà-ÿ][\w-]*){{0,3}}{SPACE_OR_NONE}\Z",
        re.IGNORECASE,
    )


def _institution(words: Iterable[str], han: bool) -> re.Pattern[str]:
    """An institution's name going on after a place: a few characters of it in Chinese
    ("德国|地球科学研究中心"), up to two capitalised words in Latin scripts ("German|
    Research Centre")."""
    listed = list(words)
    if not listed:
        return NEVER
    if han:
        return re.compile(rf"[\u4e00-\u9fff]{{0,8}}?(?:{alternation(listed, word_edges=False)})")
    return re.compile(rf"(?:[^\S\n]+[A-Z][\w-]*){{0,2}}?[^\S\n]+(?:{alternation(listed)})")


def _participle(row: dict | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The object words a participle's subject follows, and the participle after it."""
    if not row:
        return NEVER, NEVER
    before = re.compile(rf"(?:{alternation(row['before'])}){SPACE}\Z", re.IGNORECASE)
    ending = re.escape(row["ending"])  # the participle's clause holds a figure
    adverb = rf"(?:{SPACE}(?:{alternation(row.get('adverbs', []))}))?" if row.get("adverbs") else ""
    words = row.get("figure_words", [])
    figure = rf"(?:\d|\b(?:{alternation(words)})\b)" if words else r"\d"
    return before, re.compile(
        rf"{adverb}{SPACE}[^\W\d_]+{ending}\b[^,;:.!?\n]*{figure}", re.IGNORECASE
    )


def _after(words: Iterable[str], gap: bool) -> re.Pattern[str]:
    """A verb right after the name ("Xinhua reported", "特斯拉2日表示"); a comma or a
    bracketed aside may come between in Latin scripts ("Tesla, the carmaker, said")."""
    listed = list(words)
    if not listed:
        return NEVER
    between = HAN_GAP_AFTER if gap else r"\s*(?:\([^()]{0,40}\)\s*)?"
    return re.compile(rf"{between}(?:{alternation(listed)})", re.IGNORECASE)


def _clock(words: Iterable[str], han: bool) -> re.Pattern[str]:
    """A clock word right after a place's name ("北京时间", "Beijing time")."""
    listed = list(words)
    if not listed:
        return NEVER
    space = "" if han else r"[ \t]+"
    return re.compile(rf"{space}(?:{alternation(listed, word_edges=not han)})")


def _products(nouns: list[str], kept: list[str], han: bool) -> re.Pattern[str]:
    """A product noun after a maker's name, a model name or code between ("Nvidia
    Hopper chips", "NVIDIA-GPUs", "輝達旗艦晶片"); not one a business follows
    ("英伟达芯片业务": the maker's business)."""
    if not nouns:
        return NEVER
    if han:
        tail = rf"(?!{alternation(kept)})" if kept else ""
        return re.compile(rf"[^\W\d_]{{0,4}}?(?:{alternation(nouns, word_edges=False)}){tail}")
    codes = r"(?:[A-Z0-9][\w-]*[^\S\n]+){0,2}"
    return re.compile(rf"(?:-|[^\S\n]+{codes})(?i:{alternation(nouns)})")


def _relative(
    pronouns: list[str], rivals: list[str], determiners: tuple[str, ...]
) -> re.Pattern[str]:
    """Up to three words of the figure's noun, a relative pronoun, then a determiner or
    a rival noun before the name: " battery-electric vehicles that rival "."""
    if not pronouns:
        return NEVER
    nouns = rf"(?:{SPACE}[^\W\d_][\w'’-]*){{0,3}}"
    det = rf"(?:(?:{alternation(determiners)}){SPACE})?" if determiners else ""
    rival = rf"(?:(?:{alternation(rivals)}){SPACE})?" if rivals else ""
    pronoun = rf",?{SPACE}(?:{alternation(pronouns)}){SPACE}"
    return re.compile(rf"{nouns}{pronoun}{det}{rival}", re.IGNORECASE)


def _owner_after(genitives: list[str], determiners: tuple[str, ...]) -> re.Pattern[str]:
    """At most one noun after a figure, a genitive, a determiner: "models of the"."""
    if not genitives:
        return NEVER
    det = rf"(?:(?:{alternation(determiners)}){SPACE})?" if determiners else ""
    noun = rf"(?P<noun>{SPACE}[^\W\d_][\w'’-]*)?"
    return re.compile(rf"{noun}{SPACE}(?:{alternation(genitives)}){SPACE}{det}", re.IGNORECASE)


def _fronted(listed: Iterable[str]) -> re.Pattern[str]:
    words = list(listed)
    if not words:
        return NEVER
    return re.compile(rf"\s*(?:{alternation(words)})\s+(?:the\s+)?", re.IGNORECASE)


def word_pattern(listed: Iterable[str], han: bool) -> re.Pattern[str]:
    """A language's word list as one case-blind pattern (whole words outside Chinese),
    or one that never matches for an empty list."""
    words = list(listed)
    if not words:
        return NEVER
    return re.compile(alternation(words, word_edges=not han), re.IGNORECASE)


def _opening(words: Iterable[str], han: bool) -> re.Pattern[str]:
    return opening_pattern(words, han=han, hyphen=True)


def _holder_gap(words: Iterable[str], han: bool) -> re.Pattern[str]:
    """ "AfD| mit rund |20,8": the word, then up to two words before the figure."""
    listed = list(words)
    if not listed:
        return NEVER
    if han:
        return re.compile(rf"[)）]?\s*(?:{alternation(listed)})\s*")
    return re.compile(rf"\)?\s+(?:{alternation(listed)})(?:\s+[^\W\d][\w-]*){{0,2}}\s+", re.I)


def _described(words: Iterable[str]) -> re.Pattern[str]:
    """Up to a counted noun, then the relative marker: "个席位的", "名员工的"."""
    listed = list(words)
    if not listed:
        return NEVER
    return re.compile(rf"[^\W\d_]{{0,6}}\s*(?:{alternation(listed)})\s*")
