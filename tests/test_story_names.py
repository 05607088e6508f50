"""Names that are no part of the story make no subject (issue 14): a wire dateline
names where and by whom a dispatch was filed ("BEIJING, Jan 17 (Reuters) -",
"新华社兰州12月20日电"), and a list of other articles under a page's "Related" heading
names places the story is not about. Before, such a place was the subject of the
story's figures ("Hong Kong" for China's population, from a news site's related
headlines)."""

from __future__ import annotations

import pytest

from tests.annotating import annotated_claims


def _subjects(text: str, lang: str) -> dict[str, tuple[str, ...] | None]:
    return {c.text: c.subject for c in annotated_claims(text, lang)}


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "BEIJING, Jan 17 (Reuters) - The population fell by 850,000 people in 2022.",
         "850,000 people"),
        ("en", "BERLIN (AP) — The new plant will employ 12,000 workers.", "12,000 workers"),
        ("de", "PEKING (dpa) - Die Bevölkerung schrumpfte 2022 um 850.000 Menschen.",
         "850.000 Menschen"),
        ("de", "DEN HAAG (dpa-AFX) - Die Partei gewann 37 Sitze.", "37 Sitze"),
        ("nl", "PEKING (ANP) - De bevolking kromp in 2022 met 850.000 mensen.", "850.000 mensen"),
        ("zh", "新华社北京1月17日电 2022年末人口比上年末减少85万人。", "85万人"),
    ],
)  # fmt: skip
def test_a_datelines_place_is_no_subject(lang: str, text: str, figure: str) -> None:
    assert _subjects(text, lang)[figure] is None


@pytest.mark.parametrize(
    ("lang", "text", "figure", "subject"),
    [
        ("en", "BERLIN (AP) — Tesla will employ 12,000 workers at the plant.", "12,000 workers",
         "Tesla"),
        ("de", "BERLIN (dpa) - Tesla will im Werk 12.000 Menschen beschäftigen.",
         "12.000 Menschen", "Tesla"),
        ("nl", "BERLIJN (ANP) - Tesla wil in de fabriek 12.000 mensen in dienst nemen.",
         "12.000 mensen", "Tesla"),
        ("zh", "新华社柏林3月22日电 特斯拉柏林工厂将雇用1.2万名员工。", "1.2万名员工", "Tesla"),
    ],
)  # fmt: skip
def test_after_a_dateline_the_story_names_its_subject(
    lang: str, text: str, figure: str, subject: str
) -> None:
    assert _subjects(text, lang)[figure] == (subject,)


RELATED = {
    "en": (
        "Population data\n\n"
        "The population aged 60 and over reached 280.04 million, the statistics office said.\n\n"
        "Related articles\n"
        "Hong Kong legislature holds its first meeting\n"
        "Hong Kong property: is the winter over?\n"
        "Hong Kong tram fares to rise",
        "280.04 million",
    ),
    "de": (
        "Bevölkerungsdaten\n\n"
        "Die Bevölkerung schrumpfte um 850.000 Menschen, teilte das Statistikamt mit.\n\n"
        "Mehr zum Thema\n"
        "Hongkongs Parlament tritt erstmals zusammen\n"
        "Hongkong: Ist der Immobilienwinter vorbei?\n"
        "Hongkong erhöht die Tramtarife",
        "850.000 Menschen",
    ),
    "nl": (
        "Bevolkingscijfers\n\n"
        "De bevolking kromp met 850.000 mensen, meldde het statistiekbureau.\n\n"
        "Lees ook\n"
        "Parlement van Hongkong komt voor het eerst bijeen\n"
        "Hongkong: is de winter op de huizenmarkt voorbij?\n"
        "Hongkong verhoogt de tramtarieven",
        "850.000 mensen",
    ),
    "zh": (
        "國家統計局:2022年全年出生人口956萬人\n\n"
        "據國家統計局網站,60周歲及以上人口28004萬人,佔全國人口19.8%。\n\n"
        "【編輯:丘志彬】\n\n"
        "更 多\n"
        "香港立法會舉行首次會議 通過大埔火災後支援及重建工作議案\n"
        "【你不知道的香港】高樓林立的香港正悄然進行一項移山計劃\n"
        "香港樓市寒冬已過?現在是買樓好時機嗎?",
        "28004萬人",
    ),
}


# What the story itself names: no place, but in de and zh China's statistics office
# ("das Statistikamt", "國家統計局"), which stands for China (`serves`).
STORY_PLACE = {"en": None, "de": ("China",), "nl": None, "zh": ("China",)}


@pytest.mark.parametrize("lang", sorted(RELATED))
def test_names_in_a_list_of_other_articles_are_not_the_story(lang: str) -> None:
    text, figure = RELATED[lang]
    assert _subjects(text, lang)[figure] == STORY_PLACE[lang]
