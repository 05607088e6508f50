"""unit-mismatch: the same subject and attribute in incompatible units; the same
distinctive number about the same subject with a different unit ("500 billion
parameters" in one source, "500 billion GPUs" in another); or one figure of one
measure in two units of a kind ("800 miles" against "800 km", "775.80 dollars"
against "€775.80"): a unit written wrong, since a conversion would change the number."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from factcheck.align import dimension_of
from factcheck.checks.attribution import significant_digits
from factcheck.checks.compare import round_figure
from factcheck.checks.context import CheckContext, describe
from factcheck.checks.params import CheckParams
from factcheck.checks.wording import unit_text
from factcheck.extraction.currencies import possible_currencies
from factcheck.extraction.patterns import phrase_trie
from factcheck.extraction.periods import share_no_day
from factcheck.extraction.unit_kinds import unit_families
from factcheck.extraction.units import unit_category, unit_words
from factcheck.models import Finding, ReportClaim

if TYPE_CHECKING:
    from factcheck.ruleset import Rule


# One number said of one subject in two units is a mismatch only for counted things
# (500 billion parameters, 500 billion GPUs); a car's 700 km and 700 hp are two specs.
COUNTED = "counted"
RATIOS = frozenset({"percent", "multiplier"})  # two ways to state one change
MEASURED = frozenset({"dimension", "duration"})  # units a pint conversion relates
MIN_PRICE_DIGITS = 3  # "$999" and "€999" may both be set; "775.80" in two currencies is a slip
IN_THE_NUMBER = frozenset({"multiplier", "rank", "ordinal"})  # units a number word writes
POSITIONS = frozenset({"rank", "ordinal"})  # where one stands in a measure, not a measure
MIN_AMOUNT = 1e6  # no price: "4.7 billion" euros and dollars are one figure, one unit wrong


class UnitMismatchParams(CheckParams):
    min_value: float = 100.0


def run(rule: Rule, context: CheckContext) -> list[Finding]:
    by_attribute: dict[tuple, list[ReportClaim]] = defaultdict(list)
    by_value: dict[tuple, list[ReportClaim]] = defaultdict(list)
    by_figure: dict[tuple, list[ReportClaim]] = defaultdict(list)
    for claim in context.selected(rule, context.claims.values()):
        if not claim.subject or claim.boilerplate or claim.label or claim.unit == "count":
            continue
        specific = claim.attribute is not None and not claim.attribute.generic
        if specific and claim.value is not None and abs(claim.value) >= rule.param("min_value"):
            # an earlier level too: "$380m" against "380 Millionen Euro im Vorjahr"
            by_figure[(claim.attribute, claim.topic, round_figure(claim.value))].append(claim)
        if claim.origin:
            continue
        if specific and not claim.conversion:  # its unit may be cut short: "每小时130英里(209公里)"
            by_attribute[(claim.subject, claim.attribute, claim.topic)].append(claim)
        counted = unit_category(claim.unit) == COUNTED and not claim.conversion
        if (
            counted
            and not claim.approx  # "about 300,000" people meets "30万户" by chance
            and not claim.bound  # "more than 1,000 dead" meets "逾千所房屋被毁" by chance
            and claim.value is not None
            and abs(claim.value) >= float(rule.param("min_value"))
        ):
            by_value[(claim.subject, round_figure(claim.value))].append(claim)
    found: dict[tuple[str, ...], Finding] = {}
    for members in (*by_attribute.values(), *by_value.values()):
        for finding in _mismatches(rule, context, members):
            found.setdefault(finding.claim_ids, finding)
    for members in by_figure.values():
        for finding in _slips(rule, context, members):
            found.setdefault(finding.claim_ids, finding)
    return list(found.values())


def _slips(rule: Rule, context: CheckContext, members: list[ReportClaim]) -> list[Finding]:
    """One figure of one measure in two units of a kind, said of one subject (or of a
    product and its family): the first claim in each unit (one sure of its subject
    first) against the others, each listed with every claim of its unit that speaks of
    the other's subject."""
    if len({c.unit for c in members}) < 2:
        return []
    members = [c for c in members if unit_written(c)]
    by_unit: dict[str, list[ReportClaim]] = defaultdict(list)
    for claim in sorted(members, key=lambda c: (not c.subject_sure, c.text, c.start, c.file or "")):
        by_unit[claim.unit].append(claim)
    units = list(by_unit.values())
    return [
        _finding(
            rule,
            context,
            a,
            b,
            slip=True,
            sides=(_like(context, left, b), _like(context, right, a)),
        )
        for i, left in enumerate(units)
        for right in units[i + 1 :]
        if (a := left[0]).file != (b := right[0]).file
        and one_kind(a, b)
        and not _either_currency(a, b)
        and not _dated_apart(a, b)
        and not _converted_by_chance(a, b)
        and context.one_subject(a, b)
    ]


def _converted_by_chance(a: ReportClaim, b: ReportClaim) -> bool:
    """Whether a source's conversion meets another source's figure: its digits are
    another figure's ("gusts exceeded 167 kph (103 mph)" against "gusts exceeding 103
    kilometres per hour" elsewhere). A draft's digits in a source's conversion are a
    slip all the same ("rund 52,4 Milliarden Euro" for "52,4 Milliarden US-Dollar")."""
    return (a.conversion or b.conversion) and "draft" not in (a.role, b.role)


def _dated_apart(a: ReportClaim, b: ReportClaim) -> bool:
    """Whether both figures state periods that cannot overlap: Adyen's "$1.27 billion"
    of its first half and "1,27 Milliarden Euro" of its second are two results that
    happen to share digits, not one written in the wrong currency."""
    return bool(a.time and b.time and share_no_day(a.time, b.time))


def _like(
    context: CheckContext, claims: list[ReportClaim], other: ReportClaim
) -> list[ReportClaim]:
    """The claims that speak of the subject of `other` (the first claim always does)."""
    return [c for c in claims if context.one_subject(c, other)]


def _either_currency(a: ReportClaim, b: ReportClaim) -> bool:
    """Whether one figure's currency is a generic word's (元 alone, read as the yuan)
    or a shared symbol's (¥: the yuan or the yen) that may stand for the other's: Hong
    Kong and Taiwan outlets write their dollars "元" too ("每股263元" of a Hong Kong
    listing against "每股263港元"), and an article on a Japanese company that names
    China writes its yen "¥" too."""
    return b.unit in possible_currencies(a) or a.unit in possible_currencies(b)


def unit_written(claim: ReportClaim) -> bool:
    """Whether the claim's text writes a unit ("863 aircraft", "238.9万辆", "$4bn",
    "485,000 Nvidia Hopper chips"), not a bare number or a generic noun ("766", "393
    units") whose unit its measure or its article implied: an implied unit is a
    guess, and a guess makes no mismatch. A multiplier, a rank or an ordinal is written
    by its number itself ("sixfold", "10x", "second-largest")."""
    return claim.unit in IN_THE_NUMBER or _writes_a_unit(claim.lang, claim.text)


@lru_cache(maxsize=1 << 16)  # a figure's text recurs across the groups it is in
def _writes_a_unit(lang: str, text: str) -> bool:
    return _unit_spellings(lang).search(text) is not None


@cache
def unit_spellings(lang: str) -> dict[str, str]:
    """Every unit word, symbol and prefix of the language, with its unit, but the
    generic nouns ("units", "Einheiten", "台")."""
    words = unit_words(lang)
    tables = (words.lookup, words.symbols, words.prefixes)
    return {w: u for table in tables for w, u in table.items() if u not in words.generic}


@cache
def _unit_spellings(lang: str) -> re.Pattern[str]:
    return re.compile(phrase_trie(set(unit_spellings(lang)), ignore_case=True), re.IGNORECASE)


def one_kind(a: ReportClaim, b: ReportClaim) -> bool:
    """Two units of one kind: two lengths, or two currencies when the figure is too
    precise to be one price set in each (775.80, not 999) or is an amount no price is
    (a net profit of 4.7 billion: euros in one source, dollars in another)."""
    if unit_category(a.unit) == unit_category(b.unit) == "currency":
        if a.value is None:
            return False
        digits = significant_digits(a.value)
        return digits >= MIN_PRICE_DIGITS or (digits >= 2 and abs(a.value) >= MIN_AMOUNT)
    measured = unit_category(a.unit) in MEASURED
    return measured and dimension_of(a.unit) == dimension_of(b.unit)


def _mismatches(rule: Rule, context: CheckContext, members: Iterable[ReportClaim]) -> list[Finding]:
    members = list(members)
    if len({dimension_of(c.unit) for c in members}) < 2:
        return []
    by_dimension: dict[str, ReportClaim] = {}
    written = (c for c in members if unit_written(c))
    for claim in sorted(written, key=lambda c: (c.text, c.start, c.file or "")):
        by_dimension.setdefault(dimension_of(claim.unit), claim)
    firsts = list(by_dimension.values())
    return [
        _finding(rule, context, a, b)
        for i, a in enumerate(firsts)
        for b in firsts[i + 1 :]
        if a.file != b.file
        and comparable_units(a.unit, b.unit)
        and not (a.attribute == b.attribute and context.one_measure(a, b))
    ]


def comparable_units(a: str, b: str) -> bool:
    """Whether two different units make a mismatch: not two currencies (they need a
    rate, not a correction), not a family and its member ("chips" and "GPUs"), not a
    percentage and a multiplier (a rise of 200 % is threefold), and never a position
    against a measure: "位居第二" and "20.99%" of the vote are both true."""
    if unit_category(a) == unit_category(b) == "currency" or POSITIONS & {a, b}:
        return False
    if {_ratio_kind(a), _ratio_kind(b)} == RATIOS:
        return False
    families = unit_families()
    return not (b in families.get(a, ()) or a in families.get(b, ()))


def _ratio_kind(unit: str) -> str:
    return unit if unit == "multiplier" else unit_category(unit)


def _finding(
    rule: Rule,
    context: CheckContext,
    a: ReportClaim,
    b: ReportClaim,
    slip: bool = False,
    sides: tuple[list[ReportClaim], list[ReportClaim]] | None = None,
) -> Finding:
    # one number in two units is a slip whatever the period: only the subjects count,
    # and for a slip of a distinctive figure (9,670 ha, 9,670 km²) not even they
    distinctive = slip and a.value is not None and significant_digits(a.value) >= 3
    confidence = "high" if distinctive or (a.subject_sure and b.subject_sure) else "low"
    about = context.about((a.subject, a.attribute, a.topic or "", "")) if a.subject else ""
    units = f"{unit_text(a.unit)} and {unit_text(b.unit)}"
    why = f"{units} cannot both be right"
    if slip:
        why = f"the same figure in {units}: a unit written wrong?"
    return Finding(
        rule=rule.id,
        kind=rule.check,
        severity=context.severity(rule, confidence, within=False, claims=(a, b)),
        message=f"{about}: {describe(a)} vs {describe(b)}: {why}",
        claim_ids=tuple(c.id for side in sides for c in side) if sides else (a.id, b.id),
        confidence=confidence,
        first_side=len(sides[0]) if sides else 0,
    )
