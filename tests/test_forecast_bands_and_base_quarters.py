"""Held-out batch 6 (Volkswagen's first quarter of 2023), two time-conflicts that were
none: "a 22% increase over the first quarter of 2022" put the 22% in 2022's first
quarter (the quarter is the comparison's base, as "compared with 2022" is), and a
quarter's 12% growth was "the same figure" as the year's forecast band "between 10%
and 15%" (a range is the same figure only as the same range)."""

from __future__ import annotations

import pytest

from factcheck.extraction.scanner import extract_text
from factcheck.runs.reporting import report_texts


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Sales rose to 76.20 billion euros, a 22% increase over the first quarter of 2022.",
         "22%"),
        ("de", "Der Umsatz stieg um 22 Prozent gegenüber dem ersten Quartal 2022.", "22 Prozent"),
        ("nl", "De omzet steeg met 22 procent ten opzichte van het eerste kwartaal van 2022.",
         "22 procent"),
    ],
)  # fmt: skip
def test_a_quarter_compared_against_is_not_the_figures_period(
    lang: str, text: str, figure: str
) -> None:
    times = {c.text: c.time for c in extract_text(text, lang, published="2023-04-28")}
    assert times[figure] not in ("2022-Q1", "2022")


def test_a_figure_inside_a_forecast_band_is_no_time_conflict() -> None:
    report = report_texts(
        [
            ("a.txt", "Volkswagen's revenue rose 12% in the third quarter of 2023.", "en"),
            ("b.txt", "Volkswagen expects its revenue to rise between 10% and 15% in 2023.", "en"),
        ]
    )
    assert [f.kind for f in report.findings if f.kind == "time-conflict"] == []


def test_one_band_in_two_periods_is_a_time_conflict() -> None:
    report = report_texts(
        [
            ("a.txt", "Volkswagen expects its revenue to rise between 10% and 15% in 2023.", "en"),
            ("b.txt", "Volkswagen expects its revenue to rise between 10% and 15% in 2024.", "en"),
        ]
    )
    assert [f.kind for f in report.findings] == ["time-conflict"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Sales rose to 76.20 billion euros, a 22% increase over the first quarter of 2022."),
        ("de", "Der Umsatz stieg auf 76,2 Milliarden Euro, ein Plus von 22 Prozent gegenüber dem "
               "ersten Quartal 2022."),
        ("nl", "De omzet steeg naar 76,2 miljard euro, een stijging van 22 procent ten opzichte "
               "van het eerste kwartaal van 2022."),
        ("zh", "营收达762亿欧元,比2022年第一季度增长22%。"),
    ],
)  # fmt: skip
def test_a_base_quarter_dates_the_sentences_figures_a_year_on(lang: str, text: str) -> None:
    """Held-out batch 6: marketscreener's "sales rose to 76.20 billion euros, a 22%
    increase over the first quarter of 2022" left the revenue undated, so it never met
    evstories' first-quarter €67.3 billion. The base quarter's later self, begun by the
    publication date, is the period of every figure of the sentence."""
    claims = extract_text(text, lang, published="2023-05-04")
    assert [c.time for c in claims] == ["2023-Q1", "2023-Q1"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Revenue rose 5% to $2 billion over the fourth quarter of 2022."),
        ("de", "Der Umsatz stieg um 5 Prozent auf 2 Milliarden Euro gegenüber dem vierten "
               "Quartal 2022."),
        ("nl", "De omzet steeg met 5 procent tot 2 miljard euro ten opzichte van het vierde "
               "kwartaal van 2022."),
        ("zh", "营收比2022年第四季度增长5%,达20亿欧元。"),
    ],
)  # fmt: skip
def test_a_base_quarter_not_yet_repeated_dates_nothing(lang: str, text: str) -> None:
    """Published in May 2023, the latest fourth quarter is 2022's, the base itself: the
    figures are of some later quarter the sentence does not name."""
    claims = extract_text(text, lang, published="2023-05-04")
    assert [c.time for c in claims] == [None, None]


def test_the_base_quarters_figures_keep_their_own_period() -> None:
    """The compared figure's phrase names its quarter ("$4 billion in the first quarter
    of 2022"); the figure compared with it is of that quarter's later self, begun by
    the publication date, as for "an increase over the first quarter of 2022"."""
    claims = extract_text(
        "Revenue was $5 billion, compared with $4 billion in the first quarter of 2022.",
        "en",
        published="2023-05-04",
    )
    assert [(c.text, c.time) for c in claims] == [
        ("$5 billion", "2023-Q1"),
        ("$4 billion", "2022-Q1"),
    ]


@pytest.mark.parametrize(
    ("hedged", "lang", "kinds"),
    [
        ("大众汽车2023年第三季度营收约788亿欧元。", "zh", []),
        ("Volkswagen's revenue was about 78.8 billion euros in the third quarter of 2023.", "en",
         []),
        ("Der Umsatz von Volkswagen lag im dritten Quartal 2023 bei etwa 76,2 Milliarden Euro.",
         "de", ["time-conflict"]),
    ],
)  # fmt: skip
def test_a_hedge_is_the_same_figure_only_a_digit_step_away(
    hedged: str, lang: str, kinds: list[str]
) -> None:
    """Held-out batch 6: zh-skyxz's third-quarter "约788亿欧元" was "the same figure" as
    the first quarter's 76.2 billion, 3 % away, under time-conflict's 5 % for a hedge. A
    hedge reaches one step of its last stated digit at most, as in value-conflict."""
    report = report_texts(
        [
            ("a.txt", "Volkswagen's revenue was 76.2 billion euros in the first quarter of 2023.",
             "en"),
            ("b.txt", hedged, lang),
        ]
    )  # fmt: skip
    assert [f.kind for f in report.findings if f.kind == "time-conflict"] == kinds


def test_every_two_periods_of_one_figure_are_a_time_conflict() -> None:
    """Held-out batches 3 and 5: Microsoft's $80 billion was dated 2025 by two pages,
    FY2025 by one and "through 2028" by another, and time-conflict reported only its
    cluster's first pair. Each two periods are a finding now, with every claim that
    dates the figure to each."""
    report = report_texts(
        [
            ("a.txt", "Microsoft will spend $80 billion on data centers in 2025.", "en"),
            ("b.txt", "Microsoft investeert in 2025 zo'n 80 miljard dollar in datacenters.", "nl"),
            ("c.txt", "Microsoft wird im Geschäftsjahr 2025 80 Milliarden Dollar in "
                      "Rechenzentren investieren.", "de"),
            ("d.txt", "Microsoft will invest $80 billion in data centers through 2028.", "en"),
        ]
    )  # fmt: skip
    claims = {c.id: c for c in report.claims}
    found = [f for f in report.findings if f.kind == "time-conflict"]

    def side(ids: tuple[str, ...]) -> tuple[tuple[str, ...], str | None]:
        times = {claims[i].time for i in ids}
        assert len(times) == 1
        return tuple(sorted(claims[i].file or "" for i in ids)), times.pop()

    pairs = {frozenset((side(f.claim_ids[: f.first_side]), side(f.claim_ids[f.first_side :])))
             for f in found}  # fmt: skip
    assert len(found) == 3 and pairs == {
        frozenset({(("a.txt", "b.txt"), "2025"), (("c.txt",), "FY2025")}),
        frozenset({(("a.txt", "b.txt"), "2025"), (("d.txt",), "2028")}),
        frozenset({(("c.txt",), "FY2025"), (("d.txt",), "2028")}),
    }


def test_one_articles_two_dates_make_no_sure_time_conflict() -> None:
    """The sure claims of the two sides stand in one article (a year and the year
    before); the other document's claim is not sure of its subject (it names two
    companies, and its sentence neither). No source is sure
    to have misdated the figure: information, not a warning."""
    report = report_texts(
        [
            ("a.txt", "Microsoft bought 485,000 GPUs in 2024. A year earlier, in 2023, "
                      "Microsoft bought 485,000 GPUs too.", "en"),
            ("b.txt", "Microsoft und Alphabet legen Zahlen vor.\n\nDie Börse reagierte "
                      "gelassen. Analysten waren zufrieden. Im Jahr 2023 wurden 485.000 GPUs "
                      "gekauft.", "de"),
        ]
    )  # fmt: skip
    assert [(f.kind, f.severity) for f in report.findings] == [("time-conflict", "info")]
