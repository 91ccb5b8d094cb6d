"""Values, numbers and dates the way readers write them: `€ 92,50`, `3 maanden`, `ja`, `1 maart 2024`.

Dutch by default; `lang="en"` gives the English forms. Data texts are returned as written:
escaping for the target output is the renderer's job.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from samenwerking_cli.domain.model import Parameter

_MONTHS = {
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}
_YES_NO = {"nl": ("ja", "nee"), "en": ("yes", "no")}


def number(value: float | int, decimals: int | None = None, lang: str = "nl") -> str:
    """1234.5 -> '1.234,5' (nl) or '1,234.5' (en); integers without decimals."""
    if decimals is None:
        text = (
            f"{value:,.10f}".rstrip("0").rstrip(".")
            if not float(value).is_integer()
            else f"{int(value):,}"
        )
    else:
        text = f"{value:,.{decimals}f}"
    if lang == "nl":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def money(value: float | int, lang: str = "nl") -> str:
    sign = "-" if value < 0 else ""
    amount = number(abs(value), 2, lang)
    return f"{sign}€ {amount}" if lang == "nl" else f"{sign}€{amount}"


def percent(value: float | None, lang: str = "nl", decimals: int = 1) -> str:
    if value is None:
        return "–"
    text = number(round(value, decimals), decimals, lang)
    return f"{text} %" if lang == "nl" else f"{text}%"


def day(value: date | None, lang: str = "nl") -> str:
    if value is None:
        return ""
    return f"{value.day} {_MONTHS[lang][value.month - 1]} {value.year}"


def yes_no(value: bool, lang: str = "nl") -> str:
    yes, no = _YES_NO[lang]
    return yes if value else no


# After a number Dutch uses the singular of some units: "3 jaar", never "3 jaren".
_AFTER_A_NUMBER = {"nl": {"jaren": "jaar", "keren": "keer", "uren": "uur"}, "en": {}}


def _unit(param: Parameter, amount: float | int, lang: str = "nl") -> str:
    if not param.unit:
        return ""
    unit = param.unit_singular if amount == 1 and param.unit_singular else param.unit
    return " " + _AFTER_A_NUMBER.get(lang, {}).get(unit, unit)


def value(param: Parameter, val: Any, lang: str = "nl") -> str:
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


def delta(param: Parameter, diff: float | int | None, lang: str = "nl") -> str:
    """`+1 maand`, `−€ 7,50`; empty when there is no numeric difference."""
    if diff is None:
        return ""
    sign = "+" if diff > 0 else "−" if diff < 0 else "±"
    size = abs(diff)
    if param.type == "money":
        return sign + money(size, lang)
    return sign + number(size, None, lang) + _unit(param, size, lang)
