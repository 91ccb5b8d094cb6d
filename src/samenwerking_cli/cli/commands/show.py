"""`samenwerking show`: a region's agreement as it applies, parameter by parameter."""

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
from samenwerking_cli.cli.views import (
    FormatOption,
    OutputOption,
    ParameterOption,
    TopicOption,
)
from samenwerking_cli.domain.text import N_


@app.command(
    help=N_(
        "A region's agreement as it applies: every parameter with its value and where it comes\n"
        "from (national: the national framework; region: the region's own deviation).\n"
        "\n"
        "Examples:\n"
        "\n"
        "  samenwerking show foodvalley\n"
        "\n"
        "  samenwerking show AM38 --format json"
    )
)
def show(
    ctx: typer.Context,
    region: Annotated[
        str, typer.Argument(metavar="REGION", help=N_("Region by id, CBS code or name."))
    ],
    root: RootOption = Path("."),
    topic: TopicOption = None,
    parameter: ParameterOption = None,
    as_of: AsOfOption = None,
    at: AtOption = None,
    output_format: FormatOption = "table",
    output: OutputOption = None,
    no_color: NoColorOption = False,  # sets the shared setting; see app.py
    lang: LangOption = None,
) -> None:
    from samenwerking_cli.cli.run.compare import show as run

    code = run(
        ctx.find_object(Settings) or Settings(),
        region=region,
        root=root,
        topic=topic,
        parameter=parameter,
        as_of=as_of,
        at=at,
        output_format=output_format,
        output=output,
    )
    raise typer.Exit(code)
