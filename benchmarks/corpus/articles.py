"""An article of a synthetic corpus as text (`benchmarks.corpus.generator`): a date
line, a headline, then each statement as a sentence from templates.yaml among
sentences without figures, its figure written in the language's notation
(notation.yaml). The span of every figure is recorded for the manifest."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from benchmarks.corpus.model import Period, Subject, templates
from benchmarks.corpus.notation import (
    qualify,
    spacer,
    styles,
    tables,
    write_number,
)
from benchmarks.corpus.stories import Statement

WORDED_UNITS = frozenset({"GPU", "parameter", "user", "employee", "multiplier"})


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
