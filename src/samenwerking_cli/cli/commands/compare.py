"""`samenwerking compare`: where regions deviate from the framework, and from each other."""

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
    FrameworkOption,
    OutputOption,
    ParameterOption,
    TopicOption,
)
from samenwerking_cli.domain.text import N_


@app.command(
    help=N_(
        "Where regions deviate from the national framework, better or worse for employers.\n"
        "\n"
        "Without regions: the harmonisation index and the employer balance of every region, topic\n"
        "and the country. With regions: each deviation with the national and regional value, and\n"
        "where the regions differ from each other. A deviation whose `since` lies after --as-of is\n"
        "not yet in force. Invalid region files are left out, named in the output, and exit 1.\n"
        "\n"
        "Examples:\n"
        "\n"
        "  samenwerking compare\n"
        "\n"
        "  samenwerking compare foodvalley flevoland --topic jobcoaching\n"
        "\n"
        "  samenwerking compare foodvalley --against flevoland --format csv -o verschillen.csv\n"
        "\n"
        "  samenwerking compare --employer sorteerpost\n"
        "\n"
        "  samenwerking compare --at dialoogsessie-2018-09"
    ),
)
def compare(
    ctx: typer.Context,
    regions: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="REGION",
            help=N_("Regions by id, CBS code or name (default: the overview of all regions)."),
            show_default=False,
        ),
    ] = None,
    against: Annotated[
        str | None,
        typer.Option(
            "--against",
            metavar="REGION",
            help=N_("Only the parameters where REGION and this region differ."),
            show_default=False,
        ),
    ] = None,
    employer: Annotated[
        str | None,
        typer.Option(
            "--employer",
            metavar="EMPLOYER",
            help=N_(
                "The regions where this employer has sites, with its own figures (weighted by "
                "its doelgroep employees) next to the national ones."
            ),
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
            help=N_(
                "Also list the proposals for a dialogue session, with their effect on both "
                "measures."
            ),
        ),
    ] = False,
    at: AtOption = None,
    output_format: FormatOption = "table",
    output: OutputOption = None,
    no_color: NoColorOption = False,  # sets the shared setting; see app.py
    lang: LangOption = None,
) -> None:
    from samenwerking_cli.cli.run.compare import compare as run

    code = run(
        ctx.find_object(Settings) or Settings(),
        regions=regions,
        against=against,
        root=root,
        framework=framework,
        topic=topic,
        parameter=parameter,
        as_of=as_of,
        with_proposals=with_proposals,
        employer=employer,
        at=at,
        output_format=output_format,
        output=output,
    )
    raise typer.Exit(code)
