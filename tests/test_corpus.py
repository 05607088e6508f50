"""The synthetic corpus generator (benchmarks/corpus): seeded and byte-for-byte
reproducible, its manifest points at the text it describes, and `factcheck
report` finds the problems planted in it.

The recall test runs on one small corpus (300 articles, seed 2: every kind of
planted problem occurs). Each miss must be listed in KNOWN_MISSES with its
cause, and a listed miss that the report starts to find fails too, so the list
stays the true list of misses. `python -m benchmarks corpus OUT --score` gives
the same table on larger corpora (benchmarks/README.md).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from benchmarks.corpus import generate
from benchmarks.corpus.notation import chinese_numeral, styles, write_number
from benchmarks.corpus.score import Score, reading, score
from factcheck.models import ReportData
from factcheck.runs.reporting import build_report

ARTICLES, SEED = 300, 2
KINDS = {"value-conflict", "scale-error", "unit-mismatch", "attribution-conflict", "time-conflict"}

# problem id -> why the report does not flag it with its own check.
# p20 (Microsoft's 2023 profit, 2520亿 for 2520万 next to a planted 71 million) was
# one until scale-error looked past neighbouring clusters.
KNOWN_MISSES: dict[str, str] = {}


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}  # fmt: skip


@cache
def _corpus(root: str) -> Path:
    folder = Path(root) / "corpus"
    generate(folder, ARTICLES, SEED, statements=True)
    return folder


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _corpus(str(tmp_path_factory.mktemp("synthetic")))


@pytest.fixture(scope="module")
def report(corpus: Path) -> ReportData:
    return build_report([corpus])


@pytest.fixture(scope="module")
def scored(report: ReportData, corpus: Path) -> Score:
    return score(report, corpus)


def test_same_seed_same_bytes(tmp_path: Path, corpus: Path) -> None:
    again = tmp_path / "again"
    generate(again, ARTICLES, SEED, statements=True)
    assert _files(again) == _files(corpus)


def test_another_seed_another_corpus(tmp_path: Path, corpus: Path) -> None:
    other = tmp_path / "other"
    generate(other, ARTICLES, SEED + 1)
    ours, theirs = _files(corpus), _files(other)
    assert theirs["manifest.json"] != ours["manifest.json"]
    assert sum(theirs.get(name) != data for name, data in ours.items()) > ARTICLES * 0.9


def test_size_and_layout(corpus: Path) -> None:
    articles = sorted(corpus.rglob("*.txt"))
    assert len(articles) == ARTICLES
    assert {p.parent.name for p in articles} == {"000"}
    assert {p.stem.split("_")[1] for p in articles} == {"en", "de", "nl", "zh"}
    manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["summary"]["articles"] == ARTICLES
    assert set(manifest["summary"]["problems"]) == KINDS


def test_manifest_spans_point_at_their_text(corpus: Path) -> None:
    manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["problems"]
    for problem in manifest["problems"]:
        for span in [problem["planted"], *problem["references"]]:
            text = (corpus / span["file"]).read_text(encoding="utf-8")
            assert text[span["start"] : span["end"]] == span["text"]
        assert problem["references"], problem["id"]


def test_report_finds_the_planted_problems(scored: Score) -> None:
    missed = {m["id"]: m for m in scored.misses}
    unexplained = {i: (m["kind"], m["planted"]["text"], m["flagged_as"]) for i, m in missed.items()
                   if i not in KNOWN_MISSES}  # fmt: skip
    assert unexplained == {}
    assert sorted(KNOWN_MISSES) == sorted(missed), "a known miss is found now: drop it"
    assert set(scored.planted) == KINDS
    assert scored.recall() >= 0.95


def test_generated_figures_are_read_back(report: ReportData, corpus: Path) -> None:
    """Every generated figure is extracted with its value and unit (Chinese one-line
    paragraphs with 关注 or 分享 in a sentence were once taken for page furniture)."""
    read = reading(report, corpus)
    assert read.statements > 700
    assert read.value == read.extracted == read.statements
    assert read.unit == read.extracted and read.misses == []


@pytest.mark.parametrize(
    ("number", "numeral"),
    [(15, "十五"), (3500, "三千五百"), (1005, "一千零五"), (485000, "四十八万五千"),
     (10200, "一万零二百"), (40050, "四万零五十"), (120000, "十二万")],
)  # fmt: skip
def test_chinese_numerals(number: int, numeral: str) -> None:
    assert chinese_numeral(number) == numeral


def test_number_styles() -> None:
    import random

    rng = random.Random(0)
    assert styles(485_000, "en") == ["digits"]
    assert write_number(485_000, "de", rng, "digits").text == "485.000"
    assert write_number(1.5e9, "nl", rng, "scaled").text in ("1,5 miljard", "1,5 mld.")
    assert write_number(485_000, "zh", rng, "scaled").text.replace(" ", "") == "48.5万"
    assert write_number(4e12, "zh", rng, "scaled").text.replace(" ", "") == "4万亿"
    assert write_number(6, "de", rng, "words").text == "sechs"
