"""The free-form parts of a region (contacts, additions, follow-ups) compared: a generic
structural diff from deepdiff, turned into changes of a contact, an addition or a follow-up, so
that people never see `root['contacts'][0]`."""

from __future__ import annotations

from typing import Any

from samenwerking_cli.engine.changes import About, Change, set_changes

_SECTIONS: tuple[tuple[str, About], ...] = (
    ("contacts", "contact"),
    ("additions", "addition"),
    ("follow_ups", "follow_up"),
)


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
    import logging  # here: ~15 ms that only a diff needs

    logging.getLogger("deepdiff").setLevel(logging.CRITICAL)
    out: list[Change] = []
    for key, about in _SECTIONS:
        out += sorted(section_diff(about, old.get(key), new.get(key)), key=change_order)
    return out


def change_order(change: Change) -> tuple[str, int, str]:
    return (change.id, ("removed", "changed", "added").index(change.kind), change.field or "")


def section_diff(about: About, old: Any, new: Any) -> list[Change]:
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
            set_changes(old_value or [], new_value or [])
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
