"""A year-like number with an approximation mark and a classifier is a count, not a
year (issue 13, dates): "摩洛哥强震已造成2000多人死亡" was read as nothing at all,
"2000" taken for a year because 多 stood between it and 人."""

from __future__ import annotations

import pytest

from factcheck.extraction.scanner import extract_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("摩洛哥强震已造成2000多人死亡。", [("2000多人", "person", 2000.0)]),
        ("已造成2050余人死亡。", [("2050余人", "person", 2050.0)]),
        ("公司有2000余名员工。", [("2000余名员工", "employee", 2000.0)]),
        ("2024年地震造成300人死亡。", [("300人", "person", 300.0)]),  # 2024年 is a year
    ],
)
def test_a_year_like_count_with_a_mark_is_a_count(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert [(c.text, c.unit, c.low) for c in extract_text(text, "zh")] == expected
