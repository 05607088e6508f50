"""User-facing errors: each becomes one line on stderr and exit code 2.

A traceback is for bugs; these are for bad input, bad configuration and bad
rule files, so they carry the path (and line) the user has to fix.
"""

from __future__ import annotations


class FactcheckError(Exception):
    """Base class of every error the CLI reports as a one-line message (exit 2)."""

    exit_code = 2


class InputError(FactcheckError):
    """An input path is missing, unreadable or cannot be decoded."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ConfigError(FactcheckError):
    """A configuration value or command-line option is invalid."""


class RuleFileError(FactcheckError):
    """A rule or data file is malformed; names the file, line and rule id."""

    def __init__(self, path: str, line: int | None, reason: str, rule_id: str | None = None):
        where = f"{path}:{line}" if line is not None else path
        rule = f" [{rule_id}]" if rule_id else ""
        super().__init__(f"{where}:{rule} {reason}")
        self.path = path
        self.line = line
        self.rule_id = rule_id
        self.reason = reason


class MissingExtraError(ConfigError):
    """An optional feature was asked for whose extra is not installed."""

    def __init__(self, feature: str, extra: str, missing: str) -> None:
        super().__init__(
            f"{feature} needs the '{extra}' extra ({missing} is not installed): "
            f"pip install 'factcheck[{extra}]'"
        )
