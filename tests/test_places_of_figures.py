"""Where a figure of real news is, second round (issue 14): an event's measure
belongs to its place at the outermost level, a place's measure to the place named, a
toll to the place its sentence names (else to the country) and to the nationality of
its dead, a disaster's measures and damage to its place, not to its reporter; a place
in the clause scopes a company's figure. An outlet or an agency named after a place,
the seat of a reporter and a list of other countries make no place of the event.
Each class with written examples, the four languages side by side where the class is
language data. Which name a figure is about: tests/test_subject_names.py; who gives
it and when: tests/test_reporters_and_revisions.py."""

from __future__ import annotations

import pytest

from factcheck.models import ReportData
from factcheck.runs.checking import check_texts
from factcheck.runs.reporting import report_texts
from tests.annotating import annotated_claims
from tests.news_reports import claim_subjects, flagged_rules, report_of


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The quake of magnitude 6.2 struck Jishishan county.", "en"),
        ("Das Beben der Stärke 6,2 erschütterte die Provinz Gansu.", "de"),
        ("De aardbeving met een kracht van 6,2 trof China.", "nl"),
        ("甘肃积石山县发生6.2级地震。", "zh"),
    ],
)
def test_an_events_measure_is_about_its_outermost_place(text: str, lang: str) -> None:
    claims = report_of((text, lang)).claims
    assert [(c.subject.readable() if c.subject else None, c.subject_sure) for c in claims] == [
        ("China", True)
    ]


def test_outlets_naming_a_quake_at_different_levels_disagree_on_one_event() -> None:
    """One outlet's lone magnitude against what three others carry (a magnitude of two
    articles alone is information: agencies estimate and revise it)."""
    report = report_of(
        ("Ein Beben der Stärke 6,7 erschütterte die Provinz Gansu.", "de"),
        ("A magnitude 6.2 earthquake struck Jishishan county.", "en"),
        ("甘肃积石山县发生6.2级地震。", "zh"),
        ("In China trof een aardbeving met een kracht van 6,2 de provincie Gansu.", "nl"),
    )
    assert flagged_rules(report) == [("FC101", "error")]


def test_a_places_measure_stays_with_the_place_named() -> None:
    report = report_of(
        ("Gansu has a population of 24.9 million people.", "en"),
        ("China has a population of 1,411.75 million people.", "en"),
    )
    assert claim_subjects(report) == [
        ("24.9 million people", "Gansu"),
        ("1,411.75 million people", "China"),
    ]
    assert report.findings == []


@pytest.mark.parametrize(
    ("text", "lang", "subject"),
    [
        ("Another nine people died in the province of Qinghai.", "en", "Qinghai"),
        ("In de provincie van Qinghai kwamen nog negen mensen om.", "nl", "Qinghai"),
    ],
)
def test_the_province_of_a_name_is_that_name(text: str, lang: str, subject: str) -> None:
    report = report_of(("Gansu and Qinghai were hit.\n" + text, lang))
    assert claim_subjects(report)[-1][1] == subject


def test_a_chinese_one_character_noun_refers_back_only_after_a_determiner() -> None:
    from factcheck.annotation.anaphora import anaphora_for

    text = "多个国家报告的死亡人数达到577人，该国和市场"
    found = anaphora_for("zh").find(text)
    at = text.index("该国")
    assert [(a.start, a.end) for a in found] == [(at, at + 2)]  # not 国家, 市场


def test_a_place_in_the_clause_scopes_a_companys_figure() -> None:
    sources = [
        ("a.txt", "Tesla sold 19,428 cars in the Netherlands in 2023.", "en"),
        ("b.txt", "Tesla verkaufte 2023 weltweit 1,8 Millionen Autos.", "de"),
    ]
    report = report_texts(sources)
    assert [c.topic for c in report.claims] == ["Netherlands", None]
    assert flagged_rules(report) == []
    draft = ("draft.md", "In 2023 Tesla sold 1.8 million cars.", "en")
    assert [f.kind for f in check_texts(draft, sources).supported] == ["supported"]


def test_a_figure_at_a_place_and_of_a_company_is_no_misattribution() -> None:
    report = report_of(
        ("小米北京工厂年产能为15万辆。", "zh"),
        ("Xiaomi's plant has an annual capacity of 150,000 vehicles.", "en"),
    )
    assert [f.severity for f in report.findings if f.rule == "FC104"] in ([], ["info"])


def test_an_outlet_named_after_a_place_is_no_subject() -> None:
    text = "香港新聞網2月28日電 據國家統計局網站,2022年年末全國人口141175萬人。"
    assert claim_subjects(report_of((text, "zh")))[-1] != ("141175萬人", "Hong Kong")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Het noodweer trof België zwaar. In ons land vielen al 20 doden. "
            "In Verviers werden vijf doden gevonden.",
            "nl",
            [("20 doden", "Belgium"), ("vijf doden", "Verviers")],
        ),
        (
            "Das Hochwasser traf Deutschland schwer. Bisher gab es 48 Tote. "
            "In Nordrhein-Westfalen starben 49 Menschen.",
            "de",
            [("48 Tote", "Germany"), ("49 Menschen", "North Rhine-Westphalia")],
        ),
        (
            "The quake struck China on Monday. At least 95 people were killed. "
            "In Qinghai, nine people died.",
            "en",
            [("At least 95 people", "China"), ("nine people", "Qinghai")],
        ),
        (
            "地震袭击中国。已造成131人遇难。其中青海省海东市11人死亡。",
            "zh",
            [("131人", "China"), ("11人", "Haidong")],
        ),
    ],
)
def test_a_toll_is_of_the_place_its_sentence_names_else_of_the_country(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert claim_subjects(report_of((text, lang))) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Gunmen attacked a concert hall. The toll rose to 137. Four suspects from "
            "Tajikistan were held, and two more from Tajikistan. Russia mourned.",
            "en",
            [("137", "Russia")],
        ),
        (
            "Bewaffnete stürmten eine Konzerthalle. Die Zahl der Toten stieg auf 137. "
            "Festgenommen wurden vier Täter aus Tadschikistan und zwei aus Tadschikistan. "
            "Russland trauerte.",
            "de",
            [("137", "Russia")],
        ),
        (
            "Gewapende mannen vielen een concertzaal aan. Het dodental steeg tot 137. "
            "Vier verdachten uit Tadzjikistan werden opgepakt, twee uit Tadzjikistan. "
            "Rusland rouwde.",
            "nl",
            [("137", "Russia")],
        ),
        (
            "一座音乐厅遭袭。死亡人数升至137人。4名来自塔吉克斯坦的嫌犯被捕,另有来自塔吉克斯坦的2人。"
            "俄罗斯举国哀悼。",
            "zh",
            [("137人", "Russia")],
        ),
    ],
)  # fmt: skip
def test_where_people_come_from_is_no_place_of_the_article(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    """A German draft on the Moscow attack named Tajikistan only as the suspects'
    origin, twice, and Russia once: every toll became Tajikistan's."""
    found = dict(claim_subjects(report_of((text, lang))))
    assert [(figure, found.get(figure)) for figure, _ in expected] == expected


def test_a_toll_reported_from_a_country_is_that_countrys() -> None:
    report = report_of(("Uit Syrië werden tot nu toe 5.900 doden gemeld.", "nl"))
    assert claim_subjects(report) == [("5.900 doden", "Syria")]


def test_a_tolls_nationality_is_whose_dead_they_are() -> None:
    report = report_of(("In Saudi-Arabien starben mindestens 60 Jordanier.", "de"))
    assert claim_subjects(report) == [("mindestens 60 Jordanier", "Jordan")]


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        (
            "The quake in Turkey and Syria has killed at least 19,863 people.",
            "en",
            "at least 19,863 people",
        ),
        (
            "Nach dem Beben in der Türkei und in Syrien starben mindestens 19.863 Menschen.",
            "de",
            "mindestens 19.863 Menschen",
        ),
        (
            "Na de aardbeving in het zuiden van Turkije en het noorden van Syrië zijn minstens 19.863 doden gevallen.",
            "nl",
            "minstens 19.863 doden",
        ),
        ("土耳其和叙利亚地震已造成至少19863人死亡。", "zh", "至少19863人"),
    ],
)
def test_a_toll_whose_clause_names_two_countries_is_of_both(
    text: str, lang: str, figure: str
) -> None:
    (claim,) = [c for c in report_of((text, lang)).claims if c.text == figure]
    assert claim.subject is not None and claim.subject.readable() == "Turkey and Syria"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The quake in China had a magnitude of 6.1, the European-Mediterranean Seismological Centre said.",
            "en",
        ),
        (
            "Das Europäisch-Mediterrane Seismologische Zentrum meldete für das Beben in China eine Stärke von 6,1.",
            "de",
        ),
        (
            "Het Europees-Mediterraan Seismologisch Centrum meldde voor de aardbeving in China een kracht van 6,1.",
            "nl",
        ),
        ("甘肃发生强烈地震。欧洲地中海地震中心测定震级为6.1级。", "zh"),
    ],
)
def test_an_agency_named_after_a_region_is_no_place_of_the_event(text: str, lang: str) -> None:
    claims = [c for c in report_of((text, lang)).claims if c.value == 6.1]
    assert [(c.subject.readable() if c.subject else None, c.reported_by) for c in claims] == [
        ("China", "EMSC")
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Hongkong: Proteste\n\nDie Polizei sprach von 240.000. Es regnete. Die Menge war groß. "
            "Das sind zehn Prozent der Stadt mit rund sieben Millionen Einwohnern, so die Zeitung.",
            "de",
        ),
        (
            "Hong Kong: protests\n\nPolice spoke of 240,000. It rained. The crowd was huge. "
            "That is ten percent of the city with its seven million inhabitants.",
            "en",
        ),
        (
            "Hongkong: protesten\n\nDe politie sprak van 240.000. Het regende. De menigte was groot. "
            "Dat is tien procent van de stad met zo'n zeven miljoen inwoners.",
            "nl",
        ),
    ],
)
def test_the_only_place_a_story_names_is_surely_the_city_it_speaks_of(text: str, lang: str) -> None:
    claims = [c for c in report_of((text, lang)).claims if c.value == 7e6]
    assert [(c.subject.readable() if c.subject else None, c.subject_sure) for c in claims] == [
        ("Hong Kong", True)
    ]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Die Kosten für die Wallonische Region stiegen auf 3,8 Milliarden Euro.", "3,8 Milliarden Euro"),
        ("In der Wallonie waren rund 100.000 Menschen betroffen.", "rund 100.000 Menschen"),
    ],
)  # fmt: skip
def test_german_names_of_the_walloon_region(text: str, figure: str) -> None:
    assert dict(claim_subjects(report_of((text, "de"))))[figure] == "Wallonia"


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        (  # corpus/drafts/germany-belgium-floods-2021.de.md: the association reports
            "Das Hochwasser traf Nordrhein-Westfalen und Rheinland-Pfalz. Die versicherten"
            " Schäden summierten sich nach Angaben des Versicherungsverbands GDV auf 8,5"
            " Milliarden Euro.",
            "de",
            "8,5 Milliarden Euro",
        ),
        (
            "The floods hit North Rhine-Westphalia. Insured losses reached 8.5 billion euros,"
            " the insurers' association GDV said.",
            "en",
            "8.5 billion euros",
        ),
        (
            "De overstromingen troffen Noordrijn-Westfalen. De schade bedroeg volgens de"
            " verzekeraars 8,5 miljard euro.",
            "nl",
            "8,5 miljard euro",
        ),
    ],
)
def test_a_disasters_damage_is_about_its_place_not_its_reporter(
    text: str, lang: str, figure: str
) -> None:
    subjects = dict(claim_subjects(report_of((text, lang))))
    assert subjects[figure] == "Germany"


def _measured(report: ReportData) -> dict[str, tuple[str | None, str | None]]:
    return {
        c.text: (c.attribute.name if c.attribute else None, c.subject and c.subject.readable())
        for c in report.claims
    }


@pytest.mark.parametrize(
    ("text", "lang", "figure", "attribute", "place"),
    [
        (  # corpus/drafts/turkey-syria-earthquake-2023.de.md
            "Das Beben erschütterte die Türkei. In zehn Provinzen wurde für drei Monate der"
            " Ausnahmezustand verhängt.",
            "de",
            "zehn",
            "provinces_hit",
            "Turkey",
        ),
        (
            "Das Beben erschütterte die Türkei. In zehn Provinzen wurde für drei Monate der"
            " Ausnahmezustand verhängt.",
            "de",
            "drei Monate",
            "emergency_duration",
            "Turkey",
        ),
        (  # nl-knack
            "In Turkije zijn tien provincies getroffen door de zware aardbeving. De"
            " noodtoestand is daar afgekondigd voor een periode van drie maanden.",
            "nl",
            "drie maanden",
            "emergency_duration",
            "Turkey",
        ),
        (
            "The quake hit Turkey. A state of emergency was declared for three months in ten"
            " provinces.",
            "en",
            "ten",
            "provinces_hit",
            "Turkey",
        ),
        ("土耳其发生地震,10个省份受灾。", "zh", "10个", "provinces_hit", "Turkey"),
        (  # corpus/drafts/hajj-heat-deaths-2024.nl.md; nl-upday-2
            "Tijdens de hadj in Saudi-Arabië zijn 1301 pelgrims omgekomen. Volgens hem had 83"
            " procent van de doden geen officiële vergunning.",
            "nl",
            "83 procent",
            "unregistered",
            "Saudi Arabia",
        ),
        (  # en-arynews
            "In Saudi Arabia the number of mortalities reached 1,301, with 83 per cent being"
            " unauthorised to perform Hajj.",
            "en",
            "83 per cent",
            "unregistered",
            "Saudi Arabia",
        ),
        (  # corpus/drafts/germany-belgium-floods-2021.de.md; de-deutschlandfunk
            "Das Hochwasser traf Nordrhein-Westfalen. Nach Angaben des Gesamtverbands der"
            " Deutschen Versicherungswirtschaft wurden fünf Milliarden Euro an Geschädigte"
            " ausgezahlt.",
            "de",
            "fünf Milliarden Euro",
            "insurance_payout",
            "Germany",
        ),
        (
            "The floods hit North Rhine-Westphalia. Insurers have paid out 5 billion euros.",
            "en",
            "5 billion euros",
            "insurance_payout",
            "Germany",
        ),
    ],
)
def test_a_disasters_measures_are_its_places(
    text: str, lang: str, figure: str, attribute: str, place: str
) -> None:
    assert _measured(report_of((text, lang)))[figure] == (attribute, place)


def test_counties_a_candidate_leads_in_are_no_provinces_hit() -> None:
    found = _measured(report_of(("Lai led in 14 of Taiwan's counties and cities.", "en")))
    assert found["14"][0] != "provinces_hit"


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        (  # de-nachrichten
            "China schrumpft. Ende Dezember habe das bevölkerungsreichste Land der Welt 1,411"
            " Milliarden Einwohner gehabt, teilte das Statistikamt in Peking am Dienstag mit.",
            "de",
            "1,411 Milliarden Einwohner",
        ),
        (
            "China is shrinking. The population fell to 1.411 billion people, the National"
            " Bureau of Statistics in Beijing said.",
            "en",
            "1.411 billion people",
        ),
        (
            "China krimpt. De bevolking daalde tot 1,411 miljard inwoners, meldde het"
            " Nationaal Bureau voor de Statistiek in Peking.",
            "nl",
            "1,411 miljard inwoners",
        ),
    ],
)
def test_the_place_a_reporter_sits_in_is_not_what_it_reports_on(
    text: str, lang: str, figure: str
) -> None:
    assert dict(claim_subjects(report_of((text, lang))))[figure] == "China"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Myanmar held a minute of silence for the victims.\n\nThe quake had a magnitude of "
         "7.7 on Friday. China, India and Russia sent aid. It was felt in Thailand, China and "
         "Vietnam.", "en"),
        ("Myanmar hat eine Schweigeminute für die Opfer abgehalten.\n\nDas Beben hatte eine "
         "Stärke von 7,7 am Freitag. China, Indien und Russland schickten Hilfe. Es war in "
         "Thailand, China und Vietnam zu spüren.", "de"),
        ("Myanmar heeft een minuut stilte gehouden voor de slachtoffers.\n\nDe beving had een "
         "kracht van 7,7 op vrijdag. Onder meer China, India en Rusland hebben hulp gestuurd. "
         "De aardbeving was voelbaar in Thailand, China en Vietnam.", "nl"),
        ("缅甸举行默哀仪式。\n\n地震震级为7.7级。中国、印度和俄罗斯派出了救援队。泰国、中国和越南"
         "也有震感。", "zh"),
    ],
)  # fmt: skip
def test_the_place_of_the_lead_outweighs_a_list_of_others(text: str, lang: str) -> None:
    """Held-out batch 6 (welingelichtekringen): the lead's Myanmar, named once, lost to
    China, named twice in lists of helping and neighbouring countries, so the quake's
    magnitude was China's."""
    surface = {"en": "magnitude of 7.7", "de": "Stärke von 7,7", "nl": "kracht van 7,7"}
    assert claim_subjects(report_of((text, lang))) == [(surface.get(lang, "震级为7.7"), "Myanmar")]


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        (
            "A crowd crush in South Korea killed 154 people. Among the dead were 26 "
            "foreigners, five of them from China. At least 28 people were injured.",
            "en",
            "At least 28 people",
        ),
        (
            "Bei einem Gedränge in Südkorea starben 154 Menschen. Unter den Toten waren 26 "
            "Ausländer, fünf davon aus China. Mindestens 28 Menschen wurden verletzt.",
            "de",
            "Mindestens 28 Menschen",
        ),
        (
            "Bij een gedrang in Zuid-Korea kwamen 154 mensen om het leven. Onder de doden waren 26 "
            "buitenlanders, van wie vijf uit China. Zeker 28 mensen raakten gewond.",
            "nl",
            "28 mensen",
        ),
        (
            "韩国发生踩踏事件,造成154人死亡。死者中有26名外国人,其中5人来自中国。至少28人受伤。",
            "zh",
            "至少28人",
        ),
    ],
)  # fmt: skip
def test_an_article_on_one_country_is_sure_of_its_tolls_whatever_its_victims_origins(
    text: str, lang: str, figure: str
) -> None:
    """Held-out batch 14's Dutch draft named Russia only as where five victims came from
    ("vijf uit Rusland"): the article no longer lay in one country, and its injured
    count, said of no place, was unsure of South Korea and never checked."""
    claims = {c.text: c for c in annotated_claims(text, lang)}
    toll, injured = next(iter(claims.values())), claims[figure]
    assert (toll.subject, toll.attribute.name) == (("South Korea",), "death_toll")
    assert (injured.subject, injured.subject_sure) == (("South Korea",), True)
