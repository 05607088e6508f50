"""Score extracted values against external peer cases: Recognizers-Text and quantulum3.

The project's own tests say what the extractor should do; the peer cases say how
it compares with tools other people built. Each case is one sentence, its
language, the peer model whose specification wrote the expectation, and the
expected values. This module loads the cases, runs the extractor once per
distinct sentence, scores value recall and precision per language, suite and
model, lists the remaining misses by category and prints the tables
(`python -m factcheck.evaluation.peer`, later `factcheck evaluate`).

The scoring rule is `SCORING_RULE` below; it is appended to this docstring and
returned by `scoring_rule_markdown()` so the docs include the same text.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from factcheck.extraction.units import unit_words
from factcheck.models import Claim

SCORING_RULE = """\
## Scoring rule

**Cases and expected items.** A case is one input sentence in one language with
the results a peer model's spec expects. The extractor runs on the sentence with
the case's language. A result with a numeric `value` is expected by value; a
`NumberRangeModel` result is expected as the interval `(lower, upper)`, an open end
being `None`; a quantulum3 result with an uncertainty ("8- to 16-meter" → 12 ± 4)
carries both its midpoint value and its interval. A result with neither a value
nor a range (a bare currency name, "fahrenheit", a relative ordinal like "last")
is not an expected item.

**Scope.** A spec lists only its own model's quantities and is silent about the
other numbers of the sentence, so each model counts only the claims in its scope,
by `unit_category(claim.unit)`. An ordinal that factcheck reads as a label, not a
figure (`claim.label`: "the first time", "die dritte Banane"), is counted by
OrdinalModel only, whose spec lists every ordinal:

- **NumberModel**: number, percent, currency, duration and counted claims, not
  rank, dimension or temperature. "I want to earn $10000 in 3 years" → 10000, 3;
  "2mil SEK" → 2000000; "Anderhalve week" → 1.5; "百分之五十五点五七九" → 55.579;
  "einhundert Leute" → 100; but "the 180ml liquid" and " 29km Road " → nothing,
  and " the May 4th " and "honderdachtste" → nothing.
- **OrdinalModel**: rank claims ("den dritten Auto" → 3).
- **PercentModel**: percent claims ("um 27% auf 300 000 GBP" → 27 only).
- **CurrencyModel**: currency claims.
- **DimensionModel**: dimension claims only: "10 1/2 miles of cable and wire ...
  and 23 computers" → 10.5 only; "doubled its work force to 50,000 in 2020" →
  nothing, so counted things are out.
- **TemperatureModel**: temperature claims. **AgeModel**: duration claims.
- **NumberRangeModel**: ranges and bounded claims of any unit ("weniger als 100 $"
  → (,100); "至少有2252平方英尺" → [2252,)), plus a single claim when it matches an
  "equal to N" expectation [N, N]; other single claims are not counted
  ("records more than 30000 in 2009" → (30000,) only).
- **quantulum3**: every claim; it lists every quantity, plain numbers as
  "dimensionless".

The evidence is mixed in places and the rule follows the majority: Chinese
NumberModel cases expect nothing for "一美元" (4 cases) where English ones
expect the amount (6 cases), and expect "九年八吨" → 9, 8 and "十斤" → 10 (3
cases) where English and Dutch expect nothing for "180ml" (8 cases).

**Agreement.** Two numbers agree when `math.isclose(a, b, rel_tol=1e-6,
abs_tol=1e-9)`. A claim's interval is `(low, high)` for a range, `(value, None)`
for bound gt/ge, `(None, value)` for lt/le and `(value, value)` for a single
number. A claim matches a value expectation when its value agrees, or, for a
range claim, when one of its ends agrees: the unit models report one end of a
range ("He is about 40 - 50 years old" → 50; "tussen de 3 en 15 gram" → 15). A
claim matches an interval expectation when both ends agree (`None` only with
`None`, ends in ascending order); inclusiveness (`[` versus `(`) is not scored.
A quantulum3 expectation with an uncertainty matches by midpoint value or by
interval. Values are compared in the unit written, without conversion: "六千字节"
is expected as 6 kilobyte, "50 cents" as 50 cent. factcheck states an amount in a
minor currency unit in the major one ("50 cents" is 0.5 USD, so that it compares with
dollar amounts); when the claim's text names the minor unit and not the major one,
its value is scaled back to the minor unit before it is compared.

**Counting.** Claims are matched to expected items one-to-one, greedily,
overlapping spans first, then the nearest span. True positives (TP) are the
matched pairs; recall = TP / expected items, precision = TP / claims in scope.
A case expecting nothing still counts its claims in scope as false positives.

**Subsets.** "all" holds every case. "python" holds the Recognizers-Text cases
whose spec does not mark them NotSupported for Python, the set the published
figures of the Recognizers-Text Python package refer to; it holds no quantulum3
case and no NumberRangeModel case.

**Misses.** An expected item left unmatched is a *wrong value* when an unmatched
claim in scope overlaps it, a *wrong category* when a claim outside the scope
overlaps it with an agreeing value (the value was found, with another unit), and
a *missed value* otherwise; a claim in scope left unmatched and not paired as a
wrong value is a *spurious claim*.
"""

if __doc__:
    __doc__ += "\n" + SCORING_RULE

RECOGNIZERS = "recognizers-text"
QUANTULUM = "quantulum3"
NOT_SUPPORTED_DIR = "not-supported-in-python"
ALL = "all"
PYTHON = "python"
DEFAULT_CASES = Path(__file__).resolve().parents[2] / "tests" / "data" / "peer-cases"
REL_TOL = 1e-6
ABS_TOL = 1e-9

# Unit categories each Recognizers-Text model is scored on; None = every category.
SCOPES: dict[str, frozenset[str] | None] = {
    "NumberModel": frozenset({"number", "percent", "currency", "duration", "counted"}),
    "OrdinalModel": frozenset({"rank"}),
    "PercentModel": frozenset({"percent"}),
    "CurrencyModel": frozenset({"currency"}),
    "DimensionModel": frozenset({"dimension"}),
    "TemperatureModel": frozenset({"temperature"}),
    "AgeModel": frozenset({"duration"}),
    "NumberRangeModel": None,
}
# Models whose spec lists intervals only: a single claim counts only when it matches.
INTERVAL_MODELS = frozenset({"NumberRangeModel"})

# Value recall / precision (%) per language of other tools, shown beside our figures.
BASELINES: dict[str, dict[str, tuple[int, int]]] = {
    "RT-python": {"en": (89, 88), "zh": (92, 96)},
    "quantulum3": {"en": (75, 49), "de": (22, 35), "nl": (37, 37), "zh": (6, 27)},
    "text2num": {"de": (68, 41), "nl": (66, 37)},
}

MISSED = "missed value"
WRONG = "wrong value"
WRONG_CATEGORY = "wrong category"
SPURIOUS = "spurious claim"
MISS_CATEGORIES = (MISSED, WRONG, WRONG_CATEGORY, SPURIOUS)

Extractor = Callable[[str, str], Sequence[Claim]]


# --- unit categories ---------------------------------------------------------------

_NUMBER_UNITS = frozenset({"count", "multiplier", "fraction"})
_PERCENT_UNITS = frozenset({"percent", "percentage_point"})
_TEMPERATURE_UNITS = frozenset({"degree_Celsius", "degree_Fahrenheit", "kelvin", "degree_Rankine"})
_COUNTED_ACRONYMS = frozenset({"GPU", "CPU", "TPU", "NPU"})  # three capitals, not currencies
_DURATION_UNITS = frozenset(
    {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century", "millisecond"}
)


@cache
def _is_pint_unit(unit: str) -> bool:
    """Whether pint's default registry knows `unit` (else it is a counted thing)."""
    import pint

    try:
        return unit in pint.get_application_registry()
    except Exception:  # pint raises several parser errors for odd names
        return False


def _fallback_unit_category(unit: str) -> str:
    """The rules of `factcheck.extraction.units.unit_category`, for trees where it is missing."""
    if unit in _NUMBER_UNITS:
        return "number"
    if unit in _PERCENT_UNITS:
        return "percent"
    if unit == "rank":
        return "rank"
    if len(unit) == 3 and unit.isupper() and unit not in _COUNTED_ACRONYMS:
        return "currency"
    if unit in _TEMPERATURE_UNITS:
        return "temperature"
    if unit in _DURATION_UNITS:
        return "duration"
    return "dimension" if _is_pint_unit(unit) else "counted"


try:
    from factcheck.extraction.units import unit_category
except ImportError:  # the units module is written in parallel; score with the same rules
    unit_category = _fallback_unit_category


# --- cases -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Expected:
    """One expected item: a value, an interval (`lower`/`upper`, None = open), or both."""

    value: float | None
    lower: float | None = None
    upper: float | None = None
    text: str = ""
    start: int | None = None
    end: int | None = None

    @property
    def is_interval(self) -> bool:
        return self.lower is not None or self.upper is not None


@dataclass(frozen=True, slots=True)
class PeerCase:
    """One peer sentence with the items its model expects (`source`/`case_index` locate it)."""

    suite: str
    lang: str
    model: str
    input: str
    expected: tuple[Expected, ...]
    python_supported: bool
    source: str
    case_index: int


def _float(value: float | int | None) -> float | None:
    return None if value is None else float(value)


def parse_expected(result: dict) -> Expected | None:
    """An expected item from one JSONL result, or None when it holds no number."""
    rng = result.get("range") or {}
    value = _float(result.get("value"))
    lower, upper = _float(rng.get("lower")), _float(rng.get("upper"))
    if value is None and lower is None and upper is None:
        return None
    return Expected(
        value=value,
        lower=lower,
        upper=upper,
        text=str(result.get("text") or ""),
        start=result.get("start"),
        end=result.get("end"),
    )


def _read_jsonl(path: Path, suite: str, python_supported: bool) -> list[PeerCase]:
    cases = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            items = (parse_expected(r) for r in row.get("results") or [])
            cases.append(
                PeerCase(
                    suite=suite,
                    lang=row["lang"],
                    model=row["model"],
                    input=row["input"],
                    expected=tuple(e for e in items if e is not None),
                    python_supported=python_supported,
                    source=row.get("source", str(path)),
                    case_index=int(row.get("case_index", len(cases))),
                )
            )
    return cases


def load_cases(root: Path) -> list[PeerCase]:
    """Every case under `root` (layout of the peer-cases READMEs), in a stable order.

    quantulum3 cases carry `python_supported=True`: nothing marks them otherwise;
    the "python" subset is defined on Recognizers-Text cases only.
    """
    root = Path(root)
    rt, q3 = root / RECOGNIZERS, root / QUANTULUM
    cases: list[PeerCase] = []
    for path in sorted(rt.glob("*/*.jsonl")):
        if path.parent.name != NOT_SUPPORTED_DIR:
            cases += _read_jsonl(path, RECOGNIZERS, python_supported=True)
    for path in sorted((rt / NOT_SUPPORTED_DIR).glob("*/*.jsonl")):
        cases += _read_jsonl(path, RECOGNIZERS, python_supported=False)
    for path in sorted(q3.glob("*/*.jsonl")):
        cases += _read_jsonl(path, QUANTULUM, python_supported=True)
    return cases


# --- matching ----------------------------------------------------------------------


def agree(a: float | None, b: float | None) -> bool:
    """Two numbers agree within relative 1e-6 (absolute 1e-9 near zero); None only with None."""
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=ABS_TOL)


def claim_interval(claim: Claim) -> tuple[float | None, float | None]:
    """A claim as an interval: range ends, an open bound, or a single point."""
    if claim.value is None:
        return _ordered(claim.low, claim.high)
    if claim.bound in ("gt", "ge"):
        return claim.value, None
    if claim.bound in ("lt", "le"):
        return None, claim.value
    return claim.value, claim.value


def _ordered(low: float | None, high: float | None) -> tuple[float | None, float | None]:
    if low is not None and high is not None and low > high:
        return high, low
    return low, high


def as_written(claim: Claim) -> Claim:
    """The claim in the unit its text names: factcheck states "81 cents" as 0.81 USD,
    the specs expect 81 (see SCORING_RULE)."""
    uw = unit_words(claim.lang)
    text = claim.text.lower()
    for rule in uw.minor.get(claim.unit, []):
        named = [w for w, unit in uw.lookup.items() if unit == rule.unit]
        major = [w for w, unit in uw.lookup.items() if unit == claim.unit]
        major += [p.lower() for p, unit in uw.prefixes.items() if unit == claim.unit]
        if any(w in text for w in named) and not any(w and w in text for w in major):
            scaled = {k: getattr(claim, k) * rule.ratio for k in ("value", "low", "high")
                      if getattr(claim, k) is not None}  # fmt: skip
            return claim.model_copy(update=scaled)
    return claim


def matches(claim: Claim, expected: Expected) -> bool:
    """Whether a claim's value or interval agrees with an expected item (see SCORING_RULE)."""
    claim = as_written(claim)
    if expected.is_interval:
        low, high = claim_interval(claim)
        elow, ehigh = _ordered(expected.lower, expected.upper)
        if agree(low, elow) and agree(high, ehigh):
            return True
        return expected.value is not None and agree(claim.value, expected.value)
    if claim.value is not None:
        return agree(claim.value, expected.value)
    return agree(claim.low, expected.value) or agree(claim.high, expected.value)


def overlap(claim: Claim, expected: Expected) -> int:
    if expected.start is None or expected.end is None:
        return 0
    return max(0, min(claim.end, expected.end) - max(claim.start, expected.start))


def _distance(claim: Claim, expected: Expected) -> int:
    return abs(claim.start - expected.start) if expected.start is not None else sys.maxsize


def match_claims(claims: Sequence[Claim], expected: Sequence[Expected]) -> list[tuple[int, int]]:
    """Greedy one-to-one (claim index, expected index) pairs, overlapping spans first."""
    candidates = [
        (overlap(c, e) == 0, _distance(c, e), ei, ci)
        for ci, c in enumerate(claims)
        for ei, e in enumerate(expected)
        if matches(c, e)
    ]
    used_claims: set[int] = set()
    used_expected: set[int] = set()
    pairs = []
    for _, _, ei, ci in sorted(candidates):
        if ci not in used_claims and ei not in used_expected:
            used_claims.add(ci)
            used_expected.add(ei)
            pairs.append((ci, ei))
    return sorted(pairs)


def in_scope(model: str, claim: Claim) -> bool:
    """Whether `model`'s spec speaks about claims of this unit category (quantulum3: all).
    An ordinal read as a label ("the first time", "die dritte Banane") is in the scope
    of OrdinalModel only, whose spec lists every ordinal; the others count none."""
    if claim.label:
        return model == "OrdinalModel"
    scope = SCOPES.get(model)
    return scope is None or unit_category(claim.unit) in scope


# --- scoring -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CaseResult:
    """One scored case: counted claims, (claim, expected) index pairs, the other claims."""

    case: PeerCase
    claims: tuple[Claim, ...]
    pairs: tuple[tuple[int, int], ...]
    others: tuple[Claim, ...] = ()
    error: str | None = None

    @property
    def tp(self) -> int:
        return len(self.pairs)


def score_case(case: PeerCase, claims: Sequence[Claim], error: str | None = None) -> CaseResult:
    """Score one case's extracted claims against its expected items (see SCORING_RULE)."""
    scoped = [i for i, c in enumerate(claims) if in_scope(case.model, c)]
    pairs = match_claims([claims[i] for i in scoped], case.expected)
    matched = {scoped[ci] for ci, _ in pairs}
    counted = [
        i
        for i in scoped
        if i in matched or case.model not in INTERVAL_MODELS or _is_interval_claim(claims[i])
    ]
    position = {i: n for n, i in enumerate(counted)}
    return CaseResult(
        case=case,
        claims=tuple(claims[i] for i in counted),
        pairs=tuple((position[scoped[ci]], ei) for ci, ei in pairs),
        others=tuple(c for i, c in enumerate(claims) if i not in position),
        error=error,
    )


def _is_interval_claim(claim: Claim) -> bool:
    return claim.value is None or claim.bound is not None


def default_extractor() -> Extractor:
    """The project's extractor, imported late so loading and scoring work without it."""
    from factcheck.extraction.scanner import extract_text

    return extract_text


def evaluate(cases: Iterable[PeerCase], extract: Extractor | None = None) -> list[CaseResult]:
    """Run the extractor once per distinct (input, language) and score every case.

    An exception in the extractor is recorded on the case (scored as no claims)
    rather than stopping the run, so one bad sentence cannot hide the others.
    """
    extract = extract or default_extractor()
    seen: dict[tuple[str, str], tuple[tuple[Claim, ...], str | None]] = {}
    results = []
    for case in cases:
        key = (case.input, case.lang)
        if key not in seen:
            seen[key] = _run(extract, case.input, case.lang)
        claims, error = seen[key]
        results.append(score_case(case, claims, error))
    return results


def _run(extract: Extractor, text: str, lang: str) -> tuple[tuple[Claim, ...], str | None]:
    try:
        return tuple(extract(text, lang)), None
    except Exception as exc:  # recorded and reported, see evaluate()
        return (), f"{type(exc).__name__}: {exc}"


# --- aggregation -------------------------------------------------------------------


# --- misses ------------------------------------------------------------------------
