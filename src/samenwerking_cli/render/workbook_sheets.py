"""The sheets people fill in: the region's fields, its deviations and its lists.

Kept apart from workbook.py so each module stays short."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from samenwerking_cli.domain.model import Framework, Region
from samenwerking_cli.domain.text import _
from samenwerking_cli.domain.workbook_layout import (
    ADOPTIONS,
    DEVIATION_COLUMNS,
    ITEMS,
    KINDS,
    REGION_COLUMNS,
    REGION_FIELDS,
    SHEET_DEVIATIONS,
    SHEET_REGION,
    STATUSES,
    Column,
)
from samenwerking_cli.render import xlsx
from samenwerking_cli.render.workbook_cells import (
    LOCKED_FILL,
    OPEN,
    SPARE_ROWS,
    WRAP,
    _format,
    _header,
    _protect,
    _widths,
    cell_value,
)
from samenwerking_cli.render.workbook_checks import (
    Lists,
    allowed,
    choice_rule,
    date_rule,
    value_rule,
)
from samenwerking_cli.render.xlsx import text


def _region_sheet(book: Workbook, lists: Lists, region_id: str, values: dict[str, Any]) -> None:
    ws = book.create_sheet(_(SHEET_REGION))
    _header(ws, REGION_COLUMNS)
    choices = {"kind": KINDS, "adoption": ADOPTIONS}
    for row, field in enumerate(REGION_FIELDS, start=2):
        xlsx.put(ws.cell(row=row, column=1), _(field.label))
        value = values.get(field.key)
        if isinstance(value, list | tuple):
            value = ITEMS.join(value)
        cell = ws.cell(row=row, column=2)
        xlsx.put(cell, text(value) if value is not None else None)
        cell.number_format = xlsx.TEXT
        if field.editable:
            cell.protection = OPEN
        else:
            cell.fill = LOCKED_FILL
        if field.key in choices:
            rule = choice_rule(lists, choices[field.key])
            ws.add_data_validation(rule)
            rule.add(cell)
        help_cell = ws.cell(row=row, column=3)
        xlsx.put(help_cell, _(field.help))
        help_cell.alignment = WRAP
        xlsx.put(ws.cell(row=row, column=4), text(field.key))
    ws.column_dimensions["D"].hidden = True
    _widths(ws, (26, 40, 70, 10))
    _protect(ws)


def _deviation_sheet(
    book: Workbook, lists: Lists, framework: Framework, region: Region | None
) -> None:
    ws = book.create_sheet(_(SHEET_DEVIATIONS))
    _header(ws, DEVIATION_COLUMNS)
    dates = date_rule()
    ws.add_data_validation(dates)
    widths = [len(_(c.header)) + 3 for c in DEVIATION_COLUMNS]
    row = 1
    for topic in framework.topics:
        for param in topic.parameters:
            if not param.deviable:
                continue
            row += 1
            dev = region.deviations.get(param.id) if region is not None else None
            cells: list[Any] = [
                topic.title,
                text(param.id),
                param.title,
                cell_value(param, param.baseline),
                param.unit,
                cell_value(param, dev.value) if dev else None,
                dev.rationale if dev else None,
                dev.since if dev else None,
                dev.review_by if dev else None,
                allowed(param),
            ]
            for col, (column, value) in enumerate(zip(DEVIATION_COLUMNS, cells, strict=True), 1):
                cell = ws.cell(row=row, column=col)
                needed = xlsx.put(cell, value)
                widths[col - 1] = max(widths[col - 1], needed + 1)
                if column.editable:
                    cell.protection = OPEN
                else:
                    cell.fill = LOCKED_FILL
                if column.kind == "value":
                    cell.number_format = _format(param)
                elif column.kind == "date":
                    cell.number_format = xlsx.DATE
                    dates.add(cell)
                elif column.key == "rationale":
                    cell.number_format = xlsx.TEXT
            rule = value_rule(lists, param)
            if rule is not None:
                ws.add_data_validation(rule)
                rule.add(ws.cell(row=row, column=6))
    ws.auto_filter.ref = f"A1:{get_column_letter(len(DEVIATION_COLUMNS))}{row}"
    ws.freeze_panes = "C2"  # topic and parameter id stay in view
    _widths(ws, widths)
    _protect(ws)


def _item_value(item: Any, key: str) -> Any:
    value = getattr(item, "with_" if key == "with" else key, None)
    if isinstance(value, date) or value is None:
        return value
    if isinstance(value, list | tuple):
        return text(ITEMS.join(value))
    return text(str(value))


def _list_sheet(
    book: Workbook,
    lists: Lists,
    title: str,
    columns: Sequence[Column],
    items: Sequence[Any],
    framework: Framework,
) -> None:
    ws = book.create_sheet(_(title))
    _header(ws, columns)
    widths = [len(_(c.header)) + 3 for c in columns]
    last = len(items) + 1 + SPARE_ROWS
    for col, column in enumerate(columns, start=1):
        letter = get_column_letter(col)
        if column.kind == "date":
            rule = date_rule()
        elif column.key == "status":
            rule = choice_rule(lists, STATUSES)
        elif column.key == "topic":
            rule = choice_rule(lists, [t.id for t in framework.topics])
        else:
            rule = None
        if rule is not None:
            ws.add_data_validation(rule)
            rule.add(f"{letter}2:{letter}{last}")
        for row in range(2, last + 1):
            cell = ws.cell(row=row, column=col)
            index = row - 2
            if index < len(items):
                value = index + 1 if column.kind == "nr" else _item_value(items[index], column.key)
                widths[col - 1] = max(widths[col - 1], xlsx.put(cell, value) + 1)
            cell.number_format = xlsx.DATE if column.kind == "date" else xlsx.TEXT
            if column.kind == "nr":
                cell.number_format = xlsx.INTEGER
    ws.column_dimensions["A"].hidden = True  # nr
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(items) + 1}"
    _widths(ws, widths)
