"""Read a filled-in region workbook back: each cell's value with its place (`Afwijkingen!F12`).

Bounded on purpose, since a workbook comes back from outside: the file and its unpacked size
are checked before openpyxl parses anything (a zip bomb stays packed), and each sheet is read
only up to MAX_ROWS rows and MAX_COLUMNS columns, in openpyxl's streaming (read-only) mode.
Whatever is wrong with the file itself (not a workbook, not ours, a sheet or column missing) is a
UserError (exit 2); what is wrong with the values is for validation to say.
"""

from __future__ import annotations

import io
import stat
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from samenwerking_cli.domain.findings import UserError
from samenwerking_cli.domain.text import N_, _
from samenwerking_cli.domain.workbook_layout import (
    DATA_SHEETS,
    DEVIATION_COLUMNS,
    FORMAT_VERSION,
    LIST_SHEETS,
    MARKER,
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    MAX_ROWS,
    MAX_UNPACKED_BYTES,
    REGION_COLUMNS,
    SHEET_DEVIATIONS,
    SHEET_META,
    SHEET_REGION,
    Column,
    in_language,
    language_of,
    spellings,
)

NOT_OURS_HINT = N_("make the workbook with `samenwerking workbook REGION` and fill that one in")
LAYOUT_HINT = N_(
    "keep the sheet names and column headers as `samenwerking workbook` made them, "
    "or make a new workbook"
)


@dataclass(frozen=True, slots=True)
class Cell:
    ref: str  # Sheet!A1
    value: Any  # str, int, float, bool, date; None when empty


@dataclass(frozen=True, slots=True)
class Row:
    number: int
    cells: dict[str, Cell]  # YAML key -> the cell of that column

    def value(self, key: str) -> Any:
        cell = self.cells.get(key)
        return cell.value if cell is not None else None

    @property
    def empty(self) -> bool:
        return all(c.value is None for k, c in self.cells.items() if k not in ("nr", "id"))


@dataclass(slots=True)
class FilledWorkbook:
    display: str
    region: str
    framework: str
    region_cells: dict[str, Cell] = field(default_factory=dict)  # field key -> its value cell
    deviations: list[Row] = field(default_factory=list)
    lists: dict[str, list[Row]] = field(default_factory=dict)  # "contacts" -> rows


def _col(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)


def _plain(value: Any) -> Any:
    """Empty text is an empty cell; a date-time is its date (Excel stores dates as date-times)."""
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date | int | float | bool) or value is None:
        return value
    return str(value)  # a time or a duration: shown as text, refused by validation


def _bytes(path: Path, display: str) -> bytes:
    try:
        st = path.stat()
        if stat.S_ISDIR(st.st_mode):
            raise UserError(
                _("{file} is a folder, not a workbook").format(file=display),
                _("give the .xlsx file"),
            )
        if st.st_size > MAX_FILE_BYTES:
            raise UserError(
                _("{file} is {size} MB; a region's workbook is at most {most} MB").format(
                    file=display,
                    size=f"{st.st_size / 1048576:.1f}",
                    most=MAX_FILE_BYTES // 1048576,
                ),
                _("check that this is the right file"),
            )
        with open(path, "rb") as handle:
            return handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise UserError(
            _("{path} does not exist").format(path=display), _("check the path and the file name")
        ) from None
    except OSError as exc:
        raise UserError(
            _("the file cannot be read: {reason}").format(reason=f"{display}: {exc.strerror}"),
            _("check the path and its permissions"),
        ) from None


def _not_xlsx(display: str) -> UserError:
    return UserError(
        _("{file} is not an Excel workbook (.xlsx)").format(file=display),
        _(
            "save it in Excel as 'Excel-werkmap (*.xlsx)', or make a new one with "
            "`samenwerking workbook`"
        ),
    )


def _check_zip(data: bytes, display: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise _not_xlsx(display) from None
    if len(entries) > 1000 or sum(e.file_size for e in entries) > MAX_UNPACKED_BYTES:
        raise UserError(
            _("{file} unpacks to more than {most} MB; a region's workbook is far smaller").format(
                file=display, most=MAX_UNPACKED_BYTES // 1048576
            ),
            _("check that this is the right file"),
        )


def read(path: Path, display: str | None = None) -> FilledWorkbook:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    display = display or str(path)
    data = _bytes(path, display)
    if len(data) > MAX_FILE_BYTES:
        raise UserError(_("{file} grew while it was read").format(file=display), _("try again"))
    _check_zip(data, display)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, ParseError, OSError):
        raise _not_xlsx(display) from None
    try:
        return _read(book, display)
    except (KeyError, ValueError, TypeError, ParseError, zipfile.BadZipFile, IndexError):
        raise UserError(
            _("{file} is damaged: part of the workbook cannot be read").format(file=display),
            _("open it in Excel and save it again, or make a new one with `samenwerking workbook`"),
        ) from None
    finally:
        book.close()


def _rows(book: Any, name: str) -> list[tuple[Any, ...]]:
    ws = book[name]
    max_row = getattr(ws, "max_row", None)
    if isinstance(max_row, int) and max_row > MAX_ROWS + 1:
        _too_many(name)
    rows = [
        tuple(_plain(v) for v in row)
        for row in ws.iter_rows(
            min_row=1, max_row=MAX_ROWS + 2, max_col=MAX_COLUMNS, values_only=True
        )
    ]
    if len(rows) > MAX_ROWS + 1 and any(v is not None for v in rows[MAX_ROWS + 1]):
        _too_many(name)
    return rows[: MAX_ROWS + 1]


def _too_many(name: str) -> None:
    raise UserError(
        _(
            "the sheet {name} has more than {rows} rows; a region's workbook holds a few dozen"
        ).format(name=name, rows=MAX_ROWS),
        _("remove the empty or extra rows at the bottom, or check that this is the right file"),
    )


def _read(book: Any, display: str) -> FilledWorkbook:
    names = list(book.sheetnames)
    meta = _meta(book, names, display)
    # Each sheet by its name in the workbook's language, whichever that is.
    found = {s: next((n for n in spellings(s) if n in names), None) for s in DATA_SHEETS}
    lang = language_of(names)
    missing = [in_language(s, lang) for s, name in found.items() if name is None]
    if missing:
        raise UserError(
            _("{file} has no sheet {sheets}").format(file=display, sheets=", ".join(missing)),
            _(LAYOUT_HINT),
        )
    sheet = {s: str(name) for s, name in found.items()}
    out = FilledWorkbook(display, meta["region"], meta["framework"])
    for row in _table(book, sheet[SHEET_REGION], REGION_COLUMNS, ("key", "value"), lang):
        key = row.value("key")
        if isinstance(key, str) and "value" in row.cells:
            out.region_cells[key] = row.cells["value"]
    out.deviations = _table(book, sheet[SHEET_DEVIATIONS], DEVIATION_COLUMNS, None, lang)
    for msgid, key, columns in LIST_SHEETS:
        out.lists[key] = _table(book, sheet[msgid], columns, None, lang)
    return out


def _meta(book: Any, names: list[str], display: str) -> dict[str, str]:
    if SHEET_META not in names:
        raise UserError(
            _("{file} is not a workbook made by `samenwerking workbook`").format(file=display),
            _(NOT_OURS_HINT),
        )
    rows = _rows(book, SHEET_META)
    if not rows or len(rows[0]) < 2 or rows[0][0] != MARKER:
        raise UserError(
            _("{file} is not a workbook made by `samenwerking workbook`").format(file=display),
            _(NOT_OURS_HINT),
        )
    version = rows[0][1]
    if not isinstance(version, int | float) or version > FORMAT_VERSION:
        raise UserError(
            _("{file} was made by a newer version of samenwerking").format(file=display),
            _("update samenwerking, then import again"),
        )
    meta = {str(r[0]): r[1] for r in rows[1:] if len(r) >= 2 and r[0] is not None}
    for key in ("region", "framework"):
        if not isinstance(meta.get(key), str):
            raise UserError(
                _("{file} does not say which {key} it is for").format(file=display, key=key),
                _(NOT_OURS_HINT),
            )
    return {k: str(v) for k, v in meta.items()}


def _table(
    book: Any,
    name: str,
    columns: tuple[Column, ...],
    required: tuple[str, ...] | None,
    lang: str,
) -> list[Row]:
    """Rows below the header, keyed by the YAML key of each column found by its header (in any
    language; a missing one is named in `lang`, the workbook's)."""
    rows = _rows(book, name)
    headers = [str(v).strip() if v is not None else "" for v in (rows[0] if rows else ())]
    wanted = [c for c in columns if c.key and (required is None or c.key in required)]
    where: dict[str, int] = {}
    for column in wanted:
        spelled = next((h for h in spellings(column.header) if h in headers), None)
        if spelled is not None:
            where[column.key] = headers.index(spelled)
        elif column.key != "nr":  # without nr every row is new: the import still works
            raise UserError(
                _("the sheet {name} has no column “{column}”").format(
                    name=name, column=in_language(column.header, lang)
                ),
                _(LAYOUT_HINT),
            )
    out = []
    for number, values in enumerate(rows[1:], start=2):
        cells = {
            key: Cell(f"{name}!{_col(i + 1)}{number}", values[i] if i < len(values) else None)
            for key, i in where.items()
        }
        out.append(Row(number, cells))
    return out
