"""What a diff returns: changes in domain terms, as plain data for the renderers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from samenwerking_cli.domain.model import Parameter

ChangeKind = Literal["added", "removed", "changed"]
# What a change is about; renderers translate these words.
About = Literal[
    "framework",
    "topic",
    "parameter",
    "region",
    "deviation",
    "contact",
    "addition",
    "follow_up",
    "employer",
    "site",
    "agreement",
]


@dataclass(frozen=True, slots=True)
class Change:
    kind: ChangeKind
    about: About
    id: str  # parameter id, topic id, region key, or a label for a contact/addition/follow-up
    title: str  # for people: a parameter's or topic's title, or the same label
    field: str | None = None  # the key that changed; None when the whole thing came or went
    old: Any = None  # values as JSON-able data (dates as ISO text)
    new: Any = None
    parameter: Parameter | None = None  # to show values the domain's way
    # What renderers note beside a change:
    members: tuple[str, ...] = ()  # a topic that came or went: the parameters that went with it
    with_topic: str | None = None  # a parameter that came or went with its whole topic
    added: tuple[Any, ...] = ()  # a list-like field: the items added and removed
    removed: tuple[Any, ...] = ()


@dataclass(frozen=True, slots=True)
class DomainDiff:
    kind: Literal["framework", "region", "employer"]
    id: str
    old_file: str
    new_file: str
    changes: tuple[Change, ...]

    @property
    def equal(self) -> bool:
        return not self.changes


def set_changes(a: Any, b: Any) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    """The items added and removed, each sorted as text."""
    return tuple(sorted(set(b) - set(a), key=str)), tuple(sorted(set(a) - set(b), key=str))
