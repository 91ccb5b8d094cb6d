"""Cell values, formats, fills and protection of the questionnaire workbook's sheets.

Kept apart from workbook.py (which assembles the workbook) so each module stays short."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Alignment, PatternFill, Protection
from openpyxl.worksheet.worksheet import Worksheet

from samenwerking_cli.domain.model import Parameter
from samenwerking_cli.domain.text import _
from samenwerking_cli.domain.workbook_layout import (
    ITEMS,
    NO,
    YES,
    Column,
)
from samenwerking_cli.render import xlsx
from samenwerking_cli.render.xlsx import text

LOCKED_FILL = PatternFill("solid", fgColor="EEEEEE")


OPEN = Protection(locked=False)


WRAP = Alignment(wrap_text=True, vertical="top")


# Empty rows made ready (text format, drop-down lists) below the exported ones.
SPARE_ROWS = 200


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
