"""Resolve a region against its framework: every parameter's effective value and its source."""

from __future__ import annotations

from dataclasses import dataclass
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


@dataclass(frozen=True, slots=True)
class ResolvedRegion:
    region: Region
    framework: Framework
    values: tuple[ResolvedValue, ...]  # in the framework's own order

    def value(self, parameter_id: str) -> ResolvedValue | None:
        return next((v for v in self.values if v.parameter.id == parameter_id), None)


def resolve(region: Region, framework: Framework, as_of: date | None = None) -> ResolvedRegion:
    """A deviation applies from its `since` date on; before that the baseline holds."""
    values = []
    for param in framework.parameters:
        dev = region.deviations.get(param.id)
        pending = (
            dev is not None and as_of is not None and dev.since is not None and dev.since > as_of
        )
        if dev is not None and not pending:
            values.append(ResolvedValue(param, dev.value, "region", dev))
        else:
            values.append(ResolvedValue(param, param.baseline, "baseline", dev, pending))
    return ResolvedRegion(region, framework, tuple(values))
