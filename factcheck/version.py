"""factcheck's version: the one place it is written (pyproject.toml reads it from here
when the package is built), so a start need not look it up in the installed metadata."""

__version__ = "0.1.0"
