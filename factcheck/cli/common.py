"""What the subcommands share: options, the output file, colour, progress, configuration."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TextIO

from factcheck.errors import InputError
from factcheck.parallel import ENGINES

if TYPE_CHECKING:
    from factcheck.config import Configuration
    from factcheck.knowledge import Knowledge
    from factcheck.load.manifest import Manifest
    from factcheck.progress import Progress

PROG = "factcheck"
EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USER_ERROR = 2


def warn_skipped(skipped: list[tuple[str, str | None]]) -> None:
    """One stderr line per skipped (path, reason): the user sees each without the output."""
    for path, reason in skipped:
        print(f"{PROG}: skipped {path}: {reason}", file=sys.stderr)


def terminal_style(out: TextIO) -> tuple[bool, int | None]:
    """Colour and width for a table: colour only on a TTY without NO_COLOR (no-color.org)."""
    if not out.isatty():
        return False, None
    return not os.environ.get("NO_COLOR"), shutil.get_terminal_size().columns


@contextmanager
def output(path: str | None) -> Iterator[TextIO]:
    """stdout, or FILE opened only now: a failed call must not leave an empty file."""
    if path is None:
        yield sys.stdout
        sys.stdout.flush()  # surface a broken pipe here, where main() handles it
        return
    try:
        handle = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115 (closed below)
    except OSError as exc:
        raise InputError(path, (exc.strerror or type(exc).__name__).lower()) from None
    with handle:
        yield handle


def add_run_options(parser: argparse.ArgumentParser) -> None:
    """--jobs and --quiet, shared by every command that reads a corpus."""
    parser.add_argument(
        "-j",
        "--jobs",
        default="1",
        metavar="N",
        help="extract with N processes; 0 or 'auto' for one per CPU (default: 1); "
        "the output is the same for any N",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar on a terminal")


def add_manifest_option(parser: argparse.ArgumentParser, what: str = "inputs") -> None:
    parser.add_argument(
        "--manifest",
        metavar="FILE",
        help=f"dates (and optionally url, outlet, lang) of the {what}: CSV with a header or "
        "JSONL, columns path,date[,url,outlet,lang]; paths relative to FILE's folder",
    )


def manifest_for(args: argparse.Namespace, inputs: Iterable[str] | None) -> Manifest | None:
    """The manifest named by --manifest (a bad row is an `InputError` naming its line);
    each listed file that is not among the inputs is a warning on stderr."""
    if not getattr(args, "manifest", None):
        return None
    from factcheck.load.manifest import read_manifest

    manifest = read_manifest(args.manifest)
    missing = manifest.unlisted_inputs(inputs or ())
    if missing:  # one line: a shared archive's manifest lists far more than one run reads
        more = f" and {len(missing) - 1:,} more" if len(missing) > 1 else ""
        print(
            f"{PROG}: warning: {args.manifest}: {missing[0]}{more} listed but not among the inputs",
            file=sys.stderr,
        )
    return manifest


@contextmanager
def progress_for(args: argparse.Namespace, shown: bool = True) -> Iterator[Progress]:
    """A progress bar on stderr for a person at a terminal, else nothing."""
    from factcheck.progress import progress_bar, wants_progress

    with progress_bar(shown and wants_progress(args.quiet)) as progress:
        yield progress


def add_engine_options(parser: argparse.ArgumentParser) -> None:
    """--engine and --scheduler: where the files are read and the claims checked."""
    parser.add_argument(
        "--engine",
        choices=ENGINES,
        default="local",
        help="local: this machine, --jobs processes (default); dask: a Dask cluster "
        "(needs the 'dask' extra); the output is the same",
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="Dask scheduler to use with --engine dask, e.g. tcp://host:8786 "
        "(default: a local cluster of --jobs worker processes)",
    )


def uses_dask(args: argparse.Namespace) -> bool:
    from factcheck.parallel import checked_engine

    return checked_engine(args.engine, args.scheduler)


def add_rules_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--rules",
        action="append",
        metavar="DIR",
        help="rule folder with checks/*.yaml (and optional entities.yaml, attributes.yaml); "
        "repeatable; replaces the configured and shipped rules ('builtin' names the shipped ones)",
    )
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="configuration file (factcheck.toml or pyproject.toml); "
        "default: found from the working directory upwards",
    )


def configuration_for(args: argparse.Namespace, **overrides: object) -> Configuration:
    """The configuration file's settings with the command line's on top; its
    warnings (a configured source that is missing) go to stderr."""
    from factcheck.config import load_configuration

    config = load_configuration(args.config)
    for warning in config.warnings:
        print_warning(warning)
    return config.override(rules=args.rules, **overrides)


def print_warning(message: str) -> None:
    """One `factcheck: warning: ...` line on stderr: the run goes on."""
    print(f"{PROG}: warning: {message}", file=sys.stderr)


def add_selection_options(parser: argparse.ArgumentParser) -> None:
    """--select and --ignore, as in ruff: rule ids or names, comma-separated or repeated."""
    parser.add_argument(
        "--select",
        action="append",
        metavar="RULES",
        help="report only these rules: ids or names (FC101, value-conflict), any case, "
        "comma-separated or repeated (default: `select` from the configuration, else all)",
    )
    parser.add_argument(
        "--ignore",
        action="append",
        metavar="RULES",
        help="do not report these rules (ids or names, as --select)",
    )


STDIN = "-"
STDIN_NAME = "<stdin>"


def stdin_draft(drafts: list[str], name: str | None) -> tuple[list[str], tuple[str, bytes] | None]:
    """The draft paths without `-`, and the draft `-` stands for: standard input's
    bytes under `name` (the editor's file name: its suffix says Markdown or HTML)."""
    from factcheck.errors import ConfigError

    paths = [draft for draft in drafts if draft != STDIN]
    if len(drafts) - len(paths) > 1:
        raise ConfigError("- (standard input) can be given once")
    if len(paths) == len(drafts):
        if name is not None:
            raise ConfigError("--stdin-filename names the draft read from -: give - as a DRAFT")
        return paths, None
    return paths, (name or STDIN_NAME, sys.stdin.buffer.read())


def knowledge_for(args: argparse.Namespace) -> Knowledge:
    from factcheck.config import configured_knowledge

    return configured_knowledge(configuration_for(args))
