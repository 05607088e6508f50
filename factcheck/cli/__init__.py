"""The `factcheck` command: parse arguments, call the library, write the result.

Each subcommand is one `Command` in `COMMANDS`: a function that adds its arguments
and a handler of a few lines that calls the public API (`factcheck.extract_frame`,
`report`, `check`, ...) or the store and a renderer from `factcheck.render`, and
returns the exit code. The handlers live by topic: `extracting` (extract,
evaluate), `reporting` (report, rules, explain), `checking` (check, config,
index); `common` holds what they share.

Exit codes: 0 success; 1 when `report` finds an error-severity problem or a check
finding is at or above `--fail-on`; 2 for a user error (one `factcheck: error: ...`
line on stderr, a traceback only with --debug) or when any input file was skipped.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Container, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from factcheck.cli.checking import (
    configure_check,
    configure_config,
    configure_index,
    run_check,
    run_config,
    run_index,
)
from factcheck.cli.common import EXIT_USER_ERROR, PROG, add_rules_option
from factcheck.cli.extracting import configure_extract, evaluate_parents, run_evaluate, run_extract
from factcheck.cli.reporting import (
    configure_explain,
    configure_report,
    run_explain,
    run_list_rules,
    run_report,
)
from factcheck.errors import FactcheckError
from factcheck.lexicon.keptbuilds import kept_builds
from factcheck.lexicon.regexcache import cache_folder, kept_patterns
from factcheck.version import __version__

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

    `parents` builds parsers defined elsewhere (e.g. `factcheck.evaluation.command`) so
    a module's own entry point and the CLI accept the same options.
    """

    help: str
    run: Handler
    configure: Callable[[argparse.ArgumentParser], None] = _no_arguments
    parents: Callable[[], list[argparse.ArgumentParser]] = _no_parents


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
    """Run the command line; returns the exit code (the console script exits with it).
    What a start builds from the tables, the parser's rule names among it, is kept
    between runs (`regexcache`, `keptbuilds`)."""
    argv = sys.argv[1:] if argv is None else argv
    with kept_patterns(), kept_builds(cache_folder()):
        return _run(argv)


def _run(argv: list[str]) -> int:
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
