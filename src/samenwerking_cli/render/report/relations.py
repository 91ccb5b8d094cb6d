"""The report's landkaart of follow-ups, its list per session, and the spread of practices."""

from __future__ import annotations

from collections.abc import Sequence

from samenwerking_cli.domain.model import Region
from samenwerking_cli.engine import followups
from samenwerking_cli.engine.practices import Practice, practices
from samenwerking_cli.render.report import tilemap
from samenwerking_cli.render.report.model import (
    CountMap,
    CountTile,
    FollowUpSection,
    MapClass,
    PracticeSpread,
    SessionGroup,
    SessionRow,
)
from samenwerking_cli.render.report.scoreboard import GAP, TILE_H, TILE_W, _wrap
from samenwerking_cli.render.report.shared import Builder, anchor
from samenwerking_cli.validation.dates import parse_date

FU_CLASSES = ("fu-overdue", "fu-open", "fu-done", "fu-none")
PR_CLASSES = ("pr-origin", "pr-used", "pr-none")
SMALL_W, SMALL_H, SMALL_GAP = 46, 30, 4


def _places(regions: Sequence[Region]) -> dict[str, tuple[int, int]]:
    """Column and row of every region, as on the report's main map (unplaced: extra rows)."""
    unplaced = sorted(
        (r for r in regions if (r.code or "") not in tilemap.TILES),
        key=lambda r: r.name.casefold(),
    )
    extra = {
        r.id: (i % tilemap.COLUMNS, tilemap.ROWS + i // tilemap.COLUMNS)
        for i, r in enumerate(unplaced)
    }
    return {r.id: tilemap.TILES.get(r.code or "", extra.get(r.id, (0, 0))) for r in regions}


def _size(places: dict[str, tuple[int, int]], w: int, h: int, gap: int) -> tuple[int, int]:
    rows = 1 + max((row for _, row in places.values()), default=0)
    return tilemap.COLUMNS * (w + gap) - gap, rows * (h + gap) - gap


def _fu_class(c: followups.RegionCount) -> str:
    if c.overdue:
        return "fu-overdue"
    if c.open:
        return "fu-open"
    return "fu-done" if c.total else "fu-none"


def follow_up_section(b: Builder, shown: Sequence[Region]) -> FollowUpSection:
    t = b.t
    every = [rs.region for rs in b.ov.regions]
    places = _places(every)
    counts = followups.per_region(every, b.as_of)
    shown_ids = {r.id for r in shown}
    tiles = []
    for region in every:
        col, row = places[region.id]
        c = counts[region.id]
        tiles.append(
            CountTile(
                x=col * (TILE_W + GAP),
                y=row * (TILE_H + GAP),
                code=region.code or "",
                name=region.name,
                lines=_wrap(region.name, lines=2),
                klass=_fu_class(c),
                anchor=anchor("regio", region.id) if region.id in shown_ids else None,
                title=t["fu_tile_title"].format(
                    region=region.name, open=c.open, overdue=c.overdue, done=c.done
                ),
                counts=(c.open, c.overdue, c.done),
            )
        )
    tiles.sort(key=lambda tl: (tl.y, tl.x))
    width, height = _size(places, TILE_W, TILE_H, GAP)
    names = {
        "fu-overdue": t["fu_class_overdue"],
        "fu-open": t["fu_class_open"],
        "fu-done": t["fu_class_done"],
        "fu-none": t["fu_class_none"],
    }
    fu_map = CountMap(
        width,
        height,
        TILE_W,
        TILE_H,
        tuple(tiles),
        tuple(MapClass(k, names[k]) for k in FU_CLASSES),
        t["fu_map_caption"],
    )
    items = followups.follow_ups(shown, b.as_of).items
    shown_counts = [counts[r.id] for r in shown]
    summary = t["fu_summary"].format(
        total=sum(c.total for c in shown_counts),
        open=sum(c.open for c in shown_counts),
        overdue=sum(c.overdue for c in shown_counts),
        done=sum(c.done for c in shown_counts),
        dropped=sum(c.dropped for c in shown_counts),
    )
    if len(shown) < len(every):  # a figure for a subset says so
        summary = t["fu_summary_selection"].format(text=summary)
    return FollowUpSection(
        summary, fu_map, tuple(_session(b, s) for s in followups.sessions(items))
    )


def _session(b: Builder, session: followups.Session) -> SessionGroup:
    t = b.t
    day = parse_date(session.made_at)
    name = (
        t["fu_session_none"]
        if session.made_at is None
        else (b.day(day) if day is not None else session.made_at)
    )
    fs = [i.follow_up for i in session.items]
    rows = tuple(
        SessionRow(
            region=i.region.name,
            region_anchor=anchor("regio", i.region.id),
            action=i.follow_up.action,
            with_=i.follow_up.with_ or "",
            owner=i.follow_up.owner or "",
            due=b.day(i.follow_up.due),
            status=t[f"follow_up_{i.follow_up.status}"]
            + (f" ({b.day(i.follow_up.done_on)})" if i.follow_up.done_on else ""),
            overdue=i.overdue,
        )
        for i in session.items
    )
    summary = t["fu_session_count"].format(
        n=len(fs),
        open=sum(f.status == "open" for f in fs),
        done=sum(f.status == "done" for f in fs),
        dropped=sum(f.status == "dropped" for f in fs),
    )
    return SessionGroup(name, summary, rows)


def practice_spreads(b: Builder, shown: Sequence[Region]) -> tuple[PracticeSpread, ...]:
    """Each practice with a shared id used in a shown region, on a small map of its own."""
    every = [rs.region for rs in b.ov.regions]
    places = _places(every)
    shown_ids = {r.id for r in shown}
    out = []
    for p in practices(every):
        if p.id is None or not any(r.id in shown_ids for r in p.regions):
            continue
        out.append(_spread(b, p, every, places, shown_ids))
    return tuple(out)


def _spread(
    b: Builder,
    p: Practice,
    every: Sequence[Region],
    places: dict[str, tuple[int, int]],
    shown_ids: set[str],
) -> PracticeSpread:
    t = b.t
    users = {r.id for r in p.regions}
    tiles = []
    for region in every:
        col, row = places[region.id]
        if region.id == p.origin:
            klass, state = "pr-origin", t["pr_legend_origin"]
        elif region.id in users:
            klass, state = "pr-used", t["pr_legend_used"]
        else:
            klass, state = "pr-none", t["pr_legend_none"]
        tiles.append(
            CountTile(
                x=col * (SMALL_W + SMALL_GAP),
                y=row * (SMALL_H + SMALL_GAP),
                code=region.code or region.name[:4],
                name=region.name,
                lines=(),
                klass=klass,
                anchor=anchor("regio", region.id) if region.id in shown_ids else None,
                title=f"{region.name}: {state}",
            )
        )
    tiles.sort(key=lambda tl: (tl.y, tl.x))
    width, height = _size(places, SMALL_W, SMALL_H, SMALL_GAP)
    names = {
        "pr-origin": t["pr_legend_origin"],
        "pr-used": t["pr_legend_used"],
        "pr-none": t["pr_legend_none"],
    }
    origin = p.origin_region.name if p.origin_region else p.origin
    spread = [r.name for r in p.spread] if p.origin else [r.name for r in p.regions]
    if not p.origin:
        spread_text = t["pr_used"].format(names=", ".join(spread))
    elif not spread:
        spread_text = t["pr_spread_none"]
    else:
        key = "pr_spread_one" if len(spread) == 1 else "pr_spread"
        spread_text = t[key].format(n=len(spread), names=", ".join(spread))
    return PracticeSpread(
        id=p.id or "",
        title=p.title,
        topic=b.topic_titles.get(p.topic, p.topic) if p.topic else "",
        origin=t["pr_origin"].format(origin=origin) if origin else t["pr_origin_unknown"],
        spread=spread_text,
        map=CountMap(
            width,
            height,
            SMALL_W,
            SMALL_H,
            tuple(tiles),
            tuple(MapClass(k, names[k]) for k in PR_CLASSES),
            t["pr_map_caption"].format(title=p.title),
        ),
    )
