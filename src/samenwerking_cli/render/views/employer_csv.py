"""The employer list, one employer's view and `where` as CSV for Dutch Excel (see compare_csv)."""

from __future__ import annotations

from typing import Any

from samenwerking_cli.domain.places import Place
from samenwerking_cli.domain.text import _
from samenwerking_cli.engine.employers import EmployerLine, EmployerView
from samenwerking_cli.render.compare_labels import EFFECT_WORD, word
from samenwerking_cli.render.views.csv import _n, _sheet, _unit, _val
from samenwerking_cli.render.views.employer_labels import LAYER

LIST_COLUMNS = ("employer", "name", "sites", "sites_open", "regions", "employees")
EMPLOYER_COLUMNS = (
    "employer",
    "region",
    "name",
    "sites",
    "employees",
    "index",
    "balance",
    "parameter",
    "title",
    "topic",
    "value",
    "unit",
    "baseline",
    "source",
    "effect",
    "rationale",
    "since",
    "review_by",
    "region_value",
    "until",  # the last day the value applies; added after region_value
)
WHERE_COLUMNS = ("query", "municipality", "region", "name", "code", "centrumgemeente")


def employers(lines: tuple[EmployerLine, ...], canvas: object = None) -> str:
    return _sheet(
        LIST_COLUMNS,
        (
            [
                line.employer.id,
                line.employer.name,
                line.sites,
                line.sites_open,
                [r.id for r in line.regions],
                line.employees,
            ]
            for line in lines
        ),
    )


def employer(view: EmployerView, canvas: object = None) -> str:
    rows: list[list[Any]] = []
    for r in view.regions:
        head = [
            view.employer.id,
            r.region.id,
            r.region.name,
            [s.name for s in r.sites],
            r.employees,
            _n(r.index),
            _n(r.balance.value if r.balance is not None else None),
        ]
        if not r.differing:
            rows.append(head + [None] * 13)
        for v in r.differing:
            p = v.layered.parameter
            rows.append(
                [
                    *head,
                    p.id,
                    p.title,
                    p.topic,
                    _val(p, v.layered.value),
                    _unit(p),
                    _val(p, p.baseline),
                    _(LAYER[v.layered.source]),
                    word(EFFECT_WORD, v.effect),
                    v.layered.rationale,
                    v.layered.since,
                    v.layered.review_by,
                    _val(p, v.layered.region_value)
                    if v.layered.source == "employer" and v.layered.region_value is not None
                    else None,
                    v.layered.until,
                ]
            )
    return _sheet(EMPLOYER_COLUMNS, rows)


def where(found: tuple[str, list[Place]], canvas: object = None) -> str:
    query, places = found
    return _sheet(
        WHERE_COLUMNS,
        (
            [query, p.name, p.region.id, p.region.name, p.region.code, p.centrumgemeente]
            for p in places
        ),
    )
