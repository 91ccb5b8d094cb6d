"""Does a value fit a parameter? Shared by the baseline and the deviation checks."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from samenwerking_cli.domain.model import NUMERIC_TYPES, Parameter
from samenwerking_cli.domain.names import closest
from samenwerking_cli.domain.text import N_, _
from samenwerking_cli.domain.values import is_number

_KIND_WORDS = {
    "integer": N_("a whole number"),
    "number": N_("a number"),
    "money": N_("an amount in euro (a number with at most two decimals)"),
    "boolean": N_("true or false"),
    "choice": N_("one of the choices"),
    "text": N_("text"),
    "list": N_("a list of texts"),
}


def kind_words(param_type: str) -> str:
    return _(_KIND_WORDS[param_type]) if param_type in _KIND_WORDS else param_type


def did_you_mean(word: str, options: Iterable[str]) -> str:
    return suggestion(closest(word, options))


def suggestion(close: str | None) -> str:
    """The hint for a name that was probably meant, or nothing."""
    return _("did you mean `{word}`?").format(word=close) if close else ""


def quote(raw: str) -> str:
    """A value as written in the file, marked off in a message: `no`, `2024-02-30`."""
    return f"`{raw}`" if raw else _("an empty value")


def written(value: Any) -> str:
    """A value as it would be written in a file: `true`, `92.5`, `[a, b]`."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(map(str, value)) + "]"
    return str(value)


def listed_twice(items: list[str], *, choices: bool = False) -> str:
    """`the item `a` is listed twice`, or `the items `a` and `b` are each listed twice`."""
    twice = [quote(i) for i in sorted({i for i in items if items.count(i) > 1})]
    if len(twice) == 1:
        one = (
            _("the choice {item} is listed twice")
            if choices
            else _("the item {item} is listed twice")
        )
        return one.format(item=twice[0])
    more = (
        _("the choices {items} and {last} are each listed twice")
        if choices
        else _("the items {items} and {last} are each listed twice")
    )
    return more.format(items=", ".join(twice[:-1]), last=twice[-1])


def problems(param: Parameter, value: Any, shown: str) -> list[tuple[str, str]]:
    """(message, hint) pairs; empty when `value` fits `param`.

    `shown` is the value as written, already quoted for a message (see quote()).
    """
    kind = param.type
    if kind in NUMERIC_TYPES:
        if kind == "integer" and not (is_number(value) and isinstance(value, int)):
            return [
                (
                    _("{value} is not a whole number").format(value=shown),
                    _("write a whole number such as 3"),
                )
            ]
        if not is_number(value):
            example = "92.50" if kind == "money" else "23.5"
            return [
                (
                    _("{value} is not {kind}").format(value=shown, kind=kind_words(kind)),
                    _("write a number such as {example}").format(example=example),
                )
            ]
        if kind == "money" and abs(round(value * 100) - value * 100) > 1e-6:
            return [
                (
                    _("{value} has more than two decimals for an amount in euro").format(
                        value=shown
                    ),
                    _("round it to whole cents, for example 92.50"),
                )
            ]
        out: list[tuple[str, str]] = []
        # A bound that is not a number (`min: no`) is reported on its own line.
        low = param.min if is_number(param.min) else None
        high = param.max if is_number(param.max) else None
        if low is not None and value < low:
            out.append(
                (
                    _("{value} is below the lowest allowed value {low}").format(
                        value=shown, low=_num(low)
                    ),
                    _("use a value of at least {low}").format(low=_num(low)),
                )
            )
        if high is not None and value > high:
            out.append(
                (
                    _("{value} is above the highest allowed value {high}").format(
                        value=shown, high=_num(high)
                    ),
                    _("use a value of at most {high}").format(high=_num(high)),
                )
            )
        return out
    if kind == "boolean":
        if isinstance(value, bool):
            return []
        return [boolean_problem(value, shown)]
    if kind == "choice":
        if not isinstance(value, str):
            return [
                (
                    _("{value} is not one of the choices").format(value=shown),
                    _("write one of: {choices}").format(choices=_choices(param)),
                )
            ]
        if value not in param.choices:
            maybe = did_you_mean(value, param.choices)
            return [
                (
                    _("{value} is not one of the choices ({choices})").format(
                        value=shown, choices=_choices(param)
                    ),
                    maybe or _("write one of: {choices}").format(choices=_choices(param)),
                )
            ]
        return []
    if kind == "text":
        if not isinstance(value, str) or not value.strip():
            return [
                (
                    _("{value} is not text").format(value=shown),
                    _("write the text, in quotes if it looks like a number"),
                )
            ]
        return []
    if kind == "list":
        if not isinstance(value, list) or not all(isinstance(i, str) for i in value):
            return [
                (
                    _("{value} is not a list of texts").format(value=shown),
                    _("write the items as lines starting with `- `, or as [a, b]"),
                )
            ]
        out = []
        if len(set(value)) != len(value):
            out.append((listed_twice(value), _("list each item once")))
        if param.choices:
            for item in value:
                if item not in param.choices:
                    maybe = did_you_mean(item, param.choices)
                    out.append(
                        (
                            _("the item {item} is not one of the allowed items ({choices})").format(
                                item=quote(item), choices=_choices(param)
                            ),
                            maybe or _("use one of the allowed items"),
                        )
                    )
        return out
    return []


def boolean_problem(value: Any, shown: str) -> tuple[str, str]:
    """Why `value` is not true or false, in words for someone who wrote `ja` or `"true"`."""
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        # `"true"` in quotes is a text: saying "`true` is not true or false" would baffle.
        word = value.strip().lower()
        return (
            _('"{value}" is in quotes, so it is a text and not a yes/no value').format(value=value),
            _("write {word} without quotes").format(word=word),
        )
    if isinstance(value, str) and value.strip().lower() in {"ja", "nee", "yes", "no", "j", "n"}:
        return (
            _("{value} is not true or false").format(value=shown),
            _("write true (for ja) or false (for nee)"),
        )
    return (_("{value} is not true or false").format(value=shown), _("write true or false"))


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
