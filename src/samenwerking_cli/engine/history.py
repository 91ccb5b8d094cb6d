"""How the figures moved over the commits that touched the agreements: plain data in (each
commit's framework and regions), points out.

Each point is the overview of the documents at one commit, scored as of one date (--as-of), so
its figures are exactly what `compare --as-of` gives on a checkout of that commit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from samenwerking_cli.domain.commits import Commit
from samenwerking_cli.domain.model import Framework, Region
from samenwerking_cli.engine.scoring import Overview, RegionScore, overview, score_region

Problem = Literal["invalid", "no-framework"]


@dataclass(frozen=True, slots=True)
class Figures:
    index: float | None
    balance: float | None
    adoption: str | None = None  # regions only
    name: str = ""  # a region's name or a topic's title


@dataclass(frozen=True, slots=True)
class Point:
    commit: Commit
    problem: Problem | None = None  # why there are no figures
    errors: int = 0  # files with errors, for "invalid"
    national: Figures = field(default_factory=lambda: Figures(None, None))
    topics: dict[str, Figures] = field(default_factory=dict)
    regions: dict[str, Figures] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class History:
    as_of: date
    every: str
    points: tuple[Point, ...]
    names: dict[str, str]  # region id -> name (the latest known), by name
    topics: dict[str, str]  # topic id -> title (the latest known)


class Scores:
    """score_region once per (region version, framework version): most commits change one
    region, and the snapshots hand back the same objects for unchanged files."""

    def __init__(self) -> None:
        self._known: dict[tuple[int, int], tuple[Region, Framework, RegionScore]] = {}

    def __call__(self, region: Region, framework: Framework, as_of: date) -> RegionScore:
        key = (id(region), id(framework))
        found = self._known.get(key)
        if found is None:  # the objects are kept with the score, so their ids stay theirs
            found = self._known[key] = (region, framework, score_region(region, framework, as_of))
        return found[2]

    def point(
        self, commit: Commit, framework: Framework, regions: Sequence[Region], as_of: date
    ) -> Point:
        # The per-parameter scores are not needed for the indices and cost the most.
        ov = overview(framework, list(regions), as_of, self, parameters=False)
        return figures(ov, commit)


def figures(ov: Overview, commit: Commit) -> Point:
    return Point(
        commit,
        national=Figures(ov.national_index, ov.national_balance.value),
        topics={
            t.topic.id: Figures(t.index, t.balance.value, name=t.topic.title) for t in ov.topics
        },
        regions={
            r.region.id: Figures(r.index, r.balance_value, r.region.adoption, r.region.name)
            for r in ov.regions
        },
    )


def collect(points: Sequence[Point], as_of: date, every: str) -> History:
    names: dict[str, str] = {}
    topics: dict[str, str] = {}
    for point in points:  # the latest name wins
        names.update({rid: f.name for rid, f in point.regions.items()})
        topics.update({tid: f.name for tid, f in point.topics.items()})
    order = dict(sorted(names.items(), key=lambda item: item[1].casefold()))
    return History(as_of, every, tuple(points), order, topics)
