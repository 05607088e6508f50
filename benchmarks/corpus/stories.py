"""The stories of a synthetic corpus (`benchmarks.corpus.generator`): a story is one
subject with a few facts, reported by one to five articles in random languages. Each
article restates some of the facts (exact, rounded under a hedge, or a lower bound);
of the facts two or more articles restate, a share (`PLANT_SHARE`) gets one article
that states it wrong in a planted way. Everything is drawn from one seeded random
stream."""

from __future__ import annotations

import dataclasses
import random
from dataclasses import dataclass, field
from typing import Any

from benchmarks.corpus.model import (
    LANGS,
    Fact,
    Kind,
    Period,
    Subject,
    distinctive,
    invented_subjects,
    kinds,
    listed_subjects,
    templates,
    true_value,
)
from benchmarks.corpus.notation import scale_factors, styles

LANG_WEIGHTS = (0.35, 0.25, 0.2, 0.2)
BACKGROUND_SHARE = 0.5  # articles that also cite a figure of another story
PLANT_SHARE = 0.12  # of facts restated by two or more articles
PROBLEMS: dict[str, float] = {
    "value-conflict": 0.3,
    "scale-error": 0.25,
    "unit-mismatch": 0.15,
    "attribution-conflict": 0.15,
    "time-conflict": 0.15,
}


@dataclass(frozen=True)
class Statement:
    """How one article states one fact: the figure, and what (if anything) is wrong."""

    fact: Fact
    low: float
    high: float
    how: str | None = None  # None, "approx", or a bound ("gt", "lt", "le")
    unit: str | None = None
    subject: Subject | None = None
    period: Period | None = None
    problem: str | None = None
    detail: str = ""


@dataclass
class Story:
    subject: Subject
    facts: list[Fact]
    langs: list[str]
    statements: list[list[Statement]]  # per article
    planted: list[tuple[int, Statement]] = field(default_factory=list)  # (article, wrong)


class Generator:
    """Draws stories and their articles from one seeded random stream."""

    def __init__(self, articles: int, seed: int) -> None:
        self.seed = seed
        self.rng = random.Random(seed)
        invented = max(20, min(600, articles // 15))
        companies, models = invented_subjects(invented, seed)
        listed = listed_subjects()
        self.companies = [s for s in listed if s.kind == "organization"] + companies
        self.models = [s for s in listed if s.kind == "model"] + models
        self.listed_count = sum(1 for s in listed if s.kind == "organization")
        self.objects = [s for s in listed if s.id in templates()["objects"]]
        self.kinds = kinds()

    # --- facts ----------------------------------------------------------------

    def subject(self, pool: list[Subject], listed: int) -> Subject:
        """Half the stories are about the listed companies (Zipf: Microsoft most), half
        about the long tail of invented ones."""
        if self.rng.random() < 0.5 and listed:
            rank = min(int(self.rng.paretovariate(0.9)), listed)
            return pool[rank - 1]
        return self.rng.choice(pool[listed:] or pool)

    def fact(self, company: Subject) -> Fact:
        kind = self.rng.choices(self.kinds, [k.weight for k in self.kinds])[0]
        subject = company
        if kind.subjects == "model":
            subject = self.subject(self.models, 2)
        topic, target = None, None
        if kind.topics:
            topic = self.rng.choice(kind.topics)
            if topic == "object":
                target = self.rng.choice([o for o in self.objects if o != subject] or self.objects)
                topic = target.id
        return Fact(subject, kind, topic, target, self.period(kind))

    def period(self, kind: Kind) -> Period | None:
        if not kind.periods:
            return None
        chosen = self.rng.choice(kind.periods)
        year = self.rng.choice(templates()["years"])
        return Period(chosen, year, self.rng.randint(1, 4) if chosen == "quarter" else 0)

    def story(self) -> Story:
        subject = self.subject(self.companies, self.listed_count)
        facts = list({f.key: f for f in (self.fact(subject) for _ in range(self.rng.randint(1, 4)))}
                     .values())  # fmt: skip
        count = 1 if self.rng.random() < 0.25 else self.rng.randint(2, 5)
        langs = [self.rng.choices(LANGS, LANG_WEIGHTS)[0] for _ in range(count)]
        statements: list[list[Statement]] = [[] for _ in range(count)]
        for fact in facts:
            low, high = true_value(self.seed, fact)
            tellers = [i for i in range(count) if i == 0 or self.rng.random() < 0.8]
            for article in tellers:  # the first source states it plainly: a bound alone
                statement = self.restated(fact, low, high)  # cannot contradict anything
                if article == 0 and statement.how is not None:
                    statement = Statement(fact, low, high)
                statements[article].append(statement)
        story = Story(subject, facts, langs, statements)
        self.plant(story)
        for group in statements:  # news repeats the big figures of other companies
            if self.rng.random() < BACKGROUND_SHARE:
                background = self.fact(self.subject(self.companies, self.listed_count))
                group.insert(
                    self.rng.randint(0, len(group)),
                    self.restated(background, *true_value(self.seed, background)),
                )
        return story

    def restated(self, fact: Fact, low: float, high: float) -> Statement:
        """One source's wording: exact, rounded under a hedge, or a lower bound."""
        if fact.kind.ranged:
            return Statement(fact, low, high)
        style = self.rng.random()
        if style < 0.6:
            return Statement(fact, low, high)
        if style < 0.85:
            rounded = float(f"{low:.2g}")
            value = rounded if abs(rounded / low - 1) <= 0.04 else low
            return Statement(fact, value, value, "approx")
        floor = float(f"{low * 0.8:.1g}")
        return Statement(fact, floor, floor, "gt") if floor < low else Statement(fact, low, high)

    # --- planted problems -------------------------------------------------------

    def plant(self, story: Story) -> None:
        """Replace one restatement of some facts by a wrong one; the first article
        always keeps the fact right, so there is something to contradict."""
        for fact in story.facts:
            tellers = [(a, i) for a, group in enumerate(story.statements)
                       for i, s in enumerate(group) if s.fact == fact]  # fmt: skip
            if len(tellers) < 2 or self.rng.random() >= PLANT_SHARE:
                continue
            article, index = self.rng.choice(tellers[1:])
            right = story.statements[article][index]
            problem = self.rng.choices(list(PROBLEMS), list(PROBLEMS.values()))[0]
            wrong = self.wrong(right, problem, story.langs[article])
            story.statements[article][index] = wrong
            story.planted.append((article, wrong))

    def wrong(self, right: Statement, problem: str, lang: str) -> Statement:
        """The planted statement starts from the true figure, never a rounded one, so
        a moved or misdated figure is exactly the figure the other sources give."""
        fact = right.fact
        low, high = true_value(self.seed, fact)
        base = Statement(fact, low, high, None, problem=problem)
        if problem == "time-conflict" and fact.period is not None:
            years = [y for y in templates()["years"] if y != fact.period.year]
            moved = Period(fact.period.kind, self.rng.choice(years), fact.period.quarter)
            return _replace(base, period=moved, detail=f"dated {moved.id} instead of "
                                                       f"{fact.period.id}")  # fmt: skip
        if problem == "attribution-conflict" and distinctive(low, high):
            pool = self.models if fact.subject.kind == "model" else self.companies
            other = self.rng.choice([s for s in pool if s != fact.subject])
            return _replace(base, subject=other, detail=f"said of {other.id}, "
                                                        f"not {fact.subject.id}")  # fmt: skip
        swapped = templates()["swapped_units"].get(fact.kind.unit)
        if problem == "unit-mismatch" and swapped:
            return _replace(base, unit=swapped, detail=f"{fact.kind.unit} written as {swapped}")
        if problem == "scale-error" and not fact.kind.ranged:
            factor = self.rng.choice(scale_factors(lang))
            factor = factor if self.rng.random() < 0.5 or low / factor < 1_000 else 1 / factor
            if "scaled" in styles(low * factor, lang):
                return _replace(base, low=low * factor, high=high * factor,
                                detail=f"x{factor:g} (a scale word read wrong)")  # fmt: skip
        factor = self.rng.choice((10.0, 0.1, self.rng.uniform(1.5, 3), self.rng.uniform(0.3, 0.6)))
        if fact.kind.unit == "multiplier" and factor < 1:
            factor = 1 / factor  # "een keer groter" (1×) is no figure a writer gives
        low2, high2 = _conflicting(low, factor), _conflicting(high, factor)
        planned = f" (planned {problem})" if problem != "value-conflict" else ""
        return Statement(fact, low2, high2, problem="value-conflict",
                         detail=f"x{low2 / low:.3g}{planned}")  # fmt: skip


def _replace(statement: Statement, **changes: Any) -> Statement:
    return dataclasses.replace(statement, **changes)


def _conflicting(value: float, factor: float) -> float:
    moved = value * factor
    return float(f"{moved:.2g}") if moved >= 10 else round(moved)
