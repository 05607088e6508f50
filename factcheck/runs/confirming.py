"""Which source figures confirm a draft's figure: what a check calls "supported".

A source of the draft's own group (same subject, attribute, topic and period) that
agrees confirms it. Weaker sources confirm only a figure no source contradicts:
- a bound of the group that the draft does not state as one ("more than 17,700"
  meets the draft's "17,975", and says nothing against a transposed digit);
- a figure that states no period but was published within the draft's period or
  soon after ("1.57 million cars", reported on 2 January 2024, for the draft's 2023);
- the same figure said of what the draft's subject belongs to or is a version of
  (the SU7 Max's 101 kWh, said of the SU7 or of Xiaomi). Never of a sibling: the SU7
  Max's 2.78 seconds confirm nothing about the SU7 Pro.

A figure the draft leaves half-described (no subject, or no word for what it
measures) is confirmed by the same distinctive figure in a source ("16.546" of
Turkey, where a source gives 16,546 deaths in Turkey), when nothing stated on either
side tells them apart: no two sure subjects, measures or periods that differ.
"""

from __future__ import annotations

from collections.abc import Iterable

from factcheck.align import block_key
from factcheck.annotation.entities import EntityTable
from factcheck.checks.agreement import agreeing
from factcheck.checks.attribution import significant_digits
from factcheck.checks.candidates import MIN_SAME_FIGURE_DIGITS
from factcheck.checks.compare import bound_side, digit_place, to_base, within_rounding
from factcheck.checks.sides import in_words_alone
from factcheck.extraction.periods import REPORTING_SEASON, reported_after
from factcheck.extraction.units import unit_category
from factcheck.models import Attribute, Finding, Group, ReportClaim, Subject
from factcheck.ruleset import Rule

Block = tuple[Subject, Attribute, str | None, str]


class Confirmations:
    """The groups of one draft check, looked up by block and period."""

    def __init__(
        self,
        claims: dict[str, ReportClaim],
        groups: Iterable[Group],
        entities: EntityTable,
        rule: Rule | None,
    ) -> None:
        self.claims, self.entities, self.rule = claims, entities, rule
        self.members: dict[str, list[str]] = {}
        self.group_of: dict[str, Group] = {}
        self.by_block: dict[tuple[Block, str | None], list[str]] = {}
        self.any_period: dict[Block, list[str]] = {}
        self.periods: dict[Block, dict[str, list[str]]] = {}  # each dated group's members
        self.by_figure: dict[tuple, list[str]] = {}
        for claim in claims.values():
            if claim.role == "source" and claim.value is not None and claim.compared:
                self.by_figure.setdefault((claim.low, claim.high), []).append(claim.id)
        for group in groups:
            self.members[group.id] = list(group.claim_ids)
            self.by_block[(_block(group), group.time)] = list(group.claim_ids)
            self.any_period.setdefault(_block(group), []).extend(group.claim_ids)
            if group.time is not None:
                self.periods.setdefault(_block(group), {})[group.time] = list(group.claim_ids)
            for claim_id in group.claim_ids:
                self.group_of[claim_id] = group

    def add(self, owned: Iterable[ReportClaim]) -> None:
        """Source claims looked up for their subject only (what a draft's subjects
        belong to): no rule ran over them; they are found here by block and period."""
        for claim in owned:
            key = block_key(claim)
            if key is not None and claim.id not in self.claims:
                self.claims[claim.id] = claim
                subject, attribute, topic, dimension = key
                block = (subject, attribute, topic or None, dimension)
                self.by_block.setdefault((block, claim.time), []).append(claim.id)

    def same_group(self, claim: ReportClaim) -> list[str]:
        """Source claims of the draft claim's own group that agree with it and state a
        figure as it does (a bound, "more than 17,700", only meets "17,975")."""
        group = self.group_of.get(claim.id)
        return self._restating(claim, self.members[group.id]) if group else []

    def reported_otherwise(self, claim: ReportClaim, agreeing: list[str]) -> list[str]:
        """For a draft figure given to a reporter ("nach Polizeiangaben … 430.000
        Menschen") whose agreeing sources all give it to another (the organisers'
        43万): the figures the same articles give that reporter (the police's 13.8万
        beside it). None when a source agrees and names no reporter or the same one."""
        reporter, group = claim.reported_by, self.group_of.get(claim.id)
        agreeing = [i for i in agreeing if not in_words_alone(self.claims[i])]  # "上萬人"
        theirs = {self.claims[i].reported_by for i in agreeing}
        if reporter is None or group is None or not theirs or reporter in theirs or None in theirs:
            return []
        files = {self.claims[i].file for i in agreeing}
        return [
            i
            for i in self.members[group.id]
            if self.claims[i].file in files
            and self.claims[i].role == "source"
            and self.claims[i].reported_by == reporter
        ]

    def in_any_period(self, claim: ReportClaim) -> list[str]:
        """Source claims of the draft claim's block, whatever period they state, that
        agree with it as `same_group` does: for a figure that names no period nor day."""
        group = self.group_of.get(claim.id)
        if group is None or claim.time or claim.as_of:
            return []
        return self._restating(claim, self.any_period.get(_block(group), []))

    def _restating(self, claim: ReportClaim, members: list[str]) -> list[str]:
        """The sources among `members` that agree with the claim and state a figure as
        it does (a bound, "more than 17,700", only meets "17,975")."""
        found = self._agreeing(claim, members)
        return [i for i in found if not _bound_only(claim, self.claims[i])]

    def weaker(self, claim: ReportClaim) -> list[str]:
        """Agreeing sources published in or after the claim's period without stating
        one, and agreeing figures said of its owner or of the product it is a version of."""
        group = self.group_of.get(claim.id)
        if group is None:
            return []
        found = [i for i in self.members[group.id] if _bound_only(claim, self.claims[i])]
        for block in [_block(group), *self._owner_blocks(group)]:
            if block != _block(group):
                found += self.by_block.get((block, group.time), [])
            if group.time is not None and not self._dated_otherwise(claim, block, group.time):
                undated = self.by_block.get((block, None), [])
                found += [i for i in undated if self._published_in(group.time, i)]
        return self._agreeing(claim, list(dict.fromkeys(found)))

    def _dated_otherwise(self, claim: ReportClaim, block: Block, period: str) -> bool:
        """Sources date the draft's figure to another period of its block (Unilever's
        60.8 billion to 2024, where the draft has the fourth quarter): the outlets that
        give it undated gave that period's figure, and confirm nothing of the draft's."""
        dated = (ids for time, ids in self.periods.get(block, {}).items() if time != period)
        return any(self._agreeing(claim, ids) for ids in dated)

    def undated(self, claim: ReportClaim, disputing: list[Finding]) -> list[str]:
        """Agreeing sources of the claim's block that state no period, whenever they were
        published: what weighs against undated sources that dispute a dated figure
        (`undated_against`). None when a disputing source was published within the
        period or soon after: then only sources as timely confirm it (`weaker`)."""
        group = self.group_of.get(claim.id)
        against = (i for finding in disputing for i in finding.opposite(claim.id))
        timely = any(
            self.claims[i].role == "source" and self.reported_in(claim, i) for i in against
        )
        if group is None or group.time is None or timely:
            return []
        return self._agreeing(claim, self.by_block.get((_block(group), None), []))

    def undated_against(self, finding: Finding, claim: ReportClaim) -> bool:
        """Whether every source the finding holds against a dated draft figure states
        no period: it stands no firmer than a weaker confirmation would. Two undated
        sources that disagree (240.7 million hectolitres, and "240,7 hectoliter")
        dispute each other, not the draft that restates one of them."""
        against = (self.claims[i] for i in finding.opposite(claim.id))
        sources = [c for c in against if c.role == "source"]
        return claim.time is not None and bool(sources) and all(c.time is None for c in sources)

    def reported_later(self, claim: ReportClaim) -> list[str]:
        """Sources of the draft figure's block that state no period, name their
        subject and were published soon after the draft's period ended, when they
        agree among themselves and none agrees with the draft: the figure those
        outlets reported for the period just closed ("Netflix's revenue was $9.82
        billion", published in October, against the draft's third quarter)."""
        group = self.group_of.get(claim.id)
        if group is None or group.time is None or group.attribute.generic:
            return []
        found = [
            i
            for i in self.by_block.get((_block(group), None), [])
            if self.claims[i].role == "source"
            and self.claims[i].subject_sure
            and self.claims[i].value is not None  # no vague range ("hundreds of millions")
            and reported_after(group.time, self.claims[i].as_of, False, REPORTING_SEASON)
        ]
        if not found or self._agreeing(claim, found):
            return []
        first, *rest = (self.claims[i] for i in found)
        return found if all(agreeing(self.rule, first, other) for other in rest) else []

    def same_figure(self, claim: ReportClaim) -> list[str]:
        """Sources stating the draft's distinctive figure in its unit (a bare number in
        any counted one), of a subject, measure and period that nothing stated sets
        apart from the draft's own."""
        if claim.value is None or significant_digits(claim.value) < MIN_SAME_FIGURE_DIGITS:
            return []
        group = self.group_of.get(claim.id)
        if group and group.time and self._dated_otherwise(claim, _block(group), group.time):
            return []
        found = self.by_figure.get((claim.low, claim.high), [])
        return [i for i in found if self.undivided(claim, self.claims[i])]

    def undivided(
        self,
        claim: ReportClaim,
        source: ReportClaim,
        any_unit: bool = False,
        any_time: bool = False,
    ) -> bool:
        """Nothing stated tells the two figures apart: unit (unless `any_unit`), period
        (unless `any_time`), measure, subject."""
        units = {claim.unit, source.unit}
        counted = "count" in units and any(unit_category(u) == "counted" for u in units)
        if claim.unit != source.unit and not counted and not any_unit:
            return False
        apart = claim.time and claim.time != source.time and not any_time
        if apart and not self._reported_after(claim, source):
            return False
        measures = (claim.attribute, source.attribute)
        if all(a is not None and not a.generic for a in measures) and len(set(measures)) > 1:
            return False
        if not (claim.subject and source.subject and claim.subject_sure and source.subject_sure):
            return True
        if source.summed and claim.subject != source.subject:
            return False  # the group's total is no member's figure
        return self._related(claim.subject, source.subject)

    def _reported_after(self, claim: ReportClaim, source: ReportClaim) -> bool:
        """A source that states no period, published in the draft's or soon after."""
        return not source.time and self._published_in(claim.time or "", source.id)

    def _related(self, draft: Subject, source: Subject) -> bool:
        """The same subject, a member of a joint one, what it belongs to, or a product
        of it (the draft's "Xiaomi" price that a source gives the SU7 Max); never a
        sibling."""
        if draft == source:
            return True
        up = {owner for name in draft for owner in (name, *self.entities.owners(name))}
        down = {owner for name in source for owner in (name, *self.entities.owners(name))}
        return bool(up & set(source)) or bool(down & set(draft))

    def _owner_blocks(self, group: Group) -> list[Block]:
        subject = group.subject
        if subject.joint:
            return []
        _, attribute, topic, dimension = _block(group)
        return [
            (Subject((owner,)), attribute, topic, dimension)
            for owner in self.entities.owners(subject[0])
        ]

    def reported_in(self, claim: ReportClaim, source_id: str) -> bool:
        """Whether the source was published in the claim's period or soon after."""
        return claim.time is not None and self._published_in(claim.time, source_id)

    def _published_in(self, period: str, claim_id: str) -> bool:
        day = self.claims[claim_id].as_of
        return day is not None and reported_after(period, day)

    def _agreeing(self, claim: ReportClaim, members: list[str]) -> list[str]:
        sources = (i for i in members if self.claims[i].role == "source")
        return [
            i
            for i in sources
            if agreeing(self.rule, claim, self.claims[i])
            and _within_rounding(claim, self.claims[i])
        ]


def _within_rounding(claim: ReportClaim, source: ReportClaim) -> bool:
    """A hedged source confirms an exact draft figure only within its own rounding:
    "rund 340 Dollar" is 335 to 345, no confirmation of a close at 348.33."""
    if not source.approx or claim.approx or claim.bound or claim.value is None:
        return True
    place = digit_place(source)
    if place is None or source.value is None:
        return True
    ours = claim.value * to_base(claim.unit)[0]
    theirs = source.value * to_base(source.unit)[0]
    return within_rounding(ours - theirs, place)


def _bound_only(claim: ReportClaim, source: ReportClaim) -> bool:
    """A source bound that the draft does not state the same way round."""
    side = bound_side(source)
    return side is not None and side != bound_side(claim)


def _block(group: Group) -> Block:
    return (group.subject, group.attribute, group.topic, group.dimension)
