"""Loading inputs: finding the files, decoding bytes, publication dates, and the
documents `load_documents` gives (language, encoding, skipped files). HTML and
Markdown to text are tested in tests/test_load_markup.py."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcheck.errors import ConfigError, InputError
from factcheck.load import (
    decode_bytes,
    find_publication_date,
    iter_input_files,
    load_documents,
    read_document,
)
from factcheck.models import Document, Skipped
from tests.input_files import write

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))

GERMAN_CP1252 = "Größe 10.000 Einheiten für 5 €"
CHINESE = (
    "微软正豪掷重金，加码自研AI芯片集群，旨在实现人工智能核心技术的自主可控。"
    "据报道，微软AI部门负责人透露，公司将大规模投资建设专属AI芯片集群，"
    "以支撑未来更大规模的模型训练需求。"
)


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


@pytest.mark.parametrize(
    "text",
    [
        "Toyota announced record profits today.\nIn the fiscal year that ran between April 2023 "
        "and March 31, 2024, Toyota's operating profit also rose by 96.4% to 5.32 trillion yen, "
        "which is the highest ever for a Japanese company.",
        "Toyota hat am Mittwoch Rekordzahlen vorgelegt: Im Geschäftsjahr, das am 31. März 2024 "
        "endete, stieg der operative Gewinn um 96,4 Prozent auf 5,32 Billionen Yen.",
        "Toyota heeft woensdag recordcijfers gepresenteerd: in het boekjaar dat op 31 maart 2024 "
        "eindigde, steeg de bedrijfswinst met 96,4 procent tot 5,32 biljoen yen.",
        "丰田汽车周三公布了创纪录的业绩，日本企业中从未有过如此高的利润，在截至2024年3月31日的财年中，"
        "营业利润增长96.4%至5.32万亿日元。",
    ],
)
def test_a_date_in_the_story_is_not_the_pages(text: str) -> None:
    """A date inside a sentence of the story (held-out batch 12: "between April 2023 and
    March 31, 2024") is the period's, not the publication date."""
    assert find_publication_date(text) is None
