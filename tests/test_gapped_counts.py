"""A second figure whose noun is left out counts what the first counts (issue 13,
counted nouns): "Microsoft bought 485,000 Hopper chips, Meta only 224,000", and in
Chinese a classifier that ends its clause ("48.5万颗Hopper芯片，Meta仅22.4万颗"; held-out
draft "22.4亿颗"), where it was a bare count that met no chip figure."""

from __future__ import annotations

import pytest

from factcheck.extraction.scanner import extract_text
from tests.annotating import annotated_claims


@pytest.mark.parametrize(
    ("lang", "text", "second"),
    [
        ("en", "Microsoft bought 485,000 Hopper chips in 2024, Meta only 224,000.", "224,000"),
        ("de", "Microsoft erwarb 2024 485.000 Hopper-Chips, Meta dagegen nur 224.000.",
         "224.000"),
        ("nl", "Microsoft kocht in 2024 485.000 Hopper-chips, Meta slechts 224.000.", "224.000"),
        ("zh", "微软2024年购买了48.5万颗Hopper芯片，Meta仅22.4万颗。", "22.4万颗"),
    ],
)  # fmt: skip
def test_a_gapped_figure_counts_what_the_first_counts(lang: str, text: str, second: str) -> None:
    claims = {c.text: c for c in annotated_claims(text, lang, "2024-12-20")}
    assert claims[second].unit == "chip"
    assert claims[second].subject == ("Meta",)
    assert str(claims[second].attribute) == "gpu_purchases"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("今年共有3000名员工。去年卖出5万台。", "count"),  # another sentence's noun
        ("微软购买了48.5万颗芯片，另购2万颗GPU。", "GPU"),  # its own noun after it
    ],
)
def test_a_classifier_takes_no_noun_from_another_sentence_or_past_its_own(
    text: str, unit: str
) -> None:
    last = extract_text(text, "zh")[-1]
    assert last.unit == unit
