"""Tables on screen for one region (show), two regions side by side (compare A B) and diff.

Kept apart from table.py so each module stays short; table.py re-exports them because
views/formats.py looks renderers up by name in the table module."""

from __future__ import annotations

from samenwerking_cli.domain.text import _, ngettext
from samenwerking_cli.engine.changes import DomainDiff
from samenwerking_cli.engine.views import AgainstView, ShowView
from samenwerking_cli.render import escape, formatting
from samenwerking_cli.render.compare_labels import (
    CHANGE,
    SOURCE,
    changed,
    field,
    note,
    subject,
    value,
    word,
)
from samenwerking_cli.render.views.canvas import Canvas, draw, left_out, make_sheet, short, text
from samenwerking_cli.render.views.layout import Column


def against(view: AgainstView, canvas: Canvas | None = None) -> str:
    left, right = view.left.region, view.right.region
    head = text(_("{left} against {right}").format(left=left.name, right=right.name), "bold")
    if not view.differences:
        return draw([head, text(_("No differences: both regions hold the same values."))], canvas)
    table = make_sheet(
        _("Parameter"), _("National"), escape.terminal(left.name), escape.terminal(right.name)
    )
    for d in view.differences:
        title = (text(d.parameter.title), text(d.parameter.id, "dim"))
        table.add_row(
            title,
            text(value(d.parameter, d.baseline)),
            *[text(value(d.parameter, v)) for _, v in d.values],
        )
    count = ngettext(
        "Differences on {n} parameter.", "Differences on {n} parameters.", len(view.differences)
    ).format(n=len(view.differences))
    return draw([head, text(count), table], canvas)


def show(view: ShowView, canvas: Canvas | None = None) -> str:
    r = view.resolved
    head = text(f"{r.region.name} ({r.region.id})", "bold")
    head.append(
        text(
            " · "
            + _("{title} (version {version})").format(
                title=r.framework.title, version=r.framework.version
            )
        )
    )
    head.append(text(" · " + _("reference date {date}").format(date=formatting.day(view.as_of))))
    table = make_sheet(
        Column(_("Topic"), optional=True), _("Parameter"), _("Value"), _("Source"), _("National")
    )
    topics = {t.id: t.title for t in r.framework.topics}
    for v in r.values:
        p = v.parameter
        title = (text(p.title), text(p.id, "dim"))
        source = text(word(SOURCE, v.source), "bold" if v.source == "region" else "")
        if v.pending and v.deviation is not None and v.deviation.since:
            since = formatting.day(v.deviation.since)
            source.append(text("\n" + _("region from {date}").format(date=since), "dim"))
        table.add_row(
            text(topics.get(p.topic, p.topic)),
            title,
            text(value(p, v.value)),
            source,
            text(value(p, p.baseline)),
        )
    return draw([head, table, *left_out(view.excluded)], canvas)


def diff(view: DomainDiff, canvas: Canvas | None = None) -> str:
    head = text(f"{view.old_file} → {view.new_file}", "bold")
    if view.equal:
        return draw([head, text(_("No differences in the content."), "green")], canvas)
    table = make_sheet(short(_("Change")), _("What"), _("Old"), _("New"), _("Note"))
    for c in view.changes:
        name, cid = subject(c)
        what = text(name + (f": {field(c.field)}" if c.field else ""))
        table.add_row(
            text(word(CHANGE, c.kind)),
            (what, text(cid, "dim")),
            text("" if c.kind == "added" else changed(c, c.old)),
            text("" if c.kind == "removed" else changed(c, c.new)),
            text(note(c)),
        )
    count = ngettext("{n} change.", "{n} changes.", len(view.changes)).format(n=len(view.changes))
    return draw([head, text(count), table], canvas)
