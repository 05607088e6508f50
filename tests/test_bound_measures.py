"""What a figure measures, when the words around it belong to other figures or to a
conversion (held-out batch 7, Huawei's 2023 results: "generating CNY704.2bn
($99.45bn) in revenue and CNY87bn ($12.29bn) in net profits" made the net profit a
revenue, and "CNY362bn" a company):

- a measure word after "in"/"aan" that follows a figure is that figure's;
- a conversion in brackets does not end its figure's clause ("about 35km (21 miles)
  deep");
- a currency code run into its figure ("CNY362bn") is no name.
"""

from __future__ import annotations

import pytest

from factcheck.annotation.names import name_finder
from factcheck.runs.reporting import report_texts


def _measures(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.text, str(c.attribute)) for c in report_texts([("a.txt", text, lang)]).claims]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Apple made $94.9 billion in revenue and $14.7 billion in net income in the quarter.", "en",
         [("$94.9 billion", "revenue"), ("$14.7 billion", "profit")]),
        ("Huawei generated CNY704.2bn ($99.45bn) in revenue and CNY87bn ($12.29bn) in net profit.", "en",
         [("CNY704.2bn", "revenue"), ("$99.45bn", "revenue"), ("CNY87bn", "profit"), ("$12.29bn", "profit")]),
        ("Het bedrijf boekte 4 miljard euro aan omzet en 1 miljard euro aan nettowinst.", "nl",
         [("4 miljard euro", "revenue"), ("1 miljard euro", "profit")]),
    ],
)  # fmt: skip
def test_a_measure_word_after_a_figure_is_that_figures(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert _measures(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "depth"),
    [
        ("The epicentre was 18km (11 miles) south of the city and about 35km (21 miles) deep.", "en", "about 35km"),
        ("Das Epizentrum lag 18 Kilometer südlich der Stadt in 35 Kilometern (22 Meilen) Tiefe.", "de", "35 Kilometern"),
    ],
)  # fmt: skip
def test_a_conversion_in_brackets_does_not_end_the_clause(text: str, lang: str, depth: str) -> None:
    assert (depth, "focal_depth") in _measures(text, lang)


@pytest.mark.parametrize("token", ["CNY362bn", "CNY52.6bn", "USD1.2m", "EUR4,7"])
def test_a_currency_code_run_into_its_figure_is_no_name(token: str) -> None:
    text = f"The unit generated {token} last year, and Acme Robotics grew."
    found = {text[lo:hi] for lo, hi in name_finder("en", frozenset()).find(text, 0, len(text))}
    assert token not in found and "Acme Robotics" in found


def test_a_hedged_count_meets_another_count_by_chance() -> None:
    """held-out batch 7: "With a population of about 300,000, the county" against
    "30万户" without power was a unit mismatch (people and homes); the exact figures
    of "500 billion parameters" and "500 billion GPUs" still are."""
    hedged = report_texts(
        [
            ("a.txt", "Taiwan has a population of about 300,000 in Hualien.", "en"),
            ("b.txt", "台湾有30万户停电。", "zh"),
        ]
    )
    assert [f.kind for f in hedged.findings if f.kind == "unit-mismatch"] == []
    exact = report_texts(
        [
            ("a.txt", "MAI-1, ein Modell mit 500 Milliarden Parametern.", "de"),
            ("b.txt", "MAI-1 was trained with 500 billion GPUs in 2025.", "en"),
        ]
    )
    assert [f.kind for f in exact.findings] == ["unit-mismatch"]
