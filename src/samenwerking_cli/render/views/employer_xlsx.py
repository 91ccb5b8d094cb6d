"""The employer list, one employer's view and `where` as an Excel workbook (`--format xlsx`).

The same rows as the CSV, typed (see render.xlsx) and with headers in the current language; one sheet per part.
"""

from __future__ import annotations

from typing import Any

from samenwerking_cli.domain.dates import overdue
from samenwerking_cli.domain.places import Place
from samenwerking_cli.domain.text import N_, _
from samenwerking_cli.engine.employers import EmployerLine, EmployerView, is_open
from samenwerking_cli.render import xlsx
from samenwerking_cli.render.compare_labels import ALL_TOPICS, EFFECT_WORD, word
from samenwerking_cli.render.views.employer_labels import LAYER, STATUS
from samenwerking_cli.render.views.xlsx_sheets import _opt, _score
from samenwerking_cli.render.xlsx import Typed, text, value_cell

# Msgids, translated where the sheet is made (_sheet).
SHEET_EMPLOYERS = N_("Employers")
SHEET_REGIONS = N_("Regions")
SHEET_VALUES = N_("What applies differently")
SHEET_SITES = N_("Sites")
SHEET_CALLS = N_("Whom to call")
SHEET_FOLLOW_UPS = N_("Follow-ups")
SHEET_WHERE = N_("Municipality")

LIST_HEADERS = (
    N_("Employer"),
    N_("Name"),
    N_("Sites"),
    N_("Open"),
    N_("Regions"),
    N_("Target-group employees"),
)
REGION_HEADERS = (
    N_("Region"),
    N_("Region name"),
    N_("Sites"),
    N_("Target-group employees"),
    N_("Weight"),
    N_("Index"),
    N_("Employer balance"),
)
VALUE_HEADERS = (
    N_("Region"),
    N_("Parameter"),
    N_("Description"),
    N_("Topic"),
    N_("Value"),
    N_("Unit"),
    N_("National"),
    N_("Source"),
    N_("Effect"),
    N_("Rationale"),
    N_("Applies from"),
    N_("Review no later than"),
    N_("Region's value"),
    N_("Applies until"),
)
SITE_HEADERS = (
    N_("Region"),
    N_("Site"),
    N_("Municipality"),
    N_("Target-group employees"),
    N_("Opens"),
    N_("Open"),
)
CALL_HEADERS = (
    N_("Region"),
    N_("Topic"),
    N_("Job role"),
    N_("Organisation"),
    N_("Contact"),
    N_("E-mail"),
    N_("Phone"),
)
FOLLOW_UP_HEADERS = (
    N_("Region"),
    N_("Action"),
    N_("With"),
    N_("Owner"),
    N_("Due"),
    N_("Status"),
    N_("Overdue"),
)
WHERE_HEADERS = (
    N_("Municipality"),
    N_("Region"),
    N_("Region name"),
    N_("CBS code"),
    N_("Central municipality"),
)


def _sheet(book: Any, title: str, headers: tuple[str, ...], rows: Any) -> Any:
    return xlsx.sheet(book, _(title), [_(h) for h in headers], rows)


def employers(lines: tuple[EmployerLine, ...], canvas: object = None) -> bytes:
    book = xlsx.new_workbook()
    rows = [
        [
            text(line.employer.id),
            line.employer.name,
            line.sites,
            line.sites_open,
            text(", ".join(r.id for r in line.regions)),
            line.employees,
        ]
        for line in lines
    ]
    _sheet(book, SHEET_EMPLOYERS, LIST_HEADERS, rows)
    return xlsx.to_bytes(book)


def employer(view: EmployerView, canvas: object = None) -> bytes:
    book = xlsx.new_workbook()
    regions = [
        [
            text(r.region.id),
            r.region.name,
            len(r.sites),
            r.employees,
            Typed(round(r.weight, 4), xlsx.NUMBER),
            _score(r.index),
            _score(r.balance.value if r.balance is not None else None),
        ]
        for r in view.regions
    ]
    regions.append([None, view.employer.name, None, view.employees, None, _score(view.index), None])
    _sheet(book, SHEET_REGIONS, REGION_HEADERS, regions)
    values = []
    for r in view.regions:
        for v in r.differing:
            lv = v.layered
            p = lv.parameter
            values.append(
                [
                    text(r.region.id),
                    text(p.id),
                    p.title,
                    text(p.topic),
                    value_cell(p, lv.value),
                    p.unit,
                    value_cell(p, p.baseline),
                    _(LAYER[lv.source]),
                    word(EFFECT_WORD, v.effect),
                    lv.rationale,
                    lv.since,
                    lv.review_by,
                    value_cell(p, lv.region_value) if lv.source == "employer" else None,
                    lv.until,
                ]
            )
    _sheet(book, SHEET_VALUES, VALUE_HEADERS, values)
    sites = [
        [
            text(s.region),
            s.name,
            s.municipality,
            s.employees,
            s.opens,
            is_open(s, view.as_of),
        ]
        for s in view.employer.sites
    ]
    _sheet(book, SHEET_SITES, SITE_HEADERS, sites)
    calls = [
        [
            text(r.region.id),
            cov.topic.title,
            c.role,
            c.organisation,
            c.name,
            _opt(c.email),
            _opt(c.phone),
        ]
        for r in view.regions
        for cov in r.contacts
        for c in cov.contacts
    ]
    own = [
        [
            None,
            _(ALL_TOPICS) if c.topics is None else ", ".join(c.topics),
            c.role,
            c.organisation,
            c.name,
            _opt(c.email),
            _opt(c.phone),
        ]
        for c in view.employer.contacts
    ]
    _sheet(book, SHEET_CALLS, CALL_HEADERS, own + calls)
    follow_ups = [
        [
            text(r.region.id),
            f.action,
            f.with_,
            f.owner,
            f.due,
            _(STATUS[f.status]) if f.status in STATUS else f.status,
            overdue(f.due, view.as_of),
        ]
        for r in view.regions
        for f in r.follow_ups
    ]
    _sheet(book, SHEET_FOLLOW_UPS, FOLLOW_UP_HEADERS, follow_ups)
    return xlsx.to_bytes(book)


def where(found: tuple[str, list[Place]], canvas: object = None) -> bytes:
    _query, places = found
    book = xlsx.new_workbook()
    rows = [
        [p.name, text(p.region.id), p.region.name, _opt(p.region.code), p.centrumgemeente]
        for p in places
    ]
    _sheet(book, SHEET_WHERE, WHERE_HEADERS, rows)
    return xlsx.to_bytes(book)
