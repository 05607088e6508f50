"""Who a figure is about when other companies stand in its sentence (issue 14): a
multiplier against a rival is no change over time ("twice as many as Meta" against
"tripled from 2023"), a maker named before its products ("Nvidia chips") is no
subject, a figure in brackets after a name is that name's ("Meta (224,000)"), and
outlets' ways of writing numbers that are no claims."""

from __future__ import annotations

import pytest

import factcheck
from factcheck.runs.checking import check_texts
from factcheck.runs.reporting import report_texts


def _figures(lang: str, text: str) -> list[tuple[str, str | None, str]]:
    frame = factcheck.extract_frame(lang=lang, texts=[("a", text)])
    return [
        (t, s if isinstance(s, str) else None, a)
        for t, s, a in zip(frame["text"], frame["subject"], frame["attribute"], strict=True)
    ]


RIVALS = [
    ("en", "Microsoft bought twice as many chips as Meta in 2024.", "twice"),
    ("de", "Microsoft kaufte 2024 doppelt so viele Chips wie Meta.", "doppelt"),
    ("nl", "Microsoft kocht in 2024 twee keer zoveel chips als Meta.", "twee keer"),
    ("zh", "微软2024年购买的芯片数量是Meta的两倍。", "两倍"),
    (
        "en",
        "In 2024 Microsoft bought more than twice as many as its biggest rivals.",
        "more than twice",
    ),
    ("zh", "微软2024年采购的芯片高出其主要竞争对手两倍多。", "两倍多"),
]
CHANGES = {
    "en": "Microsoft's chip purchases tripled in 2024.",
    "de": "Microsofts Chipkäufe haben sich 2024 verdreifacht.",
    "nl": "De chipaankopen van Microsoft verdrievoudigden in 2024.",
    "zh": "微软2024年的芯片采购量增加了3倍。",
}


@pytest.mark.parametrize(("lang", "text", "multiplier"), RIVALS)
def test_a_multiplier_against_a_rival_is_no_change(lang: str, text: str, multiplier: str) -> None:
    found = dict((t, a) for t, _, a in _figures(lang, text))
    assert found[multiplier] == "number:multiplier"


@pytest.mark.parametrize("lang", ["en", "de", "nl", "zh"])
def test_a_rival_comparison_never_meets_a_change_over_time(lang: str) -> None:
    """Twice Meta's purchases and three times one's own of 2023 are no conflict; two
    changes over the same year are (the control)."""
    rival = next(text for code, text, _ in RIVALS if code == lang)
    doubled = CHANGES[lang].replace("tripled", "doubled").replace("verdreifacht", "verdoppelt")
    doubled = doubled.replace("verdrievoudigden", "verdubbelden").replace("增加了3倍", "增加了1倍")
    assert [
        f.rule for f in report_texts([("a", rival, lang), ("b", CHANGES[lang], lang)]).findings
    ] == []
    control = report_texts([("a", doubled, lang), ("b", CHANGES[lang], lang)])
    assert [f.rule for f in control.findings] == ["FC101"]


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "en",
            "Microsoft's 2024 purchase more than tripled the number of Nvidia chips it bought in 2023.",
            "more than tripled",
        ),
        (
            "de",
            "Microsofts Kauf hat die Zahl der Nvidia-Chips aus dem Vorjahr mehr als verdreifacht.",
            "mehr als verdreifacht",
        ),
        (
            "nl",
            "Microsofts aankoop verdrievoudigde het aantal Nvidia-chips van een jaar eerder.",
            "verdrievoudigde",
        ),
        ("zh", "微軟今年購買的輝達旗艦晶片數量,是其最大競爭對手Meta的兩倍。", "兩倍"),
    ],
)
def test_a_maker_named_before_its_products_is_no_subject(lang: str, text: str, figure: str) -> None:
    found = {t: s for t, s, _ in _figures(lang, text)}
    assert found[figure] == "Microsoft"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "en",
            "Microsoft is expanding. With the purchase of nearly 500,000 GPUs from Nvidia for about $30 billion, the market shifts.",
            "about $30 billion",
        ),
        (
            "de",
            "Microsoft baut aus. Mit dem Kauf von nahezu 500.000 GPUs von NVIDIA für etwa 30 Milliarden Dollar wandelt sich der Markt.",
            "etwa 30 Milliarden Dollar",
        ),
        (
            "nl",
            "Microsoft breidt uit. Met de aankoop van bijna 500.000 GPU's van Nvidia voor ongeveer 30 miljard dollar verandert de markt.",
            "ongeveer 30 miljard dollar",
        ),
        (
            "zh",
            "微软正在扩张。以约300亿美元购买近50万块英伟达的芯片,改变了市场格局。",
            "约300亿美元",
        ),
    ],
)
def test_a_maker_named_after_its_products_is_no_subject(lang: str, text: str, figure: str) -> None:
    """ "GPUs von NVIDIA für etwa 30 Milliarden Dollar": the buyer pays, not the maker."""
    found = {t: s for t, s, _ in _figures(lang, text)}
    assert found[figure] == "Microsoft"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "en",
            "Microsoft bought 485,000 chips, far ahead of Meta (224,000) and Amazon (196,000).",
            "224,000",
        ),
        (
            "de",
            "Microsoft kaufte 485.000 Chips, weit vor Meta (224.000 Chips) und Amazon (196.000).",
            "224.000 Chips",
        ),
        (
            "nl",
            "Microsoft kocht 485.000 chips, ver voor Meta (224.000 chips) en Amazon (196.000).",
            "224.000 chips",
        ),
        ("zh", "微软购买48.5万块芯片,远超Meta(22.4万块)和亚马逊(19.6万块)。", "22.4万块"),
    ],
)
def test_a_figure_in_brackets_after_a_name_is_that_names(lang: str, text: str, figure: str) -> None:
    found = {t: s for t, s, _ in _figures(lang, text)}
    assert found[figure] == "Meta"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Microsoft bought 485,000 chips.\n2024/12/19 08:00", "485,000 chips"),
        ("de", "Microsoft kaufte 485.000 Chips.\n2024.12.19", "485.000 Chips"),
        ("nl", "Microsoft kocht 485.000 chips.\n2024/12/19 08:00", "485.000 chips"),
        ("zh", "微软豪掷千金,购买48.5万块芯片。\n2024/12/19 08:00", "48.5万块芯片"),
    ],
)
def test_a_slashed_date_and_an_idiom_are_no_claims(lang: str, text: str, figure: str) -> None:
    """ "2024/12/19" under an article is its date (its "19" counted no chips); "豪掷千金"
    (spend lavishly) names no thousand."""
    assert [t for t, _, _ in _figures(lang, text)] == [figure]


@pytest.mark.parametrize(
    ("lang", "text", "wanted"),
    [
        (
            "en",
            "Operating income rose 24% to $38 billion; net income was $27.7 billion, or $3.72 per share.",
            ["operating_profit_change", "operating_profit", "profit", "eps"],
        ),
        (
            "de",
            "Der operative Gewinn stieg um 24 Prozent auf 38 Milliarden Dollar. Das Nettoergebnis lag bei 4,13 Dollar je Aktie.",
            ["operating_profit_change", "operating_profit", "eps"],
        ),
        (
            "nl",
            "Het bedrijfsresultaat steeg met 24 procent tot 38 miljard dollar; de winst per aandeel was 3,72 dollar.",
            ["operating_profit_change", "operating_profit", "eps"],
        ),
        (
            "zh",
            "营业利润增长24%,达到380亿美元,每股收益3.72美元。",
            ["operating_profit_change", "operating_profit", "eps"],
        ),
    ],
)
def test_operating_profit_and_earnings_per_share_are_their_own_measures(
    lang: str, text: str, wanted: list[str]
) -> None:
    assert [a for _, _, a in _figures(lang, text)] == wanted


def test_a_measure_of_changes_has_no_change_of_its_own() -> None:
    """ "增加了" names seats won in an election article; with a multiplier after a
    purchase volume it is a change of the purchases, never "seat_change_change"."""
    found = {t: a for t, _, a in _figures("zh", "此舉使微軟的GPU收購量比去年增加了3倍。")}
    assert found["3倍"] == "gpu_purchases_change"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "en",
            "Its shares beat Apple. Chipmaker Nvidia is the first company worth $4 trillion.",
            "$4 trillion",
        ),
        (
            "de",
            "Die Aktie überholte Apple. Chiphersteller Nvidia ist das erste Unternehmen, das 4 Billionen Dollar wert ist.",
            "4 Billionen Dollar",
        ),
        (
            "nl",
            "Het aandeel ging voorbij Apple. Chipfabrikant Nvidia is het eerste bedrijf dat 4000 miljard dollar waard is.",
            "4000 miljard dollar",
        ),
        ("zh", "股价超越苹果。芯片巨头英伟达是首家市值达4万亿美元的公司。", "4万亿美元"),
    ],
)
def test_a_title_right_before_a_name_describes_it(lang: str, text: str, figure: str) -> None:
    """ "Chipfabrikant Nvidia": the title names Nvidia, it does not refer back to Apple."""
    found = {t: s for t, s, _ in _figures(lang, text)}
    assert found[figure] == "Nvidia"


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "- 500+ billion parameters (unconfirmed)", 5e11),
        ("de", "Das Modell hat 500+ Milliarden Parameter.", 5e11),
        ("nl", "Het model heeft 500+ miljard parameters.", 5e11),
        ("zh", "模型有5000亿+参数。", 5e11),
    ],
)
def test_a_plus_sign_before_the_scale_word_keeps_the_scale(
    lang: str, text: str, value: float
) -> None:
    frame = factcheck.extract_frame(lang=lang, texts=[("a", text)])
    assert list(zip(frame["low"], frame["bound"], strict=True)) == [(value, "gt")]


@pytest.mark.parametrize(
    ("lang", "text", "figure", "subject"),
    [
        (
            "en",
            "Microsoft builds models. Boasting approximately 500 billion parameters, MAI-1 "
            "dwarfs Microsoft's previous models like Phi-3.",
            "approximately 500 billion parameters",
            "MAI-1",
        ),
        (
            "de",
            "Microsoft baut Modelle. Mit rund 500 Milliarden Parametern, so heißt es, "
            "übertrifft MAI-1 die früheren Modelle.",
            "rund 500 Milliarden Parametern",
            "MAI-1",
        ),
        (
            "en",
            "GPT-4 has over 1 trillion parameters, well above the 70 billion parameter "
            "models of Meta.",
            "70 billion parameter",
            "Meta",
        ),
        (
            "nl",
            "GPT-4 heeft meer dan 1 biljoen parameters, ver boven de 70 miljard parameters "
            "van Meta.",
            "boven de 70 miljard parameters",
            "Meta",
        ),
        ("zh", "凭借约5000亿个参数,MAI-1超越了微软此前的模型。", "约5000亿个参数", "MAI-1"),
    ],
)
def test_a_fronted_figure_and_a_figure_of_an_owner_after_it(
    lang: str, text: str, figure: str, subject: str
) -> None:
    """ "Boasting 500 billion parameters, MAI-1 …": a clause that opens the sentence and
    names no one is about the name that starts the next; "the 70 billion parameter
    models of Meta" are Meta's. A bare number before "of" is a part of a whole: "8 of
    Taiwan's counties" are not Taiwan's figure (see the next test)."""
    found = {t: s for t, s, _ in _figures(lang, text)}
    assert found[figure] == subject


def test_a_bare_number_before_of_is_a_part_not_the_owners_figure() -> None:
    found = {t: s for t, s, _ in _figures("en", "Lai led in 8 of Taiwan's counties and cities.")}
    assert found["8"] == "Lai Ching-te"


def test_a_static_fact_is_one_group_whatever_period_its_sentence_names() -> None:
    """ "2024年3月28日, 小米发布SU7, 共推出3个版本": the launch date names no period of the
    version count; the draft's 3 meets the sources' 3 and is supported."""
    sources = [
        ("a.txt", "Xiaomi launched the SU7 in three versions: Standard, Pro and Max.", "en"),
        ("b.txt", "新车共推出5款车型。小米SU7有三个版本。", "zh"),
    ]
    draft = "2024年3月28日晚,小米在北京发布首款电动汽车SU7,共推出3个版本。"
    result = check_texts(("draft.md", draft, "zh"), sources)
    verdicts = [(f.text, f.kind) for f in result.findings + result.supported]
    assert ("3个", "supported") in verdicts


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Azure grew 39% in the quarter."),
        ("de", "Die Cloud-Sparte Azure sei um 39 Prozent gewachsen."),
        ("nl", "Azure groeide met 39 procent."),
        ("zh", "Azure增长39%。"),
    ],
)
def test_a_business_that_grows_grows_by_its_revenue(lang: str, text: str) -> None:
    """ "Azure grew 39%": a business's bare growth is its revenue's (`grows_by`); a
    company's bare growth ("Microsoft grew 15%") names no measure."""
    assert [(s, a) for _, s, a in _figures(lang, text)] == [("Azure", "revenue_change")]
    company = [a for _, _, a in _figures("en", "Microsoft grew 15% in the quarter.")]
    assert company == ["percent:percent"]
