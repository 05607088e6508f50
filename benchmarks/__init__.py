"""Benchmarks for factcheck, run as `python -m benchmarks <name>`.

They live outside the package (nothing here ships in the wheel) and outside
`tests/` (they measure, they do not assert), so CI lints them but never times
them on a shared runner. See benchmarks/README.md for how to run them and the
figures worth keeping.
"""
