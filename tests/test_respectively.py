"""Figures given member by member ("Iran and Senegal lost 11 and 3 pilgrims
respectively", "伊朗和塞内加尔各有11名和3名公民…丧生"): each member of the joint subject
gets its own figure, in order, and a figure that names neither unit nor measure ("11
and 3 pilgrims") takes the last one's. Without the marker the joint subject stays."""

from __future__ import annotations

import pytest

from factcheck.runs.reporting import report_texts


def _about(text: str, lang: str) -> list[tuple[str, str | None, str, str | None]]:
    claims = report_texts([("a.txt", text, lang)]).claims
    return [
        (
            c.text,
            c.subject.readable() if c.subject else None,
            c.unit,
            c.attribute.name if c.attribute else None,
        )
        for c in claims
    ]


@pytest.mark.parametrize(
    ("text", "lang", "first", "second"),
    [
        ("Iran and Senegal reported 11 and 3 dead respectively.", "en", "11", "3 dead"),
        ("Iran und Senegal meldeten elf beziehungsweise drei Tote.", "de", "elf", "drei Tote"),
        ("Iran en Senegal telden respectievelijk elf en drie doden.", "nl", "elf", "drie doden"),
        ("伊朗和塞内加尔各有11名和3名公民在这场宗教之旅中丧生。", "zh", "11名", "3名"),
    ],
)
def test_each_member_of_a_joint_subject_gets_its_own_figure(
    text: str, lang: str, first: str, second: str
) -> None:
    assert _about(text, lang) == [
        (first, "Iran", "person", "death_toll"),
        (second, "Senegal", "person", "death_toll"),
    ]


def test_without_the_marker_the_figures_stay_the_groups() -> None:
    subjects = {
        subject for _, subject, _, _ in _about("Iran and Senegal reported 11 and 3 dead.", "en")
    }
    assert subjects == {"Iran and Senegal"}


def test_as_many_figures_as_members_or_none_is_distributed() -> None:
    text = "Iran, Senegal and Jordan reported 11 and 3 dead respectively."
    subjects = [subject for _, subject, _, _ in _about(text, "en")]
    assert len(subjects) == 2 and all(" and " in (s or "") for s in subjects)
