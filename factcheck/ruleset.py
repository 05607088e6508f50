"""Declarative checks: one YAML file per rule under `<rules folder>/checks/`.

A rule names a check kind implemented in code (value-conflict, scale-error,
...), narrows it with a selector, tunes it with params and carries examples
that must be flagged and must pass, so every rule documents and tests itself.
Files are validated strictly (unknown keys, unknown params, wrong types) and
every mistake is reported as `path:line: [rule id] reason`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from factcheck.checks.registry import params_model
from factcheck.errors import ConfigError, RuleFileError
from factcheck.extraction.units import checked_units
from factcheck.lexicon.yamlfile import LineMap, LocatedValueError, load_yaml, validation_error
from factcheck.models import CheckKind, Severity

ParamValue = float | int | bool | str | list[float] | list[str] | list[dict[str, Any]]


@cache
def param_types(check: str) -> dict[str, Any]:
    """The params a check understands, with their Python type (declared by the check)."""
    return {name: field.annotation for name, field in params_model(check).model_fields.items()}


@cache
def param_defaults(check: str) -> Mapping[str, Any]:
    """Each param's default, as the check declares it (read-only, built once per check)."""
    return MappingProxyType(params_model(check)().model_dump())


_TYPE_NAMES = {float: "a number", int: "an integer", list[float]: "a list of numbers"}


class Selector(BaseModel):
    """Which claim groups a rule looks at; an empty list means "all".

    `units` holds unit names ("GPU", "USD") or unit categories (`units.UNIT_CATEGORIES`).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    attributes: tuple[str, ...] = ()
    units: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()

    @field_validator("attributes", "units", "subjects", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        """`units: GPU` reads naturally; it means `units: [GPU]`."""
        return (value,) if isinstance(value, str) else value

    @field_validator("units")
    @classmethod
    def _known_units(cls, units: tuple[str, ...]) -> tuple[str, ...]:
        return checked_units(units)


class ExampleSource(BaseModel):
    """One article snippet of an example; a plain string in YAML is its text."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str
    lang: Literal["en", "de", "nl", "zh"] | None = None


class Example(BaseModel):
    """Snippets that together must (not) trigger the rule: at least two sources in a
    report, or with `draft`, a draft checked against one or more sources."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    draft: ExampleSource | None = None
    sources: tuple[ExampleSource, ...] = Field(min_length=1)
    note: str | None = None
    # A must-flag finding's severity when it is not the rule's: a draft's slip that
    # only its digits join to the sources is a warning.
    severity: Severity | None = None

    @field_validator("sources", mode="before")
    @classmethod
    def _text_only(cls, value: Any) -> Any:
        """Most sources need no language tag, so `- "text"` is allowed."""
        if isinstance(value, list | tuple):
            return [{"text": item} if isinstance(item, str) else item for item in value]
        return value

    @field_validator("draft", mode="before")
    @classmethod
    def _draft_text_only(cls, value: Any) -> Any:
        return {"text": value} if isinstance(value, str) else value

    @model_validator(mode="after")
    def _enough_sources(self) -> Example:
        if self.draft is None and len(self.sources) < 2:
            raise LocatedValueError(("sources",), "a report example needs at least two sources")
        return self


class Examples(BaseModel):
    """A rule's executable documentation: cases it must flag and cases it must pass."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    must_flag: tuple[Example, ...] = Field(min_length=1)
    must_pass: tuple[Example, ...] = Field(min_length=1)


class Rule(BaseModel):
    """One check as declared in a rule file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[A-Z]{2}\d{3}$")
    name: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    description: str
    severity: Severity
    check: CheckKind
    selector: Selector = Selector()
    params: dict[str, ParamValue] = Field(default_factory=dict)
    examples: Examples
    enabled: bool = True
    path: str = Field(default="", exclude=True)

    @field_validator("params")
    @classmethod
    def _known_params(cls, params: dict[str, Any], info: ValidationInfo) -> dict[str, Any]:
        """Each check has its own params; a typo must not silently fall back to a default."""
        check = info.data.get("check")
        if check is None:  # the check itself is invalid and already reported
            return params
        allowed = param_types(check)
        checked = {}
        for key, value in params.items():
            if key not in allowed:
                names = ", ".join(sorted(allowed))
                raise LocatedValueError(
                    (key,), f"unknown param '{key}' for check {check} (allowed: {names})"
                )
            checked[key] = _coerce(key, value, allowed[key])
        return checked

    def param(self, name: str) -> Any:
        """The rule's value of a param, or the check's default."""
        defaults = param_defaults(self.check)
        if name not in defaults:
            raise KeyError(f"check {self.check} has no param {name!r}")
        return self.params.get(name, defaults[name])

    def all_params(self) -> dict[str, Any]:
        """Every param of the rule's check, defaults filled in."""
        return {name: self.param(name) for name in param_types(self.check)}


def _coerce(key: str, value: Any, expected: Any) -> Any:
    """`value` as the param's type; bools are not numbers here (YAML `yes` is a bool)."""
    if expected == list[float]:
        if isinstance(value, list) and all(_is_number(item) for item in value):
            return [float(item) for item in value]
    elif expected is float and _is_number(value):
        return float(value)
    elif expected is int and _is_number(value) and float(value).is_integer():
        return int(value)
    elif expected not in _TYPE_NAMES:  # a table of records (implausible's `limits`)
        try:
            checked = TypeAdapter(expected).validate_python(value)
        except ValidationError as exc:
            reason = exc.errors()[0]
            where = "".join(
                f"[{part}]" if isinstance(part, int) else f".{part}" for part in reason["loc"]
            )
            message = reason["msg"].removeprefix("Value error, ")
            raise LocatedValueError((key,), f"{key}{where}: {message}") from None
        return TypeAdapter(expected).dump_python(checked, exclude_none=True)
    raise LocatedValueError((key,), f"expected {_TYPE_NAMES[expected]}, got {value!r}")


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def load_rule_file(path: Path) -> Rule:
    """One validated rule; every problem is reported with the file's line."""
    return _load(path)[0]


def _load(path: Path) -> tuple[Rule, LineMap]:
    data, lines = load_yaml(path)
    if not isinstance(data, dict):
        raise RuleFileError(str(path), 1, f"a rule file must be a mapping, not {_kind(data)}")
    rule_id = data.get("id") if isinstance(data.get("id"), str) else None
    if "path" in data:  # set by the loader, never by the author
        raise RuleFileError(str(path), lines.line_of(("path",)), "unknown key 'path'", rule_id)
    try:
        rule = Rule.model_validate(data)
    except ValidationError as exc:
        raise validation_error(path, exc, lines, rule_id) from exc
    return rule.model_copy(update={"path": str(path)}), lines


def _kind(data: Any) -> str:
    return "a list" if isinstance(data, list) else f"a single value ({data!r})"


def load_rules(folders: Iterable[Path]) -> list[Rule]:
    """Every rule under each folder's `checks/`, sorted by id; ids must be unique."""
    seen: dict[str, Rule] = {}
    for folder in folders:
        if not folder.is_dir():
            raise ConfigError(f"rules folder not found: {folder}")
        _require_rules_layout(folder)
        for file in _rule_files(folder / "checks"):
            rule, lines = _load(inside(folder, file))
            if rule.id in seen:
                first = seen[rule.id].path
                reason = f"duplicate rule id {rule.id} (already defined in {first})"
                raise RuleFileError(str(file), lines.line_of(("id",)), reason, rule.id)
            seen[rule.id] = rule
    return sorted(seen.values(), key=lambda rule: rule.id)


TABLE_FILES = ("entities.yaml", "attributes.yaml")


def _require_rules_layout(folder: Path) -> None:
    """A folder with neither `checks/` nor a table would load no rule at all and pass
    every draft in silence: most likely a wrong path, or the `checks/` folder itself."""
    if (folder / "checks").is_dir() or any((folder / name).is_file() for name in TABLE_FILES):
        return
    if any(p.suffix in (".yaml", ".yml") for p in folder.iterdir() if p.is_file()):
        fix = f"name {folder.parent} instead" if folder.name == "checks" else "move them there"
        raise ConfigError(f"rules folder {folder} holds rule files directly, not in checks/: {fix}")
    raise ConfigError(
        f"rules folder {folder} holds no rules: expected checks/*.yaml "
        "(and optionally entities.yaml, attributes.yaml)"
    )


def inside(folder: Path, path: Path) -> Path:
    """`path`, when it lies in `folder` once links are resolved.

    The user names the folders factcheck may read; a link in them (a rule file, or
    `checks/` itself) must not open any other file on the machine.
    """
    real = path.resolve()
    if not real.is_relative_to(folder.resolve()):
        raise RuleFileError(str(path), None, f"links outside the rules folder {folder}")
    return path


def _rule_files(checks: Path) -> list[Path]:
    """The YAML files under `checks/` in a stable order (none when there is no such folder)."""
    if not checks.is_dir():
        return []
    return sorted(p for p in checks.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())


def default_rules_dir() -> Path:
    """The shipped rules: inside an installed wheel, else the checkout's `rules/`."""
    packaged = resources.files("factcheck") / "_rules"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[1] / "rules"


def _format_value(value: Any) -> str:
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_format_value(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_format_value(item) for item in value) + "]"
    if isinstance(value, float):  # 1e6 as authors write it, not 1e+06
        return f"{value:g}".replace("e+0", "e").replace("e+", "e")
    return str(value)


def _selector_text(selector: Selector) -> str:
    parts = (
        ("attributes", selector.attributes),
        ("units", selector.units),
        ("subjects", selector.subjects),
    )
    return "; ".join(f"{name}: {', '.join(values) or 'all'}" for name, values in parts)


def _params_text(rule: Rule) -> list[tuple[str, str]]:
    """(name, "value" or "value (default)") for every param of the rule's check."""
    return [
        (name, _format_value(value) + ("" if name in rule.params else " (default)"))
        for name, value in rule.all_params().items()
    ]


def _source_text(source: ExampleSource) -> str:
    return f"[{source.lang}] {source.text}" if source.lang else source.text


def _examples_text(title: str, examples: tuple[Example, ...]) -> list[str]:
    lines = [f"{title}:"]
    for example in examples:
        lines.append(f"  - {example.name}")
        if example.draft is not None:
            lines.append(f"      draft: {_source_text(example.draft)}")
        lines.extend(f"      {_source_text(source)}" for source in example.sources)
        if example.severity:
            lines.append(f"      severity: {example.severity}")
        if example.note:
            lines.append(f"      note: {example.note}")
    return lines


def explain(rule: Rule) -> str:
    """Plain-text description of a rule, for `factcheck explain RULE`."""
    lines = [
        f"{rule.id} {rule.name}" + ("" if rule.enabled else " (disabled)"),
        f"  severity: {rule.severity}",
        f"  check:    {rule.check}",
        f"  selector: {_selector_text(rule.selector)}",
        "  params:   "
        + (", ".join(f"{name}={text}" for name, text in _params_text(rule)) or "none"),
    ]
    if rule.path:
        lines.append(f"  file:     {rule.path}")
    lines += ["", rule.description.strip(), ""]
    lines += _examples_text("Must flag", rule.examples.must_flag)
    lines += _examples_text("Must pass", rule.examples.must_pass)
    return "\n".join(lines) + "\n"


def _display_path(path: str) -> str:
    """The path from `checks/` on, so generated docs do not depend on the checkout location."""
    parts = Path(path).parts
    return "/".join(parts[parts.index("checks") :]) if "checks" in parts else Path(path).name


def _markdown_examples(title: str, examples: tuple[Example, ...]) -> list[str]:
    lines = [f"**{title}**", ""]
    for example in examples:
        lines.append(f"- {example.name}")
        if example.draft is not None:
            lines.append(f"  - draft: {_source_text(example.draft)}")
        lines.extend(f"  - {_source_text(source)}" for source in example.sources)
        if example.severity:
            lines.append(f"  - *Severity:* {example.severity}")
        if example.note:
            lines.append(f"  - *Note:* {example.note}")
    return [*lines, ""]


def _markdown_rule(rule: Rule) -> list[str]:
    lines = [f"## {rule.id} {rule.name}", "", rule.description.strip(), ""]
    lines += [
        f"- Severity: {rule.severity}" + ("" if rule.enabled else " (disabled)"),
        f"- Check: `{rule.check}`",
        f"- Selector: {_selector_text(rule.selector)}",
    ]
    lines += [f"- Param `{name}`: {text}" for name, text in _params_text(rule)]
    if rule.path:
        lines.append(f"- File: `{_display_path(rule.path)}`")
    lines.append("")
    lines += _markdown_examples("Must flag", rule.examples.must_flag)
    lines += _markdown_examples("Must pass", rule.examples.must_pass)
    return lines


def rules_markdown(rules: Iterable[Rule]) -> str:
    """docs/rules.md: an index table and a section per rule, generated from the files."""
    ordered = sorted(rules, key=lambda rule: rule.id)
    lines = [
        "# Rules",
        "",
        "<!-- Generated from rules/checks/*.yaml; edit the rule files, not this page. -->",
        "",
        "| Rule | Name | Severity | Check |",
        "| --- | --- | --- | --- |",
    ]
    lines += [f"| {r.id} | {r.name} | {r.severity} | {r.check} |" for r in ordered]
    lines.append("")
    for rule in ordered:
        lines += _markdown_rule(rule)
    return "\n".join(lines).rstrip() + "\n"


def configure_rules(
    rules: list[Rule],
    *,
    enable: Iterable[str] = (),
    disable: Iterable[str] = (),
    severity: dict[str, str] | None = None,
    params: dict[str, dict[str, Any]] | None = None,
    where: str = "configuration",
) -> list[Rule]:
    """Rules with a project's choices applied: switched on or off, severities and
    params overridden. Every rule id must exist and every param must be valid for
    its check, so a typo in a configuration fails instead of being ignored."""
    by_id = {rule.id: rule for rule in rules}
    severity, params = severity or {}, params or {}
    for key, ids in (
        ("enable", enable),
        ("disable", disable),
        ("severity", severity),
        ("params", params),
    ):
        missing = sorted(set(ids) - set(by_id))
        if missing:
            known = ", ".join(sorted(by_id))
            raise ConfigError(f"{where}: {key}: unknown rule {missing[0]} (known: {known})")
    result = []
    for rule in rules:
        update: dict[str, Any] = {}
        if rule.id in enable:
            update["enabled"] = True
        if rule.id in disable:
            update["enabled"] = False
        if rule.id in severity:
            update["severity"] = severity[rule.id]
        if rule.id in params:
            update["params"] = {**rule.params, **params[rule.id]}
        result.append(_revalidated(rule, update, where) if update else rule)
    return result


def _revalidated(rule: Rule, update: dict[str, Any], where: str) -> Rule:
    data = {**rule.model_dump(exclude={"path"}), **update}
    try:
        checked = Rule.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        key = ".".join(str(part) for part in error["loc"])
        message = str(error.get("ctx", {}).get("error", error["msg"]))
        raise ConfigError(f"{where}: [{rule.id}] {key}: {message}") from None
    return checked.model_copy(update={"path": rule.path})
