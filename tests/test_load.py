"""Finding inputs, decoding bytes, HTML and Markdown to text, publication dates."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.errors import ConfigError, InputError
from factcheck.load import (
    decode_bytes,
    find_publication_date,
    html_to_text,
    iter_input_files,
    load_documents,
    map_offset,
    mask_markdown,
    read_document,
)
from factcheck.models import Document, Skipped

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))

GERMAN_CP1252 = "Größe 10.000 Einheiten für 5 €"
CHINESE = (
    "微软正豪掷重金，加码自研AI芯片集群，旨在实现人工智能核心技术的自主可控。"
    "据报道，微软AI部门负责人透露，公司将大规模投资建设专属AI芯片集群，"
    "以支撑未来更大规模的模型训练需求。"
)


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


# --------------------------------------------------------------------------- finding inputs


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with files to find, files to ignore, and names that sort awkwardly."""
    monkeypatch.chdir(tmp_path)
    for name in [
        "docs/b.txt",
        "docs/a.TXT",
        "docs/a/x.md",
        "docs/a-b.html",
        "docs/a/y.Markdown",
        "docs/sub/deep/z.htm",
        "docs/notes.pdf",
        "docs/image.png",
        "docs/.hidden.txt",
        "docs/.git/config.txt",
        "docs/sub/.cache/c.txt",
        "docs/Z.txt",
    ]:
        write(tmp_path / name, "text")
    return tmp_path


EXPECTED_DOCS = [
    "docs/Z.txt",
    "docs/a-b.html",
    "docs/a.TXT",
    "docs/a/x.md",
    "docs/a/y.Markdown",
    "docs/b.txt",
    "docs/sub/deep/z.htm",
]


@pytest.mark.parametrize("given", ["docs", "docs/"])
def test_folder_walk_order_and_display(tree: Path, given: str) -> None:
    found = list(iter_input_files([given]))
    assert [display for _, display in found] == EXPECTED_DOCS
    assert [path for path, _ in found] == [Path(d) for d in EXPECTED_DOCS]
    # order is the string order of the relative paths
    assert sorted(EXPECTED_DOCS) == EXPECTED_DOCS


def test_folder_walk_with_path_objects_and_nested_folder(tree: Path) -> None:
    found = [display for _, display in iter_input_files([Path("docs/a"), tree / "docs/sub"])]
    assert found == ["docs/a/x.md", "docs/a/y.Markdown", f"{tree}/docs/sub/deep/z.htm"]


def test_file_arguments_are_taken_as_given(tree: Path) -> None:
    found = list(iter_input_files(["docs/notes.pdf", "./docs/b.txt", "docs/.hidden.txt"]))
    assert found == [
        (Path("docs/notes.pdf"), "docs/notes.pdf"),
        (Path("docs/b.txt"), "./docs/b.txt"),
        (Path("docs/.hidden.txt"), "docs/.hidden.txt"),
    ]


def test_seed_folder_display_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    assert len(SEEDS) == 5
    assert [d for _, d in iter_input_files(["seeds/"])] == [f"seeds/{n}" for n in SEEDS]


def test_missing_path_raises(tree: Path) -> None:
    with pytest.raises(InputError) as info:
        list(iter_input_files(["docs", "nope/missing.txt"]))
    assert info.value.path == "nope/missing.txt"
    assert info.value.reason == "no such file or directory"
    assert str(info.value) == "nope/missing.txt: no such file or directory"


def test_missing_path_raises_before_any_document(tree: Path) -> None:
    documents = load_documents(["docs/b.txt", "missing"])
    with pytest.raises(InputError, match=r"^missing: no such file or directory$"):
        next(documents)


def test_broken_symlink_is_missing(tmp_path: Path) -> None:
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "gone.txt")
    with pytest.raises(InputError, match="no such file or directory"):
        list(iter_input_files([link]))


def test_symlink_cycle_is_walked_once(tmp_path: Path) -> None:
    write(tmp_path / "top/a.txt", "x")
    (tmp_path / "top/loop").symlink_to(tmp_path / "top")
    found = [d for _, d in iter_input_files([tmp_path / "top"])]
    assert found == [f"{tmp_path}/top/a.txt"]


def test_unlistable_folder_is_skipped_with_reason(
    tree: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_scandir = os.scandir

    def scandir(path: os.PathLike[str] | str) -> object:
        if Path(path).name == "sub":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(load_documents(["docs"], lang="en"))
    assert Skipped(path="docs/sub", reason="permission denied") in items
    assert [i.path for i in items if isinstance(i, Document)] == EXPECTED_DOCS[:-1]
    assert [d for _, d in iter_input_files(["docs"])] == EXPECTED_DOCS[:-1]


# --------------------------------------------------------------------------- decoding


def test_utf8_plain() -> None:
    assert decode_bytes("Größe 5 €\r\nzwei".encode(), "f") == ("Größe 5 €\r\nzwei", "utf-8")


def test_empty_file_is_empty_text() -> None:
    assert decode_bytes(b"", "f") == ("", "utf-8")


def test_utf8_bom_is_stripped() -> None:
    assert decode_bytes(b"\xef\xbb\xbfHallo 5 \xe2\x82\xac", "f") == ("Hallo 5 €", "utf-8-sig")


@pytest.mark.parametrize(
    ("codec", "name"),
    [("utf-16", "utf-16-le"), ("utf-16-be", "utf-16-be"), ("utf-32", "utf-32-le")],
)
def test_utf16_and_utf32_with_bom(codec: str, name: str) -> None:
    text = "Größe 10.000 Einheiten für 5 €\nzweite Zeile"
    data = ("\ufeff" + text).encode(codec) if codec.endswith("-be") else text.encode(codec)
    assert decode_bytes(data, "f") == (text, name)


def test_utf16_without_bom() -> None:
    text = "Het bedrijf investeert vandaag 80 miljard euro."
    assert decode_bytes(text.encode("utf-16-le"), "f") == (text, "utf-16-le")


def test_cp1252_german() -> None:
    # charset_normalizer alone calls this cp1250 (same characters here) ...
    assert decode_bytes(GERMAN_CP1252.encode("cp1252"), "f") == (GERMAN_CP1252, "cp1252")


def test_cp1252_dutch_is_not_mac_latin2() -> None:
    # ... and this mac_latin2, which turns "é" into "ť": Western European comes first.
    text = "Het bedrijf investeert € 80 miljard in café's en één reeën"
    assert decode_bytes(text.encode("cp1252"), "f") == (text, "cp1252")


def test_gbk_chinese() -> None:
    assert decode_bytes(CHINESE.encode("gbk"), "f") == (CHINESE, "gb18030")


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "contains NUL bytes"),
        (bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15]) * 30, "control characters"),
        (bytes(range(0x80, 0x100)) * 3, "no text encoding fits"),
    ],
)
def test_binary_is_refused(data: bytes, why: str) -> None:
    with pytest.raises(InputError) as info:
        decode_bytes(data, "pic.txt")
    assert info.value.path == "pic.txt"
    assert info.value.reason == f"cannot decode: not a text file ({why})"


def test_invalid_data_after_bom_is_refused() -> None:
    with pytest.raises(InputError, match="invalid utf-8 after its byte order mark"):
        decode_bytes(b"\xef\xbb\xbfok \xff\xfe", "f")


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


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" date 2025-10-03 Microsoft gaat zijn eigen AI-chips bouwen.", "2025-10-03"),
        (" date 2023-10 OpenAI wil eigen AI-processors ontwikkelen.", "2023-10"),
        ("微软自研AI芯片集群\n\n2025-09-15 18:13:54 0浏览 收藏", "2025-09-15"),
        ("Published September 12, 2025 by staff", "2025-09-12"),
        ("Sept. 3, 2024 — Redmond", "2024-09-03"),
        ("Berlin, 12. September 2025 – Microsoft", "2025-09-12"),
        ("Berlin, 1. März 2024: Microsoft", "2024-03-01"),
        ("Amsterdam, 12 september 2025 - Microsoft", "2025-09-12"),
        ("发布时间：2025年9月12日 微软", "2025-09-12"),
        ("Stand: 01.10.2025, 10:00 Uhr", "2025-10-01"),
        ("Gepubliceerd op 03-10-2025", "2025-10-03"),
        ("2025/09/15 Microsoft", "2025-09-15"),
        ("see https://x.com/2025/09/12/story and 10.000 units", None),
        ("released 2025-13-40 nothing", None),
        ("Microsoft kaufte 2024 rund 500.000 GPUs.", None),
        ("", None),
    ],
)
def test_find_publication_date(text: str, expected: str | None) -> None:
    assert find_publication_date(text) == expected


def test_date_only_in_the_opening() -> None:
    assert find_publication_date("x" * 500 + " date 2025-10-03") is None


def test_earliest_date_wins() -> None:
    assert find_publication_date("12 May 2024, updated 2025-01-02") == "2024-05-12"


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [("000_", "2025-10-03"), ("001_", "2023-10"), ("002_", "2025-09-15"), ("003_", None)],
)
def test_seed_dates(prefix: str, expected: str | None) -> None:
    (path,) = (ROOT / "seeds").glob(f"{prefix}*.txt")
    assert read_document(path, path.name).date == expected


# --------------------------------------------------------------------------- documents


def test_seed_documents(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    documents = list(load_documents(["seeds"]))
    languages = ["nl", "nl", "zh", "de", "de"]
    assert [(d.path, d.lang) for d in documents] == [
        (f"seeds/{name}", lang) for name, lang in zip(SEEDS, languages, strict=True)
    ]
    for document in documents:
        assert isinstance(document, Document)
        assert document.text == (ROOT / document.path).read_text(encoding="utf-8")
        assert document.encoding == "utf-8"
        assert document.source_map == ()


def test_encodings_end_to_end(tmp_path: Path) -> None:
    german = "Die Größe der Anlage beträgt 10.000 Einheiten für 5 € pro Stück, sagte der Sprecher."
    write(tmp_path / "in/de.txt", german.encode("cp1252"))
    write(tmp_path / "in/zh.txt", CHINESE.encode("gbk"))
    write(tmp_path / "in/bom.txt", "Het bedrijf kocht 5 chips.".encode("utf-16"))
    documents = {d.path: d for d in load_documents([tmp_path / "in"])}
    de, zh, nl = (documents[f"{tmp_path}/in/{n}.txt"] for n in ("de", "zh", "bom"))
    assert (de.text, de.encoding, de.lang) == (german, "cp1252", "de")
    assert (zh.text, zh.encoding, zh.lang) == (CHINESE, "gb18030", "zh")
    assert (nl.text, nl.encoding, nl.lang) == ("Het bedrijf kocht 5 chips.", "utf-16-le", "nl")


def test_binary_file_is_skipped_and_others_go_on(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
    write(tmp_path / "b.txt", "The company sold 5 chips.")
    items = list(load_documents([tmp_path]))
    assert items[0] == Skipped(
        path=f"{tmp_path}/a.txt", reason="cannot decode: not a text file (contains NUL bytes)"
    )
    assert isinstance(items[1], Document)
    assert (items[1].path, items[1].text, items[1].lang) == (
        f"{tmp_path}/b.txt",
        "The company sold 5 chips.",
        "en",
    )


def test_unreadable_file_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = write(tmp_path / "locked.txt", "secret 5")
    write(tmp_path / "open.txt", "open 6")
    real_read_bytes = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    with pytest.raises(InputError) as info:
        read_document(locked, "shown/locked.txt")
    assert str(info.value) == "shown/locked.txt: permission denied"
    items = list(load_documents([tmp_path], lang="en"))
    assert items[0] == Skipped(path=f"{tmp_path}/locked.txt", reason="permission denied")
    assert isinstance(items[1], Document)
    assert items[1].text == "open 6"


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


@pytest.mark.parametrize("stated", ["lang: de", "language: German", "lang: 'de-DE'"])
def test_the_language_front_matter_states_is_the_documents(tmp_path: Path, stated: str) -> None:
    """A short German line that detection cannot settle alone (German or Dutch): the
    writer's front matter settles it, and the unit only German has is read."""
    source = f"---\ntitle: Flut\n{stated}\n---\nIn der Wallonie waren 9.670 Quadratkilometer überflutet.\n"
    document = read_document(write(tmp_path / "draft.md", source), "draft.md")
    assert (document.lang, document.lang_candidates) == ("de", ())


def test_an_unknown_front_matter_language_names_the_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path / "draft.md", "---\ntitle: x\nlang: fr\n---\nDu texte.\n")
    with pytest.raises(InputError) as error:
        read_document(path, "draft.md")
    assert str(error.value) == (
        "draft.md: line 3: front matter: unsupported language 'fr'; expected one of en, de, nl, zh"
    )


def test_a_language_given_to_the_command_wins_over_the_front_matter(tmp_path: Path) -> None:
    path = write(tmp_path / "draft.md", "---\nlang: fr\n---\nHet bedrijf kocht 5 chips.\n")
    assert read_document(path, "draft.md", lang="nl").lang == "nl"


def test_forced_language_is_normalised_and_checked(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "Het bedrijf kocht 5 chips.")
    (document,) = load_documents([tmp_path / "a.txt"], lang="German")
    assert isinstance(document, Document)
    assert document.lang == "de"
    with pytest.raises(ConfigError):
        list(load_documents([tmp_path / "a.txt"], lang="french"))


def test_load_still_offers_the_names_callers_import() -> None:
    """load.py was split into decode, htmltext, markdown and dates; callers keep importing
    from factcheck.load."""
    import factcheck.load

    for name in (
        "iter_input_files",
        "decode_bytes",
        "html_to_text",
        "map_offset",
        "mask_markdown",
        "read_document",
        "load_documents",
        "HTML_SUFFIXES",
        "MARKDOWN_SUFFIXES",
    ):
        assert name in factcheck.load.__all__
        assert getattr(factcheck.load, name) is not None
