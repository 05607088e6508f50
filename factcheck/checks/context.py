"""What every check sees: the report's claims, blocked, plus how to describe them."""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from factcheck.align import BlockKey, block_order, blocks
from factcheck.annotation.names import is_short_name, written_alike
from factcheck.checks.wording import amount
from factcheck.extraction.periods import first_day, period_days
from factcheck.extraction.units import unit_category
from factcheck.models import Confidence, ReportClaim, Severity, Subject

if TYPE_CHECKING:
    from factcheck.knowledge import Knowledge
    from factcheck.ruleset import Rule


Granularity = Literal["day", "period", "event", "static"]
UNDATED = "undated"  # the time key of a figure with no period and no document date
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")  # a date that names the day
MONTH = re.compile(r"\d{4}-\d{2}")  # one that names the month at least
EARLY_YEAR_END = 3  # a fiscal year ending by March is named by its start year too
RESTATED_KINDS = frozenset({"currency", "percent"})  # what a later report restates
RESTATED_AFTER_DAYS = 366  # a period's figure published later may be a restated comparative


@dataclass(frozen=True)
class Setup:
    """What the checks know besides the claims: related names (never merged) and the
    top of each name's line (`families`), how long each attribute's figures hold
    (`granularity`) and what to call them (`labels`).
    Small and picklable: the Dask engine sends it to every worker."""

    related: tuple[tuple[str, str], ...] = ()
    granularity: dict[str, Granularity] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    running: frozenset[str] = frozenset()
    estimated: frozenset[str] = frozenset()
    per_share: frozenset[str] = frozenset()
    several: frozenset[str] = frozenset()
    parties: frozenset[str] = frozenset()  # a party's measures: a country is no sure subject
    planned: frozenset[str] = frozenset()
    moving: frozenset[str] = frozenset()
    versioned: frozenset[str] = frozenset()
    units: dict[str, frozenset[str]] = field(default_factory=dict)
    places: frozenset[str] = frozenset()
    companies: frozenset[str] = frozenset()  # organisations neither parties nor a country's
    listed: frozenset[str] = frozenset()  # the entity table's ids
    families: dict[str, str] = field(default_factory=dict)
    keyword_topics: frozenset[str] = frozenset()  # "gpus", "ai": what a word names
    # another accounting of a measure -> the measure, and whether it is one of changes:
    # adjusted profit -> (profit, False), organic revenue growth -> (revenue, True)
    variants: dict[str, tuple[str, bool]] = field(default_factory=dict)
    bases: dict[str, str] = field(default_factory=dict)  # each measure -> its attribute
    # the companies whose fiscal year ends in its first quarter (Toyota's in March)
    early_year_ends: frozenset[str] = frozenset()

    @property
    def static(self) -> frozenset[str]:
        """The attributes whose figures hold for all time (a car's range)."""
        return frozenset(a for a, kind in self.granularity.items() if kind == "static")

    @classmethod
    def of(cls, knowledge: Knowledge) -> Setup:
        definitions = knowledge.attributes.attributes.values()
        return cls(
            related=_related_pairs(knowledge),
            granularity={a.id: getattr(a, "granularity", "period") for a in definitions},
            labels=knowledge.attributes.labels,
            running=_flagged(definitions, "running"),
            estimated=_flagged(definitions, "estimated"),
            per_share=_flagged(definitions, "per_share"),
            several=frozenset(m.name for m in knowledge.attributes.measures.values() if m.several),
            parties=frozenset(
                m.name for m in knowledge.attributes.measures.values() if m.base.party
            ),
            planned=knowledge.attributes.planned,
            moving=frozenset(
                m.name for m in knowledge.attributes.measures.values() if m.base.moves
            ),
            versioned=_sold_in_versions(knowledge),
            units={a.id: frozenset(a.units) for a in definitions},
            places=frozenset(
                e.id for e in knowledge.entities.entities.values() if e.kind == "place"
            ),
            companies=frozenset(
                e.id
                for e in knowledge.entities.entities.values()
                if e.kind == "organization" and e.serves is None and e.percent_of is None
            ),
            listed=frozenset(knowledge.entities.entities),
            families=_families(knowledge),
            keyword_topics=frozenset(knowledge.attributes.topic_order),
            variants=knowledge.attributes.variants,
            bases=knowledge.attributes.bases,
            early_year_ends=frozenset(
                e.id
                for e in knowledge.entities.entities.values()
                if (e.fiscal_year_ends or 12) <= EARLY_YEAR_END
            ),
        )


@dataclass
class CheckContext:
    """The claims, blocked, and the `Setup` the checks read."""

    claims: dict[str, ReportClaim]
    group_of: dict[str, str] = field(default_factory=dict)
    setup: Setup = field(default_factory=Setup)

    def __post_init__(self) -> None:
        self._name_languages: dict[str, set[str]] | None = None
        self._accounted_apart = {
            (c.subject, *self.setup.variants[c.attribute.name])
            for c in self.claims.values()
            if c.attribute is not None and c.attribute.name in self.setup.variants
        }
        # Only specific attributes are compared: a generic one ("currency:USD") says
        # nothing about what the figure measures.
        compared = blocks(
            c for c in self.claims.values() if not c.attribute or not c.attribute.generic
        )
        self.blocks: dict[BlockKey, list[ReportClaim]] = dict(
            sorted(compared.items(), key=lambda kv: block_order(kv[0]))
        )
        # A draft check needs only the blocks a draft figure is in: the sources' own
        # disagreements elsewhere are no verdict on the draft.
        if any(c.role == "draft" for c in self.claims.values()):
            self.blocks = {
                key: members
                for key, members in self.blocks.items()
                if any(c.role == "draft" for c in members)
            }
        # value-conflict leaves to scale-error the pairs its factors explain, if it runs
        self.scale_rule: Rule | None = None
        self._related = {frozenset(pair) for pair in self.setup.related}
        self.granularity, self.labels = self.setup.granularity, self.setup.labels
        # Results one check computes and another with the same settings reuses
        # (value-conflict and scale-error classify the same pairs).
        self.memo: dict[Hashable, Any] = {}
        self._described: dict[str, str] = {}

    def describe(self, claim: ReportClaim) -> str:
        """`describe(claim)`, once per claim: a claim can sit in thousands of findings."""
        text = self._described.get(claim.id)
        if text is None:
            text = self._described[claim.id] = describe(claim)
        return text

    def selected(self, rule: Rule, claims: Iterable[ReportClaim]) -> list[ReportClaim]:
        selector = rule.selector
        if not (selector.attributes or selector.units or selector.subjects):
            return list(claims)  # the shipped rules select everything
        return [c for c in claims if selects(rule, c)]

    def selected_blocks(self, rule: Rule) -> Iterator[tuple[BlockKey, list[ReportClaim]]]:
        """Blocks with two claims or more (from one document too: a headline against
        its own article)."""
        for key, members in self.blocks.items():
            chosen = self.selected(rule, members)
            if len(chosen) >= 2:
                yield key, chosen

    def time_key(self, claim: ReportClaim) -> str:
        """The time a figure speaks for, as its attribute counts time: nothing for a
        static fact (but the period of one dated long before its article: another
        event's), else the stated period, else the date it was published (figures
        published on different days may both be right: a toll revised, a price moved).
        An event's figure (a vote's turnout) is restated for days after it, and a
        period's figure that names no period is of the latest one reported (a profit
        published on the 25th and one of the same month with no day given): the month
        it was published in stands for both. A day's figure (a toll, a price) keeps
        its day."""
        kind = self._granularity(claim)
        if kind == "static":
            return claim.time if _long_before(claim) else ""
        if claim.time:
            return claim.time
        if not claim.as_of:
            return UNDATED
        return f"as of {claim.as_of[:7] if kind in ('event', 'period') else claim.as_of}"

    def _granularity(self, claim: ReportClaim) -> Granularity:
        attribute = claim.attribute
        return self.granularity.get(attribute.name or "", "period") if attribute else "period"

    def about(self, key: BlockKey) -> str:
        """ "BYD / deliveries / in China" for messages: no internal labels."""
        subject, attribute, topic, _ = key
        label = self.labels.get(attribute.name or "", attribute.name or "figures")
        if attribute.generic:
            label = f"{attribute.category} figures"
        return f"{subject.readable()} / {label}" + (f" / {topic}" if topic else "")

    def confidence(self, claims: Iterable[ReportClaim]) -> Confidence:
        """High when every claim names its subject, states its period (or needs none)."""
        claims = list(claims)
        drafted = _drafted(claims)
        return "high" if all(self.is_sure(c, drafted) for c in claims) else "low"

    def sides_confidence(self, *sides: list[ReportClaim], one_moment: bool = False) -> Confidence:
        """High when each side of a disagreement has a claim that is sure of its subject
        and period (of its subject alone when the sides speak of `one_moment`): one sure
        pair makes the finding sure; the others are listed with it."""
        drafted = one_moment or _drafted([c for side in sides for c in side])
        sure = all(any(self.is_sure(c, drafted) for c in side) for side in sides)
        return "high" if sure else "low"

    def is_sure(self, claim: ReportClaim, drafted: bool = False) -> bool:
        """Sure of its subject and of its period. Against a draft only the subjects
        count: the draft's figure is held against what each source says, whatever
        period the source speaks of, as its editor meant it. A figure of one of several
        events (`several`) is never sure of which one it is, nor one of a measure
        accounted two ways (`_either_accounting`), nor a party's measure said of a
        country or a company (`parties`)."""
        if claim.attribute is not None and claim.attribute.name in self.setup.several:
            return False  # one aftershock's magnitude against another's
        party = claim.attribute is not None and claim.attribute.name in self.setup.parties
        if party and (self.is_place(claim.subject) or self._a_company(claim.subject)):
            return False  # "自由党赢得169席": the party is not named, Canada is no party
        if self._either_accounting(claim):
            return False
        return claim.subject_sure and (drafted or not self._undated(claim))

    def reported_long_after(self, claim: ReportClaim) -> bool:
        """A period's figure published more than a year after the period ended: a later
        report's comparative ("2024: €20.1 billion" in the 2025 results), which is often
        restated for the later scope (a business spun off, an accounting change). Only
        results are restated: money and shares, not a count of GPUs or staff."""
        restated = unit_category(claim.unit) in RESTATED_KINDS
        return restated and self._granularity(claim) == "period" and _long_before(claim)

    def _either_accounting(self, claim: ReportClaim) -> bool:
        """A figure named without its measure's `variant` ("profit") of a subject whose
        figures of the variant appear too ("non-IFRS profit"): it may be either. A
        variant of changes ("grew 6% organically") leaves the levels sure."""
        name = claim.attribute.name if claim.attribute is not None else None
        if not self._accounted_apart or name is None or name in self.setup.variants:
            return False
        base = self.setup.bases.get(name)
        apart = self._accounted_apart
        return (claim.subject, base, False) in apart or (
            claim.change and (claim.subject, base, True) in apart
        )

    def _undated(self, claim: ReportClaim) -> bool:
        """No period stated where one is needed; a day's figure (a market value, a
        toll) is dated by its publication date, when that names the day."""
        key = self.time_key(claim)
        if key == UNDATED:
            return True
        if not key.startswith("as of"):
            return False
        kind, as_of = self._granularity(claim), claim.as_of or ""
        if kind == "event":  # the month of publication stands for the event
            return not MONTH.match(as_of)
        return not (kind == "day" and DAY.fullmatch(as_of))

    def severity(
        self,
        rule: Rule,
        confidence: Confidence,
        within: bool,
        claims: Iterable[ReportClaim] = (),
    ) -> Severity:
        """The rule's severity when the finding is sure, an error down to a warning
        within one document; an unsure finding is information, never an alarm."""
        if confidence == "low":
            return "info"
        if rule.severity == "error" and within:
            return "warning"
        return rule.severity

    def names_fiscal_years_two_ways(self, subject: Subject | None) -> bool:
        """Whether the subject's fiscal year ends in the first months of a calendar
        year, so outlets name it by the year it starts in or the one it ends in
        (Toyota's year to March 2025 is "fiscal 2024" and FY2025)."""
        early, families = self.setup.early_year_ends, self.setup.families
        return subject is not None and any(
            name in early or families.get(name) in early for name in subject
        )

    def moves(self, claim: ReportClaim) -> bool:
        """Whether the claim's measure is a market price (`moves: true`)."""
        return claim.attribute is not None and claim.attribute.name in self.setup.moving

    def coarse_moment(self, claim: ReportClaim) -> bool:
        """A market price dated only by a year, quarter, half or month ("市值在2023年约为
        5000亿美元", "in juni 2024"): two of them may be of two days weeks apart, so they
        make no sure conflict (a scale slip, a thousandfold, is no move of the market).
        A milestone's month is its date."""
        if not self.moves(claim):
            return False
        key = self.time_key(claim)
        if not key or key.startswith("as of") or DAY.fullmatch(key):
            return False
        return not (claim.milestone and MONTH.fullmatch(key))

    def is_planned(self, claim: ReportClaim) -> bool:
        """A plan or forecast for a period (`planned`), revised until the period ends."""
        return claim.attribute is not None and claim.attribute.name in self.setup.planned

    def is_running(self, claim: ReportClaim) -> bool:
        """A count kept while it grows (a toll), revised through the day."""
        return claim.attribute is not None and claim.attribute.name in self.setup.running

    def is_estimated(self, claim: ReportClaim) -> bool:
        """A measure agencies estimate and revise within hours (a quake's magnitude)."""
        return claim.attribute is not None and claim.attribute.name in self.setup.estimated

    def is_per_share(self, claim: ReportClaim) -> bool:
        """An amount per share (a dividend): its digits in a total are chance."""
        return claim.attribute is not None and claim.attribute.name in self.setup.per_share

    def one_measure(self, a: ReportClaim, b: ReportClaim) -> bool:
        """Both units are named by the claims' attribute: it counts them as one measure
        (votes cast and voters who voted, employees and people)."""
        name = a.attribute.name if a.attribute else None
        units = self.setup.units.get(name or "", frozenset())
        return a.unit in units and b.unit in units

    def _a_company(self, subject: Subject | None) -> bool:
        """A listed organisation that serves no country: no party, whose seats a round-up
        gives it from its other story ("Xiaomi / seats")."""
        return subject is not None and all(name in self.setup.companies for name in subject)

    def is_place(self, subject: Subject | None) -> bool:
        return subject is not None and all(name in self.setup.places for name in subject)

    def named_apart(self, claims: Iterable[ReportClaim]) -> bool:
        """Whether a subject's name, one the entity table does not list, is never
        written in another language of the claims: "Conservatieve Partij" (Dutch) and
        "Conservatives" (English) may be one party written in two languages, which
        fuzzy matching cannot join; a brand's name ("TerraMind") is written alike."""
        claims = list(claims)
        langs = {c.lang for c in claims}
        if len(langs) < 2:
            return False
        written = self._languages_of_names()
        return any(
            name not in self.setup.listed
            and not written_alike(name)
            and not langs <= written.get(name, set())
            for c in claims
            for name in c.subject or ()
        )

    def _languages_of_names(self) -> dict[str, set[str]]:
        if self._name_languages is None:
            self._name_languages = {}
            for claim in self.claims.values():
                for name in claim.subject or ():
                    self._name_languages.setdefault(name, set()).add(claim.lang)
        return self._name_languages

    def names_recipient(self, claim: ReportClaim) -> bool:
        """Whether the claim's money goes to a named party ("in OpenAI"), not to a
        kind of thing ("in AI", "in GPUs")."""
        return claim.topic is not None and claim.topic not in self.setup.keyword_topics

    def has_versions(self, subject: Subject) -> bool:
        """A product with listed versions (SU7: SU7 Pro, SU7 Max): an article that says
        "the SU7" may give the figure of any of them."""
        return any(name in self.setup.versioned for name in subject)

    def are_related(self, a: str, b: str) -> bool:
        """Listed as related (`_related_pairs`), or one name the other's last part: a
        model's short name ("V3" of "DeepSeek-V3", "R1" of "DeepSeek-R1")."""
        return frozenset((a, b)) in self._related or is_short_name(a, b) or is_short_name(b, a)

    def one_subject(self, a: ReportClaim, b: ReportClaim) -> bool:
        """Said of one subject, or of a product and its family (the SU7 Max, the SU7)."""
        if a.subject == b.subject:
            return True
        if a.subject is None or b.subject is None or a.subject.joint or b.subject.joint:
            return False
        return self.are_related(a.subject[0], b.subject[0])


def _long_before(claim: ReportClaim) -> bool:
    """Whether the period a claim states ended more than a year before its article was
    published: a static fact so dated is another event's ("a 7.5 magnitude quake in
    October 2015" in a report on this year's quake), a period's figure a comparative."""
    if not (claim.time and claim.as_of):
        return False
    span, published = period_days(claim.time), first_day(claim.as_of)
    return (
        span is not None
        and published is not None
        and ((published - span[1]).days > RESTATED_AFTER_DAYS)
    )


def selects(rule: Rule, claim: ReportClaim) -> bool:
    """A rule's selector: empty lists admit everything."""
    selector = rule.selector
    if selector.attributes and str(claim.attribute) not in selector.attributes:
        return False
    if selector.units and not (
        claim.unit in selector.units or unit_category(claim.unit) in selector.units
    ):
        return False
    return not selector.subjects or str(claim.subject) in selector.subjects


def describe(claim: ReportClaim) -> str:
    """ "≈500,000 GPU ('fast 500.000 Einheiten', seeds/004…)" for messages."""
    return f"{amount(claim)} ('{claim.text}', {claim.file})"


def _drafted(claims: Iterable[ReportClaim]) -> bool:
    return any(c.role == "draft" for c in claims)


def _sold_in_versions(knowledge: Knowledge) -> frozenset[str]:
    """Products with listed versions (the SU7: SU7 Pro, SU7 Max): a car or a phone is
    sold in trims that outlets call by the product's name. A model's variants (MAI-1,
    MAI-1-preview) are named apart and keep their figures, unless the family is listed
    with `sizes` (Llama: outlets write "Llama" for its 8B, 70B and 405B models alike)."""
    entities = knowledge.entities.entities
    trims = {
        e.variant_of
        for e in entities.values()
        if e.variant_of and e.kind == "product" and entities[e.variant_of].kind == "product"
    }
    return frozenset(trims | {e.id for e in entities.values() if e.sizes})


def _families(knowledge: Knowledge) -> dict[str, str]:
    """Each entity that belongs to another or is a version of one -> the top of its
    line (`EntityTable.family_of`): related names share it."""
    table = knowledge.entities
    tops = {name: table.family_of(name) for name in table.entities}
    return {name: top for name, top in tops.items() if top != name}


def _flagged(definitions: Iterable[Any], flag: str) -> frozenset[str]:
    """The attributes whose definition sets `flag` (`running: true`)."""
    return frozenset(a.id for a in definitions if getattr(a, flag, False))


def _related_pairs(knowledge: Knowledge) -> tuple[tuple[str, str], ...]:
    """Names one figure may rightly be said of both: an entity and its variant
    (SU7, SU7 Max), its owner (Xiaomi, SU7; Tesla, Elon Musk), and two of one owner."""
    entities = knowledge.entities.entities.values()
    pairs = [(e.id, e.variant_of) for e in entities if e.variant_of]
    pairs += [(e.id, e.part_of) for e in entities if e.part_of]
    by_owner: dict[str, list[str]] = {}
    for entity in entities:
        if entity.part_of:
            by_owner.setdefault(entity.part_of, []).append(entity.id)
    pairs += [(a, b) for members in by_owner.values() for a in members for b in members if a < b]
    return tuple(pairs)
