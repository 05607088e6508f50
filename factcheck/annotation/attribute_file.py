"""The schema of `rules/attributes.yaml`: attributes, the modifiers that derive related
measures from them, the words that end clauses, and topics. Validated once when the
table loads, so a malformed rule file fails with its line, not at a claim.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from factcheck.extraction.units import checked_units, unit_category

Granularity = Literal["day", "period", "event", "static"]
PlaceScope = Literal["named", "local", "outermost"]
Language = Literal["en", "de", "nl", "zh"]


class Keywords(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    en: tuple[str, ...] = ()
    de: tuple[str, ...] = ()
    nl: tuple[str, ...] = ()
    zh: tuple[str, ...] = ()

    def of(self, lang: str) -> tuple[str, ...]:
        return getattr(self, lang, ())


def admits(units: tuple[str, ...], unit: str) -> bool:
    return unit in units or unit_category(unit) in units


class AttributeDefinition(BaseModel):
    """One measure. `by_unit` names the units (all of its own with `true`) that say it
    without a keyword; its keywords then only restate the unit and give way to any other
    admitted keyword of the clause ("Tausende weitere Mitarbeiter einstellen" are hires,
    not staff). `granularity` is what one figure covers: a day (market value), a period
    (revenue, a disaster's deaths) or all time (a car's range). `unmodified` names
    modifiers that make no other measure of it: spending that is "expected" or "planned"
    is still the capital expenditure the sources give. A measure of a place (`place:
    named`: a population, a turnout) is about the place its sentence names, not whoever
    else it names; a measure of an event (`place: outermost`: a quake's magnitude, a
    march's crowd) is about the event, which outlets name by its place at any level
    (Jishishan, Gansu, China), so the outermost place stands for it. A `running` count
    grows while it is kept (a toll): outlets that differ on one day may have counted at
    different hours. A `planned` measure (capital spending) is a plan for its period
    until the period ends, revised as it runs: two figures for a period not yet over
    when they were published may both be right. A measure of `several` events (the
    magnitude of an aftershock, one of dozens) may differ between two figures that are
    both right: their disagreement is information. An `estimated` measure (a quake's
    magnitude, its depth) is estimated by several agencies and revised within hours:
    two articles that differ may give two agencies' or two hours' figures, so only one
    article giving both makes a sure disagreement. A `per_share` amount (a dividend of
    2.25 euros) shares its digits with a total (2.25亿欧元 of profit) by chance. With
    `bare_below`, a figure with
    decimals below it and no unit ("put the magnitude at 7.4", "gab die Stärke mit 5,9
    an") in a clause naming the measure is its figure, in its first unit. `specific`
    keywords name the measure outright: those of a `by_unit` one do not give way ("bei
    einem Hauptbeben der Stärke 7,7 … ein Nachbeben"), and only they make a refining
    measure win (the epicentre, not a direction, over "located"). A `product` measure (a
    car's range) said of its maker is of the one product the article names. A measure
    `change_of` another is what a change of that one's figure measures ("25 seats, eight
    more than in 2021": the eight is seats won). A measure that `refines` another is a
    part of it named more closely ("1220 der Verletzten schwebten in Lebensgefahr": the
    critically injured, not the injured): in a clause that names both, it wins whichever
    word stands nearer. `not_units` are units of a category it takes that it never
    measures: seats are won, not bought ("secured two seats"). `nouns` name the measure as
    the figure's own noun ("2.000 inwoners"): they give way to any other measure its
    clause names ("2.000 inwoners moesten worden geëvacueerd", "kamen 5 inwoners om"), as
    do `verbs`, what the subject did ("Shell earned $23.7 billion", "Microsoft earned 5
    billion dollars in revenue"). A `nearest_figure` measure's words name only the
    figure they stand nearest to: "169 seats, three short of the 172 needed for a
    majority" names the majority's 172, not the party's 169. A `party` measure (seats, a
    share of the vote) is a party's: said of a country, its party was not recognised
    (自由党 names many), so the figure is no sure one of the country."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    label: str
    units: tuple[str, ...] = Field(min_length=1)
    not_units: tuple[str, ...] = ()  # of a category it takes, these it never measures
    by_unit: bool | tuple[str, ...] = False
    topical: bool = False
    granularity: Granularity = "period"
    unmodified: tuple[str, ...] = ()
    place: PlaceScope | None = None
    running: bool = False
    several: bool = False  # of one of many events (an aftershock): never a sure conflict
    estimated: bool = False  # agencies estimate and revise it: sure only within an article
    per_share: bool = False  # an amount per share: its digits in a total are chance
    planned: bool = False  # a plan for a period, revised until the period ends
    moves: bool = False  # a price that moves with the market: a year dates no figure of it
    bare_below: float | None = None
    product: bool = False
    bought: bool = False  # a purchase: its subject is the buyer, never the product bought
    personal: bool = False  # a person's (an age): a place or a company is no subject of it
    change_of: str | None = None
    refines: str | None = None
    bound: bool = False  # its words belong to the figure they start in ("650-seat House")
    whole: bool = False  # of the whole a part is counted out of ("412 of the 650 seats")
    nearest_figure: bool = False  # its words name only the figure nearest them
    party: bool = False  # a party's (seats, votes): a country is no sure subject of it
    keywords: Keywords = Keywords()
    specific: Keywords = Keywords()
    nouns: Keywords = Keywords()  # the figure's own noun: it yields to any other measure
    verbs: Keywords = Keywords()  # what the subject did: it yields to any other measure

    @field_validator("units")
    @classmethod
    def _known_units(cls, units: tuple[str, ...]) -> tuple[str, ...]:
        return checked_units(units)

    @field_validator("not_units")
    @classmethod
    def _known_not_units(cls, units: tuple[str, ...]) -> tuple[str, ...]:
        return checked_units(units)

    @field_validator("by_unit")
    @classmethod
    def _known_by_unit(cls, by_unit: bool | tuple[str, ...]) -> bool | tuple[str, ...]:
        return by_unit if isinstance(by_unit, bool) else checked_units(by_unit)

    def admits(self, unit: str) -> bool:
        return unit not in self.not_units and admits(self.units, unit)

    def implied_by(self, unit: str) -> bool:
        if isinstance(self.by_unit, bool):
            return self.by_unit and self.admits(unit)
        return admits(self.by_unit, unit) and self.admits(unit)


class Modifier(BaseModel):
    """Words that turn any measure into a related one named `<id>_<suffix>`. With
    `units` the derived measure takes those units instead of its base's, except the
    ones its base takes ("gross margin down 0.5 points to 51.4 %": the points are the
    change, the percentage the margin). `change` marks the modifier that may take its
    measure across a relative clause; `implied_by` units carry it by nature (a
    multiplier compares two values of a measure). A `stated` modifier has no words: a
    figure written as a change ("rose by $5 billion", "城镇人口增加236415856人") carries
    it, unless its measure is a change already or has a measure of its changes. With
    `of_units` it derives only from measures in those units or categories: a share is
    of a headcount or an amount, never of a distance that happens to be named nearby;
    with `of_measures`, only from those (a turnout "by midday" is a count of a vote
    still running, a toll "as of 6 pm" is the toll).
    An `in_figure` modifier's words name it inside the figure as well, as its counted
    noun ("including 26 foreigners"); others' belong to the figure there ("more than").
    A `from_elsewhere` modifier counts people who came from elsewhere: the places named
    beside them are where from, and the figure is the event's country's.
    A modifier that `takes_over` another is named once for a whole document: there the
    other's figures are its own (an election-night article that says its seats are the
    exit poll's calls them "predicted" further down).
    A `variant` modifier names another accounting of the same measure (a result
    adjusted by the company's own rules): where a subject's figures of it appear, its
    figures named without the modifier may be either accounting.
    A `shared` modifier is a verb that the later items of a list leave out: "contributed
    €650 million to revenue and €200 million to operating profit" are two contributions.
    `label` is what reports call the derived measure ("change in {}"). A modifier that
    `needs` others applies only where they are present too: a forecast of a change
    needs a word of change ("forecast for GDP growth to 0.3%", not "a 9% stake").
    A `nearest_figure` modifier's words name only the figure they stand nearest to:
    "rose 14.3% quarter-on-quarter and 38.8% year-on-year". A `frames` modifier named
    in a sentence's opening phrase bears on every clause of it, not the first alone:
    "出口民调显示,民主联盟的得票率为35.1%…;社会党的得票率为25.4%" are all the exit poll's."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    suffix: str
    units: tuple[str, ...] = ()
    change: bool = False
    implied_by: tuple[str, ...] = ()
    of_units: tuple[str, ...] = ()
    of_measures: tuple[str, ...] = ()
    several: bool = False  # its figures may differ and all be right (`several` above)
    variant: bool = False  # another accounting of its measure (`variant` below)
    planned: bool = False  # a forecast, revised until its period ends (`planned` above)
    in_figure: bool = False  # its words count inside the figure too ("26 foreigners")
    nearest_figure: bool = False  # its words name only the figure nearest them
    shared: bool = False  # a verb a list's later items leave out (`shared` below)
    frames: bool = False  # named in a sentence's opening, it bears on every clause
    from_elsewhere: bool = False  # people from elsewhere: places named are their origins
    stated: bool = False
    takes_over: str | None = None  # named anywhere in a document, that one's figures are its
    needs: tuple[str, ...] = ()
    label: str = "{} ({suffix})"  # what reports call a derived measure: "change in {}"
    keywords: Keywords = Keywords()

    def label_of(self, base_label: str) -> str:
        return self.label.format(base_label, suffix=self.suffix.replace("_", " "))

    def derives_from(self, base: AttributeDefinition) -> bool:
        if self.of_measures and base.id not in self.of_measures:
            return False
        return not self.of_units or any(admits(self.of_units, unit) for unit in base.units)

    @field_validator("units", "implied_by", "of_units")
    @classmethod
    def _known_units(cls, units: tuple[str, ...]) -> tuple[str, ...]:
        return checked_units(units)


class ClauseWords(BaseModel):
    """What ends a clause (`clauses` module): marks, and conjunctions by strength."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    marks: tuple[str, ...] = ()
    weak: Keywords = Keywords()
    relative: Keywords = Keywords()
    contrast: Keywords = Keywords()
    strong: Keywords = Keywords()
    concessive: Keywords = Keywords()  # "despite", "trotz": its keyword names no figure after
    inclusive: Keywords = Keywords()  # "including", "darunter": a list of the count before
    inclusive_items: Keywords = Keywords()  # "a", "ein": a list item's own noun follows
    amounting: Keywords = Keywords()  # "amounting to", "in Höhe von": the noun before's


class Topic(BaseModel):
    """Where money goes. `spent_as` names the measure money put there is, whichever
    word the text uses ("invest $80 billion in data centres" is capital expenditure,
    as "spend $80 billion on data centres" is)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    keywords: Keywords
    spent_as: str | None = None


class CompoundHeads(BaseModel):
    """What may open a compound that a keyword ends (`compound_heads` in the file)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    min_letters: int = Field(3, ge=1)
    verb_prefixes: Keywords = Keywords()


class AttributeFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    window: int = Field(80, ge=0)
    compounds: tuple[Language, ...] = ()
    noun_endings: Keywords = Keywords()
    compound_heads: CompoundHeads = CompoundHeads()
    clauses: ClauseWords = ClauseWords()
    modifiers: tuple[Modifier, ...] = ()
    ignore: Keywords = Keywords()
    attributes: tuple[AttributeDefinition, ...]
    topics: tuple[Topic, ...] = ()

    @model_validator(mode="after")
    def _names_unique(self) -> AttributeFile:
        ids = [a.id for a in self.attributes]
        derived = [f"{a}_{m.suffix}" for a in ids for m in self.modifiers]
        seen: set[str] = set()
        for name in [*ids, *derived]:
            if name in seen:
                raise ValueError(f"attribute {name!r} is defined twice (or derived as well)")
            seen.add(name)
        named_by_modifiers = (name for m in self.modifiers for name in m.of_measures)
        for named in named_by_modifiers:
            if named not in ids:
                raise ValueError(f"a modifier names {named!r}, which is not defined")
        modifier_ids = {m.id for m in self.modifiers}
        for m in self.modifiers:
            if m.takes_over is not None and m.takes_over not in modifier_ids:
                raise ValueError(f"modifier {m.id!r} takes over {m.takes_over!r}, not defined")
        for a in self.attributes:
            for named in (a.change_of, a.refines):
                if named is not None and named not in ids:
                    raise ValueError(f"attribute {a.id!r} names {named!r}, which is not defined")
        return self
