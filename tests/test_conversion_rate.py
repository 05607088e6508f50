"""conversion-rate (FC107): a figure restated in another currency at a rate no market
has known is a scale word or currency written wrong (held-out batch 18: "64 Milliarden
bis 72 Milliarden Dollar (bis zu 633,08 Mrd. Euro)"); a conversion at any rate of the
last decades, a unit of measure at its factor and a share's price beside its ADR's are
left alone."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.annotation.converted import restatements
from factcheck.errors import ConfigError
from factcheck.knowledge import Knowledge
from factcheck.ruleset import configure_rules
from factcheck.runs.checking import check_texts
from factcheck.runs.reporting import report_texts

RULE = "FC107"


def _flagged(text: str, lang: str) -> list[tuple[str, str, str]]:
    """(severity, the conversion's text, the restated figure's text) per finding."""
    report = report_texts([("a.txt", text, lang)])
    text_of = {c.id: c.text for c in report.claims}
    return [
        (f.severity, text_of[f.claim_ids[0]], text_of[f.claim_ids[1]])
        for f in report.findings
        if f.rule == RULE
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Meta will 2025 zwischen 64 und 72 Milliarden Dollar (bis zu 633,08 Mrd. Euro) "
         "investieren.", "de", ("bis zu 633,08 Mrd. Euro", "64 und 72 Milliarden Dollar")),
        ("Alibaba will invest 380 billion yuan ($52.4 million) in AI.", "en",
         ("$52.4 million", "380 billion yuan")),
        ("Alibaba investeert 380 miljard yuan, omgerekend zo'n 49 biljoen euro, in AI.", "nl",
         ("zo'n 49 biljoen euro", "380 miljard yuan")),
        ("台积电第一季度营收为5926.4亿元新台币(约合1887亿美元)。", "zh",
         ("1887亿美元", "5926.4亿元新台币")),
        ("马斯克以440亿美元约合2886万元人民币收购推特。", "zh", ("2886万元人民币", "440亿美元")),
        ("Petrobras earned 124 billion reais ($24 million) last year.", "en",
         ("$24 million", "124 billion reais")),
        ("Equinor verdiente 80 Milliarden norwegische Kronen (7,5 Millionen Euro).", "de",
         ("7,5 Millionen Euro", "80 Milliarden norwegische Kronen")),
    ],
)  # fmt: skip
def test_a_conversion_at_no_market_rate_is_a_warning(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    assert _flagged(text, lang) == [("warning", *expected)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Meta will 2025 zwischen 64 und 72 Milliarden Dollar (bis zu 63 Mrd. Euro) investieren.",
         "de"),
        ("Alibaba will invest 380 billion yuan ($52.4 billion) in AI.", "en"),
        ("Alibaba investeert 380 miljard yuan, omgerekend zo'n 49 miljard euro, in AI.", "nl"),
        ("台积电第一季度营收为5926.4亿元新台币(约合188.7亿美元)。", "zh"),
        ("马斯克以440亿美元约合2886亿元人民币收购推特。", "zh"),
        ("Toyota verdiente 4,94 Billionen Yen (29,7 Milliarden Euro).", "de"),
        ("Petrobras earned 124 billion reais ($24 billion) last year.", "en"),
        ("Equinor verdiente 80 Milliarden norwegische Kronen (7,5 Milliarden Euro).", "de"),
        ("台積電每股盈餘8.70元,每單位美國存託憑證(ADR)盈餘1.38美元。", "zh"),
        ("The car has a range of 668 km (415 miles).", "en"),
        # units of measure within the rounding of their last digits
        ("Milton made landfall with winds of 120 mph (193 km/h).", "en"),
        ("The quake struck about 35 km (21 miles) deep.", "en"),
        ("河水在短时间内暴涨约29英尺(约8.8米)。", "zh"),
        ("The river rose 26 feet (8 metres).", "en"),
        # the earlier level of a move has its own conversion (held-out batch 20)
        ("Its operating profit soared to 10.44 trillion won (approximately USD7.54 billion), "
         "up from 668.5 billion won (about USD490 million) a year ago.", "en"),
        # two figures, then their conversions in order
        ("De winst ging naar 2,9 biljoen won, waar dat een jaar eerder nog 346 miljard won "
         "was, omgerekend respectievelijk 1,9 miljard euro en 234 miljoen euro.", "nl"),
    ],
)  # fmt: skip
def test_a_conversion_at_a_market_rate_passes(text: str, lang: str) -> None:
    assert _flagged(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # from the corpus: 120 mph is 193 km/h, and 205 km/h would be 127 mph
        ("Milton erzeugte Winde von bis zu 205 km/h (120 mph).", "de", ("120 mph", "bis zu 205 km/h")),
        ("Midway Atoll reported a tsunami surge of 3.1 feet (1.8 metres).", "en", ("1.8 metres", "3.1 feet")),
        # a unit needs no scale word to be held to its factor (it was let pass)
        ("De auto haalt 668 kilometer (1415 mijl).", "nl", ("1415 mijl", "668 kilometer")),
    ],
)  # fmt: skip
def test_a_units_conversion_beyond_its_rounding_is_a_warning(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    assert _flagged(text, lang) == [("warning", *expected)]


def test_a_unit_of_measure_converts_at_its_factor() -> None:
    flagged = _flagged("The dam holds 2.5 million cubic metres (88 million cubic feet).", "en")
    assert flagged == []
    flagged = _flagged("The dam holds 2.5 million cubic metres (880 million cubic feet).", "en")
    assert flagged == [("warning", "880 million cubic feet", "2.5 million cubic metres")]


def test_a_drafts_own_conversion_slip_is_its_verdict() -> None:
    draft = ("draft.md", "Alibaba will invest 380 billion yuan ($52.4 million) in AI.", "en")
    sources = [("s.txt", "Alibaba wil 380 miljard yuan in AI investeren.", "nl")]
    checked = check_texts(draft, sources, Knowledge.from_dirs())
    verdicts = {(f.text, f.kind, f.severity) for f in checked.findings}
    assert ("$52.4 million", "conversion-rate", "warning") in verdicts
    assert not any(f.text == "380 billion yuan" for f in checked.findings)


def test_a_conversion_the_sources_write_is_no_slip_of_its_own() -> None:
    """The draft's converted figure is the sources' own: the slip is in the figure it
    restates, which the sources contradict by themselves."""
    draft = ("draft.md", "Alibaba will invest 380 million yuan ($52.4 billion) in AI.", "en")
    sources = [("s.txt", "Alibaba will invest $52.4 billion in AI.", "en")]
    checked = check_texts(draft, sources, Knowledge.from_dirs())
    assert not any(f.kind == "conversion-rate" for f in checked.findings)


CURRENCIES = {"dollars": 1.0, "euros": 0.9, "yuan": 7.2, "yen": 150.0}  # per US dollar


@settings(max_examples=40, deadline=None)
@given(
    amount=st.integers(min_value=2, max_value=900),
    pair=st.permutations(sorted(CURRENCIES)).map(lambda p: (p[0], p[1])),
    drift=st.floats(min_value=0.8, max_value=1.25),
    slip=st.sampled_from([1.0, 1000.0, 0.001]),
)
def test_only_a_slipped_scale_word_is_flagged(
    amount: int, pair: tuple[str, str], drift: float, slip: float
) -> None:
    """Any rate near the market's passes; the same rate with "million" for "billion"
    (or the reverse) does not."""
    have, want = pair
    converted = amount * CURRENCIES[want] / CURRENCIES[have] * drift * slip
    text = f"The group will invest {amount} billion {have} ({converted:.4g} billion {want})."
    assert bool(_flagged(text, "en")) == (slip != 1.0)


def test_restatements_pair_each_conversion_with_the_figure_before_it() -> None:
    text = "Revenue was NT$868 billion ($28.3 billion); profit rose 36%, to NT$374 billion."
    report = report_texts([("a.txt", text, "en")])
    pairs = [(r.source.text, r.conversion.text) for r in restatements(report.claims)]
    assert pairs == [("NT$868 billion", "$28.3 billion")]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("馬斯克以440億美元約合2886億元人民幣收購推特。", ["USD", "CNY"]),
        ("台積電營收為8392.5億元新台幣,約合268億美元。", ["TWD", "USD"]),
        ("公司市值約1000億美元,約合7800亿元港币。", ["USD", "HKD"]),
    ],
)
def test_the_currency_written_after_yuan_is_its_own(text: str, units: list[str]) -> None:
    """ "2886億元人民幣" is in renminbi, whatever currency the sentence named before."""
    report = report_texts([("a.txt", text, "zh")])
    assert [c.unit for c in report.claims] == units


def test_a_rate_band_is_ordered_and_tunable() -> None:
    rules = Knowledge.from_dirs().rules
    upside_down = {RULE: {"rates": [{"currency": "EUR", "low": 1.6, "high": 0.8}]}}
    with pytest.raises(ConfigError, match="rates"):
        configure_rules(rules, params=upside_down)
    only_euros = {RULE: {"rates": [{"currency": "USD", "low": 1, "high": 1},
                                   {"currency": "EUR", "low": 0.8, "high": 1.6}]}}  # fmt: skip
    (rule,) = [r for r in configure_rules(rules, params=only_euros) if r.id == RULE]
    knowledge = Knowledge(Knowledge.from_dirs().entities, Knowledge.from_dirs().attributes, [rule])
    yuan = "Alibaba will invest 380 billion yuan ($52.4 million) in AI."
    euros = "Meta will 64 bis 72 Milliarden Dollar (bis zu 633 Mrd. Euro) investieren."
    assert report_texts([("a.txt", yuan, "en")], knowledge).findings == []  # no yuan rate
    assert [f.rule for f in report_texts([("b.txt", euros, "de")], knowledge).findings] == [RULE]
