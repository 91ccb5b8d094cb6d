"""The report's opening: the cover, its counts and the status legend."""

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
