"""`samenwerking compare`: where regions deviate from the framework, and from each other."""

# No `from __future__ import annotations` here: typer would have to eval every annotation
# string when the CLI starts, which costs ~20 ms on every run, --help included (issue 7).

from pathlib import Path
from typing import Annotated, Any

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
    FrameworkOption,
    OutputOption,
    ParameterOption,
    TopicOption,
    check_options,
    emit_view,
    inputs,
    left_out,
)


@app.command()
def compare(
    ctx: typer.Context,
    regions: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="REGION",
            help="Regions by id, CBS code or name (default: the overview of all regions).",
            show_default=False,
        ),
    ] = None,
    against: Annotated[
        str | None,
        typer.Option(
            "--against",
            metavar="REGION",
            help="Only the parameters where REGION and this region differ.",
            show_default=False,
        ),
    ] = None,
    employer: Annotated[
        str | None,
        typer.Option(
            "--employer",
            metavar="EMPLOYER",
            help="The regions where this employer has sites, with its own figures (weighted by "
            "its doelgroep employees) next to the national ones.",
            show_default=False,
        ),
    ] = None,
    root: RootOption = Path("."),
    framework: FrameworkOption = None,
    topic: TopicOption = None,
    parameter: ParameterOption = None,
    as_of: AsOfOption = None,
    with_proposals: Annotated[
        bool,
        typer.Option(
            "--proposals",
            help="Also list the proposals for a dialogue session, with their effect on both "
            "measures.",
        ),
    ] = False,
    at: AtOption = None,
    output_format: FormatOption = "table",
    output: OutputOption = None,
    no_color: NoColorOption = False,  # sets the shared setting; see app.py
) -> None:
    """Where regions deviate from the national framework, better or worse for employers.

    Without regions: the harmonisation index and the employer balance of every region, topic
    and the country. With regions: each deviation with the national and regional value, and
    where the regions differ from each other. A deviation whose `since` lies after --as-of is
    not yet in force. Invalid region files are left out, named in the output, and exit 1.

    Examples:

      samenwerking compare

      samenwerking compare foodvalley flevoland --topic jobcoaching

      samenwerking compare foodvalley --against flevoland --format csv -o verschillen.csv

      samenwerking compare --employer sorteerpost

      samenwerking compare --at dialoogsessie-2018-09
    """
    from samenwerking_cli.domain.findings import UserError
    from samenwerking_cli.engine.selection import framework_of, restrict
    from samenwerking_cli.engine.views import against_view, compare_view, subset_of
    from samenwerking_cli.render.views import formats as compare_formats
    from samenwerking_cli.workspace.employers import pick_employer
    from samenwerking_cli.workspace.load import pick_framework, pick_regions
    from samenwerking_cli.workspace.snapshot import load_valid_at

    check_options(output_format, output, root)
    day = parse_as_of(as_of)
    ws = load_valid_at(root, at, day, partial=True)
    chosen = pick_regions(ws, regions or [])
    other = pick_regions(ws, [against]) if against is not None else []
    if against is not None and len(chosen) != 1:
        raise UserError(
            "--against compares one region with one other region",
            "name one region, for example: samenwerking compare foodvalley --against flevoland",
        )
    own = pick_employer(ws, employer) if employer is not None else None
    if own is not None and other:
        raise UserError("--employer and --against cannot be combined", "leave out one of them")
    if own is not None:
        framework = framework or own.framework
    fw = framework_of(ws.frameworks, framework, chosen + other) or pick_framework(ws, framework)
    cut = restrict(fw, topic or [], parameter or [])
    if other:
        view: Any = against_view(cut, chosen[0], other[0], day)
        renderers = compare_formats.AGAINST
    else:
        view = compare_view(
            cut,
            list(ws.regions.values()),
            chosen,
            day,
            subset=subset_of(fw, cut),
            excluded=ws.excluded,
            with_proposals=with_proposals,
            employer=own,
        )
        renderers = compare_formats.COMPARE
    emit_view(ctx, renderers, view, output_format, output, inputs(ws))
    left_out(ctx, ws)
