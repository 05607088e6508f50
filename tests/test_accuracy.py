"""Accuracy against the peer cases (Recognizers-Text and quantulum3), per language.

`FLOORS` are the figures measured when this file was last updated, less about 0.3
points: a drop below them is a regression. `TARGETS` are the issue's goals; a
language that does not reach them is marked as a strict expected failure so the
gap stays visible and the mark must be removed the day it passes (none today).
On the cases Recognizers-Text's Python package supports, factcheck must beat the
package's published figures (`BASELINES["RT-python"]`).
"""

from __future__ import annotations

import pytest

from factcheck.evaluation.peer import (
    ALL,
    BASELINES,
    DEFAULT_CASES,
    PYTHON,
    RECOGNIZERS,
    evaluate,
    load_cases,
)
from factcheck.evaluation.summary import summarize

# (recall, precision) over all cases of a language, in percent.
FLOORS = {"en": (92.2, 93.3), "de": (91.9, 97.8), "nl": (92.3, 97.7), "zh": (94.0, 95.9)}
# (recall, precision) on the "python" subset, where Recognizers-Text publishes figures.
PYTHON_FLOORS = {"en": (92.5, 96.9), "zh": (94.9, 96.1)}
TARGETS = (90.0, 85.0)
BELOW_TARGET: set[str] = set()

Figures = dict[tuple[str, str], tuple[float, float]]


@pytest.fixture(scope="module")
def figures() -> Figures:
    if not DEFAULT_CASES.exists():
        pytest.skip(f"peer cases missing: {DEFAULT_CASES}")
    rows = summarize(evaluate(load_cases(DEFAULT_CASES)))
    result = {}
    for row in rows:
        overall = row.subset == ALL and row.suite == ALL
        python = row.subset == PYTHON and row.suite == RECOGNIZERS
        if (overall or python) and row.model == ALL:
            result[row.lang, row.subset] = (100 * row.counts.recall, 100 * row.counts.precision)
    return result


@pytest.fixture(scope="module")
def overall(figures: Figures) -> dict[str, tuple[float, float]]:
    return {lang: value for (lang, subset), value in figures.items() if subset == ALL}


@pytest.mark.parametrize("lang", sorted(FLOORS))
def test_no_regression_below_measured_floor(overall: dict, lang: str) -> None:
    recall, precision = overall[lang]
    floor_recall, floor_precision = FLOORS[lang]
    assert recall >= floor_recall, f"{lang} recall {recall:.1f} < {floor_recall}"
    assert precision >= floor_precision, f"{lang} precision {precision:.1f} < {floor_precision}"


@pytest.mark.parametrize(
    "lang",
    [
        pytest.param(lang, marks=pytest.mark.xfail(strict=True, reason="below the issue target"))
        if lang in BELOW_TARGET
        else lang
        for lang in sorted(FLOORS)
    ],
)
def test_issue_target(overall: dict, lang: str) -> None:
    recall, precision = overall[lang]
    assert recall >= TARGETS[0] and precision >= TARGETS[1]


@pytest.mark.parametrize("lang", sorted(PYTHON_FLOORS))
def test_python_subset_floor_and_recognizers_text_beaten(figures: Figures, lang: str) -> None:
    recall, precision = figures[lang, PYTHON]
    floor_recall, floor_precision = PYTHON_FLOORS[lang]
    assert recall >= floor_recall, f"{lang} python recall {recall:.1f} < {floor_recall}"
    assert precision >= floor_precision, f"{lang} python precision {precision:.1f}"
    rt_recall, rt_precision = BASELINES["RT-python"][lang]
    assert recall > rt_recall and precision > rt_precision, (recall, precision)
