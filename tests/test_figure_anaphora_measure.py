"""A figure that points back at another ("police put the figure at 138,000", "而警方的
数字则为33.8万人") is of that figure's measure (issue 14): before, its clause named no
measure, so the police count was a generic count of people and the organisers'
figure was never held against it. A genitive after the words makes them a noun of
their own ("the number of visitors"), which points back at nothing."""

from __future__ import annotations

import pytest

from tests.annotating import annotated_claims

POINTING_BACK = [
    ("en", "Organisers said 430,000 people joined the march, while police put the figure at "
     "138,000.", "138,000"),
    ("de", "Nach Angaben der Veranstalter nahmen 430.000 Menschen an dem Marsch teil. Die "
     "Polizei bezifferte die Zahl dagegen auf 138.000.", "138.000"),
    ("nl", "Volgens de organisatie liepen 430.000 mensen mee in de mars. De politie hield het "
     "aantal op 138.000.", "138.000"),
    ("zh", "民阵指有43万人参加游行,而警方的数字则为13.8万人。", "13.8万人"),
]  # fmt: skip


def _measures(text: str, lang: str) -> dict[str, str | None]:
    return {c.text: c.attribute.name if c.attribute else None for c in annotated_claims(text, lang)}


@pytest.mark.parametrize(("lang", "text", "figure"), POINTING_BACK)
def test_a_figure_pointing_back_has_the_measure_before(lang: str, text: str, figure: str) -> None:
    measures = _measures(text, lang)
    assert measures[figure] == "participants"
    assert list(measures.values()).count("participants") == 2


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "On 21 July, 430,000 people joined the march. The number of visitors to the "
         "museum reached 138,000.", "138,000"),
        ("nl", "Op 21 juli liepen 430.000 mensen mee in de mars. Het aantal van de bezoekers "
         "aan het museum lag op 138.000.", "138.000"),
    ],
)  # fmt: skip
def test_a_noun_with_a_genitive_points_back_at_nothing(lang: str, text: str, figure: str) -> None:
    assert _measures(text, lang)[figure] != "participants"


def test_a_figure_in_another_paragraph_is_not_pointed_at() -> None:
    text = "Organisers said 430,000 people joined the march.\n\nPolice put the figure at 138,000."
    assert _measures(text, "en")["138,000"] != "participants"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Turnout was 77.8 percent. In 2021 it was 78.7 percent.", "78.7 percent"),
        ("de", "Die Wahlbeteiligung lag bei 77,8 Prozent. 2021 waren es 78,7 Prozent.",
         "78,7 Prozent"),
        ("nl", "De opkomst is 77,8 procent. In 2021 was het 78,7 procent.", "78,7 procent"),
        ("zh", "投票率为77.8%。2021年当时为78.7%。", "78.7%"),
    ],
)  # fmt: skip
def test_a_pronoun_for_a_measure_points_back(lang: str, text: str, figure: str) -> None:
    """ "In 2021 was het 78,7 procent": the pronoun stands for the turnout before."""
    assert _measures(text, lang)[figure] == "turnout"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "In 2017, 81.6 percent of eligible voters cast their ballots.", "81.6 percent"),
        ("de", "2017 gaben 81,6 Prozent der Wahlberechtigten ihre Stimme ab.", "81,6 Prozent"),
        ("nl", "In 2017 bracht 81,6 procent van de kiesgerechtigden hun stem uit.",
         "81,6 procent"),
        ("zh", "2017年有81.6%的选民参与投票。", "81.6%"),
    ],
)  # fmt: skip
def test_voters_casting_their_ballots_is_turnout(lang: str, text: str, figure: str) -> None:
    assert _measures(text, lang)[figure] == "turnout"


@pytest.mark.parametrize(
    ("lang", "text", "figure", "reporter"),
    [
        ("en", "Two Egyptian diplomats told AFP that more than 300 Egyptians died. According to "
         "these figures, at least 60 Jordanians died too.", "at least 60", "AFP"),
        ("de", "Nach Angaben von zwei ägyptischen Diplomaten gegenüber der AFP starben mehr als "
         "300 Ägypter. Nach diesen Angaben starben auch mindestens 60 Jordanier.",
         "mindestens 60 Jordanier", "AFP"),
        ("nl", "Volgens twee Egyptische diplomaten tegenover AFP kwamen meer dan 300 Egyptenaren "
         "om. Volgens dezelfde bron stierven ook minstens 60 Jordaniërs.", "minstens 60", "AFP"),
        ("zh", "据法新社报道,两名埃及外交官称,300多名埃及人死亡。据此,至少60名约旦人也已死亡。",
         "至少60名", "diplomats"),
    ],
)  # fmt: skip
def test_a_reporter_pointed_back_at_reports_the_figure(
    lang: str, text: str, figure: str, reporter: str
) -> None:
    """ "Nach diesen Angaben starben auch mindestens 60 Jordanier": the reporter of the
    sentences before gives this figure too (`reporter_anaphora`), so an article's two
    counts from two reporters are told apart."""
    reporters = {c.text: c.reported_by for c in annotated_claims(text, lang)}
    assert reporters[figure] == reporter
