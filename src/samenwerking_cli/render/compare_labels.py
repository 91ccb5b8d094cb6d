"""Dutch words and value texts shared by the compare, show, contacts and diff renderers."""

from __future__ import annotations

from typing import Any

from samenwerking_cli.compare import DeviationResult
from samenwerking_cli.model import Contact, Parameter
from samenwerking_cli.render import formatting

ADOPTION = {
    "adopted": "overgenomen",
    "partial": "gedeeltelijk",
    "in_dialogue": "in gesprek",
    "not_started": "niet gestart",
}
EFFECT = {"favourable": "▲ gunstig", "unfavourable": "▼ ongunstig", "neutral": "● neutraal"}
SOURCE = {"baseline": "landelijk", "region": "regio"}
CHANGE = {"added": "toegevoegd", "removed": "verwijderd", "changed": "gewijzigd"}
ABOUT = {
    "framework": "raamwerk",
    "topic": "onderwerp",
    "parameter": "parameter",
    "region": "regio",
    "deviation": "afwijking",
    "contact": "contactpersoon",
    "addition": "goede praktijk",
    "follow_up": "vervolgafspraak",
}


def value(param: Parameter | None, val: Any) -> str:
    """A value the domain's way; without a parameter, a plain reading of the data."""
    if param is not None:
        return formatting.value(param, val)
    if val is None:
        return "–"
    if isinstance(val, bool):
        return formatting.yes_no(val)
    if isinstance(val, int | float):
        return formatting.number(val)
    if isinstance(val, list):
        return ", ".join(value(None, v) for v in val) or "–"
    if isinstance(val, dict):
        return "; ".join(f"{k}: {value(None, v)}" for k, v in val.items())
    return str(val)


def regional(dev: DeviationResult) -> str:
    """The regional value, with the list items added and removed spelled out."""
    text = formatting.value(dev.parameter, dev.value)
    extra = [f"+ {i}" for i in dev.added] + [f"− {i}" for i in dev.removed]
    return text + (f" ({'; '.join(extra)})" if extra else "")


def who(contact: Contact) -> str:
    return contact.name or contact.role


def reach(contact: Contact) -> str:
    return " · ".join(x for x in (contact.email, contact.phone) if x)


def index(value: float | None) -> str:
    return formatting.percent(value)
