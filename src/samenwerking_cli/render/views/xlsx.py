"""Compare, show, contacts and diff as an Excel workbook (`--format xlsx`), for people.

The same rows as the CSV, but typed (see render.xlsx) and with Dutch column headers: the CSV
keeps its stable column names for scripts. Each part of a comparison gets its own sheet.
This module holds compare, compare A B and show; the list views are in xlsx_lists.py, sheet
names, headers and row helpers in xlsx_sheets.py.
"""

from __future__ import annotations

from typing import Any

from samenwerking_cli.domain.text import N_, _
from samenwerking_cli.engine.views import AgainstView, CompareView, ShowView
from samenwerking_cli.render import xlsx
from samenwerking_cli.render.compare_labels import SOURCE, word

# views/formats.py looks renderers up by name in this module: the views that live in their own
# module (to keep each short) are re-exported here.
from samenwerking_cli.render.views.xlsx_lists import contacts as contacts
from samenwerking_cli.render.views.xlsx_lists import diff as diff
from samenwerking_cli.render.views.xlsx_lists import follow_ups as follow_ups
from samenwerking_cli.render.views.xlsx_lists import missing as missing
from samenwerking_cli.render.views.xlsx_sheets import (
    BALANCE_HEADERS,
    DEVIATION_HEADERS,
    PARAMETER_HEADERS,
    REGION_HEADERS,
    SHEET_DEVIATIONS,
    SHEET_DIFFERENCES,
    SHEET_EMPLOYER,
    SHEET_REGIONS,
    SHEET_SHOW,
    SHEET_TOPICS,
    SHOW_HEADERS,
    TOPIC_HEADERS,
    _deviation,
    _excluded,
    _parameter,
    _region,
    _score,
    _sheet,
)
from samenwerking_cli.render.xlsx import Typed, text, value_cell


def compare(view: CompareView, canvas: object = None) -> bytes:
    book = xlsx.new_workbook()
    _sheet(
        book,
        SHEET_REGIONS,
        REGION_HEADERS + BALANCE_HEADERS,
        [[*_region(s), _score(s.balance_value), s.balance_rank] for s in view.regions],
    )
    _sheet(
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
    _sheet(
        book,
        SHEET_DEVIATIONS,
        REGION_HEADERS[:2] + PARAMETER_HEADERS + DEVIATION_HEADERS,
        [_region(s)[:2] + _deviation(d) for s in view.regions for d in s.deviations],
    )
    if len(view.selected) >= 2:
        names = {s.region.id: s.region.name for s in view.selected}
        _sheet(
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
        [text(t.topic), t.title, _score(t.index), _score(t.national), None, None, None]
        for t in own.topics
    ]
    from samenwerking_cli.render.views.employer_labels import WEIGHTING

    scores = [_score(own.index), _score(own.national_index)]
    scores += [_score(own.balance), _score(own.national_balance)]
    rows.append([None, name, *scores, _(WEIGHTING[own.weighting])])
    headers = (
        _("Topic"),
        _("Title"),
        _("Index {name}").format(name=name)[:60],
        _("Index, national"),
        _("Employer balance {name}").format(name=name)[:60],
        _("Employer balance, national"),
        _("Weighting"),
    )
    xlsx.sheet(book, _(SHEET_EMPLOYER), headers, rows)


def against(view: AgainstView, canvas: object = None) -> bytes:
    book = xlsx.new_workbook()
    left, right = view.left.region, view.right.region
    _sheet(
        book,
        SHEET_DIFFERENCES,
        (N_("Parameter"), N_("Description"), N_("Unit"), N_("National")),
        [
            [text(d.parameter.id), d.parameter.title, d.parameter.unit]
            + [value_cell(d.parameter, d.baseline)]
            + [value_cell(d.parameter, v) for _rid, v in d.values]
            for d in view.differences
        ],
        left.name,
        right.name,
    )
    return xlsx.to_bytes(book)


def show(view: ShowView, canvas: object = None) -> bytes:
    book = xlsx.new_workbook()
    _sheet(
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
