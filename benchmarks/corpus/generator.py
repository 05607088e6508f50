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

The stories are drawn in `benchmarks.corpus.stories` and written as text in
`benchmarks.corpus.articles`; this module puts them on disk with the manifest.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from benchmarks.corpus.articles import write_article
from benchmarks.corpus.model import Fact, templates
from benchmarks.corpus.stories import Generator, Statement, Story

RULES = {
    "value-conflict": "FC101",
    "scale-error": "FC102",
    "unit-mismatch": "FC103",
    "attribution-conflict": "FC104",
    "time-conflict": "FC105",
}
FILES_PER_FOLDER = 1000


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
    year, first_month = _published(every, rng)
    day = f"{year}-{rng.randint(first_month, 12):02d}-{rng.randint(1, 28):02d}"
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


def _published(statements: list[Statement], rng: random.Random) -> tuple[int, int]:
    """The year an article appears in (the latest it reports on, or any) and the
    earliest month it can: a quarter is reported once it has begun ("Q4 2024" in
    March 2024 would be a fiscal quarter or a forecast, as news reads it)."""
    periods = [p for s in statements if (p := s.period or s.fact.period)]
    if not periods:
        return rng.choice(templates()["years"]), 1
    latest = max(periods, key=lambda p: (p.year, p.quarter))
    return latest.year, 3 * latest.quarter - 2 if latest.kind == "quarter" else 1


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
