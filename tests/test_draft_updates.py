"""A draft's toll that names no hour, held against the update it quotes another
figure from (held-out batch 6: "632 deaths and 392 injuries", where the source that
gives the 632 deaths gives 329 injured with them). The companion must be exact and
distinctive, each sentence must give one figure of each count, and a source of the
same update that agrees with the draft supports it: a toll that stays while the
injured move on names two updates, not a slip."""

from __future__ import annotations

import pytest

from factcheck.runs.checking import check_texts

SOURCES = [
    ("a.txt", "Das Erdbeben in Marokko hat 632 Menschen getötet und 329 verletzt.", "de"),
    ("b.txt", "Am Abend meldete das Ministerium 1.037 Tote und 1.204 Verletzte in Marokko.", "de"),
    ("c.txt", "摩洛哥地震已造成2012人死亡,2059人受伤。", "zh"),
]


def _verdicts(draft: str, lang: str, sources: list = SOURCES) -> list[tuple[str, str | None]]:
    """The verdicts on the draft's injured (392, 2,509, 782)."""
    result = check_texts(("draft.txt", draft, lang), sources)
    injured = [f for f in result.findings if f.text.startswith(("392", "2,509", "782"))]
    return [(f.kind, f.severity) for f in injured if f.kind != "supported"]


@pytest.mark.parametrize(
    ("draft", "lang"),
    [
        ("The earthquake in Morocco killed 632 people and injured 392.", "en"),
        ("Das Erdbeben in Marokko tötete 632 Menschen, 392 wurden verletzt.", "de"),
        ("De aardbeving in Marokko kostte 632 mensen het leven en 392 raakten gewond.", "nl"),
        ("摩洛哥地震造成632人死亡、392人受伤。", "zh"),
        # the figure a change starts from is no level of the update
        ("In Morocco the toll rose from 632 to 1,037 dead, and 392 were injured.", "en"),
        ("The quake in Morocco killed 2,012 people and injured 2,509.", "en"),
    ],
)
def test_a_count_the_quoted_update_gives_otherwise_is_a_warning(draft: str, lang: str) -> None:
    assert _verdicts(draft, lang) == [("value-conflict", "warning")]


def test_the_warning_names_the_companion_and_the_update() -> None:
    draft = ("draft.txt", "The earthquake in Morocco killed 632 people and injured 392.", "en")
    [finding] = [f for f in check_texts(draft, SOURCES).findings if f.kind != "supported"]
    assert finding.message == (
        "Morocco / injured: the draft gives 392 people beside a death toll of 632 people; "
        "the source that gives that death toll says 329 people in a.txt"
    )


@pytest.mark.parametrize(
    ("draft", "lang"),
    [
        # the quoted update's own count
        ("The earthquake in Morocco killed 632 people and injured 329.", "en"),
        # a companion of two significant digits names no update
        ("The earthquake in Morocco killed 600 people and injured 392.", "en"),
        # two figures of the companion's count: which moment is which is unknown
        ("Morocco counted 632 deaths, then 1,037 deaths, and 392 injuries.", "en"),
    ],
)
def test_no_warning_without_one_distinctive_companion(draft: str, lang: str) -> None:
    assert ("value-conflict", "warning") not in _verdicts(draft, lang)


def test_a_toll_that_stayed_while_the_injured_moved_is_two_updates() -> None:
    """113 dead for two days, as the injured went from 536 to 782: the draft that
    quotes the later update is supported by the source that gives it."""
    sources = [
        ("a.txt", "截至19日下午1时,地震造成甘肃省113人死亡,536人受伤。", "zh"),
        ("b.txt", "截至20日上午9时,地震已造成甘肃省113人遇难,782人受伤。", "zh"),
    ]
    draft = "The earthquake in Gansu killed 113 people and injured 782."
    assert ("value-conflict", "warning") not in _verdicts(draft, "en", sources)
