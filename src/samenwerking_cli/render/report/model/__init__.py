"""The harmonisation report as plain data: every number, ranking, selection and sentence.

The templates under `templates/` only lay it out. Values are already formatted for the
report's language (`85,7 %`, `€ 92,50`, `1 maart 2024`); texts from the documents are kept as
written and escaped by the renderer for its output.

The classes live in one module per part of the report, so each stays short; they are
re-exported here so the rest of the report code imports them from one place.
"""

from __future__ import annotations

from dataclasses import dataclass

from samenwerking_cli.render.report.model.cover import (
    Count,
    Cover,
    EmployerBrief,
    Status,
)
from samenwerking_cli.render.report.model.parameters import (
    DeviationRow,
    ParameterSection,
    Proposal,
)
from samenwerking_cli.render.report.model.regions import (
    ContactGroup,
    ContactLine,
    Fact,
    FollowUpLine,
    Gap,
    Practice,
    RegionCard,
    Trend,
    WarningLine,
)
from samenwerking_cli.render.report.model.scoreboard import (
    Bar,
    Cell,
    Column,
    ColumnGroup,
    CountMap,
    CountTile,
    MapClass,
    Scoreboard,
    ScoreRow,
    Tile,
    TileMap,
)
from samenwerking_cli.render.report.model.sessions import (
    Announcement,
    FollowUpSection,
    PracticeSpread,
    SessionGroup,
    SessionRow,
)
from samenwerking_cli.render.report.model.since import (
    SinceLine,
    SinceRow,
    SinceSection,
)


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


__all__ = [
    "Announcement",
    "Bar",
    "Cell",
    "Column",
    "ColumnGroup",
    "ContactGroup",
    "ContactLine",
    "Count",
    "CountMap",
    "CountTile",
    "Cover",
    "DeviationRow",
    "EmployerBrief",
    "Fact",
    "FollowUpLine",
    "FollowUpSection",
    "Gap",
    "MapClass",
    "ParameterSection",
    "Practice",
    "PracticeSpread",
    "Proposal",
    "RegionCard",
    "Report",
    "ScoreRow",
    "Scoreboard",
    "SessionGroup",
    "SessionRow",
    "SinceLine",
    "SinceRow",
    "SinceSection",
    "Status",
    "Tile",
    "TileMap",
    "Trend",
    "WarningLine",
]
