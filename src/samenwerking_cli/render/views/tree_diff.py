"""`diff REF [REF2]`: every document that differs between two refs, each as `diff` shows one
file (table, JSON, CSV, Markdown)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from samenwerking_cli.domain.text import N_, _, ngettext
from samenwerking_cli.engine.tree_diff import TreeDiff
from samenwerking_cli.render.views import csv as compare_csv
from samenwerking_cli.render.views import json as compare_json
from samenwerking_cli.render.views import markdown as compare_markdown
from samenwerking_cli.render.views import table as compare_table
from samenwerking_cli.render.views.canvas import Canvas, draw, text
from samenwerking_cli.workspace.trees import WORK_TREE

EQUAL = N_("No differences in the content of the agreements.")


def _side(label: str) -> str:
    """A ref as given; the work tree (an id in JSON) in the reader's words."""
    return _("working folder") if label == WORK_TREE else label


def _sides(view: TreeDiff) -> str:
    return f"{_side(view.old)} → {_side(view.new)}"


def _heading(view: TreeDiff) -> str:
    n = len(view.documents)
    if not n:
        return f"{_sides(view)}: {_(EQUAL)}"
    differ = ngettext("{n} document differs.", "{n} documents differ.", n).format(n=n)
    return f"{_sides(view)}: {differ}"


def table(view: TreeDiff, canvas: Canvas | None = None) -> str:
    head = draw([text(_heading(view), "bold")], canvas)
    return head + "".join("\n" + compare_table.diff(d, canvas) for d in view.documents)


def markdown(view: TreeDiff, canvas: object = None) -> str:
    title = _("Changes: {sides}").format(sides=compare_markdown.text(_sides(view)))
    lines = [f"# {title}"]
    lines.append("")
    lines.append(compare_markdown.text(_heading(view)))
    for d in view.documents:
        lines += ["", "#" + compare_markdown.diff(d).rstrip("\n")]
    return "\n".join(lines) + "\n"


def as_json(view: TreeDiff, canvas: object = None) -> str:
    data: dict[str, Any] = {
        "old": view.old,
        "new": view.new,
        "old_commit": view.old_commit,
        "new_commit": view.new_commit,
        "equal": view.equal,
        "documents": [json.loads(compare_json.diff(d)) for d in view.documents],
    }
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def as_csv(view: TreeDiff, canvas: object = None) -> str:
    rows = [
        [d.new_file or d.old_file, d.kind, d.id, *row]
        for d in view.documents
        for row in compare_csv.diff_rows(d)
    ]
    return compare_csv.sheet(("file", "kind", "document", *compare_csv.DIFF_COLUMNS), rows)


FORMATS: dict[str, Callable[[Any, Any], str]] = {
    "table": table,
    "json": as_json,
    "csv": as_csv,
    "markdown": markdown,
}
