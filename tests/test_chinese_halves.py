"""一半 is a half, not one and a half ("死者中一半是女性" had read 一 as a count of
one and 半 as another half; "超过一半的选民" as more than one voter), and 一个半小时 is
one and a half hours, not half an hour. A half of a group is its share and measures
nothing to compare (`measures.a_share_in_words`)."""

from __future__ import annotations

import pytest

import factcheck
from tests.annotating import annotated_claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("死者中一半是女性。", [("一半", 0.5, "count")]),
        ("超过一半的选民投票。", [("超过一半", 0.5, "count")]),
        ("近一半的死者是外国人。", [("近一半", 0.5, "count")]),
        ("会议开了一个半小时。", [("一个半小时", 1.5, "hour")]),
        ("三个半小时后,救援结束。", [("三个半小时", 3.5, "hour")]),
        ("半年后他回来了。", [("半年", 0.5, "year")]),
        ("他们开了三个小时的会。", [("三个小时", 3.0, "hour")]),
    ],
)  # fmt: skip
def test_halves_in_chinese(text: str, expected: list) -> None:
    claims = factcheck.extract(text, "zh")
    assert [(c.text, c.value, c.unit) for c in claims] == expected


def test_more_than_half_of_the_voters_is_no_count_of_voters() -> None:
    claims = annotated_claims("在韩国,超过一半的选民投了票。", "zh", "2024-04-10")
    assert [c.attribute.generic for c in claims if c.attribute] == [True]
