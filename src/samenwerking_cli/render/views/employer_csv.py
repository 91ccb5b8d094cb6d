"""The employer list, one employer's view and `where` as CSV for Dutch Excel (see compare_csv)."""

from __future__ import annotations

from typing import Any

from samenwerking_cli.domain.places import Place
from samenwerking_cli.domain.text import _
from samenwerking_cli.engine.employers import EmployerLine, EmployerView
from samenwerking_cli.render.compare_labels import EFFECT_WORD, word
from samenwerking_cli.render.views.csv import _index, _Raw, _sheet, _unit, _val
from samenwerking_cli.render.views.employer_labels import LAYER, WEIGHTING

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


def _n(value: float | None) -> _Raw:
    """A figure as a number cell: `-2,2` stays a number, not a text guarded against formulas."""
    return _Raw(_index(value))


def compare_rows(view: EmployerView, section: str) -> list[list[Any]]:
    """compare --employer: the employer's figures in compare's columns, one row per scope and
    measure (`parameter`: index, balance, weight, employees), the employer's figure in `value`
    and the national one in `baseline`. First the whole employer (no region, no topic), then
    each topic, then each region where it has sites."""
    e = view.employer
    weighted = _(WEIGHTING[view.weighting])
    rows: list[list[Any]] = []

    def add(scope: list[Any], topic: list[Any], measure: str, own: Any, national: Any) -> None:
        cells = [measure, *topic, national, own] + [None] * 5 + [weighted] + [None] * 2
        rows.append(scope + cells + [section, None, None])

    whole = [None, e.name, None, None, None, None]
    add(whole, [None, None], "index", _n(view.index), _n(view.national_index))
    add(whole, [None, None], "balance", _n(view.balance), _n(view.national_balance))
    add(whole, [None, None], "employees", view.employees, None)
    for t in view.topics:
        add([None] * 6, [t.title, t.topic], "index", _n(t.index), _n(t.national))
    for r in view.regions:
        reg = r.region
        place = [reg.id, reg.name, reg.code, reg.adoption, None, None]
        balance = r.balance.value if r.balance is not None else None
        add(place, [None, None], "index", _n(r.index), None)
        add(place, [None, None], "balance", _n(balance), None)
        add(place, [None, None], "weight", _n(r.weight), None)
        add(place, [None, None], "employees", r.employees, None)
    return rows


def where(found: tuple[str, list[Place]], canvas: object = None) -> str:
    query, places = found
    return _sheet(
        WHERE_COLUMNS,
        (
            [query, p.name, p.region.id, p.region.name, p.region.code, p.centrumgemeente]
            for p in places
        ),
    )
