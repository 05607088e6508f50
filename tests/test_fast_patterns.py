"""Patterns rewritten for speed find exactly what their plain forms find.

A pattern that opens with a character class lets the regex engine jump to
candidates; one behind a first-letter guard rejects most positions at once. Both
only pay off if they stay the same language: each rewritten pattern is checked
here against the plain form it replaced, on texts built from the characters that
matter to it.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extraction.daydates import _DAY, _DAY_OPENING, _day_patterns
from factcheck.extraction.furniture_lines import _picture_count
from factcheck.extraction.grammar import grammar
from factcheck.extraction.nouns import CountedNouns
from factcheck.extraction.patterns import (
    Cued,
    Preceding,
    _only_spaces,
    initials,
    initials_guard,
    letter_cues,
    phrase_trie,
)
from factcheck.extraction.relative_time import (
    holds_cue,
    relative_year_cues,
    relative_years,
    time_phrases,
)
from factcheck.extraction.sentences import BOUNDARY
from factcheck.extraction.timescope import any_period_pattern, may_name_year, period_spans_pattern
from factcheck.extraction.units import unit_words

PURE = settings(max_examples=300, deadline=None)
LANGS = ("en", "de", "nl", "zh")


def _texts(alphabet: str) -> st.SearchStrategy[str]:
    return st.text(alphabet=alphabet, max_size=40)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@PURE
@given(_texts(" \t\n.。！？!?；”」』\"')）ab1"))
def test_sentence_boundaries_as_plain_alternation(text: str) -> None:
    plain = re.compile(r"\n\s*|[。！？!?；]+[”」』\"')）]*\s*|\.+[”\"')]*(?=\s)\s*")
    assert _spans(BOUNDARY, text) == _spans(plain, text)


@PURE
@given(_texts("0123 ./,／共张页图\t"))
def test_picture_count_as_look_behind_first(text: str) -> None:
    fast = _picture_count()
    plain = re.compile(fast.pattern.replace(r"\d(?<![\d.,]\d)\d{0,2}", r"(?<![\d.,])\d{1,3}", 1))
    assert plain.pattern != fast.pattern
    assert _spans(fast, text) == _spans(plain, text)


@PURE
@given(_texts("0123456789 .stndrhMaiMärzjunea,x\t"))
def test_day_first_as_look_behind_first(text: str) -> None:
    fast = _day_patterns()[0][0]
    plain = re.compile(fast.pattern.replace(_DAY_OPENING, rf"(?<![\w.]){_DAY}", 1), fast.flags)
    assert plain.pattern != fast.pattern
    found = [(m.span(), m.groupdict()) for m in fast.finditer(text)]
    assert found == [(m.span(), m.groupdict()) for m in plain.finditer(text)]


@PURE
@given(st.sampled_from(LANGS), _texts("QqHh1234 firstquaterhlbjQuartlkwaeld第一季度上半年\n"))
def test_guarded_period_phrases_as_the_bare_trie(lang: str, text: str) -> None:
    guarded = any_period_pattern(lang)
    bare = re.compile(guarded.pattern.split(")", 1)[1], re.IGNORECASE)
    assert _spans(guarded, text) == _spans(bare, text)
    spans = period_spans_pattern(lang)
    plain = spans.pattern if isinstance(spans, Cued) else spans
    assert plain.pattern.startswith("(?=[")
    assert [m.span() for m in spans.finditer(text)] == _spans(plain, text)


@PURE
@given(st.sampled_from(LANGS), _texts("0123456789.,½ aonetwdrizhgvé一二十百万半两\n-"))
def test_numeral_start_guard_rejects_no_start(lang: str, text: str) -> None:
    start = grammar(lang).start
    bare = re.compile(start.pattern.split(")(?:", 1)[1][:-1], re.IGNORECASE)
    assert [start.match(text, i) is not None for i in range(len(text))] == [
        bare.match(text, i) is not None for i in range(len(text))
    ]


@PURE
@given(_texts("ab c.\n-_1é \t"), st.integers(0, 8), st.integers(0, 44))
def test_cued_finds_what_the_pattern_finds(text: str, pos: int, end: int) -> None:
    pattern = re.compile(r"(?=[abAB1])(?:a(?<![\w].)b*|b(?<![\w].)a|1(?<![\w].)\.?)", re.I)
    found = Cued(pattern, after=r"\W").finditer(text, pos, end)
    assert [m.span() for m in found] == [m.span() for m in pattern.finditer(text, pos, end)]
    lines = re.compile(r"^[ \t]*(?:\d\.?|a\d)", re.MULTILINE)
    found = Cued(lines, after=r"\n").finditer(text, pos, end)
    assert [m.span() for m in found] == [m.span() for m in lines.finditer(text, pos, end)]
    guarded = re.compile(r"(?=[1sS])(?<![a-z])(?:1\.?|sa+)", re.I)
    cued = Cued.guarded(guarded)
    assert isinstance(cued, Cued)
    found = cued.finditer(text + "ſa", pos, end)
    assert [m.span() for m in found] == [m.span() for m in guarded.finditer(text + "ſa", pos, end)]


@PURE
@given(
    st.lists(st.sampled_from(["people", "seats", "vehicles", "new", "1", ",", "(", " ", "\n"])),
    st.integers(0, 60),
    st.integers(0, 60),
)
def test_counted_nouns_found_where_asked_as_in_one_pass(
    parts: list[str], lo: int, span: int
) -> None:
    text = " ".join(parts)
    units = unit_words("en")
    nouns = CountedNouns(text, units)
    every = [m for m in units.counted_anywhere.finditer(text) if nouns.counts(m)]
    hi = min(len(text), lo + span)
    earlier = [m for m in every if m.start() < hi]  # the last one ending in [lo, hi)
    last = (
        earlier[-1] if earlier and earlier[-1].start() >= lo and earlier[-1].end() <= hi else None
    )
    later = [m for m in every if m.start() >= lo]  # the first one starting in [lo, hi)
    first = later[0] if later and later[0].end() <= hi else None
    before, _ = nouns.around(lo, hi, hi, hi)
    _, after = nouns.around(lo, lo, lo, hi)
    assert (before and before.span(), after and after.span()) == (
        last and last.span(),
        first and first.span(),
    )


def test_initials_cover_both_cases_and_first_words() -> None:
    assert set(initials(["quarter", " Halbjahr", "第一季度"])) >= set("qQhH第")
    pattern = re.compile(initials_guard(["first half"]) + phrase_trie(["first half"]), re.I)
    assert pattern.search("im FIRST half") is not None


def test_year_prefilter_needs_19_or_20() -> None:
    assert may_name_year("FY2024") and may_name_year("1999年")
    assert not may_name_year("Q3 sales rose 12%")


CUED_PHRASES = (
    (lambda lang: time_phrases("fiscal_quarters", lang).pattern,
     lambda lang: time_phrases("fiscal_quarters", lang).cues),
    (lambda lang: time_phrases("relative_quarters", lang).pattern,
     lambda lang: time_phrases("relative_quarters", lang).cues),
    (lambda lang: relative_years(lang)[0], relative_year_cues),
)  # fmt: skip


@PURE
@given(
    st.sampled_from(LANGS),
    st.sampled_from(CUED_PHRASES),
    _texts("FISCALfiscal QUARTERquarter Q1 lastyearJAHRheuer \u0130\u017f\u212a第一财季年度去\n"),
)
def test_letter_cues_in_every_text_the_phrases_match(lang: str, cued: tuple, text: str) -> None:
    pattern, cues = cued
    if pattern(lang).search(text):
        assert holds_cue(text.lower(), cues(lang))


def test_letter_cues_skip_letters_that_fold_to_others() -> None:
    assert letter_cues(["fiscal Q1", "first fiscal quarter"]) == ("cal",)
    assert letter_cues(["第一财季", "财年第一季度"]) == ("第一",)
    assert letter_cues(["heuer", "dieses jahr", "im vorjahr"]) == ("jahr", "heuer")
    assert letter_cues(["Q1", "H1"]) == ("q", "h")
    assert letter_cues([]) == ("",) and letter_cues(["Q1", "is", "ks"]) == ("",)


@PURE
@given(
    st.sampled_from(LANGS),
    _texts("about rund ca. ~≈ more than mehr als meer dan 约近多第 Up FROM \u00a0\t\n1"),
    st.integers(0, 30),
)
def test_preceding_shortcut_finds_what_the_match_finds(lang: str, text: str, back: int) -> None:
    g = grammar(lang)
    for before in (g.hedge_before, g.bound_before, g.change_before, g.origin_before):
        hi = len(text)
        found = before.search(text, max(0, hi - back), hi)
        lasts, before._lasts = before._lasts, None
        try:
            plain = before.search(text, max(0, hi - back), hi)
        finally:
            before._lasts = lasts
        assert (found and (found.start(), found.end(), found.group())) == (
            plain and (plain.start(), plain.end(), plain.group())
        )


def test_preceding_shortcut_only_behind_spaces() -> None:
    assert _only_spaces(r"[ \t\u00a0]*(?:\n[ \t\u00a0]*)?") and _only_spaces(r"[ \t]+")
    assert not _only_spaces(r"\S*") and not _only_spaces(r"[^x]*")
    assert Preceding(["rund"], between="[:]?")._lasts is None
    assert Preceding(["ca.", "≈", "rund"])._lasts == frozenset(".≈dD")
    assert Preceding(["environ 약"])._lasts is None
