"""The harmonisation report as plain data: every number, ranking, selection and sentence.

Built from the scoring `Overview`; the templates under `templates/` only lay it out. Values are
already formatted for the report's language (`85,7 %`, `€ 92,50`, `1 maart 2024`); texts from
the documents are kept as written and escaped by the renderer for its output.
"""

from __future__ import annotations

import functools
import re
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from samenwerking_cli import __version__, tilemap
from samenwerking_cli.compare import DeviationResult, deviation_of
from samenwerking_cli.findings import Finding
from samenwerking_cli.model import ADOPTIONS, Parameter, Region, Value
from samenwerking_cli.render import formatting as fmt
from samenwerking_cli.render.labels import GLOSSARY, LABELS
from samenwerking_cli.scoring import CONSENSUS_MIN_REGIONS, EffectCounts, Overview, RegionScore

SYMBOLS = {
    "equal": "✓",
    "favourable": "▲",
    "unfavourable": "▼",
    "mixed": "▲▼",
    "neutral": "●",
    "not_started": "–",
}
LEGEND_ORDER = ("equal", "favourable", "unfavourable", "mixed", "neutral", "not_started")
MOST_DEVIATED = 3  # parameters named in the key messages
MAX_PROPOSALS = 10


# ---------------------------------------------------------------- data shapes


@dataclass(frozen=True, slots=True)
class Status:
    key: str  # equal, favourable, unfavourable, mixed, neutral, not_started
    symbol: str
    label: str


@dataclass(frozen=True, slots=True)
class Count:
    key: str
    label: str
    n: int
    share: float = 0.0  # percent of the regions in the report
    offset: float = 0.0  # percent before this one, for a stacked bar


@dataclass(frozen=True, slots=True)
class Cover:
    title: str
    kind: str
    framework_title: str
    framework_id: str
    version: str
    as_of: str
    as_of_iso: str
    counts: tuple[Count, ...]
    regions_total: int
    national_index: str
    index_definition: str
    files: tuple[str, ...]
    files_count: str
    commit: str | None
    tool_version: str
    illustrative: bool
    selection: str | None


@dataclass(frozen=True, slots=True)
class Cell:
    status: Status
    count: int
    title: str


@dataclass(frozen=True, slots=True)
class Column:
    id: str
    key: str  # short column heading: the topic or "topic.parameter" number
    title: str


@dataclass(frozen=True, slots=True)
class ColumnGroup:
    key: str  # the topic's number
    title: str
    span: int


@dataclass(frozen=True, slots=True)
class ScoreRow:
    region_id: str
    anchor: str
    name: str
    code: str
    adoption: str
    adoption_label: str
    index: str
    sort_index: str  # for the sorting script: index with a fixed width, -1 when not started
    rank: str
    deviations: int
    cells: tuple[Cell, ...]
    detail: tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class Scoreboard:
    topics: tuple[Column, ...]
    topic_index: tuple[str, ...]
    rows: tuple[ScoreRow, ...]
    detail_groups: tuple[ColumnGroup, ...]
    detail_columns: tuple[Column, ...]
    detail_omitted: str | None


@dataclass(frozen=True, slots=True)
class Tile:
    x: int
    y: int
    code: str
    name: str
    lines: tuple[str, ...]
    index: str
    klass: str
    dark: bool
    selected: bool
    anchor: str | None
    title: str


@dataclass(frozen=True, slots=True)
class MapClass:
    klass: str
    label: str


@dataclass(frozen=True, slots=True)
class TileMap:
    width: int
    height: int
    tile_w: int
    tile_h: int
    tiles: tuple[Tile, ...]
    classes: tuple[MapClass, ...]
    unplaced: bool
    show_selection: bool


@dataclass(frozen=True, slots=True)
class Bar:
    value: str
    count: int
    text: str
    width: float  # share of the participating regions, in percent of the bar
    baseline: bool


@dataclass(frozen=True, slots=True)
class DeviationRow:
    region: str
    region_anchor: str
    parameter: str
    parameter_anchor: str
    baseline: str
    value: str
    difference: str
    effect: Status
    rationale: str | None
    since: str
    review_by: str
    review_overdue: bool


@dataclass(frozen=True, slots=True)
class ParameterSection:
    id: str
    anchor: str
    title: str
    topic: str
    baseline: str
    source: str | None
    description: str | None
    summary: str
    index: str
    bars: tuple[Bar, ...]
    deviations: tuple[DeviationRow, ...]
    consensus: str | None


@dataclass(frozen=True, slots=True)
class Proposal:
    rank: int
    text: str
    gain: str
    width: float  # percent of the largest gain, for a small bar


@dataclass(frozen=True, slots=True)
class ContactLine:
    role: str
    organisation: str
    name: str
    email: str
    phone: str
    topics: str


@dataclass(frozen=True, slots=True)
class Practice:
    title: str
    description: str
    topic: str


@dataclass(frozen=True, slots=True)
class FollowUpLine:
    action: str
    with_: str
    owner: str
    due: str
    status: str
    overdue: bool


@dataclass(frozen=True, slots=True)
class Fact:
    label: str
    value: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class RegionCard:
    id: str
    anchor: str
    name: str
    code: str
    adoption: str
    adoption_label: str
    index: str
    rank: str
    facts: tuple[Fact, ...]
    summary: str
    contacts: tuple[ContactLine, ...]
    deviations: tuple[DeviationRow, ...]
    pending: tuple[DeviationRow, ...]
    practices: tuple[Practice, ...]
    follow_ups: tuple[FollowUpLine, ...]
    gaps: str


@dataclass(frozen=True, slots=True)
class ContactGroup:
    region: str
    anchor: str
    contacts: tuple[ContactLine, ...]


@dataclass(frozen=True, slots=True)
class Gap:
    region: str
    anchor: str
    topics: str


@dataclass(frozen=True, slots=True)
class WarningLine:
    location: str
    message: str


@dataclass(frozen=True, slots=True)
class Report:
    lang: str
    t: dict[str, str]  # the labels of `lang`
    cover: Cover
    legend: tuple[Status, ...]
    key_messages: tuple[str, ...]
    scoreboard: Scoreboard
    map: TileMap
    parameters: tuple[ParameterSection, ...]
    proposals: tuple[Proposal, ...]
    proposals_more: str | None
    cards: tuple[RegionCard, ...]
    contacts: tuple[ContactGroup, ...]
    gaps: tuple[Gap, ...]
    method: tuple[str, ...]
    glossary: tuple[Fact, ...]
    warnings: tuple[WarningLine, ...]


# ---------------------------------------------------------------- helpers


def git_commit(root: Path) -> str | None:
    """The commit checked out at `root`, or None when it is no git repository (or no git)."""
    try:
        done = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "HEAD"],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    commit = done.stdout.strip()
    return commit if done.returncode == 0 and commit else None


@functools.lru_cache(maxsize=8192)
def anchor(kind: str, ident: str) -> str:
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in ident)
    return f"{kind}-{safe}"


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


def status(key: str, t: dict[str, str]) -> Status:
    return Status(key, SYMBOLS[key], t[f"status_{key}"])


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


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


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


_DARK_CLASSES = frozenset({"c100", "c95"})


class _Builder:
    def __init__(self, ov: Overview, lang: str, as_of: date) -> None:
        self.ov = ov
        self.lang = lang
        self.t = LABELS[lang]
        self.as_of = as_of
        self.topic_titles = {tp.id: tp.title for tp in ov.framework.topics}
        participating = ov.participating
        self.ranked_total = len(participating)
        # Shared, not rebuilt per cell or row: a report on many regions holds tens of thousands
        # of cells, and each deviation appears both under its parameter and in its region card.
        self.statuses = {key: status(key, self.t) for key in SYMBOLS}
        self.effects = {
            key: Status(key, SYMBOLS[key], self.t[f"effect_{key}"])
            for key in ("favourable", "unfavourable", "neutral")
        }
        self.plain_cells: dict[tuple[str, int], Cell] = {}
        self.rows: dict[tuple[str, str], DeviationRow] = {}

    def day(self, value: date | None) -> str:
        return fmt.day(value, self.lang)

    def value(self, param: Parameter, val: Value) -> str:
        return fmt.value(param, val, self.lang)

    def pct(self, value: float | None) -> str:
        return fmt.percent(value, self.lang)

    def rank(self, rs: RegionScore) -> str:
        if rs.rank is None:
            return "–"
        return self.t["rank_of"].format(rank=rs.rank, total=self.ranked_total)

    def plain_cell(self, key: str, count: int) -> Cell:
        """A cell without hover text, shared by every cell of that status and count."""
        cell = self.plain_cells.get((key, count))
        if cell is None:
            cell = self.plain_cells[(key, count)] = Cell(self.statuses[key], count, "")
        return cell

    def deviation_row(self, region: Region, dev: DeviationResult) -> DeviationRow:
        """The row of a deviation in effect, shared by its parameter section and region card."""
        row = self.rows.get((region.id, dev.parameter.id))
        if row is None:
            row = self.rows[(region.id, dev.parameter.id)] = self.new_deviation_row(region, dev)
        return row

    def new_deviation_row(self, region: Region, dev: DeviationResult) -> DeviationRow:
        param = dev.parameter
        overdue = dev.review_by is not None and dev.review_by < self.as_of
        return DeviationRow(
            region=region.name,
            region_anchor=anchor("regio", region.id),
            parameter=param.title,
            parameter_anchor=anchor("parameter", param.id),
            baseline=self.value(param, dev.baseline),
            value=self.value(param, dev.value),
            difference=self.difference(dev),
            effect=self.effects[dev.effect],
            rationale=dev.rationale.strip() or None,
            since=self.day(dev.since),
            review_by=self.day(dev.review_by),
            review_overdue=overdue,
        )

    def difference(self, dev: DeviationResult) -> str:
        if dev.delta is not None:
            return fmt.delta(dev.parameter, dev.delta, self.lang)
        parts = [f"+{item}" for item in dev.added] + [f"−{item}" for item in dev.removed]
        return ", ".join(parts)


# ---------------------------------------------------------------- sections


def _cover(
    b: _Builder,
    regions: list[RegionScore],
    title: str | None,
    files: Sequence[str],
    commit: str | None,
    selection: str | None,
) -> Cover:
    ov, t = b.ov, b.t
    counts = []
    before = 0
    for a in ADOPTIONS:
        n = sum(1 for r in regions if r.region.adoption == a)
        share = 100.0 * n / len(regions) if regions else 0.0
        offset = 100.0 * before / len(regions) if regions else 0.0
        counts.append(Count(a, t[f"adoption_{a}"], n, round(share, 2), round(offset, 2)))
        before += n
    illustrative = (
        ov.framework.illustrative
        or any(p.illustrative for p in ov.framework.parameters)
        or any(r.region.illustrative for r in ov.regions)
    )
    return Cover(
        title=title or t["default_title"],
        kind=t["report_kind"],
        framework_title=ov.framework.title,
        framework_id=ov.framework.id,
        version=ov.framework.version,
        as_of=b.day(b.as_of),
        as_of_iso=b.as_of.isoformat(),
        counts=tuple(counts),
        regions_total=len(regions),
        national_index=b.pct(ov.national_index),
        index_definition=t["index_definition"],
        files=tuple(files),
        files_count=t["files_count"].format(n=len(files)),
        commit=commit,
        tool_version=__version__,
        illustrative=illustrative,
        selection=selection,
    )


def _open_follow_ups(regions: list[RegionScore], as_of: date) -> tuple[int, int]:
    open_ = [f for r in regions for f in r.region.follow_ups if f.status == "open"]
    overdue = [f for f in open_ if f.due is not None and f.due < as_of]
    return len(open_), len(overdue)


def _key_messages(b: _Builder, regions: list[RegionScore]) -> tuple[str, ...]:
    t, ov = b.t, b.ov
    out = []
    if ov.national_index is None:
        out.append(t["km_index_none"])
    else:
        out.append(
            t["km_index"].format(
                index=b.pct(ov.national_index), definition=_lower_first(t["index_definition"])
            )
        )
    aligned = [r.region.name for r in regions if r.participating and not r.deviations]
    if not aligned:
        out.append(t["km_aligned_none"])
    else:
        key = "km_aligned_one" if len(aligned) == 1 else "km_aligned"
        out.append(t[key].format(n=len(aligned), names=", ".join(aligned)))
    counted = _deviating_counts(b, regions)
    top = sorted(
        (c for c in counted if c[1]), key=lambda c: (-c[1], b.ov.framework.parameters.index(c[0]))
    )[:MOST_DEVIATED]
    if top:
        items = [
            t["km_most_deviated_item_one" if n == 1 else "km_most_deviated_item"].format(
                title=p.title, n=n
            )
            for p, n in top
        ]
        out.append(t["km_most_deviated"].format(items="; ".join(items)))
    else:
        out.append(t["km_no_deviations"])
    consensus = [ps.parameter.title for ps in ov.parameters if ps.consensus is not None]
    if consensus:
        key = "km_consensus_one" if len(consensus) == 1 else "km_consensus"
        out.append(t[key].format(n=len(consensus), names="; ".join(consensus)))
    open_, overdue = _open_follow_ups(regions, b.as_of)
    out.append(t["km_follow_ups"].format(open=open_, overdue=overdue))
    waiting = [r.region.name for r in regions if not r.participating]
    if waiting:
        key = "km_not_started_one" if len(waiting) == 1 else "km_not_started"
        out.append(t[key].format(n=len(waiting), names=", ".join(waiting)))
    return tuple(out)


def _deviating_counts(b: _Builder, regions: list[RegionScore]) -> list[tuple[Parameter, int]]:
    """Per parameter, how many of the shown regions that take part deviate from it."""
    counts = {p.id: 0 for p in b.ov.framework.parameters}
    for r in regions:
        if r.participating:
            for d in r.deviations:
                counts[d.parameter.id] += 1
    return [(p, counts[p.id]) for p in b.ov.framework.parameters]


def _scoreboard(b: _Builder, regions: list[RegionScore]) -> Scoreboard:
    t, ov = b.t, b.ov
    topics = tuple(
        Column(tp.id, str(i), tp.title) for i, tp in enumerate(ov.framework.topics, start=1)
    )
    shown = {p.id for p, n in _deviating_counts(b, regions) if n} | {
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
            )
        )
    return Scoreboard(
        topics=topics,
        topic_index=tuple(b.pct(ts.index) for ts in ov.topics),
        rows=tuple(rows),
        detail_groups=tuple(groups),
        detail_columns=tuple(columns),
        detail_omitted=t["scoreboard_detail_omitted"].format(n=omitted) if omitted else None,
    )


MAP_CLASSES = ("c100", "c95", "c90", "c85", "clow", "ns")
TILE_W, TILE_H, GAP = 128, 62, 6


def _map(b: _Builder, selected: set[str] | None) -> TileMap:
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
        classes=tuple(MapClass(k, names[k]) for k in MAP_CLASSES),
        unplaced=bool(unplaced),
        show_selection=selected is not None,
    )


def _parameters(b: _Builder, regions: list[RegionScore]) -> tuple[ParameterSection, ...]:
    t, ov = b.t, b.ov
    shown = {r.region.id for r in regions}
    taking_part = len(ov.participating)
    out = []
    for ps in ov.parameters:
        devs = [(reg, d) for reg, d in ps.deviating if reg.id in shown]
        if not devs:
            continue
        param = ps.parameter
        bars = []
        for val, n in ps.distribution:
            text = b.value(param, val)
            item = t["distribution_item_one" if n == 1 else "distribution_item"]
            bars.append(
                Bar(
                    value=text,
                    count=n,
                    text=item.format(value=text, n=n),
                    width=round(100.0 * n / taking_part, 2) if taking_part else 0.0,
                    baseline=deviation_of(param, val) is None,
                )
            )
        rows = sorted(
            (b.deviation_row(reg, d) for reg, d in devs), key=lambda r: r.region.casefold()
        )
        consensus = (
            t["consensus_text"].format(value=b.value(param, ps.consensus))
            if ps.consensus is not None
            else None
        )
        out.append(
            ParameterSection(
                id=param.id,
                anchor=anchor("parameter", param.id),
                title=param.title,
                topic=b.topic_titles[param.topic],
                baseline=b.value(param, param.baseline),
                source=param.source,
                description=param.description,
                summary=t[
                    "param_summary_one" if len(ps.deviating) == 1 else "param_summary"
                ].format(n=len(ps.deviating), total=taking_part),
                index=b.pct(ps.index),
                bars=tuple(bars),
                deviations=tuple(rows),
                consensus=consensus,
            )
        )
    return tuple(out)


def _proposals(b: _Builder, regions: list[RegionScore]) -> tuple[tuple[Proposal, ...], str | None]:
    """Moves that raise the national index, by how many (region, parameter) pairs they align.

    The national index is 100 x aligned pairs / all pairs, so a move that aligns k more pairs
    raises it by exactly 100 x k / pairs.
    """
    t, ov = b.t, b.ov
    pairs = len(ov.framework.parameters) * len(ov.participating)
    if not pairs:
        return (), None
    moves: list[tuple[int, int, str, str]] = []  # (-pairs gained, kind order, name, text)
    for rs in regions:
        n = len(rs.deviations)
        if rs.participating and n:
            key = "move_region_one" if n == 1 else "move_region"
            moves.append((-n, 0, rs.region.name, t[key].format(region=rs.region.name, n=n)))
    shown = {r.region.id for r in regions}
    for ps in ov.parameters:
        param = ps.parameter
        n = sum(1 for reg, _ in ps.deviating if reg.id in shown)
        if n:
            moves.append((-n, 1, param.title, t["move_parameter"].format(param=param.title)))
        if ps.consensus is not None:
            counts = {b.value(param, v): c for v, c in ps.distribution}
            gained = counts.get(b.value(param, ps.consensus), 0) - counts.get(
                b.value(param, param.baseline), 0
            )
            if gained > 0:
                text = t["move_framework"].format(
                    value=b.value(param, ps.consensus), param=param.title
                )
                moves.append((-gained, 2, param.title, text))
    moves.sort(key=lambda m: (m[0], m[1], m[2].casefold()))
    best = -moves[0][0] if moves else 0
    out = tuple(
        Proposal(
            rank=i,
            text=text,
            gain=t["gain_points"].format(points=fmt.number(100.0 * -neg / pairs, 1, b.lang)),
            width=round(100.0 * -neg / best, 2),
        )
        for i, (neg, _, _, text) in enumerate(moves[:MAX_PROPOSALS], start=1)
    )
    rest = len(moves) - len(out)
    return out, t["more_proposals"].format(n=rest) if rest > 0 else None


def _contact_lines(b: _Builder, region: Region) -> tuple[ContactLine, ...]:
    return tuple(
        ContactLine(
            role=c.role,
            organisation=c.organisation,
            name=c.name or "",
            email=c.email or "",
            phone=c.phone or "",
            topics=", ".join(b.topic_titles.get(tp, tp) for tp in c.topics)
            if c.topics is not None
            else b.t["all_topics"],
        )
        for c in region.contacts
    )


def _gaps(b: _Builder, region: Region) -> str:
    """Topics a region can deviate on that no contact covers; national-only topics need none."""
    if not region.contacts:
        return b.t["gap_all"]
    missing = [
        tp.title
        for tp in b.ov.framework.topics
        if any(p.deviable for p in tp.parameters)
        and not any(c.covers(tp.id) for c in region.contacts)
    ]
    return ", ".join(missing)


def _card(b: _Builder, rs: RegionScore) -> RegionCard:
    t, region = b.t, rs.region
    facts = []
    if region.provinces:
        facts.append(Fact(t["provinces"], ", ".join(region.provinces)))
    if region.centrumgemeente:
        note = t["unverified"] if region.centrumgemeente_verified is False else ""
        facts.append(Fact(t["centrumgemeente"], region.centrumgemeente, note))
    counts = EffectCounts.of([d.effect for d in rs.deviations])
    summary = (
        t["card_summary_one" if counts.total == 1 else "card_summary"].format(
            n=counts.total,
            fav=counts.favourable,
            unfav=counts.unfavourable,
            neutral=counts.neutral,
        )
        if counts.total
        else t["no_deviations"].format(n=len(b.ov.framework.parameters))
    )
    pending = []
    for rv in rs.resolved.values:
        if rv.pending and rv.deviation is not None:
            dev = deviation_of(
                rv.parameter,
                rv.deviation.value,
                rv.deviation.rationale,
                rv.deviation.since,
                rv.deviation.review_by,
            )
            if dev is not None:
                pending.append(b.new_deviation_row(region, dev))
    follow_ups = tuple(
        FollowUpLine(
            action=f.action,
            with_=f.with_ or "",
            owner=f.owner or "",
            due=b.day(f.due),
            status=t[f"follow_up_{f.status}"],
            overdue=f.status == "open" and f.due is not None and f.due < b.as_of,
        )
        for f in region.follow_ups
    )
    return RegionCard(
        id=region.id,
        anchor=anchor("regio", region.id),
        name=region.name,
        code=region.code or "",
        adoption=region.adoption,
        adoption_label=t[f"adoption_{region.adoption}"],
        index=b.pct(rs.index),
        rank=b.rank(rs),
        facts=tuple(facts),
        summary=summary,
        contacts=_contact_lines(b, region),
        deviations=tuple(b.deviation_row(region, d) for d in rs.deviations),
        pending=tuple(pending),
        practices=tuple(
            Practice(
                a.title, a.description, b.topic_titles.get(a.topic, a.topic) if a.topic else ""
            )
            for a in region.additions
        ),
        follow_ups=follow_ups,
        gaps=_gaps(b, region),
    )


def _warning_line(f: Finding) -> WarningLine:
    where = f.file + (f":{f.line}" if f.line else "") + (f":{f.column}" if f.column else "")
    text = f.message + (f" ({f.hint})" if f.hint else "")
    return WarningLine(where, text)


# ---------------------------------------------------------------- the report


def build_report(
    ov: Overview,
    *,
    lang: str = "nl",
    title: str | None = None,
    selection: Sequence[str] | None = None,
    files: Sequence[str] = (),
    warnings: Sequence[Finding] = (),
    commit: str | None = None,
) -> Report:
    """The report of `ov`; `selection` (region ids) limits what is shown to those regions."""
    b = _Builder(ov, lang, ov.as_of)
    t = b.t
    chosen = set(selection) if selection is not None else None
    regions = [r for r in ov.regions if chosen is None or r.region.id in chosen]
    selection_text = None
    if chosen is not None:
        selection_text = t["selection"].format(
            n=len(regions),
            total=len(ov.regions),
            names=", ".join(r.region.name for r in regions),
        )
    proposals, more = _proposals(b, regions)
    by_name = sorted(regions, key=lambda r: r.region.name.casefold())
    cards = tuple(_card(b, r) for r in by_name)
    return Report(
        lang=lang,
        t=t,
        cover=_cover(b, regions, title, files, commit, selection_text),
        legend=tuple(status(k, t) for k in LEGEND_ORDER),
        key_messages=_key_messages(b, regions),
        scoreboard=_scoreboard(b, regions),
        map=_map(b, chosen),
        parameters=_parameters(b, regions),
        proposals=proposals,
        proposals_more=more,
        cards=cards,
        contacts=tuple(ContactGroup(c.name, c.anchor, c.contacts) for c in cards if c.contacts),
        gaps=tuple(Gap(c.name, c.anchor, c.gaps) for c in cards if c.gaps),
        method=(
            t["method_index"].format(n=len(ov.framework.parameters)),
            t["method_deviation"],
            t["method_effect"],
            t["method_consensus"].format(min=CONSENSUS_MIN_REGIONS),
            t["method_not_started"],
            t["method_overdue"],
        ),
        glossary=tuple(Fact(term, meaning) for term, meaning in GLOSSARY[lang]),
        warnings=tuple(_warning_line(f) for f in warnings if f.severity == "warning"),
    )
