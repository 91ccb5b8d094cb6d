"""Names people type (regions, topics, parameters, frameworks): the closest known one to a typo,
and the errors when a name does not fit."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

# Suggestions are for typos in ordinary documents. Comparing costs about len(word) x len(option)
# per pair, so a hostile file with thousands of unknown keys (against thousands of options)
# would take minutes: each word and option is bounded, and so is the work per document.
SUGGEST_MAX_CHARS = 80
SUGGEST_MAX_OPTIONS = 5_000
_SUGGEST_BUDGET = 20_000_000
_spent = 0


def new_document() -> None:
    """Each document gets the whole budget, so one hostile file leaves the others their hints."""
    global _spent
    _spent = 0


def closest(word: str, options: Iterable[str]) -> str | None:
    global _spent
    if len(word) > SUGGEST_MAX_CHARS or _spent > _SUGGEST_BUDGET:
        return None
    # A match needs 2 x common / (len(a) + len(b)) >= 0.6: options far longer or shorter
    # cannot reach it.
    low, high = len(word) * 3 // 7, len(word) * 7 // 3 + 1
    candidates = [o for o in options if low <= len(o) <= high][:SUGGEST_MAX_OPTIONS]
    _spent += len(word) * sum(len(o) for o in candidates) + len(candidates)
    close = difflib.get_close_matches(word, candidates, n=1, cutoff=0.6)
    return close[0] if close else None


class NameProblem(Exception):
    """A name the user chose does not fit the documents. Plain data: the command line words it,
    naming its own options in the hint."""


@dataclass(eq=False)
class UnknownName(NameProblem):
    """No topic, parameter, framework or region by this name."""

    kind: Literal["topic", "parameter", "framework", "region", "employer", "municipality"]
    name: str
    known: tuple[str, ...]  # the names there are, in the order to list them
    close: str | None  # the name probably meant


@dataclass(eq=False)
class WrongKind(NameProblem):
    """A parameter given as a topic, or a topic as a parameter."""

    name: str
    is_a: Literal["topic", "parameter"]
    parameter: str | None = None  # the parameter's id, when it is one
    topic: str = ""  # the topic (of the parameter)


@dataclass(eq=False)
class OtherFramework(NameProblem):
    """A chosen region agrees to another framework than the chosen one."""

    region: str
    its_framework: str
    chosen: str


@dataclass(eq=False)
class SeveralFrameworks(NameProblem):
    """The chosen regions, or the root, have more than one framework: one must be chosen."""

    ids: tuple[str, ...]
    of_regions: bool  # True: the chosen regions agree to these; False: the root holds them


@dataclass(eq=False)
class NoFramework(NameProblem):
    """The root has no framework at all."""

    folder: str  # the frameworks folder, as shown


@dataclass(eq=False)
class SharedMunicipality(NameProblem):
    """A municipality given for a region is listed by more than one region."""

    name: str  # as the first region writes it
    regions: tuple[str, ...]  # the ids of the regions that list it
