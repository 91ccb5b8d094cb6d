"""`samenwerking where`: a municipality's region."""

# No `from __future__ import annotations` here: typer would have to eval every annotation
# string when the CLI starts, which costs ~20 ms on every run, --help included (issue 7).

from pathlib import Path
from typing import Annotated

import typer

from samenwerking_cli.cli.app import (
    LangOption,
    NoColorOption,
    RootOption,
    app,
)
from samenwerking_cli.cli.views import FormatOption, OutputOption, check_options, emit_view
from samenwerking_cli.domain.text import N_


@app.command(
    help=N_(
        "Which region a municipality is in (any case; accents, spaces and hyphens do not count).\n"
        "\n"
        "Examples:\n"
        "\n"
        "  samenwerking where Almere\n"
        "\n"
        "  samenwerking where sudwest-fryslan --format json"
    ),
)
def where(
    ctx: typer.Context,
    name: Annotated[
        str, typer.Argument(metavar="MUNICIPALITY", help=N_("Name of a municipality (gemeente)."))
    ],
    root: RootOption = Path("."),
    output_format: FormatOption = "table",
    output: OutputOption = None,
    no_color: NoColorOption = False,  # sets the shared setting; see app.py
    lang: LangOption = None,
) -> None:
    from samenwerking_cli.render.views import employer_formats
    from samenwerking_cli.workspace.employers import where_is
    from samenwerking_cli.workspace.load import load_valid

    check_options(output_format, output, root)
    ws = load_valid(root)
    emit_view(ctx, employer_formats.WHERE, where_is(ws, name), output_format, output, ws.files)
