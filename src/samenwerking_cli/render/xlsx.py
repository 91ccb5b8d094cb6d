"""Excel workbooks (.xlsx) for people: typed cells with Dutch display formats, a frozen header
row, an autofilter and column widths that fit.

Why not CSV for people: Excel and LibreOffice (nl-NL) guess the type of every CSV cell, so a
phone number `0318 123456` can lose its zero and a text `1-3` becomes 1 March. Here every cell
has its type: numbers and amounts are numbers, dates are dates, phone numbers and ids are text.
Text from documents is always a text cell, also when it starts with `=`: it is never a formula.
Number formats are stored language-neutral; Excel shows them with the reader's separators, so
`#,##0.00` reads `1.234,50` in Dutch Excel.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from samenwerking_cli.domain.model import Parameter
from samenwerking_cli.render import escape, formatting

MONEY = "[$€-413] #,##0.00"  # € 1.234,50 in Dutch Excel
INTEGER = "0"
NUMBER = "General"  # as many decimals as the value has, with the reader's decimal sign
INDEX = "0.0"
DATE = "dd-mm-yyyy"
TEXT = "@"

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE5F0")
MIN_WIDTH, MAX_WIDTH = 6, 60
WRAP = Alignment(wrap_text=True, vertical="top")


@dataclass(frozen=True, slots=True)
class Typed:
    """A value with the number format it is shown with."""

    value: Any
    format: str


def text(value: str) -> Typed:
    """Document text (ids, phone numbers too): a text cell, control characters made visible."""
    return Typed(escape.terminal(value), TEXT)


def value_cell(param: Parameter | None, value: Any) -> Any:
    """A parameter's value as its type says: amounts in euro, whole numbers, yes/no as ja/nee."""
    if value is None:
        return None
    kind = param.type if param is not None else None
    if isinstance(value, bool):
        return formatting.yes_no(value)
    if isinstance(value, int | float):
        if kind == "money":
            return Typed(value, MONEY)
        if kind == "integer" or (isinstance(value, int) and kind is None):
            return Typed(value, INTEGER)
        return Typed(value, NUMBER)
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return value


def put(cell: Cell | MergedCell, value: Any) -> int:
    """Write one value into `cell` with its type; returns the width it needs."""
    fmt: str | None = None
    if isinstance(value, Typed):
        value, fmt = value.value, value.format
    if value is None:
        return 0
    if isinstance(value, bool):
        value = formatting.yes_no(value)
    if isinstance(value, list | tuple):
        value = ", ".join(str(v) for v in value)
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        cell.value = value
        cell.number_format = fmt or DATE
        return 10
    if isinstance(value, int | float):
        cell.value = value
        cell.number_format = fmt or NUMBER
        return len(formatting.number(value, 2 if fmt == MONEY else None)) + (
            2 if fmt == MONEY else 0
        )
    shown = escape.terminal(str(value))
    cell.value = shown
    cell.data_type = "s"  # never a formula, whatever it starts with
    cell.number_format = TEXT
    if "\n" in shown:
        cell.alignment = WRAP
    return max((len(line) for line in shown.splitlines()), default=0)


def sheet(
    workbook: Workbook,
    title: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
) -> Worksheet:
    """A sheet with a bold, frozen header row, an autofilter and fitted column widths."""
    ws: Worksheet = workbook.create_sheet(title)
    widths = [len(h) + 3 for h in headers]  # room for the filter button
    for col, header in enumerate(headers, start=1):
        cell = ws.cell(row=1, column=col, value=header)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
    row_number = 1
    for row_number, row in enumerate(rows, start=2):
        for col, value in enumerate(row, start=1):
            needed = put(ws.cell(row=row_number, column=col), value)
            widths[col - 1] = max(widths[col - 1], needed + 1)
    fit_columns(ws, widths)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{row_number}"
    return ws


def fit_columns(ws: Worksheet, widths: Sequence[int]) -> None:
    for col, width in enumerate(widths, start=1):
        letter = get_column_letter(col)
        ws.column_dimensions[letter].width = min(MAX_WIDTH, max(MIN_WIDTH, width))


def new_workbook() -> Workbook:
    workbook = Workbook()
    assert workbook.active is not None
    workbook.remove(workbook.active)  # sheets are added by name
    return workbook


def to_bytes(workbook: Workbook) -> bytes:
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
