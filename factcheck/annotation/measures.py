"""What a claim measures, and in which unit: the measure its clause's keywords name
(`attributes`), the thing a bare count of a measure counts, the kind a chip line's
chips are ("Hopper chips" are GPUs), and the measure of the figure that "the figure",
"het" or "警方的数字" points back at. Claims are read in text order: the last measured
one is what a later one may point back at."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from itertools import takewhile
from typing import TYPE_CHECKING

from factcheck.annotation.attribute_names import CHANGE
from factcheck.annotation.attributes import named_attribute, unit_attribute
from factcheck.extraction.counted import names_a_noun_after
from factcheck.extraction.patterns import alternation, listed
from factcheck.extraction.units import unit_category, unit_words
from factcheck.lexicon import load_table
from factcheck.models import Attribute, Claim


@cache
def _whole_words(lang: str) -> re.Pattern[str]:
    """The words between a part and its whole (`whole_after` in lexicon/ranges.yaml)."""
    words = load_table("ranges")["whole_after"].get(lang) or []
    return re.compile(rf"\s+(?:{alternation(words)})\s+" if words else "(?!)")


if TYPE_CHECKING:
    from factcheck.annotation.subjects import DocumentAnnotator

DECIMALS = re.compile(r"\d[.,]\d")
DIGIT = re.compile(r"[0-9０-９]")
SPACES = re.compile(r"[ \u00a0]*")
# A bare number under ten ("五", "vier") is as often an item of a list or a count of
# something unnamed as the measure's own count: it keeps no counted unit.
MIN_COUNTED = 10
ANAPHOR_REACH = 60  # "the figure" this far before a number points back for it
REACHED_REACH = 12  # the longest word before a level reached, with its space


def a_share_in_words(claim: Claim) -> bool:
    """ "Two-thirds of the dead", "die Hälfte der Toten", "三分之二": a fraction in words of
    people or things counted is their share, no count of a measure: two thirds of a
    person in a death toll would be held against the toll."""
    value = claim.value
    if value is None or not 0 < value < 1 or claim.scale or DIGIT.search(claim.text):
        return False
    return unit_category(claim.unit) in ("counted", "number")


class MeasureReader:
    """The measures of one document's claims, read in text order."""

    def __init__(self, annotator: DocumentAnnotator, anaphora: re.Pattern[str]) -> None:
        self.annotator = annotator
        self.anaphora = anaphora  # "In 2021 was het 78,7 procent": a pronoun for a measure
        self._last_measured: tuple[Claim, Attribute] | None = None
        self._previous: Claim | None = None
        table = annotator.attributes
        self._over_document = table.named_over_documents(annotator.text, annotator.lang)

    def measure_of(self, claim: Claim) -> tuple[Attribute, str]:
        """The claim's attribute and unit; the whole a part is counted out of ("412 of
        the 650 seats", "152 der 630 Sitze") measures the whole (`whole_of`)."""
        previous, self._previous = self._previous, claim
        if previous is not None and self._whole_after(previous, claim):
            return self._whole(claim), claim.unit
        if a_share_in_words(claim):
            return unit_attribute(claim.unit), claim.unit
        attribute, unit = self._named(claim)
        counted = self._chips_counted(claim, unit)
        if counted != unit and attribute.generic:
            attribute = unit_attribute(counted)
        return self._pointed_back(claim, attribute, counted), counted

    def _whole(self, claim: Claim) -> Attribute:
        """What the whole measures: a `whole` measure its own words name ("47 von 125
        bei der Wahl zu besetzenden Sitzen": the seats up for election), else the
        unit's (`whole_of`: "412 of the 650 seats", the chamber's)."""
        table = self.annotator.attributes
        named, _ = self._named(claim)
        known = table.attributes.get(named.name or "")
        return named if known is not None and known.whole else table.whole_of(claim.unit)

    def _whole_after(self, part: Claim, claim: Claim) -> bool:
        between = _whole_words(self.annotator.lang).fullmatch(
            self.annotator.text, part.end, claim.start
        )
        smaller = part.value is not None and claim.value is not None and part.value < claim.value
        return between is not None and smaller and part.unit in (claim.unit, "count")

    def _named(self, claim: Claim) -> tuple[Attribute, str]:
        """The claim's attribute, and its unit: a bare number of a measure that counts
        something ("nearly two million" marchers, organisers say) counts that thing,
        unless a word after it names what it counts ("421 new lithography systems");
        a bare figure with decimals in a clause naming a measure that is written so
        ("put the magnitude at 7.4") takes its unit; a change of a measure that has a
        measure of its changes is that one ("eight more than in 2021": seats won)."""
        span = (claim.start, claim.end)
        attribute = self.annotator.keywords.attribute_of(
            span, claim.sentence, claim.unit, changed=claim.change
        )
        if (claim.change or claim.unit == "percentage_point") and not attribute.generic:
            changed = self.annotator.attributes.change_measure(attribute, claim.unit)
            attribute = changed or attribute
        elif not claim.change and not attribute.generic:
            attribute = self._level_reached(claim, attribute)
        if self._over_document and not attribute.generic:
            attribute = self.annotator.attributes.taken_over(attribute, self._over_document)
        if claim.unit == "count" and not attribute.generic:
            thing = self.annotator.attributes.counted_unit(attribute)
            large = claim.value is not None and claim.value >= MIN_COUNTED
            own_noun = names_a_noun_after(
                unit_words(self.annotator.lang), self.annotator.text, claim.end
            )
            return attribute, thing if thing and large and not own_noun else claim.unit
        if not (attribute.generic and claim.unit == "count" and claim.value is not None):
            return attribute, claim.unit
        if claim.scale or not DECIMALS.search(claim.text):
            return attribute, claim.unit
        for unit in self.annotator.attributes.bare_units(claim.value):
            named = self.annotator.keywords.attribute_of(span, claim.sentence, unit, implied=False)
            if not named.generic:
                return named, unit
        return attribute, claim.unit

    def _level_reached(self, claim: Claim, attribute: Attribute) -> Attribute:
        """ "verlor zehn Mandate und kommt nun auf 24", "fell by 850,000 to 1.4118
        billion": a level after the word of what a change reached is the measure the
        changes are of (seats), not their measure (seats won or lost), where the
        sentence names that measure ("重傷減少3人至30人" names no population)."""
        definition = self.annotator.attributes.definition(attribute)
        if definition is None or not definition.change_of or attribute.name != definition.id:
            return attribute
        if not self.annotator.keywords.names(claim.sentence, definition.change_of):
            return attribute
        lo = max(claim.sentence[0], claim.start - REACHED_REACH)
        reached = listed("changes", "reached_before", self.annotator.lang, r"\s*$")
        if not reached.search(self.annotator.text, lo, claim.start):
            return attribute
        return named_attribute(definition.change_of)

    def _chips_counted(self, claim: Claim, unit: str) -> str:
        """ "485,000 Nvidia Hopper chips", "48.5万颗Hopper芯片": the chips of a line the
        entity table knows (`counts`) are its kind, here GPUs."""
        if unit != "chip":
            return unit
        first = bisect_left(self.annotator.mention_starts, claim.start)
        inside = takewhile(lambda m: m.start < claim.end, self.annotator.mentions[first:])
        counted = (self.annotator.entities.counted_as(m.entity) for m in inside if m.kind == "chip")
        return next((c for c in counted if c), unit)

    def _pointed_back(self, claim: Claim, attribute: Attribute, unit: str) -> Attribute:
        """ "organisers said 430,000 marched, while police put the figure at 138,000",
        "而警方的数字则为33.8万人", "In 2021 was het 78,7 procent": a figure whose clause
        names no measure but points back at a figure is of that figure's measure (in its
        sentence or the one before, in the same unit). The last measured claim is
        remembered for the next one."""
        last = self._last_measured
        if attribute.generic and last is not None and self._points_back(claim, last[0], unit):
            attribute = last[1]
        elif attribute.generic and last is not None and self._change_of_before(claim, last[0]):
            changed = self.annotator.attributes.resolve(
                self.annotator.attributes.base_of(last[1]), unit, CHANGE
            )
            attribute = named_attribute(changed) if changed else attribute
        elif attribute.generic and claim.unit != "percent":
            attribute = self._named_before(claim, unit) or attribute
        if not attribute.generic:
            self._last_measured = (claim, attribute)
        return attribute

    def _change_of_before(self, claim: Claim, figure: Claim) -> bool:
        """ "… bei 35,4 Milliarden Euro. Das entspricht einer Verbesserung von 16
        Prozent", "… 146.391 auto's aan klanten. Dat is 6 procent minder dan vorig jaar":
        a percentage in a sentence that opens pointing back (`pointer_openers`) or names
        the figure ("Allerdings spiegelt diese Zahl einen Rückgang von 0,2 % wider";
        `figure_anaphora`), with a change named before it (`pointed_changes`) or a
        comparative right after it (`pointed_comparatives`), is the change of the figure
        the sentence before gave."""
        if claim.unit != "percent" or figure.unit == "percent":
            return False
        lang, text, lo = self.annotator.lang, self.annotator.text, claim.sentence[0]
        if not self._sentence_before(lo) <= figure.start < lo:
            return False
        pointer = self._pointer_opener(lo) or unit_words(lang).figure_anaphora.search(
            text, lo, claim.start
        )
        if pointer is None:
            return False
        change = listed("changes", "pointed_changes", lang, "")
        comparative = listed("changes", "pointed_comparatives", lang, "")
        after = SPACES.match(text, claim.end).end()
        return bool(
            change.search(text, pointer.end(), claim.start) or comparative.match(text, after)
        )

    def _named_before(self, claim: Claim, unit: str) -> Attribute | None:
        """The measure the sentence before names last, for a figure of a sentence that
        opens pointing back at it (`pointer_openers`: "Dat moet in totaal zo'n 800
        miljoen euro opleveren" after "… kosten te gaan besparen")."""
        lo = claim.sentence[0]
        if self._pointer_opener(lo) is None:
            return None
        before = (self._sentence_before(lo), lo)
        if before[0] == lo:
            return None
        named = self.annotator.keywords.attribute_of((lo, lo), before, unit, implied=False)
        return None if named.generic else named

    def _pointer_opener(self, lo: int) -> re.Match[str] | None:
        """The words that open the sentence starting at `lo` pointing back at the one
        before ("Das entspricht", "Dat moet"; `pointer_openers`), if any."""
        pattern = listed("changes", "pointer_openers", self.annotator.lang, "")
        return pattern.match(self.annotator.text, lo)

    def _sentence_before(self, lo: int) -> int:
        """Where the sentence before the one starting at `lo` starts (0 for the first)."""
        previous = bisect_left(self.annotator.sentence_starts, lo) - 1
        return self.annotator.sentence_starts[previous] if previous >= 0 else 0

    def _points_back(self, claim: Claim, figure: Claim, unit: str) -> bool:
        lo = max(claim.sentence[0], claim.start - ANAPHOR_REACH)
        pointers = (unit_words(self.annotator.lang).figure_anaphora, self.anaphora)
        if not any(pointer.search(self.annotator.text, lo, claim.start) for pointer in pointers):
            return False
        named = figure.sentence[0] >= self._sentence_before(claim.sentence[0])
        return (
            named
            and figure.unit == unit
            and "\n\n" not in self.annotator.text[figure.end : claim.start]
        )
