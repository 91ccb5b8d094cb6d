"""What changed since an earlier date (report --since)."""

from __future__ import annotations

from dataclasses import dataclass

from samenwerking_cli.render.report.model.regions import Fact, Trend


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
