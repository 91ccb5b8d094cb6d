"""Does a value fit a parameter? Shared by the baseline and the deviation checks."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from samenwerking_cli.domain.model import NUMERIC_TYPES, Parameter
from samenwerking_cli.domain.names import closest
from samenwerking_cli.domain.values import is_number

_KIND_WORDS = {
    "integer": "a whole number",
    "number": "a number",
    "money": "an amount in euro (a number with at most two decimals)",
    "boolean": "true or false",
    "choice": "one of the choices",
    "text": "text",
    "list": "a list of texts",
}


def kind_words(param_type: str) -> str:
    return _KIND_WORDS.get(param_type, param_type)


def did_you_mean(word: str, options: Iterable[str]) -> str:
    return suggestion(closest(word, options))


def suggestion(close: str | None) -> str:
    """The hint for a name that was probably meant, or nothing."""
    return f"did you mean `{close}`?" if close else ""


def quote(raw: str) -> str:
    """A value as written in the file, marked off in a message: `no`, `2024-02-30`."""
    return f"`{raw}`" if raw else "an empty value"


def written(value: Any) -> str:
    """A value as it would be written in a file: `true`, `92.5`, `[a, b]`."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(map(str, value)) + "]"
    return str(value)


def listed_twice(noun: str, items: list[str]) -> str:
    """`the item `a` is listed twice`, or `the items `a` and `b` are each listed twice`."""
    twice = [quote(i) for i in sorted({i for i in items if items.count(i) > 1})]
    if len(twice) == 1:
        return f"the {noun} {twice[0]} is listed twice"
    return f"the {noun}s {', '.join(twice[:-1])} and {twice[-1]} are each listed twice"


def problems(param: Parameter, value: Any, shown: str) -> list[tuple[str, str]]:
    """(message, hint) pairs; empty when `value` fits `param`.

    `shown` is the value as written, already quoted for a message (see quote()).
    """
    kind = param.type
    if kind in NUMERIC_TYPES:
        if kind == "integer" and not (is_number(value) and isinstance(value, int)):
            return [(f"{shown} is not a whole number", "write a whole number such as 3")]
        if not is_number(value):
            example = "92.50" if kind == "money" else "23.5"
            return [(f"{shown} is not {kind_words(kind)}", f"write a number such as {example}")]
        if kind == "money" and abs(round(value * 100) - value * 100) > 1e-6:
            return [
                (
                    f"{shown} has more than two decimals for an amount in euro",
                    "round it to whole cents, for example 92.50",
                )
            ]
        out: list[tuple[str, str]] = []
        # A bound that is not a number (`min: no`) is reported on its own line.
        low = param.min if is_number(param.min) else None
        high = param.max if is_number(param.max) else None
        if low is not None and value < low:
            out.append(
                (
                    f"{shown} is below the lowest allowed value {_num(low)}",
                    f"use a value of at least {_num(low)}",
                )
            )
        if high is not None and value > high:
            out.append(
                (
                    f"{shown} is above the highest allowed value {_num(high)}",
                    f"use a value of at most {_num(high)}",
                )
            )
        return out
    if kind == "boolean":
        if isinstance(value, bool):
            return []
        hint = "write true or false"
        if isinstance(value, str) and value.strip().lower() in {"ja", "nee", "yes", "no", "j", "n"}:
            hint = "write true (for ja) or false (for nee)"
        return [(f"{shown} is not true or false", hint)]
    if kind == "choice":
        if not isinstance(value, str):
            return [(f"{shown} is not one of the choices", f"write one of: {_choices(param)}")]
        if value not in param.choices:
            maybe = did_you_mean(value, param.choices)
            return [
                (
                    f"{shown} is not one of the choices ({_choices(param)})",
                    maybe or f"write one of: {_choices(param)}",
                )
            ]
        return []
    if kind == "text":
        if not isinstance(value, str) or not value.strip():
            return [(f"{shown} is not text", "write the text, in quotes if it looks like a number")]
        return []
    if kind == "list":
        if not isinstance(value, list) or not all(isinstance(i, str) for i in value):
            return [
                (
                    f"{shown} is not a list of texts",
                    "write the items as lines starting with `- `, or as [a, b]",
                )
            ]
        out = []
        if len(set(value)) != len(value):
            out.append((listed_twice("item", value), "list each item once"))
        if param.choices:
            for item in value:
                if item not in param.choices:
                    maybe = did_you_mean(item, param.choices)
                    out.append(
                        (
                            f"the item {quote(item)} is not one of the allowed items ({_choices(param)})",
                            maybe or "use one of the allowed items",
                        )
                    )
        return out
    return []


def _choices(param: Parameter) -> str:
    return ", ".join(param.choices)


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def expected_json_type(param_type: str) -> str:
    if param_type == "integer":
        return "integer"
    if param_type in NUMERIC_TYPES:
        return "number"
    return {"boolean": "boolean", "list": "array"}.get(param_type, "string")
