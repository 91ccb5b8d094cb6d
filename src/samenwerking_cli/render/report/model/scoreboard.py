"""The scoreboard table and the tile map of the regions."""

from __future__ import annotations

from dataclasses import dataclass

from samenwerking_cli.render.report.model.cover import Status


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
    balance: str = ""
    sort_balance: str = "-999"  # for the sorting script; -999 when there is no balance
    balance_rank: str = "–"


@dataclass(frozen=True, slots=True)
class Scoreboard:
    topics: tuple[Column, ...]
    topic_index: tuple[str, ...]
    rows: tuple[ScoreRow, ...]
    detail_groups: tuple[ColumnGroup, ...]
    detail_columns: tuple[Column, ...]
    detail_omitted: str | None
    topic_balance: tuple[str, ...] = ()
    topic_index_label: str = ""
    topic_balance_label: str = ""


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
    balance: str = ""
    fill: str = "#ffffff"  # the colour of its index band
    ink: str = "#1f2933"  # text colour readable on `fill`


@dataclass(frozen=True, slots=True)
class MapClass:
    klass: str
    label: str
    fill: str = "#ffffff"


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
class CountTile:
    """A region on a small map of counts (follow-ups) or of a practice's spread."""

    x: int
    y: int
    code: str
    name: str
    lines: tuple[str, ...]
    klass: str
    anchor: str | None
    title: str
    counts: tuple[int, ...] = ()  # follow-ups: open, overdue, done


@dataclass(frozen=True, slots=True)
class CountMap:
    width: int
    height: int
    tile_w: int
    tile_h: int
    tiles: tuple[CountTile, ...]
    classes: tuple[MapClass, ...]
    caption: str
