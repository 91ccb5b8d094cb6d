"""`samenwerking workbook`: a region's agreement as an Excel questionnaire for people who do not
edit YAML (`samenwerking import` reads it back)."""

# No `from __future__ import annotations` here: typer would have to eval every annotation
# string when the CLI starts, which costs ~20 ms on every run, --help included (issue 7).

from pathlib import Path
from typing import Annotated

import typer

from samenwerking_cli.cli.app import LangOption, NoColorOption, RootOption, app
from samenwerking_cli.domain.text import N_, _

WROTE_WORKBOOK = N_(
    "Wrote {target}: the questionnaire for {name}. When it comes back filled in, read it with: "
    "samenwerking import {target}"
)
EXISTS_HINT = N_("give another --output, or --force to replace it")


@app.command(
    help=N_(
        "Write an Excel questionnaire for one region, to be filled in without YAML.\n"
        "\n"
        "Sheets: `Invulinstructie` (how to fill it in), `Regio` (the region's own details), `Afwijkingen` (one row per parameter of the framework that a region may deviate from: the national value, locked, and the region's value, rationale and dates, with drop-down lists and number checks from the framework), `Contactpersonen`, `Vervolgafspraken` and `Aanvullingen`. Read it back with `samenwerking import`.\n"
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


def _export(
    root: Path,
    region: str,
    name: str | None,
    framework_id: str | None,
    output: Path | None,
    force: bool,
) -> None:
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
