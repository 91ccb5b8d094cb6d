"""The domain model: plain dataclasses built from validated documents."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Literal

ParamType = Literal["integer", "number", "money", "boolean", "choice", "text", "list"]
Value = int | float | bool | str | list[str]
NUMERIC_TYPES = frozenset({"integer", "number", "money"})
ADOPTIONS = ("adopted", "partial", "in_dialogue", "not_started")


def months_between(earlier: date, later: date) -> int:
    """Whole months from `earlier` to `later` (0 when later is not after earlier)."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    if later.day < earlier.day:
        months -= 1
    return max(months, 0)


def is_stale(verified: date, as_of: date, months: int) -> bool:
    """Confirmed longer than `months` months before `as_of` (exactly that long is not yet)."""
    year, month = divmod(as_of.year * 12 + as_of.month - 1 - months, 12)
    month += 1
    last = 31 if month == 12 else (date(year, month + 1, 1) - date(year, month, 1)).days
    return verified < date(year, month, min(as_of.day, last))


@dataclass(frozen=True, slots=True)
class BaselineChange:
    """A dated change of a parameter's national value: `baseline` applies from `start` on."""

    start: date  # `from` in the file
    baseline: Value
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Parameter:
    id: str  # topic.parameter
    topic: str
    slug: str
    title: str
    type: ParamType
    baseline: Value
    unit: str | None = None
    unit_singular: str | None = None
    min: float | None = None
    max: float | None = None
    choices: tuple[str, ...] = ()
    choice_labels: tuple[tuple[str, str], ...] = ()  # (choice, the words people read)
    employer_prefers: str | bool | None = None
    deviable: bool = True
    source: str | None = None
    illustrative: bool = False
    description: str | None = None
    changes: tuple[BaselineChange, ...] = ()  # oldest first, as written
    # The `baseline` as written, once in_force has put a dated change's value in `baseline`.
    written_baseline: Value | None = field(default=None, compare=False)

    def baseline_before(self, change: BaselineChange) -> Value:
        """The national value on the day before `change` starts."""
        earlier = [c for c in self.changes if c.start < change.start]
        if earlier:
            return max(earlier, key=lambda c: c.start).baseline
        return self.baseline if self.written_baseline is None else self.written_baseline

    def change_on(self, day: date) -> BaselineChange | None:
        """The change in force on `day`: the latest one whose `from` is on or before it."""
        started = [c for c in self.changes if c.start <= day]
        return max(started, key=lambda c: c.start) if started else None

    def coming(self, day: date) -> tuple[BaselineChange, ...]:
        """Changes announced after `day`, earliest first."""
        return tuple(sorted((c for c in self.changes if c.start > day), key=lambda c: c.start))

    def label(self, choice: str) -> str:
        """The label of a choice value, or the value itself when it has none."""
        return next((text for value, text in self.choice_labels if value == choice), choice)


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    title: str
    description: str | None
    parameters: tuple[Parameter, ...]


@dataclass(frozen=True, slots=True)
class Framework:
    id: str
    title: str
    version: str
    effective: date
    topics: tuple[Topic, ...]
    file: str
    source: str | None = None
    description: str | None = None
    illustrative: bool = False

    _index: dict[str, Parameter] = field(default_factory=dict, compare=False, repr=False)
    _in_force: dict[date, Framework] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", {p.id: p for t in self.topics for p in t.parameters})
        object.__setattr__(self, "_in_force", {})

    @property
    def parameters(self) -> tuple[Parameter, ...]:
        return tuple(self._index.values())

    def parameter(self, parameter_id: str) -> Parameter | None:
        return self._index.get(parameter_id)

    def topic(self, topic_id: str) -> Topic | None:
        return next((t for t in self.topics if t.id == topic_id), None)

    def in_force(self, day: date) -> Framework:
        """The framework with every national value as in force on `day` (see `changes`).

        The written `baseline` holds until the first change; a change's `source`, when given,
        replaces the parameter's. The changes stay on each parameter, so coming ones can be
        announced, and so does the written baseline, so a value a change made equal to a
        deviation can be told from one that always was (baseline_before).
        """
        if not any(p.changes for p in self.parameters):
            return self
        known = self._in_force.get(day)
        if known is not None:
            return known
        topics = []
        for topic in self.topics:
            params = []
            for p in topic.parameters:
                change = p.change_on(day)
                if change is not None:
                    p = replace(
                        p,
                        baseline=change.baseline,
                        source=change.source or p.source,
                        written_baseline=(
                            p.baseline if p.written_baseline is None else p.written_baseline
                        ),
                    )
                params.append(p)
            topics.append(replace(topic, parameters=tuple(params)))
        self._in_force[day] = replace(self, topics=tuple(topics))
        return self._in_force[day]


@dataclass(frozen=True, slots=True)
class Contact:
    role: str
    organisation: str
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    topics: tuple[str, ...] | None = None  # None: every topic without a contact of its own
    verified: date | None = None  # when someone last confirmed the contact

    @property
    def general(self) -> bool:
        return self.topics is None

    def covers(self, topic_id: str) -> bool:
        return self.topics is None or topic_id in self.topics


@dataclass(frozen=True, slots=True)
class Deviation:
    parameter: str
    value: Value
    rationale: str
    since: date | None = None
    review_by: date | None = None
    until: date | None = None  # the last day the deviation applies


@dataclass(frozen=True, slots=True)
class Addition:
    title: str
    description: str
    topic: str | None = None
    practice: str | None = None  # id shared by the regions that use the same practice
    origin: str | None = None  # region id where the practice started


@dataclass(frozen=True, slots=True)
class FollowUp:
    action: str
    status: str
    with_: str | None = None
    owner: str | None = None
    due: date | None = None
    id: str | None = None  # stable within its region
    made_at: str | None = None  # session where it was agreed: a date or a name
    done_on: date | None = None
    employer: str | None = None  # an employer id (employers/<id>.yaml)


@dataclass(frozen=True, slots=True)
class Region:
    id: str
    name: str
    framework: str
    adoption: str
    file: str
    kind: str = "arbeidsmarktregio"
    code: str | None = None
    provinces: tuple[str, ...] = ()
    centrumgemeente: str | None = None
    centrumgemeente_verified: bool | None = None
    municipalities: tuple[str, ...] = ()
    framework_version: str | None = None
    illustrative: bool = False
    contacts: tuple[Contact, ...] = ()
    deviations: dict[str, Deviation] = field(default_factory=dict)
    additions: tuple[Addition, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()


@dataclass(frozen=True, slots=True)
class Site:
    name: str
    region: str  # the region id, settled from the municipality or given
    municipality: str | None = None
    employees: int | None = None  # doelgroep employees at the site
    opens: date | None = None  # for a site not yet open


@dataclass(frozen=True, slots=True)
class Employer:
    """An employer with sites in several regions, and what it agreed with some of them."""

    id: str
    name: str
    framework: str
    file: str
    sites: tuple[Site, ...]
    illustrative: bool = False
    description: str | None = None
    agreements: dict[str, dict[str, Deviation]] = field(default_factory=dict)  # region -> ...
    contacts: tuple[Contact, ...] = ()

    @property
    def regions(self) -> tuple[str, ...]:
        """The ids of the regions where it has sites, in the order of the sites."""
        return tuple(dict.fromkeys(s.region for s in self.sites))
