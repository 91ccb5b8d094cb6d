"""`practices` as a table, JSON, CSV and Markdown: each good practice, where it started and
which regions use it."""

from __future__ import annotations

import json
from typing import Any

from samenwerking_cli.domain.text import N_, _, ngettext
from samenwerking_cli.engine.practices import Practice, PracticeList
from samenwerking_cli.render.views import csv as compare_csv
from samenwerking_cli.render.views import markdown as compare_markdown
from samenwerking_cli.render.views.canvas import Canvas, draw, make_sheet, text

TITLE = N_("Good practices")
HEADERS = (N_("Practice"), N_("Topic"), N_("Origin"), N_("Used in"), N_("Regions"))
OWN = N_("the region's own practice")
UNKNOWN_ORIGIN = N_("unknown region")
NONE_FOUND = N_("No good practices recorded.")


def _origin(p: Practice) -> str:
    if p.origin is None:
        return ""
    if p.origin_region is None:
        return f"{p.origin} ({_(UNKNOWN_ORIGIN)})"
    return p.origin_region.name


def _users(p: Practice) -> str:
    return ", ".join(r.name for r in p.regions)


def _summary(view: PracticeList) -> str:
    shared = [p for p in view.practices if p.id is not None]
    spread = sum(len(p.spread) > 0 for p in shared)
    return ngettext(
        "{n} practice, {shared} of them with a shared id; {spread} of those taken up by other "
        "regions.",
        "{n} practices, {shared} of them with a shared id; {spread} of those taken up by other "
        "regions.",
        len(view.practices),
    ).format(n=len(view.practices), shared=len(shared), spread=spread)


def table(view: PracticeList, canvas: Canvas | None = None) -> str:
    head = text(_(TITLE), "bold")
    if not view.practices:
        return draw([head, text(_(NONE_FOUND))], canvas)
    sheet = make_sheet(*[_(header) for header in HEADERS[:4]])
    for p in view.practices:
        title = (text(p.title), text(p.id, "dim")) if p.id else text(p.title)
        sheet.add_row(title, text(view.topic(p)), text(_origin(p)), text(_users(p)))
    return draw([head, sheet, text(_summary(view))], canvas)


def _record(p: Practice) -> dict[str, Any]:
    return {
        "practice": p.id,
        "title": p.title,
        "topic": p.topic,
        "origin": p.origin,
        "origin_known": p.origin_region is not None if p.origin else None,
        "regions": [u.region.id for u in p.uses],
        "spread_to": [r.id for r in p.spread] if p.origin else [],
    }


def json_(view: PracticeList, canvas: object = None) -> str:
    data = {"practices": [_record(p) for p in view.practices]}
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


COLUMNS = ("practice", "title", "topic", "origin", "region", "name", "role")


def csv(view: PracticeList, canvas: object = None) -> str:
    """One row per practice × region that uses it; `role`: `herkomst` or `overgenomen`."""
    rows = []
    for p in view.practices:
        for u in p.uses:
            role = "herkomst" if u.region.id == p.origin else ("overgenomen" if p.origin else "")
            rows.append([p.id, p.title, p.topic, p.origin, u.region.id, u.region.name, role])
    return compare_csv.sheet(COLUMNS, rows)


def markdown(view: PracticeList, canvas: object = None) -> str:
    lines = [f"# {_(TITLE)}", ""]
    if not view.practices:
        return "\n".join([*lines, _(NONE_FOUND)]) + "\n"
    rows = [[p.title, view.topic(p), _origin(p), _users(p)] for p in view.practices]
    lines += compare_markdown._table([_(text) for text in HEADERS[:4]], rows)
    lines += ["", _summary(view)]
    return "\n".join(lines) + "\n"


FORMATS = {"table": table, "json": json_, "csv": csv, "markdown": markdown}
