"""Who gives a figure of real news and when, second round (issue 14): a running toll
is revised through the day, two reporters of one article disagree while one
reporter's figures in one sentence are no sides, a reporter may go unnamed, a
product sold in versions has several right figures, a day the clause names dates the
figure, and a draft's figure above the world's limit is an error without a source;
and the measures these stories give (turnout, magnitudes, votes cast, changes).
Each class with written examples, the four languages side by side where the class is
language data. Where a figure is: tests/test_places_of_figures.py."""

from __future__ import annotations

import pytest

from factcheck.extraction.scanner import extract_text
from factcheck.runs.checking import check_texts
from factcheck.runs.reporting import report_texts
from tests.news_reports import flagged_rules, report_of


@pytest.mark.parametrize(
    ("early", "late"),
    [
        (("86 people died in Gansu.", "en"), ("113 people died in Gansu.", "en")),
        (("In Gansu starben 86 Menschen.", "de"), ("In Gansu starben 113 Menschen.", "de")),
        (("In Gansu vielen 86 doden.", "nl"), ("In Gansu vielen 113 doden.", "nl")),
        (("甘肃已有86人死亡。", "zh"), ("甘肃已有113人死亡。", "zh")),
    ],
)
def test_a_running_toll_from_two_outlets_of_one_day_is_a_revision(
    early: tuple[str, str], late: tuple[str, str]
) -> None:
    report = report_of(early, late, published="2023-12-19")
    assert [c.attribute.name for c in report.claims if c.attribute] == ["death_toll"] * 2
    assert report.findings and flagged_rules(report) == []


def test_one_articles_tolls_disagree_only_when_two_reporters_give_them() -> None:
    updates = (
        "According to Xinhua, 86 people died in Gansu.\n"
        "By the afternoon, Xinhua said 113 people had died in Gansu."
    )
    reporters = (
        "According to dpa, 64 pilgrims died in Saudi Arabia.\n"
        "According to AFP, 577 pilgrims died in Saudi Arabia."
    )
    assert flagged_rules(report_of((updates, "en"), published="2023-12-19")) == []
    assert flagged_rules(report_of((reporters, "en"), published="2024-06-18")) == [
        ("FC101", "warning")
    ]


def test_two_reporters_in_one_article_disagree_whatever_other_outlets_add() -> None:
    """Die Zeit gives the organisers' million and the police's 240,000; Knack, beside
    it, gives 1.03 million with no reporter, and "Hunderttausende" in words is no
    figure of its own: the article's two reporters still disagree."""
    zeit = (
        "Hunderttausende Menschen nahmen an der Demonstration in Hongkong teil. Die "
        "Organisatoren schätzten die Zahl der Teilnehmenden auf mehr als eine Million "
        "Menschen. Die Polizei zählte zum Höhepunkt der Demonstration 240.000 Personen.",
        "de",
    )
    knack = ("Aan de betoging in Hongkong namen 1,03 miljoen mensen deel.", "nl")
    report = report_of(zeit, knack, published="2019-06")  # one article: one moment, any day
    assert [c.reported_by for c in report.claims] == [None, "organisers", "police", None]
    assert flagged_rules(report) == [("FC101", "warning")]
    (finding,) = [f for f in report.findings if f.severity == "warning"]
    assert "('240.000 Personen', according to police) in" in finding.message
    first, second = finding.claim_ids[: finding.first_side], finding.claim_ids[finding.first_side :]
    said = {c.id: c.reported_by for c in report.claims}
    assert "police" in {said[i] for i in first} and "organisers" in {said[i] for i in second}


def test_a_source_that_gives_only_one_figure_makes_its_side_sure() -> None:
    report = report_of(
        ("The quake in China had a magnitude of 6.2; the USGS measured magnitude 5.9.", "en"),
        ("China meldete ein Beben der Stärke 6,2.", "de"),
        ("中国发生6.2级地震。", "zh"),
        ("Het beving in China had een kracht van 6,7.", "nl"),
    )
    assert ("FC101", "error") in flagged_rules(report)


def test_a_product_sold_in_versions_has_several_right_figures() -> None:
    sources = [
        ("a.txt", "The Xiaomi SU7 has a range of 700 km.", "en"),
        ("b.txt", "Der Xiaomi SU7 hat eine Reichweite von 800 Kilometern.", "de"),
    ]
    assert flagged_rules(report_texts(sources)) == []
    result = check_texts(("draft.md", "The Xiaomi SU7 has a range of 300 km.", "en"), sources)
    assert {f.severity for f in result.findings} == {"error"}


def test_the_lowest_of_the_parts_is_no_figure_of_the_whole() -> None:
    report = report_of(
        (
            "De opkomst bij de verkiezingen was 77,8 procent. "
            "In Rotterdam was de opkomst het laagste met 64,3 procent.",
            "nl",
        ),
        published="2023-11-23",
    )
    assert [c.attribute.name for c in report.claims if c.attribute] == [
        "turnout",
        "turnout_extreme",
    ]
    assert flagged_rules(report) == []


def test_a_percentage_and_a_multiplier_state_one_change() -> None:
    report = report_of(
        ("BYD's deliveries rose 200 percent in 2022.", "en"),
        ("BYD verdreifachte 2022 seine Auslieferungen.", "de"),
    )
    assert [f.rule for f in report.findings if f.rule == "FC103"] == []


def test_units_one_attribute_names_are_one_measure() -> None:
    report = report_of(
        ("In Taiwan, 14,048,310 votes were cast.", "en"),
        ("台灣投票人數為1404萬8310人。", "zh"),
    )
    assert [c.attribute.name for c in report.claims if c.attribute] == ["votes_cast"] * 2
    assert [f.rule for f in report.findings if f.rule == "FC103"] == []


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("Earlier this year it was announced that turnover rose to 27.6 billion euros.", "en",
         "27.6 billion euros"),
        ("Anfang dieses Jahres gab ASML bekannt, dass der Umsatz 27,6 Milliarden Euro betrug.",
         "de", "27,6 Milliarden Euro"),
        ("Eerder dit jaar werd bekend dat de omzet 27,6 miljard euro bedroeg.", "nl",
         "27,6 miljard euro"),
    ],
)  # fmt: skip
def test_a_time_before_a_reported_clause_dates_the_report(
    text: str, lang: str, figure: str
) -> None:
    claims = extract_text(text, lang, published="2024-02-10")
    assert [(c.text, c.time) for c in claims] == [(figure, None)]


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("人口比上年末减少208万人。", "zh", "208万人"),
        ("The population fell by 2.08 million compared with last year.", "en", "2.08 million"),
        ("Die Bevölkerung sank gegenüber dem Vorjahr um 850.000.", "de", "850.000"),
        ("De bevolking kromp met 850.000 ten opzichte van vorig jaar.", "nl", "850.000"),
    ],
)
def test_a_relative_year_after_a_comparison_word_is_the_base(
    text: str, lang: str, figure: str
) -> None:
    times = {c.text: c.time for c in extract_text(text, lang, published="2024-01-17")}
    assert times[figure] is None


@pytest.mark.parametrize(
    ("text", "lang", "reporters"),
    [
        ("The organisers said a million people took part; the police counted 240,000 people.",
         "en", ["organisers", "police"]),
        ("Nach Angaben der Veranstalter nahmen eine Million Menschen teil, laut Polizei "
         "waren es 240.000 Menschen.", "de", ["organisers", "police"]),
        ("Volgens de organisatoren liepen een miljoen mensen mee, volgens de politie "
         "240.000 mensen.", "nl", ["organisers", "police"]),
        ("民陣指有103萬人參加，警方則指最高峰期有24萬人。", "zh",
         ["Civil Human Rights Front", "police"]),
    ],
)  # fmt: skip
def test_a_reporter_may_go_unnamed(text: str, lang: str, reporters: list[str]) -> None:
    claims = [c for c in report_of((text, lang)).claims if c.unit in ("person", "count")]
    assert [c.reported_by for c in claims][-2:] == reporters


def test_a_models_variant_keeps_its_own_figures() -> None:
    report = report_texts(
        [
            ("a.txt", "Microsoft's MAI-1 has 500 billion parameters.", "en"),
            ("b.txt", "Microsofts MAI-1 hat 50 Milliarden Parameter.", "de"),
        ]
    )
    assert flagged_rules(report)


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("On 9 June, 1.03 million people marched.", "en", "2019-06-09"),
        ("Am 9. Juni demonstrierten 1,03 Millionen Menschen.", "de", "2019-06-09"),
        ("Op 9 juni liepen 1,03 miljoen mensen mee.", "nl", "2019-06-09"),
        ("6月9日游行有103万人参加。", "zh", "2019-06-09"),
        ("On 19 December 2018, 113 people died.", "en", "2018-12-19"),
        ("Op 14 en 15 juli vielen 39 doden.", "nl", "2019-06-17"),  # two days: none
        ("1.03 million people marched.", "en", "2019-06-17"),
    ],
)
def test_a_day_the_clause_names_is_the_figures_date(text: str, lang: str, day: str) -> None:
    claims = extract_text(text, lang, published="2019-06-17")
    assert claims[-1].as_of == day


def test_a_day_after_the_publication_date_is_of_the_year_before() -> None:
    claims = extract_text("Am 19. Dezember starben 113 Menschen.", "de", published="2024-01-05")
    assert claims[0].as_of == "2023-12-19"


def test_marches_on_two_days_are_two_figures() -> None:
    report = report_of(
        ("On 9 June, 1.03 million people marched in Hong Kong.", "en"),
        ("On 16 June, two million people marched in Hong Kong.", "en"),
        published="2019-06-17",
    )
    assert report.findings == []


def test_a_quantity_in_words_alone_is_no_figure_to_hold_against_one() -> None:
    report = report_of(
        ("Thousands of protesters marched in Hong Kong.", "en"),
        ("In Hongkong demonstrierten 338.000 Menschen.", "de"),
        published="2019-06-16",
    )
    assert flagged_rules(report) == []


def test_an_article_that_lists_several_counts_is_no_contradiction_of_itself() -> None:
    text = (
        "The organisers counted 1.03 million people in Hong Kong.\n"
        "The organisers counted 800,000 people in Hong Kong.\n"
        "The organisers counted 550,000 people in Hong Kong."
    )
    assert flagged_rules(report_of((text, "en"), published="2019-12-08")) == []


def test_a_drafts_figure_above_the_worlds_limit_is_an_error_without_a_source() -> None:
    draft = ("draft.md", "Nach Angaben der Regierung waren 20 Milliarden Menschen betroffen.", "de")
    result = check_texts(draft, [("s.txt", "Ankara meldete 44.218 Tote.", "de")])
    assert [(f.rule, f.kind, f.severity) for f in result.findings] == [
        ("FC106", "implausible", "error")
    ]
    assert "more people than live on Earth" in result.findings[0].message


def test_a_limit_names_a_unit_or_an_attribute() -> None:
    from factcheck.errors import ConfigError
    from factcheck.knowledge import Knowledge
    from factcheck.ruleset import configure_rules

    rules = Knowledge.from_dirs().rules
    bad = {
        "FC106": {"limits": [{"unit": "person", "attribute": "births", "max": 1, "because": "x"}]}
    }
    with pytest.raises(ConfigError, match="limits"):
        configure_rules(rules, params=bad)
    tighter = {"FC106": {"limits": [{"unit": "person", "max": 1e6, "because": "too many"}]}}
    (rule,) = [r for r in configure_rules(rules, params=tighter) if r.id == "FC106"]
    assert rule.param("limits") == [{"unit": "person", "max": 1e6, "because": "too many"}]


def test_two_reporters_across_outlets_are_a_warning_that_names_them() -> None:
    report = report_of(
        ("香港遊行，民陣指有103萬人參加，警方則指最高峰期有24萬人。", "zh"),
        ("The organisers said 1.03 million people took part; the police counted 240,000 "
         "people in Hong Kong.", "en"),
        published="2019-06-09",
    )  # fmt: skip
    flagged = [f for f in report.findings if f.severity != "info"]
    assert [(f.rule, f.severity) for f in flagged] == [("FC101", "warning")]
    assert "according to police" in flagged[0].message


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("Turkey's AFAD put the magnitude of the quake at 7.4.", "en", "7.4"),
        ("Die USGS gab die Stärke des Bebens in der Türkei mit 7,5 an.", "de", "7,5"),
        ("Het KNMI schatte de kracht van de beving in Turkije op 7,6.", "nl", "7,6"),
        ("土耳其地震的震级被修正为7.7。", "zh", "7.7"),
    ],
)
def test_a_bare_figure_in_a_clause_naming_the_magnitude_is_one(
    text: str, lang: str, figure: str
) -> None:
    (claim,) = [c for c in report_of((text, lang)).claims if c.text == figure]
    assert (claim.unit, claim.attribute and claim.attribute.name) == ("magnitude", "magnitude")


def test_a_bare_count_near_the_magnitude_stays_a_count() -> None:
    report = report_of(("Two quakes of magnitude 7.8 struck Turkey; 12 people were hurt.", "en"))
    assert [(c.text, c.unit) for c in report.claims] == [
        ("Two", "count"), ("magnitude 7.8", "magnitude"), ("12 people", "person"),
    ]  # fmt: skip


def test_one_reporters_figures_in_one_sentence_are_no_sides() -> None:
    """A revision ("zunächst ... später") or a list of versions' prices is one
    reporter's sentence: no figure of it is held against another of it, even with
    other outlets beside them; two reporters in one sentence stay a disagreement."""
    revision = (
        "Die USGS gab die Stärke des Bebens in China zunächst mit 6,0 und später mit 5,4 an.",
        "de",
    )
    other = ("The USGS measured the quake in China at magnitude 5.4.", "en")
    assert flagged_rules(report_of(revision, other)) == []
    two = (
        "Organisers said 1.03 million protesters joined the march in Hong Kong, while police "
        "counted 240,000 protesters.",
        "en",
    )
    assert flagged_rules(report_of(two, published="2019-06-10")) == [("FC101", "warning")]


def test_an_organisations_figure_names_who_gives_it() -> None:
    text = "The Civil Human Rights Front (CHRF) figure was 1.03 million marchers."
    (claim,) = report_of((text, "en")).claims
    assert claim.reported_by == "Civil Human Rights Front"
