"""Property tests of comparing two figures, which the cross-source report's value
checks rest on: `compare` and `agree` give the same answer either way round, the
tolerance applies once to the relative gap, a whole figure agrees with a finer one
it rounds, a bound reaches only so far, and value-conflict and scale-error together
put every two disagreeing claims of different documents into a finding.

The report-level properties (document order and names, rewordings, unrelated
documents) are in tests/test_report_properties.py.
"""

from __future__ import annotations

from functools import cache, partial

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from factcheck.checks.agreement import DEFAULT_FACTORS, agree
from factcheck.checks.compare import compare
from factcheck.checks.context import CheckContext
from factcheck.checks.runner import run_rules
from factcheck.knowledge import Knowledge
from factcheck.models import Attribute, Bound, Claim, ReportClaim, Subject
from factcheck.runs.reporting import report_texts

# Comparing two claims takes microseconds, so each property tries many examples.
PURE = settings(max_examples=400, deadline=None)


@cache
def knowledge() -> Knowledge:
    return Knowledge.from_dirs()


# --- comparing two claims is symmetric -------------------------------------------------

MAGNITUDES = st.one_of(
    st.floats(0, 1000, allow_nan=False),
    st.floats(0, 1e15, allow_nan=False),
    st.sampled_from([0.0, 1.0, 15_000.0, 485_000.0, 500_000.0, 4e9, 4e12]),
)


@st.composite
def claims(draw: st.DrawFn) -> Claim:
    """A value, a range or an open bound, possibly hedged and possibly negative."""
    sign = draw(st.sampled_from([1.0, 1.0, 1.0, -1.0]))
    low = sign * draw(MAGNITUDES)
    value: float | None = low
    high = low
    bound: Bound | None = draw(st.sampled_from([None, None, "gt", "ge", "lt", "le"]))
    if draw(st.booleans()):
        value, bound = None, None
        high = low + draw(st.floats(0, 1e6, allow_nan=False))
    return Claim(
        start=0,
        end=1,
        text="x",
        value=value,
        low=low,
        high=high,
        bound=bound,
        approx=draw(st.booleans()),
        lang="en",
        sentence=(0, 1),
    )


@PURE
@given(
    a=claims(),
    b=claims(),
    tolerance=st.floats(0, 0.2),
    approx_tolerance=st.floats(0, 0.2),
    factors=st.lists(st.sampled_from(DEFAULT_FACTORS), unique=True).map(tuple),
    factor_tolerance=st.floats(0, 0.1),
)
def test_compare_is_symmetric(
    a: Claim,
    b: Claim,
    tolerance: float,
    approx_tolerance: float,
    factors: tuple[float, ...],
    factor_tolerance: float,
) -> None:
    same = partial(
        compare,
        tolerance=tolerance,
        approx_tolerance=approx_tolerance,
        factors=factors,
        factor_tolerance=factor_tolerance,
    )
    forward, backward = same(a, b), same(b, a)
    assert forward.verdict == backward.verdict
    assert forward.factor == backward.factor
    assert forward.ratio == backward.ratio


@PURE
@given(a=claims(), tolerance=st.floats(0, 0.2), approx_tolerance=st.floats(0, 0.2))
def test_every_figure_agrees_with_itself(
    a: Claim, tolerance: float, approx_tolerance: float
) -> None:
    """Also an open bound under no tolerance ("more than 2,400" twice): its open end
    must not turn into nan, which meets nothing."""
    verdict = compare(a, a, tolerance=tolerance, approx_tolerance=approx_tolerance).verdict
    assert verdict == "agree"


# --- the value comparison: symmetric, tolerance once, bounds that reach so far --------

OPTIONS = {
    "tolerance": 0.02,
    "approx_tolerance": 0.05,
    "bound_reach": 1.0,
    "factors": DEFAULT_FACTORS,
    "factor_tolerance": 0.05,
}


def _bucket_claim(
    index: int,
    value: float,
    file: str,
    bound: Bound | None = None,
    approx: bool = False,
    text: str | None = None,
) -> ReportClaim:
    return ReportClaim(
        id=f"c{index}",
        file=file,
        start=index,
        end=index + 1,
        text=text or f"x{index}",
        value=value,
        low=value,
        high=value,
        bound=bound,
        approx=approx,
        lang="en",
        sentence=(index, index + 1),
        time="2024",
        subject=Subject(["Acme"]),
        attribute=Attribute(name="revenue"),
    )


@PURE
@given(
    a=st.floats(-1e9, 1e9),
    b=st.floats(-1e9, 1e9),
    bound_a=st.sampled_from([None, "gt", "ge", "lt", "le"]),
    bound_b=st.sampled_from([None, "gt", "ge", "lt", "le"]),
    approx=st.booleans(),
)
def test_agreement_is_symmetric(
    a: float, b: float, bound_a: Bound | None, bound_b: Bound | None, approx: bool
) -> None:
    x, y = _bucket_claim(1, a, "a", bound_a, approx), _bucket_claim(2, b, "b", bound_b)
    assert agree(OPTIONS, x, y) == agree(OPTIONS, y, x)


@PURE
@given(a=st.floats(1, 1e9), gap=st.floats(0, 0.2))
def test_the_tolerance_applies_once_to_the_relative_gap(a: float, gap: float) -> None:
    """Two exact figures agree exactly when they are within 2 % of the larger one: a
    4 % gap is a conflict under a 2 % tolerance."""
    b = a * (1 + gap)
    relative = (b - a) / b
    assume(abs(relative - 0.02) > 1e-9)
    written = "1.50"  # both state their precision (a written zero): neither rounds the other
    x, y = _bucket_claim(1, a, "a", text=written), _bucket_claim(2, b, "b", text=written)
    assert agree(OPTIONS, x, y) == (relative <= 0.02)


@PURE
@given(whole=st.integers(1, 1000), tenths=st.integers(-9, 9))
def test_a_whole_figure_agrees_with_a_finer_one_it_rounds(whole: int, tenths: int) -> None:
    """ "8%" and "8.3%": a figure written in whole units agrees with a finer one that
    rounds to it, within the approximate tolerance (5 %); "8%" and "8.6%" disagree.
    A whole figure ending in zero may itself be rounded to tens ("20" for 19.1), as
    "485,000" to thousands (`last_digit`, tests/test_confirming.py)."""
    assume(whole % 10 != 0)
    fine = round(whole + tenths / 10, 1)
    assume(fine > 0)
    coarse = _bucket_claim(1, float(whole), "a", text=str(whole))
    finer = _bucket_claim(2, fine, "b", text=f"{fine:.1f}")
    relative = abs(fine - whole) / max(fine, whole)
    assume(min(abs(relative - 0.02), abs(relative - 0.05)) > 1e-9)  # floats at the edges
    rounds = abs(tenths) <= 5 and relative <= 0.05
    assert agree(OPTIONS, coarse, finer) == (rounds or relative <= 0.02)


@PURE
@given(whole=st.integers(1, 99), tenths=st.integers(1, 9), hundredths=st.integers(-9, 9))
def test_a_figure_with_decimals_agrees_with_a_finer_one_it_rounds(
    whole: int, tenths: int, hundredths: int
) -> None:
    """ "1,3 miljard" and "1,337 Milliarden": a figure rounded at its decimal agrees with
    a finer one that rounds to it, within the approximate tolerance (5 %)."""
    coarse_value = whole + tenths / 10
    fine = round(coarse_value + hundredths / 100, 2)
    coarse = _bucket_claim(1, coarse_value, "a", text=f"{coarse_value:.1f}")
    finer = _bucket_claim(2, fine, "b", text=f"{fine:.2f}")
    relative = abs(fine - coarse_value) / max(fine, coarse_value)
    assume(min(abs(relative - 0.02), abs(relative - 0.05)) > 1e-9)
    rounds = abs(hundredths) <= 5 and relative <= 0.05
    assert agree(OPTIONS, coarse, finer) == (rounds or relative <= 0.02)


@PURE
@given(
    digit=st.integers(1, 9),
    power=st.integers(0, 9),
    precise=st.booleans(),
    factor=st.floats(1.0, 10.0),
)
def test_a_bound_reaches_only_so_far(digit: int, power: int, precise: bool, factor: float) -> None:
    """ "more than X" agrees with figures from X up to twice X (and the tolerance) when
    X is round ("more than 1 trillion"), up to 1.5 X when it is precise ("逾15.5万"),
    not with a figure far above it; "less than X" mirrors it."""
    x = (digit + (0.55 if precise else 0)) * 10**power
    more, less = _bucket_claim(1, x, "a", "gt"), _bucket_claim(1, x, "a", "lt")
    above, below = _bucket_claim(2, x * factor, "b"), _bucket_claim(3, x / factor, "c")
    reach = 1.5 if precise else 2
    assume(abs(factor - reach) > 0.05)
    assert agree(OPTIONS, more, above) == (factor < reach)
    assert agree(OPTIONS, less, below) == (factor < reach)


@PURE
@given(
    values=st.lists(
        st.sampled_from([1.0, 3.0, 10.0, 950.0, 1000.0, 1020.0, 1e6, 2e6, 1e9]),
        min_size=2,
        max_size=10,
    ),
    files=st.lists(st.sampled_from("abc"), min_size=10, max_size=10),
)
def test_every_disagreeing_pair_of_documents_is_in_a_finding(
    values: list[float], files: list[str]
) -> None:
    """value-conflict and scale-error together put every two claims of different
    documents that do not agree into one finding."""
    claims = [_bucket_claim(i, v, files[i]) for i, v in enumerate(values)]
    findings = run_rules(knowledge().rules, CheckContext({c.id: c for c in claims}))
    together = {frozenset((a, b)) for f in findings for a in f.claim_ids for b in f.claim_ids}
    for a in claims:
        for b in claims:
            if a.file != b.file and not agree(OPTIONS, a, b):
                assert frozenset((a.id, b.id)) in together, (a.value, b.value)


def test_a_figure_written_in_two_scales_keeps_its_last_digit() -> None:
    """ "2.566 lakh" computes to 256599.99999999997 and "256.6 thousand" to
    256600.00000000003: their last stated digit is the hundreds, not the float's last
    bit, so they agree (hypothesis found this pair)."""
    report = report_texts(
        [
            ("scaled.txt", "Microsoft bought 256.6 thousand GPUs in 2024.", "en"),
            ("other.txt", "Microsoft bought 2.566 lakh GPUs in 2024.", "en"),
        ]
    )
    assert [c.value for c in report.claims] == [256599.99999999997, 256600.00000000003]
    assert report.findings == []
