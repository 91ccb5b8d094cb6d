"""What a workbook cell means for the YAML: its value in domain terms (to tell whether it
changed) and the YAML scalar that writes it.

A cell that does not convert (`drie` for a whole number, `1-3-2025` typed as text for a date) is
written as the text it is, so validation refuses it in its own words: the same message as
`samenwerking validate` gives for that value in a YAML file.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from samenwerking_cli.domain.model import Parameter
from samenwerking_cli.domain.values import equal
from samenwerking_cli.workspace.yaml_edit import block_list, date_scalar, flow_list, text_scalar

_INT = re.compile(r"[-+]?[0-9]+")
_DECIMAL = re.compile(r"[-+]?[0-9]+(?:[.,][0-9]+)?")
_DUTCH = re.compile(r"[-+]?[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?")  # 1.234,50
# Either language's words, whatever language the workbook was made in.
_TRUE = frozenset({"ja", "waar", "yes", "true"})
_FALSE = frozenset({"nee", "onwaar", "no", "false"})


@dataclass(frozen=True, slots=True)
class Wanted:
    value: Any  # as the loader reads it back: str, int, float, bool, list[str]
    scalar: Any  # what is put in the YAML


def as_text(raw: Any) -> str | None:
    """A cell as text; None when empty."""
    if raw is None:
        return None
    if isinstance(raw, bool):
        return "true" if raw else "false"
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, date):
        return raw.isoformat()
    text = str(raw).strip()
    return text or None


def _decimal(value: float) -> str:
    """Digits without exponent notation, which YAML readers disagree on."""
    text = repr(value)
    return format(Decimal(text), "f") if "e" in text or "E" in text else text


def number_text(kind: str, value: int | float) -> str:
    if kind == "integer" or (isinstance(value, int) and kind != "money"):
        return str(int(value)) if float(value).is_integer() else _decimal(float(value))
    if kind == "money" and round(value, 2) == value:
        return f"{value:.2f}"
    return str(int(value)) if float(value).is_integer() else _decimal(float(value))


def _number_text(raw: str) -> str:
    """A number typed as text the Dutch way: `€ 1.234,50` -> `1234.50`; else as it is."""
    text = raw.strip().removeprefix("€").strip()
    if _DUTCH.fullmatch(text):
        text = text.replace(".", "")
    return text.replace(",", ".") if _DECIMAL.fullmatch(text) else text


def _number(kind: str, raw: Any) -> Wanted | None:
    value: int | float
    text = _number_text(raw) if isinstance(raw, str) else ""
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        value = raw
    elif _INT.fullmatch(text):
        value = int(text)
    elif _DECIMAL.fullmatch(text):
        value = float(text)
    else:
        return None
    if isinstance(value, float) and value.is_integer() and kind == "integer":
        value = int(value)
    return Wanted(value, number_text(kind, value))


def _boolean(raw: Any) -> Wanted | None:
    if isinstance(raw, bool):
        return Wanted(raw, "true" if raw else "false")
    word = as_text(raw)
    if word is not None and word.lower() in _TRUE:
        return Wanted(True, "true")
    if word is not None and word.lower() in _FALSE:
        return Wanted(False, "false")
    return None


def items(raw: Any) -> list[str] | None:
    text = as_text(raw)
    if text is None:
        return None
    # One per line as exported; typed on one line, `;` or else `,` separates the items.
    separator = "\n" if "\n" in text else ";" if ";" in text else ","
    return [part.strip() for part in text.split(separator) if part.strip()]


def list_value(raw: Any, flow: bool = True) -> Wanted | None:
    found = items(raw)
    if found is None:
        return None
    scalars = [text_scalar(i) for i in found]
    return Wanted(found, flow_list(scalars) if flow else block_list(scalars))


def text_value(raw: Any) -> Wanted | None:
    text = as_text(raw)
    return None if text is None else Wanted(text, text_scalar(text))


def date_value(raw: Any) -> Wanted | None:
    text = as_text(raw)
    return None if text is None else Wanted(text, date_scalar(text))


def parameter_value(param: Parameter | None, raw: Any) -> Wanted | None:
    """A deviation's value by its parameter's type; as text where it does not convert."""
    if raw is None:
        return None
    kind = param.type if param is not None else "text"
    found: Wanted | None = None
    if kind in ("integer", "number", "money"):
        found = _number(kind, raw)
    elif kind == "boolean":
        found = _boolean(raw)
    elif kind == "list":
        found = list_value(raw)
    return found or text_value(raw)


def same(param: Parameter | None, old: Any, new: Any) -> bool:
    """Whether a cell says what the file already says, so the file is left alone there."""
    if old is None or new is None:
        return old is None and new is None
    if isinstance(old, str) and isinstance(new, str):
        return old.strip() == new.strip()
    if _fits("number", old) and _fits("number", new):
        return bool(old == new)  # exact: 92.504 is not the 92.50 of the file
    if param is not None and _fits(param.type, old) and _fits(param.type, new):
        return equal(param.type, old, new)
    if isinstance(old, list) and isinstance(new, list):
        return [str(v).strip() for v in old] == [str(v).strip() for v in new]
    return bool(old == new) and isinstance(old, bool) == isinstance(new, bool)


def _fits(kind: str, value: Any) -> bool:
    if kind in ("integer", "number", "money"):
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "list":
        return isinstance(value, list)
    return isinstance(value, str)


def ordered(pairs: dict[str, Wanted | None], order: Sequence[str]) -> list[tuple[str, Any]]:
    return [(k, w.scalar) for k in order if (w := pairs.get(k)) is not None]
