"""The employer list, one employer's view and `where` as GitHub Markdown (see compare_markdown)."""

from __future__ import annotations

from samenwerking_cli.domain.dates import overdue
from samenwerking_cli.domain.places import Place
from samenwerking_cli.domain.text import _
from samenwerking_cli.engine.employers import EmployerLine, EmployerView
from samenwerking_cli.render import formatting
from samenwerking_cli.render.compare_labels import effect, reach, value
from samenwerking_cli.render.views import employer_labels as L
from samenwerking_cli.render.views.markdown import _done, _table, text


def employers(lines: tuple[EmployerLine, ...], canvas: object = None) -> str:
    if not lines:
        return _(L.NO_EMPLOYERS) + "\n"
    return _done(
        _table(
            [_(L.H_EMPLOYER), "Id", _(L.H_SITES), _(L.H_REGIONS), _(L.H_EMPLOYEES)],
            (
                [
                    line.employer.name,
                    line.employer.id,
                    f"{line.sites} " + _("({n} open)").format(n=line.sites_open),
                    ", ".join(r.name for r in line.regions),
                    L.employees_text(line.employees),
                ]
                for line in lines
            ),
        )
    )


def employer(view: EmployerView, canvas: object = None) -> str:
    e = view.employer
    fw = view.framework
    lines = [
        f"# {text(e.name)}",
        "",
        _("{title} (version {version}), reference date {day}.").format(
            title=text(fw.title), version=text(fw.version), day=formatting.day(view.as_of)
        ),
        "",
    ]
    if e.illustrative:
        lines += [f"> {_(L.ILLUSTRATIVE)}", ""]
    lines += [text(L.figures(view)), ""]
    if e.contacts:
        lines += [f"## {_(L.OWN_CONTACTS)}", ""]
        lines += _table(
            [_(L.H_CONTACT), _(L.H_REACH), _(L.H_TOPIC)],
            (
                [L.person(c), reach(c), _(L.ALL) if c.topics is None else ", ".join(c.topics)]
                for c in e.contacts
            ),
        )
        lines.append("")
    for r in view.regions:
        lines += [f"## {text(L.region_heading(r))}", ""]
        lines += [f"- {text(L.site_text(s, view.as_of))}" for s in r.sites]
        lines += ["", f"### {_(L.WHAT_APPLIES)}", ""]
        if r.differing:
            lines += _table(
                [
                    _(L.H_PARAMETER),
                    _(L.H_VALUE),
                    _(L.H_NATIONAL),
                    _(L.H_SOURCE),
                    _(L.H_EFFECT),
                    _(L.H_RATIONALE),
                ],
                (
                    [
                        v.layered.parameter.title,
                        L.applied(v),
                        value(v.layered.parameter, v.layered.parameter.baseline),
                        _(L.LAYER[v.layered.source]),
                        effect(v.effect),
                        v.layered.rationale or "",
                    ]
                    for v in r.differing
                ),
            )
        else:
            lines.append(L.no_differences(r))
        calls = L.call_rows(r)  # none for a region on another framework
        if calls:
            lines += ["", f"### {_(L.WHO_TO_CALL)}", ""]
            lines += _table(
                [_(L.H_TOPIC), _(L.H_CONTACT), _(L.H_REACH)],
                (
                    [topics, L.person(c), reach(c)] if c is not None else [topics, _(L.NOBODY), ""]
                    for topics, c in calls
                ),
            )
        lines += ["", f"### {_(L.FOLLOW_UPS)}", ""]
        if r.follow_ups:
            lines += _table(
                [_(L.H_ACTION), _(L.H_OWNER), _(L.H_DUE)],
                (
                    [
                        f.action,
                        f.owner or "",
                        (formatting.day(f.due) if f.due else "")
                        + (f" · {_(L.OVERDUE)}" if overdue(f.due, view.as_of) else ""),
                    ]
                    for f in r.follow_ups
                ),
            )
        else:
            lines.append(_(L.NO_FOLLOW_UPS))
        lines.append("")
    return _done(lines)


def where(found: tuple[str, list[Place]], canvas: object = None) -> str:
    _query, places = found
    return _done(
        _table(
            [_(L.H_MUNICIPALITY), _(L.H_REGION), "Id", _(L.H_CENTRE)],
            (
                [p.name, p.region.name, p.region.id, formatting.yes_no(p.centrumgemeente)]
                for p in places
            ),
        )
    )
