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
    app,
    parse_as_of,
)
from samenwerking_cli.cli.views import FormatOption, OutputOption, check_options, emit_view, inputs
from samenwerking_cli.domain.text import N_


@app.command(
    help=N_(
        "What applies to an employer in the regions where it has sites, and whom it calls.\n"
        "\n"
        "Without EMPLOYER: every employer under employers/ with its sites, regions and doelgroep\n"
        "employees. With EMPLOYER: per region the sites, every value that differs from the national\n"
        "framework (source: national, region or employer, effect and rationale), whom to call per\n"
        "topic and the open follow-ups; the employer's index is weighted by its doelgroep employees.\n"
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
    from samenwerking_cli.engine.employers import employer_list, employer_view_for
    from samenwerking_cli.render.views import employer_formats
    from samenwerking_cli.workspace.employers import pick_employer
    from samenwerking_cli.workspace.snapshot import load_valid_at

    check_options(output_format, output, root)
    day = parse_as_of(as_of)
    ws = load_valid_at(root, at, day)
    if ident is None:
        lines = employer_list(ws.employers.values(), ws.regions, day)
        emit_view(ctx, employer_formats.EMPLOYERS, lines, output_format, output, inputs(ws))
        return
    view = employer_view_for(pick_employer(ws, ident), ws.frameworks, ws.regions, day)
    emit_view(ctx, employer_formats.EMPLOYER, view, output_format, output, inputs(ws))
