"""The texts the extraction benchmark reads (`python -m benchmarks extraction`).

The seed articles in seeds/ (real news prose) and the peer-case inputs in
tests/data/peer-cases (short, number-dense phrases from other extractors' test
suites), per language; and the synthetic corpus shuffled from both with a fixed
seed, written as ~50 KB articles one file each.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
PEER_CASES = ROOT / "tests" / "data" / "peer-cases"
LANGS: tuple[str, ...] = ("en", "de", "nl", "zh")
ARTICLE_BYTES = 50_000


# --- inputs ---------------------------------------------------------------------


def seed_texts() -> dict[str, list[str]]:
    """The seed articles grouped by language (detected: the file names carry none)."""
    from factcheck.load.language import detect_language

    grouped: dict[str, list[str]] = {lang: [] for lang in LANGS}
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        grouped.setdefault(detect_language(text), []).append(text)
    return grouped


def peer_inputs() -> dict[str, list[str]]:
    """Every `input` of the peer cases, per language, in file order."""
    grouped: dict[str, list[str]] = {lang: [] for lang in LANGS}
    for path in sorted(PEER_CASES.glob("**/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                grouped.setdefault(case["lang"], []).append(case["input"])
    return grouped


def paragraph_pool(seeds: list[str], peers: list[str]) -> list[str]:
    """The pieces synthetic articles are shuffled from: seed paragraphs and peer inputs."""
    paragraphs = [p.strip() for text in seeds for p in text.splitlines() if p.strip()]
    return paragraphs + [p.strip() for p in peers if p.strip()]


def iter_articles(pool: list[str], total_bytes: int, rng: random.Random) -> Iterator[str]:
    """~50 KB articles of randomly drawn paragraphs until `total_bytes` (UTF-8) are out.

    A generator, so a 100 MB corpus never exists in memory at once.
    """
    written = 0
    while written < total_bytes:
        parts: list[str] = []
        size = 0
        while size < min(ARTICLE_BYTES, total_bytes - written):
            part = rng.choice(pool)
            parts.append(part)
            size += len(part.encode("utf-8")) + 2
        article = "\n\n".join(parts) + "\n"
        written += len(article.encode("utf-8"))
        yield article


def write_corpus(directory: Path, lang: str, pool: list[str], total_bytes: int, seed: int) -> int:
    """Write one language's synthetic corpus, one file per article; returns the file count."""
    directory.mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"{seed}-{lang}")  # a str seed is stable across runs and platforms
    count = 0
    for count, article in enumerate(iter_articles(pool, total_bytes, rng), start=1):
        (directory / f"{lang}-{count:05d}.txt").write_text(article, encoding="utf-8")
    return count
