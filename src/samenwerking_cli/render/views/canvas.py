"""Drawing rich tables and text into a string of the screen's width, colours only for a
colour terminal; document text shown as text, never as markup.

rich is imported where a table is drawn, not here: the Canvas alone (width and colour) is also
what the csv and json views are handed, and they do not need rich (~25 ms at start-up)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from samenwerking_cli.render import escape

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.text import Text

    from samenwerking_cli.render.views.layout import Column, Sheet


@dataclass(frozen=True, slots=True)
class Canvas:
    width: int = 100
    color: bool = False


def text(text: Any, style: str = "") -> Text:
    from rich.text import Text

    return Text(escape.terminal("" if text is None else str(text)), style=style)


def draw(parts: list[RenderableType], canvas: Canvas | None) -> str:
    import io

    from rich.console import Console

    canvas = canvas or Canvas()
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=canvas.width,
        force_terminal=canvas.color,
        no_color=not canvas.color,
        color_system="standard" if canvas.color else None,
        markup=False,
        highlight=False,
        emoji=False,
    )
    for part in parts:
        console.print(part)
    return buffer.getvalue()


def make_sheet(*headers: str | Column, title: str | None = None) -> Sheet:
    from samenwerking_cli.render.views.layout import Sheet

    return Sheet(*headers, title=escape.terminal(title) if title else None)


def short(header: str) -> Column:
    """A column of short values (an index, an effect) that stays on one line."""
    from samenwerking_cli.render.views.layout import Column

    return Column(header, wrap=False)


def left_out(excluded: tuple[str, ...]) -> list[RenderableType]:
    """The line naming the invalid files left out, in bold red; nothing when none was."""
    # Imported here: canvas.py is also loaded for csv and json, which do not need the labels.
    from samenwerking_cli.render.compare_labels import excluded_line

    return [text(excluded_line(excluded), "bold red")] if excluded else []
