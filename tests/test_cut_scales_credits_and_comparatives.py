"""Batch 34 (Nestlé's and Rheinmetall's results, Cyclone Chido) and the classes it
showed: a figure whose scale word the end of the text cuts short has no known size;
an agency's bracket opening a dispatch without a dash is its credit, not its subject;
a conversion rounded to fives is a conversion; a year after a comparative's "than" is
no period the next sentence continues; a business unit named in a compound
("Rüstungssparte", "defensietak") owns the figure after it; Greater China is a
region of a company's sales."""

from __future__ import annotations

import pytest

from factcheck import extract
from factcheck.runs.reporting import report_texts
from tests.annotating import annotated_claims, readings, subjects_of

CUT_SCALES = [
    ("en", "Results\nBASF posted its figures.\nEBITDA amounted to €6.7 billi", "€6.7"),
    ("en", "Results\nPhilips posted its figures.\nFree cash flow was EUR 0.9 bi", "EUR 0.9"),
    ("de", "Zahlen\nDie Telekom legte Zahlen vor.\nDer Schuldenberg lag bei 137,7 Milliar", "137,7"),
    ("nl", "Cijfers\nDe schade werd herzien.\nVandaag is dat bedrag 2,069 miljo", "2,069"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "figure"), CUT_SCALES)
def test_a_scale_word_cut_short_by_the_end_of_the_text_is_furniture(
    lang: str, text: str, figure: str
) -> None:
    """ "€6.7 billi" had been €6.7, a thousand millionth of the figure, and a scale
    error against every source that gives EBITDA whole. (Chinese scale words are one
    character: none is cut short.)"""
    claim = next(c for c in extract(text, lang=lang) if c.text == figure)
    assert claim.boilerplate


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Results\nBody line.\nThe toll rose to 25 people", "25 people"),
        ("de", "Zahlen\nText.\nDer Umsatz lag bei 5 Milliarden", "5 Milliarden"),
        ("nl", "Cijfers\nTekst.\nHet verlies bedroeg 3 miljoen", "3 miljoen"),
        ("zh", "标题\n正文。\n死亡人数升至25人", "25人"),
    ],
)
def test_a_figure_that_ends_the_text_whole_stays_a_claim(lang: str, text: str, figure: str) -> None:
    claim = next(c for c in extract(text, lang=lang) if c.text == figure)
    assert not claim.boilerplate


CREDITS = [
    ("nl", "(ABM FN-Dow Jones) Nestlé heeft over 2023 een lagere omzet geboekt. De totale omzet van de Zwitserse onderneming daalde naar 93,0 miljard frank.", "93,0 miljard frank"),
    ("en", "(ABM FN-Dow Jones) Nestlé posted lower sales for 2024. The Swiss company's sales fell to 91.4 billion francs.", "91.4 billion francs"),
    ("de", "(ABM FN-Dow Jones) Nestlé hat 2024 weniger umgesetzt. Der Umsatz des Schweizer Konzerns sank auf 91,4 Milliarden Franken.", "91,4 Milliarden Franken"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "figure"), CREDITS)
def test_an_agency_bracket_opening_a_dispatch_without_a_dash_is_a_credit(
    lang: str, text: str, figure: str
) -> None:
    """ "ABM" had been the subject of Nestlé's revenue, and an attribution conflict
    with every source that gives it to Nestlé. (Chinese datelines end in 电: their own
    class.)"""
    assert subjects_of(text, lang)[figure] == "Nestlé"


def test_a_bracket_inside_the_line_is_no_credit() -> None:
    text = "Der Autobauer (BMW) meldete 2024 einen Umsatz von 142 Milliarden Euro."
    assert subjects_of(text, "de")["142 Milliarden Euro"] == "BMW"


ROUNDED_TO_FIVES = [
    ("en", "Chido's winds reached 295 km/h (185 mph) near Mayotte."),
    ("de", "Chido erreichte Windgeschwindigkeiten von 295 km/h (185 mph)."),
    ("nl", "Chido bereikte windsnelheden van 295 kilometer per uur (185 mph)."),
    ("zh", "气旋“希度”最大风速达到每小时295公里(185英里/小时)。"),
]  # fmt: skip


def _conversion_findings(text: str, lang: str) -> list[str]:
    data = report_texts([("a.txt", text, lang)])
    return [f.message for f in data.findings if f.kind == "conversion-rate"]


@pytest.mark.parametrize(("lang", "text"), ROUNDED_TO_FIVES)
def test_a_conversion_rounded_to_fives_is_a_conversion(lang: str, text: str) -> None:
    """185 mph is 297.7 km/h: 295 rounds a wind speed to fives, as weather services do."""
    assert _conversion_findings(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Helene's winds reached 205 km/h (120 mph)."),
        ("de", "Die Böen erreichten 205 km/h (120 mph)."),
    ],
)
def test_a_conversion_off_by_more_than_its_rounding_is_still_flagged(lang: str, text: str) -> None:
    """120 mph is 193 km/h: 205 is no rounding of it."""
    assert len(_conversion_findings(text, lang)) == 1


COMPARATIVES = [
    ("en", "Nestlé's revenue in 2024 fell to 91.4 billion francs. This is less than the 93.0 billion francs of 2023. Operating profit came to 16.1 billion francs.", "16.1 billion francs"),
    ("de", "Nestlés Umsatz sank 2024 auf 91,4 Milliarden Franken. Das ist weniger als die 93,0 Milliarden Franken aus dem Jahr 2023. Der Betriebsgewinn lag bei 16,1 Milliarden Franken.", "16,1 Milliarden Franken"),
    ("nl", "De omzet van Nestlé daalde in 2024 naar 91,4 miljard frank. Dit is minder dan de omzet van 93,0 miljard frank over 2023. De bedrijfswinst kwam uit op 16,1 miljard frank.", "16,1 miljard frank"),
    ("zh", "雀巢2024年营收降至914亿瑞士法郎。这比2023年的930亿瑞士法郎要少。营业利润为161亿瑞士法郎。", "161亿瑞士法郎"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "figure"), COMPARATIVES)
def test_a_year_after_a_comparatives_than_is_not_carried(lang: str, text: str, figure: str) -> None:
    """The operating profit had been 2023's, the year the sentence before compares
    with, and a conflict with the sources' 2023 profit."""
    reading = readings(text, lang)[figure]
    assert (reading.attribute, reading.time) == ("operating_profit", None)


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Nestlé had more than 270,000 employees in 2024. Operating profit came to 16.1 billion francs.", "16.1 billion francs"),
        ("de", "Nestlé hatte mehr als 270.000 Beschäftigte im Jahr 2024. Der Betriebsgewinn lag bei 16,1 Milliarden Franken.", "16,1 Milliarden Franken"),
        ("nl", "Nestlé had meer dan 270.000 werknemers in 2024. De bedrijfswinst kwam uit op 16,1 miljard frank.", "16,1 miljard frank"),
    ],
)  # fmt: skip
def test_a_year_after_a_bound_is_still_carried(lang: str, text: str, figure: str) -> None:
    """ "more than 270,000" is a bound, the figure's own: no comparison cuts the year
    off."""
    assert readings(text, lang)[figure].time == "2024"


UNITS = [
    ("de", "Rheinmetall hat ein Rekordjahr hinter sich. Der Umsatz der Rüstungssparte stieg um 50 Prozent. Der Konzernumsatz wuchs um 36 Prozent.", "50 Prozent", "36 Prozent"),
    ("nl", "Rheinmetall heeft een recordjaar achter de rug. De omzet van de defensietak steeg met 50 procent. De totale omzet groeide met 36 procent.", "50 procent", "36 procent"),
    ("en", "Rheinmetall had a record year. Sales of the defence business rose 50 percent. Group sales grew 36 percent.", "50 percent", "36 percent"),
    ("zh", "莱茵金属创下纪录。防务业务销售额增长50%。集团销售额增长36%。", "50%", "36%"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "unit_figure", "group_figure"), UNITS)
def test_a_business_unit_named_in_a_compound_owns_its_figure(
    lang: str, text: str, unit_figure: str, group_figure: str
) -> None:
    """The defence division's 50% had been Rheinmetall's sure revenue growth, a
    conflict with the group's 36%."""
    claims = {c.text: c for c in annotated_claims(text, lang)}
    assert str(claims[unit_figure].subject) == str(claims[group_figure].subject) == "Rheinmetall"
    assert (claims[unit_figure].subject_sure, claims[group_figure].subject_sure) == (False, True)


GREATER_CHINA = [
    ("en", "Nestlé's sales in Greater China fell 1.3% to CHF 4.97 billion in 2024.", "CHF 4.97 billion"),
    ("de", "Nestlés Umsatz in Greater China sank 2024 um 1,3 % auf 4,97 Milliarden Franken.", "4,97 Milliarden Franken"),
    ("nl", "De omzet van Nestlé in Groot-China daalde in 2024 met 1,3 procent tot 4,97 miljard frank.", "4,97 miljard frank"),
    ("zh", "雀巢2024年大中华区销售额同比下降1.3%至49.73亿瑞士法郎。", "49.73亿瑞士法郎"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "figure"), GREATER_CHINA)
def test_greater_china_is_a_region_of_the_companys_sales(lang: str, text: str, figure: str) -> None:
    """The region's sales had been Nestlé's whole revenue, 18× below every source's."""
    reading = readings(text, lang)[figure]
    assert (reading.subject, reading.attribute, reading.topic) == (
        "Nestlé",
        "revenue",
        "Greater China",
    )


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Nestlé posted lower sales for 2024. The Swiss company's sales fell to 91.4 billion francs.", "91.4 billion francs"),
        ("en", "Nestlé posted lower sales for 2024. Sales of the Swiss group fell to 91.4 billion francs.", "91.4 billion francs"),
        ("nl", "Nestlé boekte minder omzet. De omzet van het Zwitserse bedrijf daalde naar 91,4 miljard frank.", "91,4 miljard frank"),
    ],
)  # fmt: skip
def test_a_nationality_before_the_company_is_no_name(lang: str, text: str, figure: str) -> None:
    """Every adjective of the demonyms table is no name: "Swiss" had been the subject
    of Nestlé's sales, as "German" never was."""
    assert subjects_of(text, lang)[figure] == "Nestlé"


def test_a_digit_slip_lists_every_source_that_writes_each_sides_figure() -> None:
    """The Dutch "1.411,75 miljard" had been held against the first page that gives
    1,411.75 million only: the other outlets' pairs went unreported."""
    data = report_texts(
        [
            ("en.txt", "China's population was 1,411.75 million at the end of 2022.", "en"),
            ("de.txt", "Chinas Bevölkerung lag Ende 2022 bei 1.411,75 Millionen Menschen.", "de"),
            ("zh.txt", "2022年末中国人口为141175万人。", "zh"),
            ("nl.txt", "China telt 1.411,75 miljard inwoners.", "nl"),
        ]
    )
    files = {c.id: c.file for c in data.claims}
    (slip,) = [f for f in data.findings if f.kind == "scale-error"]
    sides = slip.claim_ids[: slip.first_side], slip.claim_ids[slip.first_side :]
    assert sorted(sorted(files[i] for i in side) for side in sides) == [
        ["de.txt", "en.txt", "zh.txt"],
        ["nl.txt"],
    ]
    assert slip.severity == "error"
