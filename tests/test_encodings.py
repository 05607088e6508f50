"""Issue 6, point 1: every encoding a newsroom archive holds is read, with the exact claims.

Each file is written in the test in its encoding, read through the pipeline the
CLI uses (`extract_paths`), and must give the same text, the encoding's name and
the same claims as the Unicode original. Files that are not text are skipped
with a reason that names them.
"""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.extraction.batch import extract_paths
from factcheck.load import decode_bytes

GERMAN = (
    "Die Größe überrascht: Microsoft kaufte 2024 für rund 30 Milliarden € fast 500.000 GPUs, "
    "über 10 % mehr als geplant."
)
GERMAN_CLAIMS = [
    ("rund 30 Milliarden €", 30e9, "EUR"),
    ("fast 500.000 GPUs", 500_000.0, "GPU"),
    ("über 10 %", 10.0, "percent"),
]
# Latin-1 has no euro sign: umlauts and ß only.
GERMAN_LATIN1 = (
    "Laut Geschäftsbericht stieg der Umsatz um 39 Prozent auf 24,1 Milliarden Dollar; "
    "die Aktionäre erhielten 3,50 Euro je Aktie."
)
GERMAN_LATIN1_CLAIMS = [
    ("39 Prozent", 39.0, "percent"),
    ("24,1 Milliarden Dollar", 24.1e9, "USD"),
    ("3,50 Euro", 3.5, "EUR"),
]
DUTCH = (
    "België investeerde ruim 13 miljard euro in één jaar; de coördinatie van het ijverige "
    "team kostte 4 miljoen €."
)
DUTCH_CLAIMS = [
    ("ruim 13 miljard euro", 13e9, "EUR"),
    ("één jaar", 1.0, "year"),
    ("4 miljoen €", 4e6, "EUR"),
]
ENGLISH = "Microsoft bought 485,000 Nvidia GPUs in 2024 for about $30 billion, analysts said."
ENGLISH_CLAIMS = [("485,000 Nvidia GPUs", 485_000.0, "GPU"), ("about $30 billion", 30e9, "USD")]
CHINESE = "据报道，微软已使用约1.5万颗英伟达H100芯片训练模型，投资超过100亿美元。"
CHINESE_CLAIMS = [("约1.5万颗英伟达H100芯片", 15_000.0, "chip"), ("超过100亿美元", 10e9, "USD")]
# 䶮 is outside GBK: only GB18030 can hold this sentence.
CHINESE_GB18030 = "据报道，䶮公司已使用约1.5万颗芯片训练模型，投资超过100亿美元。"
CHINESE_GB18030_CLAIMS = [("约1.5万颗芯片", 15_000.0, "chip"), ("超过100亿美元", 10e9, "USD")]
TRADITIONAL = "據報導，微軟已使用約1.5萬顆輝達H100晶片訓練模型，投資超過100億美元。"
TRADITIONAL_CLAIMS = [("約1.5萬顆輝達H100晶片", 15_000.0, "chip"), ("超過100億美元", 10e9, "USD")]

# (file name, text, how it is written, encoding name factcheck reports, language, claims)
CASES = [
    ("utf8.txt", GERMAN, "utf-8", "utf-8", "de", GERMAN_CLAIMS),
    ("utf8-bom.txt", DUTCH, "utf-8-sig", "utf-8-sig", "nl", DUTCH_CLAIMS),
    ("utf16-le-bom.txt", ENGLISH, "utf-16", "utf-16-le", "en", ENGLISH_CLAIMS),
    ("utf16-be-bom.txt", GERMAN, "utf-16-be+bom", "utf-16-be", "de", GERMAN_CLAIMS),
    ("gbk.txt", CHINESE, "gbk", "gb18030", "zh", CHINESE_CLAIMS),
    ("gb18030.txt", CHINESE_GB18030, "gb18030", "gb18030", "zh", CHINESE_GB18030_CLAIMS),
    ("big5.txt", TRADITIONAL, "big5", "big5", "zh", TRADITIONAL_CLAIMS),
    ("latin1-de.txt", GERMAN_LATIN1, "latin-1", "cp1252", "de", GERMAN_LATIN1_CLAIMS),
    ("cp1252-de.txt", GERMAN, "cp1252", "cp1252", "de", GERMAN_CLAIMS),
    ("cp1252-nl.txt", DUTCH, "cp1252", "cp1252", "nl", DUTCH_CLAIMS),
]


def encode(text: str, how: str) -> bytes:
    if how == "utf-16-be+bom":
        return codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    return text.encode(how)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("archive")
    for name, text, how, *_ in CASES:
        (folder / name).write_bytes(encode(text, how))
    return folder


@pytest.fixture(scope="module")
def extracted(archive: Path) -> dict[str, tuple[str, str | None, list[tuple[str, float, str]]]]:
    """file name -> (encoding, language, claims) through the CLI's pipeline."""
    from factcheck.load import load_documents

    result = extract_paths([archive])
    assert result.skipped == []
    documents = {Path(d.path).name: d for d in load_documents([archive])}
    claims: dict[str, list[tuple[str, float, str]]] = {}
    for claim in result.claims:
        claims.setdefault(Path(claim.file or "").name, []).append(
            (claim.text, claim.value, claim.unit)
        )
    return {
        name: (document.encoding, document.lang, claims.get(name, []))
        for name, document in documents.items()
    }


@pytest.mark.parametrize(
    ("name", "text", "how", "encoding", "lang", "claims"), CASES, ids=[c[0] for c in CASES]
)
def test_each_encoding_decodes_to_the_original_text(
    name: str, text: str, how: str, encoding: str, lang: str, claims: list
) -> None:
    assert decode_bytes(encode(text, how), name) == (text, encoding)


@pytest.mark.parametrize(
    ("name", "text", "how", "encoding", "lang", "claims"), CASES, ids=[c[0] for c in CASES]
)
def test_each_encoding_gives_the_exact_claims(
    extracted: dict, name: str, text: str, how: str, encoding: str, lang: str, claims: list
) -> None:
    assert extracted[name] == (encoding, lang, claims)


@pytest.mark.parametrize(
    "text",
    ["Het kost één miljard.", "één 5", "Größe: 5 €", "Zo'n één procent."],
)
def test_short_western_text_is_not_read_as_chinese(text: str) -> None:
    """GBK and Big5 read every accented byte pair as one ideograph ("één" -> "澭n");
    a short Dutch text gives the detector too little to rule that out alone."""
    assert decode_bytes(text.encode("cp1252"), "short.txt") == (text, "cp1252")


def test_german_written_in_gb18030_stays_german() -> None:
    text = "Die Größe der Anlage überrascht alle Beobachter."
    assert decode_bytes(text.encode("gb18030"), "odd.txt") == (text, "gb18030")


def test_undecodable_files_are_skipped_with_a_warning_naming_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a-good.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "b-image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(256))
    (tmp_path / "c-controls.txt").write_bytes(bytes(range(1, 9)) * 64)
    (tmp_path / "d-bad-bom.txt").write_bytes(codecs.BOM_UTF8 + b"ok \xff\xfe")
    code = main(["extract", str(tmp_path), "--format", "jsonl"])
    out, err = capsys.readouterr()
    assert code == 2
    files = [json.loads(line)["file"] for line in out.splitlines()]
    assert files == [f"{tmp_path}/a-good.txt"] * 2
    assert err.splitlines() == [
        f"factcheck: skipped {tmp_path}/b-image.txt: "
        "cannot decode: not a text file (contains NUL bytes)",
        f"factcheck: skipped {tmp_path}/c-controls.txt: "
        "cannot decode: not a text file (control characters)",
        f"factcheck: skipped {tmp_path}/d-bad-bom.txt: "
        "cannot decode: invalid utf-8 after its byte order mark",
        "factcheck: 3 of 4 files skipped; 1 read, 2 claims",
    ]
