"""Issue 6, point 6: fuzzing with a bounded number of examples in every test run.

Hypothesis draws raw bytes, markup soup and hostile token soup and checks what
must hold for any input; the coverage-guided atheris harness in tests/fuzz/ runs
a few hundred inputs from a corpus of seeds and hostile texts (skipped where
atheris is not installed: it ships wheels for Linux x86-64 only). Longer runs:
`python tests/fuzz/fuzz_factcheck.py -max_total_time=600`.
"""

from __future__ import annotations

import math
import re
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import pytest
from hostile import BIDI, CONNECTORS, HEDGES, HOSTILE, NUMBER_WORDS, SCALE_WORDS, SEPARATORS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.errors import InputError
from factcheck.extraction.scanner import extract_document, extract_text
from factcheck.extraction.sentences import MAX_SENTENCE, sentence_spans
from factcheck.load import read_document
from factcheck.load.decode import decode_bytes
from factcheck.load.htmltext import html_to_text, map_offset
from factcheck.models import Claim

ROOT = Path(__file__).resolve().parents[1]
HARNESS = ROOT / "tests" / "fuzz" / "fuzz_factcheck.py"
LANGS = ("en", "de", "nl", "zh")
FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)


def assert_sound(claims: list[Claim], text: str) -> None:
    """What holds for every claim of every text."""
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
        assert claim.sentence[0] <= claim.start < claim.end <= claim.sentence[1]
        for value in (claim.value, claim.low, claim.high):
            assert value is None or math.isfinite(value)


# --------------------------------------------------------------------------- bytes


@FUZZ
@given(data=st.binary(max_size=600))
def test_any_bytes_decode_to_text_or_a_reason(data: bytes) -> None:
    try:
        text, encoding = decode_bytes(data, "fuzz.txt")
    except InputError as exc:
        assert exc.path == "fuzz.txt" and exc.reason.startswith("cannot decode: ")
        return
    assert "\x00" not in text and encoding


@FUZZ
@given(
    data=st.one_of(
        st.binary(max_size=400),
        st.text(max_size=300).map(lambda t: t.encode("utf-8")),
        st.text(max_size=300).map(lambda t: t.encode("utf-16")),
        st.text(alphabet="0123456789.,€ äöüéëß漢字万亿\x00<>&;", max_size=200).map(
            lambda t: t.encode("utf-8", "replace")
        ),
    ),
    suffix=st.sampled_from([".txt", ".html", ".md"]),
)
def test_any_file_is_read_or_skipped_never_crashes(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / f"input{suffix}"
    path.write_bytes(data)
    try:
        document = read_document(path, path.name)
    except InputError:
        return
    assert_sound(extract_document(document), document.text)


# --------------------------------------------------------------------------- markup

TAGS = ["<p>", "</p>", "<nav>", "</nav>", "<div role=navigation>", "</div>", "<script>"]
TAGS += ["</script>", "<br>", "<!--", "-->", "<", ">", "&amp;", "&#8364;", "&", "&#x", ";"]
TAGS += ["<b>", "</b>", '<a href="5">', "</a>", "<menu>", "<div hidden>", "<![CDATA[", "]]>"]


@FUZZ
@given(parts=st.lists(st.one_of(st.sampled_from(TAGS), st.text(max_size=8)), max_size=40))
def test_html_text_always_maps_back_into_the_page(parts: list[str]) -> None:
    source = "".join(parts)
    text, source_map = html_to_text(source)
    for index, char in enumerate(text):
        at = map_offset(source_map, index)
        assert 0 <= at < len(source)
        if char not in "\n" and source[at] != "&":
            assert source[at] == char


# --------------------------------------------------------------------------- hostile soup


def hostile_tokens(lang: str) -> st.SearchStrategy[str]:
    marks = st.text(alphabet=[chr(c) for c in range(0x0300, 0x0370)], min_size=1, max_size=4)
    full_width = st.text(alphabet=[chr(c) for c in range(0xFF01, 0xFF5F)], max_size=4)
    return st.one_of(
        st.sampled_from(SCALE_WORDS[lang] + NUMBER_WORDS[lang] + CONNECTORS[lang] + HEDGES[lang]),
        st.sampled_from(SEPARATORS + BIDI + ["(", ")", "[", "]", " ", "\n", "。"]),
        st.from_regex(r"[0-9０-９]{1,30}", fullmatch=True),
        marks,
        full_width,
    )


@pytest.mark.parametrize("lang", LANGS)
@FUZZ
@given(data=st.data())
def test_hostile_soup_gives_sound_claims_and_short_sentences(
    lang: str, data: st.DataObject
) -> None:
    text = "".join(data.draw(st.lists(hostile_tokens(lang), max_size=80), label="tokens"))
    claims = extract_text(text, lang)
    assert_sound(claims, text)
    assert claims == extract_text(text, lang)
    spans = sentence_spans(text, lang)
    assert all(end - start <= MAX_SENTENCE for start, end in spans)
    assert spans == sorted(spans) and all(a[1] <= b[0] for a, b in pairwise(spans))


@FUZZ
@given(length=st.integers(MAX_SENTENCE + 1, 5 * MAX_SENTENCE), spaced=st.booleans())
def test_a_long_line_is_cut_into_sentences_that_cover_it(length: int, spaced: bool) -> None:
    unit = "Microsoft bought 5 GPUs, " if spaced else "微软购买了5块GPU"
    text = (unit * length)[:length]
    spans = sentence_spans(text, "en")
    assert all(end - start <= MAX_SENTENCE for start, end in spans)
    covered = "".join(text[start:end] for start, end in spans)
    assert covered.replace(" ", "") == text.replace(" ", "")


# --------------------------------------------------------------------------- atheris


def test_a_bounded_atheris_run_finds_nothing(tmp_path: Path) -> None:
    pytest.importorskip("atheris")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number, seed in enumerate(sorted((ROOT / "seeds").glob("*.txt"))):
        for kind in range(3):  # plain text, HTML, Markdown
            body = seed.read_bytes()[:600]
            (corpus / f"seed-{number}-{kind}").write_bytes(bytes([kind, number % 4]) + body)
    for number, make in enumerate(HOSTILE.values()):
        for code, lang in enumerate(LANGS):
            (corpus / f"hostile-{number}-{lang}").write_bytes(
                bytes([0, code]) + make(lang, 200).encode("utf-8")
            )
    result = subprocess.run(
        [sys.executable, str(HARNESS), str(corpus), "-runs=400", "-seed=1", "-max_len=1024"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    done = re.search(r"Done (\d+) runs", result.stderr)  # the seed inputs may add a few
    assert done is not None and int(done.group(1)) >= 400, result.stderr[-3000:]
    assert "ERROR:" not in result.stderr
