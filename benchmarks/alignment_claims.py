"""The synthetic claims of the alignment benchmark (`python -m benchmarks alignment`).

No text is extracted: the claims are built directly as `ReportClaim` objects with
the shape a large news corpus gives them. The corpus is a set of facts (subject,
attribute, topic, unit, period, true value), each restated by one to a dozen
documents. Subjects follow a Zipf law over the known entities plus a long tail of
smaller companies, whose number grows with the corpus (as it does in news);
attributes come with their units (GPU purchases in GPUs, market value in USD, growth
in percent, cluster ratios as ranges), periods are years, fiscal years and quarters
or unstated. Restatements are reworded the way sources reword: a little rounding, a
hedge ("about"), a bound ("more than"). About one fact in eight has a planted
problem: a value off by a factor (value-conflict), a scale word read wrong (x1000,
scale-error), a unit swapped (unit-mismatch), the figure given to another subject
(attribution-conflict) or another year (time-conflict); a planted claim's text
starts with "planted". Each claim's text ends in its unit, as a written figure's does:
unit-mismatch compares only units a text writes.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, partial
from typing import Any

from factcheck.align import UNKNOWN_COUNT
from factcheck.checks.unit_mismatch import unit_spellings
from factcheck.models import Attribute, ReportClaim, Subject

CLAIMS_PER_DOCUMENT = 8

KNOWN_SUBJECTS: tuple[str, ...] = (
    "Microsoft", "Nvidia", "OpenAI", "Google", "Meta", "Amazon", "xAI", "Apple", "AMD",
    "Anthropic", "ByteDance", "Tencent", "Azure", "Copilot", "MAI-1", "MAI-1-preview",
    "ChatGPT", "Tech giants",
)  # fmt: skip
LANGS: tuple[str, ...] = ("en", "de", "nl", "zh")
PERIODS: tuple[str, ...] = (
    "2019", "2021", "2022", "2023", "2024", "2024", "2025", "2025",
    "FY2024", "FY2025", "2025-Q1", "2025-Q2", "2025-Q3",
)  # fmt: skip
UNDATED_SHARE = 0.2  # restatements of a dated fact that leave the period out
YEARS: tuple[str, ...] = ("2021", "2022", "2023", "2024", "2025")


@dataclass(frozen=True)
class Kind:
    """An attribute with its unit, its topics and the magnitudes its values take."""

    attribute: str
    unit: str
    low: float
    high: float
    topics: tuple[str | None, ...] = (None,)
    ranged: bool = False
    weight: float = 1.0
    dated: bool = True


KINDS: tuple[Kind, ...] = (
    Kind("gpu_purchases", "GPU", 1e3, 1e6, weight=3),
    Kind("training_gpus", "GPU", 1e3, 1e5, weight=2),
    Kind("cluster_gpus", "GPU", 1e3, 2e5),
    Kind("parameter_count", "parameter", 1e9, 2e12, weight=2, dated=False),
    Kind("market_value", "USD", 1e10, 5e12, weight=2, dated=False),
    Kind("capex", "USD", 1e9, 1e11, topics=("datacenters", None), weight=2),
    Kind("investment", "USD", 1e7, 2e10, topics=("OpenAI", "ai", "gpus", "datacenters", None),
         weight=3),
    Kind("revenue", "USD", 1e8, 3e11, weight=2),
    Kind("growth", "percent", 1, 120, weight=2),
    Kind("cluster_size_ratio", "multiplier", 2, 12, ranged=True, dated=False),
    Kind("users", "user", 1e5, 1e9),
    Kind("employees", "employee", 100, 3e5),
    Kind("number:count", "count", 2, 1e4, weight=3),
)  # fmt: skip
SWAPPED_UNIT = {"GPU": "parameter", "parameter": "GPU", "user": "employee", "employee": "user"}
# planted problem -> share of facts that carry it
PROBLEMS: dict[str, float] = {
    "value-conflict": 0.05,
    "scale-error": 0.02,
    "unit-mismatch": 0.01,
    "attribution-conflict": 0.02,
    "time-conflict": 0.02,
}


# --- the synthetic corpus ----------------------------------------------------------------


@dataclass
class Corpus:
    claims: list[ReportClaim]
    documents: int
    facts: int
    planted: Counter[str] = field(default_factory=Counter)


class ClaimFactory:
    """Claims with ids c1, c2, ... spread over documents of about eight claims each."""

    def __init__(self, documents: int, rng: random.Random) -> None:
        self.documents, self.rng = documents, rng
        self.claims: list[ReportClaim] = []

    def add(
        self,
        subject: str,
        kind: Kind,
        topic: str | None,
        time: str | None,
        low: float,
        high: float,
        *,
        unit: str | None = None,
        approx: bool = False,
        bound: str | None = None,
        document: int | None = None,
        text: str = "restated",
    ) -> int:
        doc = self.rng.randrange(self.documents) if document is None else document
        start = self.rng.randrange(5_000)
        ranged = kind.ranged and low != high
        lang, unit = self.rng.choice(LANGS), unit or kind.unit
        fields: dict[str, Any] = {
            "id": f"c{len(self.claims) + 1}",
            "file": f"corpus/doc{doc:07d}.txt",
            "start": start,
            "end": start + 12,
            "text": f"{text} {_written(lang, unit)}",  # a claim writes its unit
            "value": None if ranged else low,
            "low": low,
            "high": high,
            "unit": unit,
            "approx": approx,
            "bound": bound,
            "time": time,
            "lang": lang,
            "sentence": (max(0, start - 60), start + 80),
            "subject": _subject_of(subject),
            "attribute": _attribute_of(kind.attribute),
            "topic": topic,
            "role": "source",
        }
        # model_construct: the fields are right by construction, and validating a
        # million claims would time pydantic rather than the code under test.
        self.claims.append(ReportClaim.model_construct(**fields))
        return doc


@cache
def _written(lang: str, unit: str) -> str:
    """How a text of the language writes the unit ("GPUs", "参数", "%"): its first unit
    word, else the unit's name."""
    return min((w for w, u in unit_spellings(lang).items() if u == unit), default=unit)


@cache
def _subject_of(name: str) -> Subject:
    """One object per name, as annotation makes them (and as strings were interned)."""
    return Subject((name,))


@cache
def _attribute_of(text: str) -> Attribute:
    return Attribute.parse(text)


def _subject(rng: random.Random, tail: int) -> str:
    """Zipf over the known entities, then a long tail of smaller companies."""
    rank = int(rng.paretovariate(1.1))
    if rank <= len(KNOWN_SUBJECTS):
        return KNOWN_SUBJECTS[rank - 1]
    return f"Company {rng.randrange(tail):05d}"


def _value(kind: Kind, rng: random.Random) -> float:
    """Log-uniform in the kind's range, to three significant digits as news writes it."""
    raw = kind.low * (kind.high / kind.low) ** rng.random()
    return float(f"{raw:.3g}")


def build_corpus(size: int, seed: int = 0) -> Corpus:
    """About `size` claims; the same seed always gives the same corpus.

    A fact is a (subject, attribute, topic, period) with one true value: drawing a
    fact again restates it (news repeats the same figures), so one subject and
    attribute hold a few periods' values, not thousands of unrelated ones; the
    periods' values of one subject and attribute stay within a factor of four.
    """
    rng = random.Random(seed)
    documents = max(2, size // CLAIMS_PER_DOCUMENT)
    factory = ClaimFactory(documents, rng)
    weights = [k.weight for k in KINDS]
    truths: dict[tuple[str, str, str | None, str | None], tuple[float, float]] = {}
    bases: dict[tuple[str, str, str | None], float] = {}
    planted: Counter[str] = Counter()
    tail = max(50, size // 40)
    while len(factory.claims) < size:
        kind = rng.choices(KINDS, weights)[0]
        subject = _subject(rng, tail)
        topic = rng.choice(kind.topics)
        period = rng.choice(PERIODS) if kind.dated else None
        key = (subject, kind.attribute, topic, period)
        if key not in truths:
            base = bases.setdefault(key[:3], _value(kind, rng))
            truth = float(f"{base * rng.uniform(0.5, 2):.3g}")  # this period's figure
            truths[key] = (truth, truth * rng.uniform(1.3, 2) if kind.ranged else truth)
        truth, high_truth = truths[key]
        restatements = min(12, 1 + int(rng.expovariate(1 / 3)))
        used: set[int] = set()
        for _ in range(restatements):
            low, high, approx, bound = _reworded(truth, high_truth, kind, rng)
            stated = None if rng.random() < UNDATED_SHARE else period
            used.add(factory.add(subject, kind, topic, stated, low, high, approx=approx,
                                 bound=bound))  # fmt: skip
        problem = _problem(rng)
        if problem is None or Attribute.parse(kind.attribute) == UNKNOWN_COUNT:
            continue  # a bare count of nothing known is never compared: nothing to find
        if problem == "time-conflict" and not kind.dated:
            problem = "value-conflict"  # only dated figures can be misdated
        planted[problem] += 1
        document = rng.randrange(documents)
        while document in used and len(used) < documents:
            document = rng.randrange(documents)
        _plant(factory, problem, subject, kind, topic, period, truth, high_truth, tail, rng,
               document)  # fmt: skip
    return Corpus(factory.claims, documents, len(truths), planted)


def _reworded(
    truth: float, high: float, kind: Kind, rng: random.Random
) -> tuple[float, float, bool, str | None]:
    """One source's wording of the truth: exact, rounded, hedged or a lower bound."""
    if kind.ranged:
        return truth, high, False, None
    style = rng.random()
    if style < 0.5:
        return truth, truth, False, None
    if style < 0.7:  # rounded to three or four digits, as outlets round
        digits = 3 if rng.uniform(0.99, 1.01) < 1.0 else 4  # one draw, as before
        rounded = float(f"{truth:.{digits}g}")
        return rounded, rounded, False, None
    if style < 0.9:  # "about", "nearly": within the 5 % a hedge allows
        hedged = float(f"{truth:.2g}")
        if abs(hedged / truth - 1) > 0.04:
            hedged = truth
        return hedged, hedged, True, None
    magnitude = 10 ** math.floor(math.log10(truth * 0.8))
    floor = math.floor(truth * 0.8 / magnitude) * magnitude  # "more than 400,000"
    return floor, floor, False, "gt"


def _problem(rng: random.Random) -> str | None:
    draw = rng.random()
    for problem, share in PROBLEMS.items():
        if draw < share:
            return problem
        draw -= share
    return None


def _plant(
    factory: ClaimFactory,
    problem: str,
    subject: str,
    kind: Kind,
    topic: str | None,
    period: str | None,
    truth: float,
    high: float,
    tail: int,
    rng: random.Random,
    document: int | None,
) -> None:
    """One more source that gets the fact wrong in the way `problem` names."""
    add: Callable[..., int] = partial(factory.add, text=f"planted {problem}")
    if problem == "value-conflict":
        factor = rng.choice((10.0, 0.1, rng.uniform(1.3, 3), rng.uniform(0.3, 0.75)))
        add(subject, kind, topic, period, truth * factor, high * factor, document=document)
    elif problem == "scale-error":
        factor = rng.choice((1e3, 1e-3))
        add(subject, kind, topic, period, truth * factor, high * factor, document=document)
    elif problem == "unit-mismatch":
        unit = SWAPPED_UNIT.get(kind.unit, "GPU" if kind.unit != "GPU" else "parameter")
        add(subject, kind, topic, period, truth, high, unit=unit, document=document)
    elif problem == "attribution-conflict":
        other = _subject(rng, tail)
        other = other if other != subject else f"Company {rng.randrange(tail):05d}"
        add(other, kind, topic, period, truth, high, document=document)
    else:
        moved = rng.choice([y for y in YEARS if y != period])  # undated facts get a year
        add(subject, kind, topic, moved, truth, high, document=document)
