"""Classes of held-out batch 21 (Intel's job cuts, Amazon's 2025 results, SoftBank's
results in yen): "¥" is the yen in a text about Japan and the yuan otherwise; a net or
operating loss and a cost-savings target are measures of their own, not a price or a
profit; jobs cut are the people who held them; a lower-case German "stellen" is a verb,
not jobs; and a clause dated by "this year" in an undated text has no period of its own
to borrow from the sentence's other clause."""

from __future__ import annotations

import pytest

from factcheck.extraction.scanner import extract_text
from factcheck.runs.reporting import report_texts


def _read(text: str, lang: str) -> list[tuple[str, str, str]]:
    report = report_texts([("a.txt", text, lang)])
    return [(c.text, c.unit, str(c.attribute)) for c in report.claims]


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("TOKYO – Japanese conglomerate SoftBank reported a net income of ¥517.18 billion.",
         "en", "JPY"),
        ("SoftBank meldete einen Nettogewinn von ¥517 Milliarden, teilte der japanische "
         "Konzern mit.", "de", "JPY"),
        ("Het Japanse SoftBank boekte een nettowinst van ¥517 miljard.", "nl", "JPY"),
        ("China Evergrande owes ¥2.4 trillion to its creditors in China.", "en", "CNY"),
        ("The group's revenue was ¥700 billion.", "en", "CNY"),
        # a dollar figure before the symbol names neither of its currencies
        ("Toyota, Japan's largest carmaker, earned $30 billion, or ¥4.5 trillion.", "en",
         "JPY"),
        ("软银集团净利润为¥5172亿。", "zh", "CNY"),
    ],
)  # fmt: skip
def test_the_yen_sign_is_the_yen_in_a_text_about_japan(text: str, lang: str, unit: str) -> None:
    units = [c.unit for c in extract_text(text, lang=lang) if "¥" in c.text]
    assert units == [unit]


def test_the_yuan_after_a_named_dollar_stays_the_dollar_in_chinese() -> None:
    text = "以美元計算,2024年第一季的營收為1887億元,較去年同期增長了12.9%。"
    assert [c.unit for c in extract_text(text, lang="zh")][:1] == ["USD"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Intel reported a net loss of $1.6 billion for the quarter.", "en",
         ("$1.6 billion", "USD", "net_loss")),
        ("Intel meldete einen Nettoverlust von 1,6 Milliarden Dollar.", "de",
         ("1,6 Milliarden Dollar", "USD", "net_loss")),
        ("Intel boekte een nettoverlies van 1,6 miljard dollar.", "nl",
         ("1,6 miljard dollar", "USD", "net_loss")),
        ("英特尔第二季度净亏损16亿美元。", "zh", ("16亿美元", "USD", "net_loss")),
        ("SK Hynix hatte im Vorjahr einen Betriebsverlust von 3,4 Billionen Won verbucht.",
         "de", ("3,4 Billionen Won", "KRW", "operating_loss")),
        ("SK Hynix posted an operating loss of 3.4 trillion won.", "en",
         ("3.4 trillion won", "KRW", "operating_loss")),
    ],
)  # fmt: skip
def test_a_loss_is_a_measure_of_its_own(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _read(text, lang)


def test_a_bare_loss_after_a_named_measure_is_no_net_loss() -> None:
    text = "Operating profit reached 5.47 trillion won, up from a loss of 2.88 trillion won."
    assert "net_loss" not in [attribute for _, _, attribute in _read(text, "en")]


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("Intel revealed a $10 billion cost reduction plan.", "en", "$10 billion"),
        (
            "Intel will die Kosten durch Einsparungen von zehn Milliarden Dollar senken.",
            "de",
            "zehn Milliarden Dollar",
        ),
        ("Intel wil 10 miljard dollar besparen op de begroting.", "nl", "10 miljard dollar"),
        ("英特尔计划在2025年前节省100亿美元。", "zh", "100亿美元"),
    ],
)
def test_a_savings_target_is_no_price(text: str, lang: str, figure: str) -> None:
    read = {t: attribute for t, _, attribute in _read(text, lang)}
    assert read[figure] == "cost_savings"


def test_two_savings_programmes_disagree_only_as_information() -> None:
    report = report_texts(
        [
            ("a.txt", "Intel wants to cut costs by $10 billion in 2025.", "en"),
            ("b.txt", "Intel wil in 2025 twintig miljard dollar besparen.", "nl"),
        ]
    )
    assert [f.severity for f in report.findings if f.kind == "value-conflict"] == ["info"]


@pytest.mark.parametrize(
    ("texts", "alarms"),
    [
        ((("Intel will cut 15,000 jobs, the company said.", "en"),
          ("Intel ontslaat 15.000 mensen, meldt het bedrijf.", "nl")), []),
        ((("Intel streicht 15.000 Stellen, teilte der Konzern mit.", "de"),
          ("Intel will cut 15,000 employees, the company said.", "en")), []),
        # parameters are still no GPUs
        ((("MAI-1, ein Modell mit 500 Milliarden Parametern.", "de"),
          ("MAI-1 was trained with 500 billion GPUs in 2025.", "en")), ["unit-mismatch"]),
    ],
)  # fmt: skip
def test_jobs_cut_are_the_people_who_held_them(
    texts: tuple[tuple[str, str], ...], alarms: list[str]
) -> None:
    report = report_texts([(f"s{i}.txt", text, lang) for i, (text, lang) in enumerate(texts)])
    found = [f.kind for f in report.findings if f.severity in ("error", "warning")]
    assert found == alarms


def test_a_lower_case_stellen_is_a_verb_not_jobs() -> None:
    text = (
        "Amazons Investitionsausgaben von 200 Milliarden Dollar für 2026 stellen eine "
        "Eskalation dar. Intel streicht 15.000 Stellen."
    )
    assert [(c.text, c.unit) for c in extract_text(text, lang="de")] == [
        ("200 Milliarden Dollar", "USD"),
        ("15.000 Stellen", "job"),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In the first quarter of 2025 Intel lost $821 million, and this year about 24,000 "
         "jobs will go.", "en"),
        ("Im ersten Quartal 2025 verlor Intel 821 Millionen Dollar, und in diesem Jahr fallen "
         "rund 24.000 Stellen weg.", "de"),
        ("In het eerste kwartaal van 2025 verloor Intel 821 miljoen dollar, en dit jaar "
         "verdwijnen ongeveer 24.000 banen.", "nl"),
        ("英特尔2025年第一季度亏损8.21亿美元，今年将裁减约2.4万个岗位。", "zh"),
    ],
)  # fmt: skip
def test_this_year_in_an_undated_text_is_no_other_clauses_quarter(text: str, lang: str) -> None:
    assert [c.time for c in extract_text(text, lang=lang)] == ["2025-Q1", None]


@pytest.mark.parametrize(
    ("text", "lang", "published", "expected"),
    [
        # a year-ago figure is no figure of the sentence's quarter
        ("TSMC projected second-quarter revenue of $28.4 billion, up from $20.8 billion a "
         "year ago.", "en", None, ["2025-Q2", None]),
        ("Airbus verzeichnete 2023 einen Umsatzanstieg auf 65,4 Milliarden Euro im Vergleich "
         "zum Vorjahr.", "de", "2024-02-15", ["2023"]),
        ("Airbus verzeichnete 2023 einen Umsatzanstieg auf 65,4 Milliarden Euro im Vergleich "
         "zum Vorjahr.", "de", None, ["2023"]),
    ],
)  # fmt: skip
def test_a_comparison_base_gives_no_period(
    text: str, lang: str, published: str | None, expected: list[str | None]
) -> None:
    text = text.replace("second-quarter", "second-quarter 2025")
    assert [c.time for c in extract_text(text, lang=lang, published=published)] == expected
