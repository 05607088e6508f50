"""Project configuration: `factcheck.toml`, or `[tool.factcheck]` in pyproject.toml.

The first directory from the working directory upwards that has either file
(factcheck.toml first) holds the configuration; command-line flags override it
and `factcheck config` shows every effective value with where it came from.
Paths in a configuration file are relative to that file and may not leave its
folder: a shared configuration must not make factcheck read files elsewhere.
The one exception is an absolute path in `sources` (a newsroom's archive on a
shared mount): it names its place outright, and a missing one is a warning.
TOML is parsed by the standard library (`tomllib`): data only, nothing is run.

```toml
[tool.factcheck]
sources = ["sources/"]          # what `factcheck check` holds drafts against
db = "claims.db"                # the claims store `factcheck index` fills and check reads
rules = ["builtin", "house-rules/"]
disable = ["FC104"]
fail-on = "warning"
exclude = ["drafts/archive/"]    # drafts that are never checked (globs)

[tool.factcheck.per-file-ignores]
"drafts/wire/*" = ["FC100"]

[tool.factcheck.severity]
FC100 = "warning"

[tool.factcheck.params.FC101]
tolerance = 0.03
```
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from factcheck.errors import ConfigError
from factcheck.load.language import normalise_language
from factcheck.models import Severity

if TYPE_CHECKING:
    from factcheck.knowledge import Knowledge
    from factcheck.runs.suppressions import Selection

FailOn = Literal["error", "warning", "info", "never"]
CheckFormat = Literal["text", "json", "sarif", "github"]
BUILTIN = "builtin"
CONFIG_FILES = ("factcheck.toml", "pyproject.toml")
DEFAULT_ORIGIN = "default"
COMMAND_LINE = "command line"


class Settings(BaseModel):
    """Every setting a command can take from configuration, with its default."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    sources: tuple[str, ...] = ()
    db: str | None = None
    rules: tuple[str, ...] = (BUILTIN,)
    enable: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    severity: dict[str, Severity] = Field(default_factory=dict)
    params: dict[str, dict[str, Any]] = Field(default_factory=dict)
    lang: str | None = None
    source_lang: str | None = Field(None, alias="source-lang")
    fail_on: FailOn = Field("error", alias="fail-on")
    format: CheckFormat = "text"
    baseline: str | None = None
    show_supported: bool = Field(False, alias="show-supported")
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    per_file_ignores: dict[str, tuple[str, ...]] = Field(
        default_factory=dict, alias="per-file-ignores"
    )


PATH_KEYS = ("sources", "db", "rules", "baseline")


class Configuration:
    """Effective settings and, for each, where its value came from."""

    def __init__(
        self,
        settings: Settings,
        origins: dict[str, str],
        file: Path | None,
        warnings: tuple[str, ...] = (),
    ) -> None:
        self.settings, self.origins, self.file = settings, origins, file
        self.warnings = warnings  # one line each, for stderr: nothing here stops a run

    def override(self, **values: Any) -> Configuration:
        """Command-line values (those not None) on top of the file's."""
        given = {key: value for key, value in values.items() if value is not None}
        if not given:
            return self
        settings = _validated({**self.settings.model_dump(), **given}, COMMAND_LINE)
        origins = {**self.origins, **dict.fromkeys(given, COMMAND_LINE)}
        return Configuration(settings, origins, self.file, self.warnings)

    def rule_dirs(self) -> list[Path]:
        from factcheck.ruleset import default_rules_dir

        return [default_rules_dir() if d == BUILTIN else Path(d) for d in self.settings.rules]

    def selection(self) -> Selection:
        """The drafts and rules a check reports on; globs are relative to the
        configuration's folder (the working directory without one)."""
        from factcheck.runs.suppressions import Selection

        s = self.settings
        return Selection(
            select=s.select,
            ignore=s.ignore,
            exclude=s.exclude,
            per_file_ignores=s.per_file_ignores,
            root=self.file.resolve().parent if self.file else None,
        )


def discover(start: Path | None = None) -> Path | None:
    """The configuration file that applies in `start` (default: the working directory)."""
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        for name in CONFIG_FILES:
            path = candidate / name
            if path.is_file() and (name != "pyproject.toml" or _has_section(path)):
                return path
    return None


def load_configuration(path: str | Path | None = None, start: Path | None = None) -> Configuration:
    """The configuration in `path`, or the discovered one, or the defaults."""
    file = Path(path) if path is not None else discover(start)
    origins = dict.fromkeys(Settings.model_fields, DEFAULT_ORIGIN)
    if file is None:
        return Configuration(Settings(), origins, None)
    table = _table(file)
    where = f"{file} [tool.factcheck]" if file.name == "pyproject.toml" else str(file)
    settings = _validated(_resolved_paths(table, file, where), where)
    for key in table:
        origins[_field_name(key)] = where
    missing = [s for s in settings.sources if Path(s).is_absolute() and not Path(s).exists()]
    warnings = tuple(f"{where}: sources: {path} does not exist" for path in missing)
    return Configuration(settings, origins, file, warnings)


def _table(file: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{file}: {(exc.strerror or type(exc).__name__).lower()}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{file}: invalid TOML: {exc}") from None
    if file.name == "pyproject.toml":
        data = data.get("tool", {}).get("factcheck", {})
    return data


def _has_section(pyproject: Path) -> bool:
    try:
        return "factcheck" in tomllib.loads(pyproject.read_text("utf-8")).get("tool", {})
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return True  # let loading report what is wrong with it


def _field_name(key: str) -> str:
    return key.replace("-", "_")


def _validated(values: dict[str, Any], where: str) -> Settings:
    try:
        settings = Settings.model_validate(values)
    except ValidationError as exc:
        error = exc.errors()[0]
        key = ".".join(str(part) for part in error["loc"]) or "(top level)"
        raise ConfigError(f"{where}: {key}: {_reason(error)}") from None
    for key in ("lang", "source_lang"):
        if getattr(settings, key):
            try:
                normalise_language(getattr(settings, key))
            except ConfigError as exc:
                raise ConfigError(f"{where}: {key.replace('_', '-')}: {exc}") from None
    return settings


def _reason(error: dict[str, Any]) -> str:
    if error["type"] == "extra_forbidden":
        known = ", ".join(f.alias or name for name, f in Settings.model_fields.items())
        return f"unknown key (known: {known})"
    return str(error["msg"]).lower()


def _resolved_paths(table: dict[str, Any], file: Path, where: str) -> dict[str, Any]:
    """Path values relative to the configuration's folder, which they may not leave."""
    root = file.resolve().parent
    resolved = dict(table)
    for key in PATH_KEYS:
        if key not in table:
            continue
        value = table[key]
        if key in ("baseline", "db"):
            resolved[key] = _inside(root, value, where, key) if isinstance(value, str) else value
        elif isinstance(value, list):
            resolved[key] = [_resolved(root, v, where, key) for v in value]
    return resolved


def _resolved(root: Path, value: Any, where: str, key: str) -> Any:
    """One entry of a path list; an absolute source (a shared archive) stays as written."""
    if not isinstance(value, str) or value == BUILTIN:
        return value
    if key == "sources" and Path(value).is_absolute():
        return value
    return _inside(root, value, where, key)


def _inside(root: Path, value: str, where: str, key: str) -> str:
    path = (root / value).resolve()
    if Path(value).is_absolute() or not path.is_relative_to(root):
        raise ConfigError(
            f"{where}: {key}: {value!r} is outside the configuration's folder {root}; "
            "name it on the command line instead"
        )
    return str(path)


def describe(config: Configuration) -> str:
    """`factcheck config`: one `key = value  # origin` line per setting, TOML-like."""
    lines = [f"# configuration file: {config.file or 'none found'}"]
    values = config.settings.model_dump(by_alias=True)
    for name, field in Settings.model_fields.items():
        key = field.alias or name
        lines.append(f"{key} = {_toml(values[key])}  # {config.origins[name]}")
    return "\n".join(lines) + "\n"


def _toml(value: Any) -> str:
    if value is None:
        return '""'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_key(k)} = {_toml(v)}" for k, v in sorted(value.items())) + "}"
    return repr(value)


def _key(key: str) -> str:
    """A bare TOML key, or a quoted one (a glob of `per-file-ignores`)."""
    return key if key.replace("-", "").replace("_", "").isalnum() else _toml(key)


def configured_knowledge(config: Configuration) -> Knowledge:
    """Entities, attributes and rules from the configured folders, with the
    configuration's rule choices applied."""
    from factcheck.knowledge import Knowledge
    from factcheck.ruleset import configure_rules

    base = Knowledge.from_dirs(config.rule_dirs())
    s = config.settings
    where = str(config.file) if config.file else "command line"
    rules = configure_rules(
        base.rules,
        enable=s.enable,
        disable=s.disable,
        severity=dict(s.severity),
        params=s.params,
        where=where,
    )
    return Knowledge(base.entities, base.attributes, rules)
