"""The peer-case scoring rule, on hand-made claims and a fake extractor.

The extractor is replaced by a function returning fixed claims, so these tests
pin the rule itself (scope, agreement, one-to-one matching, counting) whatever
state the real extractor is in.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest

from factcheck.evaluation import command
from factcheck.evaluation import peer as ev
from factcheck.evaluation.alignment import _opposed, _sides
from factcheck.evaluation.peer import (
    DEFAULT_CASES,
    MISSED,
    QUANTULUM,
    RECOGNIZERS,
    SPURIOUS,
    WRONG,
    WRONG_CATEGORY,
    Expected,
    PeerCase,
    agree,
    claim_interval,
    evaluate,
    in_scope,
    load_cases,
    parse_expected,
    score_case,
)
from factcheck.evaluation.summary import (
    case_misses,
    format_table,
    group_misses,
    misses,
    scoring_rule_markdown,
    summarize,
)
from factcheck.models import Claim, Finding

TEXT = "x" * 60


def claim(
    value: float | None,
    unit: str = "count",
    start: int = 0,
    end: int = 2,
    *,
    low: float | None = None,
    high: float | None = None,
    bound: str | None = None,
) -> Claim:
    """A claim with only the fields the scorer reads; a single value gets low == high."""
    if value is not None and low is None and high is None:
        low = high = value
    return Claim(
        start=start,
        end=end,
        text=TEXT[start:end],
        value=value,
        low=low,
        high=high,
        unit=unit,
        bound=bound,
        lang="en",
        sentence=(0, len(TEXT)),
    )


def exp(
    value: float | None,
    start: int = 0,
    end: int = 2,
    *,
    lower: float | None = None,
    upper: float | None = None,
) -> Expected:
    return Expected(value=value, lower=lower, upper=upper, text="t", start=start, end=end)


def case(
    model: str,
    expected: Sequence[Expected] = (),
    *,
    suite: str = RECOGNIZERS,
    lang: str = "en",
    python: bool = True,
    text: str = TEXT,
    index: int = 0,
) -> PeerCase:
    return PeerCase(
        suite=suite,
        lang=lang,
        model=model,
        input=text,
        expected=tuple(expected),
        python_supported=python,
        source="test",
        case_index=index,
    )


def fixed(*claims: Claim):
    """A fake extractor returning the same claims for every sentence."""
    return lambda text, lang: list(claims)


# --- expected items ----------------------------------------------------------------


def test_parse_expected_reads_values_ranges_and_skips_empty_results() -> None:
    rt = {"text": "1,5", "value": 1.5, "start": 0, "end": 3}
    rng = {"text": "<20", "value": None, "range": {"lower": None, "upper": 20}}
    q3 = {"text": "8- to 16-meter", "value": 12, "range": {"lower": 8, "upper": 16}}
    assert parse_expected(rt) == Expected(value=1.5, text="1,5", start=0, end=3)
    assert parse_expected(rng) == Expected(value=None, lower=None, upper=20.0, text="<20")
    assert parse_expected(q3) == Expected(value=12.0, lower=8.0, upper=16.0, text="8- to 16-meter")
    assert parse_expected({"text": "fahrenheit", "value": None}) is None


def test_agree_uses_relative_tolerance_and_absolute_near_zero() -> None:
    assert agree(103.666666666667, 311 / 3)
    assert not agree(100.0, 100.001)
    assert agree(0.0, 1e-10)
    assert not agree(0.0, 1e-8)
    assert agree(None, None)
    assert not agree(None, 0.0)


def test_claim_interval_of_single_bounded_and_range_claims() -> None:
    assert claim_interval(claim(5)) == (5, 5)
    assert claim_interval(claim(5, bound="gt")) == (5, None)
    assert claim_interval(claim(5, bound="ge")) == (5, None)
    assert claim_interval(claim(5, bound="le")) == (None, 5)
    assert claim_interval(claim(None, low=30, high=20)) == (20, 30)


# --- matching ----------------------------------------------------------------------


def test_range_expectations_match_on_both_ends_including_open_ones() -> None:
    expected = [exp(None, 0, 2, lower=20, upper=30), exp(None, 10, 12, upper=100)]
    claims = [claim(None, low=20, high=30), claim(100, start=10, end=12, bound="le")]
    result = score_case(case("NumberRangeModel", expected), claims)
    assert (len(result.claims), result.tp) == (2, 2)


def test_range_with_one_wrong_end_or_closed_end_does_not_match() -> None:
    expected = [exp(None, lower=20, upper=30), exp(None, 10, 12, lower=30)]
    claims = [claim(None, low=20, high=31), claim(None, start=10, end=12, low=30, high=40)]
    result = score_case(case("NumberRangeModel", expected), claims)
    assert (len(result.claims), result.tp) == (2, 0)


def test_open_bound_is_matched_by_a_bound_claim_not_by_a_single_value() -> None:
    expected = [exp(None, lower=30)]
    single = score_case(case("NumberRangeModel", expected), [claim(30)])
    bounded = score_case(case("NumberRangeModel", expected), [claim(30, bound="gt")])
    assert (len(single.claims), single.tp) == (0, 0)
    assert (len(bounded.claims), bounded.tp) == (1, 1)


def test_range_model_counts_a_single_claim_only_when_it_matches_equal_to() -> None:
    expected = [exp(None, lower=20, upper=20)]
    claims = [claim(20), claim(2009, start=20, end=24)]
    result = score_case(case("NumberRangeModel", expected), claims)
    assert (len(result.claims), result.tp) == (1, 1)
    assert [c.value for c in result.others] == [2009]


def test_range_claim_matches_a_value_expectation_by_either_end() -> None:
    upper = score_case(case("AgeModel", [exp(50)]), [claim(None, "year", low=40, high=50)])
    lower = score_case(case("AgeModel", [exp(40)]), [claim(None, "year", low=40, high=50)])
    neither = score_case(case("AgeModel", [exp(45)]), [claim(None, "year", low=40, high=50)])
    assert (upper.tp, lower.tp, neither.tp) == (1, 1, 0)


def test_quantulum3_range_matches_by_midpoint_or_interval_but_not_an_end() -> None:
    item = exp(12, lower=8, upper=16)
    q3 = case("quantities", [item], suite=QUANTULUM)
    assert score_case(q3, [claim(12, "meter")]).tp == 1
    assert score_case(q3, [claim(None, "meter", low=8, high=16)]).tp == 1
    assert score_case(q3, [claim(None, "meter", low=8, high=17)]).tp == 0
    assert score_case(q3, [claim(8, "meter")]).tp == 0


def test_matching_is_one_to_one() -> None:
    result = score_case(case("NumberModel", [exp(5)]), [claim(5), claim(5, start=3, end=4)])
    assert (len(result.claims), result.tp) == (2, 1)
    assert [m.category for m in case_misses(result)] == [SPURIOUS]


def test_matching_prefers_the_overlapping_claim() -> None:
    expected = [exp(5, 20, 22)]
    claims = [claim(5, start=0, end=2), claim(5, start=20, end=22)]
    result = score_case(case("NumberModel", expected), claims)
    assert result.pairs == ((1, 0),)
    assert [m.got for m in case_misses(result)] == ["5 count 'xx'"]


def test_percent_values_are_compared_as_written() -> None:
    item = exp(27)
    assert score_case(case("PercentModel", [item]), [claim(27, "percent")]).tp == 1
    assert score_case(case("PercentModel", [item]), [claim(0.27, "percent")]).tp == 0


# --- scope -------------------------------------------------------------------------


def test_currency_model_counts_only_currency_claims() -> None:
    claims = [claim(75e6, "USD"), claim(1989, start=5, end=9), claim(27, "percent", 10, 12)]
    result = score_case(case("CurrencyModel", [exp(75e6)]), claims)
    assert (len(result.claims), result.tp) == (1, 1)
    assert sorted(c.unit for c in result.others) == ["count", "percent"]


@pytest.mark.parametrize(
    ("unit", "counted"),
    [
        ("count", True),
        ("multiplier", True),
        ("percent", True),
        ("USD", True),
        ("year", True),
        ("GPU", True),
        ("rank", False),
        ("kilometer", False),
        ("degree_Celsius", False),
    ],
)
def test_number_model_scope(unit: str, counted: bool) -> None:
    assert in_scope("NumberModel", claim(1, unit)) is counted


@pytest.mark.parametrize(
    ("model", "unit"),
    [
        ("OrdinalModel", "rank"),
        ("PercentModel", "percentage_point"),
        ("DimensionModel", "kilometer"),
        ("TemperatureModel", "degree_Fahrenheit"),
        ("AgeModel", "month"),
    ],
)
def test_unit_models_keep_their_own_category_only(model: str, unit: str) -> None:
    assert in_scope(model, claim(1, unit))
    assert not in_scope(model, claim(1, "count"))


def test_dimension_model_leaves_counted_things_out() -> None:
    assert not in_scope("DimensionModel", claim(23, "GPU"))


def test_quantulum3_counts_every_claim() -> None:
    units = ["count", "rank", "USD", "meter", "GPU", "degree_Celsius"]
    assert all(in_scope("quantities", claim(1, u)) for u in units)


def test_case_expecting_nothing_counts_its_claims_as_false_positives() -> None:
    result = score_case(case("PercentModel"), [claim(30, "percent"), claim(4)])
    assert (len(result.case.expected), len(result.claims), result.tp) == (0, 1, 0)
    counts = summarize([result])[0].counts
    assert (counts.recall, counts.precision) == (None, 0.0)


# --- misses ------------------------------------------------------------------------


def test_miss_categories() -> None:
    expected = [exp(3, 0, 2), exp(7, 10, 12), exp(9, 20, 22)]
    claims = [claim(4, "USD", 0, 2), claim(7, "count", 10, 12), claim(1, "EUR", 40, 42)]
    found = case_misses(score_case(case("CurrencyModel", expected), claims))
    assert [(m.category, m.expected, m.got) for m in found] == [
        (WRONG, "3 't'", "4 USD 'xx'"),
        (WRONG_CATEGORY, "7 't'", "7 count 'xx'"),
        (MISSED, "9 't'", None),
        (SPURIOUS, None, "1 EUR 'xx'"),
    ]


def test_group_misses_counts_by_category_and_model() -> None:
    results = [
        score_case(case("PercentModel"), [claim(1, "percent")]),
        score_case(case("PercentModel"), [claim(2, "percent")]),
        score_case(case("NumberModel", [exp(5)]), []),
    ]
    assert group_misses(misses(results)) == [
        (SPURIOUS, RECOGNIZERS, "PercentModel", 2),
        (MISSED, RECOGNIZERS, "NumberModel", 1),
    ]


# --- running and aggregation -------------------------------------------------------


def test_evaluate_runs_the_extractor_once_per_sentence_and_records_errors() -> None:
    calls: list[tuple[str, str]] = []

    def extract(text: str, lang: str) -> list[Claim]:
        calls.append((text, lang))
        if text == "boom":
            raise ValueError("bad input")
        return [claim(5)]

    cases = [case("NumberModel", [exp(5)]), case("OrdinalModel"), case("NumberModel", text="boom")]
    results = evaluate(cases, extract)
    assert calls == [(TEXT, "en"), ("boom", "en")]
    assert [r.tp for r in results] == [1, 0, 0]
    assert results[2].error == "ValueError: bad input"


def test_summarize_rows_per_model_suite_language_and_subset() -> None:
    cases = [
        case("NumberModel", [exp(5)]),
        case("NumberModel", [exp(5), exp(6, 10, 12)], python=False),
        case("quantities", [exp(5)], suite=QUANTULUM),
        case("NumberModel", [exp(5)], lang="de"),
    ]
    rows = {
        (r.subset, r.lang, r.suite, r.model): r.counts
        for r in summarize(evaluate(cases, fixed(claim(5))))
    }
    en_all = rows[("all", "en", "all", "all")]
    assert (en_all.cases, en_all.expected, en_all.claims, en_all.tp) == (3, 4, 3, 3)
    en_rt = rows[("all", "en", RECOGNIZERS, "all")]
    assert (en_rt.cases, en_rt.expected, en_rt.tp) == (2, 3, 2)
    py = rows[("python", "en", RECOGNIZERS, "all")]
    assert (py.cases, py.expected, py.claims, py.tp, py.recall, py.precision) == (1, 1, 1, 1, 1, 1)
    assert ("python", "en", QUANTULUM, "all") not in rows
    assert rows[("all", "en", QUANTULUM, "quantities")].tp == 1
    assert next(iter(rows)) == ("all", "en", "all", "all")
    assert rows[("all", "de", "all", "all")].cases == 1


def test_format_table_shows_baselines_on_python_rows() -> None:
    summary = summarize(evaluate([case("NumberModel", [exp(5)])], fixed(claim(5))))
    markdown = format_table(summary, markdown=True).splitlines()
    assert markdown[0].startswith("| lang | subset | suite | model | cases | expected |")
    assert markdown[2] == "| en | all | all | all | 1 | 1 | 1 | 1 | 100.0 | 100.0 |  |  |  |"
    python_row = "| en | python | recognizers-text | all | 1 | 1 | 1 | 1 | 100.0 | 100.0 |"
    assert markdown[3] == python_row + " 89/88 | 75/49 |  |"
    assert len(markdown) == 4
    assert len(format_table(summary, markdown=True, by_model=True).splitlines()) == 7
    assert "|" not in format_table(summary, markdown=False)


def test_scoring_rule_is_in_docs_and_names_every_model() -> None:
    rule = scoring_rule_markdown()
    assert rule in (ev.__doc__ or rule)
    for model in ev.SCOPES:
        assert model in rule


def _write_cases(root: Path) -> None:
    folder = root / RECOGNIZERS / "en"
    folder.mkdir(parents=True)
    row = {
        "lang": "en",
        "model": "NumberModel",
        "input": "I have 5 apples",
        "results": [{"text": "5", "value": 5, "start": 7, "end": 8}],
        "source": "spec",
        "case_index": 0,
    }
    (folder / "NumberModel.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")


def test_main_prints_json_with_a_fake_extractor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _write_cases(tmp_path)
    five = claim(5, start=7, end=8)
    monkeypatch.setattr(ev, "default_extractor", lambda: fixed(five))
    assert command.main(["--cases", str(tmp_path), "--json", "--lang", "en"]) == 0
    payload = json.loads(capsys.readouterr().out)
    first = payload["rows"][0]
    assert (first["lang"], first["expected"], first["tp"], first["recall"]) == ("en", 1, 1, 1.0)
    assert payload["misses"] == []


def test_main_lists_misses_and_reports_a_missing_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _write_cases(tmp_path)
    monkeypatch.setattr(ev, "default_extractor", lambda: fixed())
    assert command.main(["--cases", str(tmp_path), "--misses", "5"]) == 0
    out = capsys.readouterr().out
    assert "missed value (first 1)" in out
    assert "en NumberModel #0: 'I have 5 apples' expected 5 '5' got -" in out
    assert command.main(["--cases", str(tmp_path / "absent")]) == 2
    assert "no peer-cases folder" in capsys.readouterr().err


# --- the real peer cases -----------------------------------------------------------


@pytest.fixture(scope="module")
def real_cases() -> list[PeerCase]:
    if not DEFAULT_CASES.is_dir():
        pytest.skip(f"peer cases not copied to {DEFAULT_CASES} yet")
    return load_cases(DEFAULT_CASES)


def test_real_cases_match_the_readme_counts(real_cases: list[PeerCase]) -> None:
    rt = [c for c in real_cases if c.suite == RECOGNIZERS]
    q3 = [c for c in real_cases if c.suite == QUANTULUM]
    assert (len(rt), sum(c.python_supported for c in rt), len(q3)) == (2058, 1531, 121)
    kept = Counter(c.lang for c in rt if c.python_supported)
    assert kept == {"en": 500, "de": 122, "nl": 315, "zh": 594}
    values = Counter()
    for c in rt:
        if c.python_supported:
            values[c.lang] += len(c.expected)
    assert values == {"en": 488, "de": 151, "nl": 332, "zh": 633}
    assert sum(len(c.expected) for c in q3) == 148 + 34


def test_real_cases_match_counts_json_per_file(real_cases: list[PeerCase]) -> None:
    counts = json.loads((DEFAULT_CASES / RECOGNIZERS / "counts.json").read_text("utf-8"))
    kept, dropped, values = Counter(), Counter(), Counter()
    for c in real_cases:
        if c.suite == RECOGNIZERS:
            key = f"{c.lang}/{c.model}"
            (kept if c.python_supported else dropped)[key] += 1
            values[key] += len(c.expected) if c.python_supported else 0
    for key, row in counts["files"].items():
        assert (kept[key], dropped[key], values[key]) == (
            row["kept"],
            row["dropped_python_not_supported"],
            row["kept_numeric_values"],
        ), key


def test_a_finding_holds_only_its_two_sides_against_each_other() -> None:
    """Two claims on one side of a finding are said to agree: a look-alike pair there
    is no false alarm, and a known conflict there is not found."""
    keys = {"c1": ("s", "a.txt", 1), "c2": ("s", "a.txt", 2), "c3": ("s", "b.txt", 1)}
    sided = Finding(
        rule="FC101", kind="value-conflict", severity="error", message="m",
        claim_ids=("c1", "c2", "c3"), first_side=2,
    )  # fmt: skip
    unsided = sided.model_copy(update={"first_side": None})
    a1, a2, b1 = keys["c1"], keys["c2"], keys["c3"]
    assert not _opposed((a1, a2), [_sides(sided, keys)])
    assert _opposed((a2, b1), [_sides(sided, keys)]) and _opposed((b1, a1), [_sides(sided, keys)])
    assert _opposed((a1, a2), [_sides(unsided, keys)])
