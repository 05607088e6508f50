"""Findings scored on the real-article corpus: do `report` and `check` find the known
conflicts, and only those?

Each story's `story.yaml` (corpus/real/README.md) names its same-fact groups, the
known conflict pairs and the look-alike pairs that are not conflicts, by gold id
(`{file, id}`: the annotation `id` of a claim in that article's `.gold.jsonl`). The
whole corpus is reported at once, as a newsroom would; every report claim is matched
to the gold claim its span overlaps. Then:

- **conflict recall**: known conflict pairs whose two claims are held against each
  other (on opposite sides) in one error or warning finding;
- **finding precision**: error and warning findings that hold a known conflict pair
  against each other,
  or that a reviewer judged real (`judged.yaml`: each finding's claims by gold id and
  the verdict); an unjudged finding without a known pair counts against precision and
  is listed for review;
- **look-alike false alarms**: look-alike pairs whose two claims are held against
  each other in one error or warning finding (two claims on one side are said to
  agree).

Drafts (`corpus/drafts/<story>.<lang>.md` with `.expect.jsonl`) are checked against
their story's articles: a planted error is caught when an error or warning covers
its span, a correct restatement is a false alarm when one does, and confirmed when
its verdict is "supported".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from factcheck.evaluation.gold import articles, read_article
from factcheck.lexicon.yamlfile import load_yaml
from factcheck.load.manifest import Manifest, read_manifest
from factcheck.models import CheckResult, Finding, ReportData
from factcheck.runs.checking import check_paths
from factcheck.runs.reporting import build_report

DEFAULT_DRAFTS = Path(__file__).resolve().parents[2] / "corpus" / "drafts"
STORY_FILE = "story.yaml"
MANIFEST_FILE = "manifest.csv"
JUDGED_FILE = "judged.yaml"
FLAGGING = ("error", "warning")


class GoldRef(BaseModel):
    """One gold claim: an article (file name within its story) and its annotation id."""

    model_config = ConfigDict(frozen=True)

    file: str
    id: int


class GoldPair(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    a: GoldRef
    b: GoldRef
    kind: str | None = None
    why: str = ""


class Story(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    story: str
    conflicts: list[GoldPair] = []
    lookalikes: list[GoldPair] = []


class Judged(BaseModel):
    """A reviewed finding: its claims by gold id (with their story) and the verdict."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    story: str
    claims: list[GoldRef]
    real: bool
    why: str = ""


Key = tuple[str, str, int]  # story, file, gold id


@dataclass
class AlignmentScore:
    conflicts: int = 0
    conflicts_found: int = 0
    findings: int = 0
    findings_right: int = 0
    lookalikes: int = 0
    lookalikes_flagged: int = 0
    unreviewed: list[list[Key]] = field(default_factory=list)
    missed: list[GoldPair] = field(default_factory=list)


@dataclass
class DraftScore:
    planted: int = 0
    caught: int = 0
    correct: int = 0
    false_alarms: int = 0
    confirmed: int = 0
    misses: list[str] = field(default_factory=list)


def stories(corpus: Path) -> dict[str, Story]:
    return {
        path.parent.name: Story.model_validate(load_yaml(path)[0])
        for path in sorted(corpus.glob(f"*/{STORY_FILE}"))
    }


def gold_keys(report: ReportData, corpus: Path) -> dict[str, Key]:
    """Report claim id -> the gold claim its span overlaps (story, file, id)."""
    spans: dict[str, list[tuple[int, int, int]]] = {}
    for path in articles(corpus):
        article, _ = read_article(path)
        name = path.relative_to(corpus).as_posix()
        spans[name] = [(e.start, e.end, e.id) for e in article.expressions if e.kind == "claim"]
    keys: dict[str, Key] = {}
    for claim in report.claims:
        name = Path(claim.file or "").resolve().relative_to(corpus.resolve()).as_posix()
        story, file = name.split("/", 1)
        for start, end, gold_id in spans.get(name, []):
            if start < claim.end and claim.start < end:
                keys[claim.id] = (story, file, gold_id)
                break
    return keys


def score_report(report: ReportData, corpus: Path) -> AlignmentScore:
    keys = gold_keys(report, corpus)
    known = stories(corpus)
    judged = _judged(corpus)
    flagged = [f for f in report.findings if f.severity in FLAGGING]
    members = [{keys[c] for c in f.claim_ids if c in keys} for f in flagged]
    sides = [_sides(f, keys) for f in flagged]
    score = AlignmentScore(findings=len(flagged))
    for name, story in known.items():
        for pair in story.conflicts:
            score.conflicts += 1
            if _opposed(_keys(name, pair), sides):
                score.conflicts_found += 1
            else:
                score.missed.append(pair)
        for pair in story.lookalikes:
            score.lookalikes += 1
            score.lookalikes_flagged += _opposed(_keys(name, pair), sides)
    conflict_pairs = [_keys(n, p) for n, s in known.items() for p in s.conflicts]
    for finding, held, opposed in zip(flagged, members, sides, strict=True):
        verdict = judged.get(frozenset(held))
        if any(_opposed(pair, [opposed]) for pair in conflict_pairs) or verdict is True:
            score.findings_right += 1
        elif verdict is None:
            score.unreviewed.append(sorted(held) or [_unmatched(finding)])
    return score


Sides = tuple[set[Key], set[Key]]


def _keys(story: str, pair: GoldPair) -> tuple[Key, Key]:
    return (story, pair.a.file, pair.a.id), (story, pair.b.file, pair.b.id)


def _sides(finding: Finding, keys: dict[str, Key]) -> Sides:
    """The gold keys a finding holds against each other: its two sides, or all its
    claims against all when it has none. Two claims on one side are said to agree."""
    cut = finding.first_side or len(finding.claim_ids)
    first = {keys[c] for c in finding.claim_ids[:cut] if c in keys}
    second = {keys[c] for c in finding.claim_ids[cut:] if c in keys}
    return (first, second) if finding.first_side else (first, first)


def _opposed(pair: tuple[Key, Key], sides: Sequence[Sides]) -> bool:
    a, b = pair
    return any((a in one and b in two) or (b in one and a in two) for one, two in sides)


def _unmatched(finding: Finding) -> Key:
    return ("?", f"{finding.kind}: {finding.message[:80]}", 0)


def _judged(corpus: Path) -> dict[frozenset[Key], bool]:
    path = corpus / JUDGED_FILE
    if not path.is_file():
        return {}
    entries = [Judged.model_validate(item) for item in load_yaml(path)[0] or []]
    return {frozenset((j.story, c.file, c.id) for c in j.claims): j.real for j in entries}


def evaluate_alignment(corpus: Path) -> AlignmentScore:
    """The corpus reported as a newsroom would: with its manifest's publication dates."""
    report = build_report(articles(corpus), manifest=corpus_manifest(corpus))
    return score_report(report, corpus)


def corpus_manifest(corpus: Path) -> Manifest | None:
    path = corpus / MANIFEST_FILE
    return read_manifest(path) if path.exists() else None


class Expectation(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    id: int
    start: int
    end: int
    text: str
    expect: str
    error: str | None = None


def evaluate_drafts(drafts: Path, corpus: Path) -> DraftScore:
    score = DraftScore()
    for draft in sorted(drafts.glob("*.md")):
        story = draft.name.split(".")[0]
        sources = sorted((corpus / story).glob("*.txt"))
        result = check_paths([draft], sources, manifest=corpus_manifest(corpus))
        expected = _expectations(draft.with_suffix(".expect.jsonl"))
        _score_draft(draft.name, result, expected, score)
    return score


def _expectations(path: Path) -> list[Expectation]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [Expectation.model_validate_json(line) for line in lines if line.strip()]


def _score_draft(
    name: str, result: CheckResult, expected: Iterable[Expectation], score: DraftScore
) -> None:
    flagged = [f for f in result.findings if f.severity in FLAGGING]
    for item in expected:
        hit = [f for f in flagged if f.start < item.end and item.start < f.end]
        if item.expect == "error":
            score.planted += 1
            score.caught += bool(hit)
            if not hit:
                score.misses.append(f"{name}: missed {item.error} error {item.text!r}")
            continue
        score.correct += 1
        score.false_alarms += bool(hit)
        if hit:
            score.misses.append(f"{name}: false alarm {hit[0].kind} on {item.text!r}")
        supported = [f for f in result.supported if f.start < item.end and item.start < f.end]
        score.confirmed += bool(supported) and not hit


ALIGNMENT_COLUMNS = ("measure", "count", "of", "rate")


def alignment_rows(report: AlignmentScore, drafts: DraftScore | None) -> list[list[str]]:
    """The table `factcheck evaluate --alignment` prints."""
    rows = [
        ("conflict recall", report.conflicts_found, report.conflicts),
        ("finding precision", report.findings_right, report.findings),
        ("look-alike false alarms", report.lookalikes_flagged, report.lookalikes),
    ]
    if drafts is not None:
        rows += [
            ("drafts: planted errors caught", drafts.caught, drafts.planted),
            ("drafts: correct statements flagged", drafts.false_alarms, drafts.correct),
            ("drafts: correct statements supported", drafts.confirmed, drafts.correct),
        ]
    return [[name, str(count), str(whole), _percent(count, whole)] for name, count, whole in rows]


def _percent(count: int, whole: int) -> str:
    return f"{100 * count / whole:.1f}" if whole else "–"
