"""Employers and municipalities as commands name them: by id, name or municipality."""

from __future__ import annotations

from pathlib import Path

from samenwerking_cli.domain.model import Employer
from samenwerking_cli.domain.names import UnknownName, closest
from samenwerking_cli.domain.places import Gazetteer, Place, normalise
from samenwerking_cli.workspace.documents import Workspace
from samenwerking_cli.workspace.load import left_out


def pick_employer(ws: Workspace, name: str) -> Employer:
    """An employer by id or name (any case; accents, spaces and hyphens do not count).

    With invalid files left out (`load_partial`), an employer whose own file, or a region where
    it has sites, was left out stops here with those files' findings: a view without them
    would be wrong, not partial.
    """
    wanted = normalise(name)
    for e in ws.employers.values():
        if wanted in (normalise(e.id), normalise(e.name)):
            left_out(ws, {r for r in e.regions if r not in ws.regions})
            return e
    left_out(ws, {name.strip()}, folder="employers")
    close = closest(name.strip().casefold(), ws.employers)
    raise UnknownName("employer", name, tuple(sorted(ws.employers)), close)


def where_is(ws: Workspace, name: str) -> tuple[str, list[Place]]:
    """The regions that list a municipality (one, or two for a listing to settle).

    With invalid region files left out, a municipality no valid region lists stops here with
    the findings of those files, as `pick_employer` does."""
    gazetteer = Gazetteer(ws.regions.values())
    places = gazetteer.find(name)
    if not places:
        # A region left out for its errors may list it: those findings are the answer.
        left_out(ws, {Path(f).stem for f in ws.excluded if Path(f).parent.name == "regions"})
        raise UnknownName("municipality", name, (), gazetteer.closest(name))
    return name, places
