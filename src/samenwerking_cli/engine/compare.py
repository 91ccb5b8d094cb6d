"""Compare values the way the framework's types say: deviations, effects, region differences.

Type-driven on purpose: a generic tree diff (deepdiff) is tens of times slower per region and
reports noise such as float representation and list order.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from samenwerking_cli.domain.model import NUMERIC_TYPES, Parameter, Value
from samenwerking_cli.domain.values import Effect, effect, equal
from samenwerking_cli.engine.resolve import ResolvedRegion

__all__ = ["Effect", "effect"]  # re-exported: the engine names them here


@dataclass(frozen=True, slots=True)
class DeviationResult:
    parameter: Parameter
    baseline: Value
    value: Value
    effect: Effect
    rationale: str
    delta: float | int | None = None  # numeric types: value - baseline
    added: tuple[str, ...] = ()  # list type: items the region adds
    removed: tuple[str, ...] = ()  # list type: items the region drops
    since: date | None = None
    review_by: date | None = None


def delta(param: Parameter, baseline: Value, value: Value) -> float | int | None:
    if param.type not in NUMERIC_TYPES:
        return None
    if not isinstance(value, int | float) or not isinstance(baseline, int | float):
        return None
    diff = value - baseline
    if param.type == "money":
        return round(diff, 2)
    return diff if param.type == "integer" else round(diff, 10)


def deviation_of(
    param: Parameter,
    value: Value,
    rationale: str = "",
    since: date | None = None,
    review_by: date | None = None,
) -> DeviationResult | None:
    """The deviation of `value` from the baseline, or None when it is equal."""
    baseline = param.baseline
    if equal(param.type, value, baseline):
        return None
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    if param.type == "list" and isinstance(value, list) and isinstance(baseline, list):
        added = tuple(sorted(set(value) - set(baseline)))
        removed = tuple(sorted(set(baseline) - set(value)))
    return DeviationResult(
        parameter=param,
        baseline=baseline,
        value=value,
        effect=effect(param, baseline, value),
        rationale=rationale,
        delta=delta(param, baseline, value),
        added=added,
        removed=removed,
        since=since,
        review_by=review_by,
    )


def deviations(resolved: ResolvedRegion) -> list[DeviationResult]:
    """Every parameter whose effective regional value differs from the baseline."""
    out = []
    for rv in resolved.values:
        if rv.source != "region" or rv.deviation is None:
            continue
        dev = rv.deviation
        result = deviation_of(rv.parameter, rv.value, dev.rationale, dev.since, dev.review_by)
        if result is not None:
            out.append(result)
    return out


@dataclass(frozen=True, slots=True)
class Difference:
    """A parameter on which two or more regions hold different values."""

    parameter: Parameter
    baseline: Value
    values: tuple[tuple[str, Value], ...]  # (region id, effective value), in the order asked


def differences(regions: list[ResolvedRegion]) -> list[Difference]:
    """Parameters on which the given regions do not all hold the same value."""
    if not regions:
        return []
    out = []
    for i, first in enumerate(regions[0].values):
        param = first.parameter
        row = [(r.region.id, r.values[i].value) for r in regions]
        if any(not equal(param.type, row[0][1], v) for _, v in row[1:]):
            out.append(Difference(param, param.baseline, tuple(row)))
    return out
