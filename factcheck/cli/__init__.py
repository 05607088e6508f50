"""The `factcheck` command: parse arguments, call the library, write the result.

No extraction logic lives here. Each subcommand is one `Command` in `COMMANDS`:
a function that adds its arguments and a handler of a few lines that calls
`factcheck.extraction.batch` and `factcheck.render` and returns the exit code. Later
subcommands (report, check, rules, explain, config, index) are one entry each.

Exit codes: 0 success; 1 when `report` finds an error-severity problem; 2 for
a user error (one `factcheck: error: ...` line on stderr, a traceback only with
--debug) or when any input file was skipped.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import traceback
from collections.abc import Callable, Container, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from factcheck import __version__
from factcheck.errors import FactcheckError, InputError

if TYPE_CHECKING:
    from factcheck.config import Configuration
    from factcheck.extraction.batch import DocumentClaims
    from factcheck.knowledge import Knowledge
    from factcheck.models import CheckResult, Claim, ReportData, Skipped
    from factcheck.progress import Progress
    from factcheck.ruleset import Rule

PROG = "factcheck"
EXIT_OK = 0
EXIT_USER_ERROR = 2
EXIT_BROKEN_PIPE = 1  # what Python itself uses for EPIPE
EXIT_INTERRUPTED = 130

Handler = Callable[[argparse.Namespace], int]


def _no_arguments(parser: argparse.ArgumentParser) -> None:
    """For a subcommand whose arguments all come from reused parsers."""


def _no_parents() -> list[argparse.ArgumentParser]:
    return []


@dataclass(frozen=True)
class Command:
    """One subcommand: its help line, its handler, its own and its reused arguments.

    `parents` builds parsers defined elsewhere (e.g. `factcheck.evaluation.peer`) so a
    module's own entry point and the CLI accept the same options.
    """

    help: str
    run: Handler
    configure: Callable[[argparse.ArgumentParser], None] = _no_arguments
    parents: Callable[[], list[argparse.ArgumentParser]] = _no_parents


# --------------------------------------------------------------------------- extract

FORMATS = ("table", "jsonl", "csv")


def configure_extract(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to read")
    parser.add_argument(
        "--format", choices=FORMATS, default="table", help="output format (default: table)"
    )
    parser.add_argument("--lang", metavar="L", help="language of every input (default: detect)")
    parser.add_argument(
        "--include-boilerplate",
        action="store_true",
        help="keep claims found in page furniture (view counters, navigation)",
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    parser.add_argument(
        "--parquet-out",
        metavar="DIR",
        help="write the annotated claims as a Parquet dataset for `report --parquet` "
        "instead of printing them (uses --rules for subjects and attributes)",
    )
    add_rules_option(parser)
    add_run_options(parser)
    add_engine_options(parser)


def run_extract(args: argparse.Namespace) -> int:
    """Stream claims to the output; list skipped inputs on stderr afterwards."""
    from factcheck.extraction.batch import iter_documents

    if args.parquet_out:
        return _write_dataset(args)
    _local_only(args)
    tally = Tally()
    # Claims stream to stdout as they are found: on a terminal they are the progress.
    streams_to_terminal = args.output is None and sys.stdout.isatty()
    with _progress(args, shown=not streams_to_terminal) as progress:
        items = iter_documents(  # raises before output
            args.paths, args.lang, args.include_boilerplate, args.jobs, progress
        )
        with _output(args.output) as out:
            _write_claims(out, args.format, tally.claims(items), to_terminal=args.output is None)
    _warn_skipped([(entry.path, entry.reason) for entry in tally.skipped])
    total = tally.read + len(tally.skipped)
    if tally.skipped and total > 1:  # the claims have no summary of their own: say it here
        summary = f"{len(tally.skipped)} of {total} files skipped; {tally.read} read"
        print(f"{PROG}: {summary}, {tally.found} claims", file=sys.stderr)
    return EXIT_USER_ERROR if tally.skipped else EXIT_OK


@dataclass
class Tally:
    """Counts what passes from the pipeline to a renderer, so the summary can say it."""

    read: int = 0
    found: int = 0
    skipped: list[Skipped] = field(default_factory=list)

    def claims(self, items: Iterable[DocumentClaims | Skipped]) -> Iterator[Claim]:
        """Pass claims on to the renderer and put each `Skipped` aside for the summary."""
        from factcheck.models import Skipped

        for item in items:
            if isinstance(item, Skipped):
                self.skipped.append(item)
                continue
            self.read += 1
            self.found += len(item[1])
            yield from item[1]


def _warn_skipped(skipped: list[tuple[str, str | None]]) -> None:
    """One stderr line per skipped (path, reason): the user sees each without the output."""
    for path, reason in skipped:
        print(f"{PROG}: skipped {path}: {reason}", file=sys.stderr)


def _write_claims(out: TextIO, fmt: str, claims: Iterable[Claim], to_terminal: bool) -> None:
    """JSONL and CSV stream line by line; the table needs every row for its widths."""
    from factcheck.render import claims_table, csv_lines, jsonl_lines

    if fmt == "table":
        color, width = _terminal_style(out) if to_terminal else (False, None)
        out.write(claims_table(list(claims), color=color, width=width))
        return
    lines = jsonl_lines(claims) if fmt == "jsonl" else csv_lines(claims)
    for line in lines:
        out.write(line)


def _terminal_style(out: TextIO) -> tuple[bool, int | None]:
    """Colour and width for a table: colour only on a TTY without NO_COLOR (no-color.org)."""
    if not out.isatty():
        return False, None
    return not os.environ.get("NO_COLOR"), shutil.get_terminal_size().columns


@contextmanager
def _output(path: str | None) -> Iterator[TextIO]:
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


# --------------------------------------------------------------------------- run options


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


@contextmanager
def _progress(args: argparse.Namespace, shown: bool = True) -> Iterator[Progress]:
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


ENGINES = ("local", "dask")


def _uses_dask(args: argparse.Namespace) -> bool:
    from factcheck.errors import ConfigError

    if args.scheduler and args.engine != "dask":
        raise ConfigError("--scheduler needs --engine dask")
    return bool(args.engine == "dask")


def _local_only(args: argparse.Namespace) -> None:
    """Commands and modes that have no Dask engine say so instead of ignoring it."""
    from factcheck.errors import ConfigError

    if _uses_dask(args):
        raise ConfigError("--engine dask needs --parquet-out DIR here (claims go to a dataset)")


def _write_dataset(args: argparse.Namespace) -> int:
    """extract --parquet-out: the annotated claims of every input into a dataset."""
    from factcheck.errors import ConfigError

    if args.include_boilerplate or args.output:
        raise ConfigError("--parquet-out writes a dataset: drop --include-boilerplate and -o")
    knowledge = _knowledge(args)
    if _uses_dask(args):
        from factcheck.scale.engine import write_parquet_dask

        summary = write_parquet_dask(
            args.paths, args.parquet_out, knowledge, args.lang, args.scheduler, args.jobs
        )
    else:
        from factcheck.scale.dataset import write_paths

        with _progress(args) as progress:
            summary = write_paths(
                args.paths, args.parquet_out, knowledge, args.lang, args.jobs, progress
            )
    for status in summary.skipped:
        print(f"{PROG}: skipped {status.file}: {status.reason}", file=sys.stderr)
    if not args.quiet:
        print(
            f"{PROG}: wrote {summary.claims} claims of {summary.files} files to {args.parquet_out}",
            file=sys.stderr,
        )
    return EXIT_USER_ERROR if summary.skipped else EXIT_OK


# --------------------------------------------------------------------------- evaluate


def evaluate_parents() -> list[argparse.ArgumentParser]:
    """The arguments of `factcheck.evaluation.peer`, reused so both entry points agree."""
    from factcheck.evaluation import command as evaluate

    return [evaluate.build_parser()]


def run_evaluate(args: argparse.Namespace) -> int:
    from factcheck.evaluation import command as evaluate

    print(evaluate.run(args))
    return EXIT_OK


# --------------------------------------------------------------------------- report

REPORT_FORMATS = ("terminal", "markdown", "json", "html")
EXIT_FINDINGS = 1
REPORT_EPILOG = (
    "Exit status: 0 when no finding is an error; 1 when a finding has severity error; "
    "2 for a usage or input error, or when an input was skipped (each skipped file is "
    "listed in the report and on stderr). A skipped input takes precedence over error "
    "findings: the report is incomplete."
)


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
    add_rules_option(parser)
    add_run_options(parser)
    add_engine_options(parser)
    parser.epilog = REPORT_EPILOG


def run_report(args: argparse.Namespace) -> int:
    """Build the whole report, render it, then write it: nothing is written on failure."""
    from factcheck.config import configured_knowledge

    config = _configuration(args, db=args.db)
    knowledge = configured_knowledge(config)
    with _progress(args) as progress:
        data = _report_data(args, config.settings.db, knowledge, progress)
    color, width = _terminal_style(sys.stdout) if args.output is None else (False, None)
    text = _render_report(data, args.format, color, width)
    with _output(args.output) as out:
        out.write(text)
    skipped = [(d.file, d.reason) for d in data.documents if d.status == "skipped"]
    _warn_skipped(skipped)  # the report's summary counts them
    return EXIT_USER_ERROR if skipped else data.exit_code


def _report_data(
    args: argparse.Namespace, db: str | None, knowledge: Knowledge, progress: Progress
) -> ReportData:
    """From the files, the claims store or a claims dataset, here or on a Dask cluster."""
    from factcheck.errors import ConfigError

    if sum(map(bool, (args.db, args.paths, args.parquet))) > 1:
        raise ConfigError("give PATH..., --db PATH or --parquet DIR, not several")
    if db and not args.paths and not args.parquet:
        from factcheck.store.reader import report_from_store

        return report_from_store(db, knowledge, keep_texts=True)
    if not args.paths and not args.parquet:
        raise ConfigError(
            "no sources: give PATH..., --db PATH (or `db` in factcheck.toml) or --parquet DIR"
        )
    dask = _uses_dask(args)
    if args.parquet and dask:
        from factcheck.scale.engine import report_dataset

        return report_dataset(args.parquet, knowledge, args.scheduler, args.jobs)
    if args.parquet:
        from factcheck.scale.dataset import report_parquet

        return report_parquet(args.parquet, knowledge)
    if dask:
        from factcheck.scale.engine import report_dask

        return report_dask(
            args.paths, knowledge, args.lang, True, args.scheduler, args.jobs, progress
        )
    from factcheck.runs.reporting import build_report

    return build_report(args.paths, args.lang, knowledge, True, args.jobs, progress)


def _configuration(args: argparse.Namespace, **overrides: object) -> Configuration:
    """The configuration file's settings with the command line's on top."""
    from factcheck.config import load_configuration

    config = load_configuration(args.config)
    return config.override(rules=args.rules, **overrides)


def _knowledge(args: argparse.Namespace) -> Knowledge:
    from factcheck.config import configured_knowledge

    return configured_knowledge(_configuration(args))


def _render_report(data: ReportData, fmt: str, color: bool, width: int | None) -> str:
    if fmt == "terminal":
        from factcheck.render.report_text import render_report

        return render_report(data, color=color, width=width)
    if fmt == "markdown":
        from factcheck.render.report_markdown import render_report as render_markdown

        return render_markdown(data)
    if fmt == "json":
        from factcheck.render.report_json import render_report as render_json

        return render_json(data)
    from factcheck.render.report_html import render_report as render_html

    return render_html(data)


# --------------------------------------------------------------------------- rules, explain


def _rules(args: argparse.Namespace) -> list[Rule]:
    return _knowledge(args).rules


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
    wanted = args.rule.strip().upper()
    rule = next((r for r in rules if r.id == wanted), None)
    if rule is None:
        known = ", ".join(r.id for r in rules) or "none"
        raise ConfigError(f"unknown rule {args.rule!r} (known: {known})")
    sys.stdout.write(explain(rule))
    sys.stdout.flush()
    return EXIT_OK


# --------------------------------------------------------------------------- check

CHECK_FORMATS = ("text", "json", "sarif", "github")
CHECK_EPILOG = (
    "Exit status: 0 when no finding is at or above --fail-on (default: error); 1 when "
    "one is; 2 for a usage, configuration or input error, or when an input was skipped. "
    "Silence a finding with a comment on its line or the line before: "
    "'<!-- factcheck: ignore[FC101] -->' in Markdown or HTML, 'factcheck: ignore' in text."
)


def configure_check(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("drafts", nargs="+", metavar="DRAFT", help="draft files or folders")
    given = parser.add_mutually_exclusive_group()
    given.add_argument(
        "--against",
        nargs="+",
        action="extend",
        metavar="SOURCE",
        help="source files or folders (default: `db`, else `sources` from the configuration)",
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
    add_rules_option(parser)
    add_run_options(parser)
    parser.epilog = CHECK_EPILOG


def run_check(args: argparse.Namespace) -> int:
    """Load the sources once, check every draft, render, then write."""
    from factcheck.config import configured_knowledge
    from factcheck.errors import ConfigError
    from factcheck.runs.checking import check_paths
    from factcheck.runs.suppressions import read_baseline, write_baseline

    config = _configuration(
        args,
        sources=args.against,
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
            "no sources: give --against SOURCE... or --db PATH, or set `sources` or `db` "
            "in factcheck.toml"
        )
    if db and args.source_lang:
        print(f"{PROG}: --source-lang is ignored with a claims store: its sources were "
              "read in the languages they were indexed with", file=sys.stderr)  # fmt: skip
    baseline = read_baseline(Path(s.baseline)) if s.baseline and not args.write_baseline else None
    knowledge = configured_knowledge(config)
    with _progress(args) as progress, _check_sources(db, list(s.sources), knowledge) as sources:
        result = check_paths(
            args.drafts,
            sources,
            knowledge,
            lang=s.lang,
            source_lang=s.source_lang,
            baseline=baseline,
            jobs=args.jobs,
            progress=progress,
        )
    if args.write_baseline:
        count = write_baseline(Path(args.write_baseline), result.findings)
        print(f"{PROG}: wrote {count} findings to {args.write_baseline}", file=sys.stderr)
        return EXIT_OK
    text = _render_check(result, s.format, s.show_supported, knowledge.rules, args.output is None)
    with _output(args.output) as out:
        out.write(text)
    for status in (*result.drafts, *result.sources):
        if status.status == "skipped":
            print(f"{PROG}: skipped {status.file}: {status.reason}", file=sys.stderr)
    return result.exit_code(s.fail_on)


@contextmanager
def _check_sources(db: str | None, paths: list[str], knowledge: Knowledge) -> Iterator[object]:
    """The claims store at `db` when there is one, else the source paths to read."""
    if not db:
        yield paths
        return
    from factcheck.store.reader import StoredSources

    sources = StoredSources.open(db, knowledge)
    try:
        yield sources
    finally:
        sources.close()


def _render_check(
    result: CheckResult, fmt: str, show_supported: bool, rules: list[Rule], to_terminal: bool
) -> str:
    if fmt == "json":
        from factcheck.render.check_json import render_json

        return render_json(result, show_supported=show_supported)
    if fmt == "sarif":
        from factcheck.render.check_sarif import render_sarif

        return render_sarif(result, rules)
    if fmt == "github":
        from factcheck.render.check_text import render_github

        return render_github(result)
    from factcheck.render.check_text import render_text

    color = _terminal_style(sys.stdout)[0] if to_terminal else False
    return render_text(result, show_supported=show_supported, color=color)


def configure_config(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", metavar="FILE", help="configuration file to read")


def run_config(args: argparse.Namespace) -> int:
    """Print the effective configuration, each value with where it came from."""
    from factcheck.config import configured_knowledge, describe, load_configuration

    config = load_configuration(args.config)
    configured_knowledge(config)  # a bad rule choice fails here, not in the next run
    sys.stdout.write(describe(config))
    sys.stdout.flush()
    return EXIT_OK


# --------------------------------------------------------------------------- index


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
        choices=("local", "dask"),
        default="local",
        help="local processes (--jobs), or a Dask cluster (needs factcheck[dask])",
    )
    parser.add_argument(
        "--scheduler", metavar="ADDRESS", help="Dask scheduler address (with --engine dask)"
    )
    add_rules_option(parser)
    add_run_options(parser)


def run_index(args: argparse.Namespace) -> int:
    """Bring the claims store up to date; one summary line on stdout."""
    from factcheck.config import configured_knowledge
    from factcheck.errors import ConfigError
    from factcheck.store.writer import index_paths

    config = _configuration(args, sources=args.paths or None, db=args.db)
    s = config.settings
    if not s.db:
        raise ConfigError("no claims store: give --db PATH or set `db` in factcheck.toml")
    if not s.sources:
        raise ConfigError("no sources: give SOURCE... or set `sources` in factcheck.toml")
    with _progress(args) as progress:
        summary, skipped = index_paths(
            s.db,
            list(s.sources),
            configured_knowledge(config),
            lang=args.lang or s.source_lang,
            jobs=args.jobs,
            progress=progress,
            engine=args.engine,
            scheduler=args.scheduler,
        )
    print(summary.line(s.db), flush=True)
    for entry in skipped:
        print(f"{PROG}: skipped {entry.path}: {entry.reason}", file=sys.stderr)
    return EXIT_USER_ERROR if skipped else EXIT_OK


# --------------------------------------------------------------------------- main

COMMANDS: dict[str, Command] = {
    "extract": Command(
        "extract numeric claims from files and folders", run_extract, configure=configure_extract
    ),
    "evaluate": Command(
        "score the extractor on the peer cases", run_evaluate, parents=evaluate_parents
    ),
    "report": Command(
        "check claims across sources and report conflicts", run_report, configure=configure_report
    ),
    "check": Command(
        "check the numbers of drafts against sources before publishing",
        run_check,
        configure=configure_check,
    ),
    "index": Command(
        "extract and annotate sources once into a claims store, incrementally",
        run_index,
        configure=configure_index,
    ),
    "config": Command(
        "print the effective configuration and where each value came from",
        run_config,
        configure=configure_config,
    ),
    "rules": Command("list the rules", run_list_rules, configure=add_rules_option),
    "explain": Command(
        "describe a rule with its examples", run_explain, configure=configure_explain
    ),
}


def build_parser(selected: Container[str | None] | None = None) -> argparse.ArgumentParser:
    """The top-level parser with one subparser per entry of `COMMANDS`.

    With `selected`, only those subcommands get their reused parsers: building
    them can import heavy modules (evaluate loads pint), which `--version` and
    the other subcommands should not pay for. None builds every subcommand fully.
    """
    parser = argparse.ArgumentParser(
        prog=PROG, description="Extract and check numeric claims in news articles."
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    # --debug after the subcommand too; SUPPRESS so an absent flag keeps the top-level value.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks"
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, command in COMMANDS.items():
        reused = command.parents() if selected is None or name in selected else []
        sub = subparsers.add_parser(
            name,
            help=command.help,
            description=command.help[:1].upper() + command.help[1:] + ".",
            parents=[common, *reused],
            conflict_handler="resolve",  # a reused parser brings its own -h
        )
        command.configure(sub)
        sub.set_defaults(handler=command.run)
    return parser


def _subcommand(argv: list[str]) -> str | None:
    """The subcommand named in `argv`: the top-level options take no values."""
    return next((arg for arg in argv if not arg.startswith("-")), None)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code (the console script exits with it)."""
    argv = sys.argv[1:] if argv is None else argv
    try:
        args = build_parser({_subcommand(argv)}).parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors: argparse has printed
        return exc.code if isinstance(exc.code, int) else EXIT_USER_ERROR
    try:
        with _debug_log(args.debug):
            return args.handler(args)
    except FactcheckError as exc:
        if args.debug:
            traceback.print_exc()
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED


@contextmanager
def _debug_log(enabled: bool) -> Iterator[None]:
    """--debug: the library's debug log (tracebacks of files it skipped) goes to stderr."""
    if not enabled:
        yield
        return
    import logging

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(f"{PROG}: debug: %(message)s"))
    logger = logging.getLogger("factcheck")
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout without a file descriptor (captured in tests)
        pass


if __name__ == "__main__":
    sys.exit(main())
