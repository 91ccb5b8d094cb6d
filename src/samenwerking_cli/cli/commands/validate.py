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
    StaleAfterOption,
    app,
    check_choice,
    console,
    parse_as_of,
)
from samenwerking_cli.domain.text import N_, _

FORMATS = ("text", "json", "github", "sarif", "junit")
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
    import os

    from samenwerking_cli.cli.guard import check_output
    from samenwerking_cli.cli.output import check_target, emit, write_atomic
    from samenwerking_cli.cli.progress import file_progress
    from samenwerking_cli.domain.findings import UserError, exit_code
    from samenwerking_cli.render.findings import ci
    from samenwerking_cli.render.findings import text as render
    from samenwerking_cli.workspace.load import load_workspace

    check_choice("--format", output_format, FORMATS)
    outputs = {
        fmt: target
        for fmt, target in (("json", output_json), ("sarif", output_sarif), ("junit", output_junit))
        if target is not None
    }
    if len({os.path.realpath(t) for t in outputs.values()}) < len(outputs):
        raise UserError(
            _("two --output-… options name the same file"), _("give each report its own file")
        )
    # Fail before the work, not after. A folder given as PATH that holds frameworks/ or
    # regions/ is a root too: a report written there would be read as a document next time.
    roots = [
        root,
        *(p for p in paths or [] if (p / "frameworks").is_dir() or (p / "regions").is_dir()),
    ]
    for fmt, target in outputs.items():
        check_output(target, roots, paths or [], f"--output-{fmt}", reads_roots=not paths)
    with file_progress(N_("Checking"), make_console=lambda: console(ctx, err=True)) as on_file:
        ws = load_workspace(
            root,
            paths or [],
            parse_as_of(as_of),
            on_file=on_file,
            models=False,
            stale_after=stale_after,
        )
    inputs = [Path(f) for f in ws.files]
    for target in outputs.values():
        check_target(target, inputs)
    policy = ci.Policy(
        strict=strict,
        strict_dates=strict_dates,
        base=os.getcwd(),
        automation=ci.automation_details(os.environ),
    )
    for fmt, target in outputs.items():
        write_atomic(target, ci.render(fmt, ws.findings, ws.files, policy), inputs=inputs)
    if output_format == "text":
        render.text(ws.findings, len(ws.files), console(ctx))
    else:
        emit(ci.render(output_format, ws.findings, ws.files, policy))
    raise typer.Exit(exit_code(ws.findings, strict=strict, strict_dates=strict_dates))
