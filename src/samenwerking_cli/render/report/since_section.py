"""The report's "Sinds <tag or date>" section and the trend line on each region card."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from samenwerking_cli.engine.diff import Change
from samenwerking_cli.engine.since import Since
from samenwerking_cli.render.report.model import Fact, SinceLine, SinceRow, SinceSection, Trend
from samenwerking_cli.render.report.shared import Builder, anchor
from samenwerking_cli.render.views.history import sparkline

TREND_WIDTH = 120
TREND_HEIGHT = 24


def trend(values: Sequence[float | None], label: str) -> Trend | None:
    """A polyline through the known values, scaled to the box (flat when they are all equal);
    None with fewer than two values."""
    known = [(i, v) for i, v in enumerate(values) if v is not None]
    if len(known) < 2:
        return None
    low = min(v for _, v in known)
    high = max(v for _, v in known)
    step = TREND_WIDTH / max(len(values) - 1, 1)
    pad = 3

    def y(v: float) -> float:
        if high == low:
            return TREND_HEIGHT / 2
        return pad + (high - v) / (high - low) * (TREND_HEIGHT - 2 * pad)

    points = " ".join(f"{i * step:.1f},{y(v):.1f}" for i, v in known)
    return Trend(points, TREND_WIDTH, TREND_HEIGHT, sparkline(list(values)), label)


def _signed(b: Builder, value: float | None) -> str:
    if value is None:
        return "–"
    text = b.pct(abs(value)).replace(" %", "").replace("%", "")
    return ("+" if value > 0 else "−" if value < 0 else "±") + text


def _balance(b: Builder, value: float | None) -> str:
    return "–" if value is None else _signed(b, value)


def _moved(then: float | None, now: float | None) -> float | None:
    return None if then is None or now is None else now - then


def section(b: Builder, s: Since, shown: set[str] | None) -> SinceSection:
    t = b.t
    label = s.tag or b.day(s.day)
    rows, deviations, adoption, closed, new_follow_ups, practices = [], [], [], [], [], []
    for r in s.regions:
        if shown is not None and r.id not in shown:
            continue
        where = anchor("regio", r.id)
        then, now = r.then, r.now
        rows.append(
            SinceRow(
                region=r.name,
                anchor=where,
                index_then=b.pct(then.index) if then else t["since_new"],
                index_now=b.pct(now.index) if now else t["since_gone"],
                change=_signed(b, _moved(then.index if then else None, now.index if now else None)),
                balance_then=_balance(b, then.balance) if then else "",
                balance_now=_balance(b, now.balance) if now else "",
            )
        )
        if then and now and then.adoption != now.adoption:
            text = f"{t[f'adoption_{then.adoption}']} → {t[f'adoption_{now.adoption}']}"
            adoption.append(SinceLine(r.name, where, text))
        deviations += [SinceLine(r.name, where, _change(b, c)) for c in r.deviations]
        closed += [
            SinceLine(r.name, where, f"{f.action} ({t[f'follow_up_{f.status}']})") for f in r.closed
        ]
        new_follow_ups += [SinceLine(r.name, where, f.action) for f in r.new_follow_ups]
        practices += [SinceLine(r.name, where, a.title) for a in r.new_practices]
    n_then, n_now = s.national_then, s.national_now
    national = (
        Fact(
            t["since_national_index"],
            f"{b.pct(n_then.index)} → {b.pct(n_now.index)}",
            _signed(b, _moved(n_then.index, n_now.index)),
        ),
        Fact(
            t["since_balance"],
            f"{_balance(b, n_then.balance)} → {_balance(b, n_now.balance)}",
            "",
        ),
    )
    return SinceSection(
        title=t["sec_since"].format(label=label),
        intro=t["since_intro"].format(
            label=label,
            commit=s.commit.id[:12],
            date=b.day(s.commit.date.date()),
            as_of=b.day(b.as_of),
        ),
        national=national,
        trend=trend(s.national_trend, t["trend_label"].format(label=label)),
        rows=tuple(rows),
        deviations=tuple(deviations),
        adoption=tuple(adoption),
        closed=tuple(closed),
        new_follow_ups=tuple(new_follow_ups),
        practices=tuple(practices),
    )


def _shown(b: Builder, change: Change, value: Any) -> str:
    if change.parameter is not None and change.field in (None, "value"):
        return b.value(change.parameter, value)
    return "–" if value is None else str(value)


def _change(b: Builder, c: Change) -> str:
    t = b.t
    if c.kind == "added":
        return t["since_dev_added"].format(title=c.title, value=_shown(b, c, c.new))
    if c.kind == "removed":
        return t["since_dev_removed"].format(title=c.title, value=_shown(b, c, c.old))
    field = t.get(f"since_field_{c.field}", c.field or "")
    return t["since_dev_changed"].format(
        title=c.title, field=field, old=_shown(b, c, c.old), new=_shown(b, c, c.new)
    )


def card_trends(b: Builder, s: Since) -> dict[str, Trend]:
    label = b.t["trend_label"].format(label=s.tag or b.day(s.day))
    out = {}
    for r in s.regions:
        line = trend(r.trend, label)
        if line is not None:
            out[r.id] = line
    return out
