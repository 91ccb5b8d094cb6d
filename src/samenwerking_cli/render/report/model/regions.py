"""One card per region, with its contacts, practices, follow-ups and trends."""

from __future__ import annotations

from dataclasses import dataclass

from samenwerking_cli.render.report.model.parameters import DeviationRow


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
