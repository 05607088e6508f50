"""Issue 6, point 6: hostile input costs about what ordinary input of the same size costs.

Each test times a hostile input (tests/hostile.py: endless digit runs, scale words,
number words, connectors, hedges, nested brackets, combining marks, bidi controls,
full-width text) against ordinary text of the same size and bounds the RATIO, never
the seconds, so a slow or busy machine does not fail it. A super-linear path shows
as a ratio in the hundreds at these sizes (the ones fixed here were 100-350x at 20,000
characters); a linear one stays within a few times.

The ordinary text is number-dense prose: the sentences of the peer cases (other
extractors' test suites, a claim every 20-40 characters). Hostile inputs are made of
numbers, so against news prose with a claim every 300 characters they would cost more
for their claims alone, not for any pathology. `python -m benchmarks hostile` measures
the same at 1 MB against both kinds of ordinary text.

Timing: the minimum of up to nine runs of each side (a run is retried only while the
ratio is over the bound), which filters out a run slowed by another process.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile import HOSTILE, number_dense, ordinary

from factcheck.extraction.scanner import extract_text
from factcheck.knowledge import Knowledge
from factcheck.load.htmltext import html_to_text, map_offset
from factcheck.load.markdown import mask_markdown
from factcheck.models import Document
from factcheck.runs.reporting import report_documents

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("en", "de", "nl", "zh")
SIZE = 16_000
BOUND = 10.0
PER_CLAIM_BOUND = 3.0  # measured 0.3-0.7
RUNS = 9


def seconds(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def ratio(hostile: Callable[[], object], baseline: Callable[[], object]) -> float:
    """min time of `hostile` / min time of `baseline`, over up to RUNS alternating runs."""
    hostile_best = baseline_best = float("inf")
    for _ in range(RUNS):
        baseline_best = min(baseline_best, seconds(baseline))
        hostile_best = min(hostile_best, seconds(hostile))
        if hostile_best <= BOUND * baseline_best:
            break
    return hostile_best / baseline_best


@pytest.fixture(scope="module", autouse=True)
def warm() -> None:
    """Compile every grammar before anything is timed."""
    for lang in LANGS:
        extract_text("about 5 million GPUs in 2024", lang)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_extraction_of_hostile_text_is_linear(kind: str, lang: str) -> None:
    hostile, plain = HOSTILE[kind](lang, SIZE), number_dense(lang, SIZE)
    assert len(hostile) == len(plain) == SIZE
    measured = ratio(lambda: extract_text(hostile, lang), lambda: extract_text(plain, lang))
    assert measured <= BOUND, f"{kind} ({lang}): {measured:.1f}x ordinary text"


ORDINARY_HTML = (
    '<div class="story"><p>Microsoft bought <b>485,000</b> Nvidia GPUs in 2024, '
    'according to <a href="https://example.com/a?id=1">analysts</a> &amp; filings.</p>'
    "<p>The company spent about &euro;30&nbsp;billion on them.</p></div>\n"
)
HOSTILE_HTML: dict[str, Callable[[int], str]] = {
    "nested elements": lambda n: "<div>" * (n // 5),
    "nested furniture": lambda n: ("<nav><div>" * (n // 10))[:n],
    "unclosed tags": lambda n: ("<a " * n)[:n],
    "bare ampersands": lambda n: "&" * n,
    "huge character references": lambda n: ("&#99999999999;" * n)[:n],
    "unclosed comments": lambda n: ("<!--" * n)[:n],
    "unclosed script": lambda n: ("<script>" + "x < 5 " * n)[:n],
    "endless attributes": lambda n: ("<p " + 'a="1" ' * n)[:n],
    "lone angle brackets": lambda n: "<" * n,
}


@pytest.mark.parametrize("kind", sorted(HOSTILE_HTML))
def test_html_to_text_of_hostile_markup_is_linear(kind: str) -> None:
    size = 100_000
    hostile = HOSTILE_HTML[kind](size)
    plain = (ORDINARY_HTML * (size // len(ORDINARY_HTML) + 1))[:size]
    measured = ratio(lambda: html_to_text(hostile), lambda: html_to_text(plain))
    assert measured <= BOUND, f"{kind}: {measured:.1f}x ordinary HTML"


HOSTILE_MARKDOWN: dict[str, Callable[[int], str]] = {
    "open brackets": lambda n: "[" * n,
    "open links": lambda n: ("[a](" * n)[:n],
    "backtick runs": lambda n: ("`a``b" * n)[:n],
    "nested links": lambda n: "[[" * (n // 4) + "]]" * (n // 4),
    "unclosed fences": lambda n: ("```\n" * n)[:n],
    "table rows": lambda n: ("| 1 | 2 |\n|---|---|\n" * n)[:n],
    "unclosed tags": lambda n: ("<a " * n)[:n],
    "unclosed scripts": lambda n: ("<script>" * n)[:n],
    "bare urls": lambda n: ("http://" * n)[:n],
    "list markers": lambda n: (("1. " * 50 + "\n") * n)[:n],
}


@pytest.mark.parametrize("kind", sorted(HOSTILE_MARKDOWN))
def test_markdown_masking_of_hostile_syntax_is_linear(kind: str) -> None:
    size = 100_000
    hostile = HOSTILE_MARKDOWN[kind](size)
    article = (ROOT / "seeds" / "003_9f6b652eb6ae4b4e.txt").read_text(encoding="utf-8")
    plain = (article * (size // len(article) + 1))[:size]
    measured = ratio(lambda: mask_markdown(hostile), lambda: mask_markdown(plain))
    assert measured <= BOUND, f"{kind}: {measured:.1f}x ordinary Markdown"


REPORTED = ("connector runs", "full-width digits", "digits and separators", "combining marks")


@pytest.mark.parametrize("kind", REPORTED)
def test_the_report_of_hostile_text_is_linear(kind: str) -> None:
    """Subjects, attributes and topics look at each claim's sentence: a hostile line
    without sentence ends must not make that quadratic."""
    knowledge = Knowledge.from_dirs()
    size = 10_000

    def report(text: str) -> Callable[[], object]:
        document = Document(path="a.txt", lang="en", text=text)
        return lambda: report_documents([(document, extract_text(text, "en"))], knowledge)

    hostile, plain = HOSTILE[kind]("en", size), number_dense("en", size)
    measured = ratio(report(hostile), report(plain))
    assert measured <= BOUND, f"{kind}: {measured:.1f}x ordinary text"


def test_the_ordinary_yardstick_is_itself_ordinary() -> None:
    """Per claim found, the number-dense text costs at most a few times what news prose
    costs, so the bound above is not measured against something unusually slow. Per
    claim, not per character: the Chinese peer cases hold 18 times the claims of the
    same length of news (1,719 against 96), and their 9-11x per character swung
    around the bound from run to run while each claim cost about half a news claim's."""
    for lang in LANGS:
        news, dense = ordinary(lang, SIZE), number_dense(lang, SIZE)
        density = len(extract_text(dense, lang)) / len(extract_text(news, lang))
        measured = ratio(lambda: extract_text(dense, lang), lambda: extract_text(news, lang))  # noqa: B023
        per_claim = measured / density
        assert per_claim <= PER_CLAIM_BOUND, f"{lang}: a dense claim costs {per_claim:.1f}x"


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("<p>R&D & more && less &</p>", "R&D & more && less &\n"),
        ("<p>AT&T: 5 &amp; 6 & &euro;30</p>", "AT&T: 5 & 6 & €30\n"),
        ("&" * 50, "&" * 50),
    ],
)
def test_bare_ampersands_are_read_back_as_written(page: str, expected: str) -> None:
    """A bare "&" is fed to the parser as a space (one piece of text for a run of them,
    not one call each) and read back from the page: the text keeps it, at its offset."""
    text, source_map = html_to_text(page)
    assert text == expected
    for index, char in enumerate(text):
        if char == "&":
            assert page[map_offset(source_map, index)] == "&"
