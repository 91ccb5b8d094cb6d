"""The questionnaire's Instructions sheet and the hidden sheet that names the region and framework.

Kept apart from workbook.py so each module stays short."""

from __future__ import annotations

from datetime import date

from openpyxl import Workbook
from openpyxl.styles import Font

from samenwerking_cli import __version__
from samenwerking_cli.domain.model import Framework
from samenwerking_cli.domain.text import N_, _
from samenwerking_cli.domain.workbook_layout import (
    FORMAT_VERSION,
    MARKER,
    SHEET_HELP,
    SHEET_META,
)
from samenwerking_cli.render import formatting, xlsx
from samenwerking_cli.render.workbook_cells import WRAP
from samenwerking_cli.render.xlsx import text

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
