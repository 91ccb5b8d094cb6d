"""The employer list, one employer's view and `where` as tables for the terminal."""

from __future__ import annotations

from rich.console import RenderableType

from samenwerking_cli.domain.places import Place
from samenwerking_cli.engine.employers import EmployerLine, EmployerView
from samenwerking_cli.render import formatting
from samenwerking_cli.render.compare_labels import effect, reach, value
from samenwerking_cli.render.views import employer_labels as L
from samenwerking_cli.render.views.layout import Column
from samenwerking_cli.render.views.table import Canvas, _render, _t, _table

_EFFECT_STYLE = {"favourable": "green", "unfavourable": "red", "neutral": "yellow"}


def employers(lines: tuple[EmployerLine, ...], canvas: Canvas | None = None) -> str:
    if not lines:
        return _render([_t(L.NO_EMPLOYERS)], canvas)
    table = _table(L.H_EMPLOYER, L.H_SITES, L.H_REGIONS, L.H_EMPLOYEES)
    for line in lines:
        name = _t(line.employer.name)
        name.append(_t(f"\n{line.employer.id}", "dim"))
        sites = f"{line.sites}"
        if line.sites_open != line.sites:
            sites += f" ({line.sites_open} open)"
        table.add_row(
            name,
            _t(sites),
            _t(", ".join(r.name for r in line.regions)),
            _t(L.employees_text(line.employees)),
        )
    return _render([table], canvas)


def employer(view: EmployerView, canvas: Canvas | None = None) -> str:
    e = view.employer
    head = _t(f"{e.name} ({e.id})", "bold")
    head.append(_t(f" · {view.framework.title} (versie {view.framework.version})"))
    head.append(_t(f" · peildatum {formatting.day(view.as_of)}"))
    parts: list[RenderableType] = [head]
    if e.illustrative:
        parts.append(_t(L.ILLUSTRATIVE, "dim"))
    parts.append(_t(L.figures(view)))
    if e.contacts:
        own = _table(L.H_CONTACT, L.H_REACH, L.H_TOPIC, title=L.OWN_CONTACTS)
        for c in e.contacts:
            topics = "alle" if c.topics is None else ", ".join(c.topics)
            own.add_row(_t(L.person(c)), _t(reach(c)), _t(topics))
        parts.append(own)
    for r in view.regions:
        parts.append(_t(""))
        parts.append(_t(L.region_heading(r), "bold"))
        for site in r.sites:
            parts.append(_t(f"  {L.site_text(site, view.as_of)}"))
        if r.differing:
            table = _table(
                L.H_PARAMETER,
                L.H_VALUE,
                Column(L.H_NATIONAL, optional=True),
                L.H_SOURCE,
                Column(L.H_EFFECT, wrap=False),
                L.H_RATIONALE,
                title=L.WHAT_APPLIES,
            )
            for v in r.differing:
                p = v.layered.parameter
                table.add_row(
                    _t(p.title),
                    _t(L.applied(v), "bold"),
                    _t(value(p, p.baseline)),
                    _t(L.LAYER[v.layered.source]),
                    _t(effect(v.effect), _EFFECT_STYLE[v.effect]),
                    _t(v.layered.rationale or ""),
                )
            parts.append(table)
        else:
            parts.append(_t(L.no_differences(r), "green" if r.index is not None else "yellow"))
        calls = _table(L.H_TOPIC, L.H_CONTACT, L.H_REACH, title=L.WHO_TO_CALL)
        for topics, who in L.call_rows(r):
            if who is None:
                calls.add_row(_t(topics), _t(L.NOBODY, "red"), _t(""))
            else:
                calls.add_row(_t(topics), _t(L.person(who)), _t(reach(who)))
        parts.append(calls)
        if r.follow_ups:
            todo = _table(L.H_ACTION, L.H_OWNER, L.H_DUE, title=L.FOLLOW_UPS)
            for f in r.follow_ups:
                late = f.due is not None and f.due < view.as_of
                due = formatting.day(f.due) if f.due else ""
                todo.add_row(
                    _t(f.action),
                    _t(f.owner or ""),
                    _t(due + (f" · {L.OVERDUE}" if late else ""), "red" if late else ""),
                )
            parts.append(todo)
        else:
            parts.append(_t(L.NO_FOLLOW_UPS, "dim"))
    return _render(parts, canvas)


def where(found: tuple[str, list[Place]], canvas: Canvas | None = None) -> str:
    _, places = found
    lines: list[RenderableType] = []
    for p in places:
        role = "centrumgemeente van" if p.centrumgemeente else "ligt in"
        lines.append(_t(f"{p.name} {role} {p.region.name} ({p.region.id})"))
    if len(places) > 1:
        lines.append(_t("Meer dan één regio noemt deze gemeente.", "yellow"))
    return _render(lines, canvas)
