"""Announced changes of national values: what changes when, and which regions it touches."""

from __future__ import annotations

from datetime import date

from samenwerking_cli.engine.scoring import RegionScore
from samenwerking_cli.render.report.model import Announcement
from samenwerking_cli.render.report.shared import Builder, anchor


def announced(b: Builder, regions: list[RegionScore]) -> tuple[Announcement, ...]:
    """Every change after the peildatum, earliest first. A region is touched when it has a
    deviation on the parameter (in force or still to come): the change moves the value it
    deviates from."""
    out = []
    for param in b.ov.framework.parameters:
        before = param.baseline
        for change in param.coming(b.as_of):
            touched = [
                r.region.name
                for r in regions
                if param.id in r.region.deviations
                and not _ended_before(r.region.deviations[param.id].until, change.start)
            ]
            out.append(
                Announcement(
                    start=b.day(change.start),
                    start_iso=change.start.isoformat(),
                    parameter=param.title,
                    parameter_anchor=anchor("parameter", param.id),
                    parameter_id=param.id,
                    old=b.value(param, before),
                    new=b.value(param, change.baseline),
                    source=change.source,
                    regions=", ".join(sorted(touched, key=str.casefold))
                    or b.t["announced_no_regions"],
                )
            )
            before = change.baseline
    return tuple(sorted(out, key=lambda a: (a.start_iso, a.parameter_id)))


def _ended_before(until: date | None, start: date) -> bool:
    return until is not None and until < start
