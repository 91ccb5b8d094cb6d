"""The employer list, one employer's view and `where` as GitHub Markdown (see compare_markdown)."""

from __future__ import annotations

from samenwerking_cli.domain.dates import overdue
from samenwerking_cli.domain.places import Place
from samenwerking_cli.engine.employers import EmployerLine, EmployerView
from samenwerking_cli.render import formatting
from samenwerking_cli.render.compare_labels import effect, reach, value
from samenwerking_cli.render.views import employer_labels as L
from samenwerking_cli.render.views.markdown import _done, _table, text


def employers(lines: tuple[EmployerLine, ...], canvas: object = None) -> str:
    if not lines:
        return L.NO_EMPLOYERS + "\n"
    return _done(
        _table(
            [L.H_EMPLOYER, "Id", L.H_SITES, L.H_REGIONS, L.H_EMPLOYEES],
            (
                [
                    line.employer.name,
                    line.employer.id,
                    f"{line.sites} ({line.sites_open} open)",
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
        f"{text(fw.title)} (versie {text(fw.version)}), peildatum {formatting.day(view.as_of)}.",
        "",
    ]
    if e.illustrative:
        lines += [f"> {L.ILLUSTRATIVE}", ""]
    lines += [text(L.figures(view)), ""]
    if e.contacts:
        lines += [f"## {L.OWN_CONTACTS}", ""]
        lines += _table(
            [L.H_CONTACT, L.H_REACH, L.H_TOPIC],
            (
                [L.person(c), reach(c), "alle" if c.topics is None else ", ".join(c.topics)]
                for c in e.contacts
            ),
        )
        lines.append("")
    for r in view.regions:
        lines += [f"## {text(L.region_heading(r))}", ""]
        lines += [f"- {text(L.site_text(s, view.as_of))}" for s in r.sites]
        lines += ["", f"### {L.WHAT_APPLIES}", ""]
        if r.differing:
            lines += _table(
                [L.H_PARAMETER, L.H_VALUE, L.H_NATIONAL, L.H_SOURCE, L.H_EFFECT, L.H_RATIONALE],
                (
                    [
                        v.layered.parameter.title,
                        L.applied(v),
                        value(v.layered.parameter, v.layered.parameter.baseline),
                        L.LAYER[v.layered.source],
                        effect(v.effect),
                        v.layered.rationale or "",
                    ]
                    for v in r.differing
                ),
            )
        else:
            lines.append(L.no_differences(r))
        lines += ["", f"### {L.WHO_TO_CALL}", ""]
        lines += _table(
            [L.H_TOPIC, L.H_CONTACT, L.H_REACH],
            (
                [topics, L.person(c), reach(c)] if c is not None else [topics, L.NOBODY, ""]
                for topics, c in L.call_rows(r)
            ),
        )
        lines += ["", f"### {L.FOLLOW_UPS}", ""]
        if r.follow_ups:
            lines += _table(
                [L.H_ACTION, L.H_OWNER, L.H_DUE],
                (
                    [
                        f.action,
                        f.owner or "",
                        (formatting.day(f.due) if f.due else "")
                        + (f" · {L.OVERDUE}" if overdue(f.due, view.as_of) else ""),
                    ]
                    for f in r.follow_ups
                ),
            )
        else:
            lines.append(L.NO_FOLLOW_UPS)
        lines.append("")
    return _done(lines)


def where(found: tuple[str, list[Place]], canvas: object = None) -> str:
    _, places = found
    return _done(
        _table(
            [L.H_MUNICIPALITY, "Regio", "Id", "Centrumgemeente"],
            (
                [p.name, p.region.name, p.region.id, "ja" if p.centrumgemeente else "nee"]
                for p in places
            ),
        )
    )
