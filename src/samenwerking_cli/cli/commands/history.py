"""`samenwerking history`: how the indices moved over the commits that changed the agreements."""

# No `from __future__ import annotations` here: typer would have to eval every annotation
# string when the CLI starts, which costs ~20 ms on every run, --help included (issue 7).

from pathlib import Path
from typing import Annotated

import typer

from samenwerking_cli.cli.app import (
    AsOfOption,
    LangOption,
    NoColorOption,
    RootOption,
    app,
    check_choice,
    parse_as_of,
)
from samenwerking_cli.cli.views import FrameworkOption, OutputOption, emit_view
from samenwerking_cli.domain.text import N_

FORMATS = ("table", "json", "csv")
EVERY = ("commit", "tag", "month")


@app.command(
    help=N_(
        "How the national index, the employer balance and every region's and topic's figures\n"
        "moved over the commits that changed frameworks/ or regions/ (read from git).\n"
        "\n"
        "Each point equals `compare` on a checkout of that commit, with the same --as-of.\n"
        "\n"
        "Examples:\n"
        "\n"
        "  samenwerking history\n"
        "\n"
        "  samenwerking history --every tag --from dialoogsessie-2018-09\n"
        "\n"
        "  samenwerking history --every month --format csv -o verloop.csv"
    )
)
def history(
    ctx: typer.Context,
    every: Annotated[
        str,
        typer.Option(
            "--every",
            metavar="STEP",
            help=N_("One point per commit, per tag, or per month (the last commit of each month)."),
        ),
    ] = "commit",
    start: Annotated[
        str | None,
        typer.Option(
            "--from",
            metavar="REF|DATE",
            help=N_("Start at this tag, commit or date (YYYY-MM-DD)."),
            show_default=N_("the first commit"),
        ),
    ] = None,
    end: Annotated[
        str | None,
        typer.Option(
            "--to",
            metavar="REF|DATE",
            help=N_("End at this tag, commit or date."),
            show_default="HEAD",
        ),
    ] = None,
    root: RootOption = Path("."),
    framework: FrameworkOption = None,
    as_of: AsOfOption = None,
    output_format: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help=N_("Output: table (screen), json, csv (Excel)."),
        ),
    ] = "table",
    output: OutputOption = None,
    no_color: NoColorOption = False,  # sets the shared setting; see app.py
    lang: LangOption = None,
) -> None:
    from samenwerking_cli.cli.guard import check_output
    from samenwerking_cli.render.timeline import history as build
    from samenwerking_cli.render.views.history import FORMATS as RENDERERS

    check_choice("--format", output_format, FORMATS)
    check_choice("--every", every, EVERY)
    check_output(output, [root], [], reads_roots=True)
    view = build(
        root,
        every=every,  # type: ignore[arg-type]
        start=start,
        end=end,
        as_of=parse_as_of(as_of),
        framework_id=framework,
    )
    emit_view(ctx, RENDERERS, view, output_format, output)
