"""`contacts --format vcard`: the contacts as vCards (version 3.0) for an address book.

Written with the vobject library, which escapes and folds the text. One card per contact;
the region, the topics it serves and when it was last confirmed go in the card's note, the
date of confirmation also in REV.
"""

from __future__ import annotations

import hashlib

import vobject

from samenwerking_cli.domain.model import Contact
from samenwerking_cli.domain.text import N_, _
from samenwerking_cli.engine.contacts import Directory, RegionContacts
from samenwerking_cli.render import escape, formatting

GENERAL = N_("general contact: all topics without a contact of their own")


def _clean(text: str) -> str:
    return escape.terminal(text)


def _note(view: Directory, rc: RegionContacts, c: Contact) -> str:
    served = [t.title for t in rc.serves(c)]
    lines = [_("Region: {name}").format(name=rc.region.name)]
    if c.general:
        topics = _(GENERAL) + (f" ({', '.join(served)})" if served else "")
    else:
        topics = ", ".join(served or c.topics or ())
    lines.append(_("Topics: {topics}").format(topics=topics))
    if c.verified is not None:
        lines.append(
            _("Verified on {date} ({months} months ago)").format(
                date=formatting.day(c.verified), months=view.age(c)
            )
        )
    return _clean("\n".join(lines))


def _uid(rc: RegionContacts, c: Contact) -> str:
    key = "|".join(x or "" for x in (c.role, c.organisation, c.name, c.email, c.phone))
    return f"{rc.region.id}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:12]}@samenwerking"


def _card(view: Directory, rc: RegionContacts, c: Contact) -> str:
    card = vobject.vCard()
    card.add("fn").value = _clean(c.name or f"{c.role}, {c.organisation}")
    # Dutch names keep their tussenvoegsel with the family name: Annelies / van Dam.
    name = (c.name or "").split(" ", 1)
    given, family = (name[0], name[1]) if len(name) == 2 else ("", name[0])
    card.add("n").value = vobject.vcard.Name(family=_clean(family), given=_clean(given))
    card.add("org").value = [_clean(c.organisation)]
    card.add("title").value = _clean(c.role)
    if c.email:
        email = card.add("email")
        email.value = _clean(c.email)
        email.type_param = "INTERNET"
    if c.phone:
        tel = card.add("tel")
        tel.value = _clean(c.phone)
        tel.type_param = "WORK"
    card.add("categories").value = [_clean(rc.region.name)]
    card.add("note").value = _note(view, rc, c)
    if c.verified is not None:
        card.add("rev").value = c.verified.isoformat()
    card.add("uid").value = _uid(rc, c)
    text: str = card.serialize()
    return text


def vcard(view: Directory, canvas: object = None) -> str:
    return "".join(_card(view, rc, c) for rc in view.regions for c in rc.contacts)
