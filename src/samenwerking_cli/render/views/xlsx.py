"""Compare, show, contacts and diff as an Excel workbook (`--format xlsx`), for people.

The same rows as the CSV, but typed (see render.xlsx) and with Dutch column headers: the CSV
keeps its stable column names for scripts. Each part of a comparison gets its own sheet.
"""

from __future__ import annotations

from typing import Any

from samenwerking_cli.domain.model import Parameter
from samenwerking_cli.domain.text import _
from samenwerking_cli.engine.changes import DomainDiff
from samenwerking_cli.engine.compare import DeviationResult
from samenwerking_cli.engine.contacts import Directory
from samenwerking_cli.engine.followups import FollowUpList
from samenwerking_cli.engine.scoring import RegionScore
from samenwerking_cli.engine.views import AgainstView, CompareView, ShowView
from samenwerking_cli.render import xlsx
from samenwerking_cli.render.compare_labels import (
    ABOUT,
    ALL_TOPICS,
    CHANGE,
    EFFECT_WORD,
    SOURCE,
    note,
    word,
)
from samenwerking_cli.render.xlsx import Typed, text, value_cell

# Sheet names and column headers people read (Excel allows at most 31 characters per name).
SHEET_REGIONS = "Regio's"
SHEET_TOPICS = "Onderwerpen"
SHEET_DEVIATIONS = "Afwijkingen"
SHEET_DIFFERENCES = "Verschillen"
SHEET_SHOW = "Afspraak"
SHEET_CONTACTS = "Contactpersonen"
SHEET_MISSING = "Zonder contactpersoon"
SHEET_DIFF = "Wijzigingen"
SHEET_FOLLOW_UPS = "Vervolgafspraken"
SHEET_EMPLOYER = "Werkgever"

REGION_HEADERS = ("Regio", "Naam", "CBS-code", "Status", "Index", "Rang")
BALANCE_HEADERS = ("Werkgeverssaldo", "Rang saldo")
TOPIC_HEADERS = (
    "Onderwerp",
    "Titel",
    "Index",
    "Gunstig",
    "Ongunstig",
    "Neutraal",
    "Werkgeverssaldo",
)
SHEET_EXCLUDED = "Ongeldige bestanden"
EXCLUDED_HEADERS = ("Bestand", "Toelichting")
EXCLUDED_NOTE = "ongeldig: niet meegenomen; zie de meldingen van samenwerking validate"
PARAMETER_HEADERS = ("Parameter", "Omschrijving", "Onderwerp", "Landelijk", "Regionaal", "Eenheid")
DEVIATION_HEADERS = (
    "Verschil",
    "Toegevoegd",
    "Weggelaten",
    "Effect",
    "Toelichting",
    "Geldt vanaf",
    "Herzien uiterlijk",
)
SHOW_HEADERS = ("Parameter", "Omschrijving", "Onderwerp", "Waarde", "Eenheid", "Landelijk", "Bron")
CONTACT_HEADERS = (
    "Regio",
    "Naam regio",
    "Rol",
    "Organisatie",
    "Contactpersoon",
    "E-mail",
    "Telefoon",
    "Onderwerpen",
    "Is contact voor",
    "Bevestigd op",
    "Maanden geleden",
    "Verouderd",
)
MISSING_HEADERS = ("Regio", "Naam regio", "Onderwerp", "Titel")
FOLLOW_UP_HEADERS = (
    "Regio",
    "Naam regio",
    "Id",
    "Actie",
    "Met",
    "Werkgever",
    "Trekker",
    "Gereed vóór",
    "Status",
    "Afgesproken in",
    "Afgerond op",
    "Verlopen",
)
DIFF_HEADERS = ("Wijziging", "Over", "Id", "Titel", "Veld", "Oud", "Nieuw", "Toelichting")


def _opt(value: str | None) -> Any:
    return text(value) if value is not None else None


def _region(s: RegionScore) -> list[Any]:
    r = s.region
    index = Typed(round(s.index, 2), xlsx.INDEX) if s.index is not None else None
    return [text(r.id), r.name, _opt(r.code), text(r.adoption), index, s.rank]


def _score(value: float | None) -> Typed | None:
    return Typed(round(value, 2), xlsx.INDEX) if value is not None else None


def _excluded(book: Any, files: tuple[str, ...]) -> None:
    """Invalid region files the command left out: named in the workbook itself."""
    if files:
        xlsx.sheet(book, SHEET_EXCLUDED, EXCLUDED_HEADERS, [[f, EXCLUDED_NOTE] for f in files])


def _parameter(p: Parameter, baseline: Any, value: Any) -> list[Any]:
    return [
        text(p.id),
        p.title,
        text(p.topic),
        value_cell(p, baseline),
        value_cell(p, value),
        p.unit,
    ]


def _deviation(dev: DeviationResult) -> list[Any]:
    p = dev.parameter
    return [
        *_parameter(p, dev.baseline, dev.value),
        value_cell(p, dev.delta),
        list(dev.added) if p.type == "list" else None,
        list(dev.removed) if p.type == "list" else None,
        word(EFFECT_WORD, dev.effect),
        dev.rationale,
        dev.since,
        dev.review_by,
    ]


def compare(view: CompareView, canvas: object = None) -> bytes:
    book = xlsx.new_workbook()
    xlsx.sheet(
        book,
        SHEET_REGIONS,
        REGION_HEADERS + BALANCE_HEADERS,
        [[*_region(s), _score(s.balance_value), s.balance_rank] for s in view.regions],
    )
    xlsx.sheet(
        book,
        SHEET_TOPICS,
        TOPIC_HEADERS,
        [
            [
                text(t.topic.id),
                t.topic.title,
                Typed(round(t.index, 2), xlsx.INDEX) if t.index is not None else None,
                t.deviations.favourable,
                t.deviations.unfavourable,
                t.deviations.neutral,
                _score(t.balance.value),
            ]
            for t in view.overview.topics
        ],
    )
    xlsx.sheet(
        book,
        SHEET_DEVIATIONS,
        REGION_HEADERS[:2] + PARAMETER_HEADERS + DEVIATION_HEADERS,
        [_region(s)[:2] + _deviation(d) for s in view.regions for d in s.deviations],
    )
    if len(view.selected) >= 2:
        names = {s.region.id: s.region.name for s in view.selected}
        xlsx.sheet(
            book,
            SHEET_DIFFERENCES,
            REGION_HEADERS[:2] + PARAMETER_HEADERS,
            [
                [text(rid), names[rid], *_parameter(d.parameter, d.baseline, value)]
                for d in view.differences
                for rid, value in d.values
            ],
        )
    if view.employer is not None:
        _employer(book, view)
    _excluded(book, view.excluded)
    return xlsx.to_bytes(book)


def _employer(book: Any, view: CompareView) -> None:
    """compare --employer: the employer's own figures per topic, next to the national ones."""
    own = view.employer
    assert own is not None
    name = own.employer.name
    rows: list[list[Any]] = [
        [text(t.topic), t.title, _score(t.index), _score(t.national)] for t in own.topics
    ]
    rows.append([None, name, _score(own.index), _score(own.national_index)])
    headers = ("Onderwerp", "Titel", f"Index {name}"[:60], "Index landelijk")
    xlsx.sheet(book, SHEET_EMPLOYER, headers, rows)


def against(view: AgainstView, canvas: object = None) -> bytes:
    book = xlsx.new_workbook()
    left, right = view.left.region, view.right.region
    xlsx.sheet(
        book,
        SHEET_DIFFERENCES,
        ("Parameter", "Omschrijving", "Eenheid", "Landelijk", left.name, right.name),
        [
            [text(d.parameter.id), d.parameter.title, d.parameter.unit]
            + [value_cell(d.parameter, d.baseline)]
            + [value_cell(d.parameter, v) for _, v in d.values]
            for d in view.differences
        ],
    )
    return xlsx.to_bytes(book)


def show(view: ShowView, canvas: object = None) -> bytes:
    book = xlsx.new_workbook()
    xlsx.sheet(
        book,
        SHEET_SHOW,
        SHOW_HEADERS,
        [
            [
                text(v.parameter.id),
                v.parameter.title,
                text(v.parameter.topic),
                value_cell(v.parameter, v.value),
                v.parameter.unit,
                value_cell(v.parameter, v.parameter.baseline),
                word(SOURCE, v.source),
            ]
            for v in view.resolved.values
        ],
    )
    _excluded(book, view.excluded)
    return xlsx.to_bytes(book)


def contacts(view: Directory, canvas: object = None) -> bytes:
    rows: list[list[Any]] = []
    for rc in view.regions:
        region = [text(rc.region.id), rc.region.name]
        if not rc.contacts:
            rows.append(region + [None] * 10)
        for c in rc.contacts:
            topics = ", ".join(c.topics) if c.topics is not None else _(ALL_TOPICS)
            rows.append(
                [
                    *region,
                    c.role,
                    c.organisation,
                    c.name,
                    _opt(c.email),
                    _opt(c.phone),
                    text(topics),
                    text(", ".join(t.id for t in rc.serves(c))),
                    c.verified,
                    view.age(c),
                    view.stale(c) if c.verified is not None else None,
                ]
            )
    book = xlsx.new_workbook()
    xlsx.sheet(book, SHEET_CONTACTS, CONTACT_HEADERS, rows)
    _excluded(book, view.excluded)
    return xlsx.to_bytes(book)


def missing(view: Directory, canvas: object = None) -> bytes:
    book = xlsx.new_workbook()
    xlsx.sheet(
        book,
        SHEET_MISSING,
        MISSING_HEADERS,
        [[text(r.id), r.name, text(t.id), t.title] for r, t in view.gaps],
    )
    _excluded(book, view.excluded)
    return xlsx.to_bytes(book)


def _diff_value(parameter: Parameter | None, value: Any) -> Any:
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items())
    if parameter is not None:
        return value_cell(parameter, value)
    return value_cell(None, value) if not isinstance(value, str) else value


def diff(view: DomainDiff, canvas: object = None) -> bytes:
    book = xlsx.new_workbook()
    xlsx.sheet(
        book,
        SHEET_DIFF,
        DIFF_HEADERS,
        [
            [
                word(CHANGE, c.kind),
                word(ABOUT, c.about),
                c.id,
                c.title,
                c.field,
                _diff_value(c.parameter, c.old),
                _diff_value(c.parameter, c.new),
                note(c),
            ]
            for c in view.changes
        ],
    )
    return xlsx.to_bytes(book)


def follow_ups(view: FollowUpList, canvas: object = None) -> bytes:
    """One row per follow-up, by due date as the command sorts them; `Verlopen` on --as-of."""
    rows = []
    for item in view.items:
        f = item.follow_up
        rows.append(
            [
                text(item.region.id),
                item.region.name,
                _opt(f.id),
                f.action,
                f.with_,
                _opt(f.employer),
                f.owner,
                f.due,
                text(f.status),
                _opt(f.made_at),
                f.done_on,
                item.overdue,
            ]
        )
    book = xlsx.new_workbook()
    xlsx.sheet(book, SHEET_FOLLOW_UPS, FOLLOW_UP_HEADERS, rows)
    return xlsx.to_bytes(book)
