"""`python -m benchmarks <name> [options]`: one entry per benchmark module.

A table of names keeps the entry point free of benchmark code, so adding a
benchmark is one module and one line here.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from importlib import import_module

# name -> module with a `main(argv) -> int`
BENCHMARKS: dict[str, str] = {
    "extraction": "benchmarks.extraction",
    "alignment": "benchmarks.alignment",
    "corpus": "benchmarks.corpus.cli",
    "e2e": "benchmarks.e2e",
    "plot": "benchmarks.plot",
    "engines": "benchmarks.engines",
    "store": "benchmarks.store",
    "hostile": "benchmarks.hostile",
    "startup": "benchmarks.startup",
}


def main(argv: list[str] | None = None) -> int:
    """Dispatch to the benchmark named first; the rest of argv is its own."""
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] in ("-h", "--help") or args[0] not in BENCHMARKS:
        names = ", ".join(BENCHMARKS)
        print(f"usage: python -m benchmarks {{{names}}} [options]", file=sys.stderr)
        return 0 if args and args[0] in ("-h", "--help") else 2
    run: Callable[[list[str]], int] = import_module(BENCHMARKS[args[0]]).main
    return run(args[1:])


if __name__ == "__main__":
    sys.exit(main())
