"""`samenwerking import`: the filled-in questionnaire of `samenwerking workbook` read back into
a region file."""

# No `from __future__ import annotations` here: typer would have to eval every annotation
# string when the CLI starts, which costs ~20 ms on every run, --help included (issue 7).

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from samenwerking_cli.cli.app import (
    LangOption,
    NoColorOption,
    RootOption,
    app,
    console,
    parse_as_of,
)
from samenwerking_cli.domain.text import N_, _, ngettext

WROTE_REGION = N_("Wrote {target}.")
CREATED_REGION = N_("Created {target}.")
NOTHING_CHANGED = N_("No changes: {target} is left as it was.")
DRY_RUN = N_("--dry-run: nothing written.")


@app.command(
    "import",
    help=N_(
        "Read a filled-in workbook back into regions/REGION.yaml.\n"
        "\n"
        "Every problem is named by its sheet and cell (Afwijkingen!F12) in the words of `samenwerking validate`, and nothing is written while there is one. Otherwise the region's file is updated, keeping its comments, key order and the layout of what did not change, and the changes are shown in domain terms. A region without a file is created. A workbook that comes back unchanged leaves the file exactly as it was.\n"
        "\n"
        "Exit code 0: imported (or nothing to change); 1: problems in the workbook; 2: the file is not a workbook made by `samenwerking workbook`, or cannot be read.\n"
        "\n"
        "Examples:\n"
        "\n"
        "  samenwerking import foodvalley.xlsx --dry-run\n"
        "\n"
        "  samenwerking import foodvalley.xlsx"
    ),
)
def import_(
    ctx: typer.Context,
    file: Annotated[
        Path,
        typer.Argument(metavar="FILE.xlsx", help=N_("A workbook made by `samenwerking workbook`.")),
    ],
    dry_run: Annotated[
        bool,
        typer.Option("--dry-run", help=N_("Only show what would change; write nothing.")),
    ] = False,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            metavar="DATE",
            help=N_("Reference date (peildatum), YYYY-MM-DD, for warnings about review dates."),
            show_default=N_("today"),
        ),
    ] = None,
    root: RootOption = Path("."),
    no_color: NoColorOption = False,  # sets the shared setting; see app.py
    lang: LangOption = None,
) -> None:
    from samenwerking_cli.cli.output import write_atomic
    from samenwerking_cli.domain.findings import FindingsError
    from samenwerking_cli.domain.versions import Version
    from samenwerking_cli.engine.diff import diff_versions
    from samenwerking_cli.loading.workbook import read
    from samenwerking_cli.render.findings import text as render_findings
    from samenwerking_cli.render.scaffold import region_head
    from samenwerking_cli.render.views import formats as compare_formats
    from samenwerking_cli.workspace.load import load_workspace
    from samenwerking_cli.workspace.workbook_import import CellProblems, prepare

    day = parse_as_of(as_of)
    book = read(file, str(file))
    ws = load_workspace(root, [root / "frameworks"] if (root / "frameworks").is_dir() else [])
    if book.framework not in ws.frameworks and ws.errors:
        raise FindingsError(ws.errors, len(ws.files))
    err = console(ctx, err=True)
    try:
        outcome = prepare(root, book, ws.frameworks, day, region_head)
    except CellProblems as exc:
        render_findings.lines(exc.findings, err)
        count = len(exc.findings)
        target = root / "regions" / f"{book.region}.yaml"
        typer.echo(
            ngettext(
                "{book}: {n} error; {target} is not changed.",
                "{book}: {n} errors; {target} is not changed.",
                count,
            ).format(book=file, n=count, target=target),
            err=True,
        )
        raise typer.Exit(1) from None
    if outcome.warnings:
        render_findings.lines(outcome.warnings, err)
    screen = console(ctx)
    color = bool(screen.is_terminal and not screen.no_color)
    diff = diff_versions(
        Version(str(outcome.target), outcome.old_data, region=outcome.old_region),
        Version(str(file), outcome.new_data, region=outcome.new_region),
        ws.frameworks,
    )
    sys.stdout.write(
        compare_formats.render(compare_formats.DIFF, "table", diff, width=screen.width, color=color)
    )
    sys.stdout.flush()
    if dry_run:
        typer.echo(_(DRY_RUN), err=True)
        return
    if not outcome.changed:
        typer.echo(_(NOTHING_CHANGED).format(target=outcome.target), err=True)
        return
    outcome.target.parent.mkdir(parents=True, exist_ok=True)
    # A region file that is a link is written at its target, as every output is.
    write_atomic(Path(os.path.realpath(outcome.target)), outcome.text)
    message = CREATED_REGION if outcome.created else WROTE_REGION
    typer.echo(_(message).format(target=outcome.target), err=True)
