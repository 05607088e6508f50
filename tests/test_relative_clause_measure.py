"""A relative clause right after a count tells what the counted did (issue 14): "die
Deutsche Presseagentur berichtet von mindestens 64 Menschen, die in der Hitze
gestorben seien" is a death toll, though the count's own clause names no measure.
Before, the figure was a bare count of people and met no one's toll."""

from __future__ import annotations

import pytest

from tests.annotating import annotated_claims


def _measures(text: str, lang: str) -> dict[str, str | None]:
    return {c.text: c.attribute.name if c.attribute else None for c in annotated_claims(text, lang)}


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "The agency reported at least 64 people who died in the heat.",
         "at least 64 people"),
        ("de", "Die Agentur berichtet von mindestens 64 Menschen, die in der Hitze gestorben seien.",
         "mindestens 64 Menschen"),
        ("nl", "Het persbureau meldt minstens 64 mensen, die in de hitte zijn omgekomen.",
         "minstens 64 mensen"),
        ("zh", "通讯社报道，至少64名在高温中死亡的朝圣者。", "至少64名"),
    ],
)  # fmt: skip
def test_a_relative_clause_names_the_measure_of_the_count_before_it(
    lang: str, text: str, figure: str
) -> None:
    assert _measures(text, lang)[figure] == "death_toll"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        # the count's own clause names its measure: the relative clause is no matter
        ("en", "Police counted 240,000 marchers, who said 2 people died.", "240,000 marchers"),
        ("de", "Die Polizei zählte 240.000 Demonstranten, die sagten, 2 Menschen seien gestorben.",
         "240.000 Demonstranten"),
        # words between the count and the clause: it is not the count's
        ("nl", "Er kwamen 30 mensen naar de herdenking, die aan de omgekomen slachtoffers was gewijd.",
         "30 mensen"),
    ],
)  # fmt: skip
def test_only_a_clause_right_after_a_count_without_a_measure_names_it(
    lang: str, text: str, figure: str
) -> None:
    assert _measures(text, lang)[figure] != "death_toll"


@pytest.mark.parametrize(
    ("lang", "text", "figure", "reporter"),
    [
        ("en", "The German Press Agency reported at least 64 people who died.",
         "at least 64 people", "dpa"),
        ("de", "Die Deutsche Presseagentur berichtet von mindestens 64 Menschen, die gestorben "
         "seien, nach Zählungen der AFP sind es mehr als 570.", "mindestens 64 Menschen", "dpa"),
        ("nl", "Volgens Agence France-Presse zijn meer dan 570 mensen omgekomen.", "meer dan 570 mensen",
         "AFP"),
        ("zh", "据德新社报道，至少64人死亡。", "至少64人", "dpa"),
    ],
)  # fmt: skip
def test_a_news_agency_is_known_by_its_full_name(
    lang: str, text: str, figure: str, reporter: str
) -> None:
    """dpa's 64 against AFP's 570 in one article is two reporters disagreeing; with
    "Deutsche Presseagentur" unknown, both figures were AFP's."""
    [claim] = [c for c in annotated_claims(text, lang) if c.text == figure]
    assert claim.reported_by == reporter
