"""Where a table is drawn: its width and whether it may use colour (no rich needed to say so)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Canvas:
    width: int = 100
    color: bool = False
