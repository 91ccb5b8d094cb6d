"""Harmonisation proposals: the moves that raise the national index most, with their exact gain.

The national index is 100 x aligned (region, parameter) pairs / all pairs of the regions that
take part, so a move that aligns k more pairs raises it by exactly 100 x k / pairs. Three kinds
of move are weighed:

- a region takes over every framework value (it aligns as many pairs as it has deviations);
- every region takes over the framework value of one parameter;
- the framework takes over the value most regions chose instead (a consensus candidate): the
  regions at that value become aligned, those at the old framework value no longer are.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal

from samenwerking_cli.domain.model import Parameter, Region, Value
from samenwerking_cli.domain.values import equal
from samenwerking_cli.engine.scoring import Overview

MoveKind = Literal["region", "parameter", "framework"]
_ORDER = {"region": 0, "parameter": 1, "framework": 2}  # among equal gains


@dataclass(frozen=True, slots=True)
class Move:
    kind: MoveKind
    pairs: int  # (region, parameter) pairs the move aligns, net
    gain: float  # rise of the national index in points: 100 x pairs / all pairs
    region: Region | None = None  # kind "region"
    parameter: Parameter | None = None  # kinds "parameter" and "framework"
    value: Value | None = None  # kind "framework": the value the framework would take over

    @property
    def name(self) -> str:
        """What the move is about: the region's name or the parameter's title."""
        if self.region is not None:
            return self.region.name
        assert self.parameter is not None
        return self.parameter.title


def proposals(ov: Overview, shown: Collection[str] | None = None) -> tuple[Move, ...]:
    """Every move that raises the national index, largest gain first (ties: regions, then
    parameters, then framework changes, each by name). `shown` (region ids) limits the region
    and parameter moves to those regions; a framework change is always national."""
    total = len(ov.framework.parameters) * len(ov.participating)
    if not total:
        return ()

    def shows(region: Region) -> bool:
        return shown is None or region.id in shown

    moves: list[Move] = []
    for rs in ov.regions:
        n = len(rs.deviations)
        if rs.participating and n and shows(rs.region):
            moves.append(Move("region", n, 100.0 * n / total, region=rs.region))
    for ps in ov.parameters:
        param = ps.parameter
        n = sum(1 for region, _ in ps.deviating if shows(region))
        if n:
            moves.append(Move("parameter", n, 100.0 * n / total, parameter=param))
        if ps.consensus is not None:
            at_new = sum(c for v, c in ps.distribution if equal(param.type, v, ps.consensus))
            at_old = sum(c for v, c in ps.distribution if equal(param.type, v, param.baseline))
            gained = at_new - at_old
            if gained > 0:
                moves.append(
                    Move(
                        "framework",
                        gained,
                        100.0 * gained / total,
                        parameter=param,
                        value=ps.consensus,
                    )
                )
    moves.sort(key=lambda m: (-m.pairs, _ORDER[m.kind], m.name.casefold()))
    return tuple(moves)
