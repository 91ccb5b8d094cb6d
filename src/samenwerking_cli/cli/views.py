"""What the view commands share (compare, show, contacts, diff, follow-ups, practices): their
options, writing a view in the chosen format to the screen or a file, and saying which files
were left out."""

# No `from __future__ import annotations` here: typer would have to eval every annotation
# string when the CLI starts, which costs ~20 ms on every run, --help included (issue 7).

from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

import typer

from samenwerking_cli.cli.app import Settings
from samenwerking_cli.cli.run.compare import FORMATS as FORMATS  # shared by the view commands
from samenwerking_cli.domain.text import N_

FormatOption = Annotated[
    str,
    typer.Option(
        "--format",
        "-f",
        metavar="FORMAT",
        help=N_(
            "Output: table (screen), json, csv (for scripts: `;` and decimal comma), markdown, "
            "xlsx (an Excel workbook with typed cells; needs --output)."
        ),
    ),
]
OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        dir_okay=False,
        help=N_("Write to this file (replaced in one go) instead of the screen."),
        show_default=False,
    ),
]
FrameworkOption = Annotated[
    str | None,
    typer.Option(
        "--framework",
        metavar="ID",
        help=N_("Framework id (default: the regions' own, or the only one)."),
        show_default=False,
    ),
]
TopicOption = Annotated[
    list[str] | None,
    typer.Option(
        "--topic",
        "-t",
        metavar="TOPIC",
        help=N_("Only this topic (repeatable)."),
        show_default=False,
    ),
]
ParameterOption = Annotated[
    list[str] | None,
    typer.Option(
        "--parameter",
        "-p",
        metavar="PARAMETER",
        help=N_("Only this parameter, as topic.parameter (repeatable)."),
        show_default=False,
    ),
]


def check_options(
    value: str,
    output: Path | None,
    root: Path,
    inputs: Sequence[Path] = (),
    formats: Sequence[str] = FORMATS,
) -> None:
    from samenwerking_cli.cli.run import compare

    compare.check_options(value, output, root, inputs, formats)


def emit_view(
    ctx: typer.Context,
    renderers: dict[str, Any],
    view: Any,
    output_format: str,
    output: Path | None,
    inputs: Sequence[str | Path] = (),
) -> None:
    """Written as the lean path writes it (cli/run/compare.py), so both ways end the same."""
    from samenwerking_cli.cli.run import compare

    compare.emit(ctx.find_object(Settings), renderers, view, output_format, output, inputs)


def left_out(ctx: typer.Context, ws: Any) -> None:
    """After the output: why each invalid region file was left out (stderr), then exit 1."""
    from samenwerking_cli.cli.run import compare

    if compare.left_out(ctx.find_object(Settings), ws):
        raise typer.Exit(1)


def inputs(ws: Any) -> list[str]:
    """The files read, to guard the output against; none from git (--at)."""
    from samenwerking_cli.cli.run import compare

    return compare.inputs_of(ws)


RegionsOption = Annotated[
    list[str] | None,
    typer.Option(
        "--region",
        "-r",
        metavar="REGION",
        help=N_("Only this region (repeatable)."),
        show_default=False,
    ),
]


def format_option(help_text: str) -> Any:
    """--format with the command's own help (a msgid: the whole sentence, N_(...))."""
    return typer.Option("--format", "-f", metavar="FORMAT", help=help_text)
