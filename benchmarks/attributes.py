"""Attribute consistency on the real-article corpus (`corpus/real`).

`python -m benchmarks.attributes [--corpus corpus/real] [--dump]` reports the whole
corpus once and, per language of the claim's article:

- (a) specific: a fact's claims that get a specific (not generic) attribute;
- (b) agreeing: pairs of claims within one fact that get the same specific attribute,
  of all pairs (a cross-language pair counts for both languages);
- (c) look-alikes "same number, other measure" (`kind: other_attribute`) whose two
  claims get the same attribute, and of those the pairs whose shared attribute is a
  specific one (generic ones are not taken to measure one thing): lower is better.

Facts are what story.yaml says are one attribute of one subject for one period, so
(a) and (b) should approach 100 % and (c) 0 %. `--dump` lists every fact's claims with
their attribute and sentence, the material for picking keywords.
"""

from __future__ import annotations

import argparse
import itertools
from collections import Counter
from pathlib import Path

from factcheck.evaluation.alignment import gold_keys
from factcheck.evaluation.gold import articles
from factcheck.lexicon.yamlfile import load_yaml
from factcheck.models import LANGUAGES, ReportClaim
from factcheck.runs.reporting import build_report

Key = tuple[str, str, int]


def _ref(story: str, ref: dict) -> Key:
    return (story, ref["file"], int(ref["id"]))


def _lang(key: Key) -> str:
    return key[1].split("-", 1)[0]


def measure(corpus: Path, dump: bool = False) -> dict[str, Counter]:
    """Counters per language (and "all") of the three measures."""
    report = build_report(articles(corpus))
    by_key: dict[Key, ReportClaim] = {}
    keys = gold_keys(report, corpus)
    for claim in report.claims:
        if claim.id in keys:
            by_key.setdefault(keys[claim.id], claim)
    counts: dict[str, Counter] = {lang: Counter() for lang in (*LANGUAGES, "all")}
    for path in sorted(corpus.glob("*/story.yaml")):
        story = path.parent.name
        data = load_yaml(path)[0]
        for fact in data.get("facts") or []:
            members = [_ref(story, ref) for ref in fact["claims"]]
            if dump:
                _dump(corpus, fact, members, by_key)
            for key in members:
                claim = by_key.get(key)
                specific = claim is not None and not claim.attribute.generic
                for lang in (_lang(key), "all"):
                    counts[lang]["claims"] += 1
                    counts[lang]["specific"] += specific
            for a, b in itertools.combinations(members, 2):
                ca, cb = by_key.get(a), by_key.get(b)
                same = ca is not None and cb is not None and ca.attribute == cb.attribute
                same = same and not ca.attribute.generic
                for lang in {_lang(a), _lang(b), "all"}:
                    counts[lang]["pairs"] += 1
                    counts[lang]["agree"] += same
        for pair in data.get("lookalikes") or []:
            if pair.get("kind") != "other_attribute":
                continue
            a, b = _ref(story, pair["a"]), _ref(story, pair["b"])
            ca, cb = by_key.get(a), by_key.get(b)
            same = ca is not None and cb is not None and ca.attribute == cb.attribute
            if dump and same:
                print(f"LOOKALIKE same attribute {ca.attribute}: {a} {b}: {pair.get('why')}")
            for lang in {_lang(a), _lang(b), "all"}:
                counts[lang]["lookalikes"] += 1
                counts[lang]["lookalike_same"] += same
                counts[lang]["lookalike_specific"] += same and not ca.attribute.generic
    return counts


def _dump(corpus: Path, fact: dict, members: list[Key], by_key: dict[Key, ReportClaim]) -> None:
    print(f"\n## {fact['fact']}  [{fact['attribute']}]")
    for key in members:
        claim = by_key.get(key)
        if claim is None:
            print(f"  {key[1]}#{key[2]}: (no claim)")
            continue
        text = (corpus / key[0] / key[1]).read_text(encoding="utf-8")
        lo, hi = claim.sentence
        sentence = " ".join(text[lo:hi].split())[:220]
        print(f"  {key[1]}#{key[2]} {claim.attribute} ({claim.unit}): {claim.text!r} | {sentence}")


def _percent(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.0f} %)" if whole else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.attributes")
    parser.add_argument("--corpus", type=Path, default=Path("corpus/real"))
    parser.add_argument("--dump", action="store_true")
    args = parser.parse_args(argv)
    counts = measure(args.corpus, args.dump)
    print("| lang | (a) specific | (b) agreeing pairs | (c) look-alikes same | of which specific |")
    print("|---|---|---|---|---|")
    for lang, c in counts.items():
        print(
            f"| {lang} | {_percent(c['specific'], c['claims'])}"
            f" | {_percent(c['agree'], c['pairs'])}"
            f" | {_percent(c['lookalike_same'], c['lookalikes'])}"
            f" | {_percent(c['lookalike_specific'], c['lookalikes'])} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
