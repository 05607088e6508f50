"""Figures of the tech stories that look alike but are not one fact (issue 14): a
segment's revenue is not the company's, two market values "in 2023" may be of two
days, and a country's GDP is no company's market value."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck.runs.checking import check_paths
from factcheck.runs.reporting import report_texts


def _attributes(lang: str, text: str) -> list[tuple[str, str]]:
    frame = factcheck.extract_frame(lang=lang, texts=[("a", text)])
    return list(zip(frame["text"], frame["attribute"], strict=True))


@pytest.mark.parametrize(
    ("lang", "text", "segment"),
    [
        (
            "en",
            "Nvidia revenue was $44.1 billion. Data center revenue was $39.1 billion.",
            "$39.1 billion",
        ),
        (
            "de",
            "Nvidia setzte 44,1 Milliarden Dollar um. Der Rechenzentrumsumsatz lag bei 39,1 Milliarden Dollar.",
            "39,1 Milliarden Dollar",
        ),
        (
            "nl",
            "Nvidia had een omzet van 44,1 miljard dollar. De datacenteromzet was 39,1 miljard dollar.",
            "39,1 miljard dollar",
        ),
        ("zh", "英伟达营收为441亿美元。其数据中心收入达到391亿美元。", "391亿美元"),
    ],
)
def test_a_segments_revenue_is_not_the_companys(lang: str, text: str, segment: str) -> None:
    assert dict(_attributes(lang, text))[segment] == "datacenter_revenue"


def test_segment_and_company_revenue_never_conflict() -> None:
    report = report_texts(
        [
            ("a.txt", "In the first quarter of 2025 Nvidia's revenue was $44.1 billion.", "en"),
            ("b.txt", "英偉達2025年第一季度數據中心業務收入達391億美元。", "zh"),
            (
                "c.txt",
                "Im ersten Quartal 2025 erzielte Nvidia einen Umsatz von 39,1 Milliarden Dollar.",
                "de",
            ),
        ]
    )
    rules = sorted((f.rule, f.severity) for f in report.findings)
    assert rules == [("FC101", "error")]  # the company's 44.1 against its 39.1, the control
    [finding] = report.findings
    texts = {c.id: c.text for c in report.claims}
    assert sorted(texts[i] for i in finding.claim_ids) == [
        "$44.1 billion",
        "39,1 Milliarden Dollar",
    ]


def test_two_market_values_of_one_year_are_no_sure_conflict() -> None:
    """ "仅仅两年前,该公司的市值还约为5000亿美元" and "in juni 2023 voor het eerst 1
    biljoen dollar": a day's measure in a year may be of two days of it."""
    report = report_texts(
        [
            ("a.txt", "2023年,英伟达的市值约为5000亿美元。", "zh"),
            ("b.txt", "Nvidia bereikte in 2023 een marktwaarde van 1 biljoen dollar.", "nl"),
        ]
    )
    assert [(f.rule, f.severity) for f in report.findings] == [("FC101", "info")]


@pytest.mark.parametrize(
    ("lang", "text", "gdp"),
    [
        (
            "en",
            "Nvidia is worth $4.17 trillion, more than Japan's GDP of $4.02 trillion.",
            "$4.02 trillion",
        ),
        (
            "de",
            "Nvidia ist 4,17 Billionen Dollar wert, mehr als das BIP Japans von 4,02 Billionen Dollar.",
            "4,02 Billionen Dollar",
        ),
        (
            "nl",
            "Nvidia is 4,17 biljoen dollar waard, meer dan het bbp van Japan van 4,02 biljoen dollar.",
            "4,02 biljoen dollar",
        ),
        ("zh", "英偉達市值衝上4.17萬億美元,日本去年的GDP為4.02萬億美元。", "4.02萬億美元"),
    ],
)
def test_a_countrys_gdp_is_no_market_value(lang: str, text: str, gdp: str) -> None:
    assert dict(_attributes(lang, text))[gdp] == "gdp"


@pytest.mark.parametrize(
    ("lang", "text", "cents"),
    [
        ("en", "Revenue was €10 billion and earnings were 81 cents a share.", "EUR"),
        (
            "de",
            "Der Umsatz lag bei 44,1 Milliarden Dollar, der Gewinn je Aktie bei 81 Cent.",
            "USD",
        ),
        (
            "nl",
            "Nvidia had een omzet van 44,1 miljard dollar. De winst per aandeel bedroeg 81 cent.",
            "USD",
        ),
        ("zh", "英伟达营收为441亿美元,每股收益81美分。", "USD"),
    ],
)
def test_a_bare_cent_is_of_the_texts_currency(lang: str, text: str, cents: str) -> None:
    """ "81 cent" in an article counting dollars is 0.81 dollars (issue 13: cents)."""
    frame = factcheck.extract_frame(lang=lang, texts=[("a", text)])
    last = frame.iloc[-1]
    assert (last["value"], last["unit"]) == (pytest.approx(0.81), cents)


@pytest.mark.parametrize(
    ("lang", "text", "figure", "subject"),
    [
        (
            "en",
            "OpenAI's growth, now valued at $500 billion with ChatGPT boasting users, shifted.",
            "$500 billion",
            "OpenAI",
        ),
        ("en", "In the quarter 526,000 vehicles were sold by BYD.", "526,000 vehicles", "BYD"),
        (
            "de",
            "Im Quartal wurden 484.507 Fahrzeuge von Tesla ausgeliefert.",
            "484.507 Fahrzeuge",
            "Tesla",
        ),
        ("nl", "In het kwartaal werden 526.409 auto's door BYD verkocht.", "526.409 auto's", "BYD"),
        ("zh", "该季度共有52.6万辆车由比亚迪交付。", "52.6万辆车", "BYD"),
    ],
)
def test_an_object_after_a_figure_is_its_subject_only_as_an_agent(
    lang: str, text: str, figure: str, subject: str
) -> None:
    frame = factcheck.extract_frame(lang=lang, texts=[("a", text)])
    assert dict(zip(frame["text"], frame["subject"], strict=True))[figure] == subject


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "en",
            "Microsoft will invest $80 billion in AI data centers in fiscal 2025.",
            "$80 billion",
        ),
        (
            "de",
            "Microsoft investiert im Geschäftsjahr 2025 80 Milliarden Dollar in Rechenzentren.",
            "80 Milliarden Dollar",
        ),
        (
            "nl",
            "Microsoft investeert in boekjaar 2025 80 miljard dollar in datacenters.",
            "80 miljard dollar",
        ),
        ("zh", "微软将在2025财年投资800亿美元建设数据中心。", "800亿美元"),
        ("en", "Microsoft earmarked $80 billion for AI data centers.", "$80 billion"),
        ("en", "Microsoft is pouring $80 billion into data centers.", "$80 billion"),
        (
            "de",
            "Der Konzern will 80 Milliarden Dollar in neue Rechenzentren stecken.",
            "80 Milliarden Dollar",
        ),
        ("de", "Microsoft plant 80 Mrd. USD für KI-Rechenzentren.", "80 Mrd. USD"),
        ("nl", "Microsoft trekt 80 miljard dollar uit voor datacenters.", "80 miljard dollar"),
        ("nl", "Microsoft steekt 80 miljard dollar in datacenters.", "80 miljard dollar"),
        ("zh", "微软计划投入800亿美元建设数据中心。", "800亿美元"),
    ],
)
def test_money_invested_in_data_centres_is_capital_expenditure(
    lang: str, text: str, figure: str
) -> None:
    """ "invest $80 billion in data centres" and "spend $80 billion on data centres" are
    one fact (`spent_as` in rules/attributes.yaml); "invested $13 billion in OpenAI"
    stays an investment."""
    assert dict(_attributes(lang, text))[figure] == "capex"
    stake = dict(_attributes("en", "Microsoft has invested $13 billion in OpenAI."))
    assert stake["$13 billion"] == "investment"


def test_a_drafts_market_value_of_a_year_meets_the_sources_of_that_year(tmp_path: Path) -> None:
    """ "In July 2025 Nvidia became the first company worth $4 billion" (a thousandfold
    slip) against sources published in July 2025 without a date of their own: a day's
    measure published within the draft's year is one of that year."""
    (tmp_path / "a.txt").write_text(
        " date 2025-07 Nvidia heeft als eerste bedrijf een marktwaarde van 4 biljoen dollar.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        " date 2025-07-10 英伟达市值首次突破4万亿美元。\n", encoding="utf-8"
    )
    sources = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for figure, verdict in [("$4 billion", "scale-error"), ("$4 trillion", "supported")]:
        draft = tmp_path / "draft.md"
        draft.write_text(
            f"In July 2025 Nvidia became the first company worth {figure}.\n", encoding="utf-8"
        )
        result = check_paths([draft], sources)
        found = [(f.text, f.kind) for f in [*result.findings, *result.supported]]
        assert found == [(figure, verdict)]


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Microsoft is pouring $80 billion into GPUs.", "$80 billion"),
        ("en", "Microsoft is pouring $80 billion into data centers.", "$80 billion"),
        ("nl", "Microsoft steekt €80 miljard in datacenters.", "€80 miljard"),
        ("nl", "Microsoft steekt $80 miljard in nieuwe GPU's.", "$80 miljard"),
    ],
)
def test_a_preposition_opens_its_own_object(lang: str, text: str, figure: str) -> None:
    """ "$80 billion into data centers" is money, not 80 billion data centres: a
    preposition between a figure and a noun makes the noun its object (`stops` of
    `counted_gap` in lexicon/units.yaml); "120,000 of the newest chips" still counts."""
    frame = factcheck.extract_frame(lang=lang, texts=[("a", text)])
    units = dict(zip(frame["text"], frame["unit"], strict=True))
    assert units == {figure: "USD" if "$" in figure else "EUR"}
    counted = factcheck.extract_frame(
        lang="en", texts=[("a", "Microsoft bought 120,000 of the company's newest accelerators.")]
    )
    assert list(counted["unit"]) == ["chip"]
