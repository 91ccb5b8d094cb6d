"""The scoreboard (regions by topic, and by parameter where any region deviates) and the map."""

from __future__ import annotations

import re

from samenwerking_cli.engine.scoring import EffectCounts, Overview, RegionScore
from samenwerking_cli.render.report import tilemap
from samenwerking_cli.render.report.model import (
    Cell,
    Column,
    ColumnGroup,
    MapClass,
    Scoreboard,
    ScoreRow,
    Tile,
    TileMap,
)
from samenwerking_cli.render.report.shared import Builder, anchor, deviating_counts

MAP_CLASSES = ("c100", "c95", "c90", "c85", "clow", "ns")
TILE_W, TILE_H, GAP = 128, 76, 6
# The map's colours for the harmonisation index: a viridis scale (readable for colour-blind
# readers and in grey print, its lightness falls step by step), reversed so that the lowest
# band is the darkest and stands out; regions that have not started are plain light grey
# (a flat colour: patterns turn into an image per tile when printed to PDF).
MAP_FILL = {
    "c100": "#fde725",
    "c95": "#5ec962",
    "c90": "#1f7a77",  # viridis teal, a shade darker so white text stays readable
    "c85": "#3b528b",
    "clow": "#440154",
    "ns": "#eef0f2",
}
MAP_INK = {"c100": "#1f2933", "c95": "#1f2933", "ns": "#1f2933"}  # others: white text
_DARK_CLASSES = frozenset({"c90", "c85", "clow"})


def scoreboard(
    b: Builder, regions: list[RegionScore], subset: Overview | None = None
) -> Scoreboard:
    """Rows ranked by the harmonisation index; the topic figures are the subset's when the
    report is for selected regions."""
    t, ov = b.t, b.ov
    topic_scores = (subset or ov).topics
    topics = tuple(
        Column(tp.id, str(i), tp.title) for i, tp in enumerate(ov.framework.topics, start=1)
    )
    shown = {p.id for p, n in deviating_counts(b, regions) if n} | {
        d.parameter.id for r in regions for d in r.deviations
    }
    columns: list[Column] = []
    groups: list[ColumnGroup] = []
    for ti, tp in enumerate(ov.framework.topics, start=1):
        cols = [
            Column(p.id, f"{ti}.{pi}", p.title)
            for pi, p in enumerate(tp.parameters, start=1)
            if p.id in shown
        ]
        if cols:
            groups.append(ColumnGroup(str(ti), tp.title, len(cols)))
            columns += cols
    omitted = len(ov.framework.parameters) - len(columns)
    ordered = sorted(regions, key=lambda r: (r.rank is None, r.rank or 0, r.region.name.casefold()))
    rows = []
    for rs in ordered:
        started = rs.participating
        cells = []
        for tp in ov.framework.topics:
            counts = rs.by_topic[tp.id]
            st = b.statuses[_status_key(counts, started)]
            key = "cell_title_count" if counts.total else "cell_title"
            title = t[key].format(
                region=rs.region.name, topic=tp.title, status=st.label, n=counts.total
            )
            cells.append(Cell(st, counts.total if started else 0, title))
        devs = {d.parameter.id: d for d in rs.deviations}
        detail = []
        for col in columns:
            param = ov.framework.parameter(col.id)
            assert param is not None
            dev = devs.get(col.id)
            if not started:
                detail.append(b.plain_cell("not_started", 1 if dev else 0))
            elif dev is None:
                detail.append(b.plain_cell("equal", 0))
            else:
                # Only deviations get a hover text: equal cells would make a large report huge.
                title = t["cell_title_param"].format(
                    region=rs.region.name,
                    param=param.title,
                    value=b.value(param, dev.value),
                    baseline=b.value(param, param.baseline),
                )
                detail.append(Cell(b.statuses[dev.effect], 1, title))
        rows.append(
            ScoreRow(
                region_id=rs.region.id,
                anchor=anchor("regio", rs.region.id),
                name=rs.region.name,
                code=rs.region.code or "",
                adoption=rs.region.adoption,
                adoption_label=t[f"adoption_{rs.region.adoption}"],
                index=b.pct(rs.index),
                sort_index=f"{rs.index:09.5f}" if rs.index is not None else "-1",
                rank=str(rs.rank) if rs.rank is not None else "–",
                deviations=len(rs.deviations),
                cells=tuple(cells),
                detail=tuple(detail),
                balance=b.balance(rs.balance_value),
                sort_balance=f"{rs.balance_value + 100:09.5f}"
                if rs.balance_value is not None
                else "-1",
                balance_rank=str(rs.balance_rank) if rs.balance_rank is not None else "–",
            )
        )
    return Scoreboard(
        topics=topics,
        topic_index=tuple(b.pct(ts.index) for ts in topic_scores),
        topic_balance=tuple(b.balance(ts.balance.value) for ts in topic_scores),
        topic_index_label=t["topic_index_selection" if subset else "topic_index"],
        topic_balance_label=t["topic_balance_selection" if subset else "topic_balance"],
        rows=tuple(rows),
        detail_groups=tuple(groups),
        detail_columns=tuple(columns),
        detail_omitted=t["scoreboard_detail_omitted"].format(n=omitted) if omitted else None,
    )


def _status_key(counts: EffectCounts, started: bool) -> str:
    if not started:
        key = "not_started"
    elif counts.total == 0:
        key = "equal"
    elif counts.favourable and counts.unfavourable:
        key = "mixed"
    elif counts.favourable:
        key = "favourable"
    elif counts.unfavourable:
        key = "unfavourable"
    else:
        key = "neutral"
    return key


def tile_map(b: Builder, selected: set[str] | None) -> TileMap:
    t = b.t
    tiles = []
    unplaced = sorted(
        (r for r in b.ov.regions if (r.region.code or "") not in tilemap.TILES),
        key=lambda r: r.region.name.casefold(),
    )
    extra = {
        r.region.id: (i % tilemap.COLUMNS, tilemap.ROWS + i // tilemap.COLUMNS)
        for i, r in enumerate(unplaced)
    }
    for rs in b.ov.regions:
        region = rs.region
        col, row = tilemap.TILES.get(region.code or "", extra.get(region.id, (0, 0)))
        klass = _index_class(rs.index)
        in_report = selected is None or region.id in selected
        label = b.pct(rs.index)  # "–" for a region that has not started (hatched)
        tiles.append(
            Tile(
                x=col * (TILE_W + GAP),
                y=row * (TILE_H + GAP),
                code=region.code or "",
                name=region.name,
                lines=_wrap(region.name),
                index=label,
                klass=klass,
                dark=klass in _DARK_CLASSES,
                balance=t["tile_balance"].format(value=b.balance(rs.balance_value))
                if rs.balance_value is not None
                else "",
                fill=MAP_FILL[klass],
                ink=MAP_INK.get(klass, "#ffffff"),
                selected=selected is not None and region.id in selected,
                anchor=anchor("regio", region.id) if in_report else None,
                title=f"{region.name}: "
                + (b.pct(rs.index) if rs.index is not None else t["status_not_started"]),
            )
        )
    rows = tilemap.ROWS + (len(unplaced) + tilemap.COLUMNS - 1) // tilemap.COLUMNS
    names = {
        "c100": t["map_class_100"],
        "c95": t["map_class_95"],
        "c90": t["map_class_90"],
        "c85": t["map_class_85"],
        "clow": t["map_class_low"],
        "ns": t["status_not_started"],
    }
    tiles.sort(key=lambda tl: (tl.y, tl.x))
    return TileMap(
        width=tilemap.COLUMNS * (TILE_W + GAP) - GAP,
        height=rows * (TILE_H + GAP) - GAP,
        tile_w=TILE_W,
        tile_h=TILE_H,
        tiles=tuple(tiles),
        classes=tuple(MapClass(k, names[k], MAP_FILL[k]) for k in MAP_CLASSES),
        unplaced=bool(unplaced),
        show_selection=selected is not None,
    )


def _wrap(name: str, width: int = 16, lines: int = 3) -> tuple[str, ...]:
    """A region name on at most three short lines for a map tile, cut with an ellipsis.

    Words longer than a line break after a hyphen or slash (`Noordoost-` / `Brabant`).
    """
    parts: list[tuple[str, bool]] = []  # (piece, glued to the next piece without a space)
    for word in name.split():
        pieces = re.findall(r"[^-/]+[-/]?|[-/]", word) if len(word) > width else [word]
        parts += [(p, i < len(pieces) - 1) for i, p in enumerate(pieces)]
    out: list[str] = []
    glue = False
    for piece, glued in parts:
        joined = (out[-1] + ("" if glue else " ") + piece) if out else piece
        if out and len(joined) <= width:
            out[-1] = joined
        else:
            out.append(piece)
        glue = glued
    if len(out) > lines:
        out = [*out[: lines - 1], " ".join(out[lines - 1 :])]
    return tuple(line if len(line) <= width else line[: width - 1] + "…" for line in out)


def _index_class(index: float | None) -> str:
    if index is None:
        return "ns"
    if index >= 100:
        return "c100"
    if index >= 95:
        return "c95"
    if index >= 90:
        return "c90"
    if index >= 85:
        return "c85"
    return "clow"
