"""The classes of false and missed findings measured on real news (issue 14), each
with written examples: the period a figure speaks for, who it is about, and what a
rule may conclude from two figures. Examples in the four languages side by side."""

from __future__ import annotations

import pytest

from factcheck.checks.compare import ends
from factcheck.checks.wording import amount
from factcheck.extraction.scanner import extract_text
from factcheck.models import Claim
from factcheck.runs.checking import check_texts
from factcheck.runs.reporting import report_texts

PUBLISHED = "2024-01-24"


def _times(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.time) for c in extract_text(text, lang, published=PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Profit rose from 5.6 billion in 2022 to 7.8 billion in 2023.",
            "en",
            [("5.6 billion", "2022"), ("7.8 billion", "2023")],
        ),
        (
            "Der Umsatz stieg von 21,2 Milliarden Euro im Jahr 2022 auf 27,6 Milliarden Euro "
            "im Jahr 2023.",
            "de",
            [("21,2 Milliarden Euro", "2022"), ("27,6 Milliarden Euro", "2023")],
        ),
        (
            "De omzet steeg van 21,2 miljard euro in 2022 naar 27,6 miljard euro in 2023.",
            "nl",
            [("21,2 miljard euro", "2022"), ("27,6 miljard euro", "2023")],
        ),
        (
            "营收从2022年的212亿欧元增至2023年的276亿欧元。",
            "zh",
            [("212亿欧元", "2022"), ("276亿欧元", "2023")],
        ),
    ],
)
def test_each_figure_of_a_from_to_clause_keeps_its_own_year(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert _times(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("ASML recorded a turnover of 27.6 billion euros last year - 30 percent more than "
         "in 2022.", "en", [("27.6 billion euros", "2023"), ("30 percent", "2023")]),
        ("Der Umsatz stieg 2023 um 30 Prozent gegenüber 2022.", "de", [("30 Prozent", "2023")]),
        ("De omzet was vorig jaar 30 procent hoger dan in 2022.", "nl",
         [("30 procent", "2023")]),
        ("艾司摩爾今年第1季淨利12億歐元,低於去年第4季的20億歐元。", "zh",
         [("12億歐元", "2024-Q1"), ("20億歐元", "2023-Q4")]),
    ],
)  # fmt: skip
def test_a_compared_year_is_not_the_figures_period(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert _times(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("Deliveries rose 20 percent compared with the same period of 2022.", "en", "20 percent"),
        ("Das entspricht einem Anstieg von fast 20 Prozent gegenüber dem gleichen Zeitraum "
         "im Jahr 2022.", "de", "fast 20 Prozent"),
        ("De leveringen stegen met 20 procent ten opzichte van dezelfde periode in 2022.",
         "nl", "20 procent"),
        ("交付量比2022年同期增长20%。", "zh", "20%"),
    ],
)  # fmt: skip
def test_the_year_of_a_compared_period_is_not_the_figures(
    text: str, lang: str, figure: str
) -> None:
    """ "compared with the same period of 2022": 2022 is the base, not the rise's year."""
    assert _times(text, lang) == [(figure, None)]


def test_a_dateline_stamp_is_no_period() -> None:
    text = "date 2024-01-24 ASML recorded a turnover of 27.6 billion euros last year."
    assert _times(text, "en") == [("27.6 billion euros", "2023")]


def test_quarter_labels_over_a_table_row_leave_the_period_open() -> None:
    row = "Q1 Q2 Q3 Q4 Totaal Tesla 422.875 466.140 435.059 484.507 1.808.581"
    assert {time for _, time in _times(row, "nl")} == {None}


def test_the_last_three_months_of_a_year_are_its_fourth_quarter() -> None:
    text = "BYD sold 526,000 all-electric vehicles in the last three months of 2023."
    assert _times(text, "en")[0] == ("526,000 all-electric vehicles", "2023-Q4")


def _subjects(texts: list[tuple[str, str]]) -> list[tuple[str, str | None, bool]]:
    report = report_texts([(f"t{i}", text, lang) for i, (text, lang) in enumerate(texts)])
    return [(c.text, c.subject.readable() if c.subject else None, c.subject_sure)
            for c in report.claims]  # fmt: skip


def test_a_nameless_sentence_continues_the_story_subject() -> None:
    text = (
        "Chipmachinefabrikant ASML heeft een recordjaar achter de rug.\n\n"
        "De omzet over 2023 kwam uit op €27,6 miljard."
    )
    assert _subjects([(text, "nl")]) == [("€27,6 miljard", "ASML", True)]


def test_a_news_agency_is_never_the_subject() -> None:
    text = "Laut der Nachrichtenagentur Xinhua kamen in Gansu mindestens 113 Menschen ums Leben."
    assert _subjects([(text, "de")])[0][1] == "Gansu"


def test_a_company_that_reports_its_own_figure_is_its_subject() -> None:
    assert _subjects([("In 2025, Microsoft reported revenue growth of 4 percent.", "en")]) == [
        ("4 percent", "Microsoft", True)
    ]


def test_a_person_who_runs_a_company_stands_for_it() -> None:
    assert _subjects([("Elon Musk wist afgelopen jaar zo'n 1,81 miljoen auto's te slijten.",
                       "nl")])[0][1] == "Tesla"  # fmt: skip


def test_a_place_after_a_determiner_is_an_object_not_the_subject() -> None:
    text = (
        "Microsoft zoekt nieuwe partners in het Midden-Oosten.\n"
        "Het bedrijf investeerde in 2024 1.500 miljoen dollar in G42."
    )
    assert _subjects([(text, "nl")]) == [("1.500 miljoen dollar", "Microsoft", True)]


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        (
            "Microsoft bought 485,000 Hopper chips, Omdia estimates. The company plans to invest"
            " $80 billion in data centres.",
            "en",
            "$80 billion",
        ),
        (
            "Microsoft kaufte 485.000 Hopper-Chips, schätzt Omdia. Das Unternehmen will 80"
            " Milliarden Dollar in Rechenzentren investieren.",
            "de",
            "80 Milliarden Dollar",
        ),
        (
            "Microsoft kocht dit jaar 485.000 Hopper-chips van Nvidia, meldt Omdia. Het bedrijf"
            " wil 80 miljard dollar in datacenters investeren.",
            "nl",
            "80 miljard dollar",
        ),
        (
            "据Omdia估计,微软购买了48.5万块Hopper芯片。该公司计划投资800亿美元建设数据中心。",
            "zh",
            "800亿美元",
        ),
    ],
)
def test_the_company_is_the_subject_before_not_who_reported_it(
    text: str, lang: str, figure: str
) -> None:
    found = {claim: subject for claim, subject, _ in _subjects([(text, lang)])}
    assert found[figure] == "Microsoft"


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("据Omdia估计,微软今年购买了48.5万块英伟达Hopper芯片,是Meta的两倍多。", "zh", "两倍多"),
        ("Microsoft kaufte 485.000 Nvidia-Chips, doppelt so viele wie Meta.", "de", "doppelt"),
        ("Microsoft kocht 485.000 Nvidia-chips, twee keer zoveel als Meta.", "nl", "twee keer"),
        ("Microsoft bought 485,000 Nvidia chips, twice as many as Meta.", "en", "twice"),
    ],
)
def test_a_name_inside_another_figure_is_what_it_counts_not_a_subject(
    text: str, lang: str, figure: str
) -> None:
    found = {claim: subject for claim, subject, _ in _subjects([(text, lang)])}
    assert found[figure] == "Microsoft"


@pytest.mark.parametrize(
    ("text", "lang", "figure", "subject"),
    [
        (  # corpus/drafts/xiaomi-su7-launch-2024.zh.md
            "小米在北京发布首款电动汽车SU7,共推出3个版本:标准版售价21.59万元,Pro版售价25.49万元,"
            "Max版售价29.99万元。",
            "zh",
            "25.49万元",
            "SU7 Pro",
        ),
        ("小米在北京发布首款电动汽车SU7,标准版售价21.59万元。", "zh", "21.59万元", "SU7"),
        (
            "Xiaomi launched the SU7. The Pro costs RMB 245,900 and the Max RMB 299,900.",
            "en",
            "RMB 299,900",
            "SU7 Max",
        ),
        (
            "Xiaomi stellte den SU7 vor. Die Pro-Version kostet 245.900 Yuan.",
            "de",
            "245.900 Yuan",
            "SU7 Pro",
        ),
        (
            "Xiaomi presenteerde de SU7. De Max-versie kost 299.900 yuan.",
            "nl",
            "299.900 yuan",
            "SU7 Max",
        ),
        # no product named before: "Max" is nobody's version
        ("Max costs RMB 299,900, Xiaomi said.", "en", "RMB 299,900", "Xiaomi"),
    ],
)
def test_a_version_goes_by_its_short_name_once_its_product_is_named(
    text: str, lang: str, figure: str, subject: str
) -> None:
    found = {claim: about for claim, about, _ in _subjects([(text, lang)])}
    assert found[figure] == subject


@pytest.mark.parametrize(
    ("text", "lang", "figure", "subject"),
    [
        (  # de-kicker
            "Xiaomi hat den SU7 vorgestellt. Laut Xiaomi liegt die Reichweite bei 668 Kilometern.",
            "de",
            "668 Kilometern",
            "SU7",
        ),
        (
            "Xiaomi unveiled the SU7 Max. Xiaomi says the range is 800 kilometres.",
            "en",
            "800 kilometres",
            "SU7",
        ),
        (
            "Xiaomi toonde de SU7. Volgens Xiaomi haalt de auto een actieradius van 668 kilometer.",
            "nl",
            "668 kilometer",
            "SU7",
        ),
        ("小米发布了小米SU7。小米称其续航里程为700公里。", "zh", "700公里", "SU7"),
        # two product lines named: whose range it is is not known, so it stays the maker's
        (
            "Tesla builds the Model Y and the Model 3. Tesla says the range is 533 km.",
            "en",
            "533 km",
            "Tesla",
        ),
        # not a product's measure: the maker's own
        (
            "Xiaomi unveiled the SU7. Xiaomi took 88,898 orders in 24 hours.",
            "en",
            "88,898",
            "Xiaomi",
        ),
    ],
)
def test_a_products_measure_said_of_its_maker_is_of_the_product_named(
    text: str, lang: str, figure: str, subject: str
) -> None:
    found = {claim: about for claim, about, _ in _subjects([(text, lang)])}
    assert found[figure] == subject


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("GroenLinks-PvdA won 25 seats, eight more than in 2021.", "en", "eight"),
        (
            "GroenLinks-PvdA kommt auf 25 Sitze, acht mehr als 2021.",
            "de",
            "acht",
        ),  # finanznachrichten
        ("GroenLinks-PvdA haalde 25 zetels, acht meer dan in 2021.", "nl", "acht"),
        ("绿左-工党获得25席,比2021年多了8席。", "zh", "8席"),
    ],
)
def test_a_change_of_a_seat_count_is_seats_won_not_seats(text: str, lang: str, figure: str) -> None:
    """A change is never held against a level; it is also another measure, so a report
    shows it as seats won or lost (`change_of`)."""
    report = report_texts([("t", text, lang)])
    measured = {c.text: c.attribute.name if c.attribute else None for c in report.claims}
    assert measured[figure] == "seat_change"
    assert next(v for k, v in measured.items() if k.startswith("25")) == "seats"


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("Auf Platz zwei kommt das rot-grüne Bündnis mit 25 Mandaten.", "de", "25 Mandaten"),
        ("Das Bündnis von Sozialdemokraten und Grünen kommt auf 25 Sitze.", "de", "25 Sitze"),
        ("The red-green alliance is set to win 25 seats.", "en", "25 seats"),
        ("De rood-groene combinatie haalt 25 zetels.", "nl", "25 zetels"),
    ],
)
def test_a_party_alliance_is_known_by_its_description(text: str, lang: str, figure: str) -> None:
    found = {claim: subject for claim, subject, _ in _subjects([(text, lang)])}
    assert found[figure] == "GroenLinks-PvdA"


def test_the_base_of_a_multiplier_is_not_its_subject() -> None:
    text = "而谷歌、Meta 和 xAI 当前使用的训练集群规模,普遍达到微软的 6 到 10 倍。"
    assert _subjects([(text, "zh")])[0][1] == "Google, Meta and xAI"


def test_figures_in_different_units_are_compared_as_one_quantity() -> None:
    report = report_texts(
        [
            ("a", "In 2022 the Model Y had a range of 320 miles.", "en"),
            ("b", "Das Model Y hatte 2022 eine Reichweite von 514 Kilometern.", "de"),
        ]
    )
    assert [c.attribute.name for c in report.claims] == ["range", "range"]
    assert report.findings == []
    low, high = ends(report.claims[0])
    assert low == high == pytest.approx(514_990, rel=1e-4)  # metres


def test_figures_orders_of_magnitude_apart_are_only_information() -> None:
    report = report_texts(
        [
            ("a", "ASML's net income in 2023 was 7.8 billion euros.", "en"),
            ("b", "ASML's net income in 2023 was 19.91 euros per share.", "en"),
        ]
    )
    assert {f.severity for f in report.findings} <= {"info"}


def test_a_draft_about_a_member_of_a_group_meets_the_group() -> None:
    result = check_texts(
        ("draft.md", "In 2025 Google trained on clusters 6 to 10 times larger than "
         "Microsoft's.", "en"),
        [("s.txt", "2025年，谷歌、Meta 和 xAI 的训练集群规模达到微软的 6 到 10 倍。", "zh")],
    )  # fmt: skip
    assert [f.kind for f in result.supported] == ["supported"]
    assert result.findings == []


@pytest.mark.parametrize(
    ("fields", "shown"),
    [
        ({"value": 5e10, "unit": "parameter"}, "50 billion parameters"),
        ({"value": 27_559_000_000.0, "unit": "EUR"}, "27.559 billion EUR"),
        ({"value": 500_000.0, "unit": "GPU", "approx": True}, "≈500,000 GPUs"),
        ({"low": 6.0, "high": 10.0, "unit": "multiplier"}, "6–10×"),
        ({"value": 30.0, "unit": "percent"}, "30%"),
        ({"value": 6.2, "unit": "magnitude"}, "magnitude 6.2"),
        ({"value": 1.0, "unit": "person"}, "1 person"),
        ({"value": 113.0, "unit": "person", "bound": "ge"}, "≥113 people"),
        ({"value": 4.0, "unit": "country"}, "4 countries"),
        ({"value": 668.0, "unit": "kilometer"}, "668 km"),
    ],
)
def test_figures_read_as_an_editor_writes_them(fields: dict, shown: str) -> None:
    base = {"value": None, "low": None, "high": None, "sentence": (0, 1)}
    claim = Claim(text="x", start=0, end=1, lang="en", **(base | fields))
    assert amount(claim) == shown


def test_a_dated_figure_restated_on_other_days_is_one_figure() -> None:
    """Candidates keep two copies of a figure: a wire figure of 2024 restated on a
    thousand days is one figure, an undated one is a figure of each day."""
    from factcheck.checks.candidates import figure_identity
    from factcheck.models import ReportClaim

    def claim(time: str | None, as_of: str) -> ReportClaim:
        return ReportClaim(id="s1", text="8,000 GPUs", start=0, end=10, lang="en",
                           value=8000.0, low=8000.0, high=8000.0, unit="GPU",
                           sentence=(0, 10), time=time, as_of=as_of)  # fmt: skip

    assert figure_identity(claim("2024", "2024-03-01")) == figure_identity(
        claim("2024", "2024-05-02")
    )
    assert figure_identity(claim(None, "2024-03-01")) != figure_identity(claim(None, "2024-05-02"))
