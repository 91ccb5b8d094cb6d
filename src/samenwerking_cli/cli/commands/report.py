"""`samenwerking report`: the harmonisation report for dialogue sessions (HTML or Markdown)."""

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
    StaleAfterOption,
    app,
)
from samenwerking_cli.domain.text import N_


@app.command(
    help=N_(
        "Write the harmonisation report: where regions deviate from the framework, and why.\n"
        "\n"
        "Exit code 0: written; 1: invalid documents (invalid region files are left out of a report\n"
        "that is still written, and named in a banner); 2: a bad option or an output that cannot be\n"
        "written (or would overwrite an input document).\n"
        "\n"
        "Examples:\n"
        "\n"
        "  samenwerking report\n"
        "\n"
        "  samenwerking report --format markdown --output - --region foodvalley --region twente\n"
        "\n"
        "  samenwerking report --lang en --as-of 2025-01-01 --output report-en.html\n"
        "\n"
        "  samenwerking report --employer sorteerpost --output sorteerpost.html"
    ),
)
def report(
    ctx: typer.Context,
    output_format: Annotated[
        str, typer.Option("--format", "-f", metavar="FORMAT", help=N_("Output: html or markdown."))
    ] = "html",
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help=N_("File to write; - for standard output."),
            show_default=N_("harmonisatierapport.html, or .md for markdown"),
        ),
    ] = None,
    lang: LangOption = None,
    regions: Annotated[
        list[str] | None,
        typer.Option(
            "--region",
            metavar="REGION",
            help=N_("Only this region (id, CBS code or name); repeat for several."),
            show_default=N_("all regions"),
        ),
    ] = None,
    employer: Annotated[
        str | None,
        typer.Option(
            "--employer",
            metavar="EMPLOYER",
            help=N_("A report for this employer: its regions, opening with what it needs to know."),
            show_default=False,
        ),
    ] = None,
    as_of: AsOfOption = None,
    stale_after: StaleAfterOption = 12,
    at: AtOption = None,
    since: Annotated[
        str | None,
        typer.Option(
            "--since",
            metavar="REF|DATE",
            help=N_(
                "Add a section on what changed since a git tag, commit or date (for example "
                "the tag of the last dialogue session), and a trend line on each region card."
            ),
            show_default=False,
        ),
    ] = None,
    title: Annotated[
        str | None, typer.Option("--title", metavar="TEXT", help=N_("Title on the cover."))
    ] = None,
    templates: Annotated[
        Path | None,
        typer.Option(
            "--templates",
            metavar="DIR",
            help=N_("Folder with templates that replace the built-in ones (others still apply)."),
            file_okay=False,
        ),
    ] = None,
    root: RootOption = Path("."),
    no_color: NoColorOption = False,
    framework: Annotated[
        str | None,
        typer.Option(
            "--framework", metavar="ID", help=N_("Framework id, when the root holds more than one.")
        ),
    ] = None,
) -> None:
    from samenwerking_cli.cli.run.report import report as run

    code = run(
        ctx.find_object(Settings) or Settings(),
        output_format=output_format,
        output=output,
        regions=regions,
        as_of=as_of,
        stale_after=stale_after,
        title=title,
        templates=templates,
        root=root,
        framework=framework,
        employer=employer,
        at=at,
        since=since,
    )
    raise typer.Exit(code)
