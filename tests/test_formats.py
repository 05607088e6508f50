"""Issue 6, point 2: messy formats. HTML furniture is dropped before extraction and
claims map back to the file; Markdown syntax is no claim; empty, blank, NUL-bearing,
1 MB single-line and mixed-script inputs all work."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extraction.batch import extract_paths
from factcheck.extraction.sentences import MAX_SENTENCE
from factcheck.load import map_offset, read_document
from factcheck.models import Claim

ROOT = Path(__file__).resolve().parents[1]

PAGE = """<!DOCTYPE html>
<html><head><title>Page 11</title><style>p { margin: 22px }</style>
<script>var views = 33;</script></head>
<body>
<header>Site header 44 readers</header>
<nav><ul><li><a href="/p/55">Top 55 stories</a></li></ul></nav>
<div role="navigation"><div>Section</div> 66 links</div>
<menu><li>Menu item 77 entries</li></menu>
<main><article>
<h1>Microsoft&#8217;s GPU bill</h1>
<p>Microsoft bought 485,000&nbsp;Nvidia GPUs in 2024, analysts said.</p>
<p>The company spent about <b>$30 billion</b> on them.</p>
<div hidden>Hidden 88 items</div>
<aside>Related: 99 articles</aside>
</article></main>
<footer>&copy; 2025, 12 partners</footer>
<script>track(1234)</script>
</body></html>
"""

MARKDOWN = """---
title: Report 2025
views: 321
---
# 3. Chips

Microsoft bought 485,000 Nvidia GPUs in 2024 ([source](https://example.com/story/777?id=888)).

| Company | GPUs |
|---|---|
| Microsoft | 485,000 |
| Meta | 224,000 |

```python
gpus = 999_999
```

Use `limit=4096` and see [1](#ref-555) or <https://x.com/666>. About 30 billion dollars were spent.

[ref]: https://example.com/123
"""


def claims_of(folder: Path) -> dict[str, list[tuple[str, float | None, str]]]:
    """file name -> [(text, value, unit)] through the pipeline the CLI uses."""
    result = extract_paths([folder])
    found: dict[str, list[tuple[str, float | None, str]]] = {
        Path(d.file).name: [] for d in result.documents
    }
    for claim in result.claims:
        found[Path(claim.file or "").name].append((claim.text, claim.value, claim.unit))
    return found


def write(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# --------------------------------------------------------------------------- HTML


def test_html_scripts_styles_and_navigation_give_no_claims(tmp_path: Path) -> None:
    write(tmp_path, "page.html", PAGE)
    assert claims_of(tmp_path)["page.html"] == [
        ("485,000\u00a0Nvidia GPUs", 485_000.0, "GPU"),
        ("about $30 billion", 30e9, "USD"),
    ]


def test_html_claims_map_back_to_their_place_in_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "page.html", PAGE)
    document = read_document(path, "page.html")
    spans = []
    for claim in extract_paths([path]).claims:
        start = map_offset(document.source_map, claim.start)
        end = map_offset(document.source_map, claim.end - 1) + 1
        spans.append(PAGE[start:end])
    assert spans == ["485,000&nbsp;Nvidia GPUs", "about <b>$30 billion"]


FURNITURE = [
    "<script>x = 5150</script>",
    "<style>p { width: 5150px }</style>",
    "<noscript>5150 visitors</noscript>",
    "<template>5150 items</template>",
    "<nav>5150 stories</nav>",
    "<header>5150 readers</header>",
    "<footer>5150 partners</footer>",
    "<aside>5150 related</aside>",
    "<menu><li>5150 entries</li></menu>",
    "<form>5150 fields</form>",
    "<dialog>5150 cookies</dialog>",
    '<div role="navigation">5150 links</div>',
    '<div role="banner"><p>5150 subscribers</p></div>',
    '<div role="contentinfo">5150 partners</div>',
    '<ul role="menubar"><li>5150 entries</li></ul>',
    '<section role="complementary">5150 related</section>',
    '<div role="search">5150 results</div>',
    "<div hidden>5150 hidden</div>",
    '<span aria-hidden="true">5150 icons</span>',
]


@pytest.mark.parametrize("furniture", FURNITURE)
def test_html_each_kind_of_furniture_is_dropped(tmp_path: Path, furniture: str) -> None:
    page = f"<body>{furniture}<p>Meta bought 224,000 chips.</p></body>"
    write(tmp_path, "page.html", page)
    assert claims_of(tmp_path)["page.html"] == [("224,000 chips", 224_000.0, "chip")]


def test_html_text_after_nested_furniture_is_kept(tmp_path: Path) -> None:
    """An inner </div> must not end the dropped region early, nor an outer one late."""
    page = (
        '<div role="navigation"><div><div>5150 links</div></div><p>6160 more</div>'
        "<p>Meta bought 224,000 chips.</p>"
    )
    write(tmp_path, "page.html", page)
    assert claims_of(tmp_path)["page.html"] == [("224,000 chips", 224_000.0, "chip")]


# --------------------------------------------------------------------------- Markdown


def test_markdown_tables_code_and_link_targets_are_not_claims(tmp_path: Path) -> None:
    """Front matter, heading numbers, link targets, code, citations, autolinks and
    reference definitions give nothing; prose and table cells keep their figures."""
    write(tmp_path, "post.md", MARKDOWN)
    assert claims_of(tmp_path)["post.md"] == [
        ("485,000 Nvidia GPUs", 485_000.0, "GPU"),
        ("485,000", 485_000.0, "count"),
        ("224,000", 224_000.0, "count"),
        ("About 30 billion dollars", 30e9, "USD"),
    ]


def test_markdown_claims_keep_their_offsets_in_the_file(tmp_path: Path) -> None:
    write(tmp_path, "post.md", MARKDOWN)
    for claim in extract_paths([tmp_path]).claims:
        assert MARKDOWN[claim.start : claim.end] == claim.text


# --------------------------------------------------------------------------- odd files


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("empty.txt", b""),
        ("blank.txt", b" \n\t\r\n  \n"),
        ("blank.html", b"<html><body>  </body></html>"),
        ("blank.md", b"\n\n---\n\n"),
        ("bom-only.txt", b"\xef\xbb\xbf"),
    ],
)
def test_empty_and_blank_files_are_read_with_no_claims(
    tmp_path: Path, name: str, data: bytes
) -> None:
    write(tmp_path, name, data)
    result = extract_paths([tmp_path])
    assert result.skipped == []
    assert [(d.file, d.status, d.claims) for d in result.documents] == [
        (str(tmp_path / name), "ok", 0)
    ]


def test_stray_nul_bytes_in_a_text_do_not_lose_it(tmp_path: Path) -> None:
    text = "Microsoft bought 485,000 Nvidia GPUs in 2024, analysts said on Tuesday.\x00\n" * 3
    write(tmp_path, "scraped.txt", text)
    result = extract_paths([tmp_path])
    assert result.skipped == []
    assert [(c.text, c.start) for c in result.claims] == [
        ("485,000 Nvidia GPUs", 17),
        ("485,000 Nvidia GPUs", 90),
        ("485,000 Nvidia GPUs", 163),
    ]


def test_a_file_of_nul_bytes_is_skipped(tmp_path: Path) -> None:
    write(tmp_path, "zeros.txt", bytes(4096))
    result = extract_paths([tmp_path])
    assert [(s.path, s.reason) for s in result.skipped] == [
        (str(tmp_path / "zeros.txt"), "cannot decode: not a text file (contains NUL bytes)")
    ]


def assert_honest(claims: list[Claim], text: str) -> None:
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
        assert claim.sentence[0] <= claim.start < claim.end <= claim.sentence[1]


def test_a_1_mb_single_line_works(tmp_path: Path) -> None:
    """A whole archive on one line: claims as on separate lines, sentences bounded."""
    article = (ROOT / "seeds" / "003_9f6b652eb6ae4b4e.txt").read_text(encoding="utf-8")
    line = article.replace("\n", " ")
    text = (line * (1_000_000 // len(line) + 1))[:1_000_000]
    write(tmp_path, "one-line.txt", text)
    result = extract_paths([tmp_path])
    assert [d.status for d in result.documents] == ["ok"]
    assert_honest(result.claims, text)
    once = extract_paths([write(tmp_path / "..", "once.txt", line)]).claims
    assert len(result.claims) >= (len(text) // len(line)) * len(once) * 0.95
    assert max(c.sentence[1] - c.sentence[0] for c in result.claims) <= MAX_SENTENCE + 40


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "据 Reuters 报道，Microsoft 在 2024 年购买了约 48.5 万颗 Nvidia H100 GPU，"
            "花费超过 300 亿美元。",
            "zh",
            [("约 48.5 万颗 Nvidia H100 GPU", 485_000.0, "GPU"), ("超过 300 亿美元", 30e9, "USD")],
        ),
        (
            "Tencent (腾讯) and Alibaba (阿里巴巴) bought 230,000 Nvidia chips, about 1.5 million "
            "in total, according to Дмитрий Иванов of Ведомости.",
            "en",
            [("230,000 Nvidia chips", 230_000.0, "chip"), ("about 1.5 million", 1.5e6, "chip")],
        ),
        (
            "Der Staatsfonds صندوق الاستثمارات العامة investierte 2,5 Milliarden Euro in "
            "40.000 GPUs von Nvidia (英伟达).",
            "de",
            [("2,5 Milliarden Euro", 2.5e9, "EUR"), ("40.000 GPUs", 40_000.0, "GPU")],
        ),
        (
            "Het Japanse SoftBank (ソフトバンク) kocht ruim 10.000 chips voor 1,2 miljard euro, "
            "aldus 日本経済新聞.",
            "nl",
            [("ruim 10.000 chips", 10_000.0, "chip"), ("1,2 miljard euro", 1.2e9, "EUR")],
        ),
    ],
)
def test_mixed_scripts_in_one_sentence(
    tmp_path: Path, text: str, lang: str, expected: list
) -> None:
    write(tmp_path, "mixed.txt", text)
    result = extract_paths([tmp_path])
    assert [d.lang for d in result.documents] == [lang]
    assert [(c.text, c.value, c.unit) for c in result.claims] == expected
    assert_honest(result.claims, text)
