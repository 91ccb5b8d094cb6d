"""`samenwerking workbook` and `samenwerking import`: a region's agreement as an Excel
questionnaire for people who do not edit YAML, and the filled-in questionnaire read back."""

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

WROTE_WORKBOOK = N_(
    "Wrote {target}: the questionnaire for {name}. When it comes back filled in, read it with: "
    "samenwerking import {target}"
)
WROTE_REGION = N_("Wrote {target}.")
CREATED_REGION = N_("Created {target}.")
NOTHING_CHANGED = N_("No changes: {target} is left as it was.")
DRY_RUN = N_("--dry-run: nothing written.")
EXISTS_HINT = N_("give another --output, or --force to replace it")


@app.command(
    help=N_(
        "Write an Excel questionnaire for one region, to be filled in without YAML.\n"
        "\n"
        "Sheets: `Toelichting` (how to fill it in), `Regio` (the region's own details), `Afwijkingen` (one row per parameter of the framework that a region may deviate from: the national value, locked, and the region's value, rationale and dates, with drop-down lists and number checks from the framework), `Contactpersonen`, `Vervolgafspraken` and `Aanvullingen`. Read it back with `samenwerking import`.\n"
        "\n"
        "Examples:\n"
        "\n"
        "  samenwerking workbook foodvalley\n"
        "\n"
        "  samenwerking workbook AM38 --output vragenlijst-foodvalley.xlsx\n"
        "\n"
        "  samenwerking workbook ede --name Ede"
    ),
)
def workbook(
    region: Annotated[
        str,
        typer.Argument(
            metavar="REGION",
            help=N_("Region by id, CBS code or name; with --name, the id of a new region."),
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE.xlsx",
            dir_okay=False,
            help=N_("Where to write the workbook."),
            show_default=N_("REGION.xlsx in the current folder"),
        ),
    ] = None,
    name: Annotated[
        str | None,
        typer.Option(
            "--name",
            metavar="NAME",
            help=N_("For a region without a file yet: its name, e.g. 'Food Valley'."),
            show_default=False,
        ),
    ] = None,
    framework: Annotated[
        str | None,
        typer.Option(
            "--framework",
            metavar="ID",
            help=N_("For a new region: the framework (default: the only one under --root)."),
            show_default=False,
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help=N_("Replace an existing workbook file."))
    ] = False,
    root: RootOption = Path("."),
    no_color: NoColorOption = False,  # sets the shared setting; see app.py
    lang: LangOption = None,
) -> None:
    _export(root, region, name, framework, output, force)


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
    from samenwerking_cli.render.views.table import Canvas
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
    canvas = Canvas(screen.width, bool(screen.is_terminal and not screen.no_color))
    diff = diff_versions(
        Version(str(outcome.target), outcome.old_data, region=outcome.old_region),
        Version(str(file), outcome.new_data, region=outcome.new_region),
        ws.frameworks,
    )
    sys.stdout.write(compare_formats.DIFF["table"](diff, canvas))
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


def _export(
    root: Path,
    region: str,
    name: str | None,
    framework_id: str | None,
    output: Path | None,
    force: bool,
) -> None:
    """Find the region (or take --name for a new one), build its workbook and write it."""
    import re
    from datetime import date

    from samenwerking_cli.cli.guard import check_output
    from samenwerking_cli.cli.output import write_atomic
    from samenwerking_cli.domain.findings import FindingsError, UserError
    from samenwerking_cli.domain.names import NameProblem
    from samenwerking_cli.loading.document import load
    from samenwerking_cli.render.workbook import build, region_fields
    from samenwerking_cli.workspace.load import load_workspace, pick_framework, pick_regions
    from samenwerking_cli.workspace.workbook_import import region_file

    ws = load_workspace(root)
    try:
        (found,) = pick_regions(ws, [region])
    except NameProblem:
        broken = region_file(root, region.strip())
        if broken is not None:  # the region's own file has errors: show them
            raise FindingsError([f for f in ws.errors if f.file == str(broken)]) from None
        if name is None:
            raise
        found = None
    if found is not None:
        fw = ws.frameworks.get(found.framework)
        if fw is None:
            raise FindingsError(ws.errors)
        region_id, data = found.id, load(Path(found.file)).data
        fields = region_fields(found, data)
    else:
        region_id = region.strip()
        if not re.fullmatch(r"[a-z][a-z0-9_-]*", region_id):
            raise UserError(
                _("`{slug}` cannot be a region id").format(slug=region),
                _(
                    "use lower-case letters, digits, - and _, starting with a letter, e.g. foodvalley"
                ),
            )
        if name is None or not name.strip():
            raise UserError(
                _("--name must be one line of text"), _("for example --name 'Food Valley'")
            )
        fw = pick_framework(ws, framework_id)
        fields = {"region": region_id, "name": name.strip(), "framework": fw.id}
        fields.update(framework_version=fw.version, adoption="not_started")
    target = output if output is not None else Path(f"{region_id}.xlsx")
    if target.suffix.lower() != ".xlsx":
        raise UserError(
            _("{file} does not end in .xlsx").format(file=target),
            _("Excel opens workbooks by that extension"),
        )
    check_output(target, [root], [Path(f) for f in ws.files])
    if (target.exists() or target.is_symlink()) and not force:
        raise UserError(
            _("{file} already exists; it may hold answers").format(file=target), _(EXISTS_HINT)
        )
    write_atomic(target, build(fw, region_id, found, fields, date.today()))
    typer.echo(_(WROTE_WORKBOOK).format(target=target, name=fields.get("name")), err=True)
