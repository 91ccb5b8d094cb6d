"""`samenwerking schema`: the JSON Schema of a framework or region file, for editors."""

# No `from __future__ import annotations` here: typer would have to eval every annotation
# string when the CLI starts, which costs ~20 ms on every run, --help included (issue 7).

from pathlib import Path
from typing import Annotated

import typer

from samenwerking_cli.cli.app import LangOption, NoColorOption, RootOption, app, check_choice
from samenwerking_cli.domain.text import N_, _

KINDS = ("framework", "region", "employer")


@app.command(
    help=N_(
        "Print (or write) the JSON Schema of a framework, region or employer file, for editors.\n"
        "\n"
        "Editors (VS Code with the YAML extension, JetBrains, Neovim) then complete keys and mark mistakes while you type. With a framework under --root, the region schema knows it: the editor offers the parameter ids inside `deviations:`, shows the national value, and marks a value out of range, a wrong choice or a parameter that cannot deviate. `samenwerking validate` checks everything else. See docs/ci.md.\n"
        "\n"
        "Examples:\n"
        "\n"
        "  samenwerking schema --write\n"
        "\n"
        "  samenwerking schema region > .schemas/region.schema.json"
    ),
)
def schema(
    kind: Annotated[
        str | None,
        typer.Argument(
            metavar="KIND",
            help=N_("Which schema to print: framework, region or employer."),
            show_default=False,
        ),
    ] = None,
    write: Annotated[
        bool,
        typer.Option(
            "--write",
            help=N_(
                "Write every schema to schemas/ under --root, and .vscode/settings.json when "
                "there is none, instead of printing one."
            ),
        ),
    ] = False,
    root: RootOption = Path("."),
    no_color: NoColorOption = False,  # sets the shared setting; see app.py
    lang: LangOption = None,
) -> None:
    from samenwerking_cli.cli.output import emit, write_atomic
    from samenwerking_cli.domain.findings import UserError
    from samenwerking_cli.render import editor_schema

    if write:
        if kind is not None:
            raise UserError(_("give KIND or --write, not both"), _("--write writes every schema"))
        for target, text in editor_schema.files_to_write(root):
            if text is None:
                typer.echo(
                    _("Left {file} as it is; it should map the folders to schemas/.").format(
                        file=target
                    ),
                    err=True,
                )
                continue
            target.parent.mkdir(exist_ok=True)
            write_atomic(target, text)
            typer.echo(_("Wrote {file}.").format(file=target), err=True)
        return
    if kind is None:
        raise UserError(
            _("say which schema: framework, region or employer"),
            _("or write them all with --write"),
        )
    check_choice("KIND", kind, KINDS)
    emit(editor_schema.as_text(editor_schema.for_kinds(root, [kind])[kind]))
