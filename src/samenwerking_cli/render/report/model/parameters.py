"""Deviations per parameter and the proposals that follow from them."""

from __future__ import annotations

from dataclasses import dataclass

from samenwerking_cli.render.report.model.cover import Status
from samenwerking_cli.render.report.model.scoreboard import Bar


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
