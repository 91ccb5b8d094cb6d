"""`follow-ups` as a table, JSON, CSV and Markdown (the calendar is in render/calendar.py).

Document text goes through the same escapes as compare's outputs: escape.terminal on screen,
markdown_cell in Markdown, csv_cell in CSV.
"""

from __future__ import annotations

import json
from typing import Any

from samenwerking_cli.domain.text import N_, _, ngettext
from samenwerking_cli.engine.followups import FollowUpList, Item
from samenwerking_cli.render import formatting
from samenwerking_cli.render.views import csv as compare_csv
from samenwerking_cli.render.views import markdown as compare_markdown
from samenwerking_cli.render.views.canvas import Canvas, draw, make_sheet, short, text
from samenwerking_cli.render.views.layout import Column

# Words this command writes, as msgids (the statuses are the file's own values elsewhere).
TITLE = N_("Follow-ups")
STATUS = {"open": N_("open"), "done": N_("done"), "dropped": N_("dropped")}
OVERDUE = N_("overdue")
NONE_FOUND = N_("No follow-ups match the selection.")
HEADERS = (
    N_("Due"),
    N_("Region"),
    N_("Action"),
    N_("With"),
    N_("Owner"),
    N_("Status"),
    N_("Agreed at"),
)


def _summary(view: FollowUpList) -> str:
    n = len(view.items)
    open_ = sum(i.follow_up.status == "open" for i in view.items)
    overdue = sum(i.overdue for i in view.items)
    return ngettext(
        "{n} follow-up: {open} open, {overdue} of them overdue on the reference date {date}.",
        "{n} follow-ups: {open} open, {overdue} of them overdue on the reference date {date}.",
        n,
    ).format(n=n, open=open_, overdue=overdue, date=formatting.day(view.as_of))


def _status(item: Item) -> str:
    f = item.follow_up
    text = _(STATUS[f.status]) if f.status in STATUS else f.status
    if f.done_on is not None:
        text += " " + _("on {date}").format(date=formatting.day(f.done_on))
    return f"{text} · {_(OVERDUE)}" if item.overdue else text


def _with(item: Item) -> str:
    f = item.follow_up
    parts = [
        p for p in (f.with_, _("employer {id}").format(id=f.employer) if f.employer else None) if p
    ]
    return ", ".join(parts)


def table(view: FollowUpList, canvas: Canvas | None = None) -> str:
    date = formatting.day(view.as_of)
    head = text(f"{_(TITLE)} · " + _("reference date {date}").format(date=date), "bold")
    if not view.items:
        return draw([head, text(_(NONE_FOUND), "yellow")], canvas)
    h = [_(header) for header in HEADERS]
    sheet = make_sheet(
        short(h[0]),
        h[1],
        h[2],
        Column(h[3], optional=True),
        Column(h[4], optional=True),
        h[5],
        Column(h[6], optional=True),
    )
    for item in view.items:
        f = item.follow_up
        sheet.add_row(
            text(formatting.day(f.due) or "–", "red" if item.overdue else ""),
            text(item.region.name),
            (text(f.action), text(f.id, "dim")) if f.id else text(f.action),
            text(_with(item)),
            text(f.owner),
            text(_status(item), "red" if item.overdue else ""),
            text(f.made_at),
        )
    return draw([head, sheet, text(_summary(view))], canvas)


def _record(item: Item) -> dict[str, Any]:
    f = item.follow_up
    return {
        "region": item.region.id,
        "name": item.region.name,
        "id": f.id,
        "uid": item.uid,
        "action": f.action,
        "with": f.with_,
        "employer": f.employer,
        "owner": f.owner,
        "due": f.due.isoformat() if f.due else None,
        "status": f.status,
        "made_at": f.made_at,
        "done_on": f.done_on.isoformat() if f.done_on else None,
        "overdue": item.overdue,
    }


def json_(view: FollowUpList, canvas: object = None) -> str:
    data = {"as_of": view.as_of.isoformat(), "follow_ups": [_record(i) for i in view.items]}
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


COLUMNS = (
    "region",
    "name",
    "id",
    "action",
    "with",
    "employer",
    "owner",
    "due",
    "status",
    "made_at",
    "done_on",
    "overdue",
)


def csv(view: FollowUpList, canvas: object = None) -> str:
    rows = []
    for item in view.items:
        r = _record(item)
        rows.append(
            [r[c] if c not in ("due", "done_on") else getattr(item.follow_up, c) for c in COLUMNS]
        )
    return compare_csv.sheet(COLUMNS, rows)


def markdown(view: FollowUpList, canvas: object = None) -> str:
    date = formatting.day(view.as_of)
    lines = [f"# {_(TITLE)}", "", _("Reference date {date}.").format(date=date), ""]
    if not view.items:
        return "\n".join([*lines, _(NONE_FOUND)]) + "\n"
    rows = [
        [
            formatting.day(i.follow_up.due) or "–",
            i.region.name,
            i.follow_up.action,
            _with(i),
            i.follow_up.owner or "",
            _status(i),
            i.follow_up.made_at or "",
        ]
        for i in view.items
    ]
    lines += compare_markdown._table([_(text) for text in HEADERS], rows)
    lines += ["", _summary(view)]
    return "\n".join(lines) + "\n"


FORMATS = {"table": table, "json": json_, "csv": csv, "markdown": markdown}
