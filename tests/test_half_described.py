"""Draft figures the draft describes only in part, and sources that state no period.

In the real-corpus drafts, correct restatements went unconfirmed when the draft left
out what a figure measures ("16.546" of Turkey) or whom it is about, though a source
gives the very figure; and planted errors went unflagged when the only sources were
published just after the draft's period without naming it ("Het orderboek staat nu
op 39 miljard euro", for the draft's "eind 2023 ... 39 miljoen euro").
"""

from __future__ import annotations

from datetime import date

import pytest
from dated import check_dated
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extraction.daydates import days_in
from factcheck.extraction.periods import (
    months_after,
    months_within,
    period_days,
    reported_after,
)
from factcheck.extraction.scanner import extract_text
from factcheck.models import CheckResult
from factcheck.runs.reporting import report_texts


def _verdicts(result: CheckResult) -> list[tuple[str, str, str | None]]:
    found = sorted([*result.findings, *result.supported], key=lambda f: f.start)
    return [(f.text, f.kind, f.severity) for f in found]


def _kinds(result: CheckResult) -> list[str]:
    return [kind for _, kind, _ in _verdicts(result)]


# ---- the same distinctive figure ---------------------------------------------------

TURKEY = ("In Turkey, 16,546 people have died, the disaster agency said.", "en", "2023-02-09")


def test_a_figure_the_draft_does_not_name_a_measure_for_is_confirmed_by_the_same_figure() -> None:
    for draft in [
        ("In der Türkei stieg die Zahl auf 16.546 Menschen.", "de"),
        ("In Turkije liep het aantal op tot 16.546 mensen.", "nl"),
        ("In Turkey the number rose to 16,546 people.", "en"),
        ("土耳其的人数升至16546人。", "zh"),
    ]:
        result = check_dated(draft, TURKEY)
        assert _kinds(result) == ["supported"], draft
        (found,) = result.supported
        assert "the same figure is in 16,546 people" in found.message


def test_a_round_figure_is_not_confirmed_by_value_alone() -> None:
    result = check_dated(
        ("In der Türkei stieg die Zahl auf 16.000 Menschen.", "de"),
        ("In Turkey, 16,000 people have died, the agency said.", "en", "2023-02-09"),
    )
    assert _kinds(result) == ["unsupported"]


def test_the_same_figure_of_another_sure_subject_confirms_nothing() -> None:
    result = check_dated(
        ("In Syria the number rose to 16,546 people.", "en"),
        TURKEY,
    )
    assert _kinds(result) != ["supported"]


def test_the_same_figure_of_another_period_confirms_nothing() -> None:
    result = check_dated(
        ("ASML sold 421 systems in 2022.", "en"),
        ("ASML sold 421 new lithography systems, it said.", "en", "2024-01-24"),
    )
    assert _kinds(result) != ["supported"]


# ---- sources published soon after the draft's period -------------------------------

BACKLOG = [
    ("Het orderboek van ASML staat nu op 39 miljard euro.", "nl", "2024-01-24"),
    ("ASML's order backlog now stands at 39 billion euros.", "en", "2024-01-24"),
    ("Der Auftragsbestand von ASML liegt jetzt bei 39 Milliarden Euro.", "de", "2024-01-24"),
    ("阿斯麦的订单积压目前为390亿欧元。", "zh", "2024-01-24"),
]


def test_a_scale_slip_is_found_in_a_source_reported_just_after_the_period() -> None:
    draft = ("Het orderboek van ASML stond eind 2023 op 39 miljoen euro.", "nl")
    for source in BACKLOG:
        ((text, kind, severity),) = _verdicts(check_dated(draft, source))
        assert (text, kind) == ("39 miljoen euro", "scale-error"), source
        assert severity in ("error", "warning")


def test_a_source_published_within_the_period_may_speak_of_the_one_before() -> None:
    result = check_dated(
        ("China's population was 1,409.67 million at the end of 2023.", "en"),
        ("China's population is now 1,411.75 million.", "en", "2023-01-17"),
    )
    assert all(
        severity != "error" and severity != "warning" for _, _, severity in _verdicts(result)
    )


def test_an_unsure_disagreement_does_not_hide_a_source_published_after_the_period() -> None:
    result = check_dated(
        ("BYD sold 3.02 million new-energy vehicles in 2023.", "en"),
        ("BYD sold 3.02 million new-energy vehicles last year.", "en", "2024-01-02"),
        ("BYD sold 1.4 million plug-in hybrids and 3.1 million cars.", "en", "2024-01-03"),
    )
    assert _kinds(result) == ["supported"]


@given(st.integers(2000, 2030), st.sampled_from(["", "-Q1", "-Q4", "-H2", "-03", "-12"]))
def test_the_months_after_a_period_are_those_reported_after_it(year: int, part: str) -> None:
    period = f"{year}{part}"
    months = months_after(period)
    start, end = period_days(period)  # type: ignore[misc]
    assert len(months) == (end.year - start.year) * 12 + end.month - start.month + 1
    assert all(reported_after(period, m, within=False) for m in months)
    assert not reported_after(period, start.isoformat(), within=False)
    assert months == sorted(months) and months[0] > end.isoformat()[:7]


@given(st.integers(2000, 2030), st.sampled_from(["", "-Q1", "-Q4", "-H2", "-03", "-12"]))
def test_the_months_within_a_period_are_those_reported_within_it(year: int, part: str) -> None:
    """What a day's measure published in them may speak for (a market value "in 2025")."""
    period = f"{year}{part}"
    months = months_within(period)
    start, end = period_days(period)  # type: ignore[misc]
    assert months[0] == start.isoformat()[:7] and months[-1] == end.isoformat()[:7]
    assert len(months) == len(set(months)) == len(months_after(period))
    assert all(
        reported_after(period, m) and not reported_after(period, m, within=False) for m in months
    )


def test_a_precise_percentage_is_found_by_value_though_its_subject_is_unsure() -> None:
    # a turnout is a place's: the draft names no place, so its party subject is unsure
    result = check_dated(
        ("De PVV won. De opkomst lag volgens de officiële uitslag op 77,7 procent.", "nl"),
        (
            "Turnout in the Netherlands was 77.7 percent, the Electoral Council said.",
            "en",
            "2023-12-01",
        ),
    )
    assert _verdicts(result) == [("77,7 procent", "supported", None)]


# ---- who measured it ---------------------------------------------------------------

MAGNITUDES = [
    (
        "The USGS put the magnitude of the quake in China at 5.9; Xinhua said 6.2.",
        "en",
        "2023-12-19",
    ),
    ("Die USGS gab die Stärke des Bebens in China mit 5,9 an.", "de", "2023-12-19"),
    (
        "China Earthquake Networks Center: the quake in China had a magnitude of 6.2.",
        "en",
        "2023-12-19",
    ),
    ("Das Beben in China hatte eine Stärke von 6,2.", "de", "2023-12-19"),
]


def test_a_figure_of_a_named_reporter_meets_only_that_reporters_figures() -> None:
    for draft in [
        ("The USGS measured a magnitude of 5.9 for the quake in China.", "en"),
        ("Die USGS maß für das Beben in China eine Stärke von 5,9, meldete die USGS.", "de"),
        ("美国地质调查局测定中国地震震级为5.9级。", "zh"),
    ]:
        assert _kinds(check_dated(draft, *MAGNITUDES)) == ["supported"], draft


def test_a_figure_without_its_reporter_still_meets_every_other_figure() -> None:
    result = check_dated(("The quake in China had a magnitude of 5.9.", "en"), *MAGNITUDES)
    assert _kinds(result) == ["value-conflict"]


# ---- a company's site in a place ---------------------------------------------------


def test_a_companys_measure_stays_the_companys_when_a_place_follows_it() -> None:
    result = check_dated(
        ("小米汽车北京工厂占地超过70万平方米。", "zh"),
        ("小米汽车工厂占地超过70万平方米。", "zh", "2024-03-29"),
    )
    assert _verdicts(result) == [("超过70万平方米", "supported", None)]


# ---- the day a clause names ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("截至20日上午9时,甘肃省113人遇难。", "2023-12-21", "2023-12-20"),
        ("甘肃当局今日(19日)上午召开发布会,105人死亡。", "2023-12-19", "2023-12-19"),
        ("截至30日下午3时,已有86人遇难。", "2024-01-02", "2023-12-30"),  # the month before
        ("截至19日8时左右,105人遇难。", "2023-12-18", "2023-12-19"),  # a day after the date
        ("At noon on 19 December, 113 people had died.", "2023-12-18", "2023-12-19"),
        ("Am 28. Dezember waren 113 Menschen gestorben.", "2024-01-05", "2023-12-28"),
    ],
)
def test_a_day_named_without_its_month_or_year_is_of_the_articles_date(
    text: str, published: str, day: str
) -> None:
    assert days_in(text, 0, len(text), published)[0].iso == day


@pytest.mark.parametrize("text", ["连续3日降雨,100人受灾。", "这3日共有100人受灾。"])
def test_a_count_of_days_is_no_day(text: str) -> None:
    assert days_in(text, 0, len(text), "2023-12-21") == []


@given(st.dates(date(2001, 1, 1), date(2030, 12, 31)), st.integers(1, 28))
def test_a_day_of_the_month_never_lies_far_after_the_articles_date(
    published: date, day: int
) -> None:
    text = f"截至{day}日上午9时,100人遇难。"
    (found,) = days_in(text, 0, len(text), published.isoformat())
    named = date.fromisoformat(found.iso or "")
    assert named.day == day
    assert -40 <= (named - published).days <= 7


# ---- levels a sentence moves from, units, products ---------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "origin"),
    [
        ("en", "Turnout was 71.86 percent, down from 74.9 percent in 2020.", False),
        ("nl", "De opkomst was 71,86 procent, tegen 74,9 procent in 2020.", False),
        ("zh", "投票率为71.86%,低于2020年的74.9%。", False),
        ("en", "Revenue rose to 7.8 billion euros in 2023, up from 5.6 billion euros.", True),
    ],
)
def test_a_level_moved_from_that_names_its_year_is_compared(
    lang: str, text: str, origin: bool
) -> None:
    (_, earlier) = extract_text(text, lang)
    assert earlier.origin is origin


@pytest.mark.parametrize("text", ["最高时速265公里/小时。", "最高时速265千米每小时。"])
def test_a_chinese_speed_is_a_speed(text: str) -> None:
    (claim,) = extract_text(text, "zh")
    assert (claim.value, claim.unit) == (265, "kilometer_per_hour")


def test_a_price_said_of_the_maker_is_confirmed_by_the_same_price_of_its_product() -> None:
    result = check_dated(
        ("Xiaomi sells the car for 299,900 yuan in 2024.", "en"),
        ("The SU7 Max costs RMB 299,900.", "en", "2024-03-29"),
    )
    assert _kinds(result) == ["supported"]


def test_a_price_of_a_sibling_version_confirms_nothing() -> None:
    result = check_dated(
        ("The SU7 Pro costs 299,900 yuan.", "en"),
        ("The SU7 Max costs RMB 299,900.", "en", "2024-03-29"),
    )
    assert _kinds(result) != ["supported"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "BYD's lead over Tesla came to 14,000 vehicles."),
        ("de", "BYD hat rund 41.000 Fahrzeuge mehr verkauft als Tesla."),
        ("nl", "De voorsprong van BYD op Tesla bedroeg 41.000 auto's."),
        ("zh", "比亚迪领先特斯拉约4.1万辆。"),
    ],
)
def test_a_lead_over_a_rival_is_no_level_of_sales(lang: str, text: str) -> None:
    (claim,) = report_texts([("a.txt", text, lang)]).claims
    assert claim.attribute is not None and claim.attribute.name == "lead"


@pytest.mark.parametrize(
    ("lang", "text", "unit"),
    [
        ("en", "Tesla's deliveries reached 484,507 in the quarter.", "vehicle"),
        ("zh", "组织者称,接近200万参加游行。", "person"),
        ("de", "Rund 41.000 mehr ausgeliefert als Tesla, rund 1,6 Millionen verkauft.", "vehicle"),
        ("nl", "De VVD verloor er 10 zetels, D66 verloor er 15.", "seat"),
        ("nl", "De vier verloren allemaal zetels.", "count"),  # under ten: no counted unit
    ],
)
def test_a_bare_number_of_a_measure_counts_what_the_measure_counts(
    lang: str, text: str, unit: str
) -> None:
    claim = report_texts([("a.txt", text, lang)]).claims[-1]
    assert claim.unit == unit
