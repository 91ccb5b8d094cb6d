"""Workbooks of the list views: contacts, contacts --missing, diff and follow-ups.

Kept apart from xlsx.py so each module stays short; xlsx.py re-exports them because
views/formats.py looks renderers up by name in the xlsx module."""

from __future__ import annotations

from typing import Any

from samenwerking_cli.domain.model import Parameter
from samenwerking_cli.domain.text import _
from samenwerking_cli.engine.changes import DomainDiff
from samenwerking_cli.engine.contacts import Directory
from samenwerking_cli.engine.followups import FollowUpList
from samenwerking_cli.render import xlsx
from samenwerking_cli.render.compare_labels import (
    ABOUT,
    ALL_TOPICS,
    CHANGE,
    note,
    word,
)
from samenwerking_cli.render.views.xlsx_sheets import (
    CONTACT_HEADERS,
    DIFF_HEADERS,
    FOLLOW_UP_HEADERS,
    MISSING_HEADERS,
    SHEET_CONTACTS,
    SHEET_DIFF,
    SHEET_FOLLOW_UPS,
    SHEET_MISSING,
    _excluded,
    _opt,
    _sheet,
)
from samenwerking_cli.render.xlsx import text, value_cell


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
    _sheet(book, SHEET_CONTACTS, CONTACT_HEADERS, rows)
    _excluded(book, view.excluded)
    return xlsx.to_bytes(book)


def missing(view: Directory, canvas: object = None) -> bytes:
    book = xlsx.new_workbook()
    _sheet(
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
    _sheet(
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
    _sheet(book, SHEET_FOLLOW_UPS, FOLLOW_UP_HEADERS, rows)
    return xlsx.to_bytes(book)
