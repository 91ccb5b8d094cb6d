"""Dutch words and value texts shared by the compare, show, contacts and diff renderers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from samenwerking_cli.domain.model import Contact, Parameter
from samenwerking_cli.engine.changes import Change
from samenwerking_cli.engine.compare import DeviationResult
from samenwerking_cli.engine.contacts import Directory, RegionContacts
from samenwerking_cli.render import formatting, measure_labels
from samenwerking_cli.render.symbols import EFFECT_SYMBOL

ADOPTION = {
    "adopted": "overgenomen",
    "partial": "gedeeltelijk",
    "in_dialogue": "in gesprek",
    "not_started": "niet gestart",
}
EFFECT_WORD = {"favourable": "gunstig", "unfavourable": "ongunstig", "neutral": "neutraal"}
EFFECT = {key: f"{EFFECT_SYMBOL[key]} {word}" for key, word in EFFECT_WORD.items()}
ALL_TOPICS = "alle"
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
    "employer": "werkgever",
    "site": "vestiging",
    "agreement": "werkgeversafspraak",
}

# The keys of the file format, as a policy officer reads them (for `diff`).
FIELD = {
    "file": "bestand",
    "changes": "gedateerde waarden",
    "until": "tot en met",
    # framework
    "framework": "raamwerk",
    "title": "titel",
    "version": "versie",
    "effective": "ingangsdatum",
    "source": "bron",
    "description": "beschrijving",
    "illustrative": "illustratief",
    # parameter
    "type": "soort waarde",
    "baseline": "landelijke waarde",
    "unit": "eenheid",
    "unit_singular": "eenheid (enkelvoud)",
    "min": "minimum",
    "max": "maximum",
    "choices": "keuzes",
    "employer_prefers": "voorkeur werkgever",
    "deviable": "afwijken mogelijk",
    # region
    "region": "regio-id",
    "name": "naam",
    "kind": "soort regio",
    "code": "CBS-code",
    "province": "provincie",
    "provinces": "provincies",
    "centrumgemeente": "centrumgemeente",
    "centrumgemeente_verified": "centrumgemeente gecontroleerd",
    "municipalities": "gemeenten",
    "framework_version": "versie van het raamwerk",
    "adoption": "stand van overname",
    # deviation
    "value": "waarde",
    "rationale": "toelichting",
    "since": "sinds",
    "review_by": "herzien vóór",
    # contact, addition, follow-up
    "role": "rol",
    "organisation": "organisatie",
    "email": "e-mail",
    "phone": "telefoon",
    "topics": "onderwerpen",
    "topic": "onderwerp",
    "action": "actie",
    "status": "status",
    "with": "met",
    "owner": "eigenaar",
    "due": "uiterlijk",
    "verified": "gecontroleerd op",
    "practice": "praktijk-id",
    "origin": "herkomst",
    "id": "id",
    "made_at": "afgesproken in",
    "done_on": "afgerond op",
    "employer": "werkgever",
    # employer
    "sites": "vestigingen",
    "municipality": "gemeente",
    "employees": "medewerkers uit de doelgroep",
    "opens": "opent op",
    "agreements": "afspraken",
}
# Words that are values of the format, shown in Dutch (for `diff`).
_WORDS = {
    "adoption": ADOPTION,
    "status": {"open": "open", "done": "afgerond", "dropped": "vervallen"},
}


def field(key: str) -> str:
    return FIELD.get(key, key)


def subject(change: Change) -> tuple[str, str]:
    """What a change is about, and its id where that says more than the title."""
    if change.about in ("framework", "region", "employer"):  # the field says what changed
        return ABOUT[change.about], ""
    name = f"{ABOUT[change.about]} {change.title}"
    return name, change.id if change.id != change.title else ""


def changed(change: Change, val: Any, key: str | None = None) -> str:
    """An old or new value of a change, with the format's words and keys in Dutch."""
    key = change.field if key is None else key
    if isinstance(val, dict):
        return "; ".join(f"{field(str(k))}: {changed(change, v, str(k))}" for k, v in val.items())
    words = _WORDS.get(key or "")
    if words is not None and isinstance(val, str):
        return words.get(val, val)
    return value(change.parameter, val)


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


def same(total: int) -> str:
    """`alle 12 parameters gelijk aan …`, and the singular for a selection of one."""
    if total == 1:
        return "de parameter is gelijk aan het landelijk kader."
    return f"alle {total} parameters gelijk aan het landelijk kader."


GENERAL_CONTACT = "algemeen"
GENERAL_ALL = "alle onderwerpen"
GENERAL_NOTE = "alle onderwerpen zonder eigen contactpersoon"
GENERAL_NONE = "elk onderwerp heeft een eigen contactpersoon"
GENERAL_HEADING = "Via een algemene contactpersoon (geen gat)"
NEVER_VERIFIED = "–"
STALE = "verouderd"


def served(view: Directory, rc: RegionContacts, contact: Contact) -> str:
    """The topics column: a general contact says so, with the topics it serves now."""
    if contact.topics is None:
        n = len(rc.serves(contact))
        if n == len(rc.coverage):
            return f"{GENERAL_CONTACT}: {GENERAL_ALL}"
        if n:
            return f"{GENERAL_CONTACT}: {GENERAL_NOTE}"
        return f"{GENERAL_CONTACT}: {GENERAL_NONE}"
    names = {t.id: t.title for t in view.framework.topics}
    return ", ".join(names.get(t, t) for t in contact.topics)


def age(view: Directory, contact: Contact) -> str:
    """`gecontroleerd 3 mnd geleden`, with a warning word when stale."""
    months = view.age(contact)
    if months is None or contact.verified is None:
        return NEVER_VERIFIED
    text = f"{formatting.day(contact.verified)} ({months} mnd)"
    return f"{text} · {STALE}" if view.stale(contact) else text


def who(contact: Contact) -> str:
    return contact.name or contact.role


def reach(contact: Contact) -> str:
    return " · ".join(x for x in (contact.email, contact.phone) if x)


def index(value: float | None) -> str:
    return formatting.percent(value)


WITH_PARAMETER = "met de parameter "
WITH_PARAMETERS = "met de parameters "
WITH_TOPIC = "met het onderwerp {topic}"
ITEMS_ADDED = "toegevoegd: "
ITEMS_REMOVED = "verwijderd: "


def note(change: Change) -> str:
    """What a diff notes beside a change: what came or went with it, or which items of a list."""
    if change.members:
        ids = ", ".join(change.members)
        return (WITH_PARAMETER if len(change.members) == 1 else WITH_PARAMETERS) + ids
    if change.with_topic is not None:
        return WITH_TOPIC.format(topic=change.with_topic)
    parts = []
    if change.added:
        parts.append(ITEMS_ADDED + ", ".join(map(str, change.added)))
    if change.removed:
        parts.append(ITEMS_REMOVED + ", ".join(map(str, change.removed)))
    return "; ".join(parts)


def balance(value: float | None) -> str:
    return measure_labels.balance(value)


def excluded_line(files: Sequence[str]) -> str:
    return measure_labels.excluded(files)
