"""Column widths for the terminal tables, so that headers and ids are never broken mid-word.

Left to itself, rich shrinks the widest columns and then every column alike, breaking words
anywhere ("Toelichtin g", "proefplaats ing"). Here a table is laid out in the best of these
ways that fits: everything; without the dim id lines under titles; without the optional columns;
and only then with long words of free text broken (never a header word or an id).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.table import Table
from rich.text import Text

# A cell is its text, or its text and a dim extra line (an id) shown only where it fits whole.
Cell = Text | tuple[Text, Text]


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    wrap: bool = True  # may wrap between words; False for short values that stay on one line
    optional: bool = False  # left out in a narrow terminal rather than breaking words


@dataclass(frozen=True, slots=True)
class _Need:
    natural: int  # the widest line
    strict: int  # the longest word: nothing is broken
    relaxed: int  # the longest word that must stay whole (header words, ids)


class Sheet:
    """A table that picks its column widths when it is printed (rich renderable)."""

    def __init__(self, *columns: Column | str, title: str | None = None) -> None:
        self.columns = [c if isinstance(c, Column) else Column(c) for c in columns]
        self.title = title
        self.rows: list[list[Cell]] = []

    def add_row(self, *cells: Cell) -> None:
        self.rows.append(list(cells))

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.table(options.max_width)

    def table(self, width: int) -> Table:
        every = list(range(len(self.columns)))
        needed = [i for i in every if not self.columns[i].optional]
        tries = [(every, True, False), (every, False, False), (needed, False, False)]
        tries += [(every, False, True), (needed, False, True)]
        for shown, extras, relaxed in tries:
            needs = [self._need(i, extras) for i in shown]
            widths = solve(needs, width - 3 * len(shown) - 1, relaxed)
            if widths is not None:
                return self._build(shown, extras, widths, needs)
        return self._build(needed, False, None, [])  # far too narrow: rich breaks what it must

    def _need(self, i: int, extras: bool) -> _Need:
        column = self.columns[i]
        texts = [_main(row[i]) for row in self.rows]
        whole = [column.header]
        if extras:
            whole += [_extra(row[i]) for row in self.rows]
        lines = [line for text in [*texts, *whole] for line in text.split("\n")]
        natural = max((cell_len(line) for line in lines), default=1)
        relaxed = max(_words(whole), default=1)
        if not column.wrap:
            return _Need(natural, natural, natural)
        return _Need(natural, max(relaxed, max(_words(texts), default=1)), relaxed)

    def _build(
        self, shown: list[int], extras: bool, widths: list[int] | None, needs: list[_Need]
    ) -> Table:
        table = Table(
            title=Text(self.title) if self.title else None, title_justify="left", expand=False
        )
        for n, i in enumerate(shown):
            column = self.columns[i]
            if widths is None:
                table.add_column(column.header, overflow="fold")
                continue
            # `fold` only where a word is longer than the column; elsewhere words wrap whole.
            fold = widths[n] < needs[n].strict
            table.add_column(
                column.header,
                width=widths[n],
                no_wrap=not column.wrap,
                overflow="fold" if fold else "ellipsis",
            )
        for row in self.rows:
            table.add_row(*(_cell(row[i], extras) for i in shown))
        return table


def solve(needs: list[_Need], room: int, relaxed: bool) -> list[int] | None:
    """Content widths that fit in `room`, or None. The widest columns give way first, each down
    to its longest word; with `relaxed`, then the columns with the longest words go further,
    down to their longest header word or id (so few columns have a word broken)."""
    widths = [n.natural for n in needs]
    if sum(n.relaxed if relaxed else n.strict for n in needs) > room:
        return None
    _level(widths, [n.strict for n in needs], sum(widths) - room)
    if relaxed:
        _level(widths, [n.relaxed for n in needs], sum(widths) - room)
    return widths if sum(widths) <= room else None


def _level(widths: list[int], floors: list[int], excess: int) -> None:
    """Take `excess` off the widest columns, one at a time, none below its floor."""
    while excess > 0:
        shrinkable = [w for w, f in zip(widths, floors, strict=True) if w > f]
        if not shrinkable:
            return
        widest = max(shrinkable)
        for k, w in enumerate(widths):
            if excess and w == widest and w > floors[k]:
                widths[k] -= 1
                excess -= 1


def _main(cell: Cell) -> str:
    return (cell[0] if isinstance(cell, tuple) else cell).plain


def _extra(cell: Cell) -> str:
    return cell[1].plain if isinstance(cell, tuple) else ""


def _cell(cell: Cell, extras: bool) -> Text:
    if not isinstance(cell, tuple):
        return cell
    main, extra = cell
    if not extras or not extra.plain:
        return main
    out = main.copy()
    out.append("\n")
    out.append_text(extra)
    return out


def _words(texts: Iterable[str]) -> Iterator[int]:
    return (cell_len(word) for text in texts for word in text.split())
