"""`python -m factcheck`: the same command line as the `factcheck` console script."""

import sys

from factcheck.cli import main

if __name__ == "__main__":
    sys.exit(main())
