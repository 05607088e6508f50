"""`factcheck extract` (claims as a table, JSONL, CSV or a Parquet dataset) and
`factcheck evaluate`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TextIO

from factcheck.cli.common import (
    EXIT_OK,
    EXIT_USER_ERROR,
    PROG,
    add_engine_options,
    add_rules_option,
    add_run_options,
    knowledge_for,
    output,
    progress_for,
    terminal_style,
    uses_dask,
    warn_skipped,
)

if TYPE_CHECKING:
    from factcheck.extraction.batch import DocumentClaims
    from factcheck.models import Claim, Skipped


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
    with progress_for(args, shown=not streams_to_terminal) as progress:
        items = iter_documents(  # raises before output
            args.paths, args.lang, args.include_boilerplate, args.jobs, progress
        )
        with output(args.output) as out:
            _write_claims(out, args.format, tally.claims(items), to_terminal=args.output is None)
    warn_skipped([(entry.path, entry.reason) for entry in tally.skipped])
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


def _write_claims(out: TextIO, fmt: str, claims: Iterable[Claim], to_terminal: bool) -> None:
    """JSONL and CSV stream line by line; the table needs every row for its widths."""
    from factcheck.render import claims_table, csv_lines, jsonl_lines

    if fmt == "table":
        color, width = terminal_style(out) if to_terminal else (False, None)
        out.write(claims_table(list(claims), color=color, width=width))
        return
    lines = jsonl_lines(claims) if fmt == "jsonl" else csv_lines(claims)
    for line in lines:
        out.write(line)


def _local_only(args: argparse.Namespace) -> None:
    """Commands and modes that have no Dask engine say so instead of ignoring it."""
    from factcheck.errors import ConfigError

    if uses_dask(args):
        raise ConfigError("--engine dask needs --parquet-out DIR here (claims go to a dataset)")


def _write_dataset(args: argparse.Namespace) -> int:
    """extract --parquet-out: the annotated claims of every input into a dataset."""
    from factcheck.errors import ConfigError

    if args.include_boilerplate or args.output:
        raise ConfigError("--parquet-out writes a dataset: drop --include-boilerplate and -o")
    knowledge = knowledge_for(args)
    if uses_dask(args):
        from factcheck.scale.engine import write_parquet_dask

        summary = write_parquet_dask(
            args.paths, args.parquet_out, knowledge, args.lang, args.scheduler, args.jobs
        )
    else:
        from factcheck.scale.dataset import write_paths

        with progress_for(args) as progress:
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


def evaluate_parents() -> list[argparse.ArgumentParser]:
    """The arguments of `factcheck.evaluation.peer`, reused so both entry points agree."""
    from factcheck.evaluation import command as evaluate

    return [evaluate.build_parser()]


def run_evaluate(args: argparse.Namespace) -> int:
    from factcheck.evaluation import command as evaluate

    print(evaluate.run(args))
    return EXIT_OK
