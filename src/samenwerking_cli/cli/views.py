"""What the view commands share (compare, show, contacts, diff, follow-ups, practices): their
options, writing a view in the chosen format to the screen or a file, and saying which files
were left out."""

# No `from __future__ import annotations` here: typer would have to eval every annotation
# string when the CLI starts, which costs ~20 ms on every run, --help included (issue 7).

from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

import typer

from samenwerking_cli.cli.app import check_choice, console

# The keys of render.views.formats, for the help text: importing the renderers to list them
# would slow down every start (a test keeps the two the same).
FORMATS = ("table", "json", "csv", "markdown", "xlsx")

FormatOption = Annotated[
    str,
    typer.Option(
        "--format",
        "-f",
        metavar="FORMAT",
        help="Output: table (screen), json, csv (for scripts: `;` and decimal comma), markdown, "
        "xlsx (an Excel workbook with typed cells; needs --output).",
    ),
]
OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        dir_okay=False,
        help="Write to this file (replaced in one go) instead of the screen.",
        show_default=False,
    ),
]
FrameworkOption = Annotated[
    str | None,
    typer.Option(
        "--framework",
        metavar="ID",
        help="Framework id (default: the regions' own, or the only one).",
        show_default=False,
    ),
]
TopicOption = Annotated[
    list[str] | None,
    typer.Option(
        "--topic", "-t", metavar="TOPIC", help="Only this topic (repeatable).", show_default=False
    ),
]
ParameterOption = Annotated[
    list[str] | None,
    typer.Option(
        "--parameter",
        "-p",
        metavar="PARAMETER",
        help="Only this parameter, as topic.parameter (repeatable).",
        show_default=False,
    ),
]


def check_options(value: str, output: Path | None, root: Path, inputs: Sequence[Path] = ()) -> None:
    from samenwerking_cli.cli.guard import check_output
    from samenwerking_cli.render.views.formats import FORMATS as RENDERERS

    check_choice("--format", value, RENDERERS)
    if value == "xlsx":
        check_binary(output)
    # Before the work, not after; diff reads only its two files, the others the whole root.
    check_output(output, [root], inputs, reads_roots=not inputs)


def check_binary(output: Path | None) -> None:
    """A workbook is binary: to a file, or to standard output only when that is not a screen."""
    import sys

    from samenwerking_cli.domain.findings import UserError

    if output is None or (str(output) == "-" and sys.stdout is not None and sys.stdout.isatty()):
        raise UserError(
            "--format xlsx writes an Excel file, not text for the screen",
            "give the file with --output, for example --output vergelijking.xlsx",
        )


def emit_view(
    ctx: typer.Context,
    renderers: dict[str, Any],
    view: Any,
    output_format: str,
    output: Path | None,
    inputs: Sequence[str | Path] = (),
) -> None:
    from samenwerking_cli.cli.output import emit, emit_bytes
    from samenwerking_cli.render.views.formats import BINARY, render

    if output_format in BINARY:
        emit_bytes(renderers[output_format](view, None), output, inputs=[Path(p) for p in inputs])
        return
    screen = console(ctx)
    if output is None or str(output) == "-":
        width, color = screen.width, bool(screen.is_terminal and not screen.no_color)
    else:
        width, color = 120, False
    text = render(renderers, output_format, view, width=width, color=color)
    emit(text, output, inputs=[Path(p) for p in inputs])


def left_out(ctx: typer.Context, ws: Any) -> None:
    """After the output: why each invalid region file was left out (stderr), then exit 1."""
    if not ws.excluded:
        return
    from samenwerking_cli.render.compare_labels import excluded_line
    from samenwerking_cli.render.findings import text as render_findings

    err = console(ctx, err=True)
    err.print(excluded_line(ws.excluded), markup=False, highlight=False, soft_wrap=True)
    render_findings.text(ws.errors, len(ws.files), err)  # ends with the summary line
    raise typer.Exit(1)


def inputs(ws: Any) -> list[str]:
    """The files read, to guard the output against; none from git (--at)."""
    return [] if ws.commit is not None else list(ws.files)


RegionsOption = Annotated[
    list[str] | None,
    typer.Option(
        "--region",
        "-r",
        metavar="REGION",
        help="Only this region (repeatable).",
        show_default=False,
    ),
]


def format_option(choices: tuple[str, ...], extra: str = "") -> Any:
    return typer.Option(
        "--format",
        "-f",
        metavar="FORMAT",
        help="Output: " + ", ".join(choices) + "." + extra,
    )
