"""Compare, show, contacts and diff as CSV for Dutch Excel.

UTF-8 with a byte-order mark (so Excel reads the accents), `;` between cells and numbers with a
decimal comma without thousands separators (`92,50`, `-1`, `85,71`): what Dutch Excel reads as
numbers when a file is opened by double-click. Every text cell goes through escape.csv_cell, so
no cell starts as a formula. Words the tool adds are Dutch, like `ja`/`nee` (`gunstig`, `alle`,
`landelijk`); ids and the files' own values (region, parameter, topic, adoption) stay as written.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from samenwerking_cli.domain.model import Parameter
from samenwerking_cli.domain.text import _
from samenwerking_cli.engine.changes import DomainDiff
from samenwerking_cli.engine.compare import DeviationResult
from samenwerking_cli.engine.contacts import Directory
from samenwerking_cli.engine.employers import EmployerView
from samenwerking_cli.engine.scoring import RegionScore
from samenwerking_cli.engine.views import AgainstView, CompareView, ShowView
from samenwerking_cli.render import escape, formatting
from samenwerking_cli.render.compare_labels import ALL_TOPICS, EFFECT_WORD, SOURCE, note, word

BOM = "\ufeff"
SEPARATOR = ";"

Cell = str | int | float | bool | date | list[str] | None


def number(value: float | int) -> str:
    """`12.5` -> `12,5`; `-1` -> `-1`: a decimal comma, no thousands separator."""
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    return repr(round(value, 10)).replace(".", ",")


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return formatting.yes_no(value)
    if isinstance(value, int | float):
        return number(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return cell(", ".join(str(v) for v in value))
    # Control characters (an ANSI escape in a rationale) are shown as \u001b, as on screen.
    return escape.csv_cell(escape.terminal(str(value)))


def _index(value: float | None) -> str:
    return "" if value is None else number(round(value, 2))


def _sheet(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=SEPARATOR, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([v if isinstance(v, _Raw) else cell(v) for v in row])
    return BOM + out.getvalue()


sheet = _sheet  # for the other commands' CSV


class _Raw(str):
    """A cell already made safe (a number we formatted ourselves)."""


def _unit(param: Parameter) -> str:
    return param.unit or ""


def _val(param: Parameter, value: Any) -> Any:
    """Amounts in euro always with two decimals: `92,50`."""
    if param.type == "money" and isinstance(value, int | float) and not isinstance(value, bool):
        return _Raw(f"{value:.2f}".replace(".", ","))
    return value


COMPARE_COLUMNS = (
    "region",
    "name",
    "code",
    "adoption",
    "index",
    "rank",
    "parameter",
    "title",
    "topic",
    "baseline",
    "value",
    "unit",
    "delta",
    "added",
    "removed",
    "effect",
    "rationale",
    "since",
    "review_by",
    "section",  # so the columns before it keep their places
    "balance",  # the employer balance (-100..+100) next to the index; added after section
    "balance_rank",
)
# `section` tells the two kinds of row apart, for a filter in Excel: one CSV holds one table.
DEVIATION = "afwijking"  # a region's deviation from the framework
SIDE_BY_SIDE = "verschil"  # a parameter on which the regions differ, one row per region
EXCLUDED = "ongeldig bestand"  # an invalid region file left out: its path in `title`
EMPLOYER = "werkgever"  # compare --employer: the employer's own figures


def _deviation_cells(dev: DeviationResult | None) -> list[Any]:
    if dev is None:
        return [None] * 13
    p = dev.parameter
    return [
        p.id,
        p.title,
        p.topic,
        _val(p, dev.baseline),
        _val(p, dev.value),
        _unit(p),
        _val(p, dev.delta),
        list(dev.added) if p.type == "list" else None,
        list(dev.removed) if p.type == "list" else None,
        word(EFFECT_WORD, dev.effect),
        dev.rationale,
        dev.since,
        dev.review_by,
    ]


def _region_cells(s: RegionScore) -> list[Any]:
    r = s.region
    return [r.id, r.name, r.code, r.adoption, _Raw(_index(s.index)), s.rank]


def compare(view: CompareView, canvas: object = None) -> str:
    rows = []
    for s in view.regions:
        for dev in s.deviations or [None]:
            rows.append(_region_cells(s) + _deviation_cells(dev) + [DEVIATION] + _balance(s))
    # The side-by-side of the table, markdown and json formats: the deviation cells stay empty.
    scores = {s.region.id: s for s in view.selected}
    for d in view.differences:
        p = d.parameter
        for region_id, value in d.values:
            rows.append(
                _region_cells(scores[region_id])
                + [p.id, p.title, p.topic, _val(p, d.baseline), _val(p, value), _unit(p)]
                + [None] * 7
                + [SIDE_BY_SIDE]
                + _balance(scores[region_id])
            )
    for file in view.excluded:
        rows.append([None] * 7 + [file] + [None] * 11 + [EXCLUDED, None, None])
    if view.employer is not None:
        rows.extend(_employer_rows(view.employer, EMPLOYER))
    return _sheet(COMPARE_COLUMNS, rows)


def _balance(s: RegionScore) -> list[Any]:
    value = s.balance_value
    return [_Raw("" if value is None else number(round(value, 2))), s.balance_rank]


def _n(value: float | None) -> _Raw:
    """A figure as a number cell: `-2,2` stays a number, not a text guarded against formulas."""
    return _Raw(_index(value))


def _employer_rows(view: EmployerView, section: str) -> list[list[Any]]:
    """compare --employer: the employer's figures in compare's columns, one row per scope and
    measure (`parameter`: index, balance, weight, employees), the employer's figure in `value`
    and the national one in `baseline`. First the whole employer (no region, no topic), then
    each topic, then each region where it has sites."""
    e = view.employer
    from samenwerking_cli.render.views.employer_labels import WEIGHTING

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


def against(view: AgainstView, canvas: object = None) -> str:
    header = ["parameter", "title", "unit", "baseline", view.left.region.id, view.right.region.id]
    rows = [
        [d.parameter.id, d.parameter.title, _unit(d.parameter), _val(d.parameter, d.baseline)]
        + [_val(d.parameter, v) for _, v in d.values]
        for d in view.differences
    ]
    return _sheet(header, rows)


SHOW_COLUMNS = ("region", "parameter", "title", "topic", "value", "unit", "baseline", "source")


def show(view: ShowView, canvas: object = None) -> str:
    r = view.resolved
    rows = [
        [
            r.region.id,
            v.parameter.id,
            v.parameter.title,
            v.parameter.topic,
            _val(v.parameter, v.value),
            _unit(v.parameter),
            _val(v.parameter, v.parameter.baseline),
            word(SOURCE, v.source),
        ]
        for v in r.values
    ]
    return _sheet(SHOW_COLUMNS, rows)


CONTACT_COLUMNS = (
    "region",
    "name",
    "role",
    "organisation",
    "person",
    "email",
    "phone",
    "topics",
    "serves",  # the topic ids it is the one to call for; a general contact: those without own
    "verified",
    "age_months",
    "stale",
)


def contacts(view: Directory, canvas: object = None) -> str:
    """One row per contact; a region without contacts keeps one row with empty contact cells."""
    rows: list[list[Any]] = []
    for rc in view.regions:
        if not rc.contacts:
            rows.append([rc.region.id, rc.region.name] + [None] * 10)
        for c in rc.contacts:
            topics: Any = list(c.topics) if c.topics is not None else _(ALL_TOPICS)
            rows.append(
                [
                    rc.region.id,
                    rc.region.name,
                    c.role,
                    c.organisation,
                    c.name,
                    c.email,
                    c.phone,
                    topics,
                    [t.id for t in rc.serves(c)],
                    c.verified,
                    view.age(c),
                    view.stale(c) if c.verified is not None else None,
                ]
            )
    return _sheet(CONTACT_COLUMNS, rows)


MISSING_COLUMNS = ("region", "name", "topic", "title")


def missing(view: Directory, canvas: object = None) -> str:
    return _sheet(MISSING_COLUMNS, [[r.id, r.name, t.id, t.title] for r, t in view.gaps])


DIFF_COLUMNS = ("change", "about", "id", "title", "field", "old", "new", "note")


def _diff_value(value: Any) -> Any:
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items())
    return value


def diff_rows(view: DomainDiff) -> list[list[Any]]:
    rows = []
    for c in view.changes:
        old, new = _diff_value(c.old), _diff_value(c.new)
        if c.parameter is not None:
            old, new = _val(c.parameter, old), _val(c.parameter, new)
        rows.append([c.kind, c.about, c.id, c.title, c.field, old, new, note(c)])
    return rows


def diff(view: DomainDiff, canvas: object = None) -> str:
    return _sheet(DIFF_COLUMNS, diff_rows(view))
