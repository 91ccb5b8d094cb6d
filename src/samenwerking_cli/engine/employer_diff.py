"""Two versions of one employer file, compared in domain terms (for `diff REF [REF2]`).

An employer is compared as it is written: its sites are placed in regions only against the
regions of the same moment, which a diff of two moments does not need. Agreements are compared
like a region's deviations, with the framework's types; sites and contacts like a region's
contacts.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from samenwerking_cli.domain.model import Framework
from samenwerking_cli.domain.versions import Version
from samenwerking_cli.engine.changes import Change, ChangeKind, DomainDiff
from samenwerking_cli.engine.diff import _plain, _same
from samenwerking_cli.engine.diff_sections import change_order, section_diff

_FIELDS = ("employer", "name", "framework", "illustrative", "description")
_AGREEMENT_FIELDS = ("value", "rationale", "since", "review_by", "until")


def employer_diff(a: Version, b: Version, frameworks: dict[str, Framework]) -> DomainDiff:
    framework = frameworks.get(str(b.data.get("framework"))) or frameworks.get(
        str(a.data.get("framework"))
    )
    if framework is None and len(frameworks) == 1:  # an employer names its framework optionally
        framework = next(iter(frameworks.values()))
    changes: list[Change] = []
    for key in _FIELDS:
        old, new = a.data.get(key), b.data.get(key)
        if not _same(None, old, new):
            changes.append(Change("changed", "employer", key, key, key, _plain(old), _plain(new)))
    changes += _agreements(_flat(a.data), _flat(b.data), framework)
    changes += sorted(
        section_diff("site", a.data.get("sites"), b.data.get("sites")), key=change_order
    )
    changes += sorted(
        section_diff("contact", a.data.get("contacts"), b.data.get("contacts")), key=change_order
    )
    return DomainDiff("employer", str(b.employer), a.file, b.file, tuple(changes))


def _flat(data: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """(region, parameter) -> the agreement, as written."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    agreements = data.get("agreements")
    if not isinstance(agreements, dict):
        return out
    for region, items in agreements.items():
        if isinstance(items, dict):
            for pid, item in items.items():
                out[(str(region), str(pid))] = item if isinstance(item, dict) else {}
    return out


def _agreements(
    old: dict[tuple[str, str], dict[str, Any]],
    new: dict[tuple[str, str], dict[str, Any]],
    framework: Framework | None,
) -> Iterator[Change]:
    for key in [*old, *(k for k in new if k not in old)]:
        region, pid = key
        param = framework.parameter(pid) if framework else None
        ident = f"{region}: {pid}"
        title = f"{region}: {param.title}" if param else ident
        before, after = old.get(key), new.get(key)
        if after is None or before is None:
            kind: ChangeKind = "removed" if after is None else "added"
            item = before if after is None else after
            value = _plain((item or {}).get("value"))
            yield Change(
                kind,
                "agreement",
                ident,
                title,
                old=value if kind == "removed" else None,
                new=value if kind == "added" else None,
                parameter=param,
            )
            continue
        for field in _AGREEMENT_FIELDS:
            a, b = before.get(field), after.get(field)
            typed = param.type if field == "value" and param else None
            if not _same(typed, a, b):
                shown = param if field == "value" else None
                yield Change(
                    "changed", "agreement", ident, title, field, _plain(a), _plain(b), shown
                )
