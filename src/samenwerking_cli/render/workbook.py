"""A region's questionnaire as an Excel workbook (`samenwerking workbook`).

For people who do not edit YAML: the framework's deviable parameters one per row with the
national value (locked) and the region's own value (editable, empty = follows the framework),
with Excel's data validation built from the framework (drop-down lists for choices and yes/no,
whole or decimal numbers within min/max, dates), and sheets for contacts, follow-ups and
additions. `samenwerking import` reads it back (workspace/workbook_import.py); the layout both
use is in domain/workbook_layout.py, Excel's checks in workbook_checks.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from samenwerking_cli import __version__
from samenwerking_cli.domain.model import Framework, Parameter, Region
from samenwerking_cli.domain.text import N_, _
from samenwerking_cli.domain.workbook_layout import (
    ADOPTIONS,
    DEVIATION_COLUMNS,
    FORMAT_VERSION,
    ITEMS,
    KINDS,
    LIST_SHEETS,
    MARKER,
    NO,
    REGION_COLUMNS,
    REGION_FIELDS,
    SHEET_DEVIATIONS,
    SHEET_HELP,
    SHEET_LISTS,
    SHEET_META,
    SHEET_REGION,
    STATUSES,
    YES,
    Column,
)
from samenwerking_cli.render import formatting, xlsx
from samenwerking_cli.render.workbook_checks import (
    Lists,
    allowed,
    choice_rule,
    date_rule,
    value_rule,
)
from samenwerking_cli.render.xlsx import text

LOCKED_FILL = PatternFill("solid", fgColor="EEEEEE")
OPEN = Protection(locked=False)
WRAP = Alignment(wrap_text=True, vertical="top")
# Empty rows made ready (text format, drop-down lists) below the exported ones.
SPARE_ROWS = 200
# The sheet "Instructions" after its two opening lines; {topics} lists the framework's topics.
HELP = (
    N_("How to fill in this questionnaire:"),
    N_("1. Sheet Region: check the region's details and add what is missing."),
    N_(
        "2. Sheet Deviations: one line per agreement of the national framework. If the region "
        "follows the framework, leave 'Regional value' empty. If the region deviates, fill in "
        "the regional value and explain why in 'Rationale (why)' (required). Empty the "
        "regional value to drop a deviation."
    ),
    N_(
        "3. 'Applies from' and 'Review no later than' are dates, for example 1-3-2025; they "
        "may stay empty. Choose yes/no answers and choices from the list in the cell. Amounts "
        "are in euros, without the € sign. 'Possible values' says what a line may hold."
    ),
    N_(
        "4. Sheet Contacts: one line per contact, with an e-mail address or a phone number (or "
        "both). 'Topics' empty means: for all topics; otherwise the topics, one per line "
        "(Alt+Enter) or separated by commas. Topics: {topics}."
    ),
    N_(
        "5. Sheets Follow-ups and Additions (good practices): add lines at the bottom, or "
        "delete a line to drop it. Status of a follow-up: open, done or dropped."
    ),
    N_(
        "6. Grey columns are fixed. Do not change the names of the sheets or the column "
        "headers, and leave the hidden column 'nr' in place: it keeps each line with the "
        "agreement it belongs to."
    ),
    N_(
        "7. Send the file back to the programme office. They read it in with 'samenwerking "
        "import'; a mistake is reported with its sheet and cell, for example Deviations!F12, so "
        "that you see exactly what needs changing."
    ),
)


def cell_value(param: Parameter, value: Any) -> Any:
    """A value as it stands in the sheet: numbers as numbers, yes/no as ja/nee (yes/no in
    English), lists joined."""
    if value is None:
        return None
    if param.type == "boolean" and isinstance(value, bool):
        return text(_(YES) if value else _(NO))
    if param.type in ("integer", "number", "money") and not isinstance(value, bool | str):
        return xlsx.value_cell(param, value)
    if isinstance(value, list | tuple):
        return text(ITEMS.join(str(v) for v in value))
    return text(str(value))


def _format(param: Parameter) -> str:
    return {"integer": xlsx.INTEGER, "number": xlsx.NUMBER, "money": xlsx.MONEY}.get(
        param.type, xlsx.TEXT
    )


def _header(ws: Worksheet, columns: Sequence[Column]) -> None:
    for col, column in enumerate(columns, start=1):
        cell = ws.cell(row=1, column=col, value=_(column.header))
        cell.font = xlsx.HEADER_FONT
        cell.fill = xlsx.HEADER_FILL if column.editable else LOCKED_FILL
    ws.freeze_panes = "A2"


def _protect(ws: Worksheet) -> None:
    """Locked cells cannot be changed by accident; filter, sort and widths stay possible.
    No password: this guards against slips, not against people."""
    ws.protection.sheet = True
    ws.protection.autoFilter = False
    ws.protection.sort = False
    ws.protection.formatColumns = False
    ws.protection.formatRows = False


def _widths(ws: Worksheet, widths: Sequence[int]) -> None:
    xlsx.fit_columns(ws, widths)


def _meta(book: Workbook, region_id: str, framework: Framework, today: date) -> None:
    ws = book.create_sheet(SHEET_META)
    ws.sheet_state = "veryHidden"  # not even in Excel's list of hidden sheets
    rows = [
        (MARKER, FORMAT_VERSION),
        ("region", region_id),
        ("framework", framework.id),
        ("framework_version", framework.version),
        ("created", today.isoformat()),
        ("tool", f"samenwerking {__version__}"),
    ]
    for row, (key, value) in enumerate(rows, start=1):
        xlsx.put(ws.cell(row=row, column=1), text(key))
        xlsx.put(ws.cell(row=row, column=2), value if isinstance(value, int) else text(str(value)))


def _help(book: Workbook, region_name: str, framework: Framework, today: date) -> None:
    ws = book.create_sheet(_(SHEET_HELP))
    topics = ", ".join(f"{t.id} ({t.title})" for t in framework.topics)
    lines = [
        _("Questionnaire on the working agreements: {region}").format(region=region_name),
        _("Framework: {title}, version {version}. Made on {day}.").format(
            title=framework.title, version=framework.version, day=formatting.day(today)
        ),
        "",
        *(_(line).format(topics=topics) for line in HELP),
    ]
    ws.column_dimensions["A"].width = 110
    for row, line in enumerate(lines, start=1):
        cell = ws.cell(row=row, column=1)
        xlsx.put(cell, text(line))
        cell.alignment = WRAP
    ws["A1"].font = Font(bold=True, size=14)


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


def build(
    framework: Framework,
    region_id: str,
    region: Region | None,
    fields: dict[str, Any],
    today: date,
) -> bytes:
    """The questionnaire for one region; `region` None for a region that has no file yet.

    `fields` holds the region's own keys as the file writes them (`province` or `provinces`).
    """
    book = xlsx.new_workbook()
    name = str(fields.get("name") or region_id)
    _help(book, name, framework, today)
    lists = Lists(book)
    _region_sheet(book, lists, region_id, fields)
    _deviation_sheet(book, lists, framework, region)
    for title, key, columns in LIST_SHEETS:
        items = getattr(region, key) if region is not None else ()
        _list_sheet(book, lists, title, columns, items, framework)
    book.move_sheet(SHEET_LISTS, offset=len(book.sheetnames))
    _meta(book, region_id, framework, today)
    book.active = 0
    return xlsx.to_bytes(book)


def region_fields(region: Region | None, data: dict[str, Any]) -> dict[str, Any]:
    """The values of the sheet 'Regio' from a region's document data."""
    out = {f.key: data.get(f.key) for f in REGION_FIELDS}
    if out.get("provinces") is None and data.get("province") is not None:
        out["provinces"] = [data["province"]]
    if region is not None:
        out["region"], out["framework"] = region.id, region.framework
    return out
