"""An adjective of nationality is no name (held-out batch 12: "the first Japanese
company", "the leading Japanese automaker's net profit" made "Japanese" the sure
subject of Toyota's results, and "een goedkopere Japanse yen" the referent of "Het
bedrijf"; in the corpus "English" took two of Tesla's figures). English ones end in
-ese and -ish, Dutch ones in -se and -sche (`not_name_patterns` in
lexicon/subjects.yaml); German writes them in lower case, Chinese names the country."""

from __future__ import annotations

import pytest

from tests.annotating import subjects_of as subjects_in


def subjects_of(text: str, lang: str) -> dict[str, str | None]:
    return subjects_in(text, lang, "2024-05-08")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "It became the first Japanese company to report an operating profit of over "
               "5 trillion yen."),
        ("en", "The leading Japanese automaker's net profit roughly doubled to 4,944.9 billion yen."),
        ("en", "British voters gave the party 412 seats."),
        ("nl", "Dankzij een goedkopere Japanse yen rekent het bedrijf op een winst van 4,5 "
               "biljoen yen."),
        ("nl", "Na de Britse verkiezingen had de partij 412 zetels."),
        ("nl", "In Groot-Brittannië bleef de Schotse SNP steken op 7 zetels."),
        ("nl", "De Ierse regering betaalde 2 miljard euro."),
        ("nl", "De Zweedse regering en de Canadese regering betaalden samen 3 miljard euro."),
    ],
)  # fmt: skip
def test_an_adjective_of_nationality_is_no_subject(lang: str, text: str) -> None:
    subjects = set(subjects_of(text, lang).values())
    adjectives = {"Japanese", "British", "Japanse", "Britse", "Schotse", "Ierse", "Zweedse"}
    assert not subjects & (adjectives | {"Canadese"})


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "BYD, the largest Chinese carmaker, sold 3.02 million cars.", "3.02 million cars"),
        ("de", "BYD, der größte chinesische Autobauer, verkaufte 3,02 Millionen Autos.",
         "3,02 Millionen Autos"),
        ("nl", "BYD, de grootste Chinese autobouwer, verkocht 3,02 miljoen auto's.",
         "3,02 miljoen auto's"),
        ("zh", "中国最大的车企比亚迪销售了302万辆汽车。", "302万辆汽车"),
    ],
)  # fmt: skip
def test_the_company_described_keeps_its_figure(lang: str, text: str, figure: str) -> None:
    assert subjects_of(text, lang)[figure] == "BYD"


@pytest.mark.parametrize(
    ("lang", "text", "figure", "subject"),
    [
        # a holiday dates a figure (held-out batch 14: "Halloween" held the alley's width)
        ("en", "Seoul mourned. The crush happened during Halloween festivities in a "
               "3.2-meter-wide alley.", "3.2-meter", None),
        ("nl", "Het drama gebeurde tijdens Halloween in een steegje van 3,2 meter breed.",
         "3,2 meter", None),
        ("de", "Die Tragödie ereignete sich an Halloween in einer 3,2 Meter breiten Gasse.",
         "3,2 Meter", None),
        ("zh", "事故发生在万圣节期间一条宽3.2米的小巷。", "3.2米", None),
    ],
)  # fmt: skip
def test_a_holiday_is_no_subject(lang: str, text: str, figure: str, subject: str | None) -> None:
    assert subjects_of(text, lang)[figure] == subject
