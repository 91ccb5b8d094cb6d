"""Resolve a region against its framework: every parameter's effective value and its source."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from samenwerking_cli.domain.model import Deviation, Framework, Parameter, Region, Value

Source = Literal["baseline", "region"]


@dataclass(frozen=True, slots=True)
class ResolvedValue:
    parameter: Parameter
    value: Value
    source: Source
    deviation: Deviation | None  # the region's deviation, also one not yet in force
    pending: bool = False  # a deviation whose `since` lies after the as-of date
    ended: bool = False  # a deviation whose `until` lies before the as-of date


@dataclass(frozen=True, slots=True)
class ResolvedRegion:
    region: Region
    framework: Framework
    values: tuple[ResolvedValue, ...]  # in the framework's own order
    _index: dict[str, ResolvedValue] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", {v.parameter.id: v for v in self.values})

    def value(self, parameter_id: str) -> ResolvedValue | None:
        return self._index.get(parameter_id)


def resolve(region: Region, framework: Framework, as_of: date | None = None) -> ResolvedRegion:
    """A deviation applies from its `since` date up to and including its `until` date; outside
    those the baseline holds."""
    values = []
    for param in framework.parameters:
        dev = region.deviations.get(param.id)
        pending = (
            dev is not None and as_of is not None and dev.since is not None and dev.since > as_of
        )
        ended = (
            dev is not None and as_of is not None and dev.until is not None and dev.until < as_of
        )
        if dev is not None and not pending and not ended:
            values.append(ResolvedValue(param, dev.value, "region", dev))
        else:
            values.append(ResolvedValue(param, param.baseline, "baseline", dev, pending, ended))
    return ResolvedRegion(region, framework, tuple(values))


Layer = Literal["framework", "region", "employer"]


@dataclass(frozen=True, slots=True)
class LayeredValue:
    """A value for one employer in one region: the framework's, the region's own, or the one
    the employer agreed with the region, with the rationale of the layer it comes from."""

    parameter: Parameter
    value: Value
    source: Layer
    rationale: str | None  # None for the framework's own value
    since: date | None = None
    review_by: date | None = None
    region_value: Value | None = None  # what the region alone gives, where the employer agreed
    until: date | None = None  # the last day the value applies (region deviation or agreement)


def resolve_layers(
    framework: Framework,
    region: Region,
    agreements: dict[str, Deviation],
    as_of: date | None = None,
) -> tuple[LayeredValue, ...]:
    """Framework -> region -> employer agreement: the last layer in force wins.

    Like a region's deviation, an agreement applies from its `since` date up to and including
    its `until` date; outside those what the region gives holds.
    """
    out = []
    for rv in resolve(region, framework, as_of).values:
        agreed = agreements.get(rv.parameter.id)
        if agreed is not None and as_of is not None and not _in_force(agreed, as_of):
            agreed = None
        if agreed is not None:
            out.append(
                LayeredValue(
                    rv.parameter,
                    agreed.value,
                    "employer",
                    agreed.rationale,
                    agreed.since,
                    agreed.review_by,
                    rv.value,
                    agreed.until,
                )
            )
        elif rv.source == "region" and rv.deviation is not None:
            dev = rv.deviation
            out.append(
                LayeredValue(
                    rv.parameter,
                    rv.value,
                    "region",
                    dev.rationale,
                    dev.since,
                    dev.review_by,
                    until=dev.until,
                )
            )
        else:
            out.append(LayeredValue(rv.parameter, rv.value, "framework", None))
    return tuple(out)


def _in_force(agreed: Deviation, as_of: date) -> bool:
    started = agreed.since is None or agreed.since <= as_of
    return started and (agreed.until is None or agreed.until >= as_of)
