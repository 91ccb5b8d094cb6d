"""A region's questionnaire as an Excel workbook (`samenwerking workbook`).

For people who do not edit YAML: the framework's deviable parameters one per row with the
national value (locked) and the region's own value (editable, empty = follows the framework),
with Excel's data validation built from the framework (drop-down lists for choices and yes/no,
whole or decimal numbers within min/max, dates), and sheets for contacts, follow-ups and
additions. `samenwerking import` reads it back (workspace/workbook_import.py); the layout both
use is in domain/workbook_layout.py, Excel's checks in workbook_checks.py. This module
assembles the workbook; the sheets are made in workbook_sheets.py and workbook_help.py, their
cells styled in workbook_cells.py.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from samenwerking_cli.domain.model import Framework, Region
from samenwerking_cli.domain.workbook_layout import (
    LIST_SHEETS,
    REGION_FIELDS,
    SHEET_LISTS,
)
from samenwerking_cli.render import xlsx
from samenwerking_cli.render.workbook_checks import Lists
from samenwerking_cli.render.workbook_help import _help, _meta
from samenwerking_cli.render.workbook_sheets import _deviation_sheet, _list_sheet, _region_sheet


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
