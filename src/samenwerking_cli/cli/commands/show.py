"""`samenwerking show`: a region's agreement as it applies, parameter by parameter."""

# No `from __future__ import annotations` here: typer would have to eval every annotation
# string when the CLI starts, which costs ~20 ms on every run, --help included (issue 7).

from pathlib import Path
from typing import Annotated

import typer

from samenwerking_cli.cli.app import (
    AsOfOption,
    AtOption,
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


@app.command()
def show(
    ctx: typer.Context,
    region: Annotated[
        str, typer.Argument(metavar="REGION", help="Region by id, CBS code or name.")
    ],
    root: RootOption = Path("."),
    topic: TopicOption = None,
    parameter: ParameterOption = None,
    as_of: AsOfOption = None,
    at: AtOption = None,
    output_format: FormatOption = "table",
    output: OutputOption = None,
    no_color: NoColorOption = False,  # sets the shared setting; see app.py
) -> None:
    """A region's agreement as it applies: every parameter with its value and where it comes
    from (landelijk: the national framework; regio: the region's own deviation).

    Examples:

      samenwerking show foodvalley

      samenwerking show AM38 --format json

      samenwerking show foodvalley --at 2025-01-01
    """
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
