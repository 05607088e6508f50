"""Subjects, attributes, topics, alignment and the comparison of two claims."""

from __future__ import annotations

import math

import pytest

from factcheck.align import align_claims, dimension_of
from factcheck.checks.compare import compare, interval, to_base
from factcheck.extraction import unit_tables, units
from factcheck.extraction.scanner import extract_text
from factcheck.models import Claim
from factcheck.runs.reporting import report_texts


def _claims(*texts: tuple[str, str]) -> list:
    named = [(f"doc{i}.txt", text, lang) for i, (text, lang) in enumerate(texts, 1)]
    return report_texts(named).claims


@pytest.mark.parametrize(
    ("text", "lang", "subject", "attribute"),
    [
        ("据悉，MAI-1-preview 的训练仅动用了约 1.5 万颗 Nvidia H100 GPU。", "zh", "MAI-1-preview", "training_gpus"),
        ("Microsoft ist im Jahr 2024 als größter Käufer von NVIDIA’s AI-GPUs hervorgetreten und hat fast 500.000 Einheiten erworben.", "de", "Microsoft", "gpu_purchases"),
        ("De vraag is geëxplodeerd en NVIDIA’s beurswaarde schoot door naar zo’n 4 biljoen dollar.", "nl", "Nvidia", "market_value"),
        ("Servercluster, die größer sind als die für MAI-1, ein Modell mit 500 Milliarden Parametern.", "de", "MAI-1", "parameter_count"),
        ("而谷歌、Meta 和 xAI 当前使用的训练集群规模，普遍达到微软的 6 到 10 倍。", "zh", "Google + Meta + xAI", "cluster_size_ratio"),
        ("Okoone fragt, was passiert, wenn Microsofts Wette angesichts der KI-Ausgaben der Tech-Giganten in Höhe von 364 Milliarden US-Dollar scheitert.", "de", "Tech giants", "capex"),
    ],
)  # fmt: skip
def test_subject_and_attribute(text: str, lang: str, subject: str, attribute: str) -> None:
    (claim,) = _claims((text, lang))
    assert (str(claim.subject), str(claim.attribute)) == (subject, attribute)


def test_sentence_without_a_name_takes_the_articles_main_organisation() -> None:
    text = "Microsoft baut KI-Cluster. Die neuen Servercluster sind sechs- bis zehnmal größer."
    (claim,) = _claims((text, "de"))
    assert (str(claim.subject), str(claim.attribute), claim.low, claim.high) == (
        "Microsoft", "cluster_size_ratio", 6, 10,
    )  # fmt: skip


def test_topic_keeps_different_investments_apart() -> None:
    claims = _claims(
        ("Microsoft investierte 80 Milliarden Dollar in Rechenzentren.", "de"),
        ("Microsoft investeerde 13 miljard dollar in OpenAI.", "nl"),
    )
    assert [(str(c.attribute), c.topic) for c in claims] == [
        ("capex", "datacenters"),  # money put into data centres is capital expenditure
        ("investment", "OpenAI"),
    ]
    assert all(g.documents == 1 for g in align_claims(claims))


def test_alignment_groups_restatements_across_languages() -> None:
    claims = _claims(
        ("Microsoft bought 485,000 GPUs in 2024.", "en"),
        ("Microsoft kaufte im Jahr 2024 fast 500.000 GPUs.", "de"),
        ("微软在2024年购买了近50万块GPU。", "zh"),
    )
    groups = align_claims(claims)
    assert [(str(g.subject), str(g.attribute), g.time, g.documents) for g in groups] == [
        ("Microsoft", "gpu_purchases", "2024", 3)
    ]


def _claim(value: float, *, approx: bool = False, bound: str | None = None) -> Claim:
    (claim,) = extract_text(f"Es waren {value:.0f} Server.", "de")
    return claim.model_copy(
        update={"value": value, "low": value, "high": value, "approx": approx, "bound": bound}
    )


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        (_claim(500000, approx=True), _claim(485000), "agree"),
        (_claim(500000, approx=True), _claim(50000), "conflict"),
        (_claim(1000000, bound="gt"), _claim(1200000), "agree"),
        (_claim(1000000, bound="gt"), _claim(900000), "conflict"),
        (_claim(4e12), _claim(4e9), "scale"),
        (_claim(15000), _claim(1.5e8), "scale"),
        (_claim(100), _claim(101), "agree"),
    ],
)
def test_compare(a: Claim, b: Claim, verdict: str) -> None:
    options = {"tolerance": 0.02, "approx_tolerance": 0.05, "factors": (1e3, 1e4, 1e6, 1e8, 1e9)}
    forward, backward = compare(a, b, **options), compare(b, a, **options)
    assert forward.verdict == backward.verdict == verdict
    assert forward.ratio == backward.ratio


def test_bounds_are_open_intervals() -> None:
    assert interval(_claim(10, bound="gt"), 0.05) == (10, math.inf)
    assert interval(_claim(10, bound="le"), 0.05) == (-math.inf, 10)


def _pairs(result: object, rule: str) -> list[tuple[str, str]]:
    text = {c.id: c.text for c in result.claims}  # type: ignore[attr-defined]
    return sorted(
        tuple(sorted(text[i] for i in f.claim_ids))  # type: ignore[misc]
        for f in result.findings  # type: ignore[attr-defined]
        if f.rule == rule
    )


def test_every_pair_of_documents_in_conflict_is_reported() -> None:
    """ "more than 1 million" (up to 2 million) is wrong against 900,000, 800,000 and
    500,000, and those three disagree with each other: six pairs, each a finding."""
    result = report_texts(
        [
            ("a.txt", "Microsoft bought more than 1 million GPUs in 2025.", "en"),
            ("b.txt", "Microsoft kaufte 2025 900.000 GPUs.", "de"),
            ("c.txt", "Microsoft kocht in 2025 800.000 GPU's.", "nl"),
            ("d.txt", "Microsoft bought 500,000 GPUs in 2025.", "en"),
        ]
    )
    assert _pairs(result, "FC101") == [
        ("500,000 GPUs", "800.000 GPU's"),
        ("500,000 GPUs", "900.000 GPUs"),
        ("500,000 GPUs", "more than 1 million GPUs"),
        ("800.000 GPU's", "900.000 GPUs"),
        ("800.000 GPU's", "more than 1 million GPUs"),
        ("900.000 GPUs", "more than 1 million GPUs"),
    ]


def test_a_bound_reaches_only_so_far() -> None:
    """ "more than 1 million" agrees with 1.5 million and conflicts with 3 million: one
    finding, the two agreeing figures on one side."""
    result = report_texts(
        [
            ("a.txt", "Microsoft bought more than 1 million GPUs in 2025.", "en"),
            ("b.txt", "Microsoft kaufte 2025 1,5 Millionen GPUs.", "de"),
            ("c.txt", "Microsoft kocht in 2025 3 miljoen GPU's.", "nl"),
        ]
    )
    assert _pairs(result, "FC101") == [
        ("1,5 Millionen GPUs", "3 miljoen GPU's", "more than 1 million GPUs")
    ]


def test_two_bounds_of_one_fact_far_apart_disagree() -> None:
    """ "逾15.5万" and "more than 160,000" restate one toll of damaged homes; "逾25.5万"
    (1.65 times as many) does not: a precise bound reaches half its figure beyond it
    (a round one, "more than 1 million", twice as far), as far as the real corpus's
    restatements of a bound go (at most 1.34 times)."""
    result = report_texts(
        [
            ("a.txt", "甘肃省逾15.5万间房屋损毁。", "zh"),
            ("b.txt", "In Gansu wurden mehr als 160.000 Häuser beschädigt.", "de"),
            ("c.txt", "In Gansu more than 255,000 homes were damaged.", "en"),
        ]
    )
    assert _pairs(result, "FC101") == [
        ("mehr als 160.000 Häuser", "more than 255,000 homes", "逾15.5万间房屋")
    ]


def test_a_bound_off_by_a_scale_factor_is_a_scale_error_behind_a_nearer_conflict() -> None:
    result = report_texts(
        [
            ("a.txt", "Microsoft bought up to 1,000 GPUs in 2025.", "en"),
            ("b.txt", "Microsoft kaufte 2025 2.000 GPUs.", "de"),
            ("c.txt", "Microsoft kocht in 2025 1 miljoen GPU's.", "nl"),
        ]
    )
    assert _pairs(result, "FC101") == [
        ("1 miljoen GPU's", "2.000 GPUs"),
        ("2.000 GPUs", "up to 1,000 GPUs"),
    ]
    assert _pairs(result, "FC102") == [("1 miljoen GPU's", "up to 1,000 GPUs")]


def test_the_written_dimension_table_is_what_pint_computes() -> None:
    """lexicon/dimensions.yaml spares each run the registry; it must say what pint says."""
    written = units.DIMENSIONS_PATH.read_text("utf-8")
    assert written == unit_tables.dimensions_text(), (
        "run: python -m factcheck.extraction.unit_tables"
    )


def test_the_written_base_units_are_what_pint_computes_exactly() -> None:
    """lexicon/base_units.yaml spares a check the registry: each factor and offset, as
    read back, is pint's float to the last bit (°F and °C included)."""
    written = unit_tables.BASE_UNITS_PATH.read_text("utf-8")
    assert written == unit_tables.base_units_text(), (
        "run: python -m factcheck.extraction.unit_tables"
    )
    table = unit_tables.written_base()
    assert table == {u: unit_tables.pint_base(u) for u in table}
    assert table["kilometer"] == (1000.0, 0.0) and table["degree_Celsius"] == (1.0, 273.15)
    assert table["microgram"] == (1e-09, 0.0)
    assert len(table) > 100


def test_a_unit_outside_the_tables_is_converted_by_pint() -> None:
    assert to_base("kilometer / hour") == pytest.approx((1000 / 3600, 0.0))
    assert to_base("zorkmid") == (1.0, 0.0)


def test_a_unit_outside_the_table_still_gets_its_dimension_from_pint() -> None:
    assert units.dimension_key("kilometer / hour") == "[length] / [time]"
    assert units.dimension_key("zorkmid") is None
    assert dimension_of("zorkmid") == "dimension:zorkmid"


def test_figures_for_another_date_never_conflict_and_an_unsure_error_is_a_warning() -> None:
    """An undated 7 billion speaks for its publication date, not for 2024: it meets
    neither dated figure. The 2024 slip is a scale error, and an error: both figures
    state their period and name their subject."""
    result = report_texts(
        [
            ("a.txt", "Microsoft earned 5 billion dollars in revenue in 2024.", "en"),
            ("b.txt", "Microsoft had revenue of 7 billion dollars.", "en"),
            ("c.txt", "Microsoft earned 5 trillion dollars in revenue in 2024.", "en"),
        ]
    )
    text = {c.id: c.text for c in result.claims}
    found = sorted(
        (f.rule, f.severity, tuple(sorted(text[i] for i in f.claim_ids))) for f in result.findings
    )
    assert found == [("FC102", "error", ("5 billion dollars", "5 trillion dollars"))]
