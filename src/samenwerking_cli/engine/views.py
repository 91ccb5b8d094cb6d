"""What the compare and show commands present: plain data built from the engine, no printing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from samenwerking_cli.domain.model import Employer, Framework, Region
from samenwerking_cli.engine.compare import Difference, differences
from samenwerking_cli.engine.employers import EmployerView, beside_national
from samenwerking_cli.engine.proposals import Move, proposals
from samenwerking_cli.engine.resolve import ResolvedRegion, resolve
from samenwerking_cli.engine.scoring import Overview, RegionScore, overview


@dataclass(frozen=True, slots=True)
class CompareView:
    """The overview; with regions named, those regions' deviations and where they differ."""

    overview: Overview
    selected: tuple[RegionScore, ...]  # empty: all regions (the overview)
    differences: tuple[Difference, ...]  # only with two or more selected regions
    subset: tuple[str, ...] = ()  # titles of the chosen topics/parameters; empty: all of them
    excluded: tuple[str, ...] = ()  # invalid region files left out
    proposals: tuple[Move, ...] | None = None  # only with --proposals
    employer: EmployerView | None = None  # compare --employer: the employer's own figures

    @property
    def regions(self) -> tuple[RegionScore, ...]:
        return self.selected or self.overview.regions


@dataclass(frozen=True, slots=True)
class AgainstView:
    framework: Framework
    as_of: date
    left: ResolvedRegion
    right: ResolvedRegion
    differences: tuple[Difference, ...]


@dataclass(frozen=True, slots=True)
class ShowView:
    resolved: ResolvedRegion
    as_of: date
    subset: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()


def subset_of(full: Framework, cut: Framework) -> tuple[str, ...]:
    """The titles of what a --topic/--parameter selection kept; empty when it kept everything."""
    if len(cut.parameters) == len(full.parameters):
        return ()
    out: list[str] = []
    for topic in cut.topics:
        whole = full.topic(topic.id)
        if whole is not None and len(whole.parameters) == len(topic.parameters):
            out.append(topic.title)
        else:
            out += [p.title for p in topic.parameters]
    return tuple(out)


def compare_view(
    framework: Framework,
    regions: Sequence[Region],
    chosen: Sequence[Region],
    as_of: date,
    *,
    subset: Sequence[str] = (),
    excluded: Sequence[str] = (),
    with_proposals: bool = False,
    employer: Employer | None = None,
) -> CompareView:
    """Both measures and the ranks are always over all regions of the framework, for context;
    `subset` names the topics/parameters the framework was cut down to. With an employer, its
    regions are the chosen ones and its own weighted figures come along."""
    ov = overview(framework, list(regions), as_of)
    if employer is not None:
        chosen = [*chosen, *(r for r in regions if r.id in employer.regions and r not in chosen)]
        order = {rid: i for i, rid in enumerate(employer.regions)}
        chosen = sorted(chosen, key=lambda r: order.get(r.id, -1))
    selected = tuple(s for r in chosen if (s := ov.region(r.id)) is not None)
    diffs = differences([s.resolved for s in selected]) if len(selected) >= 2 else []
    moves = proposals(ov, {r.id for r in chosen} or None) if with_proposals else None
    own = None
    if employer is not None:
        own = beside_national(employer, ov, {r.id: r for r in regions}, as_of)
    return CompareView(ov, selected, tuple(diffs), tuple(subset), tuple(excluded), moves, own)


def against_view(framework: Framework, left: Region, right: Region, as_of: date) -> AgainstView:
    a, b = resolve(left, framework, as_of), resolve(right, framework, as_of)
    return AgainstView(framework, as_of, a, b, tuple(differences([a, b])))


def show_view(
    framework: Framework,
    region: Region,
    as_of: date,
    subset: Sequence[str] = (),
    excluded: Sequence[str] = (),
) -> ShowView:
    return ShowView(resolve(region, framework, as_of), as_of, tuple(subset), tuple(excluded))
