"""Property tests: numbers written every way a news text writes them are read back.

The example tests pin what the extractor does on sentences someone thought of;
these generate the sentences. `numberwriting` writes a value in a language's
conventions (separators, scale words, spelled-out numbers), the value goes into
a plain sentence of that language, and the extractor must find exactly that one
claim with that value. Plus the contract every caller relies on, for any text:
no exception, offsets that slice to the claim's surface, and determinism.

Known extractor bugs are pinned as strict xfails with their minimal example
(`@example`), so the suite stays green while a bug is open and turns red the
day it is fixed, as a reminder to drop the mark.
"""

from __future__ import annotations

import math
from decimal import Decimal
from importlib import resources

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from numberwriting import (
    DIGIT_STYLES,
    LANGS,
    MAX_WORDS,
    digits,
    fullwidth,
    in_words,
    scale_words,
    value_of,
    with_scale,
)

from factcheck.extraction.digits import fold_width, parse_digits, parse_hanzi
from factcheck.extraction.scanner import extract_text
from factcheck.lexicon import load_table
from factcheck.models import Claim

# One neutral sentence per language: a reporting verb and a time adverb, no other
# number, no unit and nothing that could join the figure (no "to", "bis", "到").
SENTENCES: dict[str, str] = {
    "en": "The company reported {} last year.",
    "de": "Das Unternehmen meldete {} im Jahr.",
    "nl": "Het bedrijf meldde {} vorig jaar.",
    "zh": "该公司去年报告了{}。",
}

# Each extraction of a short sentence takes about half a millisecond; these
# budgets keep the whole file well under a minute on one core.
FAST = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PURE = settings(max_examples=300, deadline=None)


# --- strategies ---------------------------------------------------------------


def decimals(max_whole: int = 999_999_999_999, max_places: int = 3) -> st.SearchStrategy[Decimal]:
    """Non-negative decimals with at most `max_places` fraction digits.

    Small, medium and large whole parts are all likely (uniform draws up to 10^12
    would almost never give a three-digit number). At most 15 significant digits,
    so the float of the written string is exact to compare.
    """
    whole = st.one_of(
        st.integers(0, min(999, max_whole)),
        st.integers(0, min(999_999, max_whole)),
        st.integers(0, max_whole),
    )
    places = st.integers(0, max_places)

    def build(parts: tuple[int, int]) -> st.SearchStrategy[Decimal]:
        number, n = parts
        if n == 0:
            return st.just(Decimal(number))
        return st.integers(0, 10**n - 1).map(lambda f: Decimal(f"{number}.{f:0{n}d}"))

    return st.tuples(whole, places).flatmap(build)


def is_plain_year(written: str) -> bool:
    """A bare four-digit 1900..2099 is a year (time scope), not a quantity."""
    return written.isdigit() and len(written) == 4 and 1900 <= int(written) <= 2099


# --- checking one claim -------------------------------------------------------


def assert_offsets(text: str, claims: list[Claim]) -> None:
    """The contract of every claim: its offsets slice the input to its surface."""
    for claim in claims:
        assert 0 <= claim.start <= claim.end <= len(text), claim
        assert text[claim.start : claim.end] == claim.text, claim


def assert_single_claim(written: str, expected: float, lang: str) -> Claim:
    """`written` in the language's sentence gives one claim worth `expected`."""
    text = SENTENCES[lang].format(written)
    at = text.index(written)
    claims = extract_text(text, lang)
    assert len(claims) == 1, (text, [(c.text, c.value, c.unit) for c in claims])
    claim = claims[0]
    assert_offsets(text, claims)
    assert claim.start <= at and at + len(written) <= claim.end, (text, claim.text)
    assert claim.value is not None, (text, claim)
    assert math.isclose(claim.value, expected, rel_tol=1e-9), (text, claim.value, expected)
    return claim


# --- digits in a sentence -----------------------------------------------------

DIGIT_CASES = [pytest.param(lang, style, id=f"{lang}-{style}") for lang in LANGS
               for style in DIGIT_STYLES]  # fmt: skip


@pytest.mark.parametrize(("lang", "style"), DIGIT_CASES)
@FAST
@given(number=decimals())
def test_digits_in_a_sentence_are_one_claim(lang: str, style: str, number: Decimal) -> None:
    """12,345.5 / 12.345,5 / 12 345 / 12345: every separator convention of the language."""
    written = digits(number, lang, style)
    if is_plain_year(written):
        return  # a year, by design; see test_plain_years_are_time_not_claims
    assert_single_claim(written, value_of(number), lang)


@FAST
@given(number=decimals())
def test_full_width_digits_in_chinese(number: Decimal) -> None:
    """Chinese pages write "１２３４５．５"; width folding must keep the value and offsets."""
    written = fullwidth(digits(number, "zh", "plain"))
    if is_plain_year(fold_width(written)):
        return
    assert_single_claim(written, value_of(number), "zh")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("year", [1900, 1999, 2024, 2099])
def test_plain_years_are_time_not_claims(lang: str, year: int) -> None:
    """Why the digit properties skip 1900..2099: the extractor treats them as years."""
    assert extract_text(SENTENCES[lang].format(year), lang) == []


# --- digits with a scale word ---------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@FAST
@given(data=st.data())
def test_scale_words_multiply(lang: str, data: st.DataObject) -> None:
    """ "2.5 billion", "2,5 Milliarden", "2,5 miljard", "2.5亿": every scale word of the table."""
    word, _ = data.draw(st.sampled_from(scale_words(lang)), label="word")
    mantissa = data.draw(
        decimals(max_whole=999, max_places=2).filter(lambda d: d > 0), label="mantissa"
    )
    style = data.draw(st.sampled_from(("grouped", "plain")), label="style")
    written, expected = with_scale(mantissa, lang, word, style)
    assert_single_claim(written, expected, lang)


# --- numbers in words -----------------------------------------------------------

WORD_NUMBERS = st.one_of(st.integers(0, 99), st.integers(0, 9999), st.integers(0, MAX_WORDS))


GERMAN_NULL = (
    "lexicon bug: number_words.yaml lists German zero as a bare `null`, which YAML reads "
    "as None, so 'null' is no number word: 'Das Unternehmen meldete null im Jahr.' -> []"
)
SCALE_AFTER_SCALE = (
    "a smaller scale word after a larger one multiplies instead of adding: "
    "'twee miljoen duizend' -> 2e9 (want 2,001,000), 'zwei Millionen tausend' -> 2e9"
)
BARE_HUNDRED = (
    "a bare hundred after a thousand compound multiplies: 'tweeduizend honderd' -> 200,000 "
    "(want 2,100; Dutch spelling puts a space after duizend), 'zweitausend hundert' -> 200,000"
)


@pytest.mark.parametrize("lang", LANGS)
@FAST
@given(n=WORD_NUMBERS, variant=st.booleans())
# The minimal examples that once failed (German "null", a smaller scale word after a
# larger one, a bare hundred after a thousand compound):
@example(n=0, variant=False)  # de "null"
@example(n=2_001_000, variant=True)  # de "zwei Millionen tausend"
@example(n=2_001_000, variant=False)  # nl "twee miljoen duizend"
@example(n=2_100, variant=True)  # nl "tweeduizend honderd"
def test_numbers_in_words_are_one_claim(lang: str, n: int, variant: bool) -> None:
    """ "two hundred and six thousand ...", "zweihundertsechstausend...", "二十万六千..."."""
    assert_single_claim(in_words(n, lang, variant=variant), float(n), lang)


# The bugs the word properties found, one sentence each, as regression tests:
# GERMAN_NULL, SCALE_AFTER_SCALE and BARE_HUNDRED describe them.
KNOWN_BUGS = [
    pytest.param("de", "null", 0.0, id="de-null"),
    pytest.param("nl", "twee miljoen duizend", 2_001_000.0, id="nl-miljoen-duizend"),
    pytest.param("de", "zwei Millionen tausend", 2_001_000.0, id="de-Millionen-tausend"),
    pytest.param("nl", "tweeduizend honderd", 2_100.0, id="nl-duizend-honderd"),
    pytest.param("de", "zweitausend hundert", 2_100.0, id="de-tausend-hundert"),
]


@pytest.mark.parametrize(("lang", "written", "expected"), KNOWN_BUGS)
def test_known_bug_examples(lang: str, written: str, expected: float) -> None:
    """The minimal examples the word properties found, as plain regression tests."""
    assert_single_claim(written, expected, lang)


def _non_string_words(node: object, path: str) -> list[str]:
    """Entries of word lists that YAML did not read as strings (null, no, on, 1.5 ...)."""
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _non_string_words(value, f"{path}.{key}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            if item is None or isinstance(item, bool):
                found.append(f"{path}[{index}] = {item!r}")
            else:
                found += _non_string_words(item, f"{path}[{index}]")
    return found


def test_lexicon_word_lists_hold_no_yaml_keywords() -> None:
    """The root cause of the German "null" bug, for every table: a word must be quoted
    when YAML would read it as null or a boolean."""
    names = [
        f.name.removesuffix(".yaml")
        for f in resources.files("factcheck.lexicon").iterdir()
        if f.name.endswith(".yaml")
    ]
    found = [w for name in sorted(names) for w in _non_string_words(load_table(name), name)]
    assert found == []


# --- several sentences ------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@FAST
@given(
    numbers=st.lists(decimals(max_places=2), min_size=2, max_size=6),
    style=st.sampled_from(("grouped", "plain")),
)
def test_one_claim_per_sentence_in_order(lang: str, numbers: list[Decimal], style: str) -> None:
    """An article is many such sentences: neighbours must neither merge nor swallow a figure."""
    written = [digits(n, lang, style) for n in numbers]
    if any(is_plain_year(w) for w in written):
        return
    joiner = "" if lang == "zh" else " "
    text = joiner.join(SENTENCES[lang].format(w) for w in written)
    claims = extract_text(text, lang)
    assert_offsets(text, claims)
    assert [c.value for c in claims] == [value_of(n) for n in numbers], text
    assert len({c.sentence for c in claims}) == len(numbers), "one sentence per figure"


# --- pure functions: round trips -----------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@PURE
@given(number=decimals(), style=st.sampled_from(DIGIT_STYLES))
def test_parse_digits_round_trip(lang: str, number: Decimal, style: str) -> None:
    """parse_digits reads back what digits() writes, using every character."""
    written = digits(number, lang, style)
    assert parse_digits(written, lang) == (value_of(number), len(written))


@pytest.mark.parametrize("lang", LANGS)
@PURE
@given(
    whole=st.integers(1_000, 999_999_999_999),
    fraction=st.integers(0, 99),
    places=st.sampled_from([1, 2]),
    mark=st.sampled_from(".,"),
)
def test_a_group_mark_written_for_the_decimal_mark_ends_the_groups(
    lang: str, whole: int, fraction: int, places: int, mark: str
) -> None:
    """ "1.411.75 miljard" (NRC, for 1,411.75): groups of three, then one of one or two
    digits after the same mark, end in a decimal, in every language."""
    fraction %= 10**places
    written = f"{whole:,}".replace(",", mark) + f"{mark}{fraction:0{places}d}"
    expected = float(f"{whole}.{fraction:0{places}d}")
    assert parse_digits(written, lang) == (expected, len(written))


@PURE
@given(n=st.integers(0, MAX_WORDS), liang=st.booleans())
def test_parse_hanzi_round_trip(n: int, liang: bool) -> None:
    """parse_hanzi reads every Chinese numeral in_words() writes, 零 gaps and 两 included."""
    assert parse_hanzi(in_words(n, "zh", variant=liang)) == n


@PURE
@given(text=st.text())
def test_fold_width_keeps_length(text: str) -> None:
    """Offsets into the folded text are offsets into the original: one char for one."""
    folded = fold_width(text)
    assert len(folded) == len(text)
    assert all(a == b or ord(a) < 128 for a, b in zip(folded, text, strict=True))


@PURE
@given(text=st.text(alphabet=st.sampled_from("１２，３.．％－−’ａＺ x，4")))
def test_fold_width_is_the_translation_table(text: str) -> None:
    """Folding replaces only the characters present; the result is the table's."""
    import re

    from factcheck.extraction.digits import WIDTH_FOLD

    grouped = re.sub(r"(?<=[０-９])，(?=[０-９]{3}(?![０-９]))", ",", text)
    assert fold_width(text) == grouped.translate(WIDTH_FOLD)


# --- any text: no crash, offsets, determinism -----------------------------------


def _strings(node: object, lang: str) -> list[str]:
    """Every phrase of one language (and every symbol) anywhere in a lexicon table."""
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key in (lang, "symbols", "prefix") and isinstance(value, list):
                found += [str(v) for v in value if isinstance(v, str | int | float)]
            else:
                found += _strings(value, lang)
    elif isinstance(node, list):
        for item in node:
            found += _strings(item, lang)
    return found


def lexicon_tokens(lang: str) -> list[str]:
    """The words the grammar reacts to, harvested from every table, so the fuzzer
    spends its budget near numbers rather than on random letters."""
    names = [
        f.name.removesuffix(".yaml")
        for f in resources.files("factcheck.lexicon").iterdir()
        if f.name.endswith(".yaml")
    ]
    tokens = {t for name in sorted(names) for t in _strings(load_table(name), lang)}
    return sorted(tokens)


SEPARATORS = [" ", " ", " ", "\u00a0", "\u2009", "\u202f", ".", ",", "-", "/", "\n", "\n\n",
              "'", "%", "(", ")", ":", "。", "，", "、"]  # fmt: skip


def near_numbers(lang: str) -> st.SearchStrategy[str]:
    """Token soup: lexicon words, digit runs, separators and a little noise."""
    token = st.one_of(
        st.sampled_from(lexicon_tokens(lang)),
        st.sampled_from(SEPARATORS),
        st.from_regex(r"[0-9０-９]{1,7}", fullmatch=True),
        st.text(max_size=3),
    )
    return st.lists(token, max_size=40).map("".join)


@pytest.mark.parametrize("lang", LANGS)
@FUZZ
@given(data=st.data())
def test_any_text_is_safe_and_deterministic(lang: str, data: st.DataObject) -> None:
    """Whatever the input: no exception, honest offsets, the same answer twice."""
    text = data.draw(st.one_of(st.text(), near_numbers(lang)), label="text")
    first = extract_text(text, lang)
    assert_offsets(text, first)
    assert first == extract_text(text, lang)
    starts = [c.start for c in first]
    assert starts == sorted(starts), "claims come in text order"


# --- the phrase trie matches what the plain alternation matches -------------------

PHRASE_ALPHABET = "abAB .-'1é万两"


@PURE
@given(
    phrases=st.lists(st.text(PHRASE_ALPHABET, min_size=1, max_size=6), min_size=1, max_size=12),
    text=st.text(PHRASE_ALPHABET + "xyz\t", max_size=30),
    word_edges=st.booleans(),
    left_edge=st.booleans(),
    ignore_case=st.booleans(),
)
def test_phrase_trie_matches_like_the_alternation(
    phrases: list[str], text: str, word_edges: bool, left_edge: bool, ignore_case: bool
) -> None:
    """The trie is only faster: at every offset it matches the same span."""
    import re

    from factcheck.extraction.patterns import alternation, phrase_trie

    phrases = [p for p in phrases if p.strip() == p]  # table phrases are trimmed
    flags = re.IGNORECASE if ignore_case else 0
    plain = re.compile(alternation(phrases, word_edges=word_edges, left_edge=left_edge), flags)
    trie = re.compile(
        phrase_trie(phrases, word_edges=word_edges, left_edge=left_edge, ignore_case=ignore_case),
        flags,
    )
    for offset in range(len(text) + 1):
        a, b = plain.match(text, offset), trie.match(text, offset)
        assert (a and a.span()) == (b and b.span()), (offset, text)
