"""The official count against the media's or the local authorities' (issue 14): HLN
writes "In ons land vielen officieel al 20 dodelijke slachtoffers. Media berichten
echter over zeker 23", De Morgen "Volgens minister van Binnenlandse Zaken … twintig
bevestigde overlijdens … Lokale Waalse overheden spreken al van 23". Officials,
ministers, local authorities and the media are reporters (`reporters` in
lexicon/subjects.yaml), and one article's two reporters disagree about one moment even
when other outlets give the same figures, so the toll is a warning, not information."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from factcheck.models import ReportData
from factcheck.runs.reporting import build_report

ROOT = Path(__file__).resolve().parents[1]


def _report(*texts: tuple[str, str], published: str) -> ReportData:
    with tempfile.TemporaryDirectory() as folder:
        for i, (text, lang) in enumerate(texts):
            front = f"---\ndate: {published}\nlang: {lang}\n---\n"
            (Path(folder) / f"s{i}.md").write_text(front + text, encoding="utf-8")
        return build_report([Path(folder)])


OFFICIAL_AND_MEDIA = [
    ("en", "In Belgium 20 people have officially died in the floods. Local media report at "
           "least 23 dead in Belgium.", ["authorities", "media"]),
    ("de", "In Belgien sind offiziell 20 Menschen ums Leben gekommen. Lokale Medien "
           "berichten von mindestens 23 Toten in Belgien.", ["authorities", "media"]),
    ("nl", "In België vielen officieel al 20 dodelijke slachtoffers. Media berichten echter "
           "over zeker 23 dodelijke slachtoffers in België.", ["authorities", "media"]),
    ("nl", "Volgens de minister zijn er in België twintig bevestigde overlijdens. Lokale "
           "overheden spreken al van 23 overlijdens in België.",
     ["authorities", "local authorities"]),
    ("zh", "比利时官方确认20人死亡。当地媒体报道比利时至少23人死亡。", ["authorities", "media"]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "reporters"), OFFICIAL_AND_MEDIA)
def test_officials_and_media_are_reporters(lang: str, text: str, reporters: list[str]) -> None:
    report = _report((text, lang), published="2021-07")
    assert [c.reported_by for c in report.claims if c.attribute] == reporters


@pytest.mark.parametrize(("lang", "text", "reporters"), OFFICIAL_AND_MEDIA[:4])
def test_one_articles_two_reporters_disagree_whatever_another_outlet_adds(
    lang: str, text: str, reporters: list[str]
) -> None:
    """The month of publication alone dates neither count, and a second outlet gives
    each figure too; the article that sets the two reporters side by side makes it sure."""
    other = ("Der Innenminister bestätigte 20 Todesopfer in Belgien. Lokale Medien "
             "meldeten 23 Tote in Belgien.", "de")  # fmt: skip
    report = _report((text, lang), other, published="2021-07")
    alarms = [(f.rule, f.severity) for f in report.findings if f.severity != "info"]
    assert alarms == [("FC101", "warning")]
    (finding,) = [f for f in report.findings if f.severity == "warning"]
    assert len({c.file for c in report.claims if c.id in finding.claim_ids}) == 2


def test_one_reporter_updating_its_count_stays_information() -> None:
    text = ("In België vielen officieel al 20 dodelijke slachtoffers. Later meldde de "
            "minister officieel 23 dodelijke slachtoffers in België.")  # fmt: skip
    report = _report((text, "nl"), published="2021-07")
    assert [f.severity for f in report.findings] in ([], ["info"])


def test_any_article_sure_of_its_two_reporters_makes_the_finding_sure() -> None:
    """De Morgen leaves Belgium to "ons land" (an unsure subject) and sorts first; HLN
    names it: HLN's two reporters make the disagreement sure."""
    folder = ROOT / "corpus/real/germany-belgium-floods-2021"
    texts = [
        (folder / name).read_text(encoding="utf-8") for name in ("nl-demorgen-2.txt", "nl-hln.txt")
    ]
    report = _report(*((text, "nl") for text in texts), published="2021-07")
    demorgen = [c for c in report.claims if c.file and c.file.endswith("s0.md")]
    assert any(c.text == "23 overlijdens" and not c.subject_sure for c in demorgen)
    toll = [f for f in report.findings if "Belgium / death toll" in f.message]
    assert [(f.rule, f.severity) for f in toll if f.severity != "info"] == [("FC101", "warning")]
