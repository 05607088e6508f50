"""A Chinese magnitude written without 级 ("花蓮海域發生7.3地震", "土耳其6.3強震") was a
bare count, in batch 7 a death toll of 7.3; a quake named by its date ("921地震", the
quake of 21 September 1999) has no magnitude of 921."""

from __future__ import annotations

import pytest

import factcheck


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("花蓮海域發生7.3地震,震源深度12公里。", [("7.3地震", 7.3, "magnitude"), ("12公里", 12.0, "kilometer")]),
        ("土耳其东南部发生6.3強震。", [("6.3強震", 6.3, "magnitude")]),
        ("摩洛哥发生6.8强震。", [("6.8强震", 6.8, "magnitude")]),
        ("甘肃发生6.2级地震。", [("6.2级地震", 6.2, "magnitude")]),
        ("这是1999年921地震以来最强的地震。", [("921", 921.0, "count")]),
    ],
)  # fmt: skip
def test_a_magnitude_without_its_measure_word(text: str, expected: list) -> None:
    claims = factcheck.extract(text, "zh")
    assert [(c.text, c.value, c.unit) for c in claims if c.unit != "year"] == expected
