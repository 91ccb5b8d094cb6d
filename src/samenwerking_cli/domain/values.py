"""What values mean in the domain: which count as numbers, and when two values are the same."""

from __future__ import annotations

import math
from typing import Any, Literal

from samenwerking_cli.domain.model import NUMERIC_TYPES, Parameter, Value

Effect = Literal["favourable", "unfavourable", "neutral"]


def is_number(value: Any) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return isinstance(value, int) or math.isfinite(value)  # math.isfinite fails on huge ints


def equal(param_type: str, left: Any, right: Any) -> bool:
    """Equality in the parameter's terms: money to the cent, lists as sets."""
    if param_type == "money" and is_number(left) and is_number(right):
        return bool(round(left * 100) == round(right * 100))
    if param_type == "list" and isinstance(left, list) and isinstance(right, list):
        return set(left) == set(right)
    if param_type in NUMERIC_TYPES and is_number(left) and is_number(right):
        return bool(left == right)
    same: bool = left == right
    return same and type(left) is type(right)


def effect(param: Parameter, baseline: Value, value: Value) -> Effect:
    """Better or worse for an employer, from `employer_prefers`."""
    prefers = param.employer_prefers
    if prefers is None or equal(param.type, baseline, value):
        return "neutral"
    if (
        param.type in NUMERIC_TYPES
        and isinstance(value, int | float)
        and isinstance(baseline, int | float)
    ):
        higher = value > baseline
        if prefers == "higher":
            return "favourable" if higher else "unfavourable"
        if prefers == "lower":
            return "unfavourable" if higher else "favourable"
        return "neutral"
    if param.type in ("boolean", "choice"):
        if value == prefers:
            return "favourable"
        if baseline == prefers:
            return "unfavourable"
    return "neutral"
