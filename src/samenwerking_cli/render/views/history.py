"""`samenwerking history` as a terminal table with a sparkline per region, JSON and CSV."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from rich.console import RenderableType

from samenwerking_cli.domain.text import N_, _, ngettext
from samenwerking_cli.engine.history import Figures, History, Point
from samenwerking_cli.render import formatting
from samenwerking_cli.render.compare_labels import ADOPTION, word
from samenwerking_cli.render.views.canvas import Canvas, draw, make_sheet, short, text
from samenwerking_cli.render.views.csv import _Raw, _sheet, number

SPARKS = "▁▂▃▄▅▆▇█"
NO_POINTS = N_("No commits that changed the agreements in this range.")
# Above this many points the table lists the regions only; the points are in json and csv.
POINTS_SHOWN = 30
EVERY_WORDS = {"commit": N_("per commit"), "tag": N_("per tag"), "month": N_("per month")}
NATIONAL = N_("national")
# The CSV's `scope` column: stable values for a filter, the same in every language (README).
SCOPES = {"national": "landelijk", "topic": "onderwerp", "region": "regio"}


def sparkline(values: list[float | None]) -> str:
    """One character per point, scaled between the lowest and highest value; a gap for none."""
    known = [v for v in values if v is not None]
    if not known:
        return " " * len(values)
    low, high = min(known), max(known)
    out = []
    for v in values:
        if v is None:
            out.append(" ")
        elif high == low:
            out.append(SPARKS[3])
        else:
            out.append(SPARKS[round((v - low) / (high - low) * (len(SPARKS) - 1))])
    return "".join(out)


def _index(value: float | None) -> str:
    return formatting.percent(value) if value is not None else "–"


def _signed(value: float | None) -> str:
    if value is None:
        return "–"
    text = formatting.number(round(value, 1), 1)
    return ("+" + text) if value > 0 else text.replace("-", "−")


def _change(first: float | None, last: float | None) -> str:
    if first is None or last is None:
        return "–"
    return _signed(last - first)


def _problem(point: Point) -> str:
    if point.problem == "invalid":
        n = point.errors
        return ngettext("{n} invalid file", "{n} invalid files", n).format(n=n)
    return _("no framework")


def _short_ref(point: Point) -> str:
    return ", ".join(point.commit.tags) or point.commit.id[:10]


def _series(points: tuple[Point, ...], pick: Callable[[Point], Figures | None]) -> list[Any]:
    return [(f.index if (f := pick(p)) is not None else None) for p in points]


def table(view: History, canvas: Canvas | None = None) -> str:
    points = view.points
    parts: list[RenderableType] = []
    if not points:
        return draw([text(_(NO_POINTS))], canvas)
    first, last = points[0].commit, points[-1].commit
    n = len(points)
    heading = text(
        ngettext(
            "History: {n} moment ({every}), {first} – {last}",
            "History: {n} moments ({every}), {first} – {last}",
            n,
        ).format(
            n=n,
            every=_(EVERY_WORDS[view.every]),
            first=formatting.day(first.date.date()),
            last=formatting.day(last.date.date()),
        ),
        "bold",
    )
    reference = _("reference date {day}").format(day=formatting.day(view.as_of))
    heading.append(text(f" · {reference}"))
    parts.append(heading)
    if len(points) <= POINTS_SHOWN:
        moments = make_sheet(
            _("Date"),
            _("Commit or tag"),
            short(_("National index")),
            short(_("Employer balance")),
            title=_("Moments"),
        )
        for p in points:
            moments.add_row(
                text(formatting.day(p.commit.date.date())),
                text(_short_ref(p)),
                text(_problem(p) if p.problem else _index(p.national.index)),
                text("" if p.problem else _signed(p.national.balance)),
            )
        parts.append(moments)
    rows = make_sheet(
        _("Region"),
        _("Status now"),
        short(_("First")),
        short(_("Now")),
        short(_("Difference")),
        _("Trend"),
        title=_("Harmonisation index per region"),
    )
    national = _series(points, lambda p: p.national if p.problem is None else None)
    rows.add_row(
        text(_("National"), "bold"),
        text(""),
        text(_index(national[0])),
        text(_index(national[-1])),
        text(_change(national[0], national[-1])),
        text(sparkline(national)),
    )
    for rid, name in view.names.items():
        series = _series(points, lambda p, r=rid: p.regions.get(r))  # type: ignore[misc]
        now = points[-1].regions.get(rid)
        adoption = now.adoption if now is not None else None
        rows.add_row(
            text(name),
            text(word(ADOPTION, adoption) if adoption else _("no longer present")),
            text(_index(series[0])),
            text(_index(series[-1])),
            text(_change(series[0], series[-1])),
            text(sparkline(series)),
        )
    parts.append(rows)
    return draw(parts, canvas)


def _figures(f: Figures, *, adoption: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {"index": f.index, "balance": f.balance}
    if adoption:
        out["adoption"] = f.adoption
    return out


def as_json(view: History, canvas: object = None) -> str:
    data = {
        "as_of": view.as_of.isoformat(),
        "every": view.every,
        "points": [
            {
                "ref": p.commit.id,
                "date": p.commit.date.isoformat(),
                "tags": list(p.commit.tags),
                "valid": p.problem is None,
                "problem": p.problem,
                "national": _figures(p.national),
                "topics": {t: _figures(f) for t, f in p.topics.items()},
                "regions": {r: _figures(f, adoption=True) for r, f in p.regions.items()},
            }
            for p in view.points
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


CSV_HEADER = ("ref", "date", "tags", "scope", "id", "name", "adoption", "index", "balance")


def _num(value: float | None) -> Any:
    return "" if value is None else _Raw(number(round(value, 2)))


def _csv_rows(view: History) -> Iterator[list[Any]]:
    for p in view.points:
        head = [p.commit.id, p.commit.date.date(), " ".join(p.commit.tags)]
        rows: list[tuple[str, str, str, Figures]] = [("national", "", _(NATIONAL), p.national)]
        rows += [("topic", t, f.name, f) for t, f in p.topics.items()]
        rows += [("region", r, f.name, f) for r, f in p.regions.items()]
        for scope, ident, name, f in rows:
            yield [*head, SCOPES[scope], ident, name, f.adoption, _num(f.index), _num(f.balance)]


def as_csv(view: History, canvas: object = None) -> str:
    return _sheet(CSV_HEADER, _csv_rows(view))


FORMATS: dict[str, Callable[[History, Any], str]] = {
    "table": table,
    "json": as_json,
    "csv": as_csv,
}
