"""A coverage-guided fuzz harness (atheris / libFuzzer) for everything that reads input.

One input is raw file bytes. They go through what `factcheck extract` does to a
file: decoding, then HTML or Markdown or plain text (the first byte picks), then
extraction in the language the second byte picks. The harness checks what must
hold for any input: only `InputError` may escape decoding, claims point at their
own text, values are finite and the same input gives the same claims twice.

    python tests/fuzz/fuzz_factcheck.py -runs=100000 -max_len=4096   # a long run
    python tests/fuzz/fuzz_factcheck.py corpus/ -max_total_time=600  # keep a corpus

`tests/test_fuzz.py` runs a bounded number of inputs in the normal test suite.
"""

from __future__ import annotations

import math
import sys

import atheris

with atheris.instrument_imports(include=["factcheck"]):
    from factcheck.errors import InputError
    from factcheck.extraction.scanner import extract_text
    from factcheck.extraction.sentences import MAX_SENTENCE, sentence_spans
    from factcheck.load.decode import decode_bytes
    from factcheck.load.htmltext import html_to_text, map_offset
    from factcheck.load.markdown import mask_markdown

LANGS = ("en", "de", "nl", "zh")


def check_html(source: str) -> str:
    text, source_map = html_to_text(source)
    for index in range(len(text)):
        assert 0 <= map_offset(source_map, index) < max(len(source), 1)
    return text


def check_markdown(source: str) -> str:
    text = mask_markdown(source)
    assert len(text) == len(source)
    assert [i for i, c in enumerate(text) if c == "\n"] == [
        i for i, c in enumerate(source) if c == "\n"
    ]
    return text


def check_claims(text: str, lang: str) -> None:
    claims = extract_text(text, lang)
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text, claim
        for value in (claim.value, claim.low, claim.high):
            assert value is None or math.isfinite(value), claim
        assert claim.sentence[0] <= claim.start < claim.end <= claim.sentence[1], claim
    assert extract_text(text, lang) == claims, "the same input gives the same claims"
    for start, end in sentence_spans(text, lang):
        assert 0 <= start < end <= len(text) and end - start <= MAX_SENTENCE


def test_one_input(data: bytes) -> None:
    if len(data) < 2:
        return
    kind, lang, body = data[0] % 3, LANGS[data[1] % 4], data[2:]
    try:
        source, _ = decode_bytes(body, "fuzz")
    except InputError:
        return
    text = source
    if kind == 1:
        text = check_html(source)
    elif kind == 2:
        text = check_markdown(source)
    check_claims(text, lang)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
