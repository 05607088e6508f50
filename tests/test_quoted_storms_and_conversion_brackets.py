"""Batch 35's Shell and hurricane pages: a name quoted right after a word that says
what it is ("Hurrikan „Otis“") is a name, not a term; a storm that "hit Acapulco with
winds of 270 km/h" owns the winds; "the FTSE 100 group's earnings" are the company's,
not an index's; a conversion in brackets right after a figure does not end its clause
("$23.7 billion (£19.1 billion) in 2024" is 2024's); "the first three months of 2024"
is its first quarter; "verdiente … vor Sonderposten" is an adjusted profit; and Shell
is in the entity list."""

from __future__ import annotations

import pytest

from factcheck.annotation.names import NameFinder
from factcheck.runs.reporting import report_texts
from tests.annotating import readings

QUOTED_STORMS = [
    ("en", "Hurricane “Otis” hit the coast with winds of 270 km/h.", "270 km/h"),
    ("de", "Hurrikan „Otis“ traf mit bis zu 270 Stundenkilometern auf Land.", "bis zu 270 Stundenkilometern"),
    ("de", "Hurrikan «Otis» traf mit bis zu 270 Stundenkilometern auf Land.", "bis zu 270 Stundenkilometern"),
    ("nl", "Orkaan ‘Otis’ kwam aan land met windsnelheden tot 266 kilometer per uur.", "266 kilometer per uur"),
    ("zh", "飓风“奥蒂斯”以每小时266公里的风速登陆。", "266公里"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "figure"), QUOTED_STORMS)
def test_a_name_quoted_after_its_descriptor_is_the_storms(
    lang: str, text: str, figure: str
) -> None:
    """The quoted word had been a term ('a "Buy" rating'), so the storm was no one."""
    subject = readings(text, lang)[figure].subject
    assert subject == ("奥蒂斯" if lang == "zh" else "Otis")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", 'Analysts maintain a "Buy" rating on the shares.'),
        ("de", "Die Analysten bleiben bei „Kaufen“ für die Aktie."),
        ("nl", "Analisten houden vast aan ‘Kopen’ voor het aandeel."),
    ],
)
def test_a_quoted_word_after_no_descriptor_stays_a_term(lang: str, text: str) -> None:
    finder = NameFinder(lang, frozenset())
    assert [text[lo:hi] for lo, hi in finder.find(text, 0, len(text))] == []


STORM_WINDS = [
    ("en", "Hurricane Otis hit Acapulco with winds of 270 km/h.", "270 km/h"),
    ("de", "Otis traf Acapulco mit Winden von 270 km/h.", "270 km/h"),
    ("nl", "Orkaan Otis trof Acapulco met windsnelheden van 270 kilometer per uur.", "270 kilometer per uur"),
    ("zh", "飓风“奥蒂斯”袭击墨西哥阿卡普尔科,风速达每小时266公里。", "266公里"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "figure"), STORM_WINDS)
def test_a_storms_winds_are_its_countrys(lang: str, text: str, figure: str) -> None:
    """The last name before the figure had taken the winds: the city in English, the
    storm or the city in German, whose verb may stand before its subject; one wind
    speed was then "said of two subjects", Acapulco and Otis (an FC104 warning)."""
    assert readings(text, lang)[figure].subject == "Mexico"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "The storm hit Guerrero state, killing 27 people.", "27 people"),
        ("nl", "De orkaan doodde 27 mensen in Mexico.", "27 mensen"),
    ],
)
def test_killing_is_a_death_toll(lang: str, text: str, figure: str) -> None:
    assert readings(text, lang)[figure].attribute == "death_toll"


def test_an_index_before_a_describing_noun_is_no_subject() -> None:
    """ "the FTSE 100 group's adjusted earnings" had been FTSE's: a draft's right Shell
    figure drew an FC104 warning, "the sources say it of FTSE"."""
    text = (
        "Shell reported its results on Thursday. But the FTSE 100 group's adjusted "
        "earnings fell by 16 per cent to $23.7billion in 2024."
    )
    assert readings(text, "en")["$23.7billion"].subject == "Shell"


CONVERSIONS = [
    ("en", "Shell's adjusted earnings fell to $23.7 billion (£19.1 billion) in 2024.", "$23.7 billion", "2024"),
    ("en", "Shell's earnings fell by 16 per cent to $23.7billion (£19.1billion) in 2024, on lower prices.", "$23.7billion", "2024"),
    ("de", "Shell verdiente 16,1 Milliarden Dollar (14,9 Milliarden Euro) im Jahr 2024.", "16,1 Milliarden Dollar", "2024"),
    ("nl", "Shell boekte een winst van 16,1 miljard dollar (14,9 miljard euro) over 2024.", "16,1 miljard dollar", "2024"),
    ("zh", "壳牌净利润为161亿美元(约合1170亿元人民币)于2024年。", "161亿美元", "2024"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "figure", "period"), CONVERSIONS)
def test_a_conversion_in_brackets_does_not_end_the_figures_clause(
    lang: str, text: str, figure: str, period: str
) -> None:
    """The bracket had closed the clause, so the year after it dated nothing, and an
    undated full-year figure met a draft's fourth quarter as an error."""
    assert readings(text, lang)[figure].time == period


def test_a_bracketed_base_is_still_its_own_clause() -> None:
    """ "(2023: €4 billion)" holds a year: the figure before it is not 2023's."""
    read = readings("Revenue was €5 billion (2023: €4 billion) in the year.", "en")
    assert (read["€5 billion"].time, read["€4 billion"].time) == (None, "2023")


FIRST_THREE_MONTHS = [
    ("en", "Shell reported earnings of 7.7 billion US dollars for the first three months of 2024.", "7.7 billion US dollars"),
    ("de", "Shell verdiente in den ersten drei Monaten 2024 7,7 Milliarden Dollar.", "7,7 Milliarden Dollar"),
    ("nl", "Shell verdiende in de eerste drie maanden van 2024 7,7 miljard dollar.", "7,7 miljard dollar"),
    ("zh", "壳牌2024年前三个月净利润为77亿美元。", "77亿美元"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "figure"), FIRST_THREE_MONTHS)
def test_the_first_three_months_are_the_first_quarter(lang: str, text: str, figure: str) -> None:
    """Read as the whole year, Shell's first-quarter 7.7 billion met its full-year
    23.7 billion as an error."""
    assert readings(text, lang)[figure].time == "2024-Q1"


EARNED = [
    ("en", "Shell earned $7.7 billion in the second quarter of 2024.", "$7.7 billion", "profit"),
    ("de", "Der Ölkonzern Shell verdiente im zweiten Quartal 2024 vor Sonderposten 7,7 Milliarden Dollar.", "7,7 Milliarden Dollar", "profit_adjusted"),
    ("nl", "Shell verdiende in het tweede kwartaal van 2024 6,3 miljard dollar.", "6,3 miljard dollar", "profit"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "figure", "attribute"), EARNED)
def test_earning_is_a_profit(lang: str, text: str, figure: str, attribute: str) -> None:
    read = readings(text, lang)[figure]
    assert (read.subject, read.attribute, read.time) == ("Shell", attribute, "2024-Q2")


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Shell said on 30 January 2025 that its free cash flow was $39.5 billion.", "$39.5 billion"),
        ("zh", "壳牌2024年自由现金流为395亿美元。", "395亿美元"),
        ("nl", "Koninklijke Shell boekte een vrije kasstroom van 39,5 miljard dollar.", "39,5 miljard dollar"),
    ],
)  # fmt: skip
def test_shell_is_a_listed_company(lang: str, text: str, figure: str) -> None:
    """Unlisted, "Shell" opening a sentence was a capitalised word, no name."""
    assert readings(text, lang)[figure].subject == "Shell"


PLACES = [
    ("de", "Hurrikan „Otis“ traf bei Acapulco auf Land. Am 26. Oktober meldeten die Behörden zunächst 27 Tote.", "27 Tote", "Mexico"),
    ("zh", "飓风“奥蒂斯”袭击墨西哥阿卡普尔科。民防部门表示共有48人死亡,其中阿卡普尔科35人死亡。", "35人", "Acapulco"),
    ("zh", "台风“山陀儿”在高雄登陆。屏东县一家医院发生火灾,造成9人死亡。", "9人", "Pingtung County"),
    ("en", "Typhoon Krathon made landfall in Kaohsiung. A fire at a hospital in Pingtung County killed nine patients.", "nine patients", "Pingtung County"),
    ("nl", "Tyfoon Krathon bereikte Taiwan. In Kaohsiung vielen twee doden.", "twee doden", "Kaohsiung"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "figure", "place"), PLACES)
def test_taiwans_and_mexicos_places_are_listed_in_their_country(
    lang: str, text: str, figure: str, place: str
) -> None:
    """Unlisted, Acapulco was in no country: a toll of a paragraph that names only the
    city had no place at all, and a Chinese round-up's Taiwanese toll took the country
    its other story named most (Mexico)."""
    assert readings(text, lang)[figure].subject == place


AGES = [
    ("en", "Two people died on Wednesday, a 64-year-old woman in Kaohsiung among them.", "64-year-old", None),
    ("zh", "死者分別為高雄市64歲婦人騎車遭路樹倒塌壓傷送醫不治。", "64歲", None),
    ("de", "In Kaohsiung starb eine 64-jährige Frau.", "64-jährige", None),
    ("en", "Taiwan's president, the 64-year-old Lai Ching-te, visited Kaohsiung.", "64-year-old", "Lai Ching-te"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "figure", "person"), AGES)
def test_an_unnamed_persons_age_is_no_places(
    lang: str, text: str, figure: str, person: str | None
) -> None:
    """Two victims' ages, 64 and 78, both of Kaohsiung, had been an FC101 error."""
    assert readings(text, lang)[figure].subject == person


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("zh", "凱米颱風造成7死,死者分別為高雄市64歲婦人騎車遭路樹倒塌壓傷送醫不治。", "7死"),
        ("en", "Typhoon Gaemi hit Taiwan. Two people died on Wednesday, a woman in Kaohsiung among them.", "Two people"),
    ],
)  # fmt: skip
def test_a_victims_place_after_the_toll_is_not_the_tolls(lang: str, text: str, figure: str) -> None:
    """The first place after the figure anywhere in its sentence had been the toll's:
    Taiwan's seven dead became Kaohsiung's, and no longer confirmed a draft's."""
    assert readings(text, lang)[figure].subject == "Taiwan"


def test_a_conversion_whose_unit_is_cut_short_is_no_unit_mismatch() -> None:
    """ "每小时130英里(209公里)" leaves the hour out of the bracket: 209 km is the
    conversion of a speed, not a distance against another page's 119 km/h (it was an
    FC103 error once both were Jamaica's)."""
    texts = [
        ("a.txt", "飓风袭击牙买加,最大持续风速为每小时130英里(209公里)。", "zh"),
        ("b.txt", "Der Hurrikan traf Jamaika mit Windgeschwindigkeiten von 119 Kilometern pro Stunde.", "de"),
    ]  # fmt: skip
    assert [f.rule for f in report_texts(texts).findings if f.rule == "FC103"] == []


ROUND_UP = {
    "en": ("Typhoon Krathon made landfall in Kaohsiung. Taiwan counted 219 injured. A fire in "
           "Pingtung County killed nine.\n\nHurricane Otis hit Acapulco in Mexico. Officials said "
           "39 people died. Damage was estimated at $15 billion.", "$15 billion"),
    "de": ("Taifun Krathon traf Kaohsiung. Taiwan zählte 219 Verletzte. Ein Brand in Pingtung "
           "tötete neun Menschen.\n\nHurrikan Otis traf Acapulco in Mexiko. Die Behörden meldeten "
           "39 Tote. Der Schaden wurde auf 15 Milliarden Dollar geschätzt.", "15 Milliarden Dollar"),
    "nl": ("Tyfoon Krathon kwam aan land bij Kaohsiung. Taiwan telde 219 gewonden. Een brand in "
           "Pingtung doodde negen mensen.\n\nOrkaan Otis trof Acapulco in Mexico. De autoriteiten "
           "meldden 39 doden. De schade werd geschat op 15 miljard dollar.", "15 miljard dollar"),
    "zh": ("台风山陀儿在高雄登陆。全台219人受伤。屏东县一家医院发生火灾,造成9人死亡。\n\n"
           "飓风奥蒂斯袭击墨西哥阿卡普尔科。官员表示有39人死亡。损失初步估计约为150亿美元。", "150亿美元"),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(ROUND_UP))
def test_a_round_ups_paragraph_is_set_in_the_country_its_places_lie_in(lang: str) -> None:
    """A damage whose sentence names no place took the country the article names most
    (Taiwan), though its paragraph is on Mexico and opens with no "In Mexiko, …"."""
    text, figure = ROUND_UP[lang]
    assert readings(text, lang)[figure].subject == "Mexico"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Nestlé's net profit shrank by 2.9% in 2024.", "2.9%"),
        ("en", "Nestlé's net profit declined by 2.9% in 2024.", "2.9%"),
        ("de", "Der Reingewinn von Nestlé ist 2024 um 2,9 Prozent geschrumpft.", "2,9 Prozent"),
        ("nl", "De nettowinst van Nestlé kromp in 2024 met 2,9 procent.", "2,9 procent"),
        ("zh", "雀巢2024年净利润萎缩2.9%。", "2.9%"),
    ],
)
def test_a_measure_that_shrank_by_a_percentage_changed(lang: str, text: str, figure: str) -> None:
    """ "shrank by", a population's change of headcount, had hidden "shrank" from the
    change words: Nestlé's 2.9% was a bare percentage, held against no one's."""
    assert readings(text, lang)[figure].attribute == "profit_change"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Netflix reported EPS of $5.40 for the quarter.", "$5.40"),
        ("de", "Vor Jahresfrist hatten bei Netflix noch 3,80 US-Dollar beim EPS gestanden.", "3,80 US-Dollar"),
        ("nl", "Netflix boekte een EPS van 5,40 dollar.", "5,40 dollar"),
        ("zh", "奈飞第三季度EPS为5.40美元。", "5.40美元"),
    ],
)  # fmt: skip
def test_eps_is_earnings_per_share_in_every_language(lang: str, text: str, figure: str) -> None:
    """German, Dutch and Chinese pages write the English "EPS" too: it had been a bare
    amount, and two outlets' 3.73 and 3.80 dollars of one quarter were never compared."""
    assert readings(text, lang)[figure].attribute == "eps"


COMPACT_TOLLS = [
    ("zh", "颱風山陀兒共計造成1死、70傷、2失蹤。", {"1死": "death_toll", "70傷": "injured", "2": "missing"}),
    ("zh", "凱米颱風造成7死1失蹤、785傷。", {"7死": "death_toll", "1": "missing", "785傷": "injured"}),
    ("zh", "台风造成2死490伤。", {"2死": "death_toll", "490伤": "injured"}),
    ("en", "Officials reported 2 dead and 490 injured.", {"2 dead": "death_toll", "490 injured": "injured"}),
    ("de", "Die Behörden meldeten 2 Tote und 490 Verletzte.", {"2 Tote": "death_toll", "490 Verletzte": "injured"}),
    ("nl", "De autoriteiten meldden 2 doden en 490 gewonden.", {"2 doden": "death_toll", "490 gewonden": "injured"}),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), COMPACT_TOLLS)
def test_a_figures_own_noun_names_its_measure(
    lang: str, text: str, expected: dict[str, str]
) -> None:
    """ "1死、70傷" had been 70 dead (the nearest keyword, "死", before the figure) and
    "7死1失蹤、785傷" 785 missing: Chinese writes a toll's noun right after its figure."""
    read = readings(text, lang)
    assert {figure: read[figure].attribute for figure in expected} == expected


def test_casualties_are_no_injured_count() -> None:
    """ "伤亡" counts the dead and the injured together: no injured count."""
    assert readings("地震已造成30人伤亡。", "zh")["30人"].attribute != "injured"


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        ("Für 2024 geht die AUA-Mutter Lufthansa von einem Gewinn von 1,4 bis 1,8 Milliarden Euro aus.", "1,4 bis 1,8 Milliarden Euro", "Lufthansa"),
        ("Die VW-Tochter Porsche meldete einen Umsatz von 40 Milliarden Euro.", "40 Milliarden Euro", "Porsche"),
    ],
)  # fmt: skip
def test_a_compound_naming_a_parent_or_subsidiary_is_no_name(
    text: str, figure: str, subject: str
) -> None:
    """ "die AUA-Mutter Lufthansa": the compound had been the subject, an unknown name
    that met no other article's Lufthansa."""
    assert readings(text, "de")[figure].subject == subject


@pytest.mark.parametrize(
    ("text", "figure", "period"),
    [
        ("Für das erste Halbjahr 2024 erwartet Lufthansa einen Gewinn von 1,4 Milliarden Euro.", "1,4 Milliarden Euro", "2024-H1"),
        ("Für die zweite Jahreshälfte 2024 erwartet Lufthansa einen Umsatz von 20 Milliarden Euro.", "20 Milliarden Euro", "2024-H2"),
    ],
)  # fmt: skip
def test_a_german_half_in_the_nominative_is_a_half(text: str, figure: str, period: str) -> None:
    """ "das erste Halbjahr 2024" had been the year 2024 (and "erste" a rank): a
    half-year's forecast then met the year's actual result as an error."""
    read = readings(text, "de", "2024-07")
    assert (read[figure].time, "erste" in read) == (period, False)


KEY_FIGURE_BULLETS = (
    "Xiaomi's 2024 results\n\n"
    "  • Total Revenue: RMB 365.9 billion (+35.0% YoY)\n\n"
    "  • Adjusted Net Profit: RMB 27.2 billion (+41.3% YoY)\n\n"
    "  • Q4 Revenue: RMB 109.0 billion (+48.8% YoY)\n"
)


def test_key_figure_bullets_with_changes_on_a_year_are_no_widget() -> None:
    """Bulleted key figures with "(+48.8% YoY)" had been a market widget (number-dense
    lines with signed changes), their figures page furniture."""
    read = readings(KEY_FIGURE_BULLETS, "en")
    assert (read["RMB 27.2 billion"].subject, read["RMB 27.2 billion"].attribute) == (
        "Xiaomi",
        "profit_adjusted",
    )


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Markets\nDAX 18.432,10 +0,5 %\nMDAX 26.100,20 -0,3 %\n", "+0,5 %"),
        ("de", "Märkte\nDAX 18.432,10 +0,5 %\nMDAX 26.100,20 -0,3 %\n", "+0,5 %"),
        ("nl", "Markten\nAEX 912,10 +0,5 %\nAMX 1.026,20 -0,3 %\n", "+0,5 %"),
        ("zh", "行情\n恒指 19,432.10 +0.5%\n国企指数 6,100.20 -0.3%\n", "+0.5%"),
    ],
)
def test_a_market_widget_stays_furniture(lang: str, text: str, figure: str) -> None:
    from factcheck.extraction.scanner import extract_text

    claims = {c.text: c for c in extract_text(text, lang, "a.txt", None)}
    assert claims[figure].boilerplate


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "• Gross Profit Margin: 20.9% (+3.9 points YoY)", "20.9%"),
        ("de", "• Bereinigter Nettogewinn: 27,2 Mrd. Yuan (+41,3 % ggü. Vorjahr)", "27,2 Mrd. Yuan"),
        ("nl", "• Aangepaste Nettowinst: 27,2 miljard yuan (+41,3% op jaarbasis)", "27,2 miljard yuan"),
        ("zh", "• 经调整净利润:272亿元(同比+41.3%)", "272亿元"),
    ],
)  # fmt: skip
def test_a_key_figures_label_is_no_name(lang: str, text: str, figure: str) -> None:
    """ "Gross Profit Margin" had been a name, the sure subject of Xiaomi's margin."""
    assert readings(f"Xiaomi meldete Zahlen.\n{text}", lang)[figure].subject in (None, "Xiaomi")


@pytest.mark.parametrize(
    ("lang", "text", "figure", "country"),
    [
        ("de", "In Jordanien starben 41 Pilger. Zudem seien drei Senegalesen gestorben.", "drei Senegalesen", "Senegal"),
        ("nl", "In Jordanië stierven 41 pelgrims. Ook stierven drie Senegalezen.", "drie", "Senegal"),
        ("en", "In Jordan 41 pilgrims died. Two Pakistanis died in the heat as well.", "Two", "Pakistan"),
        ("zh", "约旦有41名朝觐者死亡。另有3名塞内加尔人死亡。", "3名", "Senegal"),
    ],
)  # fmt: skip
def test_a_nationalitys_dead_are_their_countrys(
    lang: str, text: str, figure: str, country: str
) -> None:
    """ "drei Senegalesen" had taken the Jordan its paragraph names: Tagesspiegel then
    gave two Jordanian tolls, and its 41 no longer met ZDF's at least 60."""
    assert readings(text, lang)[figure].subject == country
