"""The verdict on every number of a draft, from the rules' own findings.

Each draft is checked on its own against the sources (read once per run). The
draft's claims are annotated like any source's, their unknown names resolved onto
the spellings the sources use, and the rules run over the draft's claims plus the
source claims they could meet (`checks.runner.check_claims`). A finding that joins
a draft claim to a source claim becomes that draft claim's verdict; a draft claim
without one is *supported* when value-conflict, as its rule sets it, finds a source
of its group in agreement, else *unsupported* (rule FC100, if enabled).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.annotation import annotate_claims
from factcheck.annotation.attributes import unit_attribute
from factcheck.annotation.located import sentence_of
from factcheck.annotation.names import respelled
from factcheck.checks.agreement import comparison_options
from factcheck.checks.runner import check_claims
from factcheck.checks.unsupported import is_bare_count
from factcheck.checks.wording import amount
from factcheck.extraction.daydates import names_day
from factcheck.knowledge import Knowledge
from factcheck.load.positions import Locator, placed
from factcheck.models import (
    CheckedDraft,
    CheckFinding,
    Claim,
    Document,
    DocumentStatus,
    Finding,
    Group,
    ReportClaim,
    Severity,
    Verdict,
)
from factcheck.ruleset import Rule
from factcheck.runs.confirming import Confirmations
from factcheck.runs.draft_readings import with_source_topics
from factcheck.runs.lookup_views import lookup_views, member_views, owner_views
from factcheck.runs.moments import Moments
from factcheck.runs.slips import Slip, Slips, slip_message
from factcheck.runs.source_index import Sources
from factcheck.runs.suppressions import fingerprint
from factcheck.runs.tallies import beyond_every_count
from factcheck.runs.undated import in_nearest_period
from factcheck.runs.updates import Quoted, Updates, quoted_message
from factcheck.runs.verdict_messages import (
    about,
    misreported_message,
    problem_message,
    reported_later_message,
    sources_text,
)
from factcheck.runs.weekdays import Weekdays, other_day_message

UNSUPPORTED = "unsupported"


@dataclass(frozen=True)
class DraftText:
    """A draft as the checker needs it: the document, its decoded file and its claims."""

    document: Document
    claims: list[Claim]
    locator: Locator
    source: str


def check_draft(draft: DraftText, sources: Sources, knowledge: Knowledge) -> CheckedDraft:
    """Verdicts for every compared claim (no furniture, no label) of one draft, in file order."""
    claims = _draft_claims(draft, sources, knowledge)
    candidates = member_views(claims, sources.candidates(lookup_views(claims, knowledge)))
    claims = with_source_topics(claims, candidates, knowledge)
    everything = {c.id: c for c in [*claims, *candidates]}
    groups, _, findings = check_claims(everything.values(), knowledge)
    against = _findings_by_draft_claim(findings, everything)
    verdicts = _Verdicts(draft, sources, knowledge, everything, groups)
    unconfirmed = [c for c in claims if not verdicts.confirmations.same_group(c)]
    views = owner_views(unconfirmed, knowledge)
    if views:  # only then: an owner's block may be an archive's largest
        verdicts.confirmations.add(sources.candidates(views))
    results = [verdicts.of(claim, against.get(claim.id, [])) for claim in claims]
    results = [verdicts.slipped(c, result) for c, result in zip(claims, results, strict=True)]
    flat = [finding for result in results for finding in result]
    return CheckedDraft(
        document=DocumentStatus.read(draft.document, len(draft.claims)),
        findings=[f for f in flat if f.kind != "supported"],
        supported=[f for f in flat if f.kind == "supported"],
        claims=len(claims),
    )


def _draft_claims(draft: DraftText, sources: Sources, knowledge: Knowledge) -> list[ReportClaim]:
    """Annotated draft claims with ids `d1`, ... and subjects spelled as the sources spell them."""
    resolver = sources.name_resolver(knowledge.entities.matching.unknown_name_threshold)
    result = []
    kept = [c for c in draft.claims if c.compared]
    document = draft.document
    for number, claim in enumerate(
        annotate_claims(document, kept, knowledge.entities, knowledge.attributes), 1
    ):
        subject = respelled(claim.subject, resolver) if claim.subject else None
        as_of = claim.as_of
        if as_of and not names_day(document.text, claim.sentence, as_of, document.date):
            as_of = None  # a draft is not yet published: only a day it names dates it
        update = {"id": f"d{number}", "subject": subject, "role": "draft", "as_of": as_of}
        result.append(claim.model_copy(update=update))
    return result


def _findings_by_draft_claim(
    findings: list[Finding], claims: dict[str, ReportClaim]
) -> dict[str, list[Finding]]:
    """Findings that join a draft claim to at least one source claim, or that are
    about the draft's own figures (`OWN_FIGURES`), per draft claim."""
    result: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        drafts = [i for i in finding.claim_ids if claims[i].role == "draft"]
        own = finding.kind in OWN_FIGURES
        if drafts and (own or len(drafts) < len(finding.claim_ids)):
            for claim_id in drafts:
                result[claim_id].append(finding)
    return result


# A verdict quotes this many source claims at most, one per file first: a wire story
# copied by a thousand sites is one piece of evidence, not a thousand (the message
# counts the rest).
MAX_EVIDENCE = 8


def _cited(ids: Iterable[str], claims: dict[str, ReportClaim]) -> list[str]:
    files: set[str | None] = set()
    first: list[str] = []
    rest: list[str] = []
    for claim_id in dict.fromkeys(ids):
        file = claims[claim_id].file
        if file not in files:
            files.add(file)
            first.append(claim_id)
            if len(first) == MAX_EVIDENCE:
                break
        elif len(rest) < MAX_EVIDENCE:
            rest.append(claim_id)
    return (first + rest)[:MAX_EVIDENCE]


# A source that says the same of the same subject and period confirms the draft: the
# figure said of someone else, or of another period, elsewhere is no error of the draft,
# and neither is an unsure disagreement (info) with another source, nor a conversion
# at an impossible rate when the sources write the converted figure (the slip is the other's).
CONFIRMED_AWAY = frozenset({"attribution-conflict", "time-conflict", "conversion-rate"})
OWN_FIGURES = frozenset({"implausible", "conversion-rate"})  # need no source: on the first claim
# Disagreements a source that agrees with the draft outweighs or makes news among the
# sources: "10,000 GPUs" against one outlet's "10,000 CPUs" when another says GPUs.
OUTWEIGHED = frozenset({"value-conflict", "scale-error", "unit-mismatch"})


class _Verdicts:
    """Turns rule findings and group membership into one draft claim's verdicts."""

    def __init__(
        self,
        draft: DraftText,
        sources: Sources,
        knowledge: Knowledge,
        claims: dict[str, ReportClaim],
        groups: list[Group],
    ) -> None:
        self.draft, self.sources, self.claims = draft, sources, claims
        self.rules = {rule.check: rule for rule in knowledge.rules if rule.enabled}
        self.by_id = {rule.id: rule for rule in knowledge.rules}
        self.labels = knowledge.attributes.labels
        rule = self.rules.get("value-conflict")
        self.confirmations = Confirmations(claims, groups, knowledge.entities, rule)
        attributes = knowledge.attributes.attributes.values()
        running = frozenset(a.id for a in attributes if a.running)
        self.slips = Slips.for_knowledge(self.confirmations, knowledge)
        self.unplaced: dict[str, set[str | None]] = {}  # -> the files that dispute it
        self.story: set[str | None] = set()  # the files that confirm a draft figure
        self.static = frozenset(a.id for a in attributes if a.granularity == "static")
        self.planned = knowledge.attributes.planned
        severities = {r.id: r.severity for r in knowledge.rules}
        self.moments = Moments(draft.document, sources, claims, running, severities)
        self.running = running
        self.options = comparison_options(rule)
        self.tally_severity: Severity = "warning"  # at most: the hour is unsure
        if rule is not None and rule.severity == "info":
            self.tally_severity = "info"
        self.updates = Updates(claims.values() if rule else (), running, self.options)
        path = draft.document.path
        drafted = (c for c in claims.values() if c.role == "draft" and c.file == path)
        self.weekdays = Weekdays(draft.document.text, drafted, sources, running)

    def of(self, claim: ReportClaim, findings: list[Finding]) -> list[CheckFinding]:
        agreeing = self._restating(claim, self.confirmations.same_group(claim))
        findings = [f for f in findings if self._against_sources(f, claim) or _of_itself(f, claim)]
        findings, agreeing = self.moments.held_at(claim, findings, agreeing)
        if not agreeing:
            findings = self._beyond_every_count(claim, findings)
            if not _alarms(findings) and (quoted := self.updates.quoted(claim)) is not None:
                return [self._quoted(claim, quoted)]
        anywhere = self._restating(claim, self.confirmations.in_any_period(claim))
        findings, agreeing = in_nearest_period(
            claim, findings, agreeing, anywhere, self.claims, self.static
        )
        findings = self._same_reporter(claim, agreeing, findings)
        weaker, same = self._weaker_confirmations(claim, agreeing, findings)
        attribution = self.rules.get("attribution-conflict")
        if (
            attribution
            and agreeing
            and (own := self.confirmations.reported_otherwise(claim, agreeing))
        ):
            return [self._misreported(claim, attribution, agreeing, own)]
        if agreeing or weaker or same:
            findings = [
                f for f in findings if f.kind not in CONFIRMED_AWAY and f.severity != "info"
            ]
        if weaker and all(
            f.kind == "unit-mismatch" or self.confirmations.undated_against(f, claim)
            for f in findings
        ):
            agreeing, weaker = agreeing + weaker, []  # a unit only one outlet writes
        if agreeing and findings and all(self._outweighed(f, claim, agreeing) for f in findings):
            return [self._supported(claim, agreeing, findings)]
        if not (agreeing or weaker or same or _alarms(findings)):
            if (later := self._reported_later(claim, findings)) is not None:
                return [later]
            self.unplaced[claim.id] = {  # `slipped` may find what the sources write instead
                self.claims[i].file for f in findings for i in f.opposite(claim.id)
            }
        if findings:
            return [self._problem(claim, f, agreeing) for f in findings]
        agreeing += weaker
        if agreeing:
            return [self._supported(claim, agreeing)]
        if same:
            return [self._supported(claim, same, same_figure=True)]
        rule = self.rules.get(UNSUPPORTED)
        generic = unit_attribute("count")
        if rule is None or is_bare_count(claim, generic, float(rule.param("min_bare_count"))):
            return []
        return [self._verdict(claim, UNSUPPORTED, rule.id, rule.severity, self._unsupported(claim))]

    def _supported(
        self,
        claim: ReportClaim,
        agreeing: list[str],
        disputed: Iterable[Finding] = (),
        same_figure: bool = False,
    ) -> CheckFinding:
        """The sources agree; unless those that date a running count's figure give it
        on another weekday than the draft (`runs.weekdays`)."""
        if (misdated := self._on_another_day(claim, agreeing)) is not None:
            return misdated
        cited = sources_text([self.claims[i] for i in agreeing])
        self.story.update(self.claims[i].file for i in agreeing)
        if same_figure:
            message = f"{amount(claim)}: the same figure is in {cited}"
        else:
            message = f"{about(claim, self.labels)}: {amount(claim)} agrees with {cited}"
        others = [
            i
            for i in dict.fromkeys(i for f in disputed for i in f.opposite(claim.id))
            if self.claims[i].role == "source"
        ]
        if others:
            message += " (disputed: " + sources_text([self.claims[i] for i in others]) + ")"
        return self._verdict(claim, "supported", None, None, message, [*agreeing, *others])

    def _reported_later(self, claim: ReportClaim, findings: list[Finding]) -> CheckFinding | None:
        """A warning when no source dates a figure for the draft's period and the ones
        published soon after it without a period agree on another figure
        (`Confirmations.reported_later`): only a warning, the period is read from the
        day, not stated."""
        rule = self.rules.get("value-conflict")
        dated = any(
            self.claims[i].role == "source" and self.claims[i].time == claim.time
            for finding in findings
            for i in finding.opposite(claim.id)
        )
        later = [] if rule is None or dated else self.confirmations.reported_later(claim)
        if rule is None or not later:
            return None
        cited = [self.claims[i] for i in _cited(later, self.claims)]
        message = reported_later_message(claim, cited, self.labels)
        severity = "warning" if rule.severity == "error" else rule.severity
        return self._verdict(claim, "value-conflict", rule.id, severity, message, later)

    def slipped(self, claim: ReportClaim, verdicts: list[CheckFinding]) -> list[CheckFinding]:
        """The verdict of a figure no rule placed, once every figure has one: a slip
        (`runs.slips`) when a source that confirms another figure of the draft writes
        its digits otherwise. Only such a source: in an archive, three digits at another
        scale turn up by chance in some unrelated article; or one whose figure of the
        same subject and measure disputes it (">2,300 people" deployed against the
        draft's "逾230名")."""
        if claim.id not in self.unplaced:
            return verdicts
        slip = self.slips.of(claim, self.story | self.unplaced[claim.id])
        if slip is None or slip.kind not in self.rules:
            return verdicts
        return [self._slip(claim, slip)]

    def _slip(self, claim: ReportClaim, slip: Slip) -> CheckFinding:
        """A figure the sources write with its digits otherwise: at most a warning, as
        nothing but the digits joins the two."""
        rule = self.rules[slip.kind]
        severity = "warning" if rule.severity == "error" else rule.severity
        cited = sources_text([self.claims[i] for i in _cited(slip.source_ids, self.claims)])
        message = slip_message(claim, slip, cited)
        return self._verdict(claim, slip.kind, rule.id, severity, message, slip.source_ids)

    def _beyond_every_count(self, claim: ReportClaim, findings: list[Finding]) -> list[Finding]:
        """`beyond_every_count`, unless the draft's figure lies above counts all of one
        day their sentences name (`Weekdays.above_days`)."""
        held = beyond_every_count(
            claim, findings, self.claims, self.running, self.options, self.tally_severity
        )
        if not _alarms(held):
            return held
        counts = [c for i in held[0].opposite(claim.id) if (c := self.claims[i]).role == "source"]
        return findings if self.weekdays.above_days(claim, counts, self.options) else held

    def _on_another_day(self, claim: ReportClaim, agreeing: list[str]) -> CheckFinding | None:
        """A running count the sources that date its figure give on another weekday."""
        rule = self.rules.get("time-conflict")
        if rule is None or not agreeing:
            return None
        other = self.weekdays.given_on_another_day(claim, (self.claims[i] for i in agreeing))
        if other is None:
            return None
        message = other_day_message(claim, other, about(claim, self.labels))
        evidence = [source.id for source, _ in other.sources]
        severity = "warning" if rule.severity == "error" else rule.severity
        return self._verdict(claim, "time-conflict", rule.id, severity, message, evidence)

    def _quoted(self, claim: ReportClaim, quoted: Quoted) -> CheckFinding:
        """A count the source of the draft's companion figure gives otherwise."""
        rule = self.rules["value-conflict"]
        measure = quoted.companion.attribute
        label = self.labels.get(measure.name or "", "") if measure else ""
        message = quoted_message(claim, quoted, about(claim, self.labels), label)
        evidence = [f.id for f in quoted.figures]
        return self._verdict(
            claim, "value-conflict", rule.id, self.tally_severity, message, evidence
        )

    def _weaker_confirmations(
        self, claim: ReportClaim, agreeing: list[str], findings: list[Finding]
    ) -> tuple[list[str], list[str]]:
        """For a figure no source of its own group confirms and no sure finding
        disputes but for a unit another source writes differently, or only sources that
        state no period either: the weaker sources that confirm it
        (`Confirmations.weaker`, `Confirmations.undated`), else the sources stating the
        same distinctive figure."""
        disputing = [f for f in findings if f.kind != "unit-mismatch"]
        undated = self.confirmations.undated_against
        if agreeing or _alarms([f for f in disputing if not undated(f, claim)]):
            return [], []
        weaker = self.confirmations.weaker(claim)
        if _alarms(disputing):
            weaker = list(dict.fromkeys([*weaker, *self.confirmations.undated(claim, disputing)]))
        weaker = self._restating(claim, weaker)
        return weaker, [] if weaker else self.confirmations.same_figure(claim)

    def _restating(self, claim: ReportClaim, agreeing: list[str]) -> list[str]:
        """The agreeing sources that confirm the claim: any, for a figure whose measure
        is named; for one no word says the measure of, only those stating the very
        figure ("28,5 Prozent" for 28.5%; "about 72%" is no restatement of a ≈78%)."""
        if claim.attribute is not None and not claim.attribute.generic:
            return agreeing
        figure = (claim.low, claim.high, claim.unit)
        return [i for i in agreeing if (c := self.claims[i]).low is not None
                and (c.low, c.high, c.unit) == figure]  # fmt: skip

    def _same_reporter(
        self, claim: ReportClaim, agreeing: list[str], findings: list[Finding]
    ) -> list[Finding]:
        """A draft figure that names who measured it ("USGS put it at 5.9"), which a
        source gives that reporter too, disagrees only with that reporter's other
        figures: the CENC's 6.2 is another measurement, not a dispute."""
        reporter = claim.reported_by
        if reporter is None or all(self.claims[i].reported_by != reporter for i in agreeing):
            return findings
        return [
            f
            for f in findings
            if _of_itself(f, claim)
            or any(self.claims[i].reported_by == reporter for i in f.opposite(claim.id))
        ]

    def _outweighed(self, finding: Finding, claim: ReportClaim, agreeing: list[str]) -> bool:
        """A disagreement of fewer sources than confirm the draft: the draft stands
        with the most (the others are listed with it), as an editor weighs them; a plan
        one source confirms stands beside its revisions (`planned`)."""
        if finding.kind not in OUTWEIGHED:
            return False
        if claim.attribute is not None and claim.attribute.name in self.planned:
            return bool(agreeing)
        against = {
            self.claims[i].file
            for i in finding.opposite(claim.id)
            if self.claims[i].role == "source"
        }
        return len(against) <= len({self.claims[i].file for i in agreeing})

    def _misreported(
        self, claim: ReportClaim, rule: Rule, agreeing: list[str], own: list[str]
    ) -> CheckFinding:
        """The figure is right, its reporter wrong: the sources give it to another and
        give the draft's reporter a figure of its own (FC104, attribution, when enabled)."""
        agree, differ = ([self.claims[i] for i in ids] for ids in (agreeing, own))
        message = misreported_message(claim, agree, differ, self.labels)
        evidence = [*agreeing, *own]
        return self._verdict(
            claim, "attribution-conflict", rule.id, rule.severity, message, evidence
        )

    def _problem(self, claim: ReportClaim, finding: Finding, agreeing: list[str]) -> CheckFinding:
        others = [i for i in finding.opposite(claim.id) if self.claims[i].role == "source"]
        sources = [self.claims[i] for i in others]
        message = problem_message(claim, finding, sources, self.labels)
        severity = finding.severity
        if self._sure_by_another(claim, finding):
            severity = "info"  # its subject is a guess, another draft figure's is not
        elif agreeing and finding.kind in OUTWEIGHED:
            severity = "info"  # a source says what the draft says: the others are news
            message += (
                "; the sources disagree among themselves, and "
                + sources_text([self.claims[i] for i in agreeing])
                + " supports the draft"
            )
            others = [*others, *agreeing]
        return self._verdict(claim, finding.kind, finding.rule, severity, message, others)

    def _sure_by_another(self, claim: ReportClaim, finding: Finding) -> bool:
        """A guessed draft figure in a finding a sure draft figure on its side made sure
        ("das nominale BIP … 4,12 Billionen Euro", guessed Japan's, beside "Japans … 4,2")."""
        if claim.subject_sure or not finding.first_side:
            return False
        against = set(finding.opposite(claim.id))
        beside = (self.claims[i] for i in finding.claim_ids if i != claim.id and i not in against)
        return any(c.role == "draft" and c.subject_sure for c in beside)

    def _against_sources(self, finding: Finding, claim: ReportClaim) -> bool:
        """Whether the finding holds the draft claim against a source claim (not only
        against other draft claims, nor with the sources on its own side)."""
        return any(self.claims[i].role == "source" for i in finding.opposite(claim.id))

    def _unsupported(self, claim: ReportClaim) -> str:
        if not claim.subject:
            return (
                f"{amount(claim)}: no subject found for this figure, so nothing to check it against"
            )
        if claim.attribute is not None and claim.attribute.generic:
            return (
                f"{amount(claim)} about {claim.subject.readable()}: no word says what it "
                "measures, so it is not compared"
            )
        return f"{about(claim, self.labels)}: no source gives a figure for this ({amount(claim)})"

    def _verdict(
        self,
        claim: ReportClaim,
        kind: Verdict,
        rule: str | None,
        severity: str | None,
        message: str,
        evidence_ids: Iterable[str] = (),
    ) -> CheckFinding:
        position = self.draft.locator.span(claim.start, claim.end)
        sentence = sentence_of(self.draft.document.text, claim)
        cited = _cited(evidence_ids, self.claims)
        evidence = tuple(self.sources.evidence(i) for i in cited)
        return CheckFinding(
            **placed(claim, position),
            rule=rule,
            kind=kind,
            severity=severity,  # type: ignore[arg-type]
            message=message,
            evidence=tuple(sorted(evidence, key=lambda e: (e.file, e.start, e.end))),
            fingerprint=fingerprint(self.draft.document.path, rule or kind, claim.text, sentence),
        )


def _alarms(findings: list[Finding]) -> bool:
    return any(f.severity != "info" for f in findings)


def _of_itself(finding: Finding, claim: ReportClaim) -> bool:
    """A finding about the draft's own figures ("20 billion people": implausible;
    "380 billion yuan ($52.4 million)": the conversion's rate), on its first claim."""
    return finding.kind in OWN_FIGURES and finding.claim_ids[0] == claim.id
