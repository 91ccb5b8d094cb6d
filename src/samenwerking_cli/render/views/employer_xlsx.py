"""The employer list, one employer's view and `where` as an Excel workbook (`--format xlsx`).

The same rows as the CSV, typed (see render.xlsx) and with Dutch headers; one sheet per part.
"""

from __future__ import annotations

from typing import Any

from samenwerking_cli.domain.dates import overdue
from samenwerking_cli.domain.places import Place
from samenwerking_cli.domain.text import _
from samenwerking_cli.engine.employers import EmployerLine, EmployerView, is_open
from samenwerking_cli.render import xlsx
from samenwerking_cli.render.compare_labels import ALL_TOPICS, EFFECT_WORD, word
from samenwerking_cli.render.views.employer_labels import LAYER, STATUS
from samenwerking_cli.render.xlsx import Typed, text, value_cell

SHEET_EMPLOYERS = "Werkgevers"
SHEET_REGIONS = "Regio's"
SHEET_VALUES = "Wat anders geldt"
SHEET_SITES = "Vestigingen"
SHEET_CALLS = "Wie belt u"
SHEET_FOLLOW_UPS = "Vervolgafspraken"
SHEET_WHERE = "Gemeente"

LIST_HEADERS = ("Werkgever", "Naam", "Vestigingen", "Open", "Regio's", "Medewerkers doelgroep")
REGION_HEADERS = (
    "Regio",
    "Naam regio",
    "Vestigingen",
    "Medewerkers doelgroep",
    "Gewicht",
    "Index",
    "Werkgeverssaldo",
)
VALUE_HEADERS = (
    "Regio",
    "Parameter",
    "Omschrijving",
    "Onderwerp",
    "Waarde",
    "Eenheid",
    "Landelijk",
    "Bron",
    "Effect",
    "Toelichting",
    "Geldt vanaf",
    "Herzien uiterlijk",
    "Waarde regio",
)
SITE_HEADERS = ("Regio", "Vestiging", "Gemeente", "Medewerkers doelgroep", "Opent", "Open")
CALL_HEADERS = ("Regio", "Onderwerp", "Rol", "Organisatie", "Contactpersoon", "E-mail", "Telefoon")
FOLLOW_UP_HEADERS = ("Regio", "Actie", "Met", "Trekker", "Gereed vóór", "Status", "Verlopen")
WHERE_HEADERS = ("Gemeente", "Regio", "Naam regio", "CBS-code", "Centrumgemeente")


def _score(value: float | None) -> Typed | None:
    return Typed(round(value, 2), xlsx.INDEX) if value is not None else None


def _opt(value: str | None) -> Any:
    return text(value) if value is not None else None


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
    xlsx.sheet(book, SHEET_EMPLOYERS, LIST_HEADERS, rows)
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
    xlsx.sheet(book, SHEET_REGIONS, REGION_HEADERS, regions)
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
                    LAYER[lv.source],
                    word(EFFECT_WORD, v.effect),
                    lv.rationale,
                    lv.since,
                    lv.review_by,
                    value_cell(p, lv.region_value) if lv.source == "employer" else None,
                ]
            )
    xlsx.sheet(book, SHEET_VALUES, VALUE_HEADERS, values)
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
    xlsx.sheet(book, SHEET_SITES, SITE_HEADERS, sites)
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
    xlsx.sheet(book, SHEET_CALLS, CALL_HEADERS, own + calls)
    follow_ups = [
        [
            text(r.region.id),
            f.action,
            f.with_,
            f.owner,
            f.due,
            STATUS.get(f.status, f.status),
            overdue(f.due, view.as_of),
        ]
        for r in view.regions
        for f in r.follow_ups
    ]
    xlsx.sheet(book, SHEET_FOLLOW_UPS, FOLLOW_UP_HEADERS, follow_ups)
    return xlsx.to_bytes(book)


def where(found: tuple[str, list[Place]], canvas: object = None) -> bytes:
    _query, places = found
    book = xlsx.new_workbook()
    rows = [
        [p.name, text(p.region.id), p.region.name, _opt(p.region.code), p.centrumgemeente]
        for p in places
    ]
    xlsx.sheet(book, SHEET_WHERE, WHERE_HEADERS, rows)
    return xlsx.to_bytes(book)
