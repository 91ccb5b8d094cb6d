"""Compare, show, contacts and diff as an Excel workbook (`--format xlsx`), for people.

The same rows as the CSV, but typed (see render.xlsx) and with Dutch column headers: the CSV
keeps its stable column names for scripts. Each part of a comparison gets its own sheet.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from samenwerking_cli.domain.model import Parameter
from samenwerking_cli.domain.text import N_, _
from samenwerking_cli.engine.changes import DomainDiff
from samenwerking_cli.engine.compare import DeviationResult
from samenwerking_cli.engine.contacts import Directory
from samenwerking_cli.engine.followups import FollowUpList
from samenwerking_cli.engine.scoring import RegionScore
from samenwerking_cli.engine.views import AgainstView, CompareView, ShowView
from samenwerking_cli.render import xlsx
from samenwerking_cli.render.compare_labels import (
    ABOUT,
    ALL_TOPICS,
    CHANGE,
    EFFECT_WORD,
    SOURCE,
    note,
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


def compare(view: CompareView, canvas: object = None) -> bytes:
    book = xlsx.new_workbook()
    _sheet(
        book,
        SHEET_REGIONS,
        REGION_HEADERS + BALANCE_HEADERS,
        [[*_region(s), _score(s.balance_value), s.balance_rank] for s in view.regions],
    )
    _sheet(
        book,
        SHEET_TOPICS,
        TOPIC_HEADERS,
        [
            [
                text(t.topic.id),
                t.topic.title,
                Typed(round(t.index, 2), xlsx.INDEX) if t.index is not None else None,
                t.deviations.favourable,
                t.deviations.unfavourable,
                t.deviations.neutral,
                _score(t.balance.value),
            ]
            for t in view.overview.topics
        ],
    )
    _sheet(
        book,
        SHEET_DEVIATIONS,
        REGION_HEADERS[:2] + PARAMETER_HEADERS + DEVIATION_HEADERS,
        [_region(s)[:2] + _deviation(d) for s in view.regions for d in s.deviations],
    )
    if len(view.selected) >= 2:
        names = {s.region.id: s.region.name for s in view.selected}
        _sheet(
            book,
            SHEET_DIFFERENCES,
            REGION_HEADERS[:2] + PARAMETER_HEADERS,
            [
                [text(rid), names[rid], *_parameter(d.parameter, d.baseline, value)]
                for d in view.differences
                for rid, value in d.values
            ],
        )
    if view.employer is not None:
        _employer(book, view)
    _excluded(book, view.excluded)
    return xlsx.to_bytes(book)


def _employer(book: Any, view: CompareView) -> None:
    """compare --employer: the employer's own figures per topic, next to the national ones."""
    own = view.employer
    assert own is not None
    name = own.employer.name
    rows: list[list[Any]] = [
        [text(t.topic), t.title, _score(t.index), _score(t.national), None, None, None]
        for t in own.topics
    ]
    from samenwerking_cli.render.views.employer_labels import WEIGHTING

    scores = [_score(own.index), _score(own.national_index)]
    scores += [_score(own.balance), _score(own.national_balance)]
    rows.append([None, name, *scores, _(WEIGHTING[own.weighting])])
    headers = (
        _("Topic"),
        _("Title"),
        _("Index {name}").format(name=name)[:60],
        _("Index, national"),
        _("Employer balance {name}").format(name=name)[:60],
        _("Employer balance, national"),
        _("Weighting"),
    )
    xlsx.sheet(book, _(SHEET_EMPLOYER), headers, rows)


def against(view: AgainstView, canvas: object = None) -> bytes:
    book = xlsx.new_workbook()
    left, right = view.left.region, view.right.region
    _sheet(
        book,
        SHEET_DIFFERENCES,
        (N_("Parameter"), N_("Description"), N_("Unit"), N_("National")),
        [
            [text(d.parameter.id), d.parameter.title, d.parameter.unit]
            + [value_cell(d.parameter, d.baseline)]
            + [value_cell(d.parameter, v) for _rid, v in d.values]
            for d in view.differences
        ],
        left.name,
        right.name,
    )
    return xlsx.to_bytes(book)


def show(view: ShowView, canvas: object = None) -> bytes:
    book = xlsx.new_workbook()
    _sheet(
        book,
        SHEET_SHOW,
        SHOW_HEADERS,
        [
            [
                text(v.parameter.id),
                v.parameter.title,
                text(v.parameter.topic),
                value_cell(v.parameter, v.value),
                v.parameter.unit,
                value_cell(v.parameter, v.parameter.baseline),
                word(SOURCE, v.source),
            ]
            for v in view.resolved.values
        ],
    )
    _excluded(book, view.excluded)
    return xlsx.to_bytes(book)


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
