"""Follow-ups by session, practices across regions, and announced changes."""

from __future__ import annotations

from dataclasses import dataclass

from samenwerking_cli.render.report.model.scoreboard import CountMap


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
