"""Lines of styled text that a writer shows plain or in colour, from one renderer.

A renderer returns `Line`s; the command's writer prints them with rich where colour is wanted
(a terminal), and as plain text otherwise without importing rich at all: rich would write the
same characters there, and its import costs more than checking the shipped files.
"""

from __future__ import annotations

from typing import Any, NamedTuple

Piece = tuple[str, str]  # (text, rich style name; "" for none)


class Line(NamedTuple):
    pieces: tuple[Piece, ...]
    soft_wrap: bool = True  # False: rich wraps it at the console's width

    @property
    def plain(self) -> str:
        return "".join(text for text, _ in self.pieces)


def line(*pieces: Piece, soft_wrap: bool = True) -> Line:
    return Line(tuple(pieces), soft_wrap)


def as_rich(one: Line) -> Any:
    """The line as a rich Text (document text is never read as markup)."""
    from rich.text import Text

    text = Text()
    for piece, style in one.pieces:
        text.append(piece, style=style or None)
    return text


def plain_is_exact(one: Line, width: int) -> bool:
    """True when rich without colour would write exactly `one.plain` and a newline.

    rich expands tabs (by cell width) and wraps a line without soft_wrap at the console width;
    such lines are left to rich. Control characters are shown escaped before they get here.
    """
    text = one.plain
    if "\t" in text or "\n" in text:
        return False
    return one.soft_wrap or (text.isascii() and len(text) <= width)
