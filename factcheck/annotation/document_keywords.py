"""One document's attribute keywords, scanned once per sentence: which measure a claim's
clause names (`AttributeTable` holds the table; this reads a text with it)."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from factcheck.annotation.attribute_names import CHANGE, CHANGE_ID, named_attribute, unit_attribute
from factcheck.annotation.bound_words import FigureSpans
from factcheck.annotation.clauses import (
    CONTRAST,
    RELATIVE,
    STRONG,
    WEAK,
    Hit,
    LanguageWords,
    SentenceScan,
    normal,
)
from factcheck.annotation.figure_lines import FigureLines
from factcheck.extraction.patterns import alternation
from factcheck.extraction.units import unit_category
from factcheck.lexicon import by_language, load_table
from factcheck.models import Attribute

DIGIT = re.compile(r"\d")
LIST_REACH = 4  # clauses of a list a change word may govern
CONCESSION_REACH = 30  # characters from "despite" to the keyword it concedes
CONCEDED_GAP = 12  # characters from that keyword to a figure still in the concession
AMOUNTING_REACH = 40  # characters before a figure that may hold "amounting to" and a hedge
# What may stand between a keyword and "amounting to": the rest of its compound or its
# head noun ("Aktienrückkauf|programm im Umfang von", "share buyback| scheme amounting
# to"), and a genitive ("KI-Ausgaben| der Tech-Giganten in Höhe von").
GENITIVE_TAIL = re.compile(
    r"[\w-]*(?:\s+[^\W\d][\w-]*)?"
    r"(?:\s+(?:der|des|of|of the|van|van de|van het)\s+[^\W\d][\w-]*)?\s*",
    re.IGNORECASE,
)

if TYPE_CHECKING:
    from factcheck.annotation.attributes import AttributeTable


class DocumentKeywords:
    """The attribute and topic keywords of one document, found once per sentence.

    Claims look for keywords in their own sentence, so claims that share a sentence
    share its scan: a line of a thousand figures is read once, not a thousand times.
    """

    def __init__(self, table: AttributeTable, text: str, lang: str, figures: FigureSpans) -> None:
        self.table, self.text, self.lang = table, text, lang
        self.figures = figures
        self._words: LanguageWords = table.languages[lang]
        self._topics = table._topic_words[lang]
        self._scanned: dict[tuple[int, int], SentenceScan] = {}
        self._topic_owners: dict[tuple[int, int], set[str]] = {}

    def _in(self, sentence: tuple[int, int]) -> SentenceScan:
        scan = self._scanned.get(sentence)
        if scan is None:
            lo, hi = sentence
            words = self._words
            scan = SentenceScan(
                words.hits(self.text, lo, hi), words.boundaries(self.text, lo, hi), lo, hi
            )
            self._scanned[sentence] = scan
        return scan

    def attribute_of(
        self,
        span: tuple[int, int],
        sentence: tuple[int, int],
        unit: str,
        implied: bool = True,
        changed: bool = False,
    ) -> Attribute:
        """As `AttributeTable.attribute_of`: keywords within `window` of the claim count,
        else the nearest of its own clause (a long reporter phrase may stand between:
        "nach Angaben des Versicherungsverbands GDV"); without `implied`, only a keyword
        names the attribute. A measure its unit does not fit is its change when the
        figure is `changed` ("die Anlageinvestitionen um 3,0 Prozent") or the clause
        before, past a weak break, changes ("output rose 4.6%, investment 3.0%")."""
        scan = self._in(sentence)
        lo, hi, first = scan.clause(span)
        clause = scan.hits_in(lo, hi)
        own = self._near(clause, span)
        modifiers = self._modifiers_at(scan, first, own, span, unit)
        below = self._label_below(span, unit, modifiers)
        if below is not None:  # '' when the label names no measure the unit fits
            return named_attribute(below) if below else unit_attribute(unit)
        if own and any(hit.owners for hit in own):  # "aftershocks, including one of 6.3"
            own = own + self._included_in(scan, first)
        if any(hit.owners for hit in clause):
            name = self._nearest(own, span, unit, modifiers, sentence)
            name = name or self._nearest(clause, span, unit, modifiers, sentence)
            if name is None and (changed or self._changes_before(scan, first, span)):
                name = self._nearest(clause, span, unit, modifiers | CHANGE, sentence)
                name = name if name and self.table.of_amounts(name) else None
        else:
            name = self._after_count(scan, span, hi, unit, modifiers)
            name = name or self._borrowed(scan, first, span, unit, modifiers)
            if name is None and changed:  # "operating profit (EBIT, +26%)"
                name = self._borrowed(scan, first, span, unit, modifiers | CHANGE)
            name = name or self._after_count(scan, span, hi, unit, modifiers, joined=True)
        if implied:
            name = name or self.table.implied(unit, modifiers)
        return named_attribute(name) if name else unit_attribute(unit)

    def _label_below(
        self, span: tuple[int, int], unit: str, modifiers: frozenset[str]
    ) -> str | None:
        """The measure a key-figure block's label line names for a figure alone on its
        line ('' for none the unit fits): the label under it in a block that opens with
        a figure ("175,264\nEmployees worldwide\n2.389 million\nUnit sales\n€145.6
        billion\nRevenue": the label above is the figure before's), else the label
        above it ("Revenue\n€145.6 billion\nEBIT\n€13.6 billion", where each line is a
        sentence of its own). None when the figure has a line of words around it."""
        lines = FigureLines(self.text, span)
        if not lines.alone():
            return None
        if lines.labelled(lines.below()) and lines.opens_with_a_figure():
            label = lines.below()
        elif lines.labelled(lines.above()):
            label = lines.above()
        else:
            return None
        hits = [hit for hit in self._words.hits(self.text, *label) if hit.owners]
        return (self._nearest(hits, span, unit, modifiers) if hits else None) or ""

    def owners_before(self, sentence: tuple[int, int], at: int) -> list[tuple[str, ...]]:
        """The measures each keyword of the sentence before `at` may name, in order."""
        scan = self._in(sentence)
        return [hit.owners for hit in scan.hits_in(sentence[0], at) if hit.owners]

    def names(self, sentence: tuple[int, int], owner: str) -> bool:
        """Whether a keyword of the measure `owner` stands in the sentence."""
        scan = self._in(sentence)
        return any(owner in hit.owners for hit in scan.hits_in(*sentence))

    def modifiers_around(
        self, span: tuple[int, int], sentence: tuple[int, int], unit: str
    ) -> frozenset[str]:
        """The modifiers that bear on a claim: words near it in its clause, its unit's,
        and its sentence's opening phrase's ("In de peiling van Ipsos staat de PVV op
        23 procent": a forecast)."""
        scan = self._in(sentence)
        lo, hi, first = scan.clause(span)
        own = self._near(scan.hits_in(lo, hi), span)
        return self._modifiers_at(scan, first, own, span, unit)

    def _modifiers_at(
        self, scan: SentenceScan, first: int, own: list[Hit], span: tuple[int, int], unit: str
    ) -> frozenset[str]:
        modifiers = self._modifiers(own, span) | self.table.modifiers_of(unit)
        modifiers |= self._shared_before(scan, first, span)
        return modifiers | self._opening_modifiers(scan, first, span)

    def _shared_before(
        self, scan: SentenceScan, index: int, span: tuple[int, int]
    ) -> frozenset[str]:
        """The `shared` modifiers of a clause before, past weak conjunctions only: the
        verb a list's later items leave out ("contributed €650 million to revenue and
        €200 million to operating profit"); not past a comma ("trug dazu bei, dass Tesla
        1,8 Millionen Fahrzeuge auslieferte" is no contribution of the 1.8 million)."""
        if not self.table.shared:
            return frozenset()
        for back in range(index, max(-1, index - LIST_REACH), -1):
            joint = scan.breaks[back]
            worded = any(ch.isalpha() for ch in self.text[joint.start : joint.end])
            if joint.strength != WEAK or not worded:
                return frozenset()
            found = self._modifiers(scan.hits_in(*scan.before(back)), span) & self.table.shared
            if found:
                return found
        return frozenset()

    def _borrowed(
        self,
        scan: SentenceScan,
        index: int,
        span: tuple[int, int],
        unit: str,
        modifiers: frozenset[str],
    ) -> str | None:
        """The measure of the nearest clause before that names one, for a claim whose
        clause names none ("GroenLinks-PvdA with 25" after "the PVV with 37 seats"):
        across weak breaks, relative ones for a change, and the contrast that opens the
        clause of a level ("而前一季度为262亿美元", not "but growth slowed by one point");
        none if that clause names only measures the unit does not fit. A relative clause
        closed by a comma is an insertion, and the sentence's opening clause the subject
        however long the insertion ("Die Jugendarbeitslosigkeit, inzwischen ohne
        Studierende berechnet, lag bei 14,9 Prozent")."""
        if self._own_item(scan, index):
            return None
        relative_ok = self.table.crosses_relative(unit, modifiers)
        strength = WEAK
        opening = index
        while index >= 0:
            crossed = scan.breaks[index].strength
            if crossed == CONTRAST:  # a level of the claim's own clause, set against one
                crossed = WEAK if index == opening and not modifiers else STRONG
            if crossed == RELATIVE and index < opening and strength == WEAK:
                crossed = WEAK  # a relative clause set off by commas: "X, which …, stood at"
            elif crossed == RELATIVE and index == opening and self._antecedent(scan, index):
                crossed = WEAK  # "sales revenue which eased 1.8% to CHF 91.4 billion"
            strength = max(strength, crossed)
            if strength == STRONG or (strength == RELATIVE and not relative_ok):
                return None
            if self._appositive(scan, index):
                index -= 1
                continue
            clause = scan.hits_in(*scan.before(index))
            hits = clause if index == 0 else self._near(clause, span)
            modifiers = modifiers | self._modifiers(hits, span)
            if any(hit.owners for hit in clause):
                return self._nearest(hits, span, unit, modifiers)
            index -= 1
        return None

    def _own_item(self, scan: SentenceScan, index: int) -> bool:
        """Whether the claim's clause is a list's item named with its own noun
        ("including an adjustment … of around DKK 3 billion")."""
        pattern = self.table.inclusive_items[self.lang]
        if pattern is None or index < 0:
            return False
        return pattern.match(self.text, scan.breaks[index].end) is not None

    def _appositive(self, scan: SentenceScan, index: int) -> bool:
        """Whether the clause ending at break `index` describes the noun before it,
        which names a measure: between commas, opening with a determiner, holding no
        figure ("Adjusted EBITA, the group's preferred profit measure, rose to …")."""
        if index < 1 or any(
            self.text[b.start : b.end].strip() != "," for b in scan.breaks[index - 1 : index + 1]
        ):
            return False
        lo, hi = scan.before(index)
        opener = _appositive_opener(self.lang).match(self.text, lo, hi)
        earlier = scan.hits_in(*scan.before(index - 1))
        return (
            opener is not None
            and not DIGIT.search(self.text, lo, hi)
            and any(h.owners for h in earlier)
        )

    def _antecedent(self, scan: SentenceScan, index: int) -> bool:
        """Whether a keyword stands right before relative break `index`, no comma
        between: the measure the relative clause goes on about, levels and all."""
        lo, hi = scan.before(index)
        hits = [hit for hit in scan.hits_in(lo, hi) if hit.owners]
        return bool(hits) and not self.text[hits[-1].end : hi].strip()

    def _opening_modifiers(
        self, scan: SentenceScan, index: int, span: tuple[int, int]
    ) -> frozenset[str]:
        """ "As of 12 pm, turnout was 26.63%", "截至中午12时,投票率为26.63%": a
        sentence's opening phrase that names no measure, set off by a weak break, tells
        how the first clause's figures are meant, and every clause's by a `frames`
        modifier ("出口民调显示,…")."""
        if not scan.breaks or scan.breaks[0].strength != WEAK:
            return frozenset()
        opening = scan.hits_in(*scan.before(0))
        if any(hit.owners for hit in opening):
            return frozenset()
        found = self._modifiers(opening, span)
        return found if index == 0 else found & self.table.frames

    def _included_in(self, scan: SentenceScan, index: int) -> list[Hit]:
        """The keywords of the count a list belongs to, for a figure in a list opened by
        "including" ("darunter", "waaronder", "包括") past weak breaks only: "at least six
        aftershocks, including one of 6.9 magnitude and another of 6.3 magnitude" are
        aftershocks' magnitudes, not the main shock's. An item named with its own noun
        is that noun's ("including an adjustment … of around DKK 3 billion")."""
        pattern = self.table.inclusives[self.lang]
        for back in range(index, max(-1, index - LIST_REACH), -1):
            joint = scan.breaks[back]
            if pattern.match(self.text, joint.end):
                return [] if self._own_item(scan, back) else scan.hits_in(*scan.before(back))
            if joint.strength != WEAK:
                return []
        return []

    def _changes_before(self, scan: SentenceScan, index: int, span: tuple[int, int]) -> bool:
        """Whether a clause before, past weak breaks only, has a change word: the verb of
        a list whose later items leave it out ("rose 4.6%, investment 3.0% and retail
        sales 7.2%")."""
        for back in range(index, max(-1, index - LIST_REACH), -1):
            if scan.breaks[back].strength != WEAK:
                return False
            if CHANGE_ID in self._modifiers(scan.hits_in(*scan.before(back)), span):
                return True
        return False

    def _after_count(
        self,
        scan: SentenceScan,
        span: tuple[int, int],
        hi: int,
        unit: str,
        modifiers: frozenset[str],
        joined: bool = False,
    ) -> str | None:
        """What the clause right after a count names, for a count whose own clause names
        no measure: a relative clause that tells what the counted did ("mindestens 64
        Menschen, die in der Hitze gestorben seien", "64 people who died") or a part
        that follows with no comma ("1,204 injured, 721 of whom are in serious
        condition"); or, `joined`, the clause after a noun joined to the count's ("2.5
        million households and businesses remain without power", "340万户家庭和企业被断
        电"), when it gives no figure of its own."""
        gap = self.text[span[1] : hi].split()
        following = scan.following(hi)
        # a bare count's noun joined to another counts too: "250万个家庭和商业用户失去电力供应"
        counted = unit_category(unit) == "counted" or (joined and unit == "count")
        if not counted or following is None or len(gap) > int(joined):
            return None
        strength, lo, end = following
        if joined and (strength != WEAK or DIGIT.search(self.text, lo, end)):
            return None
        if not joined and strength not in (RELATIVE, STRONG):
            return None
        return self._nearest(self._near(scan.hits_in(lo, end), span), span, unit, modifiers)

    def _near(self, hits: list[Hit], span: tuple[int, int]) -> list[Hit]:
        window = self.table.window
        lo, hi = span[0] - window, span[1] + window
        return [hit for hit in hits if lo <= hit.start and hit.end <= hi]

    def _bound_here(self, hit: Hit, span: tuple[int, int]) -> bool:
        """Whether a `bound` measure's word names the claim at `span`: it runs on from no
        other figure and stands by this one. Looked at only for such words."""
        if not any(self.table.attributes[owner].bound for owner in hit.owners):
            return True
        word = (hit.start, hit.end)
        if self.figures.runs_on_elsewhere(self.text, word, span):
            return False
        return self.figures.binds(self.text, word, span)

    def _modifiers(self, hits: list[Hit], span: tuple[int, int]) -> frozenset[str]:
        """Modifier words outside the claim: inside it they belong to the figure ("more
        than 30 %" is a bound, not a rise), except an `in_figure` modifier's ("26
        foreigners")."""
        found: set[str] = set()
        for hit in hits:
            found |= self._own_modifiers(hit, span)
        return frozenset(found)

    def _own_modifiers(self, hit: Hit, span: tuple[int, int]) -> frozenset[str]:
        """The hit's modifiers that reach the claim: inside it only `in_figure` ones,
        and a `nearest_figure` one only where no other figure stands nearer the word."""
        if span[0] <= hit.start and hit.end <= span[1]:
            return hit.modifiers & self.table.in_figure
        nearest = self.table.nearest_figure
        word = (hit.start, hit.end)
        if hit.modifiers & nearest and not self.figures.nearest(self.text, word, span):
            return hit.modifiers - nearest
        return hit.modifiers

    def _nearest(
        self,
        hits: list[Hit],
        span: tuple[int, int],
        unit: str,
        modifiers: frozenset[str],
        sentence: tuple[int, int] = (0, 0),
    ) -> str | None:
        table = self.table
        hits = self._past_amounting(hits, span)
        refined = table.refined_by(hits, self.text, self.lang)
        present = {owner for hit in hits for owner in hit.owners}
        best: tuple[tuple[bool, bool, bool, int, int], str] | None = None
        for hit in hits:
            if self.figures.bound_elsewhere(self.text, (hit.start, hit.end), span):
                continue
            if self._conceded(hit, span):
                continue
            bound_here = self._bound_here(hit, span)
            named = [
                (owner, name)
                for owner in hit.owners
                if not (table.attributes[owner].bound and not bound_here)  # "the 650-seat
                and (name := table.resolve(owner, unit, modifiers)) is not None  # House"
                and not (table.attributes[owner].nearest_figure and not self._nearest_to(hit, span))
            ]
            if not named:
                continue
            owner, name = self._by_figures_around(named, span, sentence)
            distance = max(0, span[0] - hit.end, hit.start - span[1])
            if span[0] <= hit.start and (hit.end <= span[1] or self._glued(hit, span)):
                distance = -1  # the figure's own noun: "2死490伤" is 490 injured
            word = normal(self.text[hit.start : hit.end])
            weak = table.weak(owner, word, self.lang)
            yields = table.yields(owner, word, self.lang, present)
            key = (weak, owner in refined, yields, distance, table.order[owner])
            if best is None or key < best[0]:
                best = (key, name)
        return best[1] if best else None

    def _past_amounting(self, hits: list[Hit], span: tuple[int, int]) -> list[Hit]:
        """The keywords that may name a figure "amounting to" the noun right before it
        ("an adjustment amounting to DKK 3 billion", "eine Sonderbelastung in Höhe von"):
        when that noun, led by its article, is no keyword, none before it."""
        pattern = self.table.amountings[self.lang]
        lo = max(0, span[0] - AMOUNTING_REACH)
        found = pattern.search(self.text, lo, span[0]) if pattern else None
        if found is None:
            return hits
        if any(hit.end > found.start() or self._names_noun(hit, found.start()) for hit in hits):
            return hits  # "Costs amounting to": a keyword that holds the words is their noun
        if not _noun_phrase_before(self.lang).search(self.text, lo, found.start()):
            return hits  # "sich, Azure-Dienste im Wert von … zu kaufen": the verb's object
        return [hit for hit in hits if hit.start >= found.start()]

    def _names_noun(self, hit: Hit, marker: int) -> bool:
        """Whether the keyword is the noun "amounting to" follows (`GENITIVE_TAIL`)."""
        return GENITIVE_TAIL.fullmatch(self.text, hit.end, marker) is not None

    def _nearest_to(self, hit: Hit, span: tuple[int, int]) -> bool:
        return self.figures.nearest(self.text, (hit.start, hit.end), span)

    def _glued(self, hit: Hit, span: tuple[int, int]) -> bool:
        """A Chinese noun right after a figure is its own: "7死1失蹤" is one missing."""
        return self.lang == "zh" and hit.start == span[1]

    def _conceded(self, hit: Hit, span: tuple[int, int]) -> bool:
        """Whether the keyword names a concession ("despite a record turnover",
        "trotz eines Rekordumsatzes") and the figure stands outside it: only a figure
        right after the keyword is in the concession ("despite revenue of €12
        billion")."""
        pattern = self.table.concessives[self.lang]
        lo = max(0, hit.start - CONCESSION_REACH)
        if pattern is None or pattern.search(self.text, lo, hit.start) is None:
            return False
        return not 0 <= span[0] - hit.end <= CONCEDED_GAP

    def _by_figures_around(
        self, named: list[tuple[str, str]], span: tuple[int, int], sentence: tuple[int, int]
    ) -> tuple[str, str]:
        """Of the measures one word names ("sales": revenue, or vehicles sold), the one
        the sentence's other figures are of: "sales fell by 7 percent, dropping from
        167,354 to 155,945 units" are vehicles sold; the first listed if none tells."""
        if len(named) == 1:
            return named[0]
        units = self.figures.units_around(*sentence, span)
        for owner, name in named:
            if any(self.table.resolve(owner, u, frozenset()) for u in units if u != "percent"):
                return owner, name
        return named[0]

    def contrast_after(self, at: int, sentence: tuple[int, int]) -> int:
        """Where the first contrast after `at` ("while", "während", "terwijl", 而) opens a
        clause that sets another subject against the last; the sentence's end if none.
        The sentence's breaks are found once for all its claims."""
        for found in self._in(sentence).breaks:
            if found.start >= at and found.strength == CONTRAST:
                return found.start
        return sentence[1]

    def topic_of(self, sentence: tuple[int, int]) -> str | None:
        owners = self._topic_owners.get(sentence)
        if owners is None:
            owners = {owner for _, _, owner in self._topics.hits(self.text, *sentence)}
            self._topic_owners[sentence] = owners
        return next((t for t in self.table.topic_order if t in owners), None)


@cache
def _noun_phrase_before(lang: str) -> re.Pattern[str]:
    """A determiner and up to three words right before a position ("eine
    Sonderbelastung|"); in Chinese, whose nouns take none, any noun."""
    if lang == "zh":
        return re.compile(r"\S\Z")
    words = by_language(load_table("subjects")["determiners"], lang)
    return re.compile(
        rf"(?<!\w)(?:{alternation(words)})(?:\s+[^\W\d][\w-]*){{1,3}}\s*\Z", re.IGNORECASE
    )


@cache
def _appositive_opener(lang: str) -> re.Pattern[str]:
    """A determiner opening a clause (`determiners`); Chinese sets off no appositive so."""
    words = by_language(load_table("subjects")["determiners"], lang)
    return (
        re.compile(rf"\s*{alternation(words)}\s", re.IGNORECASE)
        if lang != "zh"
        else re.compile("(?!)")
    )
