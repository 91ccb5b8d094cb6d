"""Find regions by municipality: the regions' `municipalities` and `centrumgemeente`.

Names are compared the way people type them: any case, without accents, spaces, hyphens and
apostrophes alike, so `sudwest fryslan` finds Súdwest-Fryslân and `s-hertogenbosch` finds
's-Hertogenbosch.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from samenwerking_cli.domain.model import Region

_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_'’‘`.]+")


# Kept: a history over many commits places the same municipalities again in each of them.
@lru_cache(maxsize=8192)
def normalise(name: str) -> str:
    """The form two spellings of one municipality share: `Súdwest-Fryslân` -> `sudwest fryslan`."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SEPARATORS.sub(" ", plain.casefold()).strip()


@dataclass(frozen=True, slots=True)
class Place:
    """A municipality as one region lists it."""

    name: str  # as written in the region file
    region: Region
    centrumgemeente: bool


class Gazetteer:
    """Every municipality of the regions, by normalised name."""

    def __init__(self, regions: Iterable[Region]) -> None:
        self._places: dict[str, list[Place]] = {}
        for region in regions:
            names = list(region.municipalities)
            if region.centrumgemeente and region.centrumgemeente not in names:
                names.append(region.centrumgemeente)
            for name in names:
                place = Place(name, region, name == region.centrumgemeente)
                found = self._places.setdefault(normalise(name), [])
                if all(p.region.id != region.id for p in found):
                    found.append(place)

    def find(self, name: str) -> list[Place]:
        """The regions that list this municipality: none, one, or (a listing mistake or a
        municipality split between regions) more."""
        return list(self._places.get(normalise(name), ()))

    def names(self) -> list[str]:
        """Every municipality once, as first written, for a did-you-mean."""
        return [places[0].name for places in self._places.values()]

    def closest(self, name: str) -> str | None:
        """The municipality probably meant by a typo, as written in its region file."""
        import difflib

        keys = list(self._places)
        close = difflib.get_close_matches(normalise(name), keys, n=1, cutoff=0.7)
        return self._places[close[0]][0].name if close else None
