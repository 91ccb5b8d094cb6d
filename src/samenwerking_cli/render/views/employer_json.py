"""The employer list, one employer's view and `where` as JSON: the shapes in the README."""

from __future__ import annotations

from datetime import date
from typing import Any

from samenwerking_cli.domain.dates import overdue
from samenwerking_cli.domain.model import Contact, FollowUp
from samenwerking_cli.domain.places import Place
from samenwerking_cli.engine.employers import EmployerLine, EmployerView, is_open
from samenwerking_cli.render.views.json import _day, _dump


def contact(c: Contact) -> dict[str, Any]:
    return {
        "role": c.role,
        "organisation": c.organisation,
        "name": c.name,
        "email": c.email,
        "phone": c.phone,
        "topics": list(c.topics) if c.topics is not None else None,
    }


def follow_up(f: FollowUp, as_of: date) -> dict[str, Any]:
    return {
        "action": f.action,
        "with": f.with_,
        "employer": f.employer,
        "owner": f.owner,
        "due": _day(f.due),
        "status": f.status,
        "overdue": overdue(f.due, as_of),
    }


def employers(lines: tuple[EmployerLine, ...], canvas: object = None) -> str:
    return _dump(
        {
            "employers": [
                {
                    "employer": line.employer.id,
                    "name": line.employer.name,
                    "illustrative": line.employer.illustrative,
                    "sites": line.sites,
                    "sites_open": line.sites_open,
                    "regions": [r.id for r in line.regions],
                    "employees": line.employees,
                }
                for line in lines
            ]
        }
    )


def employer_data(view: EmployerView) -> dict[str, Any]:
    e = view.employer
    regions = []
    for r in view.regions:
        regions.append(
            {
                "region": r.region.id,
                "name": r.region.name,
                "adoption": r.region.adoption,
                "index": r.index,
                "balance": r.balance.value if r.balance is not None else None,
                "weight": r.weight,
                "other_framework": r.other_framework,
                "sites": [
                    {
                        "name": s.name,
                        "municipality": s.municipality,
                        "employees": s.employees,
                        "opens": _day(s.opens),
                        "open": is_open(s, view.as_of),
                    }
                    for s in r.sites
                ],
                "employees": r.employees,
                "values": [
                    {
                        "parameter": v.layered.parameter.id,
                        "title": v.layered.parameter.title,
                        "topic": v.layered.parameter.topic,
                        "value": v.layered.value,
                        "baseline": v.layered.parameter.baseline,
                        "source": v.layered.source,
                        "effect": v.effect,
                        "rationale": v.layered.rationale,
                        "since": _day(v.layered.since),
                        "review_by": _day(v.layered.review_by),
                        "region_value": v.layered.region_value
                        if v.layered.source == "employer"
                        else None,
                        "until": _day(v.layered.until),
                    }
                    for v in r.differing
                ],
                "contacts": [
                    {
                        "topic": c.topic.id,
                        "title": c.topic.title,
                        "contacts": [contact(x) for x in c.contacts],
                    }
                    for c in r.contacts
                ],
                "follow_ups": [follow_up(f, view.as_of) for f in r.follow_ups],
            }
        )
    return {
        "employer": e.id,
        "name": e.name,
        "illustrative": e.illustrative,
        "framework": {"id": view.framework.id, "version": view.framework.version},
        "as_of": view.as_of.isoformat(),
        "weighting": view.weighting,
        "employees": view.employees,
        "contacts": [contact(c) for c in e.contacts],
        "regions": regions,
        "index": view.index,
        "national_index": view.national_index,
        "topics": [
            {"topic": t.topic, "title": t.title, "index": t.index, "national_index": t.national}
            for t in view.topics
        ],
        "balance": view.balance,
        "national_balance": view.national_balance,
    }


def employer(view: EmployerView, canvas: object = None) -> str:
    return _dump(employer_data(view))


def where(found: tuple[str, list[Place]], canvas: object = None) -> str:
    query, places = found
    return _dump(
        {
            "query": query,
            "municipality": places[0].name if places else None,
            "regions": [
                {
                    "region": p.region.id,
                    "name": p.region.name,
                    "code": p.region.code,
                    "centrumgemeente": p.centrumgemeente,
                }
                for p in places
            ],
        }
    )
