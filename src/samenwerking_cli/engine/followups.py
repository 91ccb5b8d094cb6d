"""Every follow-up (vervolgafspraak) of every region in one list: filtered, sorted by due date,
counted per region for the map and grouped per session where it was agreed."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from samenwerking_cli.domain.dates import overdue
from samenwerking_cli.domain.model import FollowUp, Region

STATUSES = ("open", "done", "dropped")


@dataclass(frozen=True, slots=True)
class Filters:
    regions: tuple[str, ...] = ()  # region ids; empty: all
    employer: str | None = None
    with_text: str | None = None  # part of `with`, any case
    owner_text: str | None = None  # part of `owner`, any case
    status: str | None = None
    overdue: bool = False
    due_before: date | None = None
    made_at: str | None = None


@dataclass(frozen=True, slots=True)
class Item:
    region: Region
    index: int  # position in the region's file, from 0
    follow_up: FollowUp
    overdue: bool

    @property
    def uid(self) -> str:
        """Stable across runs: the region and the follow-up's id (or a digest of its action)."""
        key = self.follow_up.id
        if key is None:
            key = "a-" + hashlib.sha1(self.follow_up.action.encode("utf-8")).hexdigest()[:12]
        return f"{self.region.id}-{key}@samenwerking"


@dataclass(frozen=True, slots=True)
class RegionCount:
    region: Region
    open: int
    overdue: int
    done: int
    dropped: int

    @property
    def total(self) -> int:
        return self.open + self.done + self.dropped


@dataclass(frozen=True, slots=True)
class Session:
    made_at: str | None  # None: follow-ups without a session
    items: tuple[Item, ...]


@dataclass(frozen=True, slots=True)
class FollowUpList:
    as_of: date
    filters: Filters
    items: tuple[Item, ...]


def is_overdue(f: FollowUp, as_of: date) -> bool:
    return f.status == "open" and overdue(f.due, as_of)


def _contains(value: str | None, part: str | None) -> bool:
    return part is None or (value is not None and part.casefold() in value.casefold())


def _keep(f: FollowUp, region: Region, flt: Filters, as_of: date) -> bool:
    return (
        (not flt.regions or region.id in flt.regions)
        and (flt.employer is None or f.employer == flt.employer)
        and _contains(f.with_, flt.with_text)
        and _contains(f.owner, flt.owner_text)
        and (flt.status is None or f.status == flt.status)
        and (not flt.overdue or is_overdue(f, as_of))
        and (flt.due_before is None or (f.due is not None and f.due < flt.due_before))
        and (flt.made_at is None or f.made_at == flt.made_at)
    )


def _order(item: Item) -> tuple[bool, date, str, int]:
    # Without a due date last; then by region name and the order in the file.
    due = item.follow_up.due
    return (due is None, due or date.min, item.region.name.casefold(), item.index)


def follow_ups(regions: Sequence[Region], as_of: date, flt: Filters = Filters()) -> FollowUpList:
    items = [
        Item(region, i, f, is_overdue(f, as_of))
        for region in regions
        for i, f in enumerate(region.follow_ups)
        if _keep(f, region, flt, as_of)
    ]
    return FollowUpList(as_of, flt, tuple(sorted(items, key=_order)))


def per_region(regions: Sequence[Region], as_of: date) -> dict[str, RegionCount]:
    out = {}
    for region in regions:
        fs = region.follow_ups
        out[region.id] = RegionCount(
            region,
            open=sum(f.status == "open" for f in fs),
            overdue=sum(is_overdue(f, as_of) for f in fs),
            done=sum(f.status == "done" for f in fs),
            dropped=sum(f.status == "dropped" for f in fs),
        )
    return out


def sessions(items: Sequence[Item]) -> tuple[Session, ...]:
    """Per session (made_at), the earliest session first; follow-ups without one last."""
    groups: dict[str | None, list[Item]] = {}
    for item in items:
        groups.setdefault(item.follow_up.made_at, []).append(item)
    named = sorted((k for k in groups if k is not None), key=_session_order)
    keys: list[str | None] = [*named, *([None] if None in groups else [])]
    return tuple(Session(k, tuple(groups[k])) for k in keys)


def _session_order(name: str) -> tuple[str, str]:
    # `dialoogsessie-2018-09` and `2018-09-20` both sort by the date they carry.
    digits = "".join(c if c.isdigit() or c == "-" else " " for c in name).split()
    dated = next((d.strip("-") for d in digits if len(d.strip("-")) >= 4), "")
    return (dated, name)


def known_sessions(regions: Sequence[Region]) -> list[str]:
    return sorted({f.made_at for r in regions for f in r.follow_ups if f.made_at is not None})
