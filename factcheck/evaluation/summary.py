"""Peer-case results summarised: recall and precision per language, suite and model,
the misses by category, and the tables `factcheck evaluate` prints."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from factcheck.evaluation.peer import (
    ALL,
    BASELINES,
    MISS_CATEGORIES,
    MISSED,
    PYTHON,
    RECOGNIZERS,
    SCORING_RULE,
    SPURIOUS,
    WRONG,
    WRONG_CATEGORY,
    CaseResult,
    Expected,
    claim_interval,
    matches,
    overlap,
)
from factcheck.models import LANGUAGES, Claim


@dataclass(slots=True)
class Counts:
    """Summed counts of a group of cases; recall/precision are None on empty denominators."""

    cases: int = 0
    expected: int = 0
    claims: int = 0
    tp: int = 0
    errors: int = 0

    def add(self, result: CaseResult) -> None:
        self.cases += 1
        self.expected += len(result.case.expected)
        self.claims += len(result.claims)
        self.tp += result.tp
        self.errors += result.error is not None

    @property
    def recall(self) -> float | None:
        return self.tp / self.expected if self.expected else None

    @property
    def precision(self) -> float | None:
        return self.tp / self.claims if self.claims else None


@dataclass(frozen=True, slots=True)
class Row:
    """One aggregate: `suite`/`model` are ALL for the totals over them."""

    subset: str
    lang: str
    suite: str
    model: str
    counts: Counts = field(default_factory=Counts)

    def as_dict(self) -> dict[str, object]:
        c = self.counts
        return {
            "subset": self.subset,
            "lang": self.lang,
            "suite": self.suite,
            "model": self.model,
            "cases": c.cases,
            "expected": c.expected,
            "claims": c.claims,
            "tp": c.tp,
            "errors": c.errors,
            "recall": c.recall,
            "precision": c.precision,
        }


Summary = list[Row]


def _keys(result: CaseResult) -> list[tuple[str, str, str, str]]:
    case = result.case
    keys = [
        (ALL, case.lang, case.suite, case.model),
        (ALL, case.lang, case.suite, ALL),
        (ALL, case.lang, ALL, ALL),
    ]
    if case.suite == RECOGNIZERS and case.python_supported:
        keys += [(PYTHON, case.lang, case.suite, case.model), (PYTHON, case.lang, case.suite, ALL)]
    return keys


def _lang_order(lang: str) -> tuple[int, str]:
    return (LANGUAGES.index(lang) if lang in LANGUAGES else len(LANGUAGES), lang)


def _row_order(key: tuple[str, str, str, str]) -> tuple[object, ...]:
    subset, lang, suite, model = key
    return (_lang_order(lang), suite != ALL, suite, subset != ALL, model != ALL, model)


def summarize(results: Iterable[CaseResult]) -> Summary:
    """Rows per (suite, lang, model), per (suite, lang) and per lang, for "all" and "python"."""
    groups: dict[tuple[str, str, str, str], Counts] = defaultdict(Counts)
    for result in results:
        for key in _keys(result):
            groups[key].add(result)
    return [Row(*key, counts=groups[key]) for key in sorted(groups, key=_row_order)]


@dataclass(frozen=True, slots=True)
class Miss:
    """One remaining error, with enough context to reproduce it."""

    category: str
    suite: str
    lang: str
    model: str
    input: str
    expected: str | None
    got: str | None
    source: str
    case_index: int


def describe_expected(item: Expected) -> str:
    """Short text of an expected item: value, interval or both, and the spec's span text."""
    parts = []
    if item.value is not None:
        parts.append(_num(item.value))
    if item.is_interval:
        parts.append(f"[{_end(item.lower, '-inf')}, {_end(item.upper, '+inf')}]")
    return f"{' '.join(parts)} {item.text!r}"


def describe_claim(claim: Claim) -> str:
    """Short text of a claim: its value or interval, unit and surface text."""
    low, high = claim_interval(claim)
    if claim.value is not None and claim.bound is None:
        shown = _num(claim.value)
    else:
        shown = f"[{_end(low, '-inf')}, {_end(high, '+inf')}]"
    return f"{shown} {claim.unit} {claim.text!r}"


def _end(value: float | None, open_end: str) -> str:
    return open_end if value is None else _num(value)


def _num(value: float) -> str:
    return f"{value:.12g}"


def case_misses(result: CaseResult) -> list[Miss]:
    """The misses of one case, by category (see SCORING_RULE)."""
    case = result.case
    free_claims = set(range(len(result.claims))) - {ci for ci, _ in result.pairs}
    matched_expected = {ei for _, ei in result.pairs}
    free_expected = [i for i in range(len(case.expected)) if i not in matched_expected]

    def miss(category: str, expected: Expected | None, claim: Claim | None) -> Miss:
        return Miss(
            category=category,
            suite=case.suite,
            lang=case.lang,
            model=case.model,
            input=case.input,
            expected=describe_expected(expected) if expected else None,
            got=describe_claim(claim) if claim else None,
            source=case.source,
            case_index=case.case_index,
        )

    found = []
    for ei in free_expected:
        item = case.expected[ei]
        wrong = next((ci for ci in sorted(free_claims) if overlap(result.claims[ci], item)), None)
        if wrong is not None:
            free_claims.discard(wrong)
            found.append(miss(WRONG, item, result.claims[wrong]))
            continue
        other = next((c for c in result.others if overlap(c, item) and matches(c, item)), None)
        found.append(miss(WRONG_CATEGORY if other else MISSED, item, other))
    found += [miss(SPURIOUS, None, result.claims[ci]) for ci in sorted(free_claims)]
    return found


def misses(results: Iterable[CaseResult]) -> list[Miss]:
    """Every remaining miss of the run, in case order."""
    return [m for result in results for m in case_misses(result)]


def group_misses(found: Iterable[Miss]) -> list[tuple[str, str, str, int]]:
    """(category, suite, model, count), most frequent first: where the work is."""
    counter = Counter((m.category, m.suite, m.model) for m in found)
    return [(*key, n) for key, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]


TABLE_HEAD = ["lang", "subset", "suite", "model", "cases", "expected", "claims", "TP"]
TABLE_HEAD += ["recall %", "precision %", *BASELINES]


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}"


def _baselines(row: Row) -> list[str]:
    comparable = row.subset == PYTHON and row.model == ALL
    return [
        f"{r}/{p}" if comparable and (r, p) != (None, None) else ""
        for r, p in (table.get(row.lang, (None, None)) for table in BASELINES.values())
    ]


def _cells(row: Row) -> list[str]:
    c = row.counts
    return [
        row.lang,
        row.subset,
        row.suite,
        row.model,
        str(c.cases),
        str(c.expected),
        str(c.claims),
        str(c.tp),
        _pct(c.recall),
        _pct(c.precision),
        *_baselines(row),
    ]


def _shown(row: Row, by_model: bool) -> bool:
    if by_model:
        return True
    return row.model == ALL and (row.suite == ALL or row.subset == PYTHON)


def render(head: list[str], body: list[list[str]], markdown: bool) -> str:
    """A table as Markdown (pipes) or as aligned plain text."""
    if markdown:
        lines = [head, ["---"] * len(head), *body]
        return "\n".join("| " + " | ".join(cells) + " |" for cells in lines)
    widths = [max(len(r[i]) for r in [head, *body]) for i in range(len(head))]
    return "\n".join(
        "  ".join(cell.ljust(w) for cell, w in zip(cells, widths, strict=True)).rstrip()
        for cells in [head, *body]
    )


def format_table(summary: Summary, markdown: bool, by_model: bool = False) -> str:
    """Per-language table (per suite and model with `by_model`), baselines on python rows.

    The baseline columns are other tools' value recall/precision (%) for that
    language; they are comparable with the "python" rows, not the "all" ones.
    """
    body = [_cells(row) for row in summary if _shown(row, by_model)]
    return render(TABLE_HEAD, body, markdown)


def format_misses(found: Sequence[Miss], limit: int, markdown: bool) -> str:
    """Miss counts by category and model, then up to `limit` examples per category."""
    groups = [[cat, suite, model, str(n)] for cat, suite, model, n in group_misses(found)]
    parts = [render(["category", "suite", "model", "count"], groups, markdown)]
    for category in MISS_CATEGORIES:
        examples = [m for m in found if m.category == category][:limit]
        if not examples:
            continue
        parts.append(f"\n{'### ' if markdown else ''}{category} (first {len(examples)})")
        parts += [_miss_line(m, markdown) for m in examples]
    return "\n".join(parts)


def _miss_line(m: Miss, markdown: bool) -> str:
    where = f"{m.lang} {m.model} #{m.case_index}"
    line = f"{where}: {m.input[:120]!r} expected {m.expected or '-'} got {m.got or '-'}"
    return f"- {line}" if markdown else f"  {line}"


def scoring_rule_markdown() -> str:
    """The scoring rule as Markdown, for the README and docs."""
    return SCORING_RULE
