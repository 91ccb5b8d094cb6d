"""`samenwerking employer`: the employer's view of its regions."""

# No `from __future__ import annotations` here: typer would have to eval every annotation
# string when the CLI starts, which costs ~20 ms on every run, --help included (issue 7).

from pathlib import Path
from typing import Annotated

import typer

from samenwerking_cli.cli.app import (
    AsOfOption,
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
        "What applies to an employer in the regions where it has sites, and whom it calls.\n"
        "\n"
        "Without EMPLOYER: every employer under employers/ with its sites, regions and doelgroep\n"
        "employees. With EMPLOYER: per region the sites, every value that differs from the national\n"
        "framework (source: national, region or employer, effect and rationale), whom to call per\n"
        "topic and the open follow-ups; the employer's index is weighted by its doelgroep employees.\n"
        "Invalid region files are left out, named in the output, and exit 1.\n"
        "\n"
        "Examples:\n"
        "\n"
        "  samenwerking employer\n"
        "\n"
        "  samenwerking employer sorteerpost\n"
        "\n"
        "  samenwerking employer sorteerpost --format csv -o sorteerpost.csv"
    ),
)
def employer(
    ctx: typer.Context,
    ident: Annotated[
        str | None,
        typer.Argument(
            metavar="EMPLOYER",
            help=N_("Employer by id or name (default: the list of employers)."),
            show_default=False,
        ),
    ] = None,
    root: RootOption = Path("."),
    as_of: AsOfOption = None,
    at: AtOption = None,
    output_format: FormatOption = "table",
    output: OutputOption = None,
    no_color: NoColorOption = False,  # sets the shared setting; see app.py
    lang: LangOption = None,
) -> None:
    from samenwerking_cli.cli.run.employer import employer as run

    code = run(
        ctx.find_object(Settings) or Settings(),
        ident=ident,
        root=root,
        as_of=as_of,
        at=at,
        output_format=output_format,
        output=output,
    )
    raise typer.Exit(code)
