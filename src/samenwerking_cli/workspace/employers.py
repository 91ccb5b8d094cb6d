"""Employers and municipalities as commands name them: by id, name or municipality."""

from __future__ import annotations

from samenwerking_cli.domain.model import Employer
from samenwerking_cli.domain.names import UnknownName, closest
from samenwerking_cli.domain.places import Gazetteer, Place, normalise
from samenwerking_cli.workspace.load import Workspace


def pick_employer(ws: Workspace, name: str) -> Employer:
    """An employer by id or name (any case; accents, spaces and hyphens do not count)."""
    wanted = normalise(name)
    for e in ws.employers.values():
        if wanted in (normalise(e.id), normalise(e.name)):
            return e
    close = closest(name.strip().casefold(), ws.employers)
    raise UnknownName("employer", name, tuple(sorted(ws.employers)), close)


def where_is(ws: Workspace, name: str) -> tuple[str, list[Place]]:
    """The regions that list a municipality (one, or two for a listing to settle)."""
    gazetteer = Gazetteer(ws.regions.values())
    places = gazetteer.find(name)
    if not places:
        raise UnknownName("municipality", name, (), gazetteer.closest(name))
    return name, places
