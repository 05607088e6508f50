"""What flood coverage measures (a river's level, its rise, the rain), who the people
counted are (girls, Mädchen, meisjes, 女孩), the states and provinces a toll is of,
picture credits that name no subject, and the verbs of a share price's move."""

from __future__ import annotations

import pytest

from factcheck.runs.reporting import report_texts
from tests.annotating import annotated_claims, readings, subjects_of


@pytest.mark.parametrize(
    ("lang", "text", "figure", "attribute"),
    [
        # from the corpus: rd.nl and a German agency text on Storm Boris
        ("nl", "In Dresden is het waterpeil van de Elbe al vier keer zo hoog als het normale peil van 1,42 meter.", "1,42 meter", "water_level"),
        ("nl", "Tijdens de overstromingen van 2002 kwam het waterpeil tot 9,40 meter.", "9,40 meter", "water_level"),
        ("de", "In der Stadt Jesenik sind seit Donnerstagmorgen 473 mm (19 Zoll) Regen gefallen.", "473 mm", "rainfall"),
        ("de", "Der Pegel der Elbe in Dresden stieg um 2 Meter auf 6,20 Meter.", "2 Meter", "water_rise"),
        ("de", "Der Pegel der Elbe in Dresden stieg um 2 Meter auf 6,20 Meter.", "6,20 Meter", "water_level"),
        ("en", "The river crested at 34 feet on Saturday.", "34 feet", "water_level"),
        ("en", "Since Thursday, 473 mm of rain has fallen in Jesenik.", "473 mm", "rainfall"),
        ("nl", "In Jesenik viel sinds donderdag 473 mm regen.", "473 mm", "rainfall"),
        ("zh", "易北河德累斯顿段水位周二升至6.2米。", "6.2米", "water_level"),
        ("zh", "耶塞尼克自周四以来降雨量达473毫米。", "473毫米", "rainfall"),
        # a change word alone still makes a share a change of what the clause names
        ("de", "Tesla lieferte 494.989 Elektrofahrzeuge aus, ein Anstieg von fast 20 Prozent.", "fast 20 Prozent", "deliveries_change"),
        # the people counted
        ("en", "Camp Mystic was hosting about 750 girls when the flood hit.", "about 750 girls", "counted:person"),
        ("de", "Im Camp Mystic waren rund 750 Mädchen.", "rund 750 Mädchen", "counted:person"),
        ("nl", "In Camp Mystic waren ongeveer 700 meisjes aanwezig.", "ongeveer 700 meisjes", "counted:person"),
        ("zh", "营地里有750名女孩。", "750名女孩", "counted:person"),
        # a share price moves by these verbs too
        ("nl", "Bij BMW zakte het aandeel op de beurs met veertien procent.", "veertien procent", "share_price_change"),
        ("nl", "Het aandeel BMW kelderde 8 procent.", "8 procent", "share_price_change"),
        ("nl", "Het aandeel BMW klom 8 procent.", "8 procent", "share_price_change"),
        ("de", "Die BMW-Aktie gab 8 Prozent nach.", "8 Prozent", "share_price_change"),
        ("en", "BMW shares slumped 8 percent.", "8 percent", "share_price_change"),
        ("en", "BMW shares rallied 8%.", "8%", "share_price_change"),
        ("zh", "宝马股价重挫8%。", "8%", "share_price_change"),
    ],
)  # fmt: skip
def test_what_a_figure_measures(lang: str, text: str, figure: str, attribute: str) -> None:
    assert readings(text, lang)[figure].attribute == attribute


@pytest.mark.parametrize(
    ("lang", "text", "figure", "subject"),
    [
        ("en", "In Texas, 82 people died in the floods.", "82 people", "Texas"),
        ("zh", "得克萨斯州有82人死亡。", "82人", "Texas"),
        ("de", "In Niederösterreich starben 5 Menschen.", "5 Menschen", "Lower Austria"),
        ("nl", "In Neder-Oostenrijk kwamen 5 mensen om.", "5 mensen", "Lower Austria"),
        # from the corpus: a Chinese page on Storm Boris; a Czech region is a 州 or a 地区
        ("zh", "捷克摩拉维亚-西里西亚地区有3.7万户家庭仍然断电。", "3.7万户", "Moravian-Silesian Region"),
        # the longest name wins: Maryland holds 兰州 (Lanzhou), New Zealand Zeeland
        ("zh", "马里兰州有5人死亡。", "5人", "Maryland"),
        ("nl", "In Nieuw-Zeeland kwamen 5 mensen om.", "5 mensen", "New Zealand"),
        ("en", "In West Virginia 5 people died.", "5 people", "West Virginia"),
        # an unlisted name headed by a word of places is a place
        ("en", "Floods hit central Texas. In Travis County, four deaths were confirmed.", "four deaths", "Travis County"),
        ("nl", "In de provincie Luik kwamen 20 mensen om.", "20 mensen", "Liège"),
        ("en", "Myanmar was hit by a quake. 144 people died in Sagaing Region.", "144 people", "Sagaing Region"),
        # from the corpus: upday.nl on Storm Boris; "Daar" points at the place before
        ("nl", "Naast Oostenrijk meldden ook andere landen doden. In Roemenië vielen de meeste slachtoffers. Daar zijn zeker zes mensen omgekomen.", "zes mensen", "Romania"),
        ("de", "Österreich meldete zwei Tote. In Rumänien gab es die meisten Opfer. Dort kamen sechs Menschen ums Leben.", "sechs Menschen", "Romania"),
        ("zh", "奥地利有两人死亡。罗马尼亚的死亡人数最多。那里有6人遇难。", "6人", "Romania"),
        # an event's measure is its country's: an unlisted place is in no country known
        ("en", "Myanmar was hit by a quake on Friday. The quake, centred in Sagaing Region, had a magnitude of 7.7, and 144 people died in Sagaing Region.", "magnitude of 7.7", "Myanmar"),
    ],
)  # fmt: skip
def test_a_toll_is_of_the_state_or_province_named(
    lang: str, text: str, figure: str, subject: str
) -> None:
    assert subjects_of(text, lang)[figure] == subject


def test_limburg_names_no_one_province() -> None:
    """Belgium and the Netherlands each have a Limburg: the bare name names neither,
    so a Belgian article that names it is still sure of Belgium."""
    text = (
        "Het noodweer in ons land eiste officieel al 20 dodelijke slachtoffers. Wallonië en "
        "Limburg zijn ernstig getroffen. In België vielen officieel al 20 dodelijke slachtoffers."
    )
    read = readings(text, "nl")
    assert "Dutch Limburg" not in {r.subject for r in read.values()}
    assert subjects_of("In Nederlands-Limburg kwamen 3 mensen om.", "nl")["3 mensen"] == (
        "Dutch Limburg"
    )


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        # from the corpus: a Chinese page on the Texas floods, a caption's credit
        ("zh", "新一轮洪水警报(德州克尔郡警长办公室脸书图片)\n\n截至7月15日,该旅馆内 15 名营员和 2 名辅导员大部分遇难。", "15 名营员"),
        ("de", "Foto: BMW/dpa\nDer Umsatz sank um 8 Prozent.", "8 Prozent"),
        ("en", "A man outside the plant (Photo: Siemens)\nRevenue fell 8 percent.", "8 percent"),
        ("nl", "Een man voor de fabriek (foto: Siemens)\nDe omzet daalde met 8 procent.", "8 procent"),
    ],
)  # fmt: skip
def test_a_picture_credit_names_no_subject(lang: str, text: str, figure: str) -> None:
    assert subjects_of(text, lang)[figure] is None


def test_a_credit_word_outside_a_credit_keeps_its_name() -> None:
    """ "Siemens" in the sentence itself is the subject; only the bracket is a credit."""
    text = "Siemens (Foto: dpa) meldete, der Umsatz sei um 8 Prozent gesunken."
    assert subjects_of(text, "de")["8 Prozent"] == "Siemens"


@pytest.mark.parametrize(
    ("counted_de", "counted_nl"),
    [
        ("Haushalte ohne Strom", "huishoudens zonder stroom"),
        ("Menschen ums Leben gekommen", "mensen omgekomen"),  # tolls, as before
    ],
)
def test_outages_of_one_day_may_both_be_right(counted_de: str, counted_nl: str) -> None:
    """Power is restored by the hour, as a toll is revised: two outlets' counts of one
    day may both be right, so their gap is information, not an error (it was one)."""
    texts = [
        ("a.txt", f"date 2024-09-16 In Tschechien waren 250.000 {counted_de}.", "de"),
        ("b.txt", f"date 2024-09-16 In Tsjechië zaten 110.000 {counted_nl}.", "nl"),
    ]
    findings = report_texts(texts).findings
    assert [(f.rule, f.severity) for f in findings] == [("FC101", "info")]


def test_a_word_pointing_at_two_countries_names_neither_surely() -> None:
    """ "In Roemenië en Polen …. Daar …": the sentence before names two countries."""
    text = "Oostenrijk meldde twee doden. In Roemenië en Polen vielen slachtoffers. Daar zijn zes mensen omgekomen."
    claim = next(c for c in annotated_claims(text, "nl") if c.text == "zes mensen")
    assert not claim.subject_sure
