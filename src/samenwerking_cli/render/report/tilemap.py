"""A schematic tile map of the 35 arbeidsmarktregio's: one tile per region, roughly in place.

Written by hand from Dutch geography (north at the top, the coast on the left), because no
licensed boundary data ships with the tool. Keyed by CBS code; regions without a known code
go in an extra row below the map.
"""

from __future__ import annotations

COLUMNS = 7

# CBS code -> (column, row)
TILES: dict[str, tuple[int, int]] = {
    "AM02": (4, 0),  # Friesland
    "AM01": (5, 0),  # Groningen
    "AM15": (2, 1),  # Noord-Holland Noord
    "AM03": (5, 1),  # Drenthe
    "AM37": (1, 2),  # Zuid-Kennemerland en IJmond
    "AM17": (2, 2),  # Zaanstreek/Waterland
    "AM11": (4, 2),  # Flevoland
    "AM36": (5, 2),  # Zwolle
    "AM05": (6, 2),  # Twente
    "AM19": (1, 3),  # Holland Rijnland
    "AM18": (2, 3),  # Groot Amsterdam
    "AM12": (3, 3),  # Gooi en Vechtstreek
    "AM14": (4, 3),  # Amersfoort
    "AM06": (5, 3),  # Stedendriehoek en Noordwest Veluwe
    "AM09": (6, 3),  # Achterhoek
    "AM21": (0, 4),  # Haaglanden
    "AM34": (1, 4),  # Zuid-Holland Centraal
    "AM20": (2, 4),  # Midden-Holland
    "AM13": (3, 4),  # Midden-Utrecht
    "AM38": (4, 4),  # Food Valley
    "AM07": (5, 4),  # Midden-Gelderland
    "AM22": (1, 5),  # Rijnmond
    "AM23": (2, 5),  # Drechtsteden
    "AM35": (3, 5),  # Gorinchem
    "AM10": (4, 5),  # Rivierenland
    "AM08": (5, 5),  # Rijk van Nijmegen
    "AM24": (0, 6),  # Zeeland
    "AM25": (1, 6),  # West-Brabant
    "AM26": (2, 6),  # Midden-Brabant
    "AM27": (3, 6),  # Noordoost-Brabant
    "AM29": (4, 6),  # Noord-Limburg
    "AM28": (2, 7),  # Zuidoost-Brabant
    "AM32": (3, 7),  # Helmond-De Peel
    "AM33": (4, 7),  # Midden-Limburg
    "AM30": (4, 8),  # Zuid-Limburg
}

ROWS = 1 + max(row for _, row in TILES.values())
