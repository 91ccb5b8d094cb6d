"""Two versions of one framework or region file, compared in domain terms (employers: see
employer_diff).

Parameters, baselines and deviations are compared with the framework's types (money to the cent,
lists as sets). The free-form parts of a region (contacts, additions, follow-ups) get a generic
structural diff from deepdiff, translated into "contact X: email changed" lines: users never see
`root['contacts'][0]`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from samenwerking_cli.domain.model import BaselineChange, Framework, Parameter, Region, Topic
from samenwerking_cli.domain.values import equal, is_number
from samenwerking_cli.domain.versions import Version

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

_FRAMEWORK_FIELDS = ("title", "version", "effective", "source", "description", "illustrative")
_PARAMETER_FIELDS = (
    "title",
    "type",
    "baseline",
    "unit",
    "unit_singular",
    "min",
    "max",
    "choices",
    "employer_prefers",
    "deviable",
    "source",
    "illustrative",
    "description",
    "changes",
)
_REGION_FIELDS = (
    "region",
    "name",
    "kind",
    "code",
    "provinces",
    "centrumgemeente",
    "centrumgemeente_verified",
    "municipalities",
    "framework",
    "framework_version",
    "adoption",
    "illustrative",
)
_DEVIATION_FIELDS = ("value", "rationale", "since", "until", "review_by")
_SECTIONS: tuple[tuple[str, About], ...] = (
    ("contacts", "contact"),
    ("additions", "addition"),
    ("follow_ups", "follow_up"),
)


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


def diff_versions(
    a: Version, b: Version, frameworks: dict[str, Framework] | None = None
) -> DomainDiff:
    """What changed from `a` to `b`, two versions of one kind of file; `frameworks` give the
    parameters of a region diff their titles and types."""
    if a.framework is not None and b.framework is not None:
        changes = list(framework_changes(a.framework, b.framework))
        return DomainDiff("framework", b.framework.id, a.file, b.file, tuple(changes))
    assert a.region is not None and b.region is not None
    titles = (frameworks or {}).get(b.region.framework) or (frameworks or {}).get(
        a.region.framework
    )
    changes = list(region_changes(a.region, b.region, titles))
    changes += section_changes(a.data, b.data)
    return DomainDiff("region", b.region.id, a.file, b.file, tuple(changes))


def _plain(value: Any) -> Any:
    """JSON-able: tuples as lists, dates as ISO text, dated national values as in the file."""
    if isinstance(value, BaselineChange):
        return {"from": value.start.isoformat(), "baseline": value.baseline, "source": value.source}
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def _same(param_type: str | None, a: Any, b: Any) -> bool:
    if param_type is not None:
        return equal(param_type, a, b)
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return set(a) == set(b)
    if is_number(a) and is_number(b):
        return bool(a == b)
    return bool(a == b) and type(a) is type(b)


def framework_changes(old: Framework, new: Framework) -> Iterator[Change]:
    for key in _FRAMEWORK_FIELDS:
        a, b = getattr(old, key), getattr(new, key)
        if not _same(None, a, b):
            yield Change("changed", "framework", key, key, key, _plain(a), _plain(b))
    if old.id != new.id:
        yield Change("changed", "framework", "framework", "framework", "framework", old.id, new.id)
    new_topics = {t.id: t for t in new.topics}
    old_topics = {t.id: t for t in old.topics}
    for topic in old.topics:
        if topic.id not in new_topics:
            yield from _whole_topic("removed", topic)
    for topic in new.topics:
        if topic.id not in old_topics:
            yield from _whole_topic("added", topic)
            continue
        before = old_topics[topic.id]
        for key in ("title", "description"):
            a, b = getattr(before, key), getattr(topic, key)
            if a != b:
                yield Change("changed", "topic", topic.id, topic.title, key, a, b)
        yield from _parameter_changes(before.parameters, topic.parameters)


def _whole_topic(kind: Literal["added", "removed"], topic: Topic) -> Iterator[Change]:
    """A topic that came or went, and each of its parameters with it."""
    ids = tuple(p.id for p in topic.parameters)
    yield Change(kind, "topic", topic.id, topic.title, members=ids)
    for p in topic.parameters:
        value = _plain(p.baseline)
        yield Change(
            kind,
            "parameter",
            p.id,
            p.title,
            old=value if kind == "removed" else None,
            new=value if kind == "added" else None,
            parameter=p,
            with_topic=topic.id,
        )


def _parameter_changes(old: tuple[Parameter, ...], new: tuple[Parameter, ...]) -> Iterator[Change]:
    new_ids = {p.id: p for p in new}
    old_ids = {p.id: p for p in old}
    for p in old:
        if p.id not in new_ids:
            yield Change("removed", "parameter", p.id, p.title, old=_plain(p.baseline), parameter=p)
    for p in new:
        before = old_ids.get(p.id)
        if before is None:
            yield Change("added", "parameter", p.id, p.title, new=_plain(p.baseline), parameter=p)
            continue
        for key in _PARAMETER_FIELDS:
            a, b = getattr(before, key), getattr(p, key)
            kind = p.type if key == "baseline" and before.type == p.type else None
            if not _same(kind, a, b):
                shown = p if key == "baseline" and before.type == p.type else None
                yield Change(
                    "changed", "parameter", p.id, p.title, key, _plain(a), _plain(b), shown
                )


def region_changes(old: Region, new: Region, framework: Framework | None) -> Iterator[Change]:
    for key in _REGION_FIELDS:
        attr = "id" if key == "region" else key
        a, b = getattr(old, attr), getattr(new, attr)
        if not _same(None, a, b):
            added, removed = (
                _set_changes(a, b) if isinstance(a, tuple) and isinstance(b, tuple) else ((), ())
            )
            yield Change(
                "changed",
                "region",
                key,
                key,
                key,
                _plain(a),
                _plain(b),
                added=added,
                removed=removed,
            )
    for pid, dev in old.deviations.items():
        if pid not in new.deviations:
            param = framework.parameter(pid) if framework else None
            title = param.title if param else pid
            yield Change("removed", "deviation", pid, title, old=_plain(dev.value), parameter=param)
    for pid, dev in new.deviations.items():
        param = framework.parameter(pid) if framework else None
        title = param.title if param else pid
        before = old.deviations.get(pid)
        if before is None:
            yield Change("added", "deviation", pid, title, new=_plain(dev.value), parameter=param)
            continue
        for key in _DEVIATION_FIELDS:
            a, b = getattr(before, key), getattr(dev, key)
            kind = param.type if key == "value" and param else None
            if not _same(kind, a, b):
                added, removed = (
                    _set_changes(a, b) if isinstance(a, list) and isinstance(b, list) else ((), ())
                )
                shown = param if key == "value" else None
                yield Change(
                    "changed",
                    "deviation",
                    pid,
                    title,
                    key,
                    _plain(a),
                    _plain(b),
                    shown,
                    added=added,
                    removed=removed,
                )


def _set_changes(a: Any, b: Any) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    """The items added and removed, each sorted as text."""
    return tuple(sorted(set(b) - set(a), key=str)), tuple(sorted(set(a) - set(b), key=str))


def _label(about: About, item: Any) -> str:
    if not isinstance(item, dict):
        return str(item)
    if about == "contact":
        who = item.get("name") or item.get("role") or "?"
        return f"{who} ({item.get('organisation', '?')})"
    if about == "addition":
        return str(item.get("title", "?"))
    if about == "site":
        return str(item.get("name", "?"))
    return str(item.get("action", "?"))


def section_changes(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Contacts, additions and follow-ups: order does not matter, similar items are paired."""
    # deepdiff logs warnings of its own (for example on its pairing limits); they are noise here.
    logging.getLogger("deepdiff").setLevel(logging.CRITICAL)
    out: list[Change] = []
    for key, about in _SECTIONS:
        out += sorted(_section(about, old.get(key), new.get(key)), key=_order)
    return out


def _order(change: Change) -> tuple[str, int, str]:
    return (change.id, ("removed", "changed", "added").index(change.kind), change.field or "")


def _section(about: About, old: Any, new: Any) -> list[Change]:
    from deepdiff import DeepDiff

    out: list[Change] = []
    a, b = list(old or []), list(new or [])
    if a == b:
        return out
    tree = DeepDiff(
        a,
        b,
        ignore_order=True,
        threshold_to_diff_deeper=0,
        cutoff_intersection_for_pairs=1,
        view="tree",
    )
    fields: dict[tuple[int, int, str], None] = {}
    for report, levels in tree.items():
        for level in levels:
            p1 = level.path(output_format="list")
            p2 = level.path(use_t2=True, output_format="list")
            if not p1 or not isinstance(p1[0], int):
                continue
            if len(p1) == 1:
                # a whole item came or went (or was replaced by a very different one)
                if report != "iterable_item_added":
                    label = _label(about, a[p1[0]])
                    out.append(Change("removed", about, label, label, old=a[p1[0]]))
                if report != "iterable_item_removed":
                    label = _label(about, b[p2[0]])
                    out.append(Change("added", about, label, label, new=b[p2[0]]))
            else:
                fields[(p1[0], p2[0], str(p1[1]))] = None
    for i, j, name in fields:
        before, after = a[i], b[j]
        label = _label(about, before)
        old_value, new_value = before.get(name), after.get(name)
        added, removed = (
            _set_changes(old_value or [], new_value or [])
            if isinstance(old_value, list) or isinstance(new_value, list)
            else ((), ())
        )
        out.append(
            Change(
                "changed",
                about,
                label,
                label,
                name,
                old_value,
                new_value,
                added=added,
                removed=removed,
            )
        )
    return out
