"""Who holds a figure in a list of parties (held-out batch 11): "The CDU/CSU won 28.5%
of the vote, followed by the Alternative for Germany (AfD) with 20.80%" gave the AfD's
share to the CDU/CSU, and "Germany" inside the party's name made the share one "in
Germany" that no other outlet's matched. A name right before "with"/"mit"/"met"/"以"
and its figure holds the figure (`holders_before`); a place that ends a name ("Bank of
England", `place_name_links`) is part of it; a percentage "of" a name is a share of a
whole, not the name's ("about 60 percent of the House of Commons")."""

from __future__ import annotations

import pytest

from tests.annotating import annotated_claims


def read(text: str, lang: str) -> dict[str, tuple[str | None, str | None, str]]:
    claims = annotated_claims(text, lang, "2025-02-24")
    return {
        c.text: (c.subject.readable() if c.subject else None, c.topic, str(c.attribute))
        for c in claims
    }


@pytest.mark.parametrize(
    ("lang", "text", "figure", "subject"),
    [
        ("en", "The CDU/CSU won 28.5% of the vote, followed by the AfD with 20.8%.", "20.8%", "AfD"),
        ("en", "The CDU/CSU won 28.5% of the vote, followed by the Alternative for Germany (AfD) "
               "with 20.80%.", "20.80%", "AfD"),
        ("de", "Die Union siegte klar, gefolgt von der AfD mit 20,8 Prozent.", "20,8 Prozent", "AfD"),
        ("nl", "De VVD kwam uit op 24 zetels, gevolgd door de PVV met ruim 37 zetels.",
         "ruim 37 zetels", "PVV"),
        ("zh", "Meta以2250亿美元的市值位居第二。", "2250亿美元", "Meta"),
    ],
)  # fmt: skip
def test_the_name_before_with_holds_the_figure(
    lang: str, text: str, figure: str, subject: str
) -> None:
    assert read(text, lang)[figure][0] == subject


def test_a_place_a_figure_is_won_in_holds_nothing() -> None:
    text = "The Left (Die Linke) also secured a place in the Bundestag with 8.7% of the vote."
    assert read(text, "en")["8.7%"][0] == "Die Linke"


@pytest.mark.parametrize(
    ("lang", "text", "figure", "subject", "topic"),
    [
        ("en", "The Communist Party of Greece won 7.7% of the vote.", "7.7%",
         "Communist Party of Greece", None),
        ("en", "The Bank of England put inflation at 4.6 percent.", "4.6 percent",
         "Bank of England", None),
        ("nl", "De Partij voor de Dieren haalde 3 zetels.", "3 zetels", "PvdD", None),
        # a state's own title names the state
        ("en", "The Province of Gansu reported 113 deaths.", "113 deaths", "Gansu", None),
    ],
)  # fmt: skip
def test_a_place_ending_a_name_is_part_of_it(
    lang: str, text: str, figure: str, subject: str, topic: str | None
) -> None:
    assert read(text, lang)[figure][:2] == (subject, topic)


def test_a_german_noun_before_fuer_and_a_place_is_no_name() -> None:
    """German capitalises every noun: "die Kosten für die Wallonische Region" are the
    region's costs."""
    text = "Die Kosten für die Wallonische Region stiegen auf 3,8 Milliarden Euro."
    assert read(text, "de")["3,8 Milliarden Euro"][0] == "Wallonia"


@pytest.mark.parametrize(
    ("lang", "text", "figure", "subject"),
    [
        ("en", "In the new parliament, Labour will occupy about 60 percent of the House of Commons.",
         "about 60 percent", "Labour (UK)"),
        ("nl", "In het nieuwe parlement krijgt Labour ongeveer 60 procent van het Lagerhuis.",
         "ongeveer 60 procent", "Labour"),
    ],
)  # fmt: skip
def test_a_percentage_of_a_name_is_a_share_of_it(
    lang: str, text: str, figure: str, subject: str
) -> None:
    assert read(text, lang)[figure][0] == subject


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("de", "Die Union erzielte 28,6 % der Zweitstimmen.", "28,6 %"),
        ("en", "The Union won 28.6% of the vote.", "28.6%"),
        ("nl", "De Union kreeg 28,6 procent van de stemmen.", "28,6 procent"),
        ("zh", "联盟党的得票率为28.6%。", "28.6%"),
    ],
)  # fmt: skip
def test_a_share_of_the_party_list_votes_is_a_vote_share(lang: str, text: str, figure: str) -> None:
    assert read(text, lang)[figure][2] == "vote_share"
