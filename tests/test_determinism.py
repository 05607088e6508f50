"""Issue 6, point 7: the same inputs give byte-identical reports, run after run.

Each run is a fresh interpreter (string hashing, set order and caches start anew)
that writes the JSON, Markdown and HTML reports and the JSONL claims of one messy
corpus through the command line; every run must write the same bytes.
"""

from __future__ import annotations

import codecs
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OUTPUTS = ("report.json", "report.markdown", "report.html", "claims.jsonl")
DRIVER = """
import sys
from factcheck.cli import main
corpus, out, *extra = sys.argv[1:]
codes = [main(["report", corpus, "--format", f, "-o", f"{out}/report.{f}", *extra])
         for f in ("json", "markdown", "html")]
codes.append(main(["extract", corpus, "--format", "jsonl", "-o", f"{out}/claims.jsonl", *extra]))
print(codes)
"""
HASH_SEEDS = ("9", "11", "random")  # 9 and 11 once read one separable verb two ways
VARIANTS: list[tuple[str, ...]] = [(), ("--jobs", "2")]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds plus every kind of trouble: encodings, markup, a conflict, a skipped file."""
    root = tmp_path_factory.mktemp("determinism")
    folder = root / "corpus"
    folder.mkdir()
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / "conflict-en.txt").write_text(
        "Microsoft bought 485,000 Nvidia GPUs in 2024.\n", encoding="utf-8"
    )
    (folder / "conflict-de.cp1252.txt").write_bytes(
        "Microsoft kaufte im Jahr 2024 rund 50.000 GPUs von Nvidia für 30 Mrd. €.\n".encode(
            "cp1252"
        )
    )
    (folder / "zh.gbk.txt").write_bytes(
        "微软在2024年购买了约48.5万块GPU，投资超过100亿美元。".encode("gbk")
    )
    (folder / "page.html").write_text(
        "<nav>Home 12</nav><p>Meta bought <b>224,000</b>&nbsp;chips in 2024.</p>",
        encoding="utf-8",
    )
    (folder / "post.md").write_text(
        "# 1. Notes\n\n| a | b |\n|---|---|\n| xAI | 100,000 GPUs |\n\n`code 5`\n",
        encoding="utf-8",
    )
    (folder / "bom16.txt").write_bytes(
        codecs.BOM_UTF16_LE + "Het bedrijf kocht ruim 10.000 chips.".encode("utf-16-le")
    )
    (folder / "split-verb.nl.txt").write_text(  # two particles may close "zette …"
        "Tencent zette een jaar eerder in dezelfde periode nog ruim 155 miljard yuan om.\n",
        encoding="utf-8",
    )
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    return folder


def start(corpus: Path, out: Path, seed: str, extra: tuple[str, ...]) -> subprocess.Popen[str]:
    out.mkdir(parents=True)
    env = {**os.environ, "PYTHONHASHSEED": seed}
    if seed == "random":
        env.pop("PYTHONHASHSEED")
    return subprocess.Popen(
        [sys.executable, "-c", DRIVER, corpus.name, str(out), *extra],
        cwd=corpus.parent,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.parametrize("extra", VARIANTS, ids=lambda args: " ".join(args) or "default")
def test_reports_are_byte_identical_across_runs_and_hash_seeds(
    corpus: Path, tmp_path: Path, extra: tuple[str, ...]
) -> None:
    """Three interpreters side by side (they share the two cores, not the result)."""
    runs = {seed: start(corpus, tmp_path / seed, seed, extra) for seed in HASH_SEEDS}
    for seed, run in runs.items():
        out, err = run.communicate(timeout=300)
        assert out.strip() == "[2, 2, 2, 2]", (seed, err)  # the binary file is skipped
    first = {name: (tmp_path / HASH_SEEDS[0] / name).read_bytes() for name in OUTPUTS}
    assert all(first.values())
    assert b"FC101" in first["report.json"] and b"binary.txt" in first["report.markdown"]
    for seed in HASH_SEEDS[1:]:
        for name in OUTPUTS:
            assert (tmp_path / seed / name).read_bytes() == first[name], (seed, name)


def test_jobs_2_gives_the_bytes_of_jobs_1(corpus: Path, tmp_path: Path) -> None:
    """Parallel extraction changes nothing in any output, whatever the hash seed."""
    runs = {
        jobs: start(corpus, tmp_path / jobs, seed, ("--jobs", jobs))
        for jobs, seed in (("1", "0"), ("2", "random"))
    }
    for jobs, run in runs.items():
        out, err = run.communicate(timeout=300)
        assert out.strip() == "[2, 2, 2, 2]", (jobs, err)
    for name in OUTPUTS:
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes(), name
