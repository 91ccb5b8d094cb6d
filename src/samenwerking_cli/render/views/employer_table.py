"""The employer list, one employer's view and `where` as tables for the terminal."""

from __future__ import annotations

from rich.console import RenderableType

from samenwerking_cli.domain.dates import overdue
from samenwerking_cli.domain.places import Place
from samenwerking_cli.domain.text import _
from samenwerking_cli.engine.employers import EmployerLine, EmployerView
from samenwerking_cli.render import formatting
from samenwerking_cli.render.compare_labels import effect, reach, value
from samenwerking_cli.render.views import employer_labels as L
from samenwerking_cli.render.views.canvas import Canvas, draw, make_sheet, text
from samenwerking_cli.render.views.layout import Column

_EFFECT_STYLE = {"favourable": "green", "unfavourable": "red", "neutral": "yellow"}


def employers(lines: tuple[EmployerLine, ...], canvas: Canvas | None = None) -> str:
    if not lines:
        return draw([text(_(L.NO_EMPLOYERS))], canvas)
    table = make_sheet(_(L.H_EMPLOYER), _(L.H_SITES), _(L.H_REGIONS), _(L.H_EMPLOYEES))
    for line in lines:
        name = text(line.employer.name)
        name.append(text(f"\n{line.employer.id}", "dim"))
        sites = f"{line.sites}"
        if line.sites_open != line.sites:
            sites += " " + _("({n} open)").format(n=line.sites_open)
        table.add_row(
            name,
            text(sites),
            text(", ".join(r.name for r in line.regions)),
            text(L.employees_text(line.employees)),
        )
    return draw([table], canvas)


def employer(view: EmployerView, canvas: Canvas | None = None) -> str:
    e = view.employer
    head = text(f"{e.name} ({e.id})", "bold")
    version = _("{title} (version {version})").format(
        title=view.framework.title, version=view.framework.version
    )
    head.append(text(f" · {version}"))
    head.append(text(" · " + _("reference date {day}").format(day=formatting.day(view.as_of))))
    parts: list[RenderableType] = [head]
    if e.illustrative:
        parts.append(text(_(L.ILLUSTRATIVE), "dim"))
    parts.append(text(L.figures(view)))
    if e.contacts:
        own = make_sheet(_(L.H_CONTACT), _(L.H_REACH), _(L.H_TOPIC), title=_(L.OWN_CONTACTS))
        for c in e.contacts:
            topics = _(L.ALL) if c.topics is None else ", ".join(c.topics)
            own.add_row(text(L.person(c)), text(reach(c)), text(topics))
        parts.append(own)
    for r in view.regions:
        parts.append(text(""))
        parts.append(text(L.region_heading(r), "bold"))
        for site in r.sites:
            parts.append(text(f"  {L.site_text(site, view.as_of)}"))
        if r.differing:
            table = make_sheet(
                _(L.H_PARAMETER),
                _(L.H_VALUE),
                Column(_(L.H_NATIONAL), optional=True),
                _(L.H_SOURCE),
                Column(_(L.H_EFFECT), wrap=False),
                _(L.H_RATIONALE),
                title=_(L.WHAT_APPLIES),
            )
            for v in r.differing:
                p = v.layered.parameter
                table.add_row(
                    text(p.title),
                    text(L.applied(v), "bold"),
                    text(value(p, p.baseline)),
                    text(_(L.LAYER[v.layered.source])),
                    text(effect(v.effect), _EFFECT_STYLE[v.effect]),
                    text(v.layered.rationale or ""),
                )
            parts.append(table)
        else:
            parts.append(text(L.no_differences(r), "green" if r.index is not None else "yellow"))
        rows = L.call_rows(r)  # none for a region on another framework
        if rows:
            calls = make_sheet(_(L.H_TOPIC), _(L.H_CONTACT), _(L.H_REACH), title=_(L.WHO_TO_CALL))
            for topics, who in rows:
                if who is None:
                    calls.add_row(text(topics), text(_(L.NOBODY), "red"), text(""))
                else:
                    calls.add_row(text(topics), text(L.person(who)), text(reach(who)))
            parts.append(calls)
        if r.follow_ups:
            todo = make_sheet(_(L.H_ACTION), _(L.H_OWNER), _(L.H_DUE), title=_(L.FOLLOW_UPS))
            for f in r.follow_ups:
                late = overdue(f.due, view.as_of)
                due = formatting.day(f.due) if f.due else ""
                todo.add_row(
                    text(f.action),
                    text(f.owner or ""),
                    text(due + (f" · {_(L.OVERDUE)}" if late else ""), "red" if late else ""),
                )
            parts.append(todo)
        else:
            parts.append(text(_(L.NO_FOLLOW_UPS), "dim"))
    return draw(parts, canvas)


def where(found: tuple[str, list[Place]], canvas: Canvas | None = None) -> str:
    _query, places = found
    lines: list[RenderableType] = []
    for p in places:
        line = L.CENTRE_OF if p.centrumgemeente else L.LIES_IN
        lines.append(
            text(_(line).format(municipality=p.name, region=p.region.name, id=p.region.id))
        )
    if len(places) > 1:
        lines.append(text(_(L.MORE_THAN_ONE), "yellow"))
    return draw(lines, canvas)
