"""A seeded generator of synthetic news corpora in en, de, nl and zh, with planted
problems recorded in a manifest.

The corpus is written story by story: a story is one subject (a company from
rules/entities.yaml or an invented one) with one to three facts (GPU purchases
in 2024, revenue in the second quarter of 2025, ...), reported by one to five
articles in random languages. Each article restates some of the facts in its
own words (templates.yaml: several sentence shapes per attribute and language;
notation.yaml: separators, scale words, number words, hedges, bounds, 万/亿),
between sentences without figures. About one restated fact in ten gets one
article that states it wrong in a planted way:

- value-conflict: the figure off by a factor (x10, x0.1, x1.5-3);
- scale-error: the scale word read wrong (billion for million, 亿 for 万);
- unit-mismatch: the unit swapped (parameters called GPUs, users called staff);
- attribution-conflict: the figure given to another subject;
- time-conflict: the figure put in another year.

Every planted statement and the correct restatements it contradicts are written
to manifest.json with file, character offsets and text. Only one story is in
memory at a time and the manifest is streamed, so 100,000 articles take the
memory of one. The same seed gives the same bytes.
"""

from __future__ import annotations

import dataclasses
import json
import random
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

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
from benchmarks.corpus.notation import (
    qualify,
    scale_factors,
    spacer,
    styles,
    tables,
    write_number,
)

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
RULES = {
    "value-conflict": "FC101",
    "scale-error": "FC102",
    "unit-mismatch": "FC103",
    "attribution-conflict": "FC104",
    "time-conflict": "FC105",
}
FILES_PER_FOLDER = 1000
WORDED_UNITS = frozenset({"GPU", "parameter", "user", "employee", "multiplier"})


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


@dataclass
class Span:
    file: str
    start: int
    end: int
    text: str
    lang: str

    def record(self) -> dict[str, Any]:
        return {"file": self.file, "start": self.start, "end": self.end, "text": self.text,
                "lang": self.lang}  # fmt: skip


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


# --- writing ---------------------------------------------------------------------


class ArticleWriter:
    """Builds one article's text and records where each statement's figure stands."""

    def __init__(self, rng: random.Random, lang: str) -> None:
        self.rng, self.lang = rng, lang
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[tuple[int, int]] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def sentence(
        self, template: str, values: dict[str, str], claim: str, tidy: Callable[[str], str]
    ) -> None:
        """Write a sentence whose {num} is `claim`, recording the claim's span."""
        before, _, after = template.partition("{num}")
        self.add(tidy(before.format(**values)))
        self.spans.append((self.length, self.length + len(claim)))
        self.add(claim)
        self.add(tidy(after.format(**values)))

    @property
    def text(self) -> str:
        return "".join(self.parts)


def write_statement(writer: ArticleWriter, statement: Statement) -> None:
    rng, lang = writer.rng, writer.lang
    fact = statement.fact
    subject = statement.subject or fact.subject
    period = statement.period or fact.period
    sentences = templates()["sentences"]
    shapes = sentences.get(f"{fact.kind.attribute}:{fact.topic}") or sentences[fact.kind.attribute]
    template = rng.choice(shapes[lang])
    values = {
        "subject": _name(subject, lang),
        "object": _name(fact.object, lang) if fact.object else "",
        "period": _period(period, lang, rng) if period else "",
    }
    values["Period"] = values["period"][:1].upper() + values["period"][1:]
    writer.sentence(template, values, figure(statement, lang, rng), _tidy if lang == "zh" else str)


def figure(statement: Statement, lang: str, rng: random.Random) -> str:
    """The claim as written: hedge or bound, number, scale word, unit."""
    unit = statement.unit or statement.fact.kind.unit
    if statement.low != statement.high:
        phrase = _range(statement.low, statement.high, unit, lang, rng)
    else:
        style = None if unit in WORDED_UNITS else rng.choice(_wordless(statement.low, lang))
        number = write_number(statement.low, lang, rng, style).text
        phrase = rng.choice(templates()["units"][unit][lang]).format(n=_glue(number, lang, rng))
    return qualify(phrase, lang, statement.how, rng)


def _wordless(value: float, lang: str) -> list[str]:
    """Money and percentages are written in digits: "drei%" is no news style."""
    return [s for s in styles(value, lang) if s not in ("words", "chinese")] or ["decimal"]


def _glue(number: str, lang: str, rng: random.Random) -> str:
    """Chinese units follow the number directly, or after a space (mixed scripts)."""
    return number + (spacer(lang, rng).strip() if lang == "zh" else "")


def _range(low: float, high: float, unit: str, lang: str, rng: random.Random) -> str:
    words = tables()[lang]["words"]
    forms = templates()["range_units"][unit][lang]
    usable = [f for f in forms if "{wa}" not in f or (int(low) in words and int(high) in words)]
    form = rng.choice(usable)
    return form.format(a=int(low), b=int(high), wa=words.get(int(low), ""),
                       wb=words.get(int(high), ""))  # fmt: skip


def _tidy(text: str) -> str:
    """No space at the start of a Chinese sentence or after Chinese punctuation."""
    return re.sub(r"(?<=[，。：；])\s+|^\s+(?=\S)", "", text)


def _name(subject: Subject, lang: str) -> str:
    """Latin names stand between spaces in Chinese text ("微软向 OpenAI 投资")."""
    name = subject.name(lang)
    return f" {name} " if lang == "zh" and name.isascii() else name


def _period(period: Period, lang: str, rng: random.Random) -> str:
    forms = templates()["periods"][period.kind][lang]
    quarter = templates()["quarters"][lang][period.quarter - 1] if period.quarter else ""
    return rng.choice(forms).format(year=period.year, q=quarter)


def write_article(
    rng: random.Random, lang: str, subject: Subject, statements: list[Statement], day: str
) -> tuple[str, list[tuple[int, int]]]:
    """Date line, headline, then the statements among sentences without figures."""
    writer = ArticleWriter(rng, lang)
    name = _name(subject, lang).strip()
    writer.add(f"{day}\n{rng.choice(templates()['headlines'][lang]).format(subject=name)}\n\n")
    gap = "" if lang == "zh" else " "
    pool = templates()["fillers"][lang]
    fillers = rng.sample(pool, rng.randint(4, len(pool)))
    for number, statement in enumerate(statements):
        if number:
            writer.add("\n\n" if number % 2 == 0 else gap)
        write_statement(writer, statement)
        for _ in range(rng.randint(0, 2)):
            if fillers:
                writer.add(gap + fillers.pop().format(subject=name))
    writer.add("".join(gap + f.format(subject=name) for f in fillers) + "\n")
    return writer.text, writer.spans


# --- the corpus on disk ----------------------------------------------------------


@dataclass
class Summary:
    articles: int = 0
    characters: int = 0
    statements: int = 0
    languages: Counter[str] = field(default_factory=Counter)
    problems: Counter[str] = field(default_factory=Counter)


def generate(folder: Path, articles: int, seed: int = 0, statements: bool = False) -> Summary:
    """Write `articles` articles under `folder` (subfolders of 1,000 files), the manifest
    `folder/manifest.json` and, with `statements`, every statement in
    `folder/statements.jsonl`. Returns counts. Nothing but the current story is held."""
    folder.mkdir(parents=True, exist_ok=True)
    generator = Generator(articles, seed)
    summary = Summary()
    with (folder / "manifest.json").open("w", encoding="utf-8", newline="\n") as manifest, \
            _optional(folder / "statements.jsonl", statements) as lines:  # fmt: skip
        manifest.write(json.dumps({"generator": "benchmarks.corpus", "version": 1, "seed": seed,
                                   "articles": articles}, ensure_ascii=False)[:-1])  # fmt: skip
        manifest.write(', "problems": [')
        first = True
        while summary.articles < articles:
            story = generator.story()
            spans = _write_story(folder, generator.rng, story, summary, articles)
            for record in _problems(story, spans, summary):
                manifest.write(("\n" if first else ",\n") + json.dumps(record, ensure_ascii=False))
                first = False
            if lines is not None:
                _write_statements(lines, story, spans)
        manifest.write('\n], "summary": ' + json.dumps(_summary_record(summary)) + "}\n")
    return summary


def _write_story(
    folder: Path, rng: random.Random, story: Story, summary: Summary, limit: int
) -> list[list[Span] | None]:
    """Write the story's articles (as many as still fit); spans per article. The
    outlets cover the story on one day: figures of a day (a market value) published
    on different days may both be right, and would be no planted conflict."""
    written: list[list[Span] | None] = []
    every = [s for statements in story.statements for s in statements]
    day = f"{_year_of(every, rng)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    for lang, statements in zip(story.langs, story.statements, strict=True):
        if summary.articles >= limit or not statements:
            written.append(None)
            continue
        index = summary.articles
        text, offsets = write_article(rng, lang, story.subject, statements, day)
        relative = f"{index // FILES_PER_FOLDER:03d}/{index:06d}_{lang}.txt"
        path = folder / relative
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        written.append([Span(relative, s, e, text[s:e], lang) for s, e in offsets])
        summary.articles += 1
        summary.characters += len(text)
        summary.statements += len(statements)
        summary.languages[lang] += 1
    return written


def _year_of(statements: list[Statement], rng: random.Random) -> int:
    """An article appears in the latest year it reports on, or any year."""
    years = [p.year for s in statements if (p := s.period or s.fact.period)]
    return max(years) if years else rng.choice(templates()["years"])


def _problems(
    story: Story, spans: list[list[Span] | None], summary: Summary
) -> Iterator[dict[str, Any]]:
    """Manifest records for the planted statements that made it to disk."""
    for article, wrong in story.planted:
        where = spans[article]
        if where is None:
            continue
        index = next(i for i, s in enumerate(story.statements[article]) if s is wrong)
        references = [
            spans_of[i].record()
            for a, spans_of in enumerate(spans)
            if spans_of is not None and a != article
            for i, s in enumerate(story.statements[a])
            if s.fact == wrong.fact and s.problem is None
        ]
        if not references:
            continue
        summary.problems[wrong.problem or ""] += 1
        yield {
            "id": f"p{sum(summary.problems.values())}",
            "kind": wrong.problem,
            "rule": RULES[wrong.problem or "value-conflict"],
            "detail": wrong.detail,
            "fact": _fact_record(wrong.fact),
            "planted": where[index].record(),
            "references": references,
        }


def _fact_record(fact: Fact) -> dict[str, Any]:
    return {
        "subject": fact.subject.id,
        "attribute": fact.kind.attribute,
        "topic": fact.topic,
        "period": fact.period.id if fact.period else None,
        "unit": fact.kind.unit,
    }


def _write_statements(out: TextIO, story: Story, spans: list[list[Span] | None]) -> None:
    for article, where in enumerate(spans):
        if where is None:
            continue
        for statement, span in zip(story.statements[article], where, strict=True):
            period = statement.period or statement.fact.period
            record = {
                **span.record(),
                "subject": (statement.subject or statement.fact.subject).id,
                "attribute": statement.fact.kind.attribute,
                "topic": statement.fact.topic,
                "time": period.id if period else None,
                "low": statement.low,
                "high": statement.high,
                "unit": statement.unit or statement.fact.kind.unit,
                "how": statement.how,
                "problem": statement.problem,
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def _summary_record(summary: Summary) -> dict[str, Any]:
    return {
        "articles": summary.articles,
        "characters": summary.characters,
        "statements": summary.statements,
        "languages": dict(sorted(summary.languages.items())),
        "problems": dict(sorted(summary.problems.items())),
    }


class _optional:
    """A file opened for writing only when wanted; None otherwise."""

    def __init__(self, path: Path, wanted: bool) -> None:
        self.path, self.wanted = path, wanted
        self.handle: TextIO | None = None

    def __enter__(self) -> TextIO | None:
        if self.wanted:
            self.handle = self.path.open("w", encoding="utf-8", newline="\n")
        return self.handle

    def __exit__(self, *exc: object) -> None:
        if self.handle is not None:
            self.handle.close()
