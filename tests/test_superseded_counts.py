"""A running count the article itself sets aside as an earlier one ("Zuvor hatten
einige Medien von bis zu 2.500 Vermissten berichtet", held-out batch 7) was replaced
by the count the article gives now: it is no disagreement within the article. An
earlier figure alone, or one that names its day, is still the article's figure."""

from __future__ import annotations

import pytest

from factcheck.runs.reporting import report_texts

ARTICLES = [
    ("en", "In Spain, the government says 89 people are missing.",
     "Previously, some media had reported up to 2,500 people missing in Spain.", "up to 2,500"),
    ("de", "In Spanien meldet die Regierung 89 Vermisste.",
     "Zuvor hatten einige Medien von bis zu 2.500 Vermissten in Spanien berichtet.", "bis zu 2.500"),
    ("nl", "In Spanje meldt de regering 89 vermisten.",
     "Eerder hadden sommige media tot 2500 vermisten in Spanje gemeld.", "2500"),
    ("zh", "西班牙政府称有89人失踪。",
     "此前有媒体报道西班牙多达2500人失踪。", "2500"),
]  # fmt: skip


def _earlier(text: str, lang: str, figure: str) -> bool:
    claims = report_texts([("a.txt", text, lang)]).claims
    return next(c for c in claims if c.text.startswith(figure)).origin


@pytest.mark.parametrize(("lang", "current", "earlier", "figure"), ARTICLES)
def test_an_earlier_count_beside_the_current_one_is_no_disagreement(
    lang: str, current: str, earlier: str, figure: str
) -> None:
    report = report_texts([("a.txt", f"{current} {earlier}", lang)])
    assert _earlier(f"{current} {earlier}", lang, figure)
    assert [f.severity for f in report.findings if f.severity != "info"] == []


@pytest.mark.parametrize(("lang", "current", "earlier", "figure"), ARTICLES)
def test_the_same_counts_without_the_earlier_word_disagree(
    lang: str, current: str, earlier: str, figure: str
) -> None:
    plain = {"en": "Some media reported up to 2,500 people missing in Spain.",
             "de": "Einige Medien berichteten von bis zu 2.500 Vermissten in Spanien.",
             "nl": "Sommige media meldden tot 2500 vermisten in Spanje.",
             "zh": "有媒体报道西班牙多达2500人失踪。"}[lang]  # fmt: skip
    report = report_texts([("a.txt", f"{current} {plain}", lang)])
    assert not _earlier(f"{current} {plain}", lang, figure)
    assert [(f.kind, f.severity) for f in report.findings] == [("value-conflict", "warning")]


@pytest.mark.parametrize(("lang", "current", "earlier", "figure"), ARTICLES)
def test_an_earlier_count_alone_is_the_articles_figure(
    lang: str, current: str, earlier: str, figure: str
) -> None:
    assert not _earlier(earlier, lang, figure)


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("de", "In Spanien gibt es 205 Tote. Zuvor wurden bis Donnerstagnachmittag 158 Leichen in Spanien geborgen.", "158"),
        ("en", "Spain counts 205 dead. Previously, 158 bodies had been recovered in Spain by Thursday.", "158"),
        ("nl", "Spanje telt 205 doden. Eerder waren er op donderdag 158 doden in Spanje.", "158"),
        ("zh", "西班牙已有205人死亡。此前，截至周四西班牙有158人死亡。", "158"),
    ],
)  # fmt: skip
def test_an_earlier_count_of_a_named_day_is_that_days(lang: str, text: str, figure: str) -> None:
    assert not _earlier(text, lang, figure)
