"""Names people type (regions, topics, parameters, frameworks): the closest known one to a typo,
and the errors when a name does not fit."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal


def closest(word: str, options: Iterable[str]) -> str | None:
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
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
