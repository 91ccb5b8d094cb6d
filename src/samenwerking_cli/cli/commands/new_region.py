"""`samenwerking new-region`: a valid start for a new region's file."""

# No `from __future__ import annotations` here: typer would have to eval every annotation
# string when the CLI starts, which costs ~20 ms on every run, --help included (issue 7).

from pathlib import Path
from typing import Annotated

import typer

from samenwerking_cli.cli.app import LangOption, NoColorOption, RootOption, app
from samenwerking_cli.domain.text import N_, _

KINDS = ("framework", "region", "employer")


@app.command(
    "new-region",
    help=N_(
        "Write regions/SLUG.yaml: a valid start with every deviation listed, commented out.\n"
        "\n"
        "Each parameter of the framework is listed with its title, national value and unit, grouped by topic. Remove the # before `deviations:` and before the lines of a deviation, fill in `value` and `rationale`, and check with `samenwerking validate`. An existing file is never overwritten.\n"
        "\n"
        "Examples:\n"
        "\n"
        '  samenwerking new-region foodvalley --name "Food Valley" --code AM38\n'
        "\n"
        "  samenwerking new-region ede --name Ede --framework dnz-werkafspraken"
    ),
)
def new_region(
    slug: Annotated[
        str,
        typer.Argument(
            metavar="SLUG",
            help=N_("Id of the new region: lower-case letters, digits, - and _ (the file name)."),
        ),
    ],
    name: Annotated[
        str,
        typer.Option("--name", metavar="NAME", help=N_("Name of the region, e.g. 'Food Valley'.")),
    ],
    framework: Annotated[
        str | None,
        typer.Option(
            "--framework",
            metavar="ID",
            help=N_("Framework the region agrees to."),
            show_default=N_("the only one under --root"),
        ),
    ] = None,
    code: Annotated[
        str | None,
        typer.Option("--code", metavar="AMxx", help=N_("CBS code of the labour-market region.")),
    ] = None,
    root: RootOption = Path("."),
    no_color: NoColorOption = False,  # sets the shared setting; see app.py
    lang: LangOption = None,
) -> None:
    import re

    from samenwerking_cli.cli.output import write_atomic
    from samenwerking_cli.domain.findings import FindingsError, UserError
    from samenwerking_cli.render import editor_schema
    from samenwerking_cli.render.scaffold import region_file
    from samenwerking_cli.workspace.load import load_workspace, pick_framework

    if not re.fullmatch(r"[a-z][a-z0-9_-]*", slug):
        raise UserError(
            _("`{slug}` cannot be a region id").format(slug=slug),
            _("use lower-case letters, digits, - and _, starting with a letter, e.g. foodvalley"),
        )
    if not name.strip() or re.search(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]", name):
        raise UserError(_("--name must be one line of text"), _("for example --name 'Food Valley'"))
    if code is not None and not re.fullmatch(r"AM[0-9]{2}", code):
        raise UserError(
            _("`{code}` is not a CBS code").format(code=code),
            _("write AM and two digits, e.g. --code AM38"),
        )
    regions = root / "regions"
    for existing in (regions / f"{slug}.yaml", regions / f"{slug}.yml"):
        if existing.exists() or existing.is_symlink():
            raise UserError(
                _("{file} already exists; it is not overwritten").format(file=existing),
                _("edit that file, or choose another region id"),
            )
    if not (root / "frameworks").is_dir():
        raise UserError(
            _("no frameworks/ folder in {folder}").format(folder=root),
            _("run from the folder that holds it, or give --root"),
        )
    ws = load_workspace(root, [root / "frameworks"])
    broken = framework is None or framework in {Path(f).stem for f in ws.files}
    if ws.errors and broken and framework not in ws.frameworks:
        raise FindingsError(ws.errors, len(ws.files))  # the framework itself is invalid: show why
    chosen = pick_framework(ws, framework)
    regions.mkdir(exist_ok=True)
    target = regions / f"{slug}.yaml"
    # Point editors at the schema written by `samenwerking schema --write`, when it is there.
    written = root / editor_schema.SCHEMA_FOLDER / "region.schema.json"
    schema_ref = (
        f"../{editor_schema.SCHEMA_FOLDER}/region.schema.json" if written.is_file() else None
    )
    write_atomic(target, region_file(slug, name.strip(), chosen, code, schema=schema_ref))
    typer.echo(
        _("Wrote {file}. Fill it in, then run: samenwerking validate {file}").format(file=target),
        err=True,
    )
