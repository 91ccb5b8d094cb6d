"""Escaping, tables and the closing of every Markdown view; shared by the compare, employer,
practices and follow-up views, which import them from here or through markdown.py."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from samenwerking_cli.render import escape
from samenwerking_cli.render.compare_labels import excluded_line


def cell(value: str) -> str:
    # Control characters (an ANSI escape) shown as \u001b: Markdown is often read in a terminal.
    return escape.markdown_cell(escape.terminal(value))


def text(value: str) -> str:
    return escape.markdown_text(escape.terminal(value))


def _table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    """Cells are escaped here; headers are our own words."""
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return out


def _done(lines: list[str]) -> str:
    return "\n".join(lines).rstrip() + "\n"


def _left_out(excluded: Sequence[str]) -> list[str]:
    return ["", f"**{text(excluded_line(excluded))}**"] if excluded else []
