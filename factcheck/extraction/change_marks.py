"""Whether a figure states a change rather than a level: the words before and after
it (`lexicon/changes.yaml`), a sign, or a bound after a "by". One shape needs more than
the words right beside the number: a Chinese verb of adding before the counted noun
("净新增用户4100万").
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from factcheck.extraction.patterns import NEVER, alternation
from factcheck.extraction.units import unit_category
from factcheck.lexicon import by_language, load_table

if TYPE_CHECKING:
    from factcheck.extraction.growth import Quantity
    from factcheck.extraction.numeral import Numeral
    from factcheck.extraction.scanner import Scan

NOUN_GAP = 12  # characters before a number that a Chinese verb and its noun may take
VERB_BY_REACH = 60  # characters between a verb of change and the "by" before its figure
BY_REACH = 6  # " by ", " met ": right before the figure
FRACTION_SPREAD = 0.1  # "two thirds" of a fall is 60-73 %: a fraction in words is rounded


def mark_change(scan: Scan, quantity: Quantity) -> None:
    """'rose 3 %', 'stieg um 2 Prozent', '增长 11%' state a change, not a level; so does
    a sign, except on a temperature ("-10 °C" is a level). A bound after the verb makes
    the figure the level reached ("the toll rose above 2,000"), unless it is a share or a
    ratio ("rose more than 30%") or follows a "by" (`change_by_to`): by that much."""
    if quantity.change and unit_category(quantity.unit or "count") == "temperature":
        quantity.change = False
    elif quantity.change and unit_category(quantity.unit or "count") == "currency":
        lo = max(0, quantity.start - 25)  # "stood at minus €163 million": a level
        quantity.change = _signed_level(scan.lang).search(scan.work, lo, quantity.start) is None
    elif not quantity.change:
        work = scan.work
        g, before = scan.g, max(0, quantity.start - 25)
        unit = quantity.unit or "count"
        relative = unit == "multiplier" or unit_category(unit) == "percent"
        if quantity.bound and not relative and g.bound_start.match(work, quantity.start):
            by = g.change_by_to.search(work, before, quantity.start) is not None
            after = bool(g.change_after.match(work, quantity.end))  # "ruim 41 miljoen … erbij"
            quantity.change = by or after or _added(work, scan.lang, quantity.start)
            return  # "rose above 2,000" reached a level; "rose by more than 2,000" did not
        start = quantity.start
        cue = g.change_before.search(work, before, start)
        if cue is not None and g.no_change_before.search(work, before, start):
            cue = None  # "set up 17,975 polling stations": a verb's particle
        quantity.change = cue is not None or bool(g.change_after.match(work, quantity.end))
        quantity.change = quantity.change or bool(g.compared_before.search(work, before, start))
        if not quantity.change and g.change_particle.match(work, quantity.end):
            quantity.change = g.change_by.search(work, before, start) is not None
        if not quantity.change and relative and _to_a_figure(scan.lang).match(work, quantity.end):
            quantity.change = g.change_by.search(work, before, start) is not None
        quantity.change = quantity.change or _added(work, scan.lang, quantity.start)
        quantity.change = quantity.change or _changed_by(work, scan.lang, start)


def share_of_change(scan: Scan, quantity: Quantity, numeral: Numeral) -> None:
    """ "sackte um zwei Drittel ab", "fell by half", "daalde met een derde": a change by
    a fraction is that share of the level, a percentage comparable with "down 64 %".
    Written in words it is rounded, so it spans a tenth of itself either way."""
    if not (quantity.change and quantity.unit == "count" and 0 < quantity.low < 1):
        return
    if not written_fraction(scan, numeral):
        return  # "zero point zero eight" is no fraction of anything
    share = quantity.low * 100
    quantity.unit, quantity.approx, quantity.is_range = "percent", True, True
    quantity.low = round(share * (1 - FRACTION_SPREAD), 2)
    quantity.high = round(share * (1 + FRACTION_SPREAD), 2)


def written_fraction(scan: Scan, numeral: Numeral) -> bool:
    """Whether the numeral is a proper fraction written as one ("zwei Drittel", "1/3",
    "三分之一"), not a decimal ("zero point five")."""
    if not 0 < numeral.value < 1:
        return False
    if numeral.kind == "fraction":
        return True
    written = scan.work[numeral.start : numeral.end]
    return numeral.words and _fraction_words(scan.lang).search(written) is not None


@cache
def _fraction_words(lang: str) -> re.Pattern[str]:
    """The words of a fraction ("Drittel", "half", "derde", "一半")."""
    table = load_table("fractions")
    found = [w for row in table["denominators"] + table["words"] for w in by_language(row, lang)]
    return (
        re.compile(alternation(found, word_edges=lang != "zh"), re.IGNORECASE) if found else NEVER
    )


def _changed_by(work: str, lang: str, start: int) -> bool:
    """A verb of change, the words of one clause, then a "by" word right before the
    figure (`verb_then_by`): "cut Toyota's operating profit by 745 billion yen". The
    "by" is looked for first: most figures follow none."""
    by, verbs = _verb_then_by(lang)
    found = by.search(work, max(0, start - BY_REACH), start)
    if found is None:
        return False
    return verbs.search(work, max(0, start - VERB_BY_REACH), found.start()) is not None


@cache
def _verb_then_by(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The "by" words right before a figure, and a verb of change with the clause's words
    after it up to the "by"."""
    row = load_table("changes").get("verb_then_by", {}).get(lang)
    if not row:
        return NEVER, NEVER
    by = re.compile(rf"\s(?:{alternation(row['by'])})\s+$", re.I)
    verbs = re.compile(rf"(?:{alternation(row['verbs'])})[^,;:.!?()\n]*$", re.I)
    return by, verbs


def _added(work: str, lang: str, start: int) -> bool:
    """ "净新增用户4100万", "新增付费会员1891万": a verb of adding, then the noun (up to
    four characters, `verb_noun_before`) before the figure at `start`: a change."""
    return _noun_gap(lang).search(work, max(0, start - NOUN_GAP), start) is not None


@cache
def _noun_gap(lang: str) -> re.Pattern[str]:
    verbs = by_language(load_table("changes").get("verb_noun_before", {}), lang)
    return re.compile(rf"(?:{alternation(verbs)})[\u4e00-\u9fff]{{0,4}}\s*$" if verbs else "(?!)")


@cache
def _signed_level(lang: str) -> re.Pattern[str]:
    """A level word right before a signed amount (`signed_level_before`), its sign
    between when the amount's currency stands before it ("at minus €163 million")."""
    words = by_language(load_table("changes").get("signed_level_before", {}), lang)
    minus = by_language(load_table("number_words").get("minus", {}), lang)  # "minus", "min", "负"
    edge = r"\s*" if lang == "zh" else r"\s+"
    sign = rf"(?:[-+−]|{alternation(minus)})\s?" if minus else r"[-+−]\s?"
    return re.compile(rf"(?:{alternation(words)}){edge}(?:{sign})?$", re.I)


@cache
def _to_a_figure(lang: str) -> re.Pattern[str]:
    """A "to" word and another figure right after a share ("… met 45 procent tot 1,7
    miljard euro"), up to two words before that figure's digits (`to_after_by`)."""
    words = by_language(load_table("changes").get("to_after_by", {}), lang)
    if not words:
        return re.compile("(?!)")
    return re.compile(rf"\s+(?:{alternation(words)})\s+(?:[^\W\d_]+\s+){{0,2}}[-+]?\d", re.I)
