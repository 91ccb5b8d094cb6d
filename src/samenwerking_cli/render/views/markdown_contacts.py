"""The contacts and missing views (contacts, contacts --missing) in Markdown.

Kept apart from markdown.py, which holds compare, so each module stays short."""

from __future__ import annotations

from samenwerking_cli.domain.text import _, ngettext
from samenwerking_cli.engine.contacts import Directory
from samenwerking_cli.render.compare_labels import (
    GENERAL_HEADING,
    age,
    reach,
    served,
    who,
)
from samenwerking_cli.render.views.markdown_text import _done, _left_out, _table


def contacts(view: Directory, canvas: object = None) -> str:
    rows = []
    for rc in view.regions:
        if not rc.contacts:
            rows.append([rc.region.name, _("no contact"), "", "", "", ""])
        for c in rc.contacts:
            person = who(c) + (f" ({c.role})" if c.name else "")
            rows.append(
                [
                    rc.region.name,
                    person,
                    c.organisation,
                    reach(c),
                    served(view, rc, c),
                    age(view, c),
                ]
            )
    lines = ["# " + _("Contacts"), ""]
    lines += _table(
        [_("Region"), _("Contact"), _("Organisation"), _("Reach"), _("Topics"), _("Verified")],
        rows,
    )
    gaps = ngettext(
        "{n} pair of region and topic without a contact",
        "{n} pairs of region and topic without a contact",
        len(view.gaps),
    ).format(n=len(view.gaps))
    lines += ["", gaps + "."]
    return _done(lines + _left_out(view.excluded))


def _general(view: Directory) -> list[str]:
    if not view.general:
        return []
    rows = [
        [rc.region.name, t.title, ", ".join(who(c) for c in rc.coverage_of(t).contacts)]
        for rc, t in view.general
    ]
    return [
        "",
        "## " + _(GENERAL_HEADING),
        "",
        *_table([_("Region"), _("Topic"), _("Contact")], rows),
    ]


def missing(view: Directory, canvas: object = None) -> str:
    lines = ["# " + _("Topics without a contact"), ""]
    if not view.gaps:
        return _done(
            [
                *lines,
                _("Every region has a contact for every topic."),
                *_general(view),
                *_left_out(view.excluded),
            ]
        )
    lines += _table([_("Region"), _("Topic")], [[r.name, t.title] for r, t in view.gaps])
    return _done([*lines, *_general(view), *_left_out(view.excluded)])
