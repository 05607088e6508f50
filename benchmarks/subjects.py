"""Subject accuracy on the real-article corpus: is each gold fact's claim given the
fact's subject?

For every claim a story's `facts` list, the report claim whose span overlaps the
gold span is found (one `build_report` over `corpus/real`), and its subject is
compared with the fact's `subject`, entity by entity:

- **strict**: the fact subject is an entity of the table (an alias in any
  language), or names joined by " and " that all are ("Germany and Belgium" is the
  joint subject Germany + Belgium). Right when the claim's subject has exactly
  those entities.
- **loose**: the fact subject is a description that names entities ("Xiaomi SU7
  Max", "Hong Kong march of 9 June 2019", "Haidong, Qinghai"). Right when the
  claim's subject shares an entity with it (or the owner of one, `part_of`).
- **skipped**: the description names no entity of the table ("hajj 2024 pilgrims").

Both the expected and the predicted names go through the *current* entity table,
so predictions saved before a change (`--save`) can be scored again after it
(`--load`) on equal terms.

    python -m benchmarks.subjects [--corpus corpus/real] [--save F | --load F] [--wrong N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import yaml

from factcheck.annotation.entities import EntityTable
from factcheck.knowledge import default_entities

JOINT = re.compile(r"\s+(?:and|\+)\s+")


def predictions(corpus: Path) -> list[dict[str, Any]]:
    """One row per fact claim: the gold span, the fact subject, and what the report says."""
    from factcheck.evaluation.gold import articles
    from factcheck.runs.reporting import build_report

    report = build_report(articles(corpus), jobs="auto", keep_texts=True)
    by_file: dict[str, list[Any]] = defaultdict(list)
    for claim in report.claims:
        by_file[Path(claim.file or "").resolve().as_posix()].append(claim)
    rows = []
    for story in sorted(corpus.glob("*/story.yaml")):
        facts = yaml.safe_load(story.read_text(encoding="utf-8")).get("facts") or []
        for fact in facts:
            for ref in fact["claims"]:
                rows.append(_row(story.parent, fact, ref, by_file, report.texts))
    return rows


def _row(folder: Path, fact: dict, ref: dict, by_file: dict, texts: dict) -> dict[str, Any]:
    article = folder / ref["file"]
    gold = article.with_name(article.name[: -len(".txt")] + ".gold.jsonl")
    spans = {
        e["id"]: e for e in map(json.loads, gold.read_text(encoding="utf-8").splitlines()) if e
    }
    span = spans[ref["id"]]
    claims = by_file.get(article.resolve().as_posix(), [])
    hit = next((c for c in claims if c.start < span["end"] and span["start"] < c.end), None)
    row = {
        "story": folder.name,
        "file": ref["file"],
        "id": ref["id"],
        "lang": ref["file"][:2],
        "fact": fact["subject"],
        "gold": span["text"],
        "found": hit is not None,
    }
    if hit is not None:
        text = article.read_text(encoding="utf-8")
        row["subject"] = list(hit.subject) if hit.subject else None
        row["sure"] = hit.subject_sure
        row["sentence"] = text[hit.sentence[0] : hit.sentence[1]].strip()
    return row


def expected(table: EntityTable, subject: str) -> tuple[str, frozenset[str]]:
    """("strict", names), ("loose", names) or ("skip", {}) for a fact's subject."""
    exact = _exact(table, subject)
    if exact:
        return "strict", frozenset({exact})
    parts = [_exact(table, p) for p in JOINT.split(subject)]
    if len(parts) > 1 and all(parts):
        return "strict", frozenset(p for p in parts if p)
    named = {m.entity for m in table.mentions(subject, lang="en") if m.entity in table.entities}
    named |= {o for o in map(_owner(table), named) if o}
    return ("loose", frozenset(named)) if named else ("skip", frozenset())


def _exact(table: EntityTable, name: str) -> str | None:
    return table.alias_to_id.get(name) or table.alias_to_id.get(name.strip())


def _owner(table: EntityTable) -> Any:
    return getattr(table, "owner_of", lambda _name: None)


def verdict(table: EntityTable, row: dict[str, Any]) -> str:
    """'right', 'wrong', 'missed' (not extracted) or 'skip' (no entity in the fact)."""
    how, names = expected(table, row["fact"])
    if how == "skip":
        return "skip"
    if not row["found"]:
        return "missed"
    got = {table.canonical(n) for n in row["subject"] or ()}
    if how == "strict":
        return "right" if got == names else "wrong"
    got |= {o for o in map(_owner(table), got) if o}
    return "right" if got & names else "wrong"


def score(table: EntityTable, rows: list[dict[str, Any]], wrong: int) -> str:
    """A Markdown table per language: right / scored, and the sure/unsure split."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    misses = []
    for row in rows:
        result = verdict(table, row)
        for lang in (row["lang"], "all"):
            counts[lang][result] += 1
            if result in ("right", "wrong"):
                sure = "sure" if row["sure"] else "unsure"
                counts[lang][f"{sure}_{result}"] += 1
        if result == "wrong":
            misses.append(row)
    lines = [
        "| lang | scored | right | accuracy | sure right/n | unsure right/n | missed | skipped |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for lang in ("en", "de", "nl", "zh", "all"):
        c = counts[lang]
        n = c["right"] + c["wrong"]
        sure = f"{c['sure_right']}/{c['sure_right'] + c['sure_wrong']}"
        unsure = f"{c['unsure_right']}/{c['unsure_right'] + c['unsure_wrong']}"
        accuracy = f"{c['right'] / n:.1%}" if n else "-"
        lines.append(
            f"| {lang} | {n} | {c['right']} | {accuracy} | {sure} | {unsure} "
            f"| {c['missed']} | {c['skip']} |"
        )
    for row in misses[:wrong]:
        lines.append(
            f"\n- {row['story']}/{row['file']}#{row['id']} {row['gold']!r}: "
            f"want {row['fact']!r}, got {row['subject']} sure={row['sure']}\n  {row['sentence']}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.subjects")
    parser.add_argument("--corpus", type=Path, default=Path("corpus/real"))
    parser.add_argument("--save", type=Path, help="write the predictions as JSON")
    parser.add_argument("--load", type=Path, help="score saved predictions instead")
    parser.add_argument("--wrong", type=int, default=0, help="list this many wrong subjects")
    args = parser.parse_args(argv)
    if args.load:
        rows = json.loads(args.load.read_text(encoding="utf-8"))
    else:
        rows = predictions(args.corpus)
    if args.save:
        args.save.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    print(score(default_entities(), rows, args.wrong))
    return 0


if __name__ == "__main__":
    sys.exit(main())
