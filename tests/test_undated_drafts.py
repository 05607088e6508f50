"""A draft figure that names no period (`runs/undated.py`): it speaks of the period a
source agrees with it in, else of the one whose figures are nearest. Held against
the sources of every period, "ASML reported net sales of €27.6 billion" used to get
errors against each quarter's €7 billion and no verdict "supported"; now only its own
period's figures judge it, and a disagreement with a guessed period is a warning."""

from __future__ import annotations

import pytest
from dated import check_dated

import factcheck
from factcheck.models import CheckResult

SOURCES = (
    (
        "ASML's net sales for 2023 were €27.6 billion, up from €21.2 billion in 2022. "
        "Fourth-quarter 2023 net sales were €7.2 billion.",
        "en",
        "2024-01-24",
    ),
    ("ASML behaalde in 2023 een omzet van 27,6 miljard euro.", "nl", "2024-01-25"),
)


def verdicts(result: CheckResult) -> list[tuple[str, str | None, str]]:
    return sorted((f.kind, f.severity, f.text) for f in [*result.findings, *result.supported])


def cited(result: CheckResult) -> set[str]:
    return {e.text for f in [*result.findings, *result.supported] for e in f.evidence}


@pytest.mark.parametrize(
    ("draft", "lang"),
    [
        ("ASML reported net sales of €27.6 billion.", "en"),
        ("ASML meldete einen Umsatz von 27,6 Milliarden Euro.", "de"),
        ("ASML boekte een omzet van 27,6 miljard euro.", "nl"),
        ("阿斯麦营收为276亿欧元。", "zh"),
    ],
)
def test_an_undated_figure_a_source_gives_is_supported_by_its_period(draft: str, lang: str) -> None:
    result = check_dated((draft, lang), *SOURCES)
    assert [(k, s) for k, s, _ in verdicts(result)] == [("supported", None)]
    assert cited(result) == {"€27.6 billion", "27,6 miljard euro"}


@pytest.mark.parametrize(
    ("draft", "lang", "figure"),
    [
        ("ASML reported net sales of €26.1 billion.", "en", "€26.1 billion"),
        ("ASML meldete einen Umsatz von 26,1 Milliarden Euro.", "de", "26,1 Milliarden Euro"),
        ("ASML boekte een omzet van 26,1 miljard euro.", "nl", "26,1 miljard euro"),
        ("阿斯麦营收为261亿欧元。", "zh", "261亿欧元"),
    ],
)
def test_an_undated_figure_is_held_against_the_nearest_period_only(
    draft: str, lang: str, figure: str
) -> None:
    result = check_dated((draft, lang), *SOURCES)
    assert verdicts(result) == [("value-conflict", "warning", figure)]
    assert cited(result) == {"€27.6 billion", "27,6 miljard euro"}


def test_a_scale_slip_of_an_undated_figure_stays_an_error() -> None:
    result = check_dated(("ASML reported net sales of €27.6 million.", "en"), *SOURCES)
    assert verdicts(result) == [("scale-error", "error", "€27.6 million")]


def test_a_dated_figure_is_judged_by_its_own_period_as_before() -> None:
    result = check_dated(("ASML's net sales for 2023 were €26.1 billion.", "en"), *SOURCES)
    assert verdicts(result) == [("value-conflict", "error", "€26.1 billion")]
    assert cited(result) == {"€27.6 billion", "27,6 miljard euro"}


@pytest.mark.parametrize(
    ("draft", "lang"),
    [
        ("ASML reported net sales of €27.6 billion.", "en"),
        ("ASML meldete einen Umsatz von 27,6 Milliarden Euro.", "de"),
    ],
)
def test_a_source_of_a_stated_period_confirms_an_undated_figure(draft: str, lang: str) -> None:
    source = ("ASML's net sales for 2023 were €27.6 billion.", "en", "2024-01-24")
    result = check_dated((draft, lang), source)
    [verdict] = result.supported
    assert not result.findings
    assert "agrees with 27.6 billion EUR" in verdict.message


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("Fourth-quarter 2023 net sales were €7.2 billion.", "2023-Q4"),
        ("First-half profit rose to $3 billion in 2024.", "2024-H1"),
        ("Third-quarter 2024 deliveries were 462,890 vehicles.", "2024-Q3"),
    ],
)
def test_a_hyphenated_quarter_is_a_period_not_a_rank(sentence: str, period: str) -> None:
    frame = factcheck.extract_frame(lang="en", texts=[("t", sentence)])
    assert list(frame["time"]) == [period]
    assert "rank" not in set(frame["unit"])


AGED = {
    "en": ("China's population aged 65 and over is 280.04 million.",
           "China's population aged 65 and over was 209.78 million.",
           "China and India are the most populous countries. "
           "The population aged 65 and over was 209.78 million.", "280.04 million"),
    "de": ("In China leben 280,04 Millionen Menschen ab 65 Jahren.",
           "In China lebten 209,78 Millionen Menschen ab 65 Jahren.",
           "China und Indien sind die bevölkerungsreichsten Länder. "
           "Es gab 209,78 Millionen Menschen ab 65 Jahren.", "280,04 Millionen Menschen"),
    "nl": ("In China wonen 280,04 miljoen mensen van 65 jaar en ouder.",
           "In China woonden 209,78 miljoen mensen van 65 jaar en ouder.",
           "China en India zijn de volkrijkste landen. "
           "Er waren 209,78 miljoen mensen van 65 jaar en ouder.", "280,04 miljoen mensen"),
    "zh": ("中国65岁及以上人口28004万人。", "中国65周岁及以上人口20978万人。",
           "中国和印度人口众多。65周岁及以上人口20978万人。", "28004万人"),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(AGED))
def test_every_period_that_gives_the_nearest_figure_judges_an_undated_one(lang: str) -> None:
    """China's 65-and-over population, 209.78 million in a January source that names
    China and in a February one that leaves the country to the article: the draft's
    280.04 million is held against both dates, so the sure January source makes it an
    error. Before, the first date listed won the tie, and an unsure source left only
    information."""
    draft, sure, unsure, figure = AGED[lang]
    result = check_dated((draft, lang), (unsure, lang, "2023-02-28"), (sure, lang, "2023-01-17"))
    kinds = {(f.kind, f.severity) for f in result.findings if f.text == figure}
    assert ("value-conflict", "error") in kinds
