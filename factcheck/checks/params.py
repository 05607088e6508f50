"""The base of every check's parameters: each check module declares its own model,
field by field with its type and default, and the rule files tune them."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class CheckParams(BaseModel):
    """A check's parameters. Field types are `float`, `int` or `list[float]`; the
    defaults are what a rule gets when its file does not set the parameter."""

    model_config = ConfigDict(extra="forbid", frozen=True)
