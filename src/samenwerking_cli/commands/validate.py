"""`samenwerking validate`: check documents against the schemas and the rules."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from samenwerking_cli.app import AsOfOption, RootOption, app, console, parse_as_of

FORMATS = ("text", "json", "github")


@app.command()
def validate(
    ctx: typer.Context,
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Files or folders to check (default: all under --root).", show_default=False
        ),
    ] = None,
    root: RootOption = Path("."),
    output_format: Annotated[
        str, typer.Option("--format", "-f", help="Output: " + ", ".join(FORMATS) + ".")
    ] = "text",
    strict: Annotated[bool, typer.Option("--strict", help="Warnings fail the run too.")] = False,
    as_of: AsOfOption = None,
) -> None:
    """Check frameworks and regions: YAML, schema and rules, with file, line and column.

    Exit code 0: no errors; 1: errors (or warnings with --strict); 2: a path could not be read.

    Examples:

      samenwerking validate

      samenwerking validate regions/foodvalley.yaml --format github
    """
    from samenwerking_cli.findings import exit_code
    from samenwerking_cli.output import emit
    from samenwerking_cli.render import findings as render
    from samenwerking_cli.workspace import load_workspace

    if output_format not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    ws = load_workspace(root, paths or [], parse_as_of(as_of))
    if output_format == "text":
        render.text(ws.findings, len(ws.files), console(ctx))
    else:
        emit(render.TEXT_FORMATS[output_format](ws.findings, len(ws.files)))
    raise typer.Exit(exit_code(ws.findings, strict=strict))
