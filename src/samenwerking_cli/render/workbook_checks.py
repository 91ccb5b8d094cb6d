"""Excel's own checks in a region's workbook, built from the framework: drop-down lists for
choices and yes/no, whole or decimal numbers within min/max, dates; and the words for
'Possible values'. Excel stops most wrong values while typing; `samenwerking import` checks
everything again, since a pasted value passes Excel's checks.
"""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from samenwerking_cli.domain.model import Parameter
from samenwerking_cli.domain.text import N_, _
from samenwerking_cli.domain.workbook_layout import NO, SHEET_LISTS, YES
from samenwerking_cli.render import formatting, xlsx
from samenwerking_cli.render.xlsx import text

FIRST_DAY, LAST_DAY = "DATE(1990,1,1)", "DATE(2100,12,31)"
INVALID_TITLE = N_("Invalid value")
DATE_ERROR = N_("Fill in a date, for example 1-3-2025.")
CHOICE_ERROR = N_("Choose a value from the list.")


KIND = {
    "integer": N_("a whole number"),
    "number": N_("a number"),
    "money": N_("an amount in euros"),
}


def _num(param: Parameter, x: float) -> str:
    if param.type == "money":
        return formatting.money(x)
    return formatting.number(x)


def _labelled(param: Parameter, choice: str) -> str:
    """`uwv-erkend (door UWV erkend)`: the value to choose, with its words where it has them."""
    label = param.label(choice)
    return choice if label == choice else f"{choice} ({label})"


def allowed(param: Parameter) -> str:
    """What may be filled in, in words, for the column 'Possible values'."""
    if param.type == "boolean":
        return _("{yes} or {no}").format(yes=_(YES), no=_(NO))
    if param.type == "choice":
        return ", ".join(_labelled(param, c) for c in param.choices)
    if param.type == "list":
        labelled = ", ".join(_labelled(param, c) for c in param.choices)
        items = "; " + _("possible: {choices}").format(choices=labelled) if param.choices else ""
        return _("one per line (Alt+Enter), or separated by commas") + items
    if param.type == "text":
        return _("text")
    words = _(KIND[param.type])
    if param.min is not None and param.max is not None:
        return _("{kind} from {low} up to and including {high}").format(
            kind=words, low=_num(param, param.min), high=_num(param, param.max)
        )
    if param.min is not None:
        return _("{kind} of {low} or more").format(kind=words, low=_num(param, param.min))
    if param.max is not None:
        return _("{kind} up to and including {high}").format(
            kind=words, high=_num(param, param.max)
        )
    return words


class Lists:
    """The hidden sheet of drop-down choices: one column per list, named by its range."""

    def __init__(self, book: Workbook) -> None:
        self.sheet: Worksheet = book.create_sheet(SHEET_LISTS)
        self.sheet.sheet_state = "hidden"
        self.ranges: dict[tuple[str, ...], str] = {}

    def range(self, choices: Sequence[str]) -> str:
        key = tuple(choices)
        if key not in self.ranges:
            col = len(self.ranges) + 1
            for row, choice in enumerate(key, start=1):
                xlsx.put(self.sheet.cell(row=row, column=col), text(choice))
            letter = get_column_letter(col)
            self.ranges[key] = f"{quote_sheetname(SHEET_LISTS)}!${letter}$1:${letter}${len(key)}"
        return self.ranges[key]


def choice_rule(lists: Lists, choices: Sequence[str]) -> DataValidation:
    return DataValidation(
        type="list",
        formula1=lists.range(choices),
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=_(INVALID_TITLE),
        error=_(CHOICE_ERROR),
    )


def date_rule() -> DataValidation:
    return DataValidation(
        type="date",
        operator="between",
        formula1=FIRST_DAY,
        formula2=LAST_DAY,
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=_(INVALID_TITLE),
        error=_(DATE_ERROR),
    )


def value_rule(lists: Lists, param: Parameter) -> DataValidation | None:
    """Excel's own check for a deviation's value, from the framework's definition."""
    if param.type == "boolean":
        rule = choice_rule(lists, (_(YES), _(NO)))
    elif param.type == "choice" and param.choices:
        rule = choice_rule(lists, param.choices)
    elif param.type in ("integer", "number", "money"):
        low = param.min if param.min is not None else -1e12
        high = param.max if param.max is not None else 1e12
        rule = DataValidation(
            type="whole" if param.type == "integer" else "decimal",
            operator="between",
            formula1=_formula_number(low),
            formula2=_formula_number(high),
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=_(INVALID_TITLE),
            error=_("Fill in {what}.").format(what=allowed(param))[:255],
        )
    else:
        return None
    rule.promptTitle = _("Possible values")
    rule.prompt = allowed(param)[:255]
    rule.showInputMessage = True
    return rule


def _formula_number(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else repr(float(x))
