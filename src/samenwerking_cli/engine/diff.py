"""Two versions of one framework or region file, compared in domain terms.

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
from pathlib import Path
from typing import Any, Literal

from samenwerking_cli.domain.findings import Finding, FindingsError, UserError
from samenwerking_cli.domain.model import Framework, Parameter, Region, Topic
from samenwerking_cli.domain.values import equal, is_number
from samenwerking_cli.loading.document import Document, LoadError, load

ChangeKind = Literal["added", "removed", "changed"]
# What a change is about; renderers translate these words.
About = Literal[
    "framework", "topic", "parameter", "region", "deviation", "contact", "addition", "follow_up"
]

# Findings that only hold for files in their place under frameworks/ or regions/: a file from
# `git show` lives anywhere under any name.
_PLACE_ONLY = frozenset({"id-mismatch"})

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
_DEVIATION_FIELDS = ("value", "rationale", "since", "review_by")
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
    note: str = ""  # for people, in Dutch: for example the parameters of a removed topic


@dataclass(frozen=True, slots=True)
class DomainDiff:
    kind: Literal["framework", "region"]
    id: str
    old_file: str
    new_file: str
    changes: tuple[Change, ...]

    @property
    def equal(self) -> bool:
        return not self.changes


@dataclass(frozen=True, slots=True)
class _Loaded:
    kind: Literal["framework", "region"]
    doc: Document
    framework: Framework | None = None
    region: Region | None = None


def read(path: Path, frameworks: dict[str, Framework] | None = None) -> _Loaded:
    """Load with our loader and validate as far as a diff needs: the document on its own.

    A known framework settles how a deviation's value is read (`92.50` is an amount), but the
    region is not held to the rules of today's framework: an old version may well name
    parameters the framework has since dropped. Raises FindingsError for a broken file.
    """
    from samenwerking_cli import validation
    from samenwerking_cli.validation import ambiguity, framework_rules, region_rules, schema

    try:
        doc = load(path, str(path))
    except LoadError as exc:
        raise FindingsError([exc.finding]) from None
    kind = validation.kind_of(doc.data)
    findings: list[Finding]
    if kind == "framework":
        findings, _ = validation.check_framework(doc)
    elif kind == "region":
        fid = str(doc.data.get("framework"))
        expected = region_rules.expected(doc.data, frameworks or {})
        findings, refused = ambiguity.settle(doc, expected)
        findings += schema.check(doc, "region", refused)
        findings += region_rules.check(doc, {}, date.today(), {fid})
    else:
        raise FindingsError([validation.not_agreement(doc)])
    errors = [f for f in findings if f.severity == "error" and f.code not in _PLACE_ONLY]
    if errors:
        raise FindingsError(errors)
    if kind == "framework":
        return _Loaded("framework", doc, framework=framework_rules.build(doc))
    return _Loaded("region", doc, region=region_rules.build(doc))


def frameworks_under(root: Path) -> dict[str, Framework]:
    """The valid frameworks under root/frameworks, for parameter titles and types; quietly
    skips what does not load: a diff does not depend on them."""
    from samenwerking_cli import validation

    out: dict[str, Framework] = {}
    folder = root / "frameworks"
    if not folder.is_dir():
        return out
    for path in sorted(folder.glob("*.y*ml")):
        try:
            doc = load(path, str(path))
        except LoadError:
            continue
        if validation.kind_of(doc.data) != "framework":
            continue
        _, framework = validation.check_framework(doc)
        if framework is not None:
            out.setdefault(framework.id, framework)
    return out


def diff_files(old: Path, new: Path, frameworks: dict[str, Framework] | None = None) -> DomainDiff:
    a, b = read(old, frameworks), read(new, frameworks)
    if a.kind != b.kind:
        raise UserError(
            f"{old} is a {a.kind} and {new} is a {b.kind}",
            "compare two versions of the same framework or region file",
        )
    if a.framework is not None and b.framework is not None:
        changes = list(framework_changes(a.framework, b.framework))
        return DomainDiff("framework", b.framework.id, str(old), str(new), tuple(changes))
    assert a.region is not None and b.region is not None
    titles = (frameworks or {}).get(b.region.framework) or (frameworks or {}).get(
        a.region.framework
    )
    changes = list(region_changes(a.region, b.region, titles))
    changes += section_changes(a.doc.data, b.doc.data)
    return DomainDiff("region", b.region.id, str(old), str(new), tuple(changes))


def _plain(value: Any) -> Any:
    """JSON-able: tuples as lists, dates as ISO text."""
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
    ids = [p.id for p in topic.parameters]
    note = ("met de parameter " if len(ids) == 1 else "met de parameters ") + ", ".join(ids)
    yield Change(kind, "topic", topic.id, topic.title, note=note if ids else "")
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
            note=f"met het onderwerp {topic.id}",
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
            note = ""
            if isinstance(a, tuple) and isinstance(b, tuple):
                note = _set_note(a, b)
            yield Change("changed", "region", key, key, key, _plain(a), _plain(b), note=note)
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
                note = _set_note(a, b) if isinstance(a, list) and isinstance(b, list) else ""
                shown = param if key == "value" else None
                yield Change(
                    "changed", "deviation", pid, title, key, _plain(a), _plain(b), shown, note
                )


def _set_note(a: Any, b: Any) -> str:
    added = sorted(set(b) - set(a), key=str)
    removed = sorted(set(a) - set(b), key=str)
    parts = []
    if added:
        parts.append("toegevoegd: " + ", ".join(map(str, added)))
    if removed:
        parts.append("verwijderd: " + ", ".join(map(str, removed)))
    return "; ".join(parts)


def _label(about: About, item: Any) -> str:
    if not isinstance(item, dict):
        return str(item)
    if about == "contact":
        who = item.get("name") or item.get("role") or "?"
        return f"{who} ({item.get('organisation', '?')})"
    if about == "addition":
        return str(item.get("title", "?"))
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
        out.append(
            Change(
                "changed",
                about,
                label,
                label,
                name,
                before.get(name),
                after.get(name),
                note=_set_note(before.get(name) or [], after.get(name) or [])
                if isinstance(before.get(name), list) or isinstance(after.get(name), list)
                else "",
            )
        )
    return out
