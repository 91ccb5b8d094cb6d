"""The harmonisation report as plain data: every number, ranking, selection and sentence.

The templates under `templates/` only lay it out. Values are already formatted for the
report's language (`85,7 %`, `€ 92,50`, `1 maart 2024`); texts from the documents are kept as
written and escaped by the renderer for its output.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class EmployerBrief:
    """The opening of a report for one employer: its figures and what it needs to know."""

    title: str
    lines: tuple[str, ...]


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
    national_balance: str
    balance_definition: str
    files: tuple[str, ...]
    files_count: str
    commit: str | None
    tool_version: str
    illustrative: bool
    selection: str | None
    # A report for selected regions headlines their figures, the national ones beside them.
    headline_index: str = ""
    headline_balance: str = ""
    headline_index_label: str = ""
    headline_balance_label: str = ""
    national_beside: str | None = None
    excluded: str | None = None  # banner: invalid region files left out


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
    balance: str = ""


@dataclass(frozen=True, slots=True)
class Proposal:
    rank: int
    text: str
    gain: str
    width: float  # percent of the largest gain, for a small bar
    reason: str = ""


@dataclass(frozen=True, slots=True)
class ContactLine:
    role: str
    organisation: str
    name: str
    email: str
    phone: str
    topics: str
    email_href: str = ""  # mailto: link
    phone_href: str = ""  # tel: link
    verified: str = ""  # date and age, or "" when never recorded
    stale: bool = False


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
class Trend:
    """A small line of the index over time: SVG polyline points in a width x height box."""

    points: str
    width: int
    height: int
    text: str  # the same as a row of block characters, for Markdown
    label: str  # what the line shows, for screen readers and as a tooltip


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
    balance: str
    balance_rank: str
    facts: tuple[Fact, ...]
    summary: str
    contacts: tuple[ContactLine, ...]
    deviations: tuple[DeviationRow, ...]
    pending: tuple[DeviationRow, ...]
    practices: tuple[Practice, ...]
    follow_ups: tuple[FollowUpLine, ...]
    gaps: str
    general: str = ""  # topics served only by the region's general contact (not gaps)
    trend: Trend | None = None  # with --since: the index since then


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


@dataclass(frozen=True, slots=True)
class SessionRow:
    region: str
    region_anchor: str
    action: str
    with_: str
    owner: str
    due: str
    status: str
    overdue: bool


@dataclass(frozen=True, slots=True)
class SessionGroup:
    name: str
    summary: str
    rows: tuple[SessionRow, ...]


@dataclass(frozen=True, slots=True)
class FollowUpSection:
    summary: str
    map: CountMap
    sessions: tuple[SessionGroup, ...]


@dataclass(frozen=True, slots=True)
class PracticeSpread:
    id: str
    title: str
    topic: str
    origin: str
    spread: str
    map: CountMap


@dataclass(frozen=True, slots=True)
class Announcement:
    """A national value that changes after the peildatum."""

    start: str
    start_iso: str
    parameter: str
    parameter_anchor: str
    parameter_id: str
    old: str
    new: str
    source: str | None
    regions: str  # the regions that deviate on the parameter, or a word for none


@dataclass(frozen=True, slots=True)
class SinceRow:
    region: str
    anchor: str
    index_then: str
    index_now: str
    change: str
    balance_then: str
    balance_now: str


@dataclass(frozen=True, slots=True)
class SinceLine:
    region: str
    anchor: str
    text: str


@dataclass(frozen=True, slots=True)
class SinceSection:
    """What changed since an earlier commit (report --since)."""

    title: str
    intro: str
    national: tuple[Fact, ...]  # label, "then → now", the change
    trend: Trend | None
    rows: tuple[SinceRow, ...]
    deviations: tuple[SinceLine, ...]
    adoption: tuple[SinceLine, ...]
    closed: tuple[SinceLine, ...]
    new_follow_ups: tuple[SinceLine, ...]
    practices: tuple[SinceLine, ...]


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
    follow_ups: FollowUpSection
    practices: tuple[PracticeSpread, ...]
    contacts: tuple[ContactGroup, ...]
    gaps: tuple[Gap, ...]
    general: tuple[Gap, ...]
    method: tuple[str, ...]
    glossary: tuple[Fact, ...]
    warnings: tuple[WarningLine, ...]
    employer: EmployerBrief | None = None  # report --employer: what the employer needs to know
    announced: tuple[Announcement, ...] = ()
    since: SinceSection | None = None
