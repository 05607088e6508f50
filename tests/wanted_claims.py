"""The exact claims a text should give, as the tests of number classes state them:
span, value or range, unit, and the flags that matter (approx, bound, change, label,
conversion). `case` builds a parametrized case, `check` compares it with what
extraction reads; shared by tests/test_real_classes.py, tests/test_real_amounts.py
and tests/test_elided_units.py."""

from __future__ import annotations

from typing import NamedTuple

from factcheck.extraction.scanner import extract_text


class Want(NamedTuple):
    text: str
    low: float
    high: float
    unit: str
    flags: frozenset[str] = frozenset()


def want(text: str, low: float, unit: str, high: float | None = None, *flags: str) -> Want:
    return Want(text, low, low if high is None else high, unit, frozenset(flags))


def read(text: str, lang: str, labels: bool = False) -> list[Want]:
    found = []
    for claim in extract_text(text, lang):
        if claim.label and not labels:
            continue
        flags = {"approx"} if claim.approx else set()
        flags |= {name for name in ("change", "label", "conversion") if getattr(claim, name)}
        flags |= {claim.bound} if claim.bound else set()
        low, high = claim.low, claim.high
        assert low is not None and high is not None
        found.append(Want(claim.text, round(low, 6), round(high, 6), claim.unit, frozenset(flags)))
    return found


def case(lang: str, text: str, *claims: Want) -> tuple[str, str, list[Want]]:
    return lang, text, list(claims)


def check(lang: str, text: str, expected: list[Want]) -> None:
    assert read(text, lang) == expected
