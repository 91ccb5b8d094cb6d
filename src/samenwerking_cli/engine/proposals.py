"""Proposals a dialogue session can put on the table, each with its effect on both measures.

Both measures pool the (region, parameter) pairs of the regions that take part (see scoring), so
a move that aligns k more pairs raises the national index by exactly 100 x k / pairs, and a move
that turns u unfavourable pairs into aligned ones raises the national employer balance by
100 x u / comparable pairs. The rules:

- No move asks a region to give up a deviation that is favourable for employers. A region move
  (a region takes over the framework value) and a parameter move (every region takes over the
  framework value of one parameter) only touch unfavourable and neutral deviations.
- A framework move (the framework takes over a value the regions chose) is proposed only for a
  framework candidate (`ParameterScore.consensus`): a value held by at least
  CONSENSUS_MIN_REGIONS regions and by more regions than the framework value, all participating
  regions counted, and not worse for employers. Its balance effect may be negative: regions that
  followed the old framework value now fall short of a higher bar, and the move says so.
- Only moves that raise the national index are listed, largest index gain first; ties by larger
  balance gain, then regions, parameters, framework changes, each by name.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal

from samenwerking_cli.domain.model import Parameter, Region, Value
from samenwerking_cli.domain.values import equal
from samenwerking_cli.engine.compare import DeviationResult, effect
from samenwerking_cli.engine.scoring import (
    CONSENSUS_MIN_REGIONS,
    Overview,
    ParameterScore,
    comparable,
)

MoveKind = Literal["region", "parameter", "framework"]
# Why a move is proposed; the renderers turn it into one sentence (labels "reason_<code>").
Reason = Literal[
    "region_unfavourable",  # the region's deviations include unfavourable ones
    "region_neutral",  # the region's deviations differ without a gain for employers
    "parameter_unfavourable",
    "parameter_neutral",
    "framework_favourable",  # most regions chose a value that is better for employers
    "framework_majority",  # most regions chose a value that is neither better nor worse
]
_ORDER = {"region": 0, "parameter": 1, "framework": 2}  # among equal gains
_SCORE = {"favourable": 1, "unfavourable": -1, "neutral": 0}

__all__ = ["CONSENSUS_MIN_REGIONS", "Move", "MoveKind", "Reason", "proposals"]


@dataclass(frozen=True, slots=True)
class Move:
    kind: MoveKind
    pairs: int  # (region, parameter) pairs the move aligns, net
    gain: float  # rise of the national harmonisation index in points: 100 x pairs / all pairs
    balance_gain: float | None  # change of the national employer balance in points (may be < 0)
    reason: Reason
    region: Region | None = None  # kind "region"
    parameter: Parameter | None = None  # kinds "parameter" and "framework"
    value: Value | None = None  # kind "framework": the value the framework would take over
    changes: tuple[tuple[str, str], ...] = ()  # (region id, parameter id) set to the framework
    unfavourable: int = 0  # unfavourable deviations among `changes`
    support: int = 0  # kind "framework": regions holding `value`
    following: int = 0  # kind "framework": regions holding the current framework value

    @property
    def name(self) -> str:
        """What the move is about: the region's name or the parameter's title."""
        if self.region is not None:
            return self.region.name
        assert self.parameter is not None
        return self.parameter.title

    @property
    def index_gain(self) -> float:
        return self.gain


def _askable(dev: DeviationResult) -> bool:
    """A deviation a region may be asked to give up: never a favourable one."""
    return dev.effect != "favourable"


def _unfavourable(devs: list[DeviationResult]) -> int:
    return sum(1 for d in devs if d.effect == "unfavourable" and comparable(d.parameter))


def _framework_move(ps: ParameterScore, total: int, comparable_pairs: int) -> Move | None:
    param, new = ps.parameter, ps.consensus
    if new is None:
        return None
    support = sum(n for v, n in ps.distribution if equal(param.type, v, new))
    following = sum(n for v, n in ps.distribution if equal(param.type, v, param.baseline))
    gained = support - following
    if gained <= 0:
        return None
    shift = 0  # change of (favourable - unfavourable) over every region's value
    if comparable(param):
        for value, n in ps.distribution:
            shift += n * (
                _SCORE[effect(param, new, value)] - _SCORE[effect(param, param.baseline, value)]
            )
    better = effect(param, param.baseline, new) == "favourable"
    return Move(
        "framework",
        gained,
        100.0 * gained / total,
        100.0 * shift / comparable_pairs if comparable_pairs else None,
        "framework_favourable" if better else "framework_majority",
        parameter=param,
        value=new,
        support=support,
        following=following,
    )


def proposals(ov: Overview, shown: Collection[str] | None = None) -> tuple[Move, ...]:
    """Every move that raises the national index under the rules above. `shown` (region ids)
    limits the region and parameter moves to those regions; a framework change is national."""
    total = len(ov.framework.parameters) * len(ov.participating)
    if not total:
        return ()
    comparable_pairs = ov.national_balance.comparable

    def balance(unfavourable: int) -> float | None:
        return 100.0 * unfavourable / comparable_pairs if comparable_pairs else None

    def shows(region: Region) -> bool:
        return shown is None or region.id in shown

    moves: list[Move] = []
    for rs in ov.participating:
        devs = [d for d in rs.deviations if _askable(d)]
        if devs and shows(rs.region):
            u = _unfavourable(devs)
            moves.append(
                Move(
                    "region",
                    len(devs),
                    100.0 * len(devs) / total,
                    balance(u),
                    "region_unfavourable" if u else "region_neutral",
                    region=rs.region,
                    changes=tuple((rs.region.id, d.parameter.id) for d in devs),
                    unfavourable=u,
                )
            )
    for ps in ov.parameters:
        param = ps.parameter
        picked = [(r, d) for r, d in ps.deviating if _askable(d) and shows(r)]
        if picked:
            u = _unfavourable([d for _, d in picked])
            moves.append(
                Move(
                    "parameter",
                    len(picked),
                    100.0 * len(picked) / total,
                    balance(u),
                    "parameter_unfavourable" if u else "parameter_neutral",
                    parameter=param,
                    changes=tuple((r.id, param.id) for r, _ in picked),
                    unfavourable=u,
                )
            )
        framework = _framework_move(ps, total, comparable_pairs)
        if framework is not None:
            moves.append(framework)
    moves.sort(
        key=lambda m: (-m.pairs, -(m.balance_gain or 0.0), _ORDER[m.kind], m.name.casefold())
    )
    return tuple(moves)
