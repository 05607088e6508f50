"""`factcheck check` (drafts against sources, a linter's exit codes and formats), `config`
and `index` (the claims store)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.cli.common import (
    EXIT_OK,
    EXIT_USER_ERROR,
    PROG,
    add_manifest_option,
    add_rules_option,
    add_run_options,
    add_selection_options,
    configuration_for,
    manifest_for,
    output,
    print_warning,
    progress_for,
    stdin_draft,
    terminal_style,
)
from factcheck.parallel import ENGINES
from factcheck.render.formats import CHECK_FORMATS, Style

if TYPE_CHECKING:
    from factcheck.config import Configuration


CHECK_EPILOG = (
    "Exit status: 0 when no finding is at or above --fail-on (default: error); 1 when "
    "one is; 2 for a usage, configuration or input error, or when an input was skipped. "
    "Silence a finding with a comment on its line or the line before: "
    "'<!-- factcheck: ignore[FC101] -->' in Markdown or HTML, 'factcheck: ignore' in text; "
    "a stretch between 'factcheck: off' and 'factcheck: on'."
)


def configure_check(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "drafts",
        nargs="+",
        metavar="DRAFT",
        help="draft files or folders; - reads one draft from standard input",
    )
    given = parser.add_mutually_exclusive_group()
    given.add_argument(
        "--against",
        action="append",
        metavar="SOURCE",
        help="a source file or folder; repeat for more (default: `db`, else `sources` from "
        "the configuration); options and drafts may come in any order",
    )
    given.add_argument(
        "--db", metavar="PATH", help="a claims store built by `factcheck index` (see there)"
    )
    parser.add_argument("--format", choices=CHECK_FORMATS, help="output format (default: text)")
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    parser.add_argument(
        "--fail-on",
        choices=("error", "warning", "info", "never"),
        help="lowest severity that makes the exit status 1 (default: error)",
    )
    parser.add_argument(
        "--show-supported",
        action="store_true",
        default=None,
        help="also list the supported claims with their evidence",
    )
    parser.add_argument("--lang", metavar="L", help="language of the drafts (default: detect)")
    parser.add_argument("--source-lang", metavar="L", help="language of every source")
    parser.add_argument("--baseline", metavar="FILE", help="leave out findings recorded here")
    parser.add_argument(
        "--write-baseline",
        metavar="FILE",
        help="record the current findings in FILE (and exit 0): adopt the check on an archive",
    )
    parser.add_argument(
        "--stdin-filename",
        metavar="NAME",
        help="the name findings give the draft read from - (its suffix chooses "
        "Markdown, HTML or text; default: <stdin>)",
    )
    add_selection_options(parser)
    add_manifest_option(parser, "sources")
    add_rules_option(parser)
    add_run_options(parser)
    parser.epilog = CHECK_EPILOG


def run_check(args: argparse.Namespace) -> int:
    """Load the sources once, check every draft, render, then write."""
    from factcheck.config import configured_knowledge
    from factcheck.runs.checking import run_check as run_checks
    from factcheck.runs.suppressions import write_baseline

    drafts, stdin = stdin_draft(args.drafts, args.stdin_filename)
    config = _check_configuration(args)
    s = config.settings
    db = None if args.against else s.db
    knowledge = configured_knowledge(config)
    manifest = manifest_for(args, None if db else s.sources)
    with progress_for(args) as progress:
        result = run_checks(
            drafts,
            None if db else list(s.sources),
            db=db,
            knowledge=knowledge,
            lang=s.lang,
            source_lang=None if db else s.source_lang,
            baseline=s.baseline if s.baseline and not args.write_baseline else None,
            jobs=args.jobs,
            progress=progress,
            manifest=manifest,
            selection=config.selection(),
            stdin=stdin,
            warn=print_warning,
        )
    if args.write_baseline:
        count = write_baseline(Path(args.write_baseline), result.findings)
        print(f"{PROG}: wrote {count} findings to {args.write_baseline}", file=sys.stderr)
        return EXIT_OK
    color = terminal_style(sys.stdout)[0] if args.output is None else False
    style = Style(color=color, show_supported=s.show_supported, rules=knowledge.rules)
    with output(args.output) as out:
        out.write(CHECK_FORMATS[s.format](result, style))
    for status in (*result.drafts, *result.sources):
        if status.status == "skipped":
            print(f"{PROG}: skipped {status.file}: {status.reason}", file=sys.stderr)
    return result.exit_code(s.fail_on)


def _check_configuration(args: argparse.Namespace) -> Configuration:
    """The options over the configuration file; an error when nothing names a source,
    so a check never passes for having nothing to check against."""
    from factcheck.errors import ConfigError
    from factcheck.runs.suppressions import split_codes

    config = configuration_for(
        args,
        sources=args.against,
        select=split_codes(args.select),
        ignore=split_codes(args.ignore),
        db=args.db,
        format=args.format,
        fail_on=args.fail_on,
        show_supported=args.show_supported,
        lang=args.lang,
        source_lang=args.source_lang,
        baseline=args.baseline,
    )
    s = config.settings
    db = None if args.against else s.db
    if not s.sources and not db:
        raise ConfigError(
            "no sources: give --against SOURCE (repeatable) or --db PATH, or set `sources` or `db` "
            "in factcheck.toml"
        )
    if db and args.source_lang:
        print(f"{PROG}: --source-lang is ignored with a claims store: its sources were "
              "read in the languages they were indexed with", file=sys.stderr)  # fmt: skip
    return config


def configure_config(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", metavar="FILE", help="configuration file to read")


def run_config(args: argparse.Namespace) -> int:
    """Print the effective configuration, each value with where it came from."""
    from factcheck.config import configured_knowledge, describe, load_configuration

    config = load_configuration(args.config)
    for warning in config.warnings:
        print_warning(warning)
    knowledge = configured_knowledge(config)  # a bad rule choice fails here, not in a run
    config.selection().resolved(knowledge.rules)
    sys.stdout.write(describe(config))
    sys.stdout.flush()
    return EXIT_OK


def configure_index(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="SOURCE",
        help="source files or folders (default: `sources` from the configuration)",
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="the claims store to create or update (default: `db` from the configuration)",
    )
    parser.add_argument("--lang", metavar="L", help="language of every source (default: detect)")
    parser.add_argument(
        "--engine",
        choices=ENGINES,
        default="local",
        help="local processes (--jobs), or a Dask cluster (needs factcheck[dask])",
    )
    parser.add_argument(
        "--scheduler", metavar="ADDRESS", help="Dask scheduler address (with --engine dask)"
    )
    add_manifest_option(parser, "sources")
    add_rules_option(parser)
    add_run_options(parser)


def run_index(args: argparse.Namespace) -> int:
    """Bring the claims store up to date; one summary line on stdout."""
    from factcheck.config import configured_knowledge
    from factcheck.errors import ConfigError
    from factcheck.store.writer import index_paths

    config = configuration_for(args, sources=args.paths or None, db=args.db)
    s = config.settings
    if not s.db:
        raise ConfigError("no claims store: give --db PATH or set `db` in factcheck.toml")
    if not s.sources:
        raise ConfigError("no sources: give SOURCE... or set `sources` in factcheck.toml")
    with progress_for(args) as progress:
        summary, skipped = index_paths(
            s.db,
            list(s.sources),
            configured_knowledge(config),
            lang=args.lang or s.source_lang,
            jobs=args.jobs,
            progress=progress,
            engine=args.engine,
            scheduler=args.scheduler,
            manifest=manifest_for(args, s.sources),
        )
    print(summary.line(s.db), flush=True)
    for entry in skipped:
        print(f"{PROG}: skipped {entry.path}: {entry.reason}", file=sys.stderr)
    return EXIT_USER_ERROR if skipped else EXIT_OK
