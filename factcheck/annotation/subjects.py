"""Subject, attribute and topic for each claim of a document.

The subject is the entity the number is about, and the annotator says how sure it is:
sure when the claim's own sentence names it (or refers to it with "the company" and the
like, one or two sentences after the name), not sure when it is only the organisation
the article names most.

News sentences put the subject before the number, so names are tried in tiers, nearest
first: a name the number's clause describes ("für MAI-1, ein Modell mit 500 Milliarden
Parametern"; "拥有10个席位的D66"), the subject of the number's clause, its possessor
("compared with Tesla's 484,500"), the subject of the sentence, a name after the number
("5,000 people died in Turkey and Syria"), objects ("in Gansu, 113 died") and, last, the
sources that report it ("BYD said it sold 3 million cars"). Roles come from the words
around each name (`roles.py`), anaphors from `anaphora.py`. A list of names ("谷歌、Meta
和 xAI") is one joint subject; a possessor is never a member of one ("Microsoft's MAI-1"
is about MAI-1, its owner).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping, Sequence
from itertools import takewhile
from typing import NamedTuple

from factcheck.annotation.anaphora import anaphora_for, executives, with_anaphora
from factcheck.annotation.article import (
    SUBJECT_KINDS,
    dominant_name,
    in_the_story,
    main_entity,
    main_place,
    named_directly,
    one_country,
    paragraph_firsts,
    product_lines,
    scene_of,
    sentence_subjects,
    sole_organisation,
)
from factcheck.annotation.attribute_names import CHANGE
from factcheck.annotation.attributes import (
    AttributeTable,
    named_attribute,
    unit_attribute,
)
from factcheck.annotation.bound_words import FigureSpans
from factcheck.annotation.claim_places import paragraph_start, place_of
from factcheck.annotation.clauses import clause_end, clause_start
from factcheck.annotation.counted import without_counted_names
from factcheck.annotation.entities import EntityTable, Mention
from factcheck.annotation.holders import may_hold
from factcheck.annotation.measures import MeasureReader
from factcheck.annotation.neighbours import ends_opening_phrase, list_gap
from factcheck.annotation.origins import anothers_origin, people_of
from factcheck.annotation.reporters import (
    Reporter,
    points_at_a_reporter,
    reporter_of,
    reporters_in,
)
from factcheck.annotation.rivals import rivals_for
from factcheck.annotation.scopes import ScopeReader
from factcheck.annotation.subject_tiers import OPEN_TIERS, TIERS, Around
from factcheck.annotation.unnamed_measures import names_an_election, unnamed_measure
from factcheck.extraction.sentences import sentence_spans
from factcheck.models import Attribute, Claim, Subject

BASE_GAP = re.compile(r"\s*的?\s*")  # "微软的 6 到 10 倍": a possessor, then the multiplier
CARRY_SENTENCES = 2  # a nameless sentence continues a subject named this close before
CARRIED_KINDS = frozenset({"organization", "unknown"})  # a person only for what they run
REPORTER_SENTENCES = 2  # "nach diesen Angaben" points back this far for its reporter
HEAD_GAP = re.compile(r"\s*[:：]?\s*")


class Annotation(NamedTuple):
    """What one claim is about."""

    subject: Subject | None
    subject_sure: bool
    attribute: Attribute
    topic: str | None
    reported_by: str | None = None
    unit: str | None = None  # set when the measure gives a bare figure its unit


class Context(NamedTuple):
    """The names around one claim, split at the claim and at its clause."""

    before: list[Mention]  # in the sentence, before the claim
    after: list[Mention]  # in the sentence, after the claim
    clause_start: int
    clause_end: int


class DocumentAnnotator:
    """Annotates the claims of one document; mentions are found once per text."""

    def __init__(
        self,
        text: str,
        lang: str,
        entities: EntityTable,
        attributes: AttributeTable,
        claim_spans: Sequence[tuple[int, int]] = (),
        claim_units: Mapping[tuple[int, int], str] | None = None,
    ) -> None:
        self.text, self.lang = text, lang
        self.claim_spans = sorted(claim_spans)
        self.claim_starts = [start for start, _ in self.claim_spans]
        self.attributes = attributes
        self.entities = entities
        self.keywords = attributes.keywords(text, lang, FigureSpans(claim_spans, claim_units))
        self.roles = entities.roles(lang)
        names = in_the_story(text, entities.mentions(text, lang=lang), self.roles, lang)
        names = without_counted_names(text, names, self.claim_spans)
        sentences = sentence_spans(text, lang)
        self.lead_end = lead_end = sentences[1][1] if len(sentences) > 1 else len(text)
        names = entities.home_names.at_home(names, main_place(names, entities, True, lead_end))
        self._sentences = sentences
        self.mentions = with_anaphora(text, names, sentences, anaphora_for(lang), self.roles)
        self.mention_starts = [m.start for m in self.mentions]
        self.people = {m.entity for m in self.mentions if m.kind == "person"}
        self.executives = executives(text, self.mentions, lang)
        self.election = names_an_election(text, lang)
        self.main = main_entity(self.mentions)
        self.main_unknown = dominant_name(self.mentions)
        self.sole_main = sole_organisation(self.mentions, text)
        self.named_main = self.main is not None and named_directly(self.mentions, self.main)
        self.sentence_starts = [start for start, _ in sentences]
        self._carried = sentence_subjects(self.mentions, sentences)
        self.paragraph_first = paragraph_firsts(text, sentences)
        self.main_place = main_place(self.mentions, entities, False, lead_end)
        self.event_place = main_place(self.mentions, entities, True, lead_end)
        self.one_country = one_country(self.mentions, entities)
        self._lines = product_lines(self.mentions, entities)
        self._reporters: dict[tuple[int, int], list[Reporter]] = {}
        self.measures = MeasureReader(self, anaphora=self.roles.measure_pronouns)
        self.scopes = ScopeReader(text, lang)

    def annotate(self, claim: Claim) -> Annotation:
        """Subject (and how sure), attribute and topic of one claim. Claims come in text
        order: one that points back ("the figure") takes the measure of the one before."""
        context = self._context(claim)
        people = people_of(claim, self.mentions, self.mention_starts)
        subject, sure = self.subject_of(claim, context, people)
        attribute, unit = self.measures.measure_of(claim)
        if claim.unit == "multiplier" and self._against_a_rival(claim, context, subject, attribute):
            attribute = unit_attribute(claim.unit)
        elif attribute.generic:
            attribute = self._unnamed_measure(subject, claim) or attribute
        scope = self.attributes.place_scope(attribute)
        if self.attributes.is_bought(attribute):
            subject, sure = self._buyer_of(subject, context) or (subject, sure)
        if scope is None and not attribute.generic and people is None:
            subject, sure = self._maker_over_place(claim, subject, context) or (subject, sure)
            subject = self._product_of(claim, context, subject, attribute) or subject
        if scope is not None and not (scope == "local" and people):
            elsewhere = self.attributes.from_elsewhere(attribute)
            placed = place_of(self, claim, scope, elsewhere)
            if placed is not None or elsewhere:
                subject, sure = placed or (None, False)
            elif subject is not None and self.entities.kind_of(subject[0]) != "place":
                sure = False  # a party's turnout: the place it is of is not named
                if scope != "named" and not self._named_in_sentence(claim, subject):
                    subject = None  # a toll where no place is known is no company's
        held = (attribute, unit)
        if subject and not may_hold(self.entities, self.attributes, self.people, held, subject):
            subject, sure = None, False
        topic = None
        if self.attributes.is_topical(attribute):
            topic = self._recipient_of(context, subject) or self.keywords.topic_of(claim.sentence)
            topic = topic or self._object_of(claim, subject)
            attribute = self.attributes.spent_on(attribute, topic)
        elif subject is not None and scope is None:
            topic = self._scope_of(claim, subject, context, self.attributes.base_of(attribute))
        reported_by = self._reporter_of(claim)
        measured = unit if unit != claim.unit else None
        return Annotation(subject, sure, attribute, topic, reported_by, measured)

    def _reporter_of(self, claim: Claim) -> str | None:
        """Who its sentence says gives the figure (`reporters`); in a sentence that
        names none but points back ("Nach diesen Angaben starben …"), the last reporter
        named up to `REPORTER_SENTENCES` sentences before."""
        named = reporter_of(self._reporters_in(claim.sentence), claim.start, claim.end)
        if named is not None or not points_at_a_reporter(self.text, self.lang, claim.sentence):
            return named
        index = self.sentence_index(claim)
        for back in range(index - 1, max(-1, index - 1 - REPORTER_SENTENCES), -1):
            before = self._reporters_in(self._sentences[back])
            if before:
                return before[-1].name
        return None

    def _reporters_in(self, sentence: tuple[int, int]) -> list[Reporter]:
        lo, hi = sentence
        found = self._reporters.get((lo, hi))
        if found is None:
            inside = self._mentions_between(lo, hi)
            found = reporters_in(self.text, self.lang, (lo, hi), inside, self.roles)
            self._reporters[(lo, hi)] = found
        return found

    def _scope_of(self, claim: Claim, subject: Subject, c: Context, measure: str) -> str | None:
        """The place the subject's figure is of (`scopes`), unless the subject is one; an
        unlisted party's home is the country whose election the story is about."""
        if any(self.entities.kind_of(name) == "place" for name in subject):
            return None
        unlisted = self.election and any(n not in self.entities.entities for n in subject)
        home = {*map(self.entities.served_place, subject), self.event_place if unlisted else None}
        clause, index = (c.clause_start, c.clause_end), self.sentence_index(claim)
        before = [*self._mentions_between(self.sentence_starts[max(0, index - 1)], claim.start)]
        figure, mentions = (claim.start, claim.end), [*c.before, *c.after]
        return self.scopes.scope_of(figure, claim.sentence, clause, mentions, before, home, measure)

    def subject_of(
        self, claim: Claim, context: Context, people: str | None = None
    ) -> tuple[Subject | None, bool]:
        """The claim's subject, and whether its own sentence names it. `people`: the
        nationality inside the claim (`origins.people_of`), whose they are."""
        if people is not None:
            return Subject((people,)), True
        around = Around.of(self, claim, context)
        for tier in TIERS if self.main is not None else (*TIERS, *OPEN_TIERS):
            chosen = tier(around)
            if chosen is not None:  # "Apple's services business … $1.5 trillion": unsure
                after = context.before[-1].end if context.before else claim.start
                unit = self.roles.names_unit(self.text, after, claim.start)
                return self._for_person(chosen[0], chosen[1] and not unit, claim)
        of_a_unit = self.roles.names_unit(self.text, claim.sentence[0], claim.start)
        carried = None if of_a_unit else self._carried_subject(claim, context)
        if carried is not None:
            return self._for_person(Subject((carried[0],)), carried[1], claim)
        if self.main is not None and not self._set_elsewhere(claim):
            return Subject((self.main,)), self.sole_main and not of_a_unit
        if self.main is not None:
            return None, False
        before = context.before
        return (self._joint(before[-1], before), True) if before else (None, False)

    def _unnamed_measure(self, subject: Subject | None, claim: Claim) -> Attribute | None:
        """ "Azure grew 39%", "die AfD kam auf 20,8 %" (`unnamed_measures`)."""
        measure = unnamed_measure(self.entities, subject, claim.unit, claim.change, self.election)
        if measure is None:
            return None
        span, changed = (claim.start, claim.end), CHANGE if claim.change else frozenset()
        modifiers = self.keywords.modifiers_around(span, claim.sentence, claim.unit) | changed
        name = self.attributes.resolve(measure, claim.unit, modifiers)
        return named_attribute(name) if name else None

    def _against_a_rival(
        self, claim: Claim, c: Context, subject: Subject | None, attribute: Attribute
    ) -> bool:
        """A change multiplier that compares the subject with a rival ("twice as many
        as Meta", "是 Meta 的两倍"): no change of a measure, so never compared."""
        if not self.attributes.is_change(attribute):
            return False
        own = set(subject or ())
        if any(m.entity not in own and self.base_of(claim, m) for m in c.before):
            return True
        clause = (c.clause_start, c.clause_end)
        return rivals_for(self.lang).compared(self.text, clause, claim.end, c.after, subject)

    def base_of(self, claim: Claim, mention: Mention) -> bool:
        """ "微软的 6 到 10 倍", "Meta的兩倍": a possessor right before a multiplier is what
        it multiplies, not its subject ("Microsoft's purchase more than tripled" is
        Microsoft's)."""
        gap = BASE_GAP.fullmatch(self.text, mention.end, claim.start)
        return claim.unit == "multiplier" and gap is not None

    def next_ones(self, claim: Claim, mention: Mention) -> bool:
        """ "15 Milliarden Euro und für Nordrhein-Westfalen 12,3": an object after the
        figure, past a coordinator, is the next figure's."""
        return mention.oblique and self.roles.coordinated(self.text, claim.end, mention.start)

    def _maker_over_place(
        self, claim: Claim, subject: Subject | None, context: Context
    ) -> tuple[Subject, bool] | None:
        """ "小米汽车北京工厂占地超过70万平方米,一期年产能为15万辆", "Teslas Werk in
        Grünheide": a company's measure whose sentence names the company before the
        place it is in is the company's; the place only says where. So is one whose
        sentence names no company, the place only where (`_only_where`), unless its
        paragraph is set in a place (`scene_of`: "在印尼,选举委员会…"), as a round-up's
        are: the article's company is another paragraph's."""
        if subject is None or len(subject) != 1 or self.entities.kind_of(subject[0]) != "place":
            return None
        makers = [
            m for m in context.before if m.kind == "organization" and not (m.source or m.oblique)
        ]
        if makers:
            return Subject((makers[-1].entity,)), makers[-1].sure
        if self.named_main and self._only_where(subject[0], context):
            return None if self._set_elsewhere(claim) else (Subject((self.main,)), self.sole_main)
        return None

    def _set_elsewhere(self, claim: Claim) -> bool:
        """Whether the claim's paragraph opens with a place (`scene_of`: "在印尼,…", "In
        Libyen …") and names the article's main organisation nowhere before the claim:
        a round-up's paragraph of another story."""
        lo = paragraph_start(self, claim)
        scene = scene_of(lo, self)
        return scene is not None and not self._named_between(self.main, lo, claim.start)

    def _only_where(self, place: str, context: Context) -> bool:
        """ "an order backlog of 1.8 million vehicles in Western Europe alone", "de omzet
        in China": a place the sentence names after a preposition says where a
        company's figure was made; the company is the article's."""
        around = (*context.before, *context.after)
        return any(m.entity == place and m.kind == "place" and m.oblique for m in around)

    def _product_of(
        self, claim: Claim, context: Context, subject: Subject | None, attribute: Attribute
    ) -> Subject | None:
        """ "Xiaomi … eine Reichweite von 668 Kilometern": a product's measure said of
        its maker is of the one product line of that maker its clause names, else the
        article (SU7, with its versions); none when it names several, or none. A line
        another clause names may be news of its own ("Phi-3 Mini 模型发布不到两周,微软又
        传出了自研千亿参数级别模型的消息": a new model, not Phi-3)."""
        definition = self.attributes.definition(attribute)
        if subject is None or len(subject) != 1 or not (definition and definition.product):
            return None
        clause = [
            m
            for m in self.in_sentence(claim)
            if context.clause_start <= m.start and m.end <= context.clause_end
        ]
        here = product_lines(clause, self.entities).get(subject[0], set())
        lines = here or self._lines.get(subject[0], set())
        return Subject((next(iter(lines)),)) if len(lines) == 1 else None

    def _named_in_sentence(self, claim: Claim, subject: Subject) -> bool:
        return any(m.entity in subject for m in self.in_sentence(claim))

    def chosen(self, mention: Mention, pool: Sequence[Mention]) -> tuple[Subject, bool]:
        """The subject a tier chose (with the names listed beside it), and how sure."""
        return self._joint(mention, pool), mention.sure

    def _context(self, claim: Claim) -> Context:
        inside = self.in_sentence(claim)
        after = [m for m in inside if m.start >= claim.end]
        lo, hi = claim.sentence
        return Context(
            [m for m in inside if m.end <= claim.start],
            [m for m in after if not anothers_origin(claim, m, self.claim_starts)],
            clause_start(self.text, lo, claim.start),
            clause_end(self.text, claim.end, hi),
        )

    def _for_person(self, subject: Subject, sure: bool, claim: Claim) -> tuple[Subject, bool]:
        """A person who runs a company stands for it in an article about it or about no
        organisation, or where the sentence or the two before name it ("Elon Musk sold
        1.81 million cars"; not Musk's $44 billion for Twitter); so does an unlisted name
        after an executive's title ("Chief executive Lip-Bu Tan": the article's company).
        Anyone else titled stands for it only where the sentence names it."""
        if len(subject) != 1 or subject[0] not in self.people:
            return subject, sure
        listed = self.entities.kind_of(subject[0]) is not None
        owner = self.entities.owner_of(subject[0]) if listed else self.main
        runs = listed or subject[0] in self.executives  # a candidate stands for herself
        near = owner and self._named_near(owner, claim, CARRY_SENTENCES if runs else 0)
        if owner and ((runs and (self.main or self.main_unknown) in (None, owner)) or near):
            return Subject((owner,)), sure
        return subject, sure

    def sentence_index(self, claim: Claim) -> int:
        """The index of the claim's sentence among the document's sentences."""
        return bisect_left(self.sentence_starts, claim.sentence[0] + 1) - 1

    def _named_near(self, entity: str, claim: Claim, back: int = CARRY_SENTENCES) -> bool:
        index = self.sentence_index(claim)
        lo = self.sentence_starts[max(0, index - back)] if index >= 0 else 0
        return self._named_between(entity, lo, claim.sentence[1])

    def _named_between(self, entity: str | None, lo: int, hi: int) -> bool:
        """Whether a mention starting in text[lo:hi] names the entity."""
        return any(m.entity == entity for m in self._mentions_between(lo, hi))

    def _mentions_between(self, lo: int, hi: int) -> Iterator[Mention]:
        """The mentions starting in text[lo:hi], in order."""
        first = bisect_left(self.mention_starts, lo)
        return takewhile(lambda m: m.start < hi, self.mentions[first:])

    def _paragraph_of(self, subject: str, claim: Claim, named_in: int) -> bool:
        """Whether the claim's paragraph opens by naming the organisation and names no
        other subject before the claim ("Rheinmetall hat 2024 … Das operative Ergebnis …
        Die operative Marge stieg auf 12,8 Prozent"): its figures are the
        organisation's, however many sentences on."""
        first = self.paragraph_first.get(self.sentence_index(claim))
        if first is None or named_in != first:
            return False
        within = self._mentions_between(self.sentence_starts[first], claim.start)
        return all(m.entity == subject for m in within if m.kind in SUBJECT_KINDS)

    def _carried_subject(self, claim: Claim, context: Context) -> tuple[str, bool] | None:
        """A sentence naming no one continues the last subject `CARRY_SENTENCES` back
        ("ASML had a record year. Revenue rose …"; sure if the article's main), or its
        paragraph's (a guess); another organisation is a guess nearer than the main."""
        main = self.main or self.main_unknown
        if main is None or context.before or context.after:
            return None
        index = self.sentence_index(claim)
        reach = min(index - CARRY_SENTENCES, self.paragraph_first.get(index, index))
        if self._set_elsewhere(claim):  # a round-up's paragraph carries nothing in
            reach = self.paragraph_first.get(index, index)
        back = range(index - 1, max(-1, reach - 1), -1)
        found = next(((i, s) for i in back if (s := self._carried.get(i)) is not None), None)
        if found is None:
            return None
        subject = found[1]
        kind = self.entities.kind_of(subject)
        if kind == "organization" and self._paragraph_of(subject, claim, found[0]):
            return subject, True
        if index - found[0] > CARRY_SENTENCES and subject == main:
            return None  # the article's, as any sentence naming no one is
        runs = kind == "person" and self.entities.owner_of(subject) is not None
        carried = subject == main or kind in CARRIED_KINDS or runs
        return (subject, subject == main) if carried else None

    def in_sentence(self, claim: Claim) -> list[Mention]:
        lo, hi = claim.sentence
        first = bisect_left(self.mention_starts, lo)
        inside = []
        for mention in self.mentions[first:]:
            if mention.start >= hi:
                break
            overlaps_claim = mention.start < claim.end and claim.start < mention.end
            if (
                not overlaps_claim
                and mention.kind in SUBJECT_KINDS
                and not self._inside_a_figure(mention)
            ):
                inside.append(mention)
        return inside

    def heads_figure(self, mention: Mention) -> bool:
        """ "stellt die Union 208 Abgeordnete, die AfD 152": a name right before a
        figure, nothing but a space or colon between, is that figure's."""
        index = bisect_left(self.claim_starts, mention.end)
        if index == len(self.claim_starts):
            return False
        return HEAD_GAP.fullmatch(self.text, mention.end, self.claim_starts[index]) is not None

    def _inside_a_figure(self, mention: Mention) -> bool:
        """A name inside another figure's words is what that figure counts or who made it
        ("48.5万块英伟达Hopper芯片", "485,000 of Nvidia's chips"), no subject of a claim."""
        index = bisect_right(self.claim_starts, mention.start) - 1
        if index < 0:
            return False
        start, end = self.claim_spans[index]
        return start < mention.start and mention.end <= end

    def _joint(self, chosen: Mention, pool: Sequence[Mention]) -> Subject:
        """The names listed together with the chosen one: ("Google", "Meta", "xAI").
        Names are listed with a comma or a conjunction between them; "Microsoft's
        MAI-1" and "Chinese BYD" are no lists, nor is "its" in "and its partner Komeito"."""
        pool = [m for m in pool if m is chosen or not m.anaphor]
        index = pool.index(chosen)
        lo = hi = index
        while lo > 0 and self._listed(pool[lo - 1], pool[lo]):
            lo -= 1
        while hi + 1 < len(pool) and self._listed(pool[hi], pool[hi + 1]):
            hi += 1
        return Subject(dict.fromkeys(m.entity for m in pool[lo : hi + 1]))

    def _listed(self, first: Mention, second: Mention) -> bool:
        if first.possessive or self.entities.owner_of(second.entity) == first.entity:
            return False
        if ends_opening_phrase(self.text, first, second):
            return False
        return list_gap().fullmatch(self.text, first.end, second.start) is not None

    def _buyer_of(self, subject: Subject | None, context: Context) -> tuple[Subject, bool] | None:
        """ "OpenAI verpflichtet sich, Azure-Dienste im Wert von 250 Milliarden Dollar zu
        kaufen": a product named with a purchase is what is bought; the buyer is the last
        organisation named directly before the figure in its sentence."""
        if subject is None or len(subject) != 1 or self.entities.kind_of(subject[0]) != "product":
            return None
        buyers = [m for m in context.before if m.kind == "organization" and m.direct]
        return (Subject((buyers[-1].entity,)), buyers[-1].sure) if buyers else None

    def _recipient_of(self, context: Context, subject: Subject | None) -> str | None:
        """ "Nvidia will bis zu 100 Milliarden Dollar in OpenAI investieren": an
        organisation the figure's own clause names as an object is what the money goes
        to, whatever another clause of the sentence says ("…, und OpenAI setzt GPUs ein")."""
        lo, hi = context.clause_start, context.clause_end
        for m in (*context.before, *context.after):
            inside = lo <= m.start and m.end <= hi and m.oblique and m.kind == "organization"
            if inside and m.entity not in (subject or ()) and self.roles.receives(m, self.text):
                return m.entity
        return None

    def _object_of(self, claim: Claim, subject: Subject | None) -> str | None:
        """A known entity other than the subject named in the sentence: what the amount went to."""
        for mention in self.in_sentence(claim):
            if mention.entity not in (subject or ()) and mention.kind != "unknown":
                return mention.entity
        return None
