"""Held-out batches 49 and 50 (Volkswagen's and Adyen's half years, Intel's second
quarter, Canada's and Japan's elections) and 45 (ASML): a name after a person's title
is a person, never "the company"; a job cut is a change of the headcount; a
comparison may name its measure before its figure; a year before "同期" or after "the
last election" is a base; a fall is held by its size; a half named by its months."""

from __future__ import annotations

import pytest

from tests.annotating import readings
from tests.news_reports import flagged_rules, report_of


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("nl", "Chipmachinefabrikant ASML weet nog niet of het kan blijven groeien. Topman "
         "Christophe Fouquet zegt dit in een toelichting.\n\nHet Veldhovense bedrijf behaalde "
         "een omzet van 7,6 miljard euro.", "7,6 miljard euro"),
        ("en", "Chipmaker ASML is unsure about next year. Chief executive Christophe Fouquet said "
         "this on Wednesday. The Veldhoven-based company posted sales of 7.6 billion euros.",
         "7.6 billion euros"),
        ("de", "Der Chipausrüster ASML ist vorsichtig. Vorstandschef Christophe Fouquet sagte "
         "das am Mittwoch. Das Unternehmen setzte 7,6 Milliarden Euro um.", "7,6 Milliarden Euro"),
    ],
)  # fmt: skip
def test_the_company_is_no_person_named_after_a_title(lang: str, text: str, figure: str) -> None:
    """ "Het bedrijf" had stood for "Topman Christophe Fouquet", the last name before it."""
    assert readings(text, lang)[figure].subject == "ASML"


def test_a_titled_person_speaks_for_the_company_the_article_is_about() -> None:
    text = (
        "Chipmaker Intel reported second-quarter 2025 revenue of $12.9 billion. Chief "
        "executive Lip-Bu Tan is cutting jobs and aims to end 2025 with about 75,000 employees."
    )
    assert readings(text, "en")["about 75,000 employees"].subject == "Intel"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Intel plans a reduction of approximately 30,000 employees from a total of "
         "108,900.", "approximately 30,000 employees"),
        ("en", "Intel will lay off 15,000 employees.", "15,000 employees"),
        ("de", "Intel will 15.000 Stellen streichen.", "15.000 Stellen"),
        ("de", "Bei Intel werden 15.000 Stellen abgebaut.", "15.000 Stellen"),
        ("nl", "Intel gaat 15.000 banen schrappen.", "15.000 banen"),
        ("nl", "Adyen breidde zijn personeelsbestand vorig jaar uit met ongeveer 1150 werknemers.",
         "ongeveer 1150 werknemers"),
    ],
)  # fmt: skip
def test_a_cut_of_jobs_is_a_change_of_the_headcount(lang: str, text: str, figure: str) -> None:
    """ "A reduction of approximately 30,000 employees" had been Intel's headcount, an
    error against its 109,000 staff."""
    assert readings(text, lang)[figure].attribute.endswith("_amount_change")


def test_a_headcount_stays_a_level() -> None:
    assert readings("Intel has 75,000 employees.", "en")["75,000 employees"].attribute == (
        "employees"
    )


def test_a_job_cut_is_not_held_against_the_headcount() -> None:
    report = report_of(
        ("Intel will cut about 30,000 employees in 2025.", "en"),
        ("Intel had 109,000 employees in 2025.", "en"),
    )
    assert flagged_rules(report) == []


def test_a_majority_mark_names_only_the_figure_nearest_it() -> None:
    text = "Final results show the Liberals winning 169 seats—three short of the 172 needed for a majority."
    read = readings(text, "en")
    assert (read["169 seats"].attribute, read["172"].attribute) == ("seats", "majority_threshold")


@pytest.mark.parametrize(
    ("lang", "text", "figure", "attribute"),
    [
        ("en", "Intel's adjusted gross margin for Q2 2025 was 29.7%.", "29.7%",
         "gross_margin_adjusted"),
        ("en", "Intel's net loss attributable to Intel widened to $2.9 billion in the quarter.",
         "$2.9 billion", "net_loss_attributable"),
        ("zh", "英特尔第二季度归属于母公司的净利润为29.2亿美元。", "29.2亿美元", "profit_attributable"),
    ],
)  # fmt: skip
def test_another_accounting_of_a_margin_or_result_is_a_variant(
    lang: str, text: str, figure: str, attribute: str
) -> None:
    """An adjusted 29.7% and a reported 27.5% were an error of Intel's gross margin."""
    assert readings(text, lang)[figure].attribute == attribute


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "On an adjusted basis, the company reported a loss per share of $0.10 compared to "
         "earnings per share of $0.02 last year.", "$0.10"),
        ("de", "Der Umsatz lag bei 12,9 Milliarden Dollar gegenüber einem Umsatz von 12,8 "
         "Milliarden im Vorjahr.", "12,9 Milliarden Dollar"),
        ("nl", "De omzet kwam uit op 12,9 miljard dollar, tegen een omzet van 12,8 miljard vorig "
         "jaar.", "12,9 miljard dollar"),
        ("zh", "净亏损为 29.2 亿美元,而 2024 年同期的净亏损为 16.54 亿美元。", "29.2 亿美元"),
    ],
)  # fmt: skip
def test_the_year_of_a_comparison_base_is_not_the_figures(
    lang: str, text: str, figure: str
) -> None:
    """Each figure had taken the base's year (2024): the same figure for Intel's second
    quarter of 2025 was then "misdated"."""
    assert readings(text, lang, "2025-07-24")[figure].time is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Beide Parteien haben zugenommen im Vergleich zu der letzten Wahl 2021. Die NDP "
         "hat nur noch acht Sitze erzielt."),
        ("en", "Both parties gained compared with the last election in 2021. The NDP won only "
         "seven seats."),
        ("nl", "Beide partijen wonnen ten opzichte van de vorige verkiezingen in 2021. De NDP "
         "haalde maar zeven zetels."),
    ],
)  # fmt: skip
def test_the_year_of_the_last_election_carries_to_no_later_figure(lang: str, text: str) -> None:
    assert [r.time for r in readings(text, lang, "2025-04-29").values()] == [None]


@pytest.mark.parametrize(
    ("lang", "text", "figure", "period"),
    [
        ("de", "Der Nettoumsatz von Adyen stieg im Zeitraum Juli bis Dezember auf 1,27 "
         "Milliarden Euro.", "1,27 Milliarden Euro", "2025-H2"),
        ("nl", "De omzet van Adyen steeg in de periode juli tot en met december tot 1,27 miljard euro.",
         "1,27 miljard euro", "2025-H2"),
        ("zh", "Adyen 7月至12月的净营收为12.7亿欧元。", "12.7亿欧元", "2025-H2"),
        ("en", "Adyen's revenue from July to December 2025 was 1.27 billion euros.",
         "1.27 billion euros", "2025-H2"),
    ],
)  # fmt: skip
def test_a_half_named_by_its_months(lang: str, text: str, figure: str, period: str) -> None:
    """Adyen's second half of 2025 had been undated, its revenue held against the
    first half's in dollars."""
    assert readings(text, lang, "2026-02-12")[figure].time == period


def test_a_fall_written_with_a_sign_agrees_with_one_written_with_a_word() -> None:
    report = report_of(
        ("Der Umsatz von Volkswagen im ersten Halbjahr 2025 lag mit Minus 0,3 Prozent bei "
         "158 Milliarden Euro.", "de"),
        ("大众汽车2025年上半年营收同比下降0.3%。", "zh"),
    )  # fmt: skip
    assert flagged_rules(report) == []


def test_a_fall_and_a_rise_of_other_sizes_still_disagree() -> None:
    report = report_of(
        ("Der Umsatz von Volkswagen im ersten Halbjahr 2025 sank um 3 Prozent.", "de"),
        ("Volkswagen's revenue fell 16% in the first half of 2025.", "en"),
    )
    assert flagged_rules(report) == [("FC101", "error")]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Intel reported results. Q3 revenue guidance of $12.6-$13.6 billion matched Wall Street "
         "expectations.", "$12.6-$13.6 billion"),
        ("Volkswagen said U.S. import duties shaved about €1.3 billion from earnings.",
         "about €1.3 billion"),
    ],
)  # fmt: skip
def test_wall_street_owns_no_figure_and_a_shave_is_a_change(text: str, figure: str) -> None:
    reading = readings(text, "en")[figure]
    assert reading.subject in ("Intel", "Volkswagen")
    assert reading.subject != "Wall Street"


def test_one_number_of_two_periods_in_two_currencies_is_no_unit_slip() -> None:
    """Adyen's first half in dollars and its second half in euros share their digits."""
    report = report_of(
        ("Adyen's first-half 2025 net revenue came in at $1.27 billion.", "en"),
        ("Der Nettoumsatz von Adyen stieg im zweiten Halbjahr 2025 auf 1,27 Milliarden Euro.",
         "de"),
    )  # fmt: skip
    assert flagged_rules(report) == []


def test_one_number_of_one_period_in_two_currencies_is_still_a_unit_slip() -> None:
    report = report_of(
        ("Adyen's first-half 2025 net revenue came in at $1.27 billion.", "en"),
        ("Der Nettoumsatz von Adyen stieg im ersten Halbjahr 2025 auf 1,27 Milliarden Euro.",
         "de"),
    )  # fmt: skip
    assert ("FC103", "error") in flagged_rules(report)


def test_a_bare_table_cell_of_money_is_no_dropped_scale_word() -> None:
    """ "Revenue ($B)" heads a column of "$12.9": no scale slip against 12,9 Mrd."""
    report = report_of(
        ("Intel second-quarter results\n\nRevenue ($B)\n\n$12.9\n\n$12.8\n", "en"),
        ("Intel setzte im zweiten Quartal 2025 12,9 Milliarden Dollar um.", "de"),
    )
    assert flagged_rules(report) == []


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("nl", "Er zijn in het Canadese parlement 343 zetels te verdelen.", "343 zetels"),
        ("de", "Im Bundestag sind 630 Sitze zu vergeben.", "630 Sitze"),
    ],
)
def test_the_seats_an_election_fills_are_the_chambers(lang: str, text: str, figure: str) -> None:
    """Canada's 343 seats had been a party's seats, an error against the Liberals' 169."""
    assert readings(text, lang)[figure].attribute == "chamber_seats"


def test_a_partner_named_after_and_shares_the_figure() -> None:
    text = "The Liberal Democratic Party and its partner Komeito won 47 seats between them."
    assert readings(text, "en")["47 seats"].subject == "Liberal Democratic Party + Komeito"


def test_a_partys_seats_said_of_a_country_are_information() -> None:
    """自由党 names many parties, so "卡尼领导的自由党赢得169席" was Canada's 169 seats, an
    error against the 343 seats of its parliament."""
    report = report_of(
        ("Bei der Wahl 2025 in Deutschland wurden 152 Sitze gewonnen.", "de"),
        ("Germany: 151 seats were won in the 2025 election.", "en"),
    )
    assert [(f.rule, f.severity) for f in report.findings] == [("FC101", "info")]


def test_a_named_partys_seats_still_disagree() -> None:
    report = report_of(
        ("Die AfD gewann bei der Bundestagswahl 2025 152 Sitze.", "de"),
        ("The AfD won 151 seats in the 2025 election.", "en"),
    )
    assert flagged_rules(report) == [("FC101", "error")]


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Google will acquire Wiz in an all-cash deal worth $32 billion.", "$32 billion"),
        ("de", "Google übernimmt Wiz für 32 Milliarden Dollar.", "32 Milliarden Dollar"),
        ("nl", "Google neemt Wiz over voor 32 miljard dollar.", "32 miljard dollar"),
        ("zh", "谷歌以320亿美元现金完成对云安全公司Wiz的收购。", "320亿美元"),
    ],
)
def test_what_a_company_pays_for_another_is_its_acquisition_price(
    lang: str, text: str, figure: str
) -> None:
    """The price of a takeover had no measure and was compared with nothing."""
    assert readings(text, lang)[figure].attribute == "acquisition_price"


@pytest.mark.parametrize(
    ("lang", "text", "figure", "attribute"),
    [
        ("de", "Airbus erzielte 2024 eine Betriebsmarge von 3,3 Prozent.", "3,3 Prozent",
         "operating_margin"),
        ("nl", "Ruim 1200 brandweerlieden rukten uit naar de torens.",
         "Ruim 1200 brandweerlieden", "deployed"),
        ("nl", "Tot en met 27 juli waren 134.707 Cambodjanen uit hun huizen gevlucht.", "134.707",
         "evacuated"),
        ("en", "More than 300,000 people fled their homes along the border.",
         "More than 300,000 people", "evacuated"),
    ],
)  # fmt: skip
def test_measures_the_drafts_named_in_their_own_words(
    lang: str, text: str, figure: str, attribute: str
) -> None:
    assert readings(text, lang)[figure].attribute == attribute


def test_a_seat_count_ending_in_zero_is_no_rounding() -> None:
    """170 seats had "agreed" with the 172 needed for a majority: a trailing zero was
    read as rounding, which a count of seats never is."""
    report = report_of(
        ("Für eine absolute Mehrheit in Kanada wären 2025 170 Sitze nötig gewesen.", "de"),
        ("In Canada 172 seats were needed for a majority in 2025.", "en"),
    )
    assert flagged_rules(report) == [("FC101", "error")]


@pytest.mark.parametrize(
    ("lang", "text", "part", "whole"),
    [
        ("de", "Die LDP und Komeito gewannen nur 47 von 125 bei der Wahl zu besetzenden Sitzen.",
         "47", "125"),
        ("en", "The LDP and Komeito won 47 of the 125 seats up for election.", "47", "125 seats"),
    ],
)  # fmt: skip
def test_the_seats_up_for_election_are_a_whole_of_their_own(
    lang: str, text: str, part: str, whole: str
) -> None:
    """Japan's upper house elects half its 248 seats at a time: the 125 had been the
    chamber's size, an error against its 248."""
    read = readings(text, lang)
    assert (read[part].attribute, read[whole].attribute) == ("seats", "seats_contested")


def test_the_whole_of_a_chamber_stays_its_seats() -> None:
    read = readings("Labour won 412 of the 650 seats.", "en")
    assert (read["412"].attribute, read["650 seats"].attribute) == ("seats", "chamber_seats")


def test_a_partys_seats_said_of_a_company_make_no_finding() -> None:
    """A round-up's other story lends its company to the seats of an election: no
    company wins seats (it reports by fiscal year), so the seats have no subject."""
    report = report_of(
        ("Xiaomi won 11 seats in the 2025 election.", "en"),
        ("Xiaomi gewann bei der Wahl 2025 14 Sitze.", "de"),
    )
    assert report.findings == []
    assert readings("Xiaomi gewann bei der Wahl 2025 14 Sitze.", "de")["14 Sitze"].subject is None


def test_a_taiwanese_partys_bare_percentage_is_its_share_of_the_vote() -> None:
    """The DPP and the KMT are parties (`percent_of`), not companies whose seats and
    shares a round-up lends them."""
    text = "Lai Ching-te of the DPP won with 40.1%, while the KMT got 33.5%."
    assert readings(text, "en", "2024-01-14")["33.5%"] == ("KMT", "vote_share", None, None)
