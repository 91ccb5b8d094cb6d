"""A commit of the repository that holds the agreements: what history and --since point at."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Commit:
    id: str  # the full commit id
    date: datetime  # the committer date
    tags: tuple[str, ...] = ()
