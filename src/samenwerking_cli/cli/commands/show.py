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
    app,
    parse_as_of,
)
from samenwerking_cli.cli.views import (
    FormatOption,
    OutputOption,
    ParameterOption,
    TopicOption,
    check_options,
    emit_view,
    inputs,
    left_out,
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
    from samenwerking_cli.engine.selection import framework_of, restrict
    from samenwerking_cli.engine.views import show_view, subset_of
    from samenwerking_cli.render.views import formats as compare_formats
    from samenwerking_cli.workspace.load import pick_regions
    from samenwerking_cli.workspace.snapshot import load_valid_at

    check_options(output_format, output, root)
    day = parse_as_of(as_of)
    ws = load_valid_at(root, at, day, partial=True)
    (chosen,) = pick_regions(ws, [region])
    fw = framework_of(ws.frameworks, None, [chosen])
    assert fw is not None  # a valid region names a framework that loaded
    cut = restrict(fw, topic or [], parameter or [])
    view = show_view(cut, chosen, day, subset_of(fw, cut), ws.excluded)
    emit_view(ctx, compare_formats.SHOW, view, output_format, output, inputs(ws))
    left_out(ctx, ws)
