"""过 ("over") is a bound only on its own: after 跨, 通, 越, 经 and the like it is part of
a verb (跨过 "to cross", 通过 "to pass"), and the figure is no "more than" (held-out
batch 11's "未能跨过5%的门槛" read as more than 5 %; "通过3项法案" as more than three
bills). `bound_verbs` in lexicon/bounds.yaml."""

from __future__ import annotations

import pytest

import factcheck


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("未能跨过5%的门槛。", [("5%", None)]),
        ("议会通过3项法案。", [("3", None)]),
        ("登山队越过3000米的高峰。", [("3000米", None)]),
        ("超过5000人死亡。", [("超过5000人", "gt")]),
        ("逾千人受伤。", [("逾千人", "gt")]),
    ],
)  # fmt: skip
def test_a_bound_word_inside_a_verb_bounds_nothing(text: str, expected: list) -> None:
    assert [(c.text, c.bound) for c in factcheck.extract(text, "zh")] == expected
