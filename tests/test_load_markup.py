"""Loading HTML and Markdown: an HTML page to its text (furniture dropped, entities
decoded, every character mapped back to its place in the source), Markdown syntax
blanked in place (front matter, code, link targets, tables), both linear on hostile
markup, and the documents `read_document` makes of .html and .md files."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.load import html_to_text, map_offset, mask_markdown, read_document
from tests.input_files import write

# --------------------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html>
<html><head><title>Title 11</title><style>p { margin: 22px }</style></head>
<body>
<nav><a href="/">Home</a> 33 items</nav>
<header>Site header 44</header>
<article>
<h1>Chips &amp; GPUs</h1>
<p>Microsoft bought 500.000&nbsp;GPUs for &euro;30&#160;billion &#x2014; a record.</p>
<script>var views = 55;</script>
<p>Second<br>line with 42 units.</p>
<!-- comment 66 -->
<aside>Related 77</aside>
</article>
<footer>(c) 2024 88</footer>
<form><input value="99">Search 99</form>
</body></html>"""


def test_html_drops_furniture_and_keeps_article() -> None:
    text, _ = html_to_text(PAGE)
    for gone in ["11", "22", "33", "44", "55", "66", "77", "88", "99", "Home", "Title"]:
        assert gone not in text
    assert "Chips & GPUs" in text
    assert "Microsoft bought 500.000\xa0GPUs for €30\xa0billion — a record." in text
    assert "Second\nline with 42 units." in text


def test_html_blocks_separate_lines() -> None:
    text, _ = html_to_text("<div>5</div><div>6</div><ul><li>7</li><li>8</li></ul>")
    assert text == "5\n6\n7\n8\n"


def test_html_number_maps_back_to_its_source_position() -> None:
    text, source_map = html_to_text(PAGE)
    for number in ["500.000", "42", "billion", "a record"]:
        start = text.index(number)
        source_start = map_offset(source_map, start)
        source_end = map_offset(source_map, start + len(number) - 1) + 1
        assert PAGE[source_start:source_end] == number


def test_html_entities_map_to_their_ampersand() -> None:
    source = "<p>A &amp; B &#8364;5 &euro;6 &unknown; C</p>"
    text, source_map = html_to_text(source)
    assert text == "A & B €5 €6 &unknown; C\n"
    for char, entity in [("&", "&amp;"), ("€", "&#8364;")]:
        at = map_offset(source_map, text.index(char))
        assert source[at : at + len(entity)] == entity
    six = text.index("6")
    assert source[map_offset(source_map, six - 1) :].startswith("&euro;6")
    assert source[map_offset(source_map, six)] == "6"
    assert source[map_offset(source_map, text.index("C"))] == "C"


def test_html_multiline_offsets() -> None:
    source = "<html>\r\n<body>\n  <p>line one 1</p>\n\n  <p>zwei\n 22 &amp; 3</p>\n</body>"
    text, source_map = html_to_text(source)
    for i, char in enumerate(text):
        at = map_offset(source_map, i)
        assert source[at] == char or source[at] in "&<"
    at = map_offset(source_map, text.index("22"))
    assert source[at : at + 2] == "22"


def test_html_without_closing_head() -> None:
    text, _ = html_to_text("<html><head><title>t</title><body><p>Body 5</p></body>")
    assert text == "Body 5\n"


def test_html_truncated_tail_is_text_at_its_offsets() -> None:
    source = "<p>ok 5</p> 3 < 4 <b and &amp; 6 <i"
    text, source_map = html_to_text(source)
    assert text == "ok 5\n 3 < 4 <b and & 6 <i"
    for needle in ["3 < 4 <b", "6 <i"]:
        at = map_offset(source_map, text.index(needle))
        assert source[at : at + len(needle)] == needle


def test_html_unclosed_comment_runs_to_the_end() -> None:
    text, _ = html_to_text("<p>a 1</p><!-- c --><p>b 2</p><!-- open <p>c 3</p>")
    assert text == "a 1\nb 2\n"


@pytest.mark.parametrize(
    "source",
    ["<!-- " * 50_000, "<a " * 50_000, '<a b="' * 50_000, "<!-- >" * 50_000, "< " * 50_000 + ">"],
)
def test_html_is_linear_on_unclosed_markup(source: str) -> None:
    # the stdlib parser rescans to the end for each of these: minutes without the guard
    started = time.perf_counter()
    html_to_text(source)
    assert time.perf_counter() - started < 5


def test_map_offset_identity_when_empty() -> None:
    assert map_offset((), 17) == 17
    assert map_offset(((0, 10), (5, 20)), 3) == 13
    assert map_offset(((0, 10), (5, 20)), 7) == 22


# fmt: off
_HTML_SNIPPETS = [
    "<p>", "</p>", "<div class='a'>", "</div>", "<br>", "<br/>", "<b>", "</b>",
    "<script>x = 1 < 2;</script>", "<nav>n 1</nav>", "<!-- c -->", "&amp;", "&nbsp;",
    "&#8364;", "&#x41;", "&bogus;", "&", "<", "\n", "\r\n", "<td>", "<li>", "5 &lt; 6",
]
# fmt: on
_HTML_PIECES = st.one_of(
    st.text(alphabet=st.characters(blacklist_characters="<&", blacklist_categories=["Cs"])),
    st.sampled_from(_HTML_SNIPPETS),
)


@given(st.lists(_HTML_PIECES, max_size=30).map("".join))
def test_html_map_sends_text_back_to_source(source: str) -> None:
    text, source_map = html_to_text(source)
    previous = -1
    for i, char in enumerate(text):
        at = map_offset(source_map, i)
        assert 0 <= at < len(source)
        assert at >= previous
        previous = at
        # plain data maps to itself; entities map to their "&", separators to their "<"
        assert source[at] == char or source[at] in "&<"


@given(st.text(alphabet=st.characters(blacklist_characters="<&", blacklist_categories=["Cs"])))
def test_html_plain_text_is_identity(source: str) -> None:
    text, source_map = html_to_text(source)
    assert text == source
    assert all(map_offset(source_map, i) == i for i in range(len(text)))


# --------------------------------------------------------------------------- Markdown

MARKDOWN = """---
title: Chips
date: 2025-03-04
---
# 2024 results

Revenue rose 12% to $5 billion ([source](https://example.com/2024/05/report-7 "Report 9")).
Inline `x = 42` code, <https://foo.com/123> and https://bar.org/31/a. <!-- 77 --> <b>8</b>

| Year | Units |
|------|:-----:|
| 2023 | 1,500 |

```python
print(3)
```

1. first 10
2. second 20

In the year
2025. was not a list item.

[ref1]: http://x.com/55 "t 66"
Note[^3] and [link][r9] and ![chart 2](img/6.png).
"""


def test_mask_markdown_keeps_prose_numbers_in_place() -> None:
    masked = mask_markdown(MARKDOWN)
    assert len(masked) == len(MARKDOWN)
    for kept in ["2024 results", "12% to $5 billion", "source", "1,500", "2023", "first 10",
                 "second 20", "2025. was not a list item.", "link", "chart 2", "8"]:  # fmt: skip
        at = MARKDOWN.index(kept)
        assert masked[at : at + len(kept)] == kept, kept


def test_mask_markdown_blanks_syntax() -> None:
    masked = mask_markdown(MARKDOWN)
    for gone in ["example.com", "2024/05", "report-7", "Report 9", "42", "foo.com/123",
                 "bar.org/31", "77", "print(3)", "```", "x.com/55", "66", "[^3]", "r9",
                 "img/6.png", "<b>", "|", "---", "title:", "# "]:  # fmt: skip
        assert gone not in masked, gone
    assert masked.count("\n") == MARKDOWN.count("\n")
    assert masked.splitlines()[4] == "  2024 results"


def test_mask_markdown_table_cells_stay_at_their_offsets() -> None:
    source = "| GPU | Units |\n|---|---:|\n| H100 | 500.000 |\n| H200 | 1.000 |\n\nAfter | 7\n"
    masked = mask_markdown(source)
    assert masked == (
        "  GPU   Units  \n          \n  H100   500.000  \n  H200   1.000  \n\nAfter | 7\n"
    )


def test_mask_markdown_unclosed_fence_runs_to_end() -> None:
    masked = mask_markdown("Text 1\n~~~\ncode 2\n")
    assert masked == "Text 1\n   \n      \n"


def test_mask_markdown_leaves_plain_text_alone() -> None:
    source = "Microsoft kaufte 2024 rund 500.000 GPUs (laut Bericht) für 30 Mrd. $.\r\n"
    assert mask_markdown(source) == source


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("a `` b ` c `` d ` e", "a             d ` e"),
        ("x ``` y ``` z `q 1", "x           z `q 1"),
        ("A `1\n\n2` B", "A `1\n\n2` B"),
        ("<!-- 5 <!-- 6 --> 7 <!-- 8", " " * 18 + "7 <!-- 8"),
        ("<STYLE>p{8}</style > 9", "                     9"),
        ("<script>10", "        10"),
    ],
)
def test_mask_markdown_code_comments_and_raw_html(source: str, expected: str) -> None:
    assert mask_markdown(source) == expected


@pytest.mark.parametrize(
    "source",
    [
        "<!-- " * 60_000,
        "<script " * 40_000,
        "``a `b " * 40_000,
        "[" + "[a]" * 80_000,
        "> " * 100_000 + "x",
        " " * 300_000,
    ],
)
def test_mask_markdown_is_linear_on_unclosed_syntax(source: str) -> None:
    # each of these took minutes with lazy regexes that rescan to the end per opener
    started = time.perf_counter()
    assert len(mask_markdown(source)) == len(source)
    assert time.perf_counter() - started < 5


# fmt: off
_MD_SNIPPETS = [
    "\n", "\r\n", "# ", "## 5 ", "```\n", "~~~~\n", "`", "``", "[a 1](http://x/2 \"t\")",
    "![i](p.png)", "<http://a/3>", "<!-- 4 -->", "<br>", "</p>", "| 5 | 6 |\n",
    "|---|:-:|\n", "[r]: /u/7\n", "1. ", "2) ", "   ", "www.x.org/8 ", "[^9]", "---\n",
    "a: b\n", "\\|", "[", "]", "(", ")", "*", "_",
]
# fmt: on
_MD_PIECES = st.one_of(st.text(max_size=12), st.sampled_from(_MD_SNIPPETS))


@given(st.lists(_MD_PIECES, max_size=40).map("".join))
def test_mask_markdown_only_blanks(source: str) -> None:
    masked = mask_markdown(source)
    assert len(masked) == len(source)
    for original, new in zip(source, masked, strict=True):
        if original in "\r\n":
            assert new == original
        else:
            assert new in (original, " ")


# --------------------------------------------------------------------------- documents


def test_html_document(tmp_path: Path) -> None:
    path = write(tmp_path / "page.HTML", PAGE)
    document = read_document(path, "page.HTML")
    assert document.lang == "en"
    assert document.source_map != ()
    at = document.text.index("42 units")
    assert PAGE[map_offset(document.source_map, at) :].startswith("42 units")
    assert "Site header" not in document.text


def test_markdown_document(tmp_path: Path) -> None:
    path = write(tmp_path / "post.md", MARKDOWN)
    document = read_document(path, "post.md", lang="en-GB")
    assert document.text == mask_markdown(MARKDOWN)
    assert document.date == "2025-03-04"
    assert document.lang == "en"
    assert document.source_map == ()
