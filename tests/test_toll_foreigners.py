"""The foreigners among a toll's dead, and where people come from (issue 14, held-out
batch 14's Itaewon pages): "154, including 26 foreigners" is a part of the event's
country's toll, not a toll of the countries the victims came from, and every name of a
list of origins is an origin, never the article's place. Moved from
tests/test_places_of_figures.py, which holds the other classes of where a figure is."""

from __future__ import annotations

import pytest

from tests.annotating import annotated_claims
from tests.news_reports import claim_subjects, report_of


@pytest.mark.parametrize(
    ("text", "lang", "foreigners"),
    [
        (
            "A crush in South Korea killed 154. Officials later said 26 foreigners were among "
            "the dead, including five from China and two from the United States.",
            "en",
            "26 foreigners",
        ),
        (
            "In Südkorea starben 154 Menschen, darunter 26 Ausländer aus China und Iran.",
            "de",
            "26 Ausländer",
        ),
        (
            "In Zuid-Korea kwamen 154 mensen om het leven, onder wie 26 buitenlanders, van wie "
            "vijf uit Rusland.",
            "nl",
            "26 buitenlanders",
        ),
        ("韩国踩踏事件造成154人死亡，遇难者中包括中国人4名、俄罗斯人4名，外国人共26名。", "zh", "26名"),
    ],
)  # fmt: skip
def test_the_foreigners_among_the_dead_are_a_part_of_the_countrys_toll(
    text: str, lang: str, foreigners: str
) -> None:
    """Held-out batch 14: "154, including 26 foreigners" made the 26 a toll of its own
    (of China, Iran or Russia, the victims' origins named nearby), against the 154.
    The foreigners are `death_toll_foreign` (`in_figure`, `from_elsewhere` in
    rules/attributes.yaml), counted in the event's country; a place after "from" that a
    nearer figure stands before is that figure's ("five from China")."""
    claims = {c.text: c for c in annotated_claims(text, lang)}
    counted = claims[foreigners]
    assert (counted.subject, counted.attribute.name) == (("South Korea",), "death_toll_foreign")
    tolls = [c for c in claims.values() if c.attribute.name == "death_toll"]
    assert all(c.subject == ("South Korea",) or c.value < 10 for c in tolls)


def test_every_name_of_a_list_of_origins_is_an_origin() -> None:
    """Yonhap lists the 26 foreign victims' countries ("… Kazakhstan, Uzbekistan, and Sri
    Lanka"): the last one, after ", and", was a place of the article, its main place."""
    text = (
        "The toll of the crush rose to 154, officials said. The victims include five from "
        "Iran, two from Japan, and one each from Thailand, Uzbekistan, and Sri Lanka. It was "
        "the deadliest disaster in South Korea in years."
    )
    assert claim_subjects(report_of((text, "en")))[0] == ("154", "South Korea")
