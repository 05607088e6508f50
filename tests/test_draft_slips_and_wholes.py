"""Batches 36 to 38's drafts: slips the sources show, and confirmations they do not
give. A dividend is paid in one currency, so "2,50 dollar" per share where the
sources pay 2,50 euro is a currency slip at any size; two digits of a named measure
at another scale are a slip when the sources give that measure ("2,7 miljoen euro"
of operating profit, 2.7 billion of adjusted operating profit), and so is a zero
dropped or added within one measure ("120 doden" where the sources count 12); a
source that disputes the draft's figure within its measure shows its slip even when
it confirms nothing else. A figure the sources date to another period confirms
nothing through outlets that leave it undated (Unilever's full-year turnover for a
fourth quarter). A figure said of a whole ("out of a total of 76 dead throughout the
region") is no figure of the place the sentence names. Batches 39 to 41: a slip of a
hundredfold or more holds whatever period each side names, a thousandfold in a running
count is no revision, and one group of victims ("338 men") is a part of the toll."""

from __future__ import annotations

import pytest
from dated import check_dated

from factcheck.models import CheckResult
from factcheck.runs.checking import check_texts
from tests.annotating import readings


def _verdict(result: CheckResult, text: str) -> tuple[str, str | None]:
    found = [f for f in [*result.findings, *result.supported] if f.text == text]
    assert len(found) == 1, [(f.text, f.kind) for f in [*result.findings, *result.supported]]
    return found[0].kind, found[0].severity


STORY = {
    "en": "Continental's revenue was 39.7 billion euros in 2024. ",
    "de": "Der Umsatz von Continental lag 2024 bei 39,7 Milliarden Euro. ",
    "nl": "De omzet van Continental bedroeg in 2024 39,7 miljard euro. ",
    "zh": "大陆集团2024年营收为397亿欧元。",
}


@pytest.mark.parametrize(
    ("lang", "draft", "source", "figure"),
    [
        ("en", "Continental will pay a dividend of 2.50 dollars per share.",
         "Continental proposes a dividend of 2.50 euros per share.", "2.50 dollars"),
        ("de", "Continental zahlt eine Dividende von 2,50 Dollar je Aktie.",
         "Continental schlägt eine Dividende von 2,50 Euro je Aktie vor.", "2,50 Dollar"),
        ("nl", "Het dividend van Continental gaat naar 2,50 dollar per aandeel.",
         "Continental stelt een dividend van 2,50 euro per aandeel voor.", "2,50 dollar"),
        ("zh", "大陆集团将派发每股2.50美元的股息。", "大陆集团拟派发每股2.50欧元的股息。", "2.50美元"),
    ],
)  # fmt: skip
def test_a_dividend_in_another_currency_is_a_slip(
    lang: str, draft: str, source: str, figure: str
) -> None:
    """It had been "no source gives a figure for this": two currencies met only for
    amounts of a million or more."""
    result = check_texts(
        ("d.md", STORY[lang] + draft, lang), [("s.txt", STORY[lang] + source, lang)]
    )
    assert _verdict(result, figure) == ("unit-mismatch", "warning")


def test_a_price_in_another_currency_is_no_slip() -> None:
    """A product is priced in each market: "$999" and "999 euros" are both right."""
    draft = STORY["en"] + "Apple sells the iPhone 16 Pro for 999 dollars."
    source = STORY["en"] + "Apple sells the iPhone 16 Pro for 999 euros."
    result = check_texts(("d.md", draft, "en"), [("s.txt", source, "en")])
    assert [f.kind for f in result.findings if f.text == "999 dollars"] == ["unsupported"]


@pytest.mark.parametrize(
    ("lang", "draft", "source", "figure"),
    [
        ("en", "Continental's operating profit rose to 2.7 million euros in 2024.",
         "Continental's adjusted operating profit rose to 2.7 billion euros in 2024.",
         "2.7 million euros"),
        ("de", "Das operative Ergebnis von Continental stieg 2024 auf 2,7 Millionen Euro.",
         "Continental hat 2024 das bereinigte operative Ergebnis auf 2,7 Milliarden Euro "
         "gesteigert.", "2,7 Millionen Euro"),
        ("nl", "Het bedrijfsresultaat van Continental steeg in 2024 tot 2,7 miljoen euro.",
         "Het gecorrigeerde bedrijfsresultaat van Continental steeg in 2024 tot 2,7 miljard euro.",
         "2,7 miljoen euro"),
        ("zh", "大陆集团2024年营业利润为270万欧元。", "大陆集团2024年调整后营业利润为27亿欧元。", "270万欧元"),
    ],
)  # fmt: skip
def test_two_digits_of_a_named_measure_at_another_scale_are_a_slip(
    lang: str, draft: str, source: str, figure: str
) -> None:
    """Another accounting of the measure (the adjusted result) counts as it: outlets
    call the adjusted result plain."""
    result = check_texts(
        ("d.md", STORY[lang] + draft, lang), [("s.txt", STORY[lang] + source, lang)]
    )
    assert _verdict(result, figure) == ("scale-error", "warning")


QUAKE = {
    "en": "The quake had a magnitude of 6.0. ",
    "de": "Das Beben hatte eine Stärke von 6,0. ",
    "nl": "De aardbeving had een kracht van 6,0. ",
    "zh": "地震震级为6.0级。",
}


@pytest.mark.parametrize(
    ("lang", "draft", "source", "figure"),
    [
        ("en", "In Nangarhar province, 120 people were killed.",
         "In Nangarhar province, 12 people were killed.", "120 people"),
        ("nl", "In de provincie Nangarhar vielen 120 doden.",
         "In de provincie Nangarhar vielen 12 doden.", "120 doden"),
    ],
)  # fmt: skip
def test_a_zero_added_within_one_measure_is_a_slip(
    lang: str, draft: str, source: str, figure: str
) -> None:
    """A figure of a place named only in passing (no sure subject) meets the sources'
    by its digits: ten times a toll they give, and given by none, it is a slip. (With
    a sure subject, the value conflict itself is the warning in every language.)"""
    result = check_texts(
        ("d.md", QUAKE[lang] + draft, lang), [("s.txt", QUAKE[lang] + source, lang)]
    )
    assert _verdict(result, figure) == ("scale-error", "warning")


def test_a_toll_ten_times_one_source_that_another_gives_is_no_slip() -> None:
    draft = ("d.md", QUAKE["en"] + "In Nangarhar province, 120 people were killed.", "en")
    early = ("s.txt", QUAKE["en"] + "In Nangarhar province, 12 people were killed.", "en")
    late = ("t.txt", "In Nangarhar province, 120 people were killed, officials said.", "en")
    result = check_texts(draft, [early, late])
    assert _verdict(result, "120 people")[0] == "supported"


def test_a_source_that_disputes_the_figure_shows_its_slip() -> None:
    """The source confirms no other figure of the draft: its figure of the same
    subject and measure joins it to the draft all the same."""
    draft = ("d.md", "消防出动逾230名人员。火灾造成香港128人死亡。", "zh")
    source = ("s.txt", "火災自本周三下午爆發，香港消防出動逾2,300名人員。", "zh")
    result = check_texts(draft, [source])
    assert _verdict(result, "逾230名")[0] == "scale-error"


def test_a_figure_dated_to_another_period_is_not_confirmed_by_undated_outlets() -> None:
    draft = ("In the fourth quarter of 2024 alone, Unilever's turnover reached 60.8 billion "
             "euros.", "en")  # fmt: skip
    dated = ("Unilever's turnover for the full year 2024 rose 1.9% to 60.8 billion euros.",
             "en", "2025-02-13")  # fmt: skip
    undated = (UNDATED, "en", "2025-02-13")
    assert _verdict(check_dated(draft, undated), FIGURE)[0] == "supported"
    assert _verdict(check_dated(draft, dated, undated), FIGURE)[0] != "supported"


UNDATED = "Unilever's turnover increased 1.9 per cent to 60.8 billion euros."
FIGURE = "60.8 billion euros"


@pytest.mark.parametrize(
    ("lang", "text", "part", "whole"),
    [
        ("en", "The death toll in Jamaica stands at 32, out of a total of 76 dead throughout "
               "the region.", "32", "76 dead"),
        ("de", "In Jamaika starben 32 Menschen, von insgesamt 76 Toten in der gesamten Region.",
         "32 Menschen", "76 Toten"),
        ("nl", "Op Jamaica vielen 32 doden, op een totaal van 76 doden in de hele regio.",
         "32 doden", "76 doden"),
        ("zh", "飓风造成牙买加32人死亡。整个地区共有76人死亡。", "32人", "76人"),
    ],
)  # fmt: skip
def test_a_figure_of_a_whole_is_not_the_named_places(
    lang: str, text: str, part: str, whole: str
) -> None:
    found = readings(text, lang)
    assert found[part].subject == "Jamaica"
    assert found[whole].subject is None


def test_a_thousandfold_slip_holds_whatever_period_each_side_names() -> None:
    """The draft misdated the year too ("full year" after a 2023 quarter): the sources'
    1.6 billion of 2024 still shows the scale word written wrong."""
    draft = (
        "d.md",
        "Air France-KLM's revenue for 2024 rose to 31.5 billion euros. For 2023, the "
        "operating result of Air France-KLM came to 1.6 trillion euros.",
        "en",
    )
    source = (
        "s.txt",
        "Air France-KLM's revenue for 2024 rose to 31.5 billion euros. In 2024 the "
        "operating result of Air France-KLM came to 1.6 billion euros.",
        "en",
    )
    assert _verdict(check_texts(draft, [source]), "1.6 trillion euros")[0] == "scale-error"


@pytest.mark.parametrize(
    ("lang", "draft", "source", "figure"),
    [
        ("en", "Guangdong relocated more than 2.1 billion people.",
         "Guangdong relocated 2,165,230 people.", "more than 2.1 billion people"),
        ("de", "Guangdong evakuierte mehr als 2,1 Milliarden Menschen.",
         "Guangdong evakuierte 2.165.230 Menschen.", "mehr als 2,1 Milliarden Menschen"),
    ],
)  # fmt: skip
def test_a_thousandfold_in_a_running_count_is_no_revision(
    lang: str, draft: str, source: str, figure: str
) -> None:
    """A toll or a count of evacuees grows over days, so a draft's other figure is
    information; a thousand times the sources' is a scale word written wrong."""
    result = check_texts(("d.md", draft, lang), [("s.txt", source, lang)])
    assert _verdict(result, figure) == ("scale-error", "error")


@pytest.mark.parametrize(
    ("lang", "text", "group"),
    [
        ("en", "The province reported 504 deaths, comprising 90 children, 338 men and 76 "
               "women.", "338 men"),
        ("de", "In der Provinz starben 504 Menschen, darunter 90 Kinder.", "90 Kinder"),
        ("nl", "In de provincie vielen 504 doden, onder wie 90 kinderen.", "90 kinderen"),
        ("zh", "该省有504人死亡，遇难者中有90名儿童。", "90名儿童"),
    ],
)  # fmt: skip
def test_one_group_of_victims_is_a_part_of_the_toll(lang: str, text: str, group: str) -> None:
    """ "338 men" had confirmed a draft's 340 deaths in Punjab."""
    assert readings(text, lang)[group].attribute == "death_toll_group"
