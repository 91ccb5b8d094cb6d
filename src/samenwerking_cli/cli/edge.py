"""What every run shares, without the CLI framework: settings, writers, and the error edge.

Both ways into a command use this module: the typer app (app.py) and the lean path for plain
arguments (fast.py). So a message, an exit code or a line of output cannot differ between them.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable
from typing import Any, TextIO

from samenwerking_cli.cli.settings import Settings
from samenwerking_cli.domain.findings import FindingsError, UserError
from samenwerking_cli.domain.text import _
from samenwerking_cli.render.styled import Line, as_rich, plain_is_exact

__all__ = ["Settings", "console", "err", "handle", "screen", "show"]


def _no_color(settings: Settings | None) -> bool:
    # no-color.org: only a non-empty NO_COLOR turns colour off (`NO_COLOR=` leaves it on).
    return bool(settings and settings.no_color) or bool(os.environ.get("NO_COLOR"))


def console(settings: Settings | None = None, *, err: bool = False) -> Any:
    from rich.console import Console

    no_color = _no_color(settings)
    if not err:
        from samenwerking_cli.cli.output import stdout_stream

        stdout_stream()  # a closed stdout is an error, not output that vanishes
    return Console(
        width=_columns(),
        file=sys.stderr if err else sys.stdout,
        no_color=no_color,
        color_system=None if no_color else "auto",  # no_color alone still writes bold and dim
        highlight=False,
        emoji=False,
        markup=False,
    )


def _plain(stream: TextIO, settings: Settings | None) -> bool:
    """True when rich would write no colour or style codes to `stream` (the same test)."""
    return _no_color(settings) or _not_a_terminal(stream)


def _not_a_terminal(stream: TextIO) -> bool:
    """True when rich would not treat `stream` as a terminal (the environment can say it is)."""
    if os.environ.get("TTY_COMPATIBLE") == "1" or os.environ.get("FORCE_COLOR") is not None:
        return False
    try:
        return not stream.isatty()
    except (AttributeError, ValueError):
        return True


MIN_COLUMNS = 40


def _columns() -> int | None:
    """COLUMNS when it is a usable width (at least MIN_COLUMNS); otherwise the terminal's
    width, or 80. Rich would take `COLUMNS=0` as it is and print nothing at all."""
    value = os.environ.get("COLUMNS", "").strip()
    if not value:
        return None  # rich asks the terminal
    if value.isdigit() and 0 < int(value) <= 10_000:
        return max(int(value), MIN_COLUMNS)
    try:
        return max(os.get_terminal_size(sys.__stdout__.fileno()).columns, MIN_COLUMNS)  # type: ignore[union-attr]
    except (OSError, ValueError, AttributeError):
        return 80


def _width() -> int:
    """The width of the console above on a stream that is not a terminal: _columns(), else
    (as rich asks) the size of whichever standard stream is a terminal, else 80."""
    chosen = _columns()
    if chosen is not None:
        return chosen
    for fd in (0, 1, 2):
        try:
            width = os.get_terminal_size(fd).columns
        except (AttributeError, ValueError, OSError):
            continue
        return width or 80
    return 80


def screen(settings: Settings | None) -> tuple[int, bool]:
    """(width, colour) of standard output for a table, as the rich console would see it."""
    if _not_a_terminal(sys.stdout):
        return _width(), False
    out = console(settings)
    return out.width, bool(out.is_terminal and not out.no_color)


def show(lines: Iterable[Line], settings: Settings | None = None, *, err: bool = False) -> None:
    """Write styled lines: plain text where rich would add nothing, else through rich."""
    if not err:
        from samenwerking_cli.cli.output import stdout_stream

        stdout_stream()  # a closed stdout is an error, not output that vanishes
    stream = sys.stderr if err else sys.stdout
    # On a dumb terminal rich takes 80 columns whatever the size: leave that case to rich.
    dumb = os.environ.get("TERM", "").lower() in ("dumb", "unknown")
    plain = _plain(stream, settings) and (_not_a_terminal(stream) or not dumb)
    width = _width()
    pending: list[Line] = []  # lines for rich, printed in batches (one print per line is slow)
    try:
        for one in lines:
            if plain and plain_is_exact(one, width):
                _through_rich(pending, settings, err)
                stream.write(one.plain + "\n")
            else:
                pending.append(one)
        _through_rich(pending, settings, err)
        stream.flush()
    except BrokenPipeError:
        _broken_pipe()


def _broken_pipe() -> None:
    """What rich does when the reader goes away (`samenwerking validate | head -1`): quietly
    point stdout at /dev/null, so nothing fails again at exit, and end the run with 1."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    raise SystemExit(1)


def _through_rich(pending: list[Line], settings: Settings | None, err: bool) -> None:
    """Print `pending` through rich, runs of soft-wrapped lines in one print; then empty it."""
    if not pending:
        return
    out = console(settings, err=err)
    batch: list[Any] = []
    for one in pending:
        if one.soft_wrap:
            batch.append(as_rich(one))
            if len(batch) >= _BATCH:
                out.print(_joined(batch), soft_wrap=True)
                batch = []
            continue
        if batch:
            out.print(_joined(batch), soft_wrap=True)
            batch = []
        out.print(as_rich(one), soft_wrap=False)
    if batch:
        out.print(_joined(batch), soft_wrap=True)
    pending.clear()


_BATCH = 200  # lines per rich print: ~0.1 ms a print adds up on a hostile file


def _joined(batch: list[Any]) -> Any:
    from rich.text import Text

    return Text("\n").join(batch)


_ANSI = re.compile(r"\033\[[;?0-9]*[a-zA-Z]")


def err(message: str) -> None:
    """One message on stderr, as click.echo writes it (colour codes kept only on a terminal)."""
    try:
        terminal = sys.stderr.isatty()
    except (AttributeError, ValueError):
        terminal = False
    sys.stderr.write((message if terminal else _ANSI.sub("", message)) + "\n")
    sys.stderr.flush()


def user_error(exc: UserError) -> int:
    """`Error: …` and `Hint: …`, each one line: names and values from the command line or the
    documents (a did-you-mean) are shown, never run, and cannot start a line of their own."""
    from samenwerking_cli.render.escape import one_name

    hint = "\n" + _("Hint: {hint}").format(hint=one_name(exc.hint)) if exc.hint else ""
    err(_("Error: {message}").format(message=one_name(exc.message)) + hint)
    return 2


def handle(exc: BaseException, settings: Settings | None, *, parameter_option: bool) -> int | None:
    """The exit code for an exception that reached the edge, its message written; None when it
    should propagate (--debug shows the traceback of an internal error).

    User errors are one line (exit 2), findings exit 1 or 2, anything unexpected is one line
    with a hint to report it.
    """
    from samenwerking_cli.domain.names import NameProblem  # here: difflib is for errors only

    if isinstance(exc, UserError):
        return user_error(exc)
    if isinstance(exc, NameProblem):
        from samenwerking_cli.cli.selection import worded

        return user_error(worded(exc, parameter_option=parameter_option))
    if isinstance(exc, FindingsError):
        from samenwerking_cli.domain.findings import exit_code
        from samenwerking_cli.render.findings import text as render

        show(render.styled(exc.findings, exc.files), settings, err=True)
        return exit_code(exc.findings) or 1
    from samenwerking_cli.cli import output

    if isinstance(exc, KeyboardInterrupt):
        err(_("Interrupted."))
        return 130
    if isinstance(exc, output.Interrupted):
        err(_("Interrupted ({signal}).").format(signal=exc))
        return 128 + exc.signum
    if not isinstance(exc, Exception):
        return None
    problem = output.stream_problem(exc)
    if problem is not None:
        return user_error(problem)
    if settings is not None and settings.debug:
        return None
    err(
        _("Internal error: {error}").format(error=f"{type(exc).__name__}: {exc}")
        + "\n"
        + _(
            "This is a bug in samenwerking. Run again with --debug for the details and "
            "report it with that output."
        )
    )
    return 2
