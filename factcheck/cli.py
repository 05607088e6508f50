"""The `factcheck` command: parse arguments, call the library, write the result.

No extraction logic lives here. Each subcommand is one `Command` in `COMMANDS`:
a function that adds its arguments and a handler of a few lines that calls
`factcheck.pipeline` and `factcheck.render` and returns the exit code. Later
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
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from factcheck import __version__
from factcheck.errors import FactcheckError, InputError

if TYPE_CHECKING:
    from factcheck.models import Claim, Skipped
    from factcheck.progress import Progress
    from factcheck.report import Knowledge, ReportData
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

    `parents` builds parsers defined elsewhere (e.g. `factcheck.evaluate`) so a
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
    add_run_options(parser)


def run_extract(args: argparse.Namespace) -> int:
    """Stream claims to the output; list skipped inputs on stderr afterwards."""
    from factcheck.pipeline import iter_claims

    skipped: list[Skipped] = []
    # Claims stream to stdout as they are found: on a terminal they are the progress.
    streams_to_terminal = args.output is None and sys.stdout.isatty()
    with _progress(args, shown=not streams_to_terminal) as progress:
        items = iter_claims(  # raises before output
            args.paths, args.lang, args.include_boilerplate, args.jobs, progress
        )
        claims = _claims_only(items, skipped)
        with _output(args.output) as out:
            _write_claims(out, args.format, claims, to_terminal=args.output is None)
    for entry in skipped:
        print(f"{PROG}: skipped {entry.path}: {entry.reason}", file=sys.stderr)
    return EXIT_USER_ERROR if skipped else EXIT_OK


def _claims_only(items: Iterable[Claim | Skipped], skipped: list[Skipped]) -> Iterator[Claim]:
    """Pass claims on to the renderer and put each `Skipped` aside for the report."""
    from factcheck.models import Skipped

    for item in items:
        if isinstance(item, Skipped):
            skipped.append(item)
        else:
            yield item


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


# --------------------------------------------------------------------------- evaluate


def evaluate_parents() -> list[argparse.ArgumentParser]:
    """The arguments of `factcheck.evaluate`, reused so both entry points agree."""
    from factcheck import evaluate

    return [evaluate.build_parser()]


def run_evaluate(args: argparse.Namespace) -> int:
    from factcheck import evaluate

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
        "repeatable; replaces the shipped rules",
    )


def configure_report(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to read")
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
    parser.epilog = REPORT_EPILOG


def run_report(args: argparse.Namespace) -> int:
    """Build the whole report, render it, then write it: nothing is written on failure."""
    from factcheck.report import build_report

    knowledge = _knowledge(args.rules)
    with _progress(args) as progress:
        data = build_report(args.paths, args.lang, knowledge, True, args.jobs, progress)
    color, width = _terminal_style(sys.stdout) if args.output is None else (False, None)
    text = _render_report(data, args.format, color, width)
    with _output(args.output) as out:
        out.write(text)
    skipped = [d for d in data.documents if d.status == "skipped"]
    for doc in skipped:
        print(f"{PROG}: skipped {doc.file}: {doc.reason}", file=sys.stderr)
    return EXIT_USER_ERROR if skipped else data.exit_code


def _knowledge(dirs: list[str] | None) -> Knowledge | None:
    """The rule folders given with --rules, or None for the shipped ones."""
    if not dirs:
        return None
    from factcheck.report import Knowledge

    return Knowledge.from_dirs(Path(d) for d in dirs)


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


def _rules(dirs: list[str] | None) -> list[Rule]:
    from factcheck.ruleset import default_rules_dir, load_rules

    return load_rules([Path(d) for d in dirs] if dirs else [default_rules_dir()])


def run_list_rules(args: argparse.Namespace) -> int:
    from factcheck.render.docs import rules_listing

    sys.stdout.write(rules_listing(_rules(args.rules)))
    sys.stdout.flush()
    return EXIT_OK


def configure_explain(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("rule", metavar="RULE", help="rule id, e.g. FC101")
    add_rules_option(parser)


def run_explain(args: argparse.Namespace) -> int:
    from factcheck.errors import ConfigError
    from factcheck.ruleset import explain

    rules = _rules(args.rules)
    wanted = args.rule.strip().upper()
    rule = next((r for r in rules if r.id == wanted), None)
    if rule is None:
        known = ", ".join(r.id for r in rules) or "none"
        raise ConfigError(f"unknown rule {args.rule!r} (known: {known})")
    sys.stdout.write(explain(rule))
    sys.stdout.flush()
    return EXIT_OK


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


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout without a file descriptor (captured in tests)
        pass


if __name__ == "__main__":
    sys.exit(main())
