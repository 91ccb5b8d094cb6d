"""The settings every command shares (--no-color, --debug), apart so that deciding which way
to run (fast.py) imports nothing else."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Settings:
    no_color: bool = False
    debug: bool = False
    lang: str | None = None  # --lang, chosen before the run (fast.py)
