"""The facts a synthetic corpus reports: who, what, when, and the true figure.

A fact's true value is a function of the seed and the fact's key alone (a hash,
not a table), so every story that mentions "Microsoft's GPU purchases in 2024"
gives the same figure without the generator remembering anything: a corpus of
100,000 articles is written in constant memory and agrees with itself except
where a problem is planted on purpose.
"""

from __future__ import annotations

import hashlib
import math
import random
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz

from benchmarks.corpus.notation import significant

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGS: tuple[str, ...] = ("en", "de", "nl", "zh")
NAME_DISTANCE = 80  # invented names stay below this similarity to every other name


@cache
def templates() -> dict[str, Any]:
    return yaml.safe_load((HERE / "templates.yaml").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Subject:
    """A company or model with its name in each language."""

    id: str
    names: tuple[tuple[str, str], ...]  # (lang, name)
    kind: str = "organization"

    def name(self, lang: str) -> str:
        return dict(self.names).get(lang, self.id)


@dataclass(frozen=True)
class Kind:
    """An attribute of rules/attributes.yaml as the corpus reports it."""

    attribute: str
    unit: str
    low: float
    high: float
    periods: tuple[str, ...]
    weight: float
    topics: tuple[str, ...] = ()
    ranged: bool = False
    subjects: str = "organization"


@dataclass(frozen=True)
class Period:
    """When a figure holds: a year, a fiscal year or a quarter."""

    kind: str
    year: int
    quarter: int = 0

    @property
    def id(self) -> str:
        """The time scope factcheck gives it: 2024, FY2024, 2024-Q2."""
        if self.kind == "fiscal":
            return f"FY{self.year}"
        if self.kind == "quarter":
            return f"{self.year}-Q{self.quarter}"
        return str(self.year)


@dataclass(frozen=True)
class Fact:
    subject: Subject
    kind: Kind
    topic: str | None
    object: Subject | None
    period: Period | None

    @property
    def key(self) -> str:
        period = self.period.id if self.period else ""
        return f"{self.subject.id}|{self.kind.attribute}|{self.topic or ''}|{period}"


@cache
def kinds() -> tuple[Kind, ...]:
    return tuple(
        Kind(
            attribute=name,
            unit=row["unit"],
            low=float(row["low"]),
            high=float(row["high"]),
            periods=tuple(row["periods"]),
            weight=float(row["weight"]),
            topics=tuple(row.get("topics") or ()),
            ranged=bool(row.get("ranged")),
            subjects=row.get("subjects", "organization"),
        )
        for name, row in templates()["kinds"].items()
    )


def true_value(seed: int, fact: Fact) -> tuple[float, float]:
    """(low, high) of a fact: the same for every story that reports it."""
    rng = random.Random(_digest(f"{seed}|{fact.key}"))
    kind = fact.kind
    raw = kind.low * (kind.high / kind.low) ** rng.random()
    digits = rng.choice((1, 2, 2, 3, 3, 3))
    low = _round(raw, digits)
    if not kind.ranged:
        return low, low
    low = float(max(2, round(raw)))
    return low, low + rng.randint(2, 6)


def _round(value: float, digits: int) -> float:
    """To `digits` significant digits, as news writes figures."""
    magnitude = 10 ** (math.floor(math.log10(value)) - digits + 1)
    return float(round(value / magnitude) * magnitude) if magnitude >= 1 else round(value, 1)


def _digest(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big")


# --- subjects ---------------------------------------------------------------------


@cache
def listed_subjects() -> tuple[Subject, ...]:
    """Organisations and models of rules/entities.yaml, each with its first alias per
    language (the plain name, not a possessive form)."""
    data = yaml.safe_load((ROOT / "rules" / "entities.yaml").read_text(encoding="utf-8"))
    subjects = []
    for entity in data["entities"]:
        if entity["kind"] not in ("organization", "model"):
            continue
        names = tuple((lang, entity["aliases"][lang][0]) for lang in LANGS)
        subjects.append(Subject(entity["id"], names, entity["kind"]))
    return tuple(subjects)


def invented_subjects(count: int, seed: int) -> tuple[list[Subject], list[Subject]]:
    """`count` invented companies and a quarter as many models, CamelCase so the
    extractor sees names in every language, and kept apart from each other and
    from every listed alias so the report's fuzzy matching never merges two."""
    data = templates()["invented"]
    rng = random.Random(f"{seed}|names")
    heads, tails = list(data["heads"]), list(data["tails"])
    candidates = [h + t for h in heads for t in tails]
    rng.shuffle(candidates)
    taken = [name for s in listed_subjects() for _, name in s.names]
    companies: list[str] = []
    for name in candidates:
        if len(companies) >= count:
            break
        if all(fuzz.token_sort_ratio(name, other) < NAME_DISTANCE for other in taken):
            companies.append(name)
            taken.append(name)
    models = [f"{name}-{rng.randint(1, 9)}" for name in companies[: max(1, count // 4)]]
    return (
        [Subject(n, tuple((lang, n) for lang in LANGS)) for n in companies],
        [Subject(n, tuple((lang, n) for lang in LANGS), "model") for n in models],
    )


def distinctive(low: float, high: float) -> bool:
    """What FC104 (attribution-conflict) can see: a range, or >= 100 with 2+ digits."""
    return low != high or (low >= 100 and significant(low) >= 2)
