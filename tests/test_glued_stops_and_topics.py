"""Classes of held-out batches 18 and 20: a full stop glued to the next sentence after a
year or a bracket ("von 2018.Der Quartalsumsatz") still ends the sentence, so the year
stays in its own; the opening quarter is the first; a separable verb reaches its
particle past a conversion's bracket ("legte … auf 12,42 Billionen Won (9 Milliarden
Dollar) zu"); and a draft that leaves out the sources' topic takes it unless a source
states the measure without one for the same period."""

from __future__ import annotations

import pytest

from factcheck.extraction.scanner import extract_text
from factcheck.extraction.sentences import sentence_spans
from factcheck.runs.checking import check_texts
from factcheck.runs.reporting import report_texts


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Der Rekord stammt von 2018.Der Quartalsumsatz stieg.", "de",
         ["Der Rekord stammt von 2018.", "Der Quartalsumsatz stieg."]),
        ("Der Umsatz lag bei 12 Billionen Won (9 Milliarden Dollar).Das war ein Rekord.", "de",
         ["Der Umsatz lag bei 12 Billionen Won (9 Milliarden Dollar).", "Das war ein Rekord."]),
        ("The record dates from 2018.The quarterly revenue rose.", "en",
         ["The record dates from 2018.", "The quarterly revenue rose."]),
        ("De omzet steeg met 12 procent (tot 3 miljard euro).Het bedrijf groeit.", "nl",
         ["De omzet steeg met 12 procent (tot 3 miljard euro).", "Het bedrijf groeit."]),
        ("Revenue rose 12%.The company grew.", "en", ["Revenue rose 12%.", "The company grew."]),
        # a day and its month, a decimal and a version stay whole
        ("Am 12.März stieg der Kurs.", "de", ["Am 12.März stieg der Kurs."]),
        ("营收为2.5亿元,同比增长3.5%。", "zh", ["营收为2.5亿元,同比增长3.5%。"]),
        ("Version 2.0 kam heraus.", "de", ["Version 2.0 kam heraus."]),
    ],
)  # fmt: skip
def test_a_stop_glued_after_a_figure_ends_the_sentence(
    text: str, lang: str, expected: list[str]
) -> None:
    assert [text[a:b] for a, b in sentence_spans(text, lang)] == expected


def test_a_year_glued_to_the_next_sentence_stays_in_its_own() -> None:
    text = (
        "Das Ergebnis ist das zweithöchste hinter dem Rekord von 2018.Der Quartalsumsatz "
        "von SK Hynix legte um 144,3 Prozent auf 12,42 Billionen Won zu."
    )
    claims = report_texts([("a.txt", text, "de")]).claims
    by_text = {c.text: (c.time, str(c.attribute)) for c in claims}
    assert by_text["12,42 Billionen Won"] == (None, "revenue")
    assert by_text["144,3 Prozent"] == (None, "revenue_change")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In the opening quarter of 2024 SK Hynix earned 2.88 trillion won.", "en"),
        ("Im Auftaktquartal 2024 verdiente SK Hynix 2,88 Billionen Won.", "de"),
        ("In het openingskwartaal van 2024 verdiende SK Hynix 2,88 biljoen won.", "nl"),
        ("SK海力士2024年首季度营业利润为2.88万亿韩元。", "zh"),
    ],
)
def test_the_opening_quarter_is_the_first(text: str, lang: str) -> None:
    assert [c.time for c in extract_text(text, lang=lang)] == ["2024-Q1"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Der Quartalsumsatz von SK Hynix legte gegenüber dem Vorjahr um 144,3 Prozent auf "
         "12,42 Billionen Won (9 Milliarden Dollar) zu.", "de",
         ["revenue_change", "revenue", "revenue"]),
        ("De omzet van ASML nam met 30 procent tot 27,6 miljard euro (29,8 miljard dollar) "
         "toe.", "nl", ["revenue_change", "revenue", "revenue"]),
    ],
)  # fmt: skip
def test_a_separable_verb_reaches_past_a_conversion(
    text: str, lang: str, expected: list[str]
) -> None:
    claims = report_texts([("a.txt", text, lang)]).claims
    assert [str(c.attribute) for c in claims][: len(expected)] == expected


NEXT_YEAR = {
    "en": "Meta will invest 115 to 135 billion dollars in 2026.",
    "nl": "Meta investeert in 2026 115 tot 135 miljard dollar.",
}
THIS_YEAR = {
    "en": "Meta plans to invest 60 to 65 billion dollars in AI in 2025.",
    "nl": "Meta is van plan om in 2025 60 tot 65 miljard dollar te investeren in AI.",
}
DRAFT = {
    "en": "Meta will invest 60 to 65 billion dollars in 2025 and 115 to 135 billion dollars "
    "in 2026.",
    "nl": "Meta investeert in 2025 60 tot 65 miljard dollar en in 2026 115 tot 135 miljard dollar.",
}
THIS_YEARS_FIGURE = {"en": "60 to 65 billion dollars", "nl": "60 tot 65 miljard dollar"}
NEXT_YEARS_FIGURE = {"en": "115 to 135 billion dollars", "nl": "115 tot 135 miljard dollar"}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_plan_for_another_year_leaves_the_draft_the_sources_topic(lang: str) -> None:
    result = check_texts(
        ("draft.txt", DRAFT[lang], lang),
        [("a.txt", THIS_YEAR[lang], lang), ("b.txt", NEXT_YEAR[lang], lang)],
    )
    assert [f.text for f in result.supported] == [THIS_YEARS_FIGURE[lang], NEXT_YEARS_FIGURE[lang]]
    assert result.findings == []


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_whole_stated_for_the_same_year_keeps_the_draft_whole(lang: str) -> None:
    whole = NEXT_YEAR[lang].replace("2026", "2025")
    result = check_texts(
        ("draft.txt", DRAFT[lang], lang),
        [("a.txt", THIS_YEAR[lang], lang), ("b.txt", whole, lang)],
    )
    assert THIS_YEARS_FIGURE[lang] not in [f.text for f in result.supported]
