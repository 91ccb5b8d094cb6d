"""Good practices shared between regions: where each started and which regions use it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from samenwerking_cli.domain.model import Addition, Region


@dataclass(frozen=True, slots=True)
class Use:
    region: Region
    addition: Addition


@dataclass(frozen=True, slots=True)
class Practice:
    id: str | None  # None: a region's own addition without a shared id
    title: str
    topic: str | None
    origin: str | None  # region id, as written
    origin_region: Region | None  # None when the origin is not given or not a known region
    uses: tuple[Use, ...]  # origin first, then by region name

    @property
    def regions(self) -> tuple[Region, ...]:
        return tuple(u.region for u in self.uses)

    @property
    def spread(self) -> tuple[Region, ...]:
        """The regions that took the practice over from its origin."""
        return tuple(u.region for u in self.uses if u.region.id != self.origin)


@dataclass(frozen=True, slots=True)
class PracticeList:
    practices: tuple[Practice, ...]
    topic_titles: dict[str, str]  # topic id -> title, of the regions' frameworks

    def topic(self, p: Practice) -> str:
        return self.topic_titles.get(p.topic, p.topic) if p.topic else ""


def practices(regions: Sequence[Region], known: Sequence[Region] = ()) -> tuple[Practice, ...]:
    """Each practice of `regions`; `known` (default: `regions`) resolves origins to regions.

    Additions sharing a `practice` id are one practice; an addition without one is a practice
    of its own region. Shared practices come first, the most widely used first.
    """
    by_id = {r.id: r for r in (known or regions)}
    groups: dict[tuple[str, str], list[Use]] = {}
    for region in regions:
        for i, addition in enumerate(region.additions):
            key = ("id", addition.practice) if addition.practice else ("own", f"{region.id}#{i}")
            groups.setdefault(key, []).append(Use(region, addition))
    out = []
    for (kind, ident), uses in groups.items():
        origin = next((u.addition.origin for u in uses if u.addition.origin), None)
        named = next((u for u in uses if u.region.id == origin), uses[0])
        uses.sort(key=lambda u: (u.region.id != origin, u.region.name.casefold()))
        out.append(
            Practice(
                id=ident if kind == "id" else None,
                title=named.addition.title,
                topic=named.addition.topic,
                origin=origin,
                origin_region=by_id.get(origin) if origin else None,
                uses=tuple(uses),
            )
        )
    out.sort(key=lambda p: (p.id is None, -len(p.uses), p.title.casefold()))
    return tuple(out)
