"""Classes found on held-out pages (issue 13/14): read only after the round's other
fixes were in, so they measure how the reading generalises. A day of the month in
ordinal digits is no rank ("announced on the 28th"), "one second" is a time, finance
news' compact quarters ("25Q4", "Q4'25", "FY26 Q1") are periods, "模型" alone refers
back to nothing, and a product line another clause names is no subject of a figure."""

from __future__ import annotations

import pytest
from dated import check_dated

import factcheck
from factcheck.extraction.sentences import sentence_spans
from factcheck.runs.reporting import report_texts


def _frame(lang: str, text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    frame = factcheck.extract_frame(lang=lang, texts=[("a", text)])

    def _cell(value: object) -> str | None:
        return value if isinstance(value, str) else None

    return {
        t: (_cell(u), _cell(s), _cell(p))
        for t, u, s, p in zip(
            frame["text"], frame["unit"], frame["subject"], frame["time"], strict=True
        )
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Microsoft (MS) announced on the 28th (local time) that it began testing."),
        ("de", "Microsoft gab am 28. bekannt, dass es das Modell testet."),
        ("nl", "Microsoft maakte op de 28e bekend dat het model getest wordt."),
    ],
)
def test_a_day_of_the_month_in_ordinal_digits_is_no_rank(lang: str, text: str) -> None:
    assert _frame(lang, text) == {}


@pytest.mark.parametrize(
    ("lang", "text", "rank"),
    [
        ("en", "MAI-1-preview ranked 13th on LMArena.", "13th"),
        ("de", "Das Modell landete auf dem 13. Platz.", "13."),
        ("nl", "Het model eindigde als 13e.", "13e"),
    ],
)
def test_a_rank_in_ordinal_digits_stays_a_rank(lang: str, text: str, rank: str) -> None:
    assert _frame(lang, text)[rank][0] == "rank"


def test_one_second_is_a_time_and_twenty_second_a_rank() -> None:
    figures = _frame("en", "It speaks a minute of audio in less than one second.")
    assert figures == {"less than one second": ("second", None, None)}
    assert _frame("en", "The model ranked twenty second.")["twenty second"][0] == "rank"


@pytest.mark.parametrize(
    ("lang", "text", "figure", "period"),
    [
        ("zh", "25Q4 资本支出 242 亿美元。", "242 亿美元", "2025-Q4"),
        ("zh", "26Q1 指引强劲,预计 Azure 收入增速37%。", "37%", "2026-Q1"),
        ("zh", "2025Q4 资本支出 242 亿美元。", "242 亿美元", "2025-Q4"),
        ("en", "In Q4'25 capex was $24.2 billion.", "$24.2 billion", "2025-Q4"),
        ("en", "Capex in 4Q25 was $24.2 billion.", "$24.2 billion", "2025-Q4"),
        # a fiscal year's quarter (tests/test_fiscal_quarters.py maps it for a company)
        ("en", "FY26 Q1 capex will exceed $30 billion.", "exceed $30 billion", "FY2026-Q1"),
        ("de", "Im Q3/24 lag der Umsatz bei 5 Milliarden Euro.", "5 Milliarden Euro", "2024-Q3"),
        ("nl", "In 24Q3 bedroeg de omzet 5 miljard euro.", "5 miljard euro", "2024-Q3"),
    ],
)
def test_a_compact_quarter_is_a_period(lang: str, text: str, figure: str, period: str) -> None:
    figures = _frame(lang, text)
    assert figures[figure][2] == period
    assert set(figures) == {figure}  # the year's digits are no figure of their own


def test_two_digits_after_a_quarter_across_a_space_are_a_figure() -> None:
    assert _frame("en", "In Q1 20 new stores opened.")["20"][2] is None


def test_a_generic_chinese_model_noun_refers_back_to_nothing() -> None:
    text = "Phi-3 Mini 模型发布不到两周,微软又传出了自研千亿参数级别模型的消息。"
    frame = factcheck.extract_frame(lang="zh", texts=[("a", "微软发布了MAI-1和Phi-3。" + text)])
    subjects = dict(zip(frame["text"], frame["subject"], strict=True))
    assert subjects["千亿参数"] == "Microsoft"


@pytest.mark.parametrize(
    ("lang", "inferred", "written"),
    [
        ("en", "The death toll reached 9 billion.", "The quake killed 9 billion people."),
        ("de", "Die Zahl der Toten stieg auf 9 Milliarden.", "Das Beben tötete 9 Milliarden Menschen."),
        ("nl", "Het dodental steeg tot 9 miljard.", "De beving doodde 9 miljard mensen."),
        ("zh", "死亡人数升至90亿。", "地震造成90亿人死亡。"),
    ],
)  # fmt: skip
def test_an_implausible_figure_is_sure_only_when_it_writes_its_unit(
    lang: str, inferred: str, written: str
) -> None:
    """ "市值破4万亿" took "vehicles" from "销量" a line before: a unit read from the words
    around a bare number may be wrong, so its limit is information, not an error."""
    unsure = report_texts([("a", inferred, lang)]).findings
    sure = report_texts([("a", written, lang)]).findings
    assert [(f.rule, f.severity) for f in unsure] == [("FC106", "info")]
    assert [(f.rule, f.severity) for f in sure] == [("FC106", "error")]


@pytest.mark.parametrize(
    ("draft", "lang"),
    [
        ("The supercomputer Microsoft built for OpenAI in 2020 had 10,000 GPUs.", "en"),
        ("Der Supercomputer, den Microsoft 2020 für OpenAI baute, hatte 10.000 GPUs.", "de"),
        ("De supercomputer die Microsoft in 2020 voor OpenAI bouwde, had 10.000 GPU's.", "nl"),
        ("微软2020年为OpenAI打造的超级计算机拥有1万块GPU。", "zh"),
    ],
)
def test_a_unit_one_outlet_writes_wrong_is_no_error_of_the_draft(draft: str, lang: str) -> None:
    """One outlet wrote "10,000 CPUs" where another says GPUs: a draft that says GPUs
    is supported, the slip listed as disputed, not flagged as the draft's error."""
    sources = (
        ("Microsoft built a supercomputer for OpenAI with 10,000 GPUs, the company said.", "en", "2020-05-20"),
        ("The supercomputer Microsoft built for OpenAI has 10,000 CPUs, the company said.", "en", "2020-05-22"),
    )  # fmt: skip
    result = check_dated((draft, lang), *sources)
    assert not result.findings
    [verdict] = result.supported
    assert "agrees with 10,000 GPUs" in verdict.message


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "The Cobalt 100 processor has 128 cores.", "128"),
        ("de", "Der Cobalt 100 hat 128 Kerne.", "128"),
        ("nl", "De Cobalt 100-processor heeft 128 kernen.", "128"),
        ("zh", "Cobalt 100处理器拥有128个核心。", "128个"),
    ],
)
def test_the_number_in_a_chips_name_is_no_count(lang: str, text: str, figure: str) -> None:
    assert list(_frame(lang, text)) == [figure]


def test_a_chinese_list_item_opens_with_a_dash() -> None:
    """A summary written without full stops ("… [7] - Q4资本支出242亿美元 …"): " - "
    opens a list item in Chinese, which writes its dash as "——"; in English it is a
    dash inside the sentence."""
    zh = "Azure规模虽不及AWS 1120亿美元年销售额 [7] - Q4资本支出242亿美元 同比增长27% [10]"
    assert [zh[a:b] for a, b in sentence_spans(zh, "zh")] == [
        "Azure规模虽不及AWS 1120亿美元年销售额 [7]",
        "- Q4资本支出242亿美元 同比增长27% [10]",
    ]
    en = "The company - which makes chips - grew 20% in 2024."
    assert sentence_spans(en, "en") == [(0, len(en))]


@pytest.mark.parametrize(
    ("people", "lang"),
    [
        ("Microsoft zet op de bouwplaats 10.000 mensen in.", "nl"),
        ("Microsoft setzt auf der Baustelle 10.000 Menschen ein.", "de"),
        ("Microsoft has 10,000 people at the site.", "en"),
        ("微软在工地上有1万人。", "zh"),
    ],
)
def test_employees_are_people_and_gpus_are_no_processors(people: str, lang: str) -> None:
    """ "10.000 mensen" and "10,000 construction workers" are one count of people
    (`unit_families` in lexicon/units.yaml); "485,000 GPUs" and "485.000 CPU's" are
    two different things, a unit mismatch. "Processors" alone may be any chip ("485.000
    KI-Prozessoren aus Nvidias Hopper-Familie", held-out batch 5): no mismatch."""
    workers = ("a", "Microsoft employs 10,000 construction workers at the site.", "en")
    assert [f.rule for f in report_texts([workers, ("b", people, lang)]).findings] == []
    gpus = ("a", "Microsoft bought 485,000 GPUs in 2024.", "en")
    cpus = ("b", "Microsoft kocht in 2024 485.000 CPU's.", "nl")
    assert [f.rule for f in report_texts([gpus, cpus]).findings] == ["FC103"]
    processors = ("b", "Microsoft kocht in 2024 485.000 processors.", "nl")
    assert [f.rule for f in report_texts([gpus, processors]).findings] == []


STAKES_AND_COMMITMENTS = [
    ("en", "Microsoft got a 27% stake in OpenAI, a stake valued at approximately $135 billion.", "approximately $135 billion", "stake_value"),
    ("de", "Microsoft erhält einen Anteil von 27 Prozent an OpenAI, eine Beteiligung im Wert von rund 135 Milliarden Dollar.", "rund 135 Milliarden Dollar", "stake_value"),
    ("nl", "Microsoft krijgt een belang van 27 procent in OpenAI, een belang ter waarde van ongeveer 135 miljard dollar.", "ongeveer 135 miljard dollar", "stake_value"),
    ("zh", "微软获得OpenAI 27%的股份,持股价值约1350亿美元。", "约1350亿美元", "stake_value"),
    ("en", "OpenAI has contracted to purchase an incremental $250 billion in Azure services.", "$250 billion", "purchase_commitment"),
    ("de", "OpenAI verpflichtete sich, Azure-Dienste für 250 Milliarden Dollar zu kaufen.", "250 Milliarden Dollar", "purchase_commitment"),
    ("nl", "OpenAI gaat een afnameverplichting van 250 miljard dollar aan voor Azure.", "250 miljard dollar", "purchase_commitment"),
    ("zh", "OpenAI承诺采购价值2500亿美元的Azure云服务。", "2500亿美元", "purchase_commitment"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "figure", "attribute"), STAKES_AND_COMMITMENTS)
def test_a_stakes_value_and_a_commitment_to_buy_are_no_investment(
    lang: str, text: str, figure: str, attribute: str
) -> None:
    """ "a stake valued at $135 billion" is not the $13.8 billion invested in it, and
    "a $250B Azure commitment" is no investment at all (rules/attributes.yaml)."""
    frame = factcheck.extract_frame(lang=lang, texts=[("a", text)])
    assert dict(zip(frame["text"], frame["attribute"], strict=True))[figure] == attribute


def test_a_name_that_qualifies_a_noun_owns_no_figure() -> None:
    """ "$250 billion of Azure services" is OpenAI's commitment, not Azure's figure;
    "the 70 billion parameter models of Meta" are Meta's."""
    frame = factcheck.extract_frame(
        lang="en",
        texts=[
            ("a", "OpenAI has committed to buy $250 billion of Azure services."),
            ("b", "The 70 billion parameter models of Meta are open."),
        ],
    )
    assert list(frame["subject"]) == ["OpenAI", "Meta"]


@pytest.mark.parametrize(
    ("draft", "lang"),
    [
        ("Microsoft's share fell by about 72%.", "en"),
        ("Der Anteil von Microsoft sank um etwa 72 Prozent.", "de"),
    ],
)
def test_a_figure_without_a_measure_is_confirmed_only_by_the_same_figure(
    draft: str, lang: str
) -> None:
    """A figure no word says the measure of ("percent figures") is supported only by a
    source stating the very figure: "about 72%" is no restatement of "about 78%"."""
    sources = (("Microsoft's figure rose by about 78%, the company said.", "en", "2025-01-30"),)
    assert not check_dated((draft, lang), *sources).supported
    same = check_dated(("Microsoft's figure rose by about 78%.", "en"), *sources)
    assert [f.text for f in same.supported] == ["about 78%"]


def test_dutch_fiscal_year_and_spending_in_the_infinitive() -> None:
    """ "in het fiscale jaar 2025 80 miljard dollar uit te geven": capex of FY2025."""
    text = "Microsoft is van plan in het fiscale jaar 2025 80 miljard dollar uit te geven aan datacenters."
    frame = factcheck.extract_frame(lang="nl", texts=[("a", text)])
    assert list(zip(frame["attribute"], frame["time"], strict=True)) == [("capex", "FY2025")]


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "MAI-1-preview was trained on 15,000 H100s.", "15,000 H100s"),
        ("de", "MAI-1-preview wurde auf 15.000 H100s trainiert.", "15.000 H100s"),
        ("nl", "MAI-1-preview werd getraind op 15.000 H100's.", "15.000 H100's"),
    ],
)
def test_a_chip_name_in_the_plural_counts_gpus(lang: str, text: str, figure: str) -> None:
    assert _frame(lang, text)[figure][0] == "GPU"
