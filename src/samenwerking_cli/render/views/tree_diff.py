"""`diff REF [REF2]`: every document that differs between two refs, each as `diff` shows one
file (table, JSON, CSV, Markdown)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from samenwerking_cli.engine.tree_diff import TreeDiff
from samenwerking_cli.render.views import csv as compare_csv
from samenwerking_cli.render.views import json as compare_json
from samenwerking_cli.render.views import markdown as compare_markdown
from samenwerking_cli.render.views import table as compare_table
from samenwerking_cli.render.views.table import Canvas

EQUAL = "Geen verschillen in de inhoud van de afspraken."


def _heading(view: TreeDiff) -> str:
    n = len(view.documents)
    word = "document verschilt" if n == 1 else "documenten verschillen"
    return f"{view.old} → {view.new}: {n} {word}." if n else f"{view.old} → {view.new}: {EQUAL}"


def table(view: TreeDiff, canvas: Canvas | None = None) -> str:
    head = compare_table._render([compare_table._t(_heading(view), "bold")], canvas)
    return head + "".join("\n" + compare_table.diff(d, canvas) for d in view.documents)


def markdown(view: TreeDiff, canvas: object = None) -> str:
    lines = [
        f"# Wijzigingen: {compare_markdown.text(view.old)} → {compare_markdown.text(view.new)}"
    ]
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
