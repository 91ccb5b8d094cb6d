"""Values, numbers and dates the way readers write them: `€ 92,50`, `3 maanden`, `ja`, `1 maart 2024`.

In the chosen language (domain/text.py), or in `lang` where a caller passes one; the numbers,
money, percentages and dates as CLDR writes them (domain/formats.py). Data texts are returned
as written: escaping for the target output is the renderer's job.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from samenwerking_cli.domain import formats
from samenwerking_cli.domain.model import Parameter
from samenwerking_cli.domain.text import N_, gettext_in, language


def number(value: float | int, decimals: int | None = None, lang: str | None = None) -> str:
    """1234.5 -> '1.234,5' (nl) or '1,234.5' (en); integers without decimals."""
    return formats.number(value, decimals, lang)


def money(value: float | int, lang: str | None = None) -> str:
    return formats.money(value, lang)


def percent(value: float | None, lang: str | None = None, decimals: int = 1) -> str:
    return formats.percent(value, decimals, lang)


def day(value: date | None, lang: str | None = None) -> str:
    return formats.day(value, lang)


def yes_no(value: bool, lang: str | None = None) -> str:
    return gettext_in(lang, N_("yes") if value else N_("no"))


# After a number Dutch uses the singular of some units: "3 jaar", never "3 jaren".
_AFTER_A_NUMBER = {"nl": {"jaren": "jaar", "keren": "keer", "uren": "uur"}, "en": {}}


def _unit(param: Parameter, amount: float | int, lang: str | None = None) -> str:
    if not param.unit:
        return ""
    unit = param.unit_singular if amount == 1 and param.unit_singular else param.unit
    return " " + _AFTER_A_NUMBER.get(lang or language(), {}).get(unit, unit)


def value(param: Parameter, val: Any, lang: str | None = None) -> str:
    """A parameter value with its unit: `3 maanden`, `€ 92,50 per uur`, `ja`, `23,5 %`."""
    if val is None:
        return "–"
    if param.type == "boolean" and isinstance(val, bool):
        return yes_no(val, lang)
    if param.type == "money" and isinstance(val, int | float):
        return money(val, lang) + (f" {param.unit}" if param.unit else "")
    if (
        param.type in ("integer", "number")
        and isinstance(val, int | float)
        and not isinstance(val, bool)
    ):
        return number(val, None, lang) + _unit(param, val, lang)
    if param.type == "list" and isinstance(val, list):
        return ", ".join(param.label(str(v)) for v in val) if val else "–"
    if param.type == "choice":
        return param.label(str(val))
    return str(val)


def delta(param: Parameter, diff: float | int | None, lang: str | None = None) -> str:
    """`+1 maand`, `−€ 7,50`; empty when there is no numeric difference."""
    if diff is None:
        return ""
    sign = "+" if diff > 0 else "−" if diff < 0 else "±"
    size = abs(diff)
    if param.type == "money":
        return sign + money(size, lang)
    return sign + number(size, None, lang) + _unit(param, size, lang)
