"""A country's institutions stand for it (issue 14): an article that names no place
but "Tweede Kamerverkiezingen", the Kiesraad or "國家統計局" speaks of that country's
turnout or population (`serves` in rules/entities.yaml). Before, such figures took
the article's most frequent organisation (a party) or no subject, and met no source
that said "the Netherlands" or "China"."""

from __future__ import annotations

import pytest

from tests.annotating import annotated_claims


def _subjects(text: str, lang: str) -> dict[str, tuple[str, ...] | None]:
    return {c.text: c.subject for c in annotated_claims(text, lang)}


@pytest.mark.parametrize(
    ("lang", "text", "figure", "place"),
    [
        ("en", "The PVV won 37 seats. Turnout was 77.7 percent, the Electoral Council said.",
         "77.7 percent", "Netherlands"),
        ("de", "Die PVV gewann 37 Sitze. Die Wahlbeteiligung lag laut dem Wahlrat bei 77,7 Prozent.",
         "77,7 Prozent", "Netherlands"),
        ("nl", "De PVV kreeg 37 zetels. Volgens de Kiesraad lag de opkomst op 77,7 procent.",
         "77,7 procent", "Netherlands"),
        ("zh", "国家统计局发布数据显示，2022年末全国人口141175万人。", "141175万人", "China"),
        ("en", "The Legislative Yuan vote drew a turnout of 71.86 percent.", "71.86 percent",
         "Taiwan"),
    ],
)  # fmt: skip
def test_an_institution_names_its_country(lang: str, text: str, figure: str, place: str) -> None:
    assert _subjects(text, lang)[figure] == (place,)


@pytest.mark.parametrize(
    ("lang", "text", "figure", "place"),
    [
        ("en", "In Belgium turnout was 88.4 percent; the Kiesraad counts the Dutch vote.",
         "88.4 percent", "Belgium"),
        ("nl", "In België lag de opkomst op 88,4 procent; de Kiesraad telt de Nederlandse stemmen.",
         "88,4 procent", "Belgium"),
    ],
)  # fmt: skip
def test_a_named_place_outranks_an_institution(
    lang: str, text: str, figure: str, place: str
) -> None:
    assert _subjects(text, lang)[figure] == (place,)
