"""The real-article corpus: gold annotations of every number, and their validator.

A corpus folder holds one folder per story; each article is `<name>.txt` beside its
annotation `<name>.gold.jsonl`, one JSON object per line (corpus/real/README.md has
the guideline). The validator checks that every span matches its text, that every
run of digits in an article lies inside an annotated span, and that the fields fit
the expression's kind; each problem names the file and the line.

    python -m factcheck.evaluation.gold validate corpus/real   # exit 1, a line per problem
"""

from __future__ import annotations

import itertools
import json
import math
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

Kind = Literal["claim", "furniture", "not_claim"]
Bound = Literal["gt", "ge", "lt", "le"]
DIGIT_RUN = re.compile(r"[0-9０-９]+")
GOLD_SUFFIX = ".gold.jsonl"


class GoldExpression(BaseModel):
    """One annotated numeric expression of an article."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: int
    start: int
    end: int
    text: str
    kind: Kind
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    scale: str | None = None
    approx: bool = False
    bound: Bound | None = None
    change: bool = False
    counted: str | None = None
    reason: str | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _fields_fit_kind(self) -> GoldExpression:
        if not 0 <= self.start < self.end:
            raise ValueError(f"span {self.start}-{self.end} is empty or negative")
        if self.kind == "claim":
            single = self.value is not None
            ranged = self.low is not None and self.high is not None
            if single == ranged:
                raise ValueError("a claim has either `value` or both `low` and `high`")
            if ranged and self.low > self.high:  # type: ignore[operator]
                raise ValueError(f"range {self.low}-{self.high} is reversed")
            if not self.unit:
                raise ValueError("a claim needs a `unit` (`count` when nothing is counted)")
            for number in (self.value, self.low, self.high):
                if number is not None and not math.isfinite(number):
                    raise ValueError("values must be finite numbers")
        elif not self.reason:
            raise ValueError(f"a {self.kind} expression needs a `reason`")
        return self


class Article(BaseModel):
    """An article's text and its gold expressions, in span order."""

    model_config = ConfigDict(frozen=True)

    path: Path
    text: str
    expressions: tuple[GoldExpression, ...]


class GoldError(Exception):
    """A corpus file that does not fit the guideline; the message names file and line."""


def gold_path(article: Path) -> Path:
    return article.with_name(article.stem + GOLD_SUFFIX)


def read_article(article: Path) -> tuple[Article, list[str]]:
    """The article with every annotation that parses, and one message per problem."""
    text = article.read_text(encoding="utf-8")
    annotation = gold_path(article)
    problems: list[str] = []
    expressions: list[GoldExpression] = []
    if not annotation.exists():
        return Article(path=article, text=text, expressions=()), [f"{annotation}: missing"]
    seen: set[int] = set()
    lines: dict[int, int] = {}  # id -> line of the annotation
    for number, line in enumerate(annotation.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{annotation}:{number}"
        try:
            expression = GoldExpression.model_validate(json.loads(line))
        except json.JSONDecodeError as error:
            problems.append(f"{where}: not JSON ({error.msg})")
            continue
        except ValidationError as error:
            first = error.errors()[0]
            field = ".".join(str(part) for part in first["loc"]) or "record"
            problems.append(f"{where}: {field}: {first['msg']}")
            continue
        if expression.id in seen:
            problems.append(f"{where}: id {expression.id} used twice")
        seen.add(expression.id)
        lines[expression.id] = number
        found = text[expression.start : expression.end]
        if found != expression.text:
            problems.append(
                f"{where}: span {expression.start}-{expression.end} reads {found!r}, "
                f"not {expression.text!r}"
            )
            continue
        expressions.append(expression)
    expressions.sort(key=lambda e: (e.start, e.end))
    problems.extend(_overlaps(annotation, expressions, lines))
    problems.extend(_uncovered_digits(article, text, expressions))
    return Article(path=article, text=text, expressions=tuple(expressions)), problems


def _overlaps(
    annotation: Path, expressions: list[GoldExpression], lines: dict[int, int]
) -> Iterator[str]:
    for before, after in itertools.pairwise(expressions):
        if after.start < before.end:
            where = f"{annotation}:{lines[after.id]}"
            yield f"{where}: id {after.id} overlaps id {before.id} (line {lines[before.id]})"


def _uncovered_digits(article: Path, text: str, expressions: list[GoldExpression]) -> Iterator[str]:
    covered = bytearray(len(text))
    for e in expressions:
        covered[e.start : e.end] = b"\x01" * (e.end - e.start)
    for match in DIGIT_RUN.finditer(text):
        if not all(covered[match.start() : match.end()]):
            line = text.count("\n", 0, match.start()) + 1
            yield f"{article}:{line}: digits {match.group()!r} at {match.start()} are not annotated"


def articles(corpus: Path) -> list[Path]:
    """Every article of the corpus, in path order (story folders, then names)."""
    return sorted(p for p in corpus.glob("*/*.txt"))


def validate(corpus: Path) -> list[str]:
    problems: list[str] = []
    for article in articles(corpus):
        problems.extend(read_article(article)[1])
    for annotation in sorted(corpus.rglob("*" + GOLD_SUFFIX)):
        if not annotation.with_name(annotation.name[: -len(GOLD_SUFFIX)] + ".txt").exists():
            problems.append(f"{annotation}: no article beside it")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] != "validate":
        print("usage: python -m factcheck.evaluation.gold validate CORPUS_DIR", file=sys.stderr)
        return 2
    corpus = Path(argv[1])
    if not corpus.is_dir():
        print(f"{corpus}: no such folder", file=sys.stderr)
        return 2
    problems = validate(corpus)
    for problem in problems:
        print(problem)
    count = sum(len(read_article(a)[0].expressions) for a in articles(corpus))
    print(f"{len(articles(corpus))} articles, {count} expressions, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
