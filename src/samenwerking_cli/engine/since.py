"""What changed since an earlier commit (the last dialogue session): figures then and now,
deviations, adoption, follow-ups and good practices per region, and a trend per region.

Plain data in: the overview then and now (both as of the same date, so that every difference
comes from the documents, not from the calendar) and the history points in between.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from samenwerking_cli.domain.commits import Commit
from samenwerking_cli.domain.model import Addition, FollowUp, Region
from samenwerking_cli.engine.changes import Change
from samenwerking_cli.engine.diff import region_changes
from samenwerking_cli.engine.history import Figures, Point, figures
from samenwerking_cli.engine.scoring import Overview


@dataclass(frozen=True, slots=True)
class RegionSince:
    id: str
    name: str
    then: Figures | None  # None: the region is new since then
    now: Figures | None  # None: the region has gone
    deviations: tuple[Change, ...]  # deviations added, removed and changed
    closed: tuple[FollowUp, ...]  # open then, done or dropped now
    new_follow_ups: tuple[FollowUp, ...]
    new_practices: tuple[Addition, ...]
    trend: tuple[float | None, ...]  # the index at each commit since then, and now


@dataclass(frozen=True, slots=True)
class Since:
    spec: str  # as given: a tag, a commit, a date
    given_date: date | None  # the date given, when one was
    commit: Commit
    national_then: Figures
    national_now: Figures
    national_trend: tuple[float | None, ...]
    regions: tuple[RegionSince, ...]  # every region then or now, by name

    @property
    def tag(self) -> str | None:
        """The session's mark: the tag given, or one on the commit given; None for a date."""
        if self.given_date is not None:
            return None
        if self.spec in self.commit.tags:
            return self.spec
        return self.commit.tags[0] if self.commit.tags else None

    @property
    def day(self) -> date:
        """The date given, else the commit's."""
        return self.given_date or self.commit.date.date()


def since(
    spec: str,
    given_date: date | None,
    commit: Commit,
    then: Overview,
    now: Overview,
    between: Sequence[Point],
) -> Since:
    """`between`: the history points from the commit on (the trend); `now` is added last."""
    now_fig = figures(now, commit)
    history = [*between, now_fig]
    then_fig = figures(then, commit)
    then_regions = {r.region.id: r.region for r in then.regions}
    now_regions = {r.region.id: r.region for r in now.regions}
    rows = []
    for rid in sorted(
        {*then_regions, *now_regions},
        key=lambda r: (now_regions.get(r) or then_regions[r]).name.casefold(),
    ):
        old, new = then_regions.get(rid), now_regions.get(rid)
        shown = new or old
        assert shown is not None
        rows.append(
            RegionSince(
                id=rid,
                name=shown.name,
                then=then_fig.regions.get(rid),
                now=now_fig.regions.get(rid),
                deviations=_deviations(old, new, now),
                closed=_closed(old, new),
                new_follow_ups=_new_follow_ups(old, new),
                new_practices=_new_practices(old, new),
                trend=tuple(
                    f.index if (f := p.regions.get(rid)) is not None else None for p in history
                ),
            )
        )
    return Since(
        spec,
        given_date,
        commit,
        then_fig.national,
        now_fig.national,
        tuple(p.national.index for p in history),
        tuple(rows),
    )


def _deviations(old: Region | None, new: Region | None, now: Overview) -> tuple[Change, ...]:
    if old is None or new is None:
        return ()
    changes = region_changes(old, new, now.framework)
    return tuple(c for c in changes if c.about == "deviation")


def _closed(old: Region | None, new: Region | None) -> tuple[FollowUp, ...]:
    if old is None or new is None:
        return ()
    was_open = {f.action for f in old.follow_ups if f.status == "open"}
    return tuple(f for f in new.follow_ups if f.status != "open" and f.action in was_open)


def _new_follow_ups(old: Region | None, new: Region | None) -> tuple[FollowUp, ...]:
    if new is None:
        return ()
    before = {f.action for f in old.follow_ups} if old is not None else set()
    return tuple(f for f in new.follow_ups if f.action not in before)


def _new_practices(old: Region | None, new: Region | None) -> tuple[Addition, ...]:
    if new is None:
        return ()
    before = {a.title for a in old.additions} if old is not None else set()
    return tuple(a for a in new.additions if a.title not in before)
