"""Held-out batches 49, 50 and 59 to 63 (Volkswagen's, Intel's, BMW's, Porsche's and
Deutsche Telekom's half years, Moldova's election): strong verbs of change; a
percentage pointing back at the figure before it ("Dat is 6 procent minder"); the
place a figure's clause names nearest to it, or points at with "daar"/"dort"; a quarter
named without its year dating the sentence after it, "im Quartal" after a comparison's
base, and "im Halbjahr" the half the quarter closes; a long name defined by an acronym
("Party of Action and Solidarity (PAS)") written as the acronym; the head of "the
Patriotic Bloc of former president Igor Dodon"; an unlisted party's figures in its own
country's election; an exit poll named in a sentence's opening for all its clauses."""

from __future__ import annotations

import pytest

from tests.annotating import readings

PUBLISHED = "2025-08-07"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Oracle's backlog exploded 330% to $455 billion.", "330%"),
        ("en", "Oracle's revenue rebounded 12% in the quarter.", "12%"),
        ("nl", "De omzet van SAP explodeerde met 30 procent.", "30 procent"),
        ("nl", "De omzet van SAP dook 12 procent.", "12 procent"),
        ("nl", "De omzet van SAP liep 12 procent terug.", "12 procent"),
        ("nl", "De omzet van SAP ging met 12 procent omhoog.", "12 procent"),
        ("de", "Der Umsatz von SAP kletterte um 12 Prozent.", "12 Prozent"),
        ("zh", "SAP营收攀升30%。", "30%"),
        ("zh", "SAP营收下挫30%。", "30%"),
        ("zh", "SAP營收年減30%。", "30%"),
        ("zh", "SAP营收骤降30%。", "30%"),
    ],
)  # fmt: skip
def test_a_strong_verb_of_change_makes_a_change(lang: str, text: str, figure: str) -> None:
    """ "exploded", "dook", "攀升" had left the percentage a bare percent; "骤降" made
    SAP's revenue the power a grid lost."""
    assert readings(text, lang)[figure].attribute.endswith("_change")


def test_a_rise_after_a_quarters_earnings_per_share_is_their_change() -> None:
    text = "台积电每股盈余为45.25元，年增高达39.5%。"
    assert readings(text, "zh")["39.5%"].attribute == "eps_change"


@pytest.mark.parametrize(
    ("lang", "text", "figure", "attribute"),
    [
        ("nl", "Porsche leverde in de eerste zes maanden 146.391 auto's aan klanten. Dat is 6 "
         "procent minder dan in dezelfde periode vorig jaar.", "6 procent", "deliveries_change"),
        ("en", "Porsche delivered 146,391 cars in the first half. That is 6% fewer than a year "
         "earlier.", "6%", "deliveries_change"),
        ("de", "Intel meldete einen Umsatz von 12,9 Milliarden US-Dollar. Allerdings spiegelt "
         "diese Zahl einen leichten Rückgang von 0,2 % im Vergleich zum Vorjahresquartal "
         "wider.", "0,2 %", "revenue_change"),
        ("zh", "英特尔营收为129亿美元。这一数字较上年同期下降0.2%。", "0.2%", "revenue_change"),
    ],
)  # fmt: skip
def test_a_percentage_pointing_back_is_the_change_of_the_figure_before(
    lang: str, text: str, figure: str, attribute: str
) -> None:
    """Porsche's 6 percent fewer deliveries and Intel's 0.2 % decline (batches 50 and 52)
    had measured nothing."""
    assert readings(text, lang)[figure].attribute == attribute


def test_a_bare_percentage_after_an_opener_stays_a_percentage() -> None:
    text = "Porsche delivered 146,391 cars in the first half. That is 6% of the market."
    assert readings(text, "en")["6%"].attribute != "deliveries_change"


@pytest.mark.parametrize(
    ("lang", "text", "figure", "topic"),
    [
        ("en", "Sales by volume in North America fell 16 percent in the first half even as "
         "they rose slightly worldwide, Volkswagen said.", "16 percent", "North America"),
        ("de", "Toyota hat ein großes Standbein in den USA und in Nordamerika vergangenes Jahr "
         "2,7 Millionen Fahrzeuge verkauft.", "2,7 Millionen Fahrzeuge", "North America"),
        ("nl", "De heffingen van Trump nekken Volkswagen in de Verenigde Staten. De omzet daar "
         "liep terug met 16 procent.", "16 procent", "United States"),
        ("de", "VW leidet in den USA unter Zöllen. Der Absatz dort sank um 16 Prozent.",
         "16 Prozent", "United States"),
        ("nl", "Volkswagen verkocht 5000 auto's in de VS.", "5000 auto's", "United States"),
        ("de", "VW verkaufte in den Vereinigten Staaten 5000 Autos.", "5000 Autos",
         "United States"),
        ("de", "Der Automobilabschnitt von BMW erreichte eine EBIT-Marge von 5,4 %.", "5,4 %",
         "automotive"),
        ("zh", "宝马汽车业务 EBIT 率为 5.4%。", "5.4%", "automotive"),
    ],
)  # fmt: skip
def test_the_place_or_part_a_figure_is_of(lang: str, text: str, figure: str, topic: str) -> None:
    """VW's 16 % fall in North America had been held against its worldwide revenue
    (batch 49), and BMW's carmaking margin against the group's (batch 59)."""
    assert readings(text, lang)[figure].topic == topic


def test_worldwide_nearer_the_figure_than_the_place_scopes_to_no_place() -> None:
    text = "In China, BYD sold 3.2 million cars worldwide last year."
    assert readings(text, "en")["3.2 million cars"].topic is None


TELEKOM = (
    "Die Deutsche Telekom wuchs auch im zweiten Quartal 2025 weiter. In der organischen "
    "Betrachtung stieg der Umsatz des Konzerns im zweiten Quartal gegenüber dem "
    "Vergleichszeitraum des Vorjahres um 4,0 Prozent auf 28,7 Milliarden Euro. Die "
    "Service-Umsätze stiegen ebenfalls um 4,0 Prozent auf 24,4 Milliarden Euro. Der Free "
    "Cashflow AL ging im Quartal um 6,7 Prozent auf 4,9 Milliarden Euro zurück. Diese "
    "Kennziffer schwankt oft stark. Im Halbjahr steht ein Plus von 17,8 Prozent auf 10,5 "
    "Milliarden Euro zu Buche."
)


@pytest.mark.parametrize(
    ("figure", "attribute", "time"),
    [
        ("28,7 Milliarden Euro", "revenue", "2025-Q2"),
        ("24,4 Milliarden Euro", "segment_revenue", "2025-Q2"),
        ("4,9 Milliarden Euro", "free_cash_flow", "2025-Q2"),
        ("10,5 Milliarden Euro", "currency:EUR", "2025-H1"),
    ],
)
def test_a_quarter_report_dates_its_sentences(figure: str, attribute: str, time: str) -> None:
    """Telekom's 4.9 billion of the quarter had been held against a draft's 10.5 billion
    of the half year (batch 63)."""
    reading = readings(TELEKOM, "de", PUBLISHED)[figure]
    assert (reading.attribute, reading.time) == (attribute, time)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Meta's daily users climbed to 3.48 billion, up from 3.43 billion in Q1. Net income "
         "surged 36% to $18.34 billion.", "$18.34 billion"),
        ("Gross margin was 51.6% (53.7% in Q2). Basic earnings per share was EUR 5.49.",
         "EUR 5.49"),
        ("In the second quarter alone, operating profit dropped to 3.38 billion euros. Group "
         "vehicle sales rose slightly to 4.36 million units.", "4.36 million units"),
    ],
)  # fmt: skip
def test_a_quarter_a_base_an_aside_or_alone_names_dates_no_next_sentence(
    text: str, figure: str
) -> None:
    """Meta's net income had become the first quarter's, ASML's EPS the second's and
    Volkswagen's half-year sales the second quarter's (batches 43, 45 and 49)."""
    assert readings(text, "en", PUBLISHED)[figure].time is None


def test_the_half_a_second_quarter_closes() -> None:
    text = (
        "Revenue rose 4% in the second quarter of 2025 to 28.7 billion euros. Free cash "
        "flow rose 17.8% to 10.5 billion euros in the half."
    )
    assert readings(text, "en", PUBLISHED)["10.5 billion euros"].time == "2025-H1"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "The ruling Party of Action and Solidarity (PAS) won 50.2% of the vote. The Party "
         "of Action and Solidarity secured 55 seats.", "55 seats"),
        ("de", "Die proeuropäische Partei Aktion und Solidarität (PAS) kam auf 50,2 Prozent. Die "
         "Partei Aktion und Solidarität erhielt 55 Sitze.", "55 Sitze"),
        ("nl", "De Partij van Actie en Solidariteit (PAS) kreeg 50,2 procent. De Partij van "
         "Actie en Solidariteit haalde 55 zetels.", "55 zetels"),
        ("zh", "由总统桑杜领导的「行动团结党」（PAS）得票率为50.2%。行动团结党获得55席。", "55席"),
    ],
)  # fmt: skip
def test_a_name_defined_by_an_acronym_is_the_acronym(lang: str, text: str, figure: str) -> None:
    """Outlets in four languages write "PAS" alike and the party's long name each in its
    own (batch 63)."""
    assert readings(text, lang)[figure].subject == "PAS"


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        ("Olaf Scholz (SPD) said the party won 16.4% of the vote.", "16.4%", "SPD"),
        ("The New Democratic Party (NDP) won 7 seats.", "7 seats", "Democratic Party"),
        ("Taiwan Semiconductor Manufacturing Company (TSMC) earned $10 billion.",
         "$10 billion", "TSMC"),
    ],
)  # fmt: skip
def test_a_bracket_after_a_person_or_a_listed_name_renames_nothing(
    text: str, figure: str, subject: str
) -> None:
    assert readings(text, "en")[figure].subject == subject


def test_a_bloc_of_a_former_president_is_the_blocs() -> None:
    text = "The Patriotic Bloc of former president Igor Dodon came second with 24.19% of the vote."
    assert readings(text, "en")["24.19%"].subject == "Patriotic Bloc"


def test_an_unlisted_partys_share_in_its_countrys_election_has_no_place() -> None:
    """PAS's 50.2 % "in Moldova" had been Moldova's part of PAS's figures, never compared
    with the same share written without the country (batch 63)."""
    text = (
        "Moldova held a parliamentary election on Sunday. In Moldova, the ruling Party of "
        "Action and Solidarity (PAS) won 50.2% of the vote."
    )
    reading = readings(text, "en")["50.2%"]
    assert (reading.subject, reading.attribute, reading.topic) == ("PAS", "vote_share", None)


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("zh", "出口民调显示,中右翼的民主联盟的得票率为35.1%,将获得81个议席;中左翼的社会党的得票率为"
         "25.4%,位居第三。", "25.4%"),
        ("en", "According to the exit poll, the Democratic Alliance won 35.1% of the vote; the "
         "Socialists took 25.4% of the vote.", "25.4%"),
    ],
)  # fmt: skip
def test_an_exit_poll_opening_a_sentence_holds_for_every_clause(
    lang: str, text: str, figure: str
) -> None:
    """The exit poll's 25.4 % for the Socialists had been held against a draft's final
    23.38 % (batch 56)."""
    assert readings(text, lang)[figure].attribute == "vote_share_exit_poll"


@pytest.mark.parametrize(
    ("lang", "text", "figure", "attribute"),
    [
        ("de", "Das Konzernergebnis vor Zinsen und Steuern von BMW sank um 31,4 Prozent auf 2,66 "
         "Milliarden Euro.", "2,66 Milliarden Euro", "operating_profit"),
        ("en", "BMW's earnings before interest and taxes fell to €2.66 billion.",
         "€2.66 billion", "operating_profit"),
        ("en", "In the U.S., Ahold Delhaize's online sales fell to just over 1 billion euros.",
         "just over 1 billion euros", "segment_revenue"),
        ("zh", "阿霍德德尔海兹网上销售增长5.8%。", "5.8%", "segment_revenue_change"),
        ("en", "Heineken's sales by volume fell 4.7 per cent.", "4.7 per cent",
         "sales_volume_change"),
        ("de", "Bayer spricht von Rückstellungen und Verbindlichkeiten von 1,7 Milliarden Euro.",
         "1,7 Milliarden Euro", "expenses"),
        ("de", "Intel meldete 12,9 Milliarden US-Dollar Umsatz und übertraf damit die "
         "Analystenerwartungen von 11,97 Milliarden US-Dollar.", "11,97 Milliarden US-Dollar",
         "revenue_consensus"),
    ],
)  # fmt: skip
def test_measures_named_in_the_round(lang: str, text: str, figure: str, attribute: str) -> None:
    assert readings(text, lang)[figure].attribute == attribute


def test_an_explicit_half_is_no_pointer_to_the_half() -> None:
    """ "im ersten Halbjahr 2024" is a comparison's base, not "im Halbjahr" (batch 53)."""
    text = (
        "Airbus lieferte im zweiten Quartal 2025 mehr Flugzeuge aus. Die Nettobestellungen "
        "erreichten 402 Flugzeuge, 30 % mehr als im ersten Halbjahr 2024."
    )
    assert readings(text, "de", PUBLISHED)["402 Flugzeuge"].time != "2024-H1"
