"""`samenwerking validate`: check documents against the schemas and the rules."""

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
    Settings,
    StaleAfterOption,
    app,
)
from samenwerking_cli.cli.run.validate import FORMATS
from samenwerking_cli.domain.text import N_

__all__ = ["FORMATS", "validate"]  # FORMATS: the choices of --format, tested against its help

OUTPUT_HELP = {
    "json": N_("Also write the JSON report to FILE."),
    "sarif": N_("Also write the SARIF report to FILE."),
    "junit": N_("Also write the JUnit XML report to FILE."),
}


def _output(fmt: str) -> object:
    return typer.Option(
        f"--output-{fmt}",
        metavar="FILE",
        help=OUTPUT_HELP[fmt],
        show_default=False,
    )


@app.command(
    help=N_(
        "Check frameworks and regions: YAML, schema and rules, with file, line and column.\n"
        "\n"
        "Exit code 0: no errors; 1: errors (or warnings with --strict); 2: a path could not be read.\n"
        "\n"
        "Examples:\n"
        "\n"
        "  samenwerking validate\n"
        "\n"
        "  samenwerking validate regions/foodvalley.yaml --format github\n"
        "\n"
        "  samenwerking validate --format github --output-sarif samenwerking.sarif\n"
        "\n"
        "  samenwerking validate --format junit > samenwerking-junit.xml\n"
        "\n"
        "  samenwerking validate --strict --strict-dates   (a nightly check of the dates)"
    ),
)
def validate(
    ctx: typer.Context,
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="PATH",
            help=N_("Files or folders to check (default: all under --root)."),
            show_default=False,
        ),
    ] = None,
    root: RootOption = Path("."),
    output_format: Annotated[
        str,
        typer.Option(
            "--format", "-f", metavar="FORMAT", help=N_("Output: text, json, github, sarif, junit.")
        ),
    ] = "text",
    strict: Annotated[
        bool,
        typer.Option(
            "--strict",
            help=N_(
                "Warnings fail the run too, except those a date raises (overdue reviews and "
                "follow-ups, stale contacts): a change cannot fix the calendar."
            ),
        ),
    ] = False,
    strict_dates: Annotated[
        bool,
        typer.Option(
            "--strict-dates",
            help=N_(
                "Warnings a date raises fail the run too: for a scheduled check, not a pull "
                "request."
            ),
        ),
    ] = False,
    as_of: AsOfOption = None,
    stale_after: StaleAfterOption = 12,
    output_json: Annotated[Path | None, _output("json")] = None,
    output_sarif: Annotated[Path | None, _output("sarif")] = None,
    output_junit: Annotated[Path | None, _output("junit")] = None,
    no_color: NoColorOption = False,  # sets the shared setting; see app.py
    lang: LangOption = None,
) -> None:
    from samenwerking_cli.cli.run.validate import validate as run

    code = run(
        ctx.find_object(Settings) or Settings(),
        paths=paths,
        root=root,
        output_format=output_format,
        strict=strict,
        strict_dates=strict_dates,
        as_of=as_of,
        stale_after=stale_after,
        output_json=output_json,
        output_sarif=output_sarif,
        output_junit=output_junit,
    )
    raise typer.Exit(code)
