"""The closed set of check types; the rules in `rules/checks/` configure them.

Each check is a function `(rule, context) -> list[Finding]` in a module of its
own (`value_conflict`, `unit_mismatch`, `attribution`, `time_conflict`); the
context holds the claims of a report, blocked for comparison. `runner` aligns
claims and runs the enabled rules; `candidates` says which claims a check can
ever compare, for the sources index and the claims store.
"""
