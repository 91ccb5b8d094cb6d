"""`samenwerking where`: a municipality's region."""

# No `from __future__ import annotations` here: typer would have to eval every annotation
# string when the CLI starts, which costs ~20 ms on every run, --help included (issue 7).

from pathlib import Path
from typing import Annotated

import typer

from samenwerking_cli.cli.app import (
    AtOption,
    LangOption,
    NoColorOption,
    RootOption,
    Settings,
    app,
)
from samenwerking_cli.cli.views import FormatOption, OutputOption
from samenwerking_cli.domain.text import N_


@app.command(
    help=N_(
        "Which region a municipality is in (any case; accents, spaces and hyphens do not count).\n"
        "Invalid region files are left out, named in the output, and exit 1.\n"
        "\n"
        "Examples:\n"
        "\n"
        "  samenwerking where Almere\n"
        "\n"
        "  samenwerking where sudwest-fryslan --format json\n"
        "\n"
        "  samenwerking where Almere --at dialoogsessie-2018-09"
    ),
)
def where(
    ctx: typer.Context,
    name: Annotated[
        str, typer.Argument(metavar="MUNICIPALITY", help=N_("Name of a municipality (gemeente)."))
    ],
    root: RootOption = Path("."),
    at: AtOption = None,
    output_format: FormatOption = "table",
    output: OutputOption = None,
    no_color: NoColorOption = False,  # sets the shared setting; see app.py
    lang: LangOption = None,
) -> None:
    from samenwerking_cli.cli.run.employer import where as run

    code = run(
        ctx.find_object(Settings) or Settings(),
        name=name,
        root=root,
        at=at,
        output_format=output_format,
        output=output,
    )
    raise typer.Exit(code)
