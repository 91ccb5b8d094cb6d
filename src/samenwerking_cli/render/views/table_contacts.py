"""The contacts and missing views (contacts, contacts --missing) as tables on screen.

Kept apart from table.py, which holds the compare views: these share nothing with them but the
canvas."""

from __future__ import annotations

from rich.console import RenderableType

from samenwerking_cli.domain.text import _, ngettext
from samenwerking_cli.engine.contacts import Directory
from samenwerking_cli.render.compare_labels import (
    GENERAL_HEADING,
    age,
    reach,
    served,
    who,
)
from samenwerking_cli.render.views.canvas import Canvas, draw, left_out, make_sheet, text
from samenwerking_cli.render.views.layout import Column


def contacts(view: Directory, canvas: Canvas | None = None) -> str:
    table = make_sheet(
        _("Region"),
        _("Contact"),
        _("Organisation"),
        _("Reach"),
        _("Topics"),
        Column(_("Verified"), optional=True),
    )
    for rc in view.regions:
        if not rc.contacts:
            table.add_row(
                text(rc.region.name),
                text(_("no contact"), "red"),
                text(""),
                text(""),
                text(""),
                text(""),
            )
        for c in rc.contacts:
            person = text(who(c))
            if c.name:
                person.append(text(f"\n{c.role}", "dim"))
            table.add_row(
                text(rc.region.name),
                person,
                text(c.organisation),
                text(reach(c)),
                text(served(view, rc, c)),
                text(age(view, c), "yellow" if view.stale(c) else ""),
            )
    gaps = len(view.gaps)
    note = text(_gaps(gaps), "yellow" if gaps else "green")
    return draw([table, note, *left_out(view.excluded)], canvas)


def _gaps(n: int) -> str:
    return ngettext(
        "{n} pair of region and topic without a contact",
        "{n} pairs of region and topic without a contact",
        n,
    ).format(n=n)


def _general(view: Directory) -> list[RenderableType]:
    """Topics served by a general contact: not gaps, but shown, since nobody has them alone."""
    if not view.general:
        return []
    table = make_sheet(_("Region"), _("Topic"), _("General contact"), title=_(GENERAL_HEADING))
    for rc, t in view.general:
        names = ", ".join(who(c) for c in rc.coverage_of(t).contacts)
        table.add_row(text(rc.region.name), text(t.title), text(names))
    return [table]


def missing(view: Directory, canvas: Canvas | None = None) -> str:
    if not view.gaps:
        return draw(
            [
                text(_("Every region has a contact for every topic."), "green"),
                *_general(view),
                *left_out(view.excluded),
            ],
            canvas,
        )
    table = make_sheet(_("Region"), _("Topic without a contact"))
    for r, t in view.gaps:
        table.add_row(text(r.name), text(t.title))
    return draw(
        [
            table,
            text(_gaps(len(view.gaps))),
            *_general(view),
            *left_out(view.excluded),
        ],
        canvas,
    )
