"""Sheet names, column headers and row helpers shared by the xlsx views of compare, show,
contacts, diff and follow-ups.

Kept apart from xlsx.py (the compare views) and xlsx_lists.py so each module stays short."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from samenwerking_cli.domain.model import Parameter
from samenwerking_cli.domain.text import N_, _
from samenwerking_cli.engine.compare import DeviationResult
from samenwerking_cli.engine.scoring import RegionScore
from samenwerking_cli.render import xlsx
from samenwerking_cli.render.compare_labels import (
    EFFECT_WORD,
    word,
)
from samenwerking_cli.render.xlsx import Typed, text, value_cell

# Sheet names and column headers people read (msgids; Excel allows at most 31 characters per
# sheet name). They are translated where the sheet is made: see _sheet.
SHEET_REGIONS = N_("Regions")


SHEET_TOPICS = N_("Topics")


SHEET_DEVIATIONS = N_("Deviations")


SHEET_DIFFERENCES = N_("Differences")


SHEET_SHOW = N_("Agreement")


SHEET_CONTACTS = N_("Contacts")


SHEET_MISSING = N_("Without a contact")


SHEET_DIFF = N_("Changes")


SHEET_FOLLOW_UPS = N_("Follow-ups")


SHEET_EMPLOYER = N_("Employer")


REGION_HEADERS = (N_("Region"), N_("Name"), N_("CBS code"), N_("Status"), N_("Index"), N_("Rank"))


BALANCE_HEADERS = (N_("Employer balance"), N_("Rank by balance"))


TOPIC_HEADERS = (
    N_("Topic"),
    N_("Title"),
    N_("Index"),
    N_("Favourable"),
    N_("Unfavourable"),
    N_("Neutral"),
    N_("Employer balance"),
)


SHEET_EXCLUDED = N_("Invalid files")


EXCLUDED_HEADERS = (N_("File"), N_("Rationale"))


EXCLUDED_NOTE = N_("invalid: left out; see the messages of samenwerking validate")


PARAMETER_HEADERS = (
    N_("Parameter"),
    N_("Description"),
    N_("Topic"),
    N_("National"),
    N_("Regional"),
    N_("Unit"),
)


DEVIATION_HEADERS = (
    N_("Difference"),
    N_("Added"),
    N_("Left out"),
    N_("Effect"),
    N_("Rationale"),
    N_("Applies from"),
    N_("Review no later than"),
)


SHOW_HEADERS = (
    N_("Parameter"),
    N_("Description"),
    N_("Topic"),
    N_("Value"),
    N_("Unit"),
    N_("National"),
    N_("Source"),
)


CONTACT_HEADERS = (
    N_("Region"),
    N_("Region name"),
    N_("Job role"),
    N_("Organisation"),
    N_("Contact"),
    N_("E-mail"),
    N_("Phone"),
    N_("Topics"),
    N_("Contact for"),
    N_("Verified on"),
    N_("Months ago"),
    N_("Outdated"),
)


MISSING_HEADERS = (N_("Region"), N_("Region name"), N_("Topic"), N_("Title"))


FOLLOW_UP_HEADERS = (
    N_("Region"),
    N_("Region name"),
    N_("Id"),
    N_("Action"),
    N_("With"),
    N_("Employer"),
    N_("Owner"),
    N_("Due"),
    N_("Status"),
    N_("Agreed at"),
    N_("Done on"),
    N_("Overdue"),
)


DIFF_HEADERS = (
    N_("Change"),
    N_("Subject"),
    N_("Id"),
    N_("Title"),
    N_("Field"),
    N_("Old"),
    N_("New"),
    N_("Rationale"),
)


def _sheet(book: Any, title: str, headers: Sequence[str], rows: Any, *names: str) -> Any:
    """A sheet with its name and headers in the current language; `names` (of regions or an
    employer, from the documents) are appended to the headers as they are."""
    return xlsx.sheet(book, _(title), [*(_(h) for h in headers), *names], rows)


def _opt(value: str | None) -> Any:
    return text(value) if value is not None else None


def _region(s: RegionScore) -> list[Any]:
    r = s.region
    index = Typed(round(s.index, 2), xlsx.INDEX) if s.index is not None else None
    return [text(r.id), r.name, _opt(r.code), text(r.adoption), index, s.rank]


def _score(value: float | None) -> Typed | None:
    return Typed(round(value, 2), xlsx.INDEX) if value is not None else None


def _excluded(book: Any, files: tuple[str, ...]) -> None:
    """Invalid region files the command left out: named in the workbook itself."""
    if files:
        _sheet(book, SHEET_EXCLUDED, EXCLUDED_HEADERS, [[f, _(EXCLUDED_NOTE)] for f in files])


def _parameter(p: Parameter, baseline: Any, value: Any) -> list[Any]:
    return [
        text(p.id),
        p.title,
        text(p.topic),
        value_cell(p, baseline),
        value_cell(p, value),
        p.unit,
    ]


def _deviation(dev: DeviationResult) -> list[Any]:
    p = dev.parameter
    return [
        *_parameter(p, dev.baseline, dev.value),
        value_cell(p, dev.delta),
        list(dev.added) if p.type == "list" else None,
        list(dev.removed) if p.type == "list" else None,
        word(EFFECT_WORD, dev.effect),
        dev.rationale,
        dev.since,
        dev.review_by,
    ]
