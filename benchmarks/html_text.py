"""HTML input: factcheck's own visible text against trafilatura's main content.

For each page of `corpus/html/` (manifest.csv, with hand-annotated `X.gold.jsonl`
numbers of the article body at file offsets) and each method, factcheck's extraction
runs on the method's text and the claims are mapped back to file offsets:

- `own`: `html_to_text` as today, every line read;
- `trafilatura`: the same own text and source map, with the lines trafilatura does
  not keep as main content marked as furniture (`factcheck.load.maincontent`): their
  claims become boilerplate, offsets unchanged; `-precision`, `-no-images` and `-fast`
  are the same with `favor_precision=True`, without image alt texts (captions), and
  without trafilatura's second opinion (`fast=True`).

Reported per page: body claims found (a gold `kind: claim` span overlapped by a found,
non-boilerplate claim) / gold claims; noise (found claims overlapping no gold span);
claims whose file span does not read back as the claim's text; non-space characters
of text kept (not furniture); milliseconds per page (text + extraction, median of
--repeat runs after a warm-up). Publication dates: today's `find_publication_date` on
the visible text, htmldate (`find_date`, plain and `extensive_search`) and trafilatura's
metadata, against the manifest date. Nothing is fetched: the libraries get the HTML.

    python -m benchmarks.html_text [--repeat 5] [--json OUT.json]
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from factcheck.extraction.scanner import extract_text
from factcheck.load.decode import decode_bytes
from factcheck.load.htmltext import html_to_text, map_offset
from factcheck.load.maincontent import main_content, non_main_spans
from factcheck.load.pubdate import find_publication_date
from factcheck.models import Claim

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "html"

Spans = tuple[tuple[int, int], ...]
Prepared = tuple[str, tuple[tuple[int, int], ...], Spans]


def _own(raw: str) -> Prepared:
    text, source_map = html_to_text(raw)
    return text, source_map, ()


def _trafilatura(**options: bool) -> Callable[[str], Prepared]:
    def prepare(raw: str) -> Prepared:
        text, source_map = html_to_text(raw)
        return text, source_map, non_main_spans(raw, text, main_content(raw, **options))

    return prepare


METHODS: dict[str, Callable[[str], Prepared]] = {
    "own": _own,
    "trafilatura": _trafilatura(),
    "trafilatura-precision": _trafilatura(favor_precision=True),
    "trafilatura-no-images": _trafilatura(include_images=False),
    "trafilatura-fast": _trafilatura(fast=True),
}


@dataclass
class Page:
    name: str
    lang: str
    date: str
    raw: str
    gold: list[dict[str, Any]]


@dataclass
class Row:
    page: str
    method: str
    body_found: int
    body_total: int
    noise: int
    offset_mismatch: int
    chars_kept: int
    ms: float
    noise_texts: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)


def load_pages() -> list[Page]:
    pages = []
    with (CORPUS / "manifest.csv").open(encoding="utf-8") as handle:
        for entry in csv.DictReader(handle):
            path = CORPUS / entry["path"]
            raw, _ = decode_bytes(path.read_bytes(), entry["path"])
            gold_path = path.with_name(path.stem + ".gold.jsonl")
            gold = [json.loads(line) for line in gold_path.read_text("utf-8").splitlines()]
            pages.append(Page(path.stem, entry["lang"], entry["date"], raw, gold))
    return pages


def mark_furniture(claims: list[Claim], spans: Spans) -> list[Claim]:
    """The hook extraction needs: a claim starting in a furniture span is boilerplate."""
    if not spans:
        return claims
    from factcheck.extraction.furniture import SpanSet

    furniture = SpanSet(list(spans))
    return [
        c.model_copy(update={"boilerplate": True})
        if not c.boilerplate and furniture.covers(c.start)
        else c
        for c in claims
    ]


def run(page: Page, prepare: Callable[[str], Prepared]) -> tuple[str, Spans, list[Claim], Any]:
    text, source_map, spans = prepare(page.raw)
    claims = mark_furniture(extract_text(text, page.lang), spans)
    return text, spans, claims, source_map


def measure(page: Page, method: str, repeat: int) -> Row:
    prepare = METHODS[method]
    text, spans, claims, source_map = run(page, prepare)
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        run(page, prepare)
        times.append(time.perf_counter() - began)
    body = [g for g in page.gold if g["kind"] == "claim"]
    found_spans = []
    mismatch = 0
    for claim in claims:
        if claim.boilerplate:
            continue
        start = map_offset(source_map, claim.start)
        end = map_offset(source_map, claim.end - 1) + 1
        mismatch += page.raw[start:end] != claim.text
        found_spans.append((start, end, claim.text))
    hit = [g for g in body if any(s < g["end"] and g["start"] < e for s, e, _ in found_spans)]
    noise = [
        t for s, e, t in found_spans if not any(s < g["end"] and g["start"] < e for g in page.gold)
    ]
    kept = sum(not c.isspace() for c in text) - sum(
        sum(not c.isspace() for c in text[a:b]) for a, b in spans
    )
    return Row(
        page=page.name,
        method=method,
        body_found=len(hit),
        body_total=len(body),
        noise=len(noise),
        offset_mismatch=mismatch,
        chars_kept=kept,
        ms=statistics.median(times) * 1000,
        noise_texts=noise,
        missed=[g["text"] for g in body if g not in hit],
    )


def dates(page: Page, repeat: int) -> dict[str, Any]:
    """Publication date by each method, and its median time in ms."""
    import htmldate
    import trafilatura
    from trafilatura.utils import load_html  # parses; never fetches (htmldate's might)

    text = html_to_text(page.raw)[0]  # made for the claims anyway: not timed

    def own() -> str | None:
        return find_publication_date(text)

    def html_date(extensive: bool) -> Callable[[], str | None]:
        def find() -> str | None:
            return htmldate.find_date(
                load_html(page.raw),
                original_date=True,
                outputformat="%Y-%m-%d",
                extensive_search=extensive,
            )

        return find

    def trafilatura_meta() -> str | None:
        return trafilatura.extract_metadata(load_html(page.raw)).date

    found: dict[str, Any] = {"page": page.name, "true": page.date}
    for name, method in (
        ("own", own),
        ("htmldate", html_date(False)),
        ("htmldate-extensive", html_date(True)),
        ("trafilatura", trafilatura_meta),
    ):
        value = method()
        times = []
        for _ in range(repeat):
            began = time.perf_counter()
            method()
            times.append(time.perf_counter() - began)
        found[name] = value
        found[name + "_ms"] = statistics.median(times) * 1000
    return found


def table(rows: list[Row]) -> str:
    lines = [
        "| page | method | body claims found | noise | offset mismatches | chars kept | ms/page |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r.page} | {r.method} | {r.body_found}/{r.body_total} | {r.noise} "
            f"| {r.offset_mismatch} | {r.chars_kept:,} | {r.ms:.1f} |"
        )
    lines.append("")
    lines.append("| method | body claims found | noise | chars kept | ms/page (sum of medians) |")
    lines.append("|---|---|---|---|---|")
    for method in METHODS:
        mine = [r for r in rows if r.method == method]
        lines.append(
            f"| {method} | {sum(r.body_found for r in mine)}/{sum(r.body_total for r in mine)} "
            f"| {sum(r.noise for r in mine)} | {sum(r.chars_kept for r in mine):,} "
            f"| {sum(r.ms for r in mine):.1f} |"
        )
    return "\n".join(lines)


def date_table(found: list[dict[str, Any]]) -> str:
    methods = ("own", "htmldate", "htmldate-extensive", "trafilatura")
    lines = ["| page | true | " + " | ".join(methods) + " |", "|---" * (len(methods) + 2) + "|"]
    for f in found:
        cells = [
            f"{f[m] or '—'} {'✓' if f[m] == f['true'] else '✗'} ({f[m + '_ms']:.1f} ms)"
            for m in methods
        ]
        lines.append(f"| {f['page']} | {f['true']} | " + " | ".join(cells) + " |")
    right = [sum(f[m] == f["true"] for f in found) for m in methods]
    lines.append(f"| right | {len(found)} | " + " | ".join(map(str, right)) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.html_text")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", type=Path, help="write the figures as JSON here")
    parser.add_argument("--details", action="store_true", help="list noise and missed claims")
    args = parser.parse_args(argv)
    pages = load_pages()
    rows = [measure(page, method, args.repeat) for page in pages for method in METHODS]
    found = [dates(page, args.repeat) for page in pages]
    print(table(rows))
    print()
    print(date_table(found))
    if args.details:
        for r in rows:
            print(f"\n{r.page} {r.method}: missed {r.missed}; noise {r.noise_texts}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        payload = {"pages": [asdict(r) for r in rows], "dates": found}
        args.json.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
