"""Figures given member by member ("Iran and Senegal lost 11 and 3 pilgrims
respectively", "伊朗和塞内加尔各有11名和3名公民…丧生"): each member of the joint subject
gets its own figure, in order, and a figure that names neither unit nor measure ("11
and 3 pilgrims") takes the last one's. Without the marker the joint subject stays.
Figures coordinated with their own objects ("für Rheinland-Pfalz 15 Milliarden Euro
und für Nordrhein-Westfalen 12,3") keep each its own: an object past "und" is the
next figure's."""

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


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The federal and state governments pledged 15 billion euros for Rhineland-Palatinate "
         "and up to 12.3 billion euros for North Rhine-Westphalia.", "en"),
        ("Bund und Länder sagten für Rheinland-Pfalz 15 Milliarden Euro und für "
         "Nordrhein-Westfalen bis zu 12,3 Milliarden Euro zu.", "de"),
        ("Bund en deelstaten beloofden voor Rijnland-Palts 15 miljard euro en voor "
         "Noordrijn-Westfalen tot 12,3 miljard euro.", "nl"),
        ("联邦和各州为莱茵兰-普法尔茨州承诺150亿欧元,并为北莱茵-威斯特法伦州承诺至多123亿欧元。", "zh"),
    ],
)  # fmt: skip
def test_coordinated_figures_keep_their_own_objects(text: str, lang: str) -> None:
    assert [subject for _, subject, _, _ in _about(text, lang)] == [
        "Rhineland-Palatinate",
        "North Rhine-Westphalia",
    ]
