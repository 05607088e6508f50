"""Extraction scored on the real-article corpus (`corpus/real/`), per language.

Every article is read as factcheck reads any input (its language from the corpus
manifest), its claims extracted with page furniture flagged, and the claims
matched to the gold expressions by overlapping spans:

- **span recall**: gold claims that an extracted claim not flagged as furniture
  overlaps;
- **value recall**: those whose value (or both ends of a range) agrees;
- **precision**: extracted claims not flagged as furniture that overlap a gold claim
  and agree with its value (a wrong value, a date, a name or unflagged furniture
  is a false claim);
- **unit accuracy**: of the value-matched claims, those with the gold unit;
- **furniture flagged**: gold furniture that no unflagged claim overlaps;
- **content flagged**: gold claims that only claims flagged as furniture overlap,
  of the gold claims any claim overlaps.

Numbers agree within a relative 1e-6 (`peer.agree`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.evaluation.gold import GoldExpression, articles, read_article, validate
from factcheck.evaluation.peer import agree
from factcheck.extraction.scanner import extract_document
from factcheck.load.documents import read_document
from factcheck.load.manifest import read_manifest
from factcheck.models import LANGUAGES, Claim

DEFAULT_REAL = Path(__file__).resolve().parents[2] / "corpus" / "real"
MANIFEST = "manifest.csv"


@dataclass
class Score:
    """Counts for one language (or all), and the rates the table shows."""

    lang: str
    articles: int = 0
    gold_claims: int = 0
    gold_furniture: int = 0
    extracted: int = 0
    span_found: int = 0
    value_found: int = 0
    correct_claims: int = 0
    unit_right: int = 0
    furniture_flagged: int = 0
    overlapped: int = 0
    content_flagged: int = 0

    def add(self, other: Score) -> None:
        for name, value in vars(other).items():
            if isinstance(value, int):
                setattr(self, name, getattr(self, name) + value)

    @property
    def rates(self) -> dict[str, float | None]:
        return {
            "span recall": _rate(self.span_found, self.gold_claims),
            "value recall": _rate(self.value_found, self.gold_claims),
            "precision": _rate(self.correct_claims, self.extracted),
            "unit accuracy": _rate(self.unit_right, self.value_found),
            "furniture flagged": _rate(self.furniture_flagged, self.gold_furniture),
            "content flagged": _rate(self.content_flagged, self.overlapped),
        }


@dataclass(frozen=True)
class Miss:
    """One disagreement with the gold, for the list a developer works from."""

    file: str
    category: str
    gold: str
    found: str


@dataclass
class Evaluation:
    scores: dict[str, Score]
    misses: list[Miss] = field(default_factory=list)


def evaluate_corpus(corpus: Path = DEFAULT_REAL) -> Evaluation:
    """Score extraction on every article of the corpus (which must validate)."""
    manifest = read_manifest(corpus / MANIFEST)
    scores = {lang: Score(lang) for lang in LANGUAGES}
    misses: list[Miss] = []
    for path in articles(corpus):
        article, _ = read_article(path)
        entry = manifest.entry_for(path)
        lang = entry.lang if entry and entry.lang else None
        document = read_document(path, str(path.relative_to(corpus)), lang)
        claims = extract_document(document)
        score, found = score_article(document.path, article.expressions, claims)
        score.lang = document.lang
        scores[document.lang].add(score)
        misses.extend(found)
    return Evaluation(scores, misses)


def score_article(
    name: str, gold: Sequence[GoldExpression], claims: Sequence[Claim]
) -> tuple[Score, list[Miss]]:
    score = Score("", articles=1)
    misses: list[Miss] = []
    shown = [c for c in claims if not (c.boilerplate or c.label)]
    score.extracted = len(shown)
    matched: set[int] = set()
    for expression in gold:
        over = [c for c in claims if c.start < expression.end and expression.start < c.end]
        if expression.kind == "furniture":
            score.gold_furniture += 1
            if all(c.boilerplate for c in over):
                score.furniture_flagged += 1
            else:
                misses.append(Miss(name, "furniture not flagged", _gold(expression), _found(over)))
            continue
        if expression.kind != "claim":
            continue
        score.gold_claims += 1
        _score_claim(score, misses, name, expression, over, matched)
    for claim in shown:
        if id(claim) not in matched:
            under = [g for g in gold if g.start < claim.end and claim.start < g.end]
            category = f"spurious ({under[0].reason})" if under and under[0].reason else "spurious"
            if not under or under[0].kind != "claim":
                gold_text = _gold(under[0]) if under else ""
                misses.append(Miss(name, category, gold_text, _found([claim])))
    return score, misses


def _score_claim(
    score: Score,
    misses: list[Miss],
    name: str,
    expression: GoldExpression,
    over: list[Claim],
    matched: set[int],
) -> None:
    if over:
        score.overlapped += 1
    over = [c for c in over if not c.label]
    shown = [c for c in over if not c.boilerplate]
    if over and not shown:
        score.content_flagged += 1
        misses.append(Miss(name, "content flagged", _gold(expression), _found(over)))
        return
    if not shown:
        misses.append(Miss(name, "missed", _gold(expression), ""))
        return
    score.span_found += 1
    right = next((c for c in shown if _same_value(expression, c)), None)
    for claim in shown:
        if claim is not right:
            matched.add(id(claim))  # a wrong reading of a real claim: counted here, once
    if right is None:
        misses.append(Miss(name, "wrong value", _gold(expression), _found(shown)))
        return
    matched.add(id(right))
    score.value_found += 1
    score.correct_claims += 1
    if right.unit == expression.unit:
        score.unit_right += 1
    else:
        misses.append(Miss(name, "wrong unit", _gold(expression), _found([right])))


def _same_value(expression: GoldExpression, claim: Claim) -> bool:
    if expression.value is not None:
        return claim.value is not None and agree(claim.value, expression.value)
    return (
        claim.value is None
        and agree(claim.low, expression.low)
        and agree(claim.high, expression.high)
    )


def _gold(expression: GoldExpression) -> str:
    if expression.kind != "claim":
        return f"{expression.text!r} ({expression.kind}: {expression.reason})"
    if expression.value is not None:
        number = f"{expression.value:g}"
    else:
        number = f"{expression.low:g}–{expression.high:g}"
    return f"{expression.text!r} = {number} {expression.unit}"


def _found(claims: Iterable[Claim]) -> str:
    shown = []
    for claim in claims:
        number = f"{claim.value:g}" if claim.value is not None else f"{claim.low:g}–{claim.high:g}"
        flag = " (furniture)" if claim.boilerplate else ""
        shown.append(f"{claim.text!r} = {number} {claim.unit}{flag}")
    return "; ".join(shown)


def _rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def totals(scores: dict[str, Score]) -> Score:
    total = Score("all")
    for score in scores.values():
        total.add(score)
    return total


COLUMNS = (
    "lang", "articles", "claims", "span recall", "value recall", "precision",
    "unit accuracy", "furniture", "furniture flagged", "content flagged",
)  # fmt: skip


def table_rows(evaluation: Evaluation) -> Iterator[list[str]]:
    for score in [*evaluation.scores.values(), totals(evaluation.scores)]:
        rates = score.rates
        yield [
            score.lang,
            str(score.articles),
            str(score.gold_claims),
            *(_pct(rates[k]) for k in ("span recall", "value recall", "precision")),
            _pct(rates["unit accuracy"]),
            str(score.gold_furniture),
            _pct(rates["furniture flagged"]),
            _pct(rates["content flagged"]),
        ]


def miss_summary(misses: Iterable[Miss]) -> list[tuple[str, int]]:
    return Counter(m.category for m in misses).most_common()


def _pct(rate: float | None) -> str:
    return "–" if rate is None else f"{100 * rate:.1f}"


__all__ = ["DEFAULT_REAL", "Evaluation", "Score", "evaluate_corpus", "table_rows", "validate"]
