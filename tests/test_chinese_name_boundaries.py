"""Chinese names inside other words (held-out batches 11 and 14). Chinese writes no
spaces, so the entity table's short names matched inside longer words: 民阵 (the Civil
Human Rights Front of the Hong Kong marches) inside 新人民阵线 (France's New Popular
Front) made the French left's seats a Hong Kong protest group's, and 纽埃 (Niue)
inside 埃马纽埃尔·马克龙 (Emmanuel Macron) made the votes of Macron's camp the island
country's. A short name now counts only where it begins or ends a word (jieba's
segmentation, with the table's names in its dictionary), and no name counts inside a
part of a foreign person's name written with a name dot. A translation many parties
share (社会党 "Socialist Party", 自由党) names no one party."""

from __future__ import annotations

import pytest

from factcheck.annotation.han_words import a_name_here, in_a_foreign_name, stands_alone
from factcheck.knowledge import Knowledge
from tests.annotating import subjects_of


def names_in(text: str) -> list[tuple[str, str]]:
    mentions = Knowledge.from_dirs().entities.mentions(text, lang="zh")
    return [(text[m.start : m.end], m.entity) for m in mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("左翼联盟“新人民阵线”获得182个议席。", [("新人民阵线", "New Popular Front")]),
        ("据民阵估计,有103万人参加游行。", [("民阵", "Civil Human Rights Front")]),
        ("领先于埃马纽埃尔·马克龙所在党派。", [("埃马纽埃尔·马克龙", "埃马纽埃尔·马克龙")]),
        ("中国·北京 新华社电", [("中国", "China"), ("北京", "Beijing"), ("新华社", "Xinhua")]),
        ("搜索巨头谷歌宣布裁员。", [("谷歌", "Google")]),
        ("微软公司表示将加大投资。", [("微软", "Microsoft")]),
        ("法国社会党获得66席。", [("法国社会党", "Socialist Party of France")]),
    ],
)  # fmt: skip
def test_a_short_name_is_a_word_of_its_own(text: str, expected: list[tuple[str, str]]) -> None:
    assert names_in(text) == expected


def test_a_place_in_a_longer_place_word_stays_a_place() -> None:
    assert stands_alone("在中国台湾地区", 3, 5, {"台湾", "中国"}) is False
    assert a_name_here("在中国台湾地区", 3, 5, True, {"台湾", "中国"}) is True


@pytest.mark.parametrize(
    ("text", "start", "end", "inside"),
    [
        ("埃马纽埃尔·马克龙", 2, 4, True),
        ("马克·吕特", 3, 5, False),  # the whole part: the name itself
        ("中国·北京", 0, 2, False),
        ("中国北京", 0, 2, False),  # no name dot
    ],
)  # fmt: skip
def test_inside_a_foreign_name(text: str, start: int, end: int, inside: bool) -> None:
    assert in_a_foreign_name(text, start, end) is inside


def test_the_french_lefts_seats_are_not_a_hong_kong_groups() -> None:
    text = "法国国民议会选举结果显示,左翼联盟“新人民阵线”获得182个议席,位居第一。"
    assert subjects_of(text, "zh", "2024-07-08")["182个议席"] == "New Popular Front"
