"""The hand-checked extraction of seeds/ must not change without a review."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from factcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "seeds.jsonl"


@pytest.fixture(scope="module")
def seeds_jsonl(tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("golden") / "seeds.jsonl"
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        assert main(["extract", "seeds", "--format", "jsonl", "-o", str(out)]) == 0
    finally:
        os.chdir(cwd)
    return out.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def claims(seeds_jsonl: str) -> list[dict]:
    return [json.loads(line) for line in seeds_jsonl.splitlines()]


def test_output_equals_golden_file(seeds_jsonl: str) -> None:
    assert seeds_jsonl == GOLDEN.read_text(encoding="utf-8")


def _find(claims: list[dict], text: str) -> dict:
    found = [c for c in claims if c["text"] == text]
    assert found, f"no claim {text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "unit", "approx"),
    [
        ("500 Milliarden Parametern", 5e11, "parameter", False),
        ("约 1.5 万颗 Nvidia H100 GPU", 15000, "GPU", True),
        ("10.000 Nvidia GPU’s", 10000, "GPU", False),
        ("zo’n 4 biljoen dollar", 4e12, "USD", True),
        ("zo’n 13 miljard dollar", 1.3e10, "USD", True),
        ("fast 500.000 Einheiten", 500000, "GPU", True),
        ("rund 30 Milliarden Dollar", 3e10, "USD", True),
        ("80 Milliarden US-Dollar", 8e10, "USD", False),
        ("39 %", 39, "percent", False),
        ("位列第 24 名", 24, "rank", False),
    ],
)
def test_seed_facts(claims: list[dict], text: str, value: float, unit: str, approx: bool) -> None:
    claim = _find(claims, text)
    assert (claim["value"], claim["unit"], claim["approx"]) == (value, unit, approx)


@pytest.mark.parametrize("text", ["sechs- bis zehnmal", "6 到 10 倍"])
def test_six_to_ten_times_is_a_multiplier_range(claims: list[dict], text: str) -> None:
    claim = _find(claims, text)
    assert (claim["value"], claim["low"], claim["high"], claim["unit"]) == (
        None,
        6,
        10,
        "multiplier",
    )


def test_time_scope_of_seed_claims(claims: list[dict]) -> None:
    assert _find(claims, "fast 500.000 Einheiten")["time"] == "2024"
    assert _find(claims, "39 %")["time"] == "2025-Q2"
    assert {c["time"] for c in claims if c["text"] == "80 Milliarden US-Dollar"} == {"FY2025"}


def test_no_page_furniture_and_no_product_names(claims: list[dict]) -> None:
    assert not any(c["boilerplate"] for c in claims)
    seed_002 = [c for c in claims if c["file"].startswith("seeds/002")]
    assert [c["text"] for c in seed_002] == [
        "位列第 24 名",
        "约 1.5 万颗 Nvidia H100 GPU",
        "6 到 10 倍",
    ]
    names = ("MAI-1", "H100", "H200", "1-preview")
    assert not any(c["text"] in names or c["text"] in ("1", "100", "200") for c in claims)


def test_offsets_slice_the_decoded_text(claims: list[dict]) -> None:
    for claim in claims:
        text = (ROOT / claim["file"]).read_text(encoding="utf-8")
        assert text[claim["start"] : claim["end"]] == claim["text"]
        start, end = claim["sentence"]
        assert start <= claim["start"] and claim["end"] <= end
