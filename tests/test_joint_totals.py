"""A group's total is no member's figure (issue 14, joint subjects): "Microsoft, Amazon,
Meta und Alphabet werden dieses Jahr zusammen rund 350 Milliarden Dollar investieren"
(held-out page de-cash) gave a draft's "Microsoft invests 80 billion dollars this year"
an error, 4.38× apart. A joint subject's figure said together ("zusammen", "samen",
"合计"; `together` in lexicon/subjects.yaml) is marked `summed`: it keeps its group,
which a member's figure never meets, while "Google, Meta and xAI … 6 to 10 times"
still speaks for each of them."""

from __future__ import annotations

import pytest

from factcheck.runs.checking import check_texts
from tests.annotating import annotated_claims

TOTALS = [
    ("en", "This year Microsoft, Amazon, Meta and Alphabet will together invest around 350 "
           "billion dollars."),
    ("de", "Microsoft, Amazon, Meta und Alphabet werden dieses Jahr voraussichtlich zusammen "
           "rund 350 Milliarden Dollar investieren."),
    ("nl", "Microsoft, Amazon, Meta en Alphabet investeren dit jaar samen zo'n 350 miljard "
           "dollar."),
    ("zh", "今年微软、亚马逊、Meta和Alphabet合计将投资约3500亿美元。"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), TOTALS)
def test_a_groups_total_is_summed(lang: str, text: str) -> None:
    (claim,) = annotated_claims(text, lang)
    assert claim.subject is not None and claim.subject.joint
    assert claim.summed


@pytest.mark.parametrize(("lang", "text"), TOTALS)
def test_a_members_figure_is_not_held_against_the_groups_total(lang: str, text: str) -> None:
    result = check_texts(
        ("draft.md", "Microsoft invests 80 billion dollars this year.", "en"),
        [("s.txt", text, lang)],
    )
    assert [(f.rule, f.severity) for f in result.findings] == [("FC100", "info")]
    assert result.supported == []


def test_a_members_figure_is_not_confirmed_by_the_groups_total() -> None:
    result = check_texts(
        ("draft.md", "Microsoft invests 350 billion dollars this year.", "en"),
        [("s.txt", TOTALS[0][1], "en")],
    )
    assert result.supported == []


def test_a_joint_figure_without_a_total_word_still_speaks_for_each_member() -> None:
    (claim,) = annotated_claims(
        "In 2025 Google, Meta and xAI trained on clusters 6 to 10 times larger.", "en"
    )
    assert claim.subject is not None and claim.subject.joint and not claim.summed
