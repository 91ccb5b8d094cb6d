"""Put what a filled-in workbook says into a region's YAML document (edited in place).

Only what differs from the file is touched: a cell that says what the file says leaves its line
alone, so a workbook exported and imported without changes gives the file back byte for byte.
Every cell read is remembered by the path it fills (`deviations.<id>.value` -> Afwijkingen!F12),
so validation findings on the result can be named by sheet and cell.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from samenwerking_cli.domain.findings import Finding
from samenwerking_cli.domain.model import Framework
from samenwerking_cli.domain.text import _
from samenwerking_cli.domain.workbook_layout import (
    DEVIATION_KEYS,
    LIST_SHEETS,
    REGION_FIELDS,
    Column,
)
from samenwerking_cli.loading.nodes import Path_
from samenwerking_cli.loading.workbook import FilledWorkbook, Row
from samenwerking_cli.workspace.workbook_values import (
    Wanted,
    date_value,
    list_value,
    ordered,
    parameter_value,
    same,
    text_value,
)
from samenwerking_cli.workspace.yaml_edit import (
    block_list,
    fresh_map,
    is_flow,
    remove,
    set_key,
    shared,
)

# Where a new top-level key goes: the order of docs/format.md.
ROOT_ORDER = (
    "region",
    "name",
    "kind",
    "code",
    "province",
    "provinces",
    "centrumgemeente",
    "centrumgemeente_verified",
    "municipalities",
    "framework",
    "framework_version",
    "adoption",
    "illustrative",
    "contacts",
    "deviations",
    "additions",
    "follow_ups",
)


@dataclass(slots=True)
class Applied:
    refs: dict[Path_, str] = field(default_factory=dict)  # path in the document -> Sheet!A1
    changed: set[Path_] = field(default_factory=set)
    problems: list[Finding] = field(default_factory=list)  # found before validation


def apply(
    root: CommentedMap, data: dict[str, Any], book: FilledWorkbook, framework: Framework
) -> Applied:
    out = Applied()
    _region(root, data, book, out)
    _deviations(root, data, book, framework, out)
    for _sheet, key, columns in LIST_SHEETS:
        _list(root, data, key, columns, book.lists.get(key, []), out)
    return out


def _put(mapping: CommentedMap, key: str, wanted: Wanted | None, order: tuple[str, ...]) -> None:
    if wanted is None:
        if key in mapping:
            remove(mapping, key)
    else:
        set_key(mapping, key, wanted.scalar, order)


def _region(root: CommentedMap, data: dict[str, Any], book: FilledWorkbook, out: Applied) -> None:
    for f in REGION_FIELDS:
        cell = book.region_cells.get(f.key)
        if cell is None or not f.editable:
            continue
        out.refs[(f.key,)] = cell.ref
        if f.key == "provinces":
            _provinces(root, data, cell.value, cell.ref, out)
            continue
        old = data.get(f.key)
        if f.kind == "list":
            wanted = list_value(cell.value, flow=is_flow(root.get(f.key)) or f.key not in root)
        else:
            wanted = text_value(cell.value)
        if wanted is None and f.required:
            wanted = Wanted("", '""')  # validation says the value is empty, at this cell
        if same(None, old, wanted.value if wanted else None):
            continue
        out.changed.add((f.key,))
        _put(root, f.key, wanted, ROOT_ORDER)


def _provinces(root: CommentedMap, data: dict[str, Any], raw: Any, ref: str, out: Applied) -> None:
    """One province as `province:`, more as `provinces:`, keeping the form the file uses."""
    out.refs[("province",)] = ref
    old = data.get("provinces") or ([data["province"]] if "province" in data else None)
    wanted = list_value(raw, flow=is_flow(root.get("provinces")) or "provinces" not in root)
    if same(None, old, wanted.value if wanted else None):
        return
    out.changed.update({("province",), ("provinces",)})
    if wanted is None:
        _put(root, "province", None, ROOT_ORDER)
        _put(root, "provinces", None, ROOT_ORDER)
    elif len(wanted.value) == 1 and "provinces" not in root:
        _put(root, "province", text_value(wanted.value[0]), ROOT_ORDER)
    else:
        _put(root, "provinces", wanted, ROOT_ORDER)
        _put(root, "province", None, ROOT_ORDER)


def _deviation_wanted(row: Row, param: Any) -> dict[str, Wanted | None]:
    return {
        "value": parameter_value(param, row.value("value")),
        "rationale": text_value(row.value("rationale")),
        "since": date_value(row.value("since")),
        "review_by": date_value(row.value("review_by")),
    }


def _deviations(
    root: CommentedMap,
    data: dict[str, Any],
    book: FilledWorkbook,
    framework: Framework,
    out: Applied,
) -> None:
    existing = data.get("deviations") if isinstance(data.get("deviations"), dict) else {}
    assert isinstance(existing, dict)
    node = root.get("deviations")
    seen: dict[str, Row] = {}
    for row in book.deviations:
        pid = row.value("id")
        if not isinstance(pid, str) or not pid.strip():
            continue
        pid = pid.strip()
        if pid in seen:
            out.problems.append(_twice(row, seen[pid], pid))
            continue
        seen[pid] = row
        param = framework.parameter(pid)
        path: Path_ = ("deviations", pid)
        out.refs[path] = row.cells["id"].ref
        for key in DEVIATION_KEYS:
            out.refs[(*path, key)] = row.cells[key].ref
        wanted = _deviation_wanted(row, param)
        old = existing.get(pid)
        if wanted["value"] is None and (old is not None or not any(wanted.values())):
            # An empty value: the region follows the framework (a deviation is removed).
            if old is not None and isinstance(node, CommentedMap):
                remove(node, pid)
                out.changed.add(path)
            continue
        if not isinstance(node, CommentedMap):
            node = CommentedMap()
            set_key(root, "deviations", node, ROOT_ORDER)
        keys = [k for k in DEVIATION_KEYS if not same(param, _get(old, k), _val(wanted[k]))]
        if not keys:
            continue
        out.changed.update((*path, k) for k in keys)
        current = node.get(pid)
        if isinstance(current, CommentedMap) and not shared(current):
            for key in keys:
                _put(current, key, wanted[key], DEVIATION_KEYS)
        else:
            node[pid] = _replacement(current, wanted, DEVIATION_KEYS, keys)
    if isinstance(node, CommentedMap) and not node:
        remove(root, "deviations")


def _get(item: Any, key: str) -> Any:
    return item.get(key) if isinstance(item, dict) else None


def _val(wanted: Wanted | None) -> Any:
    return wanted.value if wanted is not None else None


def _twice(row: Row, first: Row, pid: str) -> Finding:
    ref = row.cells["id"].ref
    return Finding(
        ref,
        None,
        None,
        "error",
        "duplicate-key",
        _("the parameter {id} is listed twice, in rows {first} and {second}").format(
            id=pid, first=first.number, second=row.number
        ),
        _("keep one row per parameter"),
        f"deviations.{pid}",
    )


def _item_wanted(row: Row, columns: tuple[Column, ...], old: Any) -> dict[str, Wanted | None]:
    wanted: dict[str, Wanted | None] = {}
    for column in columns:
        if column.kind == "nr":
            continue
        raw = row.value(column.key)
        if column.kind == "list":
            flow = not isinstance(old, dict) or not isinstance(old.get(column.key), CommentedSeq)
            wanted[column.key] = list_value(raw, flow=flow or is_flow(old.get(column.key)))
        elif column.kind == "date":
            wanted[column.key] = date_value(raw)
        else:
            wanted[column.key] = text_value(raw)
    return wanted


def _list(
    root: CommentedMap,
    data: dict[str, Any],
    key: str,
    columns: tuple[Column, ...],
    rows: list[Row],
    out: Applied,
) -> None:
    """Rows tie to items by their hidden `nr`; rows without one are new items, items without a
    row are removed. An item that did not change keeps its node (and its comments)."""
    existing = data.get(key) if isinstance(data.get(key), list) else []
    assert isinstance(existing, list)
    seq = root.get(key)
    nodes = list(seq) if isinstance(seq, CommentedSeq) else []
    order = tuple(c.key for c in columns if c.kind != "nr")
    used: set[int] = set()
    result: list[tuple[int | None, Any]] = []
    for row in (r for r in rows if not r.empty):
        index = _nr(row.value("nr"), len(existing), used)
        position = len(result)
        path: Path_ = (key, position)
        for column in columns:
            if column.kind != "nr":
                out.refs[(*path, column.key)] = row.cells[column.key].ref
        # A finding about the whole item (no e-mail and no phone) points at its first cell.
        reach = "email" if key == "contacts" else order[0]
        out.refs[path] = row.cells[reach].ref
        old = existing[index] if index is not None else None
        node = nodes[index] if index is not None and index < len(nodes) else None
        wanted = _item_wanted(row, columns, node)
        keys = [k for k in order if not same(None, _get(old, k), _val(wanted[k]))]
        out.changed.update((*path, k) for k in keys)
        if isinstance(node, CommentedMap) and not shared(node):
            for k in keys:
                _put(node, k, wanted[k], order)
        elif node is None or keys:
            node = _replacement(node, wanted, order, keys)
            out.changed.add(path)
        result.append((index, node))
    if [i for i, _ in result] == list(range(len(nodes))) and all(
        node is nodes[i] for i, node in result if i is not None
    ):
        return  # the same items in the same order, edited in place where needed
    out.changed.add((key,))
    if not result:
        if key in root:
            remove(root, key)
        return
    if not isinstance(seq, CommentedSeq):
        seq = block_list([])
        set_key(root, key, seq, ROOT_ORDER)
    kept = {i for i, _ in result if i is not None}
    for i in sorted(set(range(len(nodes))) - kept, reverse=True):
        remove(seq, i)
    indices = [i for i, _ in result if i is not None]
    if indices != sorted(indices):
        del seq[:]  # rows were sorted: the items follow the rows
        seq.extend(node for _, node in result)
        return
    for position, (index, node) in enumerate(result):
        if index is None:
            seq.insert(position, node)
        elif seq[position] is not node:
            seq[position] = node


def _replacement(
    node: Any, wanted: dict[str, Wanted | None], order: tuple[str, ...], changed: list[str]
) -> CommentedMap:
    """A new mapping for an item that cannot be edited in place (it is shared through an
    anchor, or merges one): values that did not change keep their own spelling, and keys the
    workbook does not show (merged ones too) are kept."""
    own: dict[str, Any] = {}
    if isinstance(node, dict):
        merged = node.get("<<")
        for source in reversed(merged if isinstance(merged, list) else [merged]):
            if isinstance(source, dict):
                own.update(source)
        own.update((k, v) for k, v in node.items() if k != "<<")
    pairs = []
    for key, scalar in ordered(wanted, order):
        kept = own.get(key) if key not in changed else None
        pairs.append((key, kept if kept is not None and not isinstance(kept, dict) else scalar))
    pairs += [(k, v) for k, v in own.items() if k not in order]
    return fresh_map(pairs)


def _nr(raw: Any, count: int, used: set[int]) -> int | None:
    """The item a row was exported from, once; a copied row is a new item."""
    if isinstance(raw, bool) or not isinstance(raw, int | float) or not float(raw).is_integer():
        return None
    index = int(raw) - 1
    if not 0 <= index < count or index in used:
        return None
    used.add(index)
    return index
