"""The size of a chamber is a measure of its own (held-out batch 13: "ruim voldoende
voor een meerderheid in het 650 zetels tellende parlement" was the seats for a
majority, an error against 326). Its words are bound to its figure ("650-seat",
"650 Sitze zählenden", "650个议席的下议院"), so the seats a party won in the chamber keep
their measure; a figure's own noun still serves the next figure of a list. Generic
chamber names (下议院, "House of Representatives") are no alias of the Dutch one."""

from __future__ import annotations

import pytest

from tests.annotating import annotated_claims


def measured(text: str, lang: str) -> dict[str, tuple[str, str | None]]:
    claims = annotated_claims(text, lang, "2024-07-05")
    return {c.text: (str(c.attribute), c.subject.readable() if c.subject else None) for c in claims}


@pytest.mark.parametrize(
    ("lang", "text", "won", "chamber"),
    [
        ("en", "Labour won 411 seats in the 650-seat House of Commons.", "411 seats", "650-seat"),
        ("de", "Labour gewann 411 Sitze im 650 Sitze zählenden Unterhaus.", "411 Sitze",
         "650 Sitze"),
        ("nl", "Labour heeft 411 zetels veroverd, ruim voldoende voor een meerderheid in het 650 "
               "zetels tellende parlement.", "411 zetels", "650 zetels"),
        ("zh", "工党赢得411席，在650个议席的下议院中取得多数。", "411席", "650个议席"),
    ],
)  # fmt: skip
def test_a_chambers_size_is_no_partys_seats(lang: str, text: str, won: str, chamber: str) -> None:
    found = measured(text, lang)
    assert (found[won][0], found[chamber][0]) == ("seats", "chamber_seats")


def test_the_chamber_of_a_list_of_party_seats() -> None:
    text = (
        "In the 113-seat Legislative Yuan, no party won a majority: the KMT took 52 seats, "
        "the DPP 51 and the TPP 8."
    )
    found = measured(text, "en")
    assert found["113-seat"][0] == "chamber_seats"
    assert [found[f] for f in ("52 seats", "51", "8")] == [
        ("seats", "KMT"),
        ("seats", "DPP"),
        ("seats", "TPP"),
    ]


def test_a_figures_noun_serves_the_next_of_a_list() -> None:
    found = measured("Iran meldde elf doden, Senegal dertien.", "nl")
    assert found["dertien"] == ("death_toll", "Senegal")


def test_a_generic_lower_house_is_not_the_dutch_one() -> None:
    found = measured("工党在下议院赢得411席。", "zh")
    assert found["411席"][1] != "Tweede Kamer"


def test_a_seat_majority_is_a_lead_not_seats() -> None:
    found = measured(
        "Labour won 411 seats in the 650-seat House of Commons, a 174-seat majority.", "en"
    )
    assert [found[f][0] for f in ("411 seats", "650-seat", "174-seat")] == [
        "seats",
        "chamber_seats",
        "lead",
    ]


@pytest.mark.parametrize(
    ("lang", "text", "figure", "attribute"),
    [
        # a party's seats that miss (or win) an absolute majority are its seats
        ("nl", "Rassemblement National zou met 175 tot 205 zetels geen absolute meerderheid "
               "halen.", "175 tot 205 zetels", "seats"),
        ("de", "Die Union verfehlte mit 208 Sitzen die absolute Mehrheit.", "208 Sitzen", "seats"),
        ("en", "Labour won an absolute majority with 412 seats.", "412 seats", "seats"),
        # the words of a mark name the threshold
        ("de", "Die absolute Mehrheit liegt bei 289 Sitzen.", "289 Sitzen", "majority_threshold"),
        ("nl", "Voor een absolute meerderheid zijn 289 zetels nodig.", "289 zetels",
         "majority_threshold"),
        ("en", "289 seats are needed for an absolute majority.", "289 seats", "majority_threshold"),
        ("zh", "国民议会过半席次为289席。", "289席", "majority_threshold"),
    ],
)  # fmt: skip
def test_an_absolute_majority_is_a_mark_only_in_a_marks_words(
    lang: str, text: str, figure: str, attribute: str
) -> None:
    claims = annotated_claims(text, lang, "2024-07-05")
    assert {c.text: str(c.attribute) for c in claims}[figure] == attribute
