"""`factcheck report` (the cross-source report in four formats), `rules` and `explain`."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from factcheck.cli.common import (
    EXIT_OK,
    EXIT_USER_ERROR,
    add_engine_options,
    add_manifest_option,
    add_rules_option,
    add_run_options,
    configuration_for,
    knowledge_for,
    manifest_for,
    output,
    progress_for,
    terminal_style,
    warn_skipped,
)
from factcheck.render.formats import REPORT_FORMATS, Style

if TYPE_CHECKING:
    from factcheck.ruleset import Rule


EXIT_FINDINGS = 1


REPORT_EPILOG = (
    "Exit status: 0 when no finding is an error; 1 when a finding has severity error; "
    "2 for a usage or input error, or when an input was skipped (each skipped file is "
    "listed in the report and on stderr). A skipped input takes precedence over error "
    "findings: the report is incomplete."
)


def configure_report(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files or folders to read")
    parser.add_argument(
        "--parquet",
        metavar="DIR",
        help="report on a claims dataset written by `extract --parquet-out` instead of PATHs",
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="report on the claims store built by `factcheck index` instead of reading PATHs "
        "(default without PATH: `db` from the configuration)",
    )
    parser.add_argument(
        "--format",
        choices=REPORT_FORMATS,
        default="terminal",
        help="output format (default: terminal)",
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    parser.add_argument("--lang", metavar="L", help="language of every input (default: detect)")
    add_manifest_option(parser)
    add_rules_option(parser)
    add_run_options(parser)
    add_engine_options(parser)
    parser.epilog = REPORT_EPILOG


def run_report(args: argparse.Namespace) -> int:
    """Build the whole report, render it, then write it: nothing is written on failure."""
    import factcheck
    from factcheck.config import configured_knowledge

    config = configuration_for(args, db=args.db)
    db = args.db or (config.settings.db if not args.paths and not args.parquet else None)
    manifest = manifest_for(args, args.paths)
    with progress_for(args) as progress:
        data = factcheck.report(
            args.paths or None,
            lang=args.lang,
            jobs=args.jobs,
            knowledge=configured_knowledge(config),
            db=db,
            parquet=args.parquet,
            engine=args.engine,
            scheduler=args.scheduler,
            progress=progress,
            manifest=manifest,
        ).data
    color, width = terminal_style(sys.stdout) if args.output is None else (False, None)
    text = REPORT_FORMATS[args.format](data, Style(color=color, width=width))
    with output(args.output) as out:
        out.write(text)
    skipped = [(d.file, d.reason) for d in data.documents if d.status == "skipped"]
    warn_skipped(skipped)  # the report's summary counts them
    return EXIT_USER_ERROR if skipped else data.exit_code


def _rules(args: argparse.Namespace) -> list[Rule]:
    return knowledge_for(args).rules


def run_list_rules(args: argparse.Namespace) -> int:
    from factcheck.render.docs import rules_listing

    sys.stdout.write(rules_listing(_rules(args)))
    sys.stdout.flush()
    return EXIT_OK


def configure_explain(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("rule", metavar="RULE", help="rule id, e.g. FC101")
    add_rules_option(parser)


def run_explain(args: argparse.Namespace) -> int:
    from factcheck.errors import ConfigError
    from factcheck.ruleset import explain

    rules = _rules(args)
    wanted = args.rule.strip().casefold()
    rule = next((r for r in rules if wanted in (r.id.casefold(), r.name.casefold())), None)
    if rule is None:
        known = ", ".join(f"{r.id} ({r.name})" for r in rules) or "none"
        raise ConfigError(f"unknown rule {args.rule!r} (known: {known})")
    sys.stdout.write(explain(rule))
    sys.stdout.flush()
    return EXIT_OK
