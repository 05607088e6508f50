"""The data that flows through the pipeline: documents in, claims out.

Every model is a pydantic v2 model so that JSON output, the pandas frames and
the tests all see one validated shape.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, GetCoreSchemaHandler, model_validator
from pydantic_core import core_schema

Bound = Literal["gt", "ge", "lt", "le"]
LANGUAGES: tuple[str, ...] = ("en", "de", "nl", "zh")


class Subject(tuple[str, ...]):
    """Who a claim is about: one name, or the members of a joint subject ("Google,
    Meta and xAI" is ("Google", "Meta", "xAI")). Written as its names joined by " + "
    in JSON, tables and messages; read back from that form."""

    JOINER = " + "

    def __new__(cls, names: Iterable[str]) -> Subject:
        return super().__new__(cls, names)

    @classmethod
    def parse(cls, text: str) -> Subject:
        return cls(text.split(cls.JOINER))

    @property
    def joint(self) -> bool:
        return len(self) > 1

    def __str__(self) -> str:
        return self.JOINER.join(self)

    def readable(self) -> str:
        """For people: "Google, Meta and xAI"."""
        return self[0] if len(self) == 1 else ", ".join(self[:-1]) + " and " + self[-1]

    def __repr__(self) -> str:
        return f"Subject({tuple(self)!r})"

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> Any:
        return core_schema.no_info_plain_validator_function(
            _subject_of, serialization=core_schema.plain_serializer_function_ser_schema(str)
        )


def _subject_of(value: Any) -> Subject:
    if isinstance(value, Subject):
        return value
    if isinstance(value, str):
        return Subject.parse(value)
    if isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
        return Subject(value)
    raise ValueError(f"not a subject: {value!r}")


class Attribute(NamedTuple):
    """What a claim measures: a named attribute of the attribute table ("market_value"),
    or, when no keyword names one, the generic attribute of its unit: the unit's
    category and the unit ("currency", "USD"). Written "market_value" or
    "currency:USD" in JSON and tables."""

    name: str | None = None
    category: str | None = None
    unit: str | None = None

    @classmethod
    def parse(cls, text: str) -> Attribute:
        category, colon, unit = text.partition(":")
        return cls(category=category, unit=unit) if colon else cls(name=text)

    @property
    def generic(self) -> bool:
        """True for a unit's fallback attribute, which names no specific measure."""
        return self.name is None

    def __str__(self) -> str:
        return self.name if self.name is not None else f"{self.category}:{self.unit}"

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> Any:
        return core_schema.no_info_plain_validator_function(
            _attribute_of, serialization=core_schema.plain_serializer_function_ser_schema(str)
        )


def _attribute_of(value: Any) -> Attribute:
    if isinstance(value, Attribute):
        return value
    if isinstance(value, str):
        return Attribute.parse(value)
    raise ValueError(f"not an attribute: {value!r}")


ClaimRole = Literal["source", "draft"]


class Document(BaseModel):
    """A decoded input file: the text every claim offset points into.

    `source_map` holds (text offset, source offset) pairs where the mapping from
    the extracted text back to the file changes (HTML); empty means identity.
    `source` is the decoded file as written (the markup of HTML, the Markdown with
    its comments), `sha256` the hash of the file's bytes: later stages (positions,
    suppression comments, the claims store) take them from here instead of
    reading the file again. A document made from a string has `source == text`.
    `lang_candidates` are the languages the text may be in when detection was not
    sure (`lang` first); extraction then keeps only the claims every one of them
    reads alike. Empty when the language was given or detected for sure.
    `furniture_spans` are (start, end) spans of `text` that are not the page's main
    content (HTML lines trafilatura does not keep): their claims are boilerplate.
    """

    model_config = ConfigDict(frozen=True)

    path: str
    lang: str
    text: str
    lang_candidates: tuple[str, ...] = ()
    date: str | None = None
    encoding: str = "utf-8"
    source_map: tuple[tuple[int, int], ...] = ()
    furniture_spans: tuple[tuple[int, int], ...] = ()
    source: str = ""
    sha256: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _source_defaults_to_text(cls, data: Any) -> Any:
        if isinstance(data, dict) and not data.get("source"):
            return {**data, "source": data.get("text", "")}
        return data


class Claim(BaseModel):
    """One numeric statement found in a text, fully normalised.

    `text[start:end] == surface` always holds for the decoded document text.
    A single value has `low == high == value`; a range has `value=None` and its
    two bounds; an open bound ("more than 5") keeps `value` and sets `bound`.
    `change` marks a change rather than a level ("rose 3 %", "−2,1 %", "doubled"):
    a change is never held against a level. `label` marks a number that orders or
    names rather than states a figure ("for the first time", "die dritte Banane",
    "第16任"): it is read, listed with `--include-boilerplate`, never compared.
    `time` is the period the claim's clause (else its sentence) states; `as_of` is the
    date the document was published (ISO, as precise as known), the date a claim
    without a period speaks for. `carried_time` is the period the sentences just
    before a claim naming no time name: the annotation gives it to a figure whose
    measure is of a period (revenue, not a toll).
    `conversion` marks a restatement of the figure before it in another unit ("80
    billion dollars (74 billion euros)"): two views of one figure, never a pair to
    compare with each other.
    """

    model_config = ConfigDict(frozen=True)

    file: str | None = None
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    value: float | None
    low: float | None
    high: float | None
    unit: str = "count"
    scale: str | None = None
    approx: bool = False
    hedge: str | None = None
    bound: Bound | None = None
    change: bool = False
    time: str | None = None
    boilerplate: bool = False
    label: bool = False
    conversion: bool = False
    origin: bool = False
    as_of: str | None = None
    carried_time: str | None = Field(None, exclude=True)
    lang: str
    sentence: tuple[int, int]
    subject: Subject | None = None
    attribute: Attribute | None = None

    @property
    def is_range(self) -> bool:
        return self.value is None and self.low is not None

    @property
    def compared(self) -> bool:
        """Whether checks hold this claim against others: never page furniture, a
        number that only labels, or the earlier level of a move."""
        return not (self.boilerplate or self.label or self.origin)

    def with_file(self, file: str) -> Claim:
        return self.model_copy(update={"file": file})


class Skipped(BaseModel):
    """An input that could not be processed, and why: nothing is dropped silently."""

    model_config = ConfigDict(frozen=True)

    path: str
    reason: str


Severity = Literal["error", "warning", "info"]
CheckKind = Literal[
    "value-conflict",
    "scale-error",
    "unit-mismatch",
    "attribution-conflict",
    "time-conflict",
    "unsupported",
    "implausible",
    "conversion-rate",
]
SEVERITY_ORDER: dict[str, int] = {"info": 0, "warning": 1, "error": 2}


class ReportClaim(Claim):
    """A claim inside a report: the extract fields plus its id and what it is about.

    `subject_sure` is False when the subject was not named in the claim's own
    sentence (the article's main organisation, a distant anaphora): such a claim is
    compared, but a finding that rests on it is at most a warning. `reported_by` is
    who its sentence says gives the figure ("according to AFP", "dpa meldete"): one
    article's two counts of a toll from two reporters disagree, from one are an update.
    `summed` marks a joint subject's total ("Microsoft, Amazon, Meta und Alphabet …
    zusammen rund 350 Milliarden Dollar"): a figure of the group, never of one member.
    `milestone` marks a figure its sentence says was reached for the first time
    ("erstmals", "voor het eerst", "首次"): it has one date, which sources may disagree
    on, even for a market price that may take the same value on many days.
    """

    id: str
    topic: str | None = None
    subject_sure: bool = True
    reported_by: str | None = None
    summed: bool = False
    milestone: bool = False
    role: ClaimRole = Field("source", exclude=True)


# Everything the checks read of a claim except where it was written and how: two
# claims equal in these state the same figure (`sources.copies_kept`).
FIGURE_FIELDS = (
    "subject", "attribute", "topic", "unit", "time", "as_of", "value", "low", "high", "bound",
    "change", "approx", "boilerplate", "label", "conversion", "origin", "subject_sure",
    "reported_by", "summed", "milestone",
)  # fmt: skip


class Group(BaseModel):
    """Claims from different documents about the same subject, attribute and period."""

    model_config = ConfigDict(frozen=True)

    id: str
    subject: Subject
    attribute: Attribute
    topic: str | None = None
    time: str | None = None
    dimension: str
    claim_ids: tuple[str, ...]
    documents: int = 1


Confidence = Literal["high", "low"]


class Finding(BaseModel):
    """One problem a rule found, pointing at the claims involved.

    `confidence` is high when every claim's subject, attribute and period are sure
    (named in its own sentence, a specific attribute, a stated period); a rule's
    error is reported as a warning otherwise. A disagreement lists all the claims
    of both sides: the first `first_side` of `claim_ids` are one side, the rest the
    other (0 when the finding has no sides)."""

    model_config = ConfigDict(frozen=True)

    rule: str
    kind: CheckKind
    severity: Severity
    message: str
    claim_ids: tuple[str, ...]
    group_id: str | None = None
    ratio: float | None = None
    confidence: Confidence = "high"
    first_side: int = 0

    def opposite(self, claim_id: str) -> tuple[str, ...]:
        """The claims the finding holds against `claim_id`: the other side of a two-sided
        finding, else every other claim."""
        ids = self.claim_ids
        if not self.first_side:
            return tuple(i for i in ids if i != claim_id)
        first, second = ids[: self.first_side], ids[self.first_side :]
        return second if claim_id in first else first


class DocumentStatus(BaseModel):
    """Every input appears in a report: processed with its claim count, or skipped with why.

    `note` tells a reader what was done to a processed document that they would not
    guess: that its language was unsure and only claims all candidate languages
    read alike were kept (so figures may be missing from it).
    """

    model_config = ConfigDict(frozen=True)

    file: str
    lang: str | None = None
    date: str | None = None
    claims: int = 0
    status: Literal["ok", "skipped"] = "ok"
    reason: str | None = None
    note: str | None = None

    @classmethod
    def read(cls, document: Document, claims: int) -> DocumentStatus:
        """A document that was read, with its number of claims."""
        return cls(
            file=document.path,
            lang=document.lang,
            date=document.date,
            claims=claims,
            note=unsure_language_note(document.lang_candidates),
        )

    @classmethod
    def of_skipped(cls, skipped: Skipped) -> DocumentStatus:
        """An input that could not be read: the one place a `Skipped` becomes a status."""
        return cls(file=skipped.path, status="skipped", reason=skipped.reason)


def unsure_language_note(candidates: tuple[str, ...]) -> str | None:
    """The status note of a document read in several candidate languages (None for one)."""
    if len(candidates) < 2:
        return None
    listed = ", ".join(candidates[:-1]) + " or " + candidates[-1]
    return f"language unsure ({listed}): kept only the claims every reading agrees on"


# --------------------------------------------------------------------------- check

Verdict = Literal[
    "supported",
    "unsupported",
    "value-conflict",
    "scale-error",
    "unit-mismatch",
    "attribution-conflict",
    "time-conflict",
    "implausible",
    "conversion-rate",
]


class PlacedClaim(BaseModel):
    """A claim and its place in a file, as `factcheck check` reports it.

    `start`/`end` are character offsets into the file's decoded text (for HTML,
    into the markup, so an editor's cursor lands on them); lines and columns are
    1-based and count characters.
    """

    model_config = ConfigDict(frozen=True)

    file: str
    line: int
    column: int
    end_line: int
    end_column: int
    start: int
    end: int
    text: str
    value: float | None
    low: float | None
    high: float | None
    unit: str
    approx: bool = False
    bound: Bound | None = None
    subject: Subject | None = None
    attribute: Attribute | None = None
    time: str | None = None


class Evidence(PlacedClaim):
    """A source claim cited for a verdict, with its sentence on one line."""

    sentence: str = ""


class CheckFinding(PlacedClaim):
    """The verdict on one number of a draft, with the source claims behind it.

    Supported claims carry `severity=None`; every other verdict is a finding of
    the rule named in `rule`, with that rule's (possibly overridden) severity.
    """

    rule: str | None
    kind: Verdict
    severity: Severity | None
    message: str
    evidence: tuple[Evidence, ...] = ()
    fingerprint: str = ""


class CheckSummary(BaseModel):
    """Counts an editor (or CI) reads first."""

    model_config = ConfigDict(frozen=True)

    drafts: int
    sources: int
    skipped: int
    claims: int
    supported: int
    findings: int
    errors: int
    warnings: int
    infos: int
    suppressed: int
    baselined: int
    by_kind: dict[str, int]


# --------------------------------------------------------------------------- results


class ReportData(BaseModel):
    """Everything a report says, in a documented, serialisable shape."""

    model_config = ConfigDict(frozen=True)

    documents: list[DocumentStatus]
    claims: list[ReportClaim]
    groups: list[Group]
    findings: list[Finding]
    rules: list[str]
    texts: dict[str, str] = Field(default_factory=dict, exclude=True, repr=False)

    @property
    def exit_code(self) -> int:
        """1 when a finding is an error, else 0 (2 is for input errors, set by the CLI)."""
        return 1 if any(f.severity == "error" for f in self.findings) else 0


class CheckedDraft(BaseModel):
    """One draft's verdicts: problems first-class, supported claims kept for `--show-supported`."""

    model_config = ConfigDict(frozen=True)

    document: DocumentStatus
    findings: list[CheckFinding]
    supported: list[CheckFinding]
    claims: int


class CheckResult(BaseModel):
    """Everything `factcheck check` says, in the documented JSON shape."""

    model_config = ConfigDict(frozen=True)

    summary: CheckSummary
    findings: list[CheckFinding]
    supported: list[CheckFinding]
    drafts: list[DocumentStatus]
    sources: list[DocumentStatus]
    rules: list[str]

    def exit_code(self, fail_on: str = "error") -> int:
        """1 when a finding is at or above `fail_on`, else 0; 2 when an input was skipped."""
        if self.summary.skipped:
            return 2
        if fail_on == "never":
            return 0
        floor = SEVERITY_ORDER[fail_on]
        failing = (SEVERITY_ORDER[f.severity or "info"] >= floor for f in self.findings)
        return 1 if any(failing) else 0
