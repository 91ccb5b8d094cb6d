"""Words and value texts shared by the compare, show, contacts and diff renderers.

The tables hold msgids (N_); the functions return them translated, so a table read at import
time still follows the language chosen later.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from samenwerking_cli.domain.model import Contact, Parameter
from samenwerking_cli.domain.text import N_, _, ngettext
from samenwerking_cli.engine.changes import Change
from samenwerking_cli.engine.compare import DeviationResult
from samenwerking_cli.engine.contacts import Directory, RegionContacts
from samenwerking_cli.render import formatting, measure_labels
from samenwerking_cli.render.symbols import EFFECT_SYMBOL

ADOPTION = {
    "adopted": N_("adopted"),
    "partial": N_("partly adopted"),
    "in_dialogue": N_("in dialogue"),
    "not_started": N_("not started"),
}
EFFECT_WORD = {
    "favourable": N_("favourable"),
    "unfavourable": N_("unfavourable"),
    "neutral": N_("neutral"),
}
ALL_TOPICS = N_("all")
SOURCE = {"baseline": N_("national"), "region": N_("region")}
CHANGE = {"added": N_("added"), "removed": N_("removed"), "changed": N_("changed")}
ABOUT = {
    "framework": N_("framework"),
    "topic": N_("topic"),
    "parameter": N_("parameter"),
    "region": N_("region"),
    "deviation": N_("deviation"),
    "contact": N_("contact"),
    "addition": N_("good practice"),
    "follow_up": N_("follow-up"),
    "employer": N_("employer"),
    "site": N_("site"),
    "agreement": N_("employer agreement"),
}

# The keys of the file format, as a policy officer reads them (for `diff`).
FIELD = {
    "file": N_("file"),
    "changes": N_("dated values"),
    "until": N_("until"),
    # framework
    "framework": N_("framework"),
    "title": N_("title"),
    "version": N_("version"),
    "effective": N_("effective date"),
    "source": N_("source"),
    "description": N_("description"),
    "illustrative": N_("illustrative"),
    # parameter
    "type": N_("kind of value"),
    "baseline": N_("national value"),
    "unit": N_("unit"),
    "unit_singular": N_("unit (singular)"),
    "min": N_("minimum"),
    "max": N_("maximum"),
    "choices": N_("choices"),
    "employer_prefers": N_("employers prefer"),
    "deviable": N_("regions may deviate"),
    # region
    "region": N_("region id"),
    "name": N_("name"),
    "kind": N_("kind of region"),
    "code": N_("CBS code"),
    "province": N_("province"),
    "provinces": N_("provinces"),
    "centrumgemeente": N_("central municipality"),
    "centrumgemeente_verified": N_("central municipality checked"),
    "municipalities": N_("municipalities"),
    "framework_version": N_("framework version"),
    "adoption": N_("adoption"),
    # deviation
    "value": N_("value"),
    "rationale": N_("rationale"),
    "since": N_("since"),
    "review_by": N_("review by"),
    # contact, addition, follow-up
    "role": N_("role"),
    "organisation": N_("organisation"),
    "email": N_("e-mail"),
    "phone": N_("phone"),
    "topics": N_("topics"),
    "topic": N_("topic"),
    "action": N_("action"),
    "status": N_("status"),
    "with": N_("with"),
    "owner": N_("owner"),
    "due": N_("due"),
    "verified": N_("verified on"),
    "practice": N_("practice id"),
    "origin": N_("origin"),
    "id": N_("id"),
    "made_at": N_("agreed at"),
    "done_on": N_("done on"),
    "employer": N_("employer"),
    # employer
    "sites": N_("sites"),
    "municipality": N_("municipality"),
    "employees": N_("doelgroep employees"),
    "opens": N_("opens on"),
    "agreements": N_("agreements"),
}
# Words that are values of the format, shown translated (for `diff`).
_WORDS = {
    "adoption": ADOPTION,
    "status": {"open": N_("open"), "done": N_("done"), "dropped": N_("dropped")},
}


def word(table: dict[str, str], key: str) -> str:
    """The translated word for `key` in `table`; an unknown key as it is written."""
    return _(table[key]) if key in table else key


def adoption(key: str) -> str:
    return word(ADOPTION, key)


def effect(key: str) -> str:
    """`▲ favourable`: symbol and word, so the effect reads without colour."""
    return f"{EFFECT_SYMBOL.get(key, '')} {word(EFFECT_WORD, key)}".strip()


def field(key: str) -> str:
    return word(FIELD, key)


def subject(change: Change) -> tuple[str, str]:
    """What a change is about, and its id where that says more than the title."""
    if change.about in ("framework", "region", "employer"):  # the field says what changed
        return word(ABOUT, change.about), ""
    name = f"{word(ABOUT, change.about)} {change.title}"
    return name, change.id if change.id != change.title else ""


def changed(change: Change, val: Any, key: str | None = None) -> str:
    """An old or new value of a change, with the format's words and keys translated."""
    key = change.field if key is None else key
    if isinstance(val, dict):
        return "; ".join(f"{field(str(k))}: {changed(change, v, str(k))}" for k, v in val.items())
    words = _WORDS.get(key or "")
    if words is not None and isinstance(val, str):
        return word(words, val)
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
    """`all 12 parameters equal to …`, and the singular for a selection of one."""
    return ngettext(
        "the parameter is equal to the national framework.",
        "all {n} parameters equal to the national framework.",
        total,
    ).format(n=formatting.number(total))


GENERAL_CONTACT = N_("general")
GENERAL_ALL = N_("all topics")
GENERAL_NOTE = N_("all topics without a contact of their own")
GENERAL_NONE = N_("every topic has a contact of its own")
GENERAL_HEADING = N_("Through a general contact (not a gap)")
NEVER_VERIFIED = "–"
STALE = N_("stale")


def served(view: Directory, rc: RegionContacts, contact: Contact) -> str:
    """The topics column: a general contact says so, with the topics it serves now."""
    if contact.topics is None:
        n = len(rc.serves(contact))
        if n == len(rc.coverage):
            return f"{_(GENERAL_CONTACT)}: {_(GENERAL_ALL)}"
        if n:
            return f"{_(GENERAL_CONTACT)}: {_(GENERAL_NOTE)}"
        return f"{_(GENERAL_CONTACT)}: {_(GENERAL_NONE)}"
    names = {t.id: t.title for t in view.framework.topics}
    return ", ".join(names.get(t, t) for t in contact.topics)


def age(view: Directory, contact: Contact) -> str:
    """`1 maart 2025 (3 mnd)`, with a warning word when stale."""
    months = view.age(contact)
    if months is None or contact.verified is None:
        return NEVER_VERIFIED
    text = _("{date} ({months} mo)").format(date=formatting.day(contact.verified), months=months)
    return f"{text} · {_(STALE)}" if view.stale(contact) else text


def who(contact: Contact) -> str:
    return contact.name or contact.role


def reach(contact: Contact) -> str:
    return " · ".join(x for x in (contact.email, contact.phone) if x)


def index(value: float | None) -> str:
    return formatting.percent(value)


def note(change: Change) -> str:
    """What a diff notes beside a change: what came or went with it, or which items of a list."""
    if change.members:
        return ngettext(
            "with the parameter {ids}", "with the parameters {ids}", len(change.members)
        ).format(ids=", ".join(change.members))
    if change.with_topic is not None:
        return _("with the topic {id}").format(id=change.with_topic)
    parts = []
    if change.added:
        parts.append(_("added: {items}").format(items=", ".join(map(str, change.added))))
    if change.removed:
        parts.append(_("removed: {items}").format(items=", ".join(map(str, change.removed))))
    return "; ".join(parts)


def balance(value: float | None) -> str:
    return measure_labels.balance(value)


def excluded_line(files: Sequence[str]) -> str:
    return measure_labels.excluded(files)
