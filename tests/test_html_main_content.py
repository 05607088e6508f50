"""HTML main content: trafilatura decides which lines of factcheck's own visible text
are the story; the rest becomes page furniture, and every offset still points into
the file (factcheck/load/maincontent.py, benchmarks/html_text.py)."""

from __future__ import annotations

import csv
import html
import inspect
import json
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.extraction import scanner
from factcheck.extraction.furniture import SpanSet
from factcheck.extraction.scanner import extract_text
from factcheck.load.documents import document_from_bytes
from factcheck.load.htmltext import html_to_text, map_offset
from factcheck.load.maincontent import MainText, html_main_text, main_content, non_main_spans
from factcheck.load.pubdate import find_html_date
from factcheck.models import Claim, Document

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "html"

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Acme results</title>
<meta property="article:published_time" content="2024-03-05T08:00:00Z"></head>
<body>
<div class="top-stories"><ul>
<li><a href="/a">Top 10 gadgets of 2023</a></li>
<li><a href="/b">Rival cuts 4,000 jobs</a></li>
</ul></div>
<article>
<h1>Acme revenue rises</h1>
<p>Acme said on Tuesday that its revenue rose 12 percent to &euro;5.2 billion in the first
quarter, helped by strong demand for its cloud services in Europe and Asia.</p>
<p>The company now employs about 48,000 people, up from 45,500 a year earlier, and expects
to hire another 2,000 engineers before the end of the year, its chief executive said.</p>
<p>Analysts had expected revenue of 5 billion euros. Shares rose 3.5 percent in early
trading in Frankfurt, valuing the group at more than 60 billion euros.</p>
</article>
<div class="more"><h3>More from Acme</h3>
<p><a href="/c">Acme bought 3 start-ups for 900 million dollars</a></p>
<p><a href="/d">7 things to know about cloud prices</a></p>
</div>
</body></html>
"""
BODY = [
    "12 percent",
    "€5.2 billion",
    "about 48,000 people",
    "45,500",
    "2,000",
    "5 billion euros",
    "3.5 percent",
    "more than 60 billion euros",
]
FURNITURE = ["Top 10", "4,000 jobs", "3", "900 million dollars", "7"]  # "Top 10": a rank at most


def claims_of(document: Document) -> list[Claim]:
    """The document's claims, those in its furniture spans marked as boilerplate (what
    extraction does once it honours `Document.furniture_spans`; idempotent after)."""
    furniture = SpanSet(list(document.furniture_spans))
    return [
        c.model_copy(update={"boilerplate": True}) if furniture.covers(c.start) else c
        for c in scanner.extract_document(document)
    ]


def html_document(page: str) -> Document:
    return document_from_bytes(page.encode("utf-8"), ".html", "page.html", "en")


def test_a_related_links_block_with_numbers_becomes_furniture() -> None:
    claims = claims_of(html_document(PAGE))
    assert [c.text for c in claims if not c.boilerplate] == BODY
    assert [c.text for c in claims if c.boilerplate] == FURNITURE


def test_furniture_spans_are_whole_lines_of_the_own_text() -> None:
    text, _, spans = html_main_text(PAGE)
    assert text == html_to_text(PAGE)[0]  # nothing removed: the own text, unchanged
    assert [text[a:b] for a, b in spans] == [
        "Top 10 gadgets of 2023\n\nRival cuts 4,000 jobs",
        "More from Acme\n\nAcme bought 3 start-ups for 900 million dollars\n\n"
        "7 things to know about cloud prices",
    ]
    assert html_document(PAGE).furniture_spans == spans


def test_body_claims_keep_exact_file_offsets() -> None:
    document = html_document(PAGE)
    for claim in claims_of(document):
        start = map_offset(document.source_map, claim.start)
        end = map_offset(document.source_map, claim.end - 1) + 1
        written = PAGE[start:end]
        assert html.unescape(written) == claim.text
        if "&" not in written:
            assert written == claim.text


def test_a_page_trafilatura_finds_nothing_in_reads_as_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fragment = "<p>Acme said revenue rose 12 percent, the most in 10 years.</p>"
    assert main_content(fragment) == MainText([], [])
    document = html_document(fragment)
    assert document.furniture_spans == ()
    assert document.text == html_to_text(fragment)[0]
    assert [c.text for c in claims_of(document)] == ["12 percent", "10 years"]

    import trafilatura

    monkeypatch.setattr(trafilatura, "extract", lambda *args, **kwargs: None)
    document = html_document(PAGE)
    assert document.furniture_spans == ()
    assert (document.text, document.source_map) == html_to_text(PAGE)
    assert "4,000 jobs" in [c.text for c in claims_of(document) if not c.boilerplate]


def test_trafilatura_failing_costs_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    def broken(*args: object, **kwargs: object) -> str:
        raise RuntimeError("boom")

    monkeypatch.setattr(trafilatura, "extract", broken)
    assert html_document(PAGE).furniture_spans == ()


def test_main_text_not_found_in_the_own_text_gives_no_spans() -> None:
    text, _ = html_to_text(PAGE)
    elsewhere = MainText(["A story about something else entirely, found nowhere here."], [])
    assert non_main_spans(PAGE, text, elsewhere) == ()


def test_a_caption_that_repeats_the_alt_text_is_main_content() -> None:
    caption = "Acme's new data center in Frankfurt cost 1.2 billion euros to build."
    page = PAGE.replace(
        "<h1>Acme revenue rises</h1>",
        f'<h1>Acme revenue rises</h1>\n<img src="/dc.jpg" alt="{caption} Photo: Acme">'
        f'\n<div class="caption"><p>{caption}</p><span>Photo: Acme</span></div>',
    )
    claims = claims_of(html_document(page))
    assert "1.2 billion euros" in [c.text for c in claims if not c.boilerplate]


def test_a_paragraph_the_two_parsers_read_differently_is_found_fuzzily() -> None:
    """trafilatura drops an inline button that the own text keeps: the paragraph is
    not found verbatim, but aligned, and stays main content."""
    page = PAGE.replace("rose 12 percent to", "rose 12 percent <button>Share this</button> to")
    paragraph = next(p for p in main_content(page).paragraphs if "12 percent" in p)
    assert "Share this" not in paragraph
    claims = claims_of(html_document(page))
    assert [c.text for c in claims if not c.boilerplate] == BODY


def test_the_story_header_is_read_the_site_header_is_not() -> None:
    """A <header> inside <article> holds the headline and standfirst (figures of the
    story); the page's own <header> is its banner."""
    standfirst = "The group will hire 2,500 engineers in Berlin over the next two years."
    page = PAGE.replace(
        "<h1>Acme revenue rises</h1>",
        f"<header><h1>Acme revenue rises</h1><p>{standfirst}</p></header>",
    ).replace("<body>", "<body><header>Subscribe: 30 days free</header>")
    text, _ = html_to_text(page)
    assert standfirst in text
    assert "30 days" not in text
    claims = claims_of(html_document(page))
    assert "2,500" in [c.text for c in claims if not c.boilerplate]


def test_the_markup_date_wins_and_nothing_is_fetched(monkeypatch: pytest.MonkeyPatch) -> None:
    import htmldate.utils

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("htmldate tried to fetch a URL")

    monkeypatch.setattr(htmldate.utils, "fetch_url", no_network)
    assert html_document(PAGE).date == "2024-03-05"
    assert find_html_date("https://example.com/2024/03/05/story.html") is None
    assert find_html_date("") is None


def test_trafilatura_and_htmldate_are_imported_only_for_html() -> None:
    code = (
        "import sys, factcheck.cli, factcheck.load.documents;"
        "print(sorted(m for m in ('trafilatura', 'htmldate') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.skipif(
    "furniture_spans" not in inspect.getsource(scanner.extract_document),
    reason="extraction does not honour Document.furniture_spans yet",
)
def test_extraction_marks_claims_in_furniture_spans_as_boilerplate() -> None:
    claims = scanner.extract_document(html_document(PAGE))
    assert [c.text for c in claims if c.boilerplate] == FURNITURE


def corpus_page(name: str) -> tuple[str, Document, list[dict[str, object]], str]:
    with (CORPUS / "manifest.csv").open(encoding="utf-8") as handle:
        entry = next(e for e in csv.DictReader(handle) if e["path"] == f"{name}.html")
    data = (CORPUS / f"{name}.html").read_bytes()
    document = document_from_bytes(data, ".html", name, entry["lang"])
    gold = [
        json.loads(line) for line in (CORPUS / f"{name}.gold.jsonl").read_text("utf-8").splitlines()
    ]
    return document.source, document, gold, entry["date"]


def test_corpus_page_body_recall_and_noise_floors() -> None:
    """de-wiwo-linde: a caption in the body, a 0-100 % ticker of 101 numbers in a
    sidebar. Today's own text alone finds the 6 body claims with 100+ noise claims."""
    raw, document, gold, date = corpus_page("de-wiwo-linde")
    assert date == document.date
    found = []
    for claim in claims_of(document):
        if claim.boilerplate:
            continue
        start = map_offset(document.source_map, claim.start)
        end = map_offset(document.source_map, claim.end - 1) + 1
        found.append((start, end))
    body = [g for g in gold if g["kind"] == "claim"]
    hit = [g for g in body if any(s < g["end"] and g["start"] < e for s, e in found)]
    noise = [(s, e) for s, e in found if not any(s < g["end"] and g["start"] < e for g in gold)]
    assert len(hit) == len(body) == 6
    assert len(noise) <= 4, [raw[s:e] for s, e in noise]
    # the same claims without the spans: the ticker is still there
    assert len(extract_text(document.text, "de")) > 100
