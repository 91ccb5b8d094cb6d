"""What an employer is checked against, shared by the employer rule modules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from samenwerking_cli.domain.model import Framework, Region
from samenwerking_cli.domain.places import Gazetteer


@dataclass(slots=True)
class Context:
    """What an employer is checked against: everything read before it."""

    frameworks: dict[str, Framework]
    regions: dict[str, Region]
    region_files: frozenset[str]  # ids of all region files, also invalid ones
    broken: set[str]  # frameworks that could not be built
    as_of: date
    gazetteer: Gazetteer


def framework_of(data: dict[str, Any], ctx: Context) -> Framework | None:
    """The employer's framework: the one it names, or the only one there is."""
    fid = data.get("framework")
    if fid is None and len(ctx.frameworks) == 1:
        return next(iter(ctx.frameworks.values()))
    return ctx.frameworks.get(fid) if isinstance(fid, str) else None
